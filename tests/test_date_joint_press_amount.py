"""A statement made at a joint press conference is dated by the talks it closed, not by the dateline of a report
filed the next day (_datejointpress.joint_press_days); a date told as the period of a figure ("trade reached $3
billion last year", "que superó los 900 millones de dólares en 2025") dates no act told before the figure
(_dateamount.amount_period)."""

from __future__ import annotations

from datetime import date

from extracted import date_of, events_of


def test_a_joint_news_conference_after_talks_of_the_day_before() -> None:
    text = ("Oman and Jordan agree to expand port cooperation\n\nMUSCAT, May 12 (Wire) - Omani Foreign Minister Salim "
            "Rashid Al-Harthy held talks with his Jordanian counterpart Omar Nasser Haddad in Muscat on Monday, focusing "
            "on shipping links between Duqm and Aqaba.\n\nThe ministers agreed that technical teams would meet in Aqaba next "
            "month to draft a protocol on pilotage.\n\n\"We are partners and we will remain partners. Our ports can serve as "
            "one corridor,\" Al-Harthy told a joint news conference with Haddad.")
    events = events_of(text, "en", date(2026, 5, 12))
    assert date_of(events, "Talks") == "2026-05-11"
    assert date_of(events, "Statement") == "2026-05-11"


def test_a_joint_press_conference_after_a_signing_of_the_day() -> None:
    text = ("Oslo (Agentur) – Der dänische Außenminister Henrik Vinther hat am Dienstag in Oslo seine norwegische "
            "Amtskollegin Solveig Brattli getroffen. Am Mittwoch unterzeichneten beide ein Abkommen über die "
            "Fischerei im Skagerrak.\n\nBeide Seiten wollen im kommenden Jahr eine gemeinsame Kommission einrichten.\n\nAuf einer gemeinsamen Pressekonferenz sagte Vinther, man habe viel erreicht.")
    events = events_of(text, "de", date(2026, 3, 19))
    assert date_of(events, "Statement") == "2026-03-18"


def test_a_figure_of_last_year_dates_no_meeting() -> None:
    text = ("Montevideo, 4 mar (Agencia).- El canciller uruguayo, Tomás Ferreira Lage, se reunió este miércoles con "
            "su homólogo paraguayo, Arnaldo Benítez Ríos.\n\nDurante el encuentro, ambos destacaron el comercio "
            "bilateral, que superó los 900 millones de dólares en 2025, y la hidrovía Paraguay-Paraná.")
    events = events_of(text, "es", date(2026, 3, 4))
    assert {e.date.value for e in events if e.type == "Meeting" and e.date} == {"2026-03-04"}


def test_an_amount_of_the_act_itself_keeps_its_date() -> None:
    text = ("Zambia and Angola signed a $500 million power agreement in March in Lusaka.")
    events = events_of(text, "en", date(2026, 6, 4))
    assert date_of(events, "Ceremony") == "2026-03"

