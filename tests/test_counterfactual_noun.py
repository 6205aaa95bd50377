"""A German counterfactual whose auxiliary stands before an act noun and whose modal closes the clause after it
("X hätte dort Gespräche mit seinem Kollegen führen sollen") tells a plan that fell through: the act is
cancelled, not planned."""

from datetime import date

from extracted import events_of, of_type


def test_haette_noun_fuehren_sollen_is_cancelled() -> None:
    text = (
        "Wien (APA) - Ein für kommende Woche geplanter Besuch des georgischen Vize-Außenministers Lewan "
        "Tschikowani in Wien wurde von österreichischer Seite abgesagt. Tschikowani hätte dort politische "
        "Konsultationen mit seinem österreichischen Kollegen führen sollen."
    )
    talks = of_type(events_of(text, "de", date(2026, 1, 16)), "Talks", "Meeting", "Negotiation")
    assert talks and all(t.status == "Cancelled" for t in talks)
