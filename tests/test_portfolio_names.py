"""Portfolio words are no names, and a Spanish cabinet secretary of a portfolio is no US Secretary of State."""

from extracted import extraction_of


def _people(text: str, lang: str) -> dict[str, tuple]:
    return {p.name: (p.role, p.country) for p in extraction_of(text, lang, None).people}


def test_relations_and_cooperation_are_a_portfolio_not_a_name() -> None:
    found = _people("Enquiries: Ms Thandiwe Zulu, Spokesperson of the Department of International Relations and Cooperation", "en")
    assert set(found) == {"Thandiwe Zulu"} and found["Thandiwe Zulu"][0] == "Spokesperson"
    found = _people("The Minister of International Relations and Cooperation, Bongani Sithole, met the envoy in Lusaka.", "en")
    assert set(found) == {"Bongani Sithole"}


def test_cooperacion_closes_a_spanish_portfolio() -> None:
    found = _people("El ministro de Relaciones Exteriores y Cooperación, Tomás Ibáñez, se reunió en Madrid con su homólogo.", "es")
    assert set(found) == {"Tomás Ibáñez"} and found["Tomás Ibáñez"][0] == "Minister of Foreign Affairs"


def test_secretario_of_a_portfolio_is_no_us_secretary_of_state() -> None:
    found = _people("El alcalde recorrió la obra acompañado por el secretario de Movilidad, Ramón Olvera Paz.", "es")
    assert found["Ramón Olvera Paz"] == ("Minister", None)
