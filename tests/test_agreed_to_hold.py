"""An act agreed to be held is planned even when its date and place stand between the agreement and the act:
"convinieron en celebrar en septiembre, en la Ciudad de México, la VI Reunión de la Comisión Binacional"."""

from datetime import date

from extracted import events_of


_TEXT = (
    "Ciudad de México, 5 de agosto de 2026\n\n"
    "La secretaria de Relaciones Exteriores, Laura Ibarra Cruz, sostuvo ayer una llamada telefónica con el "
    "canciller de Uruguay, Martín Sosa Díaz.\n\n"
    "Asimismo, convinieron en celebrar en septiembre, en la Ciudad de México, la III Reunión de la Comisión "
    "Binacional México-Uruguay."
)


def test_agreed_commission_meeting_is_planned() -> None:
    events = events_of(_TEXT, "es", date(2026, 8, 5))
    commission = [e for e in events if e.type in ("Talks", "Meeting")]
    assert len(commission) == 1
    assert commission[0].status == "Planned"
    assert commission[0].date is not None and commission[0].date.value == "2026-09"
