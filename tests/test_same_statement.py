"""A statement noun after "the same" ("В том же заявлении", "in the same statement") is the statement told just
before, not a new one dated by what it says ("в марте")."""

from datetime import date

from graph.extract import extract
from graph.model import Article

_TEXT = (
    "Москва, 2 февраля. Официальный представитель МИД России Елена Рудакова заявила в воскресенье, что Москва "
    "оставляет за собой право на ответные шаги.\n\n"
    "В том же заявлении Рудакова опровергла сообщения о том, что в марте в Киркенесе может состояться встреча "
    "министров."
)


def test_same_statement_is_one() -> None:
    events = extract(Article(key="t", text=_TEXT, language="ru", published=date(2026, 2, 2))).events
    assert len([e for e in events if e.type == "Statement"]) == 1
