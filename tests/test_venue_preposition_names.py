"""Capitalised words right after a venue preposition ("at Sushma Swaraj Bhawan", "im Haus Huth") name a place, nobody;
a name after the place ("в Иркутске Олег X") and a possessive ("at Xi's invitation") are still people's."""

from datetime import date

from extracted import extraction_of


def _names(text: str, lang: str = "en") -> set[str]:
    found = extraction_of(text, lang, date(2026, 6, 11))
    return {p.name for p in found.people}


def test_venue_after_at_is_nobody() -> None:
    text = ("Earlier in the day, the minister opened the G20 Development Ministers' Meeting at Sushma Swaraj "
            "Bhawan, which was attended by ministers of member countries.")
    assert not any("Swaraj" in name or "Bhawan" in name for name in _names(text))


def test_name_after_a_place_after_the_preposition() -> None:
    text = "Во встрече приняли участие представитель МИД России в Иркутске Олег Некрасов и другие гости."
    assert any(name.endswith("Nekrasov") for name in _names(text, "ru"))
