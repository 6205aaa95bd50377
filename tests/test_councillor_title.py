"""A councillor ("Councillor X", the Australian and New Zealand "Cr X") is a local official with a role."""

from datetime import date

from extracted import extraction_of


def _roles(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extraction_of(text, "en", date(2026, 11, 12)).people}


def test_abbreviated_councillor() -> None:
    roles = _roles("Mayor Tom Baxter moved the motion. Cr Anita Rao, who voted against, wanted the money spent on roads.")
    assert roles.get("Anita Rao") == "Councillor"
    assert roles.get("Tom Baxter") == "Mayor"


def test_city_councillor() -> None:
    assert _roles("City Councillor Jane Doherty welcomed the delegation to the town hall.").get("Jane Doherty") == "Councillor"


def test_lower_case_cr_is_no_title() -> None:
    roles = _roles("The cr Anita Rao case was dismissed.")
    assert roles.get("Anita Rao") != "Councillor"
