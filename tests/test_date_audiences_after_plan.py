"""A day-after account of audiences: an arrival told in a participle clause about the guest ("son homologue, X,
arrivé à Dakar la veille au soir pour une visite") dates the arrival only, not the audience of the lead's
"hier" (fr ``participle_clauses``); a day told for a plan ("X sera reçu ce vendredi") is not the day the account
has reached, and an audience told "ensuite" takes the day of the host's audience before it
(_datenarrative._after_own_act)."""

from __future__ import annotations

from extracted import events_of, of_type

TEXT = ("Niamey, le 20 mai 2026 – Le Ministre des Affaires étrangères, M. Issoufou Garba Moussa, a accordé hier "
        "plusieurs audiences dans ses services.\n\nLe Ministre a d'abord reçu, à 9 heures, son homologue béninois, "
        "M. Léon Houngbo Adjovi, arrivé à Niamey la veille au soir pour une visite de travail. L'entretien a porté "
        "sur la sécurité des frontières.\n\nM. Léon Houngbo Adjovi sera reçu ce mercredi à la Présidence par le "
        "Directeur de cabinet, M. Abdou Sani Mahamadou.\n\nLe Ministre Issoufou Garba Moussa a ensuite reçu "
        "Mme Hélène Marchand-Roy, Ambassadeur du Canada au Niger, venue lui faire ses adieux.")


def test_the_audiences_take_the_leads_yesterday_not_the_arrivals_eve() -> None:
    events = events_of(TEXT, "fr", "2026-05-20")
    days = {tuple(sorted(p.name for p in e.attendees)): e.date.value for e in of_type(events, "Meeting") if e.date}
    assert days[("Issoufou Garba Moussa", "Léon Houngbo Adjovi")] == "2026-05-19"
    assert days[("Hélène Marchand-Roy", "Issoufou Garba Moussa")] == "2026-05-19"
    assert [e.date.value for e in of_type(events, "Visit")] == ["2026-05-18"]
