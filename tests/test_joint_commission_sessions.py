"""A joint commission to be convened is a planned session (Talks, as "la session de la commission mixte"): "sont convenus de réunir la semaine prochaine à
Freetown la commission mixte", "la prochaine commission mixte se tiendrait à Paris au mois de juin" (a
future told in the conditional of reported speech)."""

from datetime import date

from extracted import events_of


def test_agreed_to_convene_the_joint_commission() -> None:
    text = ("Conakry (AFP) - Le ministre guinéen des Affaires étrangères, Mohamed Lamine Soumah, s'est entretenu jeudi "
            "au téléphone avec son homologue sierra-léonaise, Fatmata Bangura-Conteh.\n\n"
            "Les deux ministres sont convenus de réunir la semaine prochaine à Freetown la commission mixte de "
            "sécurité frontalière.")
    planned = [e for e in events_of(text, 'fr', date(2026, 9, 18)) if e.status == "Planned"]
    assert len(planned) == 1 and planned[0].type == "Talks"  # as a session of a joint commission
    assert planned[0].location is not None and "Freetown" in str(planned[0].location)


def test_next_joint_commission_in_reported_speech_is_planned() -> None:
    text = ("Paris, le 26 février 2026\n\n"
            "Claire Vautrin, ministre déléguée, s'est entretenue hier à Antananarivo avec son homologue malgache, "
            "M. Tojo Razafindrabe.\n\n"
            "La ministre a indiqué que la prochaine commission mixte franco-malgache se tiendrait à Paris au mois de juin.")
    planned = [e for e in events_of(text, 'fr', date(2026, 2, 26)) if e.status == "Planned"]
    assert len(planned) == 1 and planned[0].date is not None and planned[0].date.value == "2026-06"
