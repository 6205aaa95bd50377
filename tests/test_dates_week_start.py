"""A week ("last week", "la semana pasada", "на прошлой неделе") is a range of days: an act told for it is
dated to its first day, the Monday (the evaluation guide's rule for ranges), also when it was called off
(_dateresolve._week); a day told later within the week still narrows a trip (_datetrip.visit_dates)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import events_of


def _values(text: str, lang: str, published: date, kinds: tuple[str, ...]) -> list[tuple[str, str | None]]:
    return [(e.status, e.date.value if e.date else None) for e in events_of(text, lang, published) if e.type in kinds]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Foreign Minister Lena Holm held talks in Oslo last week with her Chilean counterpart Pablo Rivas."),
        ("de", "Außenministerin Lena Holm führte vergangene Woche in Oslo Gespräche mit ihrem chilenischen "
               "Amtskollegen Pablo Rivas."),
        ("fr", "La ministre des Affaires étrangères Lena Holm s'est entretenue la semaine dernière à Oslo avec son "
               "homologue chilien Pablo Rivas."),
        ("es", "La canciller Lena Holm se reunió la semana pasada en Oslo con su homólogo chileno Pablo Rivas."),
        ("ru", "Министр иностранных дел Лена Хольм на прошлой неделе провела в Осло переговоры с чилийским "
               "коллегой Пабло Ривасом."),
    ],
)
def test_an_act_of_last_week_is_dated_to_that_weeks_monday(lang: str, text: str) -> None:
    assert _values(text, lang, date(2026, 10, 21), ("Meeting", "Talks")) == [("Occurred", "2026-10-12")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The visit by President Tomas Berg to Lima, which had been planned for next week, was cancelled."),
        ("de", "Ein für kommende Woche geplanter Besuch von Präsident Tomas Berg in Lima wurde abgesagt."),
        ("fr", "La visite du président Tomas Berg à Lima, prévue la semaine prochaine, a été annulée."),
        ("es", "Quedó cancelada la visita del presidente Tomas Berg a Lima prevista para la próxima semana."),
    ],
)
def test_a_trip_called_off_for_next_week_keeps_that_weeks_monday(lang: str, text: str) -> None:
    assert _values(text, lang, date(2026, 11, 12), ("Visit", "StateVisit")) == [("Cancelled", "2026-11-16")]


def test_an_act_of_this_week_told_as_past_starts_on_its_monday() -> None:
    text = "Foreign ministers Lena Holm and Pablo Rivas met in Geneva this week."
    assert _values(text, "en", date(2026, 6, 18), ("Meeting", "Talks")) == [("Occurred", "2026-06-15")]


def test_last_week_across_the_new_year_is_not_dated_to_a_day_of_another_year() -> None:
    text = "President Anna Berg met President Samuel Mwangi in Nairobi last week."
    assert _values(text, "en", date(2027, 1, 2), ("Meeting", "Talks")) == [("Occurred", "2026-12-21")]  # 21 to 27 December
