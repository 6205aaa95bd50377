"""Titles an appointment gives a name with no comma, the predecessor it names, and names after a royal style."""

from __future__ import annotations


from graph.model import Extraction

from extracted import extraction_of


PUBLISHED = "2026-07-14"


def _people(x: Extraction) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.country, p.role) for p in x.people}


def test_a_name_appointed_to_a_post_holds_its_title() -> None:
    x = extraction_of("Der Bundesrat hat am Mittwoch Lea Gmür zur neuen Botschafterin der Schweiz in Kenia ernannt.", "de", PUBLISHED)
    assert _people(x)["Lea Gmür"] == ("CH", "Ambassador")


def test_a_french_appointment_without_a_comma_and_its_predecessor() -> None:
    x = extraction_of("Par ailleurs, le Président de la République a nommé Monsieur Cheikh Tidiane Faye Ambassadeur "
                            "extraordinaire et plénipotentiaire du Sénégal auprès du Royaume du Maroc, en remplacement de "
                            "Monsieur Babacar Ndour, appelé à d'autres fonctions.", "fr", PUBLISHED)  # fmt: skip
    people = _people(x)
    assert people["Cheikh Tidiane Faye"] == ("SN", "Ambassador")
    assert people["Babacar Ndour"][0] == "SN"


def test_zum_after_a_title_starts_no_name() -> None:
    x = extraction_of("Außenminister Kellermann empfängt saudischen Amtskollegen zum Strategischen Dialog\n\n"
                            "Außenminister Matthias Kellermann hat gestern den Außenminister des Königreichs Saudi-Arabien, "
                            "Prinz Turki bin Khalid Al Saud, in Berlin empfangen.", "de", "2026-06-24")  # fmt: skip
    names = {p.name for p in x.people}
    assert not any("Dialog" in n for n in names)
    assert any(n.endswith("Turki bin Khalid Al Saud") for n in names)


def test_a_full_name_after_a_royal_style_is_a_person() -> None:
    x = extraction_of("Am Montag traf Prinz Turki bin Khalid Al Saud den Minister Moussa Diarra in Doha.", "de", PUBLISHED)
    assert "Turki bin Khalid Al Saud" in {p.name for p in x.people}


def test_a_portfolio_ends_before_a_known_given_name() -> None:
    x = extraction_of("Commissioner for International Partnerships Maren Lindqvist is in the Philippines.", "en", PUBLISHED)
    assert "Maren Lindqvist" in {p.name for p in x.people}
