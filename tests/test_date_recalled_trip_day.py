"""A trip recalled as the frame of an earlier meeting dated to the day ("se sont rencontrés pour la dernière fois le
11 avril à Dakar, lors d'une visite de travail de X") takes that day, when no length of the trip is told
(_dateframe.framing_trips); a trip of the account named by its first day keeps that reading."""

from __future__ import annotations

from datetime import date

from extracted import events_of


def test_a_recalled_trip_takes_the_day_of_its_meeting() -> None:
    text = ("La visite du président sénégalais Amadou Diouf à Bamako a été reportée.\n\nDiouf et Keïta se sont "
            "rencontrés pour la dernière fois le 11 avril à Dakar, lors d'une visite de travail du président malien "
            "Modibo Keïta.")
    visits = [e for e in events_of(text, "fr", date(2026, 9, 24)) if e.type == "Visit" and e.background]
    assert [v.date.value if v.date else None for v in visits] == ["2026-04-11"]


def test_a_trip_of_several_days_told_with_one_day_keeps_no_day() -> None:
    text = ("Diouf et Keïta se sont rencontrés pour la dernière fois le 11 avril à Dakar, lors d'une visite de "
            "trois jours du président malien Modibo Keïta.")
    visits = [e for e in events_of(text, "fr", date(2026, 9, 24)) if e.type == "Visit"]
    assert all(v.date is None or v.date.value != "2026-04-11" for v in visits)
