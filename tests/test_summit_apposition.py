"""A meeting told as an indefinite summit in an apposition is that summit: "se reunirán en noviembre en Cartagena,
en una cumbre presidencial" is one planned summit, not a meeting and a summit."""

from datetime import date

from extracted import events_of


_TEXT = (
    "Lima, 10 de mayo de 2026.— La canciller de Perú, Elena Vargas Soto, recibió hoy en Lima a su homólogo "
    "chileno, Tomás Rivas Lagos.\n\n"
    "Los presidentes de Perú, Luis Ortega Paredes, y de Chile, Andrea Fuentes Mena, se reunirán en septiembre "
    "en Arica, en una cumbre presidencial sobre la frontera."
)


def test_meeting_in_apposed_summit_is_one_summit() -> None:
    events = events_of(_TEXT, "es", date(2026, 5, 10))
    planned = [e for e in events if e.status == "Planned"]
    assert [e.type for e in planned] == ["Summit"]
    assert planned[0].location is not None and planned[0].location.name == "Arica"
