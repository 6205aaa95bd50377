"""Arrivals ("trifft ... in X ein", "war am Dienstag in Berlin eingetroffen") tell a trip, not a meeting: the
arrival told in the pluperfect is the start of the trip reported, not an earlier act, and joins the visit told
with the next day. A present passive of leading ("Geleitet werden die Gespräche von X") is no plan."""

from datetime import date

from extracted import extraction_of


def _events(text: str, published: date) -> list[tuple[str, str, str | None]]:
    found = extraction_of(text, "de", published)
    return [(e.type, e.status, e.date.value if e.date else None) for e in found.events]


def test_separable_arrival_is_a_visit_not_a_meeting():
    text = ("Außenminister Andreas Imhof reist nach Costa Rica\n\n"
            "Bern, 05.10.2026 – Außenminister Andreas Imhof reist vom 6. bis 9. Oktober 2026 nach Costa Rica. "
            "Am Dienstag trifft der Außenminister in San José ein.")
    found = _events(text, date(2026, 10, 5))
    assert not [e for e in found if e[0] == "Meeting"], found
    assert [e for e in found if e[0] == "Visit"], found


def test_arrival_in_a_relative_clause_tells_the_visit_of_the_delegation():
    text = ("Moldau sucht Partner in Sachsen\n\n"
            "Sachsens Ministerpräsident Thomas Brenner hat am Montag eine Regierungsdelegation aus der Republik "
            "Moldau in der Dresdner Staatskanzlei empfangen. Angeführt wird sie von Moldaus stellvertretendem "
            "Ministerpräsidenten Victor Rusnac, der am Sonntagabend in Dresden eingetroffen war.")
    found = _events(text, date(2026, 11, 17))
    assert ("Visit", "Occurred", "2026-11-15") in found, found


def test_pluperfect_arrival_joins_the_visit_of_the_next_day():
    text = ("Brandtner empfängt Wierzbicki\n\n"
            "Berlin (dpa) - Bundeskanzler Matthias Brandtner hat den polnischen Ministerpräsidenten Tomasz "
            "Wierzbicki am Mittwoch zu dessen Antrittsbesuch im Kanzleramt empfangen.\n\n"
            "Wierzbicki war am Dienstagabend in Berlin eingetroffen.")
    found = _events(text, date(2026, 11, 25))
    assert len([e for e in found if e[0] == "Visit"]) == 1, found


def test_arrival_coming_from_a_city_is_no_plan():
    text = ("Kessler in Chile\n\n"
            "Santiago de Chile (dpa) - Bundesaußenministerin Annette Kessler traf am Donnerstag in Santiago ihren "
            "chilenischen Amtskollegen Rodrigo Echeverría Soto. Kessler war am Mittwochabend aus Buenos Aires "
            "kommend in Santiago eingetroffen.")
    found = _events(text, date(2026, 11, 13))
    assert not [e for e in found if e[0] == "Visit" and e[1] == "Planned"], found


def test_present_passive_of_leading_is_no_plan():
    text = ("Abyei-Gespräche in Genf\n\n"
            "Genf, 13. November – Die dritte Verhandlungsrunde war am Donnerstag von Bundesrätin Corinne Aebischer "
            "eröffnet worden. Geleitet werden die Gespräche vom Hohen Vertreter der Afrikanischen Union, Thabo Mokoena.")
    found = _events(text, date(2026, 11, 14))
    assert not [e for e in found if e[1] == "Planned"], found
