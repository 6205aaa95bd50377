"""A statement told as made ("Vor ihrer Abreise erklärte ...") is no remark at an act dated after publication: the
next day's stop of a trip told before it lends it no day."""

from extracted import events_of, of_type

TEXT = ("Außenministerin Hollerer reist nach Finnland und Estland\n\n"
        "Außenministerin Petra Hollerer bricht heute zu einer zweitägigen Reise nach Nordeuropa auf. In Helsinki trifft "
        "sie am Nachmittag ihren finnischen Amtskollegen Mikko Laine.\n\n"
        "Tags darauf reist die Ministerin weiter nach Tallinn. Dort wird sie von ihrem estnischen Amtskollegen Rein Tamm "
        "empfangen.\n\n"
        "Vor ihrer Abreise erklärte Außenministerin Hollerer:\n\n"
        "„Finnland und Estland sind enge Partner. Ich freue mich auf die Gespräche.“\n")


def test_departure_statement_is_of_the_report_day():
    events = events_of(TEXT, "de", "2026-06-09")
    assert [e.date.value for e in of_type(events, "Statement")] == ["2026-06-09"]
