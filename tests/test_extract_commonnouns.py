"""German common nouns after a title ("die beiden Minister eine Absichtserklärung") are nobody."""

from __future__ import annotations

from datetime import date

from extracted import extraction_of


def _people(text: str) -> set[str]:
    return {p.name for p in extraction_of(text, "de", date(2026, 3, 3)).people}


def test_noun_after_an_article_following_a_title_is_no_person() -> None:
    text = ("Der norwegische Außenminister Erik Solvang empfing am Montag seine Amtskollegin Ana Pires. "
            "Danach unterzeichneten die beiden Minister eine Vereinbarung über Fischerei.")
    assert "Vereinbarung" not in _people(text)
    assert {"Erik Solvang", "Ana Pires"} <= _people(text)


def test_abstract_noun_after_a_title_is_no_person() -> None:
    text = "Im Anschluss unterzeichneten die Minister Absichtserklärungen zur Zusammenarbeit in der Forschung."
    assert not any(name.startswith("Absicht") for name in _people(text))


def test_short_surname_with_a_noun_ending_stays_a_person() -> None:
    assert "Jung" in " ".join(_people("Bundesminister Jung traf am Montag in Berlin den Botschafter Chiles."))
