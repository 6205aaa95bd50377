"""French spa towns "X-les-Bains" go by their first word ("Évian", "Evian", "Thonon"): the gazetteer indexes that
short form (where GeoNames lists it) for the town, never for another."""

from graph.extract import places

EVIAN = 3019280


def _cities(text: str, lang: str) -> list[tuple[str, int]]:
    return [(text[s.start : s.end], c.geonames_id) for s, c in places.find_cities(text, lang)]


def test_short_spa_names_are_the_town() -> None:
    assert _cities("Die Staats- und Regierungschefs treffen sich im Juni in Évian.", "de") == [("Évian", EVIAN)]
    assert _cities("Leaders will gather in Evian in June.", "en") == [("Evian", EVIAN)]
    assert _cities("Le sommet se tiendra à Évian-les-Bains.", "fr") == [("Évian-les-Bains", EVIAN)]


def test_short_form_needs_the_spa_suffix() -> None:
    from graph.extract.gazetteer import _short_forms

    assert _short_forms("Évian-les-Bains") == frozenset({"Évian", "Evian"})
    assert _short_forms("Vitry-sur-Seine") == frozenset()
