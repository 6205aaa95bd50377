"""A noun of an act told a few words after its verb tells how that act was held ("s'est entretenu mardi par
visioconférence avec X": one call of both, not two calls of one party each); a minister's "counterpart" is no
ambassador of that state named in the same text."""

from datetime import date

from extracted import events_of


def _calls(text: str, lang: str = "fr") -> list[list[str]]:
    events = events_of(text, lang, date(2026, 3, 6))
    return [sorted(p.name for p in e.attendees) for e in events if e.type == "PhoneCall"]


def test_video_call_noun_after_its_verb_is_the_same_call() -> None:
    text = ("Le ministre de l'Europe et des Affaires étrangères, M. Paul Garnier, s'est entretenu mardi dernier par "
            "visioconférence avec le ministre d'État, ministre des Affaires étrangères, de la Coopération et des "
            "Sénégalais de l'extérieur du Sénégal, M. Ousmane Diallo.")
    assert _calls(text) == [["Ousmane Diallo", "Paul Garnier"]]


def test_a_ministers_counterpart_is_no_ambassador() -> None:
    text = ("Entretien de M. Paul Garnier avec son homologue sénégalais\n\n"
            "Le ministre de l'Europe et des Affaires étrangères, M. Paul Garnier, s'est entretenu mardi dernier par "
            "téléphone avec le ministre d'État, ministre des Affaires étrangères, de la Coopération et des Sénégalais "
            "de l'extérieur du Sénégal, M. Ousmane Diallo.\n\n"
            "Le ministre a par ailleurs salué la nomination de Mme Fatou Ndiaye comme ambassadrice du Sénégal en France.")
    calls = _calls(text)
    assert calls and all("Fatou Ndiaye" not in names for names in calls)
    assert ["Ousmane Diallo", "Paul Garnier"] in calls


def test_meeting_verb_then_day_then_by_phone_is_a_call() -> None:
    text = ("Les présidents Paul Garnier et Jean Mabika se sont entretenus jeudi par téléphone, après plusieurs "
            "semaines de tensions à la frontière, selon la présidence.")
    events = events_of(text, "fr", date(2026, 3, 6))
    assert [e.type for e in events if e.type in ("Meeting", "PhoneCall")] == ["PhoneCall"]
    assert _calls(text) == [["Jean Mabika", "Paul Garnier"]]
