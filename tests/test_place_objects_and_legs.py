"""Places of acts: surname particles, country objects of clause-final visit verbs, the countries signed texts are
about, and the days of a trip before its travellers fly on to the next city."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import places
from graph.model import City, Country

from extracted import events_of
from where import city_name


def _city(event) -> str | None:
    return event.location.name if isinstance(event.location, City) else None


def test_a_name_after_a_surname_particle_is_no_city() -> None:
    text = "En marge de la réunion, Mme Dumortier s'est entretenue avec M. van der Veen du projet de ligne."
    assert [c.name for _, c in places.find_cities(text, "fr")] == []
    assert [c.name for _, c in places.find_cities("Ursula von der Leyen reiste nach Wien.", "de")] == ["Vienna"]


def test_a_country_object_of_a_clause_final_visit_verb_is_where_the_visit_went() -> None:
    text = "Titel\n\nAußenminister Stefan Hofmeister hatte Ghana im Februar besucht.\n"
    visits = [e for e in events_of(text, "de", date(2026, 10, 21)) if e.type == "Visit"]
    assert [e.location for e in visits] == [Country("GH")]


def test_the_country_a_signed_text_is_about_is_no_venue_of_the_signing() -> None:
    text = ("Titel\n\nBERLIN (dpa) - Der ghanaische Präsident Kwame Asante ist am Dienstag in Berlin eingetroffen. "
            "Im Anschluss unterzeichneten Asante und Entwicklungsministerin Carla Benthin am Dienstag eine "
            "Absichtserklärung zur Herstellung von grünem Wasserstoff in Ghana.\n")
    signings = [e for e in events_of(text, "de", date(2026, 2, 25)) if e.type == "Ceremony"]
    assert [_city(e) for e in signings] == ["Berlin"]


def test_an_act_before_the_trip_to_the_next_city_stays_in_the_first() -> None:
    text = ("Bundesrat Imhof reist nach Costa Rica und Panama\n\n"
            "Bern, 05.10.2026 – Bundesrat Andreas Imhof reist vom 6. bis 9. Oktober 2026 nach Costa Rica und Panama.\n\n"
            "Am Dienstag trifft Imhof in San José ein. Am Mittwoch wird er vom costa-ricanischen Aussenminister "
            "Esteban Quirós zu einem Arbeitsgespräch empfangen. Im Anschluss unterzeichnen die beiden Minister eine "
            "Absichtserklärung zur Zusammenarbeit in der Meeresforschung.\n\n"
            "Am Donnerstag reist Bundesrat Imhof weiter nach Panama-Stadt. Dort führt er Gespräche mit "
            "Aussenministerin Itzel Arosemena.\n")
    signings = [e for e in events_of(text, "de", date(2026, 10, 5)) if e.type == "Ceremony"]
    assert [_city(e) for e in signings] == ["San José"]


@pytest.mark.parametrize(
    ("text", "lang", "city"),
    [
        ("Переговоры в Минске\n\nМИНСК, 14 мая. По итогам переговоров премьер-министров Беларуси и Кении было "
         "подписано пять документов, в том числе соглашение о строительстве в Кении завода удобрений.", "ru", "Minsk"),
        ("Talks in Accra\n\nACCRA, May 14 - After talks between the foreign ministers of Ghana and Kenya, the two "
         "sides signed five documents, including an agreement on the construction of a fertiliser plant in Kenya.",
         "en", "Accra"),
        ("Gespräche in Wien\n\nWien, 14. Mai. Nach den Gesprächen der Außenminister Österreichs und Kenias wurden "
         "fünf Dokumente unterzeichnet, darunter ein Abkommen über den Bau einer Düngemittelfabrik in Kenia.",
         "de", "Vienna"),
    ],
)
def test_a_state_in_the_list_of_texts_signed_is_their_topic(text: str, lang: str, city: str) -> None:
    """"signed five documents, including an agreement on ... in Kenya": the list still tells what was signed."""
    signing = next(e for e in events_of(text, lang, date(2026, 5, 14)) if e.type == "Ceremony")
    assert city_name(signing) == city
