"""A capital that names the government acting, not the place of the act ("Minsk expelled", "Москва выслала").

Helper of :mod:`graph.extract.placing`. In a language that puts the rest of the verb last ("verb_bracket" in
``grammar.json``), a capital inside a clause right before the verb that ends it is the verb's object, not its
subject ("hatte 2019 als erster Bundespräsident Ulan Bator besucht": the city visited), also when a conjunction
opens the next clause ("hatte ... Berlin besucht und dort ... vereinbart").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from graph.extract import lexicon, places
from graph.extract.cues import cue_before
from graph.extract.events import EventMention
from graph.model import City, Span

if TYPE_CHECKING:
    from graph.extract.assemble import Context

__all__ = ["acting_capital"]

#: What ends a clause right after its last verb ("besucht.", "besucht, ...").
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")


#: A word of direction right before a capital: the capital is whither someone goes ("travel on to Mogadishu to meet").
_WHITHER = re.compile(r"(?:^|\s)(?:to|into|onto|towards?|nach|vers|hacia)\s+$", re.IGNORECASE)
#: Between a capital acting for its government and its verb: "Minsk expelled", "Moscow has expelled", "Paris a".
_SUBJECT_GAP = re.compile(r"[ \t]+(?:[^\W\d_]{1,6}[ \t]+)?")


def acting_capital(ctx: Context, span: Span, cspan: Span, place: object, target: EventMention) -> bool:
    """Whether a capital stands as the subject of the verb trigger right after it, with no locative word
    before it: it names the government acting ("Minsk expelled", "Москва выслала"), not where."""
    if not isinstance(place, City) or target.entry.pos != "verb" or target.start < cspan.end:
        return False
    if any(len(w) > 3 and w[:1].islower() for w in ctx.text[cspan.start : cspan.end].split()):
        return False  # "die burkinische Hauptstadt besucht": a capital phrase is an object, not the government
    if not places.governs_from(place):  # a capital, or a seat of government ("La Haye a expulsé")
        return False
    if not _SUBJECT_GAP.fullmatch(ctx.text, cspan.end, target.start):
        return False
    if _WHITHER.search(ctx.text, max(span.start, cspan.start - 12), cspan.start):
        return False  # "travel on to Mogadishu to meet ...": the destination, not the government acting
    if lexicon.grammar(ctx.lang, "verb_bracket") and _clause_ends(ctx.lang, ctx.text, target.end):
        if ctx.text[span.start : cspan.start].rstrip()[-1:] not in ("", ",", ";", ":"):
            return False  # "hatte ... Ulan Bator besucht.": the object before the clause's last verb, not its subject
    return not cue_before(ctx, "locative", cspan.start, span, 2) and not cue_before(ctx, "origin", cspan.start, span, 1)


def _clause_ends(lang: str, text: str, end: int) -> bool:
    """Whether the clause ends right after its last verb: punctuation, or a conjunction opening the next clause
    ("hatte ... Berlin besucht und dort ... vereinbart"; ``coordinated`` of ``not_venue`` in ``venues.json``)."""
    if _CLAUSE_END.match(text, end):
        return True
    joined = _coordinated(lang)
    return joined is not None and joined.match(text, end) is not None


@lru_cache(maxsize=None)
def _coordinated(lang: str) -> re.Pattern[str] | None:
    phrase = lexicon.load("venues", lang).get("not_venue", {}).get("coordinated")
    return re.compile(phrase, re.IGNORECASE) if phrase else None
