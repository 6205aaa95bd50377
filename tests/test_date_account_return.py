"""Days an account returns to: "the same day" opening a paragraph after a whole paragraph with no day of its own
(not the day of an aside told before it), a part of the day after a stay's "since" day, a signing planned "on
that occasion" of a planned trip, and a speaker's day told right after the speaker's name."""

from __future__ import annotations

from datetime import date

from extracted import events_of


def _days(text: str, lang: str, published: date, kind: str) -> list[str | None]:
    return [e.date.value if e.date else None for e in events_of(text, lang, published) if e.type == kind]


def test_same_day_after_a_paragraph_without_a_day_returns_to_the_lead_day() -> None:
    text = ("Переговоры министров иностранных дел Казахстана и Вьетнама\n\nАстана, 15 мая 2026 года\n\n"
            "14 мая в Астане состоялись переговоры Министра иностранных дел Республики Казахстан Ерлана Сагинтаева "
            "с Министром иностранных дел Вьетнама Нгуеном Ван Тханем.\n\nВ ходе переговоров стороны обсудили "
            "торговлю и транзит. Особое внимание уделено логистике.\n\nСтороны отметили важность договорённостей, "
            "достигнутых в ходе телефонного разговора глав государств в минувший понедельник.\n\nПо итогам "
            "переговоров министры подписали план консультаций на 2027–2028 годы.\n\nВ тот же день вьетнамский "
            "министр был принят Президентом Республики Казахстан Асланом Бекмухамедовым.")
    meetings = [e for e in events_of(text, "ru", date(2026, 5, 15)) if e.type == "Meeting"]
    assert [e.date.value for e in meetings] == ["2026-05-14"]


def test_afternoon_does_not_count_from_a_stays_since_day() -> None:
    text = ("Communiqué\n\nLe Président de la République, M. Amadou Bello Traoré, a reçu en audience ce mardi "
            "9 juin 2026 M. Karim Benali, ministre des Affaires étrangères d'Algérie.\n\nM. Benali effectue depuis "
            "lundi une visite de travail au Mali.\n\nAu cours de l'audience, les deux personnalités ont évoqué la "
            "sécurité au Sahel.\n\nDans l'après-midi, le Premier ministre, M. Issa Konaté, et son hôte ont "
            "présidé la cérémonie de signature de trois accords de coopération.")
    assert _days(text, "fr", date(2026, 6, 10), "Ceremony") == ["2026-06-09"]


def test_signing_planned_on_the_occasion_of_a_planned_trip_takes_its_month() -> None:
    text = ("San José, 21 de agosto de 2026. El lunes pasado, el canciller Pablo Mora Vega sostuvo una "
            "videoconferencia con el ministro de Exteriores de Singapur, Daniel Tan Wei Ming.\n\nEn la "
            "videoconferencia se acordó que el canciller realizará una visita oficial a Singapur en octubre, "
            "ocasión en la que está prevista la firma del acuerdo comercial.")
    assert _days(text, "es", date(2026, 8, 21), "Ceremony") == ["2026-10"]


def test_speaker_day_right_after_the_name_dates_the_quote() -> None:
    text = ("АЛМАТЫ, 20 мая. Президент Казахстана Ерлан Жумабеков провёл вчера телефонный разговор с президентом "
            "Узбекистана Рустамом Каримовым.\n\nПресс-секретарь президента Казахстана Айдос Сеитов сегодня опроверг "
            "сообщения СМИ о том, что президенты встретятся в Ташкенте уже в мае. «Встреча президентов в "
            "ближайшее время не планируется», — заявил Сеитов журналистам.")
    assert _days(text, "ru", date(2026, 5, 20), "Statement") == ["2026-05-20"]
