"""A banquet told in the account of a visit with no one named is the guest's: "Für den Abend ist ein
Staatsbankett zu Ehren des Gastes geplant" is a planned ceremony of the visitor, not an act of nobody."""

from datetime import date

from extracted import events_of


_TEXT = (
    "Wien (Österreich), 10.09.2026 – Der chilenische Präsident Andrés Molina ist am Mittwoch zu einem "
    "dreitägigen Staatsbesuch in Österreich eingetroffen. Heute führte er in der Hofburg Gespräche mit "
    "Bundespräsident Karl Steiner.\n\n"
    "Für den Abend ist ein Staatsbankett zu Ehren des Gastes geplant."
)


def test_banquet_of_nobody_is_the_guests() -> None:
    events = events_of(_TEXT, "de", date(2026, 9, 10))
    ceremonies = [e for e in events if e.type == "Ceremony"]
    assert len(ceremonies) == 1
    assert ceremonies[0].status == "Planned"
    assert "Andrés Molina" in [p.name for p in ceremonies[0].attendees]
