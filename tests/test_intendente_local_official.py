"""Spanish "intendente" (the head of a town or department in Uruguay, Argentina, Paraguay) is a local official:
of the state of the town where he receives a guest."""

from datetime import date

from extracted import people_of


def test_intendente_of_the_town_visited() -> None:
    text = ("Por la tarde, el presidente portugués viajará a Paysandú, donde lo recibirá el intendente Nicolás "
            "Olivera y visitará el puerto.")
    people = people_of(text, "es", date(2026, 11, 18))
    assert people["Nicolás Olivera"].role == "Mayor"
    assert people["Nicolás Olivera"].country == "UY"
