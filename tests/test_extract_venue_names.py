"""Cities implied by a venue's own name and town names that name something else.

A head of state received at a presidential palace named without its city (a palace of the named-venue lexicon)
met in that palace's city; a small town of a state the text never names, right after a lower-case noun and "de"
or "von" ("la central de Bellavista"), names that thing (a plant, locks, a market), not a foreign town.
"""

from __future__ import annotations


from graph.extract import places
from graph.model import Event
from where import city_name, venue_country

from extracted import events_of


PUBLISHED = "2026-03-05"


def _places(events: list[Event], kind: str) -> list[tuple[str | None, str | None]]:
    return [(city_name(e), venue_country(e)) for e in events if e.type == kind]


def test_a_presidential_palace_named_alone_places_the_audience_in_its_city() -> None:
    fr = events_of("Le président de la République, Pierre Duval, a reçu ce jeudi au palais de Koulouba "
                   "l'ambassadeur du Japon, Kenji Sato.", "fr", PUBLISHED)
    assert ("Bamako", "ML") in _places(fr, "Meeting")
    es = events_of("El presidente Raúl Medina recibió este jueves en el Palacio de la Revolución al canciller "
                   "de Vietnam, Tran Van Minh.", "es", PUBLISHED)
    assert ("Havana", "CU") in _places(es, "Meeting")
    en = events_of("President Hassan Ali received the Turkish envoy, Mehmet Kaya, at Villa Somalia on Thursday.", "en", PUBLISHED)
    assert ("Mogadishu", "SO") in _places(en, "Meeting")
    de = events_of("Präsident Paul Moreau empfing am Donnerstag im Kosyam-Palast den Botschafter Ghanas, "
                   "Kofi Mensah.", "de", PUBLISHED)
    assert ("Ouagadougou", "BF") in _places(de, "Meeting")
    ru = events_of("Президент Садыр Акматов принял в четверг в Ала-Арче посла Турции Мехмета Кая.", "ru", PUBLISHED)
    assert ("Bishkek", "KG") in _places(ru, "Meeting")


def test_a_small_foreign_town_after_a_noun_and_de_is_no_venue() -> None:
    es = events_of("Quito, 5 mar (EFE).- El canciller de Colombia, Andrés Pardo, llegó este martes a Ecuador. "
                   "El miércoles recorrerá la central hidroeléctrica de Bellavista y se reunirá con la ministra "
                   "ecuatoriana de Energía, Lucía Paredes.", "es", PUBLISHED)
    assert all(country != "PE" and city != "Bellavista" for city, country in _places(es, "Meeting"))
    fr = events_of("Dakar, 5 mars (APS) - Le ministre malien des Affaires étrangères, Oumar Traoré, est arrivé "
                   "mardi au Sénégal. Mercredi, il visitera le marché de Bellavista et rencontrera le ministre "
                   "sénégalais du Commerce, Ibrahima Ndiaye.", "fr", PUBLISHED)
    assert all(country != "PE" and city != "Bellavista" for city, country in _places(fr, "Meeting"))
    assert all(country != "PE" and city != "Bellavista" for city, country in _places(fr, "Visit"))
    de = "Die ungarische Außenministerin besichtigt am Mittwoch den Hafen von Bellavista in Österreich."
    assert places.find_cities(de, "de") == []
    assert places.find_cities("Le ministre visitera le marché de Bellavista au Sénégal.", "fr") == []


def test_a_small_town_of_a_state_the_text_names_stays_a_city_after_de() -> None:
    es = events_of("Lima, 5 mar (EFE).- El canciller de Colombia, Andrés Pardo, llegó este martes a Perú. "
                   "El miércoles recorrerá el puerto de Bellavista y se reunirá con el alcalde.", "es", PUBLISHED)
    assert any(country == "PE" for _, country in _places(es, "Meeting") + _places(es, "Visit"))
    assert [c.country for _, c in places.find_cities("Sie besichtigt den Hafen von Bellavista in Peru.", "de")] == ["PE"]


def _expulsion_place(text: str, lang: str) -> tuple[str | None, str | None]:
    (place,) = _places(events_of(text, lang, PUBLISHED), "Expulsion")
    return place


def test_an_expulsion_from_a_city_happens_there() -> None:
    """The city a diplomat is expelled from, after the trigger or right before its verb, is the venue; not an
    origin ("from"), a person's home ("a diplomat from") nor a capital acting ("aus Bamako ausgewiesen")."""
    assert _expulsion_place("PARIS, Nov 27 (Reuters) - France protested on Friday against the expulsion of a "
                            "French diplomat from Bamako on Thursday.", "en") == ("Bamako", "ML")
    assert _expulsion_place("BERLIN, 27. November (dpa) - Die Bundesregierung hat protestiert, nachdem am "
                            "Donnerstag ein deutscher Diplomat aus Bamako ausgewiesen worden war.", "de") == ("Bamako", "ML")
    assert _expulsion_place("PARIS, 27 novembre (AFP) - La France a protesté vendredi après l'expulsion jeudi "
                            "d'un diplomate français de Bamako.", "fr") == ("Bamako", "ML")
    assert _expulsion_place("MADRID, 27 nov (EFE).- España protestó este viernes por la expulsión el jueves de "
                            "un diplomático español de Bamako.", "es") == ("Bamako", "ML")
    assert _expulsion_place("МОСКВА, 27 ноября. /ТАСС/. МИД России выразил протест. Накануне из Бамако был выслан "
                            "сотрудник российского посольства.", "ru") == ("Bamako", "ML")
