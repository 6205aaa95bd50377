"""A plan of consultations ("согласован план консультаций на 2027–2028 годы", "signed a plan of consultations")
is a document, not talks."""

from datetime import date

from extracted import events_of


def test_russian_plan_of_consultations_is_no_talks() -> None:
    text = (
        "Телефонный разговор с Президентом Монголии\n\n"
        "12 марта 2026 года\n\n"
        "Игорь Волков провёл телефонный разговор с Президентом Монголии Батбаяром Энхтуром.\n\n"
        "Отмечена важность состоявшихся накануне в Улан-Баторе переговоров министров иностранных дел, по итогам "
        "которых согласован план консультаций на 2027–2028 годы."
    )
    events = events_of(text, "ru", date(2026, 3, 12))
    assert len([e for e in events if e.type in ("Talks", "Meeting")]) == 1


def test_english_plan_of_consultations_is_no_talks() -> None:
    text = (
        "March 12, 2026\n\n"
        "Foreign Minister Anna Berg held talks in Oslo with her Estonian counterpart, Kaja Tamm, on Thursday.\n\n"
        "The two ministers signed a plan of consultations between the foreign ministries for 2027-2028."
    )
    events = events_of(text, "en", date(2026, 3, 12))
    assert len([e for e in events if e.type in ("Talks", "Meeting")]) == 1
