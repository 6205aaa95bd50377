"""More of what the account implies about merged events (run after :mod:`graph.extract.settle`).

- A summons without a place of its own happens at the foreign ministry of the summoning state, in its capital or
  seat of government (The Hague, not Amsterdam) ("convocó al embajador cubano": in Lima when Peru summons); one at a named ministry of a state is in that
  state's capital ("МИД Японии вызвал российского посла": in Tokyo, whatever the dateline).
- An expulsion is done by declaring it: without a date of its own it takes the date its announcement gives
  in one of its sentences (a headline, the lead) or the next ("..., wie das Auswärtige Amt am Freitag mitteilte",
  "the ministry said on Friday", "a annoncé mercredi soir la ministre").
- An act dated coarsely to an explicitly earlier time ("her visit last week", "le mois dernier") is background
  to a main event of that month dated to the day ("spoke today").
- An act told in a sentence opening with "Earlier," ("Previamente,", "Zuvor,") or "on the same day" happened on
  the day of the act reported just before it, when the text gives it no date of its own.
- An act "on the sidelines of the summit" ("en marge du sommet") happened where and when the summit the
  account reported before it did.
- "Les dirigeants sont convenus de se retrouver en 2026": a meeting the leaders of a summit agree on is their
  next summit, and so is "the next session" planned in the account of a summit.
- A signing that names no signatory ("12 documents were signed", "they will sign a road map") was done by the
  parties of the act of the same status (held or planned) reported before it, there and then.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph.extract import dates, lexicon, places
from graph.extract.assemble import Context, Draft
from graph.extract.events import compiled, opens_with_past
from graph.extract.pastsummons import past_summons_cities
from graph.extract.sidelines import sidelines_cue
from graph.model import Country, DateValue, Venue

__all__ = ["summons_capitals", "announced_expulsions", "coarse_past", "earlier_same_day", "summit_sidelines", "next_summits",
           "unsigned_signings"]

#: How far (characters) from an announcing verb the date of the announcement may stand.
_ANNOUNCE_REACH = 40

#: Roles of the envoys a state summons; their state is the other side.
ENVOYS = frozenset({"Ambassador", "Chargé d'affaires", "Consul", "Envoy", "High Commissioner"})


def summons_capitals(drafts: list[Draft]) -> None:
    """A summons the text places nowhere is in the city the summoning state governs from (its capital or seat): the state the summoned
    envoy is accredited to, else the one state of the event that is not the envoy's. One placed only in a
    state of its own other than the envoy's ("einbestellt ... in Deutschland") is in that state's capital."""
    for draft in drafts:
        if draft.type != "Summons" or draft.status != "Occurred":
            continue
        envoys = [p for p in draft.attendees if p.role in ENVOYS]
        if _foreign_ministry_elsewhere(draft.location):
            draft.location = replace(draft.location, city=places.government_city(draft.location.owner))
            continue
        if isinstance(draft.location, Country):
            code = draft.location.code
            if all(e.country != code for e in envoys):
                draft.location = places.government_city(code) or draft.location
            continue
        if draft.location is not None or len(envoys) != 1:
            continue
        envoy = envoys[0]
        host = envoy.accredited_to
        if host is None:
            others = draft.countries - {envoy.country}
            host = next(iter(others)) if len(others) == 1 and envoy.country else None
        capital = places.government_city(host) if host else None
        if capital is not None:
            draft.location = capital
    past_summons_cities(drafts)  # "He was last summoned in January": where this one was


def _foreign_ministry_elsewhere(place: object) -> bool:
    """Whether ``place`` is a state's ministry placed outside that state (the dateline's city given to "МИД
    Японии" in a report from Moscow) while the state's capital is known."""
    if not isinstance(place, Venue) or place.kind != "ministry" or not place.owner:
        return False
    if place.city is not None and place.city.country == place.owner:
        return False
    return places.government_city(place.owner) is not None


def announced_expulsions(ctx: Context, drafts: list[Draft]) -> None:
    """An undated expulsion takes the date of the announcement that reports it, in its own sentence or in the
    next one when that sentence reports no other act ("Sie müssen das Land verlassen, wie das Amt am Freitag
    mitteilte")."""
    pattern = lexicon.cue("events", ctx.lang, "cues", "announcing")
    if pattern is None:
        return
    for draft in drafts:
        if draft.type != "Expulsion" or draft.status != "Occurred" or draft.background or draft.date or draft.date_text:
            continue
        told = {m.sentence for d in drafts if d is not draft and d.group != "statement" for m in d.mentions}
        for index in _announcing_sentences(draft, told, len(ctx.sentences)):
            found = _announcement_date(ctx, pattern, index)
            if found is not None:
                draft.date, draft.date_text = found, found.text
                break


def _announcing_sentences(draft: Draft, told: set[int], count: int) -> list[int]:
    """The sentences that may announce an expulsion: each of its own (a headline and the lead) and the one after
    each, unless another act than a statement (the announcement itself: "a annoncé la ministre") is told there."""
    out: list[int] = []
    for index in sorted(draft.sentences):
        for candidate in (index, index + 1):
            if candidate < count and candidate not in out and (candidate == index or candidate not in told):
                out.append(candidate)
    return out


def _announcement_date(ctx: Context, pattern: re.Pattern[str], index: int) -> DateValue | None:
    """The day an announcing verb of sentence ``index`` gives ("am Freitag mitteilte", "said on Friday")."""
    span = ctx.sentences[index]
    verbs = [(m.start(), m.end()) for m in pattern.finditer(ctx.text, span.start, span.end)]
    if not verbs:
        return None
    found: list[tuple[int, DateValue]] = []
    for mention in dates.find_dates(ctx.text, ctx.lang, within=((span.start, span.end),)):
        if not dates.dates_act(mention):
            continue  # "Er muss das Land bis Freitag verlassen": the deadline, not the announcement's day
        gap = min((0 if a <= mention.span.start < b else a - mention.span.end if mention.span.end <= a else mention.span.start - b)
                  for a, b in verbs)  # fmt: skip  # "teilte das Amt am Freitag mit"
        value = dates.resolve(mention, ctx.reference) if -_ANNOUNCE_REACH <= gap <= _ANNOUNCE_REACH and mention is not ctx.dateline else None
        if value and len(value) == 10:
            found.append((abs(gap), DateValue(value, mention.text, mention.span)))
    return min(found, key=lambda f: f[0])[1] if found else None  # the day said nearest the announcing verb


def coarse_past(ctx: Context, drafts: list[Draft], main: Draft | None) -> None:
    """An event the text dates to an earlier week or month ("last week"), resolved only to the month of a main
    event dated to the day, happened before it: background, as one dated to an earlier day would be."""
    if main is None or main.status != "Occurred" or main.background or main.date is None or main.date.precision != "day":
        return
    spans = {(d.span.start, d.span.end): d for d in ctx.dates}
    for draft in drafts:
        value = draft.date
        if draft is main or draft.background or draft.status != "Occurred" or value is None or value.span is None:
            continue
        if value.precision == "day" or not main.date.value.startswith(value.value):
            continue
        mention = spans.get((value.span.start, value.span.end))
        if mention is not None and _earlier(mention):
            draft.background = True


def _earlier(mention: dates.DateMention) -> bool:
    """Whether a date expression points explicitly back from the publication ("last week", "le mois dernier")."""
    steps = (mention.relative_weeks, mention.relative_months, mention.relative_years)
    return any(step is not None and step < 0 for step in steps) or (mention.direction < 0 and mention.day is None)


def earlier_same_day(ctx: Context, drafts: list[Draft]) -> None:
    """"Previamente, X fue recibido por Y", "Earlier, X met Y", "В тот же день состоялась встреча": an undated act
    told as earlier than the one just reported, or as on the same day, happened on that act's day (the latest
    act dated to the day reported before its sentence)."""
    triggers = compiled(ctx.lang)
    pattern = lexicon.cue("events", ctx.lang, "cues", "same_day")
    for draft in drafts:
        if draft.date is not None or draft.date_text or draft.background or draft.status != "Occurred" or not draft.mentions:
            continue
        first = min(draft.sentences)
        span = ctx.sentences[first]
        same_day = pattern is not None and pattern.search(ctx.text, span.start, span.end) is not None
        if not same_day and not opens_with_past(triggers, ctx.low or ctx.text.lower(), span):
            continue
        before = [d for d in drafts if d is not draft and d.date is not None and d.date.precision == "day"
                  and not d.background and d.status == "Occurred" and min(d.sentences) < first]  # fmt: skip
        if before:
            latest = max(before, key=lambda d: max(i for i in d.sentences if i < first))
            draft.date, draft.date_text = latest.date, latest.date_text


def summit_sidelines(ctx: Context, drafts: list[Draft]) -> None:
    """"En marge du sommet, X s'est entretenue avec Y": an act told on the sidelines of a summit, without a date
    or place of its own, took place at the summit reported before it."""
    pattern = sidelines_cue(ctx.lang)
    if pattern is None:
        return
    low = ctx.low or ctx.text.lower()
    for draft in drafts:
        if draft.group in ("summit", "statement", "visit") or draft.status != "Occurred" or draft.background:
            continue
        if draft.date is not None and draft.location is not None or not draft.mentions:
            continue
        summit = _sidelines_of(ctx, drafts, draft, pattern, low)
        if summit is None:
            continue
        if draft.date is None and not draft.date_text:
            draft.date, draft.date_text = summit.date, summit.date_text
        if draft.location is None and draft.type != "PhoneCall":
            draft.location = summit.location


#: At most this many characters between an act and the summit whose sidelines follow it.
_SIDELINES_GAP = 80


def _sidelines_of(ctx: Context, drafts: list[Draft], draft: Draft, pattern: re.Pattern[str], low: str) -> Draft | None:
    """The summit on whose sidelines ``draft`` is told: the last one reported up to a sentence opening with
    the cue, else one the cue links the act to right after it ("the ministers' meeting on the margins of the
    Leaders Meeting in Honiara")."""
    framed = [m for m in draft.mentions if pattern.search(low, ctx.sentences[m.sentence].start, m.start)]
    if framed:
        summits = [d for d in drafts if d.group == "summit" and d.status == "Occurred" and not d.background
                   and min(d.sentences) <= framed[0].sentence]  # fmt: skip
        return summits[-1] if summits else None
    told = {d.date.span.start for d in drafts if d.background and d.date is not None and d.date.span is not None}
    for m in draft.mentions:
        if _opening_frame(ctx, m.sentence, pattern, low, told):
            summits = [d for d in drafts if d.group == "summit" and d.status == "Occurred" and not d.background
                       and min(d.sentences) < m.sentence]  # fmt: skip
            return summits[-1] if summits else None
    for m in draft.mentions:
        for d in drafts:
            if d.group != "summit" or d.status != "Occurred":
                continue
            after = [s for s in d.mentions if s.sentence == m.sentence and s.start > m.end]
            gap = low[m.end : after[0].start] if after else ""
            if len(gap) < _SIDELINES_GAP and "," not in gap and ";" not in gap and pattern.search(gap):
                return d
    return None


#: How many sentences a sentence opening with the cue frames ("En marge du sommet, il a eu plusieurs entretiens").
_FRAME_REACH = 4


def _opening_frame(ctx: Context, sentence: int, pattern: re.Pattern[str], low: str, told: set[int]) -> bool:
    """Whether a sentence shortly before ``sentence`` opens with the cue and frames the acts told after it, with no
    date told in between but those of earlier acts (offsets ``told``): "En marge du sommet, le Chef de l'État a eu
    plusieurs entretiens. Il s'est d'abord entretenu avec ... Il a ensuite reçu ..."."""
    for i in range(sentence - 1, max(-1, sentence - 1 - _FRAME_REACH), -1):
        after = ctx.sentences[i + 1]
        if any(d.span.start not in told and d is not ctx.dateline for d in ctx.dates_by.get(after.start, [])):
            return False
        span = ctx.sentences[i]
        head = low[span.start : span.end].lstrip(" \n\t\"«“'")
        found = pattern.match(head)
        if found is not None:
            return True
    return False


def next_summits(ctx: Context, drafts: list[Draft]) -> None:
    """"The leaders agreed to meet again in 2026 in Kinshasa": a planned meeting whose subject is the leaders,
    in the account of a summit of three or more states, is the next summit of the same parties; so is "the next
    session" ("следующее заседание совета") planned in such an account. A meeting of "the foreign ministers"
    told there is one of the summit's states (:func:`_summit_officials`)."""
    leaders = lexicon.cue("events", ctx.lang, "cues", "leaders")
    summits = [d for d in drafts if d.group == "summit" and d.status == "Occurred" and not d.background and len(d.countries) >= 3]
    if not summits:
        return
    _summit_officials(ctx, drafts, summits[-1])
    for draft in drafts:
        if draft.status != "Planned" or not draft.mentions:
            continue
        first = draft.mentions[0]
        if draft.group == "summit":
            if not _next_session(ctx, first.start):
                continue
        elif draft.group != "meet" or not first.agreed or leaders is None:
            continue
        elif leaders.search(ctx.text, ctx.sentences[first.sentence].start, first.start) is None:
            continue
        summit = summits[-1]
        if draft.group == "meet":
            draft.attendees = [p for p in summit.attendees if p.organization is None] or list(summit.attendees)
        draft.type = summit.type
        draft.countries = set(summit.countries)


def _summit_officials(ctx: Context, drafts: list[Draft], summit: Draft) -> None:
    """"Bereits im Mai hatten sich die Außenminister der acht Staaten in Tallinn getroffen": a meeting that names
    no one but officials in the plural ("the foreign ministers"), in the account of a summit, is one of the
    summit's states."""
    plural = lexicon.cue("events", ctx.lang, "cues", "plural_officials")
    if plural is None:
        return
    for draft in drafts:
        if draft.group != "meet" or draft.attendees or draft.speaker or len(draft.countries) > 1 or not draft.mentions:
            continue
        first = draft.mentions[0]
        if plural.search(ctx.text, ctx.sentences[first.sentence].start, first.end) is not None:
            draft.countries = set(summit.countries) | {p.country for p in summit.attendees if p.country}


def _next_session(ctx: Context, start: int) -> bool:
    """Whether the word just before ``start`` calls the gathering the next one ("the next summit")."""
    pattern = lexicon.cue("events", ctx.lang, "cues", "next")
    words = ctx.text[max(0, start - 30) : start].split()
    return pattern is not None and bool(words) and pattern.fullmatch(words[-1]) is not None


def unsigned_signings(drafts: list[Draft]) -> None:
    """"По итогам саммита подписан пакет документов", "12 agreements were signed": a signing that names no
    signatory was done by the parties of the main act reported before it, where and when that act took place."""
    for draft in drafts:
        if draft.group != "ceremony" or draft.attendees or draft.speaker or not draft.mentions:
            continue
        if draft.status not in ("Occurred", "Planned") or draft.background or draft.mentions[0].entry.kind != "signing":
            continue
        first = min(draft.sentences)
        acts = [d for d in drafts if d.group in ("meet", "summit", "visit") and d.status == draft.status
                and not d.background and len(d.countries) >= 2 and min(d.sentences) <= first]  # fmt: skip
        if not acts or not draft.countries <= acts[-1].countries:  # "a Franco-Cambodian road map": the act's states
            continue
        act = acts[-1]
        draft.countries = set(act.countries)
        if draft.date is None and not draft.date_text:
            draft.date, draft.date_text = act.date, act.date_text
        if draft.location is None:
            draft.location = act.location
