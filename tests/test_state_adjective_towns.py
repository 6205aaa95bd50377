"""A small town named after a locative and the adjective of its own state ("im französischen Évian", "in Syrian
Aleppo") is read as that town; the adjective of another state does not make a word a town."""

from graph.extract import places


def _names(text: str, lang: str) -> list[str]:
    return [c.name for _, c in places.find_cities(text, lang)]


def test_town_after_its_state_adjective() -> None:
    assert _names("Sie waren sich am Rande des Gipfels im französischen Évian begegnet.", "de") == ["Évian-les-Bains"]
    assert _names("Das Forum tagt wieder im schweizerischen Davos.", "de") == ["Davos"]


def test_adjective_of_another_state_reads_no_town() -> None:
    assert _names("Sie waren sich am Rande des Gipfels im italienischen Évian begegnet.", "de") == []
    assert _names("Der Gipfel im französischen Stil war kurz.", "de") == []
