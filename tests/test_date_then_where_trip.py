"""A trip told with an "afterwards" word and dated by the "where" clause after it ("s'est ensuite rendu à X, où il
a été reçu jeudi") starts on that clause's day, not on the day of the act told before."""

from extracted import events_of, of_type

TEXT = ("Compte rendu du déplacement de M. Paul Verdier au Chili et en Argentine (9-11 juin 2026)\n\n"
        "Paris, le 12 juin 2026\n\n"
        "M. Paul Verdier, ministre délégué chargé du Commerce extérieur, s'est rendu au Chili et en Argentine du 9 au "
        "11 juin 2026.\n\n"
        "À Santiago, le ministre délégué a été reçu mardi par le ministre des Relations extérieures du Chili, M. Tomás "
        "Errázuriz.\n\n"
        "Dans la matinée du mercredi 10 juin, M. Verdier a signé avec la ministre chilienne des Mines, Mme Carla Soto, "
        "une déclaration d'intention sur le lithium.\n\n"
        "Le ministre délégué s'est ensuite rendu à Buenos Aires, où il a été reçu jeudi par le ministre argentin des "
        "Affaires étrangères, M. Diego Ferrari.\n")


def test_onward_trip_takes_the_day_of_its_where_clause():
    events = events_of(TEXT, "fr", "2026-06-12")
    assert [e.date.value for e in of_type(events, "Visit")] == ["2026-06-09", "2026-06-11"]
    assert [e.date.value for e in of_type(events, "Ceremony")] == ["2026-06-10"]
