"""An official of unknown state meeting on the margins of a gathering in a city is a guest of the gathering, not
a host of the city's state ("acordaron reunirse en Asunción, al margen de la Asamblea General de la OEA")."""

from datetime import date

from extracted import extraction_of


_TEXT = (
    "El Gobierno convoca al embajador de Chile por sus declaraciones\n\n"
    "El canciller Martín Ruiz convocó ayer al embajador de Chile, Pedro Soto, para expresarle el malestar del Gobierno.\n\n"
    "Ruiz habló luego por teléfono con su par chilena, Ana Vidal. Ambos cancilleres acordaron reunirse el 24 de junio "
    "en Asunción, al margen de la Asamblea General de la OEA."
)


def test_meeting_on_the_margins_makes_no_host() -> None:
    ex = extraction_of(_TEXT, "es", date(2026, 6, 10))
    ruiz = next(p for p in ex.people if p.name == "Martín Ruiz")
    assert ruiz.country != "PY"
    meeting = next(e for e in ex.events if e.type == "Meeting")
    assert "PY" not in meeting.countries
