"""A day counted forward far from the day it counts from, and an undated act of a trip after a later day's act."""

from datetime import date

from graph.extract import dates, extract
from graph.model import Article

_ACCOUNT = (
    "On Sunday, the minister co-chaired the strategic dialogue in Riyadh with his counterpart. Sunday's talks "
    "reviewed trade and energy. The two ministers also exchanged views on regional issues.\n\n"
    "At the end of the dialogue, the ministers signed a memorandum.\n\n"
    "On the following day, the minister called on the Crown Prince."
)


def test_following_day_counts_from_the_last_day_told_paragraphs_before():
    found = dates.find_dates(_ACCOUNT, "en")
    following = next(m for m in found if m.text == "On the following day")
    assert following.anchor is not None and following.anchor.text.startswith("Sunday")
    assert dates.resolve(following, date(2026, 5, 12)) == "2026-05-11"


_VISIT = (
    "Perus Präsident zum Staatsbesuch in Berlin\n\n"
    "Mit militärischen Ehren hat Bundespräsident Matthias Albrecht den peruanischen Präsidenten Luis Quispe "
    "Huamán am Donnerstagvormittag vor Schloss Bellevue empfangen. Quispe Huamán war am Mittwochabend zu einem "
    "dreitägigen Staatsbesuch in Berlin eingetroffen.\n\n"
    "Nach einem Gespräch mit dem Bundespräsidenten traf der Gast im Kanzleramt mit Bundeskanzler Stefan "
    "Hofmeister zusammen."
)


def test_act_after_a_later_days_act_of_the_trip_takes_that_day():
    article = Article(key="t", text=_VISIT, language="de", published=date(2026, 6, 12))
    events = extract(article).events
    chancellor = [e for e in events if any(p.name == "Stefan Hofmeister" for p in e.attendees)]
    assert chancellor and all(e.date is not None and e.date.value == "2026-06-11" for e in chancellor), [(e.type, e.date) for e in events]
