"""A meeting of officials none of whose states is known does not make them all hosts of its place.

"The ministers recalled the meeting between Prime Minister A and President B in Lisbon": one of the two was
Portugal's guest, and the place cannot tell which, so neither is given Portugal's state by the place alone
(:func:`graph.extract.hosts.locate_hosts`).
"""

from __future__ import annotations

from datetime import date

import pytest

from extracted import extraction_of


TEXTS = {
    "en": ("India's Minister of External Affairs Anil Verma held talks with Portugal's Foreign Minister Rui Sequeira "
           "in New Delhi today. The ministers recalled the productive meeting between Prime Minister Vikram Joshi and "
           "President Marta Cardoso in Lisbon in March."),
    "de": ("Indiens Außenminister Anil Verma hat am Donnerstag in Neu-Delhi seinen portugiesischen Amtskollegen Rui "
           "Sequeira empfangen. Die Minister erinnerten an das Treffen zwischen Premierminister Vikram Joshi und "
           "Präsidentin Marta Cardoso in Lissabon im März."),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_guest_met_abroad_is_not_given_the_host_state(lang: str) -> None:
    found = extraction_of(TEXTS[lang], lang, date(2026, 4, 23))
    states = {p.name: p.country for p in found.people}
    assert states["Anil Verma"] == "IN" and states["Rui Sequeira"] == "PT"
    assert states["Vikram Joshi"] != "PT"
