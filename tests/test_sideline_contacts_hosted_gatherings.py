"""A talk on the sidelines is no call; a summit told with its day and city but no party is kept."""

from datetime import date

from extracted import events_of


def test_sideline_talk_is_a_meeting_not_a_call():
    text = ("ЭР-РИЯД, 17 сентября. /ТАСС/. Министр иностранных дел России Глеб Курбатов принял участие в заседании "
            "Стратегического диалога, которое прошло в среду в Эр-Рияде. На полях заседания Курбатов провёл "
            "отдельную беседу с министром иностранных дел Саудовской Аравии принцем Халидом бен Саадом Аль Саудом. "
            "На прошлой неделе он провёл телефонный разговор с министром иностранных дел Катара.")
    types = [e.type for e in events_of(text, "ru", date(2026, 9, 17))]
    assert types.count("PhoneCall") <= 1
    assert "Conference" not in types


def test_dated_placed_summit_without_parties_is_kept():
    text = "Paris, 25 septembre 2026. Le sommet de l'ASEAN se tiendra les 14 et 15 novembre à Phnom Penh."
    summits = [e for e in events_of(text, "fr", date(2026, 9, 25)) if e.type == "Summit"]
    assert summits and summits[0].date.value == "2026-11-14" and summits[0].countries == {"KH"}


def test_month_only_summit_without_parties_is_dropped():
    text = ("KITWE, Zambia, Aug 20 (Reuters) - The firm is in talks with South African lenders, with a "
            "\"lenders' summit\" pencilled in for September in Johannesburg.")
    assert not [e for e in events_of(text, "en", date(2026, 8, 20)) if e.type == "Summit"]
