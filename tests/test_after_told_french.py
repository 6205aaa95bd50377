""""À l'issue de l'entretien" names the talks already reported, not an earlier act that a later background
meeting would join."""

from datetime import date

from extracted import events_of


_TEXT = (
    "Paris, 3 juillet 2026\n\n"
    "M. Paul Girard, ministre de l'Europe et des affaires étrangères, s'est entretenu hier au Quai d'Orsay avec "
    "M. Ravi Sharma, ministre des affaires extérieures de l'Inde.\n\n"
    "Les deux ministres ont passé en revue le partenariat stratégique.\n\n"
    "Ils ont également évoqué la situation en Ukraine.\n\n"
    "À l'issue de l'entretien, M. Girard et M. Sharma ont signé une déclaration d'intention.\n\n"
    "MM. Girard et Sharma s'étaient rencontrés pour la dernière fois en février à Munich."
)


def test_after_the_talks_is_not_the_munich_meeting() -> None:
    events = events_of(_TEXT, "fr", date(2026, 7, 3))
    munich = [e for e in events if e.background and e.type in ("Meeting", "Talks")]
    assert len(munich) == 1
    assert len(munich[0].evidence) == 1
