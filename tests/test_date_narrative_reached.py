"""The day an account has reached (_datenarrative): a meeting of the subject with another counterpart is no meeting
told again, so it takes the day told before it ("reçu mardi par le président X ... Arrivé lundi soir, ... s'est
ensuite rendu au Sérail, où il s'est entretenu avec le Premier ministre Y"); and an act of the subject told after
the last day named but dated to an earlier one moves the account to that day ("avant-hier à Madagascar, puis
hier à Maurice. À Antananarivo, ... reçue par X. ... s'est ensuite entretenue avec Y")."""

from __future__ import annotations

from datetime import date

from extracted import events_of


def _dates(events: list, name: str) -> list[str | None]:
    return [e.date.value if e.date else None for e in events if any(p.name == name for p in e.attendees)]


def test_a_meeting_with_another_counterpart_takes_the_day_told() -> None:
    text = ("L'envoyé spécial du président français pour le Liban, Henri Vasseur-Delorme, a été reçu mardi au palais de "
            "Baabda par le président de la République, Fouad Karam. Il était accompagné de l'ambassadrice de France au "
            "Liban, Claire Montbrun.\n\nArrivé lundi soir à Beyrouth pour une visite de deux jours, le diplomate français "
            "s'est ensuite rendu au Grand Sérail, où il s'est entretenu pendant plus d'une heure avec le Premier "
            "ministre, Samir Azzam.")
    assert _dates(events_of(text, "fr", date(2026, 9, 17)), "Samir Azzam") == ["2026-09-15"]


def test_the_day_of_the_act_the_account_has_reached() -> None:
    text = ("Paris, le 26 février 2026\n\nClaire Vautrin, ministre déléguée chargée de la Francophonie, s'est rendue "
            "avant-hier à Madagascar, puis hier à Maurice.\n\nÀ Antananarivo, la ministre a été reçue par le président de "
            "la République de Madagascar, M. Herizo Andrianarivelo. Ils ont évoqué la situation économique du pays. Mme "
            "Vautrin s'est ensuite entretenue avec son homologue malgache, M. Tojo Razafindrabe, ministre des Affaires "
            "étrangères.")
    events = events_of(text, "fr", date(2026, 2, 26))
    assert _dates(events, "Herizo Andrianarivelo") == ["2026-02-24"]
    assert set(_dates(events, "Tojo Razafindrabe")) == {"2026-02-24"}
