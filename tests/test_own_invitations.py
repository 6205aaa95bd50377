""""X conveyed the greetings of President Y and his invitation to pay an official visit to Z": Y invites; he is
no traveller of the visit his invitation tells (a president visiting his own country)."""

from datetime import date

from graph.extract import extract
from graph.model import Article

_TEXT = (
    "Foreign Minister of Kazakhstan Mr. Arman Zhakupov paid an official visit to Japan on 4-5 March. "
    "On Tuesday, Minister Zhakupov was received by Prime Minister of Japan Mr. Kenta Ishida. He conveyed the "
    "greetings of President of Kazakhstan Mr. Nurlan Abenov and his invitation to pay an official visit to "
    "Kazakhstan."
)


def test_inviter_is_no_traveller() -> None:
    events = extract(Article(key="t", text=_TEXT, language="en", published=date(2026, 3, 6))).events
    for e in events:
        if e.type in ("Visit", "StateVisit"):
            assert "Nurlan Abenov" not in [p.name for p in e.attendees]
