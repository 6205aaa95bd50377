"""A visit noun whose traveller is the subject of its relative clause is that traveller's trip only: "la visita
de Estado que la presidenta de México, X, realizará a Santiago" is not a trip of the ministers preparing it."""

from datetime import date

from extracted import events_of


_TEXT = (
    "Ciudad de México, 5 de agosto de 2026\n\n"
    "La secretaria de Relaciones Exteriores, Laura Ibarra Cruz, sostuvo ayer una llamada telefónica con el "
    "canciller de Uruguay, Martín Sosa Díaz.\n\n"
    "Durante la conversación, ambos cancilleres acordaron iniciar los preparativos de la visita de Estado que "
    "la presidenta de México, Elena Robles Garza, realizará a Montevideo en octubre próximo."
)


def test_relative_clause_subject_is_the_only_traveller() -> None:
    events = events_of(_TEXT, "es", date(2026, 8, 5))
    visits = [e for e in events if e.type in ("Visit", "StateVisit")]
    assert len(visits) == 1
    assert [p.name for p in visits[0].attendees] == ["Elena Robles Garza"]
