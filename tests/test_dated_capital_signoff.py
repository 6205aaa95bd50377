"""A release signed with a one-line dateline from its capital ("Buenos Aires, 8 de julio de 2026") is that
state's: its officials named without a state are its own, "el Presidente de la Nación" its head of state; an
embassy's release signed from its host's capital is not the host's."""

from __future__ import annotations

from datetime import date

from graph.extract.issuingstate import _closing_capital

from extracted import people_of


PUBLISHED = date(2026, 7, 8)


def test_one_line_dateline_gives_the_capital_state() -> None:
    assert _closing_capital("Texto del comunicado.\n\nBuenos Aires, 8 de julio de 2026\n") == "AR"
    assert _closing_capital("Texte.\n\nParis, le 3 mars 2026\n") == "FR"


def test_two_line_signoff_still_read() -> None:
    assert _closing_capital("Text of the release.\n\nNew Delhi\nMarch 17, 2026\n") == "IN"


def test_embassy_release_from_host_capital_is_not_the_host() -> None:
    text = ("La Embajada del Perú en la República del Ecuador comunica lo siguiente:\n\nTexto.\n\n"
            "Quito, 17 de julio de 2025\n")
    assert _closing_capital(text) is None


def test_president_of_the_nation_is_the_issuing_state_es() -> None:
    text = ("Información para la Prensa N° 318/26\n\nEl Presidente de la Nación, Martín Echeverría Lanús, participó "
            "hoy en Florianópolis, Brasil, de la Cumbre del MERCOSUR. Echeverría Lanús mantuvo un encuentro con el "
            "Presidente de la República Federativa del Brasil, Henrique Albuquerque Prado. El Canciller Federico "
            "Aramburu Sáenz participó en la reunión del Consejo.\n\nBuenos Aires, 8 de julio de 2026\n")
    found = people_of(text, "es", PUBLISHED)
    assert found["Martín Echeverría Lanús"].country == "AR"
    assert found["Federico Aramburu Sáenz"].country == "AR"
    assert found["Henrique Albuquerque Prado"].country == "BR"
