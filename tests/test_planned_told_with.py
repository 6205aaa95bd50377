"""A planned act placed nowhere, told in one sentence with another planned act of the same people placed in a
city ("se reunirán en noviembre en Cartagena de Indias, en una cumbre presidencial"), is held there, not in the
city the report was filed from."""

from datetime import date

from graph.model import city_of

from extracted import events_of


_TEXT = (
    "Lima (Perú), 14 de mayo de 2026.— El canciller de Chile, Tomás Araya, y su homóloga peruana, Rosa Quispe, "
    "firmaron este jueves un acuerdo sobre pesca.\n\n"
    "Ambos gobiernos anunciaron que Quispe y Araya se reunirán en septiembre en Arica, en una cumbre "
    "binacional que coincidirá con el gabinete conjunto."
)


def test_planned_summit_takes_the_city_of_its_meeting() -> None:
    events = events_of(_TEXT, "es", date(2026, 5, 14))
    summits = [getattr(city_of(e.location), "name", None) for e in events if e.type == "Summit"]
    assert summits == ["Arica"]
