"""Officials' states from forms that hid them: a release label under a headline, a portfolio joined by "и" before
a second titled person, a one-word title's default state beside the long title, an
inflected formal state name, a title adjective after "embajador", a permanent representative, a passive
appointment, a pronoun after an opening adverb giving an event noun its subject."""

from __future__ import annotations


from graph.extract.countries import find_countries
from graph.extract.issuingstate import release_head
from graph.model import Extraction

from extracted import extraction_of


PUBLISHED = "2026-09-17"


def _state(x: Extraction, name: str) -> str | None:
    return next(p.country for p in x.people if p.name.endswith(name))


def test_a_release_label_under_a_headline() -> None:
    assert release_head("Kenya and Somalia conclude border talks\n\nPRESS STATEMENT\n\nNAIROBI, 12 November 2026 – ...")
    assert not release_head("Kenya and Somalia conclude border talks\n\nThe press statement said ...")
    x = extraction_of("Kenya and Somalia conclude border talks\n\nPRESS STATEMENT\n\nNAIROBI, 12 November 2026 – The "
                            "Ministry of Foreign and Diaspora Affairs wishes to inform the public of the talks.\n\nMinister "
                            "Hirsi paid a courtesy call on H.E. President Samuel Kiptoo Langat at State House, Nairobi.", "en", PUBLISHED)  # fmt: skip
    assert _state(x, "Langat") == "KE"


def test_a_portfolio_joined_by_and_before_a_second_titled_person() -> None:
    x = extraction_of("Сопредседателями комиссии являются Министр природных ресурсов и экологии России Олег Ступин и "
                            "Министр финансов Эфиопии Йонас Тадессе.", "ru", PUBLISHED)  # fmt: skip
    assert _state(x, "Stupin") == "RU"
    assert _state(x, "Tadesse") == "ET"


def test_a_one_word_titles_default_state_is_not_the_long_titles_holders() -> None:
    x = extraction_of("Comunicado No. 512\n\nCiudad de México, 21 de octubre de 2026.- La Secretaria de Relaciones "
                            "Exteriores, Lorena Villaseñor Garza, sostuvo una videollamada con el ministro de Asuntos "
                            "Exteriores de Noruega, Eirik Solbakken.\n\nPor la tarde, la Secretaria Villaseñor Garza recibió "
                            "al embajador designado del Reino de Marruecos en México, Karim El Idrissi Benjelloun.", "es", PUBLISHED)  # fmt: skip
    assert _state(x, "Villaseñor Garza") == "MX"
    assert _state(x, "Benjelloun") == "MA"


def test_an_inflected_formal_state_name() -> None:
    assert [m.code for m in find_countries("die Außenministerin der Demokratischen Republik Kongo", "de")] == ["CD"]
    assert [m.code for m in find_countries("der Botschafter der Demokratischen Volksrepublik Korea", "de")] == ["KP"]


def test_a_permanent_representative_appointed() -> None:
    x = extraction_of("Mercredi, le ministre a convoqué l'ambassadeur du Burkina Faso en France, M. Issa Zongo "
                            "Ouédraogo.\n\nNomination\nM. Thibault Marchand a été nommé ambassadeur, représentant permanent "
                            "de la France auprès de l'OSCE.", "fr", PUBLISHED)  # fmt: skip
    assert _state(x, "Marchand") == "FR"
    x = extraction_of("Kenya's Permanent Representative to the United Nations, Martin Kimani, said the council must act.", "en", PUBLISHED)
    assert _state(x, "Kimani") == "KE"


def test_a_pronoun_after_an_opening_adverb_is_the_calls_subject() -> None:
    x = extraction_of("Министр иностранных дел России Глеб Курбатов прибыл в Эр-Рияд. На прошлой неделе он провёл "
                            "телефонный разговор с министром иностранных дел Катара Абдуллой бин Хамадом Аль Тани.", "ru", PUBLISHED)  # fmt: skip
    calls = [e for e in x.events if e.type == "PhoneCall"]
    assert calls and {p.name for p in calls[0].attendees} == {"Gleb Kurbatov", "Abdullah bin Hamad Al Tani"}
