"""An official whose name opens with a capitalised surname ("Mr. SAITO Ken") serves the state of the other
officials so written ("Mr. MORI Haruto, Prime Minister of Japan"); guests written in their own order do not."""

from datetime import date

from extracted import extraction_of


def _states(text: str) -> dict[str, str | None]:
    return {p.name: p.country for p in extraction_of(text, "en", date(2026, 3, 3)).people}


def test_deputy_secretary_written_like_the_prime_minister() -> None:
    text = ("Japan-Thailand Summit Meeting\n\n"
            "On March 3, Mr. OGAWA Daiki, Prime Minister of Japan, held a meeting with H.E. Mr. Somchai Wongsakul, "
            "Prime Minister of the Kingdom of Thailand. Present were Mr. HONDA Ren, Deputy Chief Cabinet Secretary, "
            "and others.")
    states = _states(text)
    assert states["OGAWA Daiki"] == "JP"
    assert states["HONDA Ren"] == "JP"
    assert states["Somchai Wongsakul"] == "TH"


def test_no_state_without_a_styled_official_of_known_state() -> None:
    text = "Present were Mr. HONDA Ren, Deputy Chief Cabinet Secretary, and Mr. ONO Sota, Special Adviser."
    states = _states(text)
    assert states.get("HONDA Ren") is None
