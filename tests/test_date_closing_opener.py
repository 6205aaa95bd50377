"""A sentence opening with "zum Abschluss" tells what closed the act told before, on its day; a sentence naming
that act again by a noun ("An dem Treffen nahmen ... teil") stands between them without telling another act."""

from extracted import events_of, of_type

TEXT = ("Drittes Ministertreffen Mitteleuropa in Wien\n\n"
        "Wien, 24. November 2026\n\n"
        "Die österreichische Außenministerin Petra Hollerer hat gestern in Wien gemeinsam mit dem tschechischen "
        "Außenminister Pavel Dvořák das dritte Ministertreffen der Staaten Mitteleuropas geleitet.\n\n"
        "An dem Treffen nahmen Außenministerinnen und Außenminister aus sechs Staaten teil. Im Mittelpunkt standen "
        "Energie und Verkehr.\n\n"
        "Zum Abschluss stellten die beiden Ko-Vorsitzenden eine gemeinsame Erklärung vor.\n")


def test_closing_statement_takes_the_meetings_day():
    events = events_of(TEXT, "de", "2026-11-24")
    assert [e.date.value for e in of_type(events, "Statement")] == ["2026-11-23"]
    assert [e.date.value for e in of_type(events, "Meeting")] == ["2026-11-23"]
