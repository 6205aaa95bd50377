"""People whose names carry a patronymic and a family name, honorifics before them, and conjoined portfolios."""

from __future__ import annotations

from extracted import extraction_of


PUBLISHED = "2026-03-12"


def test_an_honorific_before_a_patronymic_name_keeps_the_whole_name() -> None:
    x = extraction_of("On Monday, Sheikh Karim bin Zayed Al Falasi met Moussa Diarra in Doha.", "en", PUBLISHED)
    assert "Karim bin Zayed Al Falasi" in {p.name for p in x.people}


def test_a_name_without_its_family_name_is_the_same_person() -> None:
    x = extraction_of("Karim bin Saeed receives Malian minister\n\nDOHA, 12th March -- His Highness Sheikh Karim bin "
                            "Saeed Al Mansoori, Minister of State, today received Moussa Diarra. Sheikh Karim welcomed the "
                            "minister.", "en", PUBLISHED)  # fmt: skip
    names = [p.name for p in x.people]
    assert names.count("Karim bin Saeed Al Mansoori") == 1
    assert not {"Karim bin Saeed", "Karim"} & set(names)


def test_conjoined_portfolios_are_no_person() -> None:
    x = extraction_of("Sheikh Karim Al Falasi received Moussa Diarra, Minister of Regional Integration and Foreign Affairs "
                            "of the Republic of Mali, in Doha on Monday.", "en", PUBLISHED)  # fmt: skip
    assert "Integration" not in {p.name for p in x.people}
    assert next(p for p in x.people if p.name == "Moussa Diarra").country == "ML"


def test_german_dative_honorifics_are_no_part_of_the_name() -> None:
    x = extraction_of("Riga, 12. März. Präsident Jānis Ozols empfing heute den Botschafter der Republik Chile, Seiner "
                            "Exzellenz Herrn Pablo Rivas.", "de", PUBLISHED)  # fmt: skip
    assert "Pablo Rivas" in {p.name for p in x.people}
