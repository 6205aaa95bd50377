"""A plan that falls through or was already past: "намеченные на апрель ... не состоятся", "will not take place"
(Cancelled, not dropped); "había sido invitado a una cena" (an invitation told in the pluperfect: the dinner
was held); "информация о якобы состоявшейся встрече ... не соответствует действительности" (a denied report)."""

from datetime import date

from extracted import events_of


def test_scheduled_talks_that_will_not_take_place_are_cancelled() -> None:
    text = ("МОСКВА, 20 марта. /ТАСС/. Как сообщил ТАСС источник в МИД, консультации между министерствами "
            "иностранных дел России и Чехии, намеченные на апрель в Праге, в сложившихся условиях не состоятся.")
    talks = [e for e in events_of(text, "ru", date(2026, 3, 20)) if e.type == "Talks"]
    assert [e.status for e in talks] == ["Cancelled"]


def test_pluperfect_invitation_to_a_dinner_is_no_plan() -> None:
    text = ("Bruselas, 17 de noviembre de 2026\n\nEl domingo por la noche, el ministro cubano Ernesto Valdés "
            "Sarduy había sido invitado a una cena de trabajo por la comisaria Marta Lindqvist.")
    dinners = [e for e in events_of(text, "es", date(2026, 11, 17)) if e.type == "Ceremony"]
    assert [e.status for e in dinners] == ["Occurred"]


def test_report_of_an_alleged_meeting_said_untrue_is_no_event() -> None:
    text = ("МОСКВА, 12 марта. /ТАСС/. Официальный представитель МИД России Ксения Ларионова заявила, что "
            "информация о якобы состоявшейся на прошлой неделе в Москве встрече российских официальных лиц с "
            "представителями оппозиции \"не соответствует действительности\".")
    assert [e for e in events_of(text, "ru", date(2026, 3, 12)) if e.type == "Meeting"] == []
