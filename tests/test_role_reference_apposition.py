"""A title used alone means the person it is set off after by commas, not the one named next; nor one named with a
title of his own after a word of meeting ("EAM held a meeting with Foreign Minister X": the EAM is not X)."""

from datetime import date

from extracted import people_of


PUBLISHED = date(2026, 9, 24)


def test_apposed_permanent_representatives():
    people = people_of(
        "NEW YORK — The Memorandum was signed by Ambassador Mauro Teixeira Costa, Permanent Representative of Brazil "
        "to the United Nations, and Ambassador Thandeka Mokoena-Sithole, Permanent Representative of South Africa "
        "to the United Nations.",
        "en",
        PUBLISHED,
    )
    assert people["Mauro Teixeira Costa"].country == "BR"
    assert people["Thandeka Mokoena-Sithole"].country == "ZA"


def test_no_apposition_when_a_clause_follows():
    from graph.extract.titlepools import _APPOSED_CLOSE

    text = "After meeting A, the minister said"
    assert _APPOSED_CLOSE.match(text, text.index(" said")) is None
    assert _APPOSED_CLOSE.match("X, our envoy in Tokyo, joined", len("X, our envoy in Tokyo")) is not None


def test_abbreviated_title_is_not_the_one_met():
    people = people_of(
        "NEW DELHI — Foreign Secretary Vikram Nair will visit Dhaka, where he is expected to call on Foreign Minister "
        "Tanvir Ahmed Khan. External Affairs Minister Meera Sethuraman was in Kathmandu on Tuesday for the BIMSTEC "
        "retreat hosted by Nepal. On the margins, EAM held a bilateral meeting with Foreign Minister Khan.",
        "en",
        PUBLISHED,
    )
    assert "EAM" not in people["Tanvir Ahmed Khan"].titles
    assert "EAM" in people["Meera Sethuraman"].titles


def test_gulf_honorifics_in_russian():
    people = people_of(
        "Председательствовал на заседании министр иностранных дел Саудовской Аравии принц Халид бен Саад Аль Сауд. "
        "Курбатов провёл беседу с премьер-министром, министром иностранных дел Катара шейхом Абдуллой бин Хамадом "
        "Аль Тани.",
        "ru",
        PUBLISHED,
    )
    states = {p.country for p in people.values() if p.role == "Minister of Foreign Affairs"}
    assert states == {"SA", "QA"}


def test_shared_state_reads_language_conjunctions():
    from graph.extract.sharedstate import _join

    assert _join("en").fullmatch(", and the ")
    assert _join("de").fullmatch(" und der ")
    assert _join("es").fullmatch(", y el ")
    assert _join("fr").fullmatch(" et l'")
    assert _join("ru").fullmatch(" и ")
    assert not _join("en").fullmatch(" met ")


def test_head_of_government_with_portfolio_after_comma():
    people = people_of(
        "DOHA — The conference, which Qatar's Prime Minister and Minister of Foreign Affairs, Sheikh Hamad bin Nasser "
        "Al Thani, opened on Saturday, was attended by Amina Diallo-Koné, the African Union Commission's special "
        "envoy for the Sahel.",
        "en",
        PUBLISHED,
    )
    hamad = next(p for name, p in people.items() if "Hamad" in name)
    assert any("Prime Minister" in t for t in hamad.titles)
    assert people["Amina Diallo-Koné"].country != "QA"
