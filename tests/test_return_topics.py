"""The place refugees or displaced people are to return to ("pour discuter du retour volontaire des déplacés vers
Khartoum", "to discuss the return of refugees to Aleppo") is a topic of the talks, not where they were held; a
traveller's own return ("before returning to Paris") is another rule."""

from datetime import date

from graph.model import city_of

from extracted import events_of


def _meeting_cities(text: str, lang: str) -> list[str | None]:
    events = events_of(text, lang, date(2026, 11, 5))
    return [getattr(city_of(e.location), "name", None) for e in events if e.type in ("Meeting", "Talks")]


def test_french_return_of_displaced_is_a_topic() -> None:
    text = ("Mardi, le ministre soudanais des Affaires étrangères, Abdelrahman El-Tayeb, a rencontré le ministre "
            "tchadien Mahamat Saleh Abakar pour discuter du retour volontaire des déplacés vers Khartoum.")
    assert "Khartoum" not in _meeting_cities(text, "fr")


def test_english_return_of_refugees_is_a_topic() -> None:
    text = ("On Tuesday, Foreign Minister Omar Haddad met Turkish Foreign Minister Ayse Demir to discuss the "
            "return of Syrian refugees to Aleppo.")
    assert "Aleppo" not in _meeting_cities(text, "en")


def test_place_of_the_talks_stays() -> None:
    text = ("On Tuesday, Foreign Minister Omar Haddad met Turkish Foreign Minister Ayse Demir in Ankara to "
            "discuss the return of Syrian refugees to Aleppo.")
    assert _meeting_cities(text, "en") == ["Ankara"]
