"""An earlier summons between the same two states, told without a place ("was last summoned in February"), took
place where the summoning state's foreign ministry summoned the envoy this time."""

from extracted import events_of, of_type
from where import city_name

TEXT = ("Estonia summons Russian envoy\n\nEstonia's Foreign Ministry summoned Russian Ambassador Pavel Gromov on "
        "Wednesday over repeated airspace violations near the island of Vaindloo. Foreign Minister Kadri Saar said the "
        "incursions were unacceptable. Gromov was last summoned in February over a similar incident.\n")


def test_the_earlier_summons_is_placed_in_the_summoning_capital() -> None:
    summonses = sorted(of_type(events_of(TEXT, "en", "2026-05-14"), "Summons"), key=lambda e: e.date.value)
    assert [(e.date.value, city_name(e)) for e in summonses] == [("2026-02", "Tallinn"), ("2026-05-13", "Tallinn")]


def test_a_summons_of_the_other_side_in_return_keeps_no_city_of_this_one() -> None:
    text = ("Lithuania summons Belarusian envoy\n\nLithuania's Foreign Ministry summoned the Belarusian chargé d'affaires "
            "Ivan Kaval on Tuesday in Vilnius over a balloon incursion. In March, Minsk had summoned the Lithuanian "
            "chargé d'affaires Rasa Jonaitė in return for an earlier note.\n")
    earlier = [e for e in of_type(events_of(text, "en", "2026-05-14"), "Summons") if e.date and e.date.value == "2026-03"]
    assert all(city_name(e) != "Vilnius" for e in earlier)
