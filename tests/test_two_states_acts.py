"""An act noun whose people are named right after it as the two states' ("Предыдущая встреча президентов двух
стран", "the meeting of the presidents of the two countries") is of the report's two states, like one called
bilateral; nobody is named for it. A Joint or Association Council is a meeting ("desde el IV Consejo Conjunto,
celebrado en La Habana en mayo de 2024": an earlier one)."""

from datetime import date

from extracted import events_of


def test_previous_meeting_of_the_two_presidents() -> None:
    text = ("2 апреля 2026 года, Москва, Кремль\n\n"
            "Олег Старицкий провёл переговоры с Президентом Республики Конго Дени Мабиалой.\n\n"
            "Предыдущая встреча президентов двух стран состоялась в июле 2023 года в Санкт-Петербурге.")
    events = events_of(text, "ru", date(2026, 4, 2))
    earlier = [e for e in events if e.date is not None and e.date.value == "2023-07"]
    assert len(earlier) == 1
    assert earlier[0].background and not earlier[0].attendees and sorted(earlier[0].countries) == ["CG", "RU"]


def test_earlier_joint_council() -> None:
    text = ("Bruselas, 17 de noviembre de 2026\n\n"
            "La Unión Europea y Cuba celebraron ayer en Bruselas el V Consejo Conjunto. La reunión fue copresidida "
            "por la Alta Representante, Helena Virtanen, y por el ministro de Relaciones Exteriores de la República "
            "de Cuba, Ernesto Valdés Sarduy.\n\n"
            "Ambas partes pasaron revista a la aplicación del Acuerdo desde el IV Consejo Conjunto, celebrado en "
            "La Habana en mayo de 2024.")
    events = events_of(text, "es", date(2026, 11, 17))
    earlier = [e for e in events if e.date is not None and e.date.value == "2024-05"]
    assert len(earlier) == 1 and earlier[0].type == "Meeting" and earlier[0].background
