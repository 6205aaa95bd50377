""""Suscribir" is a signing verb of Latin American official copy: "los cancilleres suscribieron un memorando"
is a signing ceremony like "firmaron"."""

from datetime import date

from extracted import events_of


_TEXT = (
    "Santiago, 4 de agosto de 2026. El canciller chileno, Andrés Valenzuela Prieto, recibió este martes a la "
    "ministra de Relaciones Exteriores de Nueva Zelanda, Sarah McAllister.\n\n"
    "En presencia de los cancilleres, el subsecretario Cristián Morales Ibáñez y el secretario adjunto neozelandés "
    "Tom Ngata suscribieron un Memorando de Entendimiento sobre cooperación consular."
)


def test_suscribieron_is_a_signing() -> None:
    events = events_of(_TEXT, "es", date(2026, 8, 4))
    ceremonies = [e for e in events if e.type == "Ceremony"]
    assert len(ceremonies) == 1
    assert {"Cristián Morales Ibáñez", "Tom Ngata"} <= {p.name for p in ceremonies[0].attendees}
