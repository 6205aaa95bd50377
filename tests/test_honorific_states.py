"""An honorific only one state's officials carry gives an official without a state that state."""

from datetime import date

from graph.extract import extract
from graph.model import Article


def _people(text: str, lang: str = "en") -> dict:
    ex = extract(Article(key="t", text=text, language=lang, published=date(2026, 6, 11)))
    return {p.name: p for p in ex.people}


def test_shri_is_indian():
    people = _people("Foreign Secretary Shri Vikram Nair will visit Dhaka on 15 June for consultations.")
    assert people["Vikram Nair"].country == "IN"


def test_datuk_is_malaysian():
    people = _people("Foreign Minister Datuk Seri Ahmad Karim met his counterpart on Monday.")
    assert people["Ahmad Karim"].country == "MY"


def test_stated_state_wins():
    people = _people("Indonesian Foreign Minister Datuk Ahmad Karim spoke on Monday.")
    assert people["Ahmad Karim"].country == "ID"
