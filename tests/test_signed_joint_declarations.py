""""unterzeichneten eine gemeinsame Erklärung", "signed a joint statement": the declaration is the document
signed; the act is the signing (a ceremony), no statement of its own. A joint statement issued beside another
signed document stays a statement."""

from datetime import date

from extracted import events_of


_HEAD = {
    "de": "Wien – Nationalratspräsident Reinhold Aichinger ist am Dienstag nach Tirana gereist. Dort führte er ein "
    "Gespräch mit der Präsidentin des albanischen Parlaments, Mimoza Kolaj. ",
    "en": "Vienna – Speaker Reinhold Aichinger travelled to Tirana on Tuesday. There he held talks with the Speaker "
    "of the Albanian parliament, Mimoza Kolaj. ",
}


def _types(lang: str, last: str) -> list[str]:
    text = _HEAD[lang] + last
    return [e.type for e in events_of(text, lang, date(2026, 3, 18))]


def test_signed_joint_declaration_is_a_ceremony_only() -> None:
    types = _types("de", "Kolaj und Aichinger unterzeichneten im Anschluss eine gemeinsame Erklärung über den "
                         "Austausch von Parlamentsbediensteten.")
    assert "Ceremony" in types and "Statement" not in types


def test_signed_joint_statement_is_a_ceremony_only() -> None:
    types = _types("en", "Kolaj and Aichinger then signed a joint statement on the exchange of staff.")
    assert "Ceremony" in types and "Statement" not in types


def test_joint_statement_beside_a_signed_accord_stays() -> None:
    types = _types("en", "Kolaj and Aichinger signed an accord and a joint statement on the exchange of staff.")
    assert "Statement" in types
