"""Days of a trip's stops and of a "first day": an act placed at a later stop of a trip told with one day per stop
happens on that stop's day (not on the day of the act told before it nor on the dateline's), and a sentence
opened by "on the first day" dates its acts with the first day told before."""

from __future__ import annotations

from datetime import date

from extracted import events_of


def _dates(text: str, lang: str, published: date, kind: str) -> list[str | None]:
    return [e.date.value if e.date else None for e in events_of(text, lang, published) if e.type == kind]


def test_act_at_a_later_stop_takes_the_stops_day() -> None:
    text = ("Déplacement de Mme Anne Rivière au Sénégal et en Gambie\n\nParis, le 12 mars 2026\n\n"
            "Anne Rivière, ministre déléguée chargée de la Francophonie, s'est rendue avant-hier au Sénégal, puis "
            "hier en Gambie.\n\nÀ Dakar, la ministre a été reçue par le président de la République du Sénégal, "
            "M. Moussa Diallo. Ils ont évoqué la coopération économique.\n\nÀ Banjul, la ministre a été reçue par "
            "le président de la République de Gambie, M. Ebrima Jallow. Les échanges ont porté sur la pêche.")
    assert sorted(v for v in _dates(text, "fr", date(2026, 3, 12), "Meeting") if v) == ["2026-03-10", "2026-03-11"]


def test_first_day_takes_the_start_of_the_range_told_before() -> None:
    text = ("Foreign Minister Anna Berg of Sweden paid an official visit to Japan from 14 to 16 May. On the first "
            "day, she met Prime Minister Taro Kono in Tokyo.")
    assert _dates(text, "en", date(2026, 5, 20), "Meeting") == ["2026-05-14"]


def test_first_day_does_not_date_what_the_day_prepares() -> None:
    text = ("В Минске в четверг и пятницу прошла конференция по евразийской безопасности. Российскую делегацию "
            "возглавлял министр иностранных дел Андрей Сафонов.\n\nВ первый день российский министр провёл "
            "переговоры со своим белорусским коллегой Виктором Ковальчуком, посвящённые подготовке заседания "
            "Высшего госсовета Союзного государства.")
    events = events_of(text, "ru", date(2026, 11, 21))
    talks = [e.date.value for e in events if e.type == "Talks" and e.date]
    assert talks == ["2026-11-19"]
    assert all(e.date is None for e in events if e.status == "Planned")
