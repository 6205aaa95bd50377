"""A meal offered in honour of a guest is a ceremony: "a offert un déjeuner de travail en l'honneur de son
homologue", "ofreció un almuerzo en honor de", "hosted a working lunch"."""

from datetime import date

from extracted import events_of


def test_french_lunch_in_honour_is_a_ceremony() -> None:
    text = (
        "Paris, 4 juin 2026\n\n"
        "M. Paul Girard, ministre de l'Europe et des affaires étrangères, s'est entretenu hier au Quai d'Orsay "
        "avec M. Kofi Mensah, ministre des affaires étrangères du Ghana.\n\n"
        "M. Girard a ensuite offert un déjeuner de travail en l'honneur de son homologue."
    )
    events = events_of(text, "fr", date(2026, 6, 4))
    assert "Ceremony" in [e.type for e in events]


def test_english_hosted_lunch_is_a_ceremony() -> None:
    text = (
        "OTTAWA, June 4 - Canada's Foreign Minister Claire Dubois met her Chilean counterpart, Ricardo Soto, "
        "in Ottawa on Thursday.\n\n"
        "Dubois later hosted a working lunch for the Chilean delegation."
    )
    events = events_of(text, "en", date(2026, 6, 4))
    assert "Ceremony" in [e.type for e in events]
