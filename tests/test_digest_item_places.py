"""A digest's items are reports of their own: an act of an item does not take the place of the day's main act told
in another item ("LIMA. ... se reunieron ayer ... MANAGUA. ... declaró el jueves persona non grata ..."); it is
placed where its own item was filed."""

from datetime import date

from graph.model import city_of

from extracted import events_of


_TEXT = (
    "Resumen diplomático del viernes\n\n"
    "QUITO. Los cancilleres de Ecuador, Ana María Salazar, y de Colombia, Luis Fernando Rojas, se reunieron ayer "
    "en Quito y firmaron un acuerdo sobre la frontera.\n\n"
    "TEGUCIGALPA. El Gobierno de Honduras declaró el jueves persona non grata al encargado de negocios de "
    "Guatemala, Jorge Castillo, y le dio 72 horas para abandonar el país.\n\n"
    "ASUNCIÓN. El canciller paraguayo, Pedro Benítez, viajará el lunes a Brasilia."
)


def test_item_act_is_placed_in_its_item() -> None:
    events = events_of(_TEXT, "es", date(2026, 7, 3))
    expulsions = [e for e in events if e.type == "Expulsion"]
    assert [getattr(city_of(e.location), "name", None) for e in expulsions] == ["Tegucigalpa"]
