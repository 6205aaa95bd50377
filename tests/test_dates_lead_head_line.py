"""A place line under the title ("Kopenhagen.", "COPENHAGUE.") is no lead: the sentence after it is, and its one
day dates the act the next sentence tells (graph/extract/_datelead.py)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import date_of, events_of


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Nordische Außenminister uneins über Fischereiabkommen\n\nKopenhagen. Die Außenminister der nordischen "
               "Staaten haben sich am Montag in Kopenhagen nicht auf ein gemeinsames Fischereiabkommen einigen können. "
               "Der isländische Außenminister Einar Jónsson verweigerte auf der Konferenz erneut seine Zustimmung."),
        ("en", "Nordic ministers fail to agree fisheries deal\n\nCOPENHAGEN. Nordic foreign ministers failed on Monday "
               "to agree on a joint fisheries deal. Icelandic Foreign Minister Einar Jonsson again withheld his consent "
               "at the conference."),
        ("es", "Los cancilleres nórdicos no logran un acuerdo pesquero\n\nCOPENHAGUE. Los cancilleres de los países "
               "nórdicos no lograron el lunes un acuerdo pesquero común. El canciller islandés, Einar Jónsson, volvió a "
               "negar su apoyo en la conferencia."),
    ],
)
def test_the_lead_after_a_place_line_dates_the_next_sentences_act(lang: str, text: str) -> None:
    assert date_of(events_of(text, lang, date(2026, 11, 17)), "Conference") == "2026-11-16"
