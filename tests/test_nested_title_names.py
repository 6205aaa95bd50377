"""A title inside another's complement with a name right after it holds that name ("ein Sprecher des Präsidenten
X": X is the president); Russian names the outer title's holder so ("Пресс-секретарь Президента Дмитрий Песков")."""

from datetime import date

from extracted import extraction_of


def _roles(text: str, lang: str) -> dict[str, str | None]:
    found = extraction_of(text, lang, date(2026, 5, 27))
    return {p.name: p.role for p in found.people}


def test_name_after_a_genitive_title_is_its_holder() -> None:
    roles = _roles("Ein Sprecher des Präsidenten Mateus Ribeiro sagte am Montag, man sei besorgt.", "de")
    assert roles.get("Mateus Ribeiro") == "President"


def test_commissioner_after_a_plural_title() -> None:
    text = ("Das Abkommen wurde in Anwesenheit der drei Präsidenten von EU-Handelskommissar Jan Novák "
            "unterzeichnet.")
    assert _roles(text, "de").get("Jan Novák") == "Commissioner"


def test_russian_genitive_title_names_the_outer_holder() -> None:
    roles = _roles("Пресс-секретарь Президента Дмитрий Песков заявил журналистам, что встреча не планируется.", "ru")
    assert roles.get("Dmitry Peskov") == "Spokesperson"
