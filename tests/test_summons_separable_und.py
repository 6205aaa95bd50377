"""A German summons told with the separable verb whose particle is followed by a second verb ("bestellte am
Mittwoch den ... Botschafter X ein und übergab ihm eine Protestnote") is a summons of that day, with the
summoned envoy's state."""

from datetime import date

from extracted import events_of, of_type


def test_bestellte_ein_und_is_a_summons_of_the_day() -> None:
    text = (
        "Oslo (dpa) - Norwegen hat einen belarussischen Diplomaten ausgewiesen. Das Außenministerium in Oslo "
        "bestellte am Mittwoch den belarussischen Geschäftsträger Pawel Karatkewitsch ein und übergab ihm eine "
        "Protestnote. Der Diplomat müsse das Land binnen einer Woche verlassen."
    )
    found = of_type(events_of(text, "de", date(2026, 2, 12)), "Summons")
    assert found and found[0].date is not None and found[0].date.value == "2026-02-11"
    assert "BY" in found[0].countries
