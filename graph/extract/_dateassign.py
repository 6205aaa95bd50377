"""Give each trigger of a sentence the date said nearest to it in its clause.

The general cause handled: a sentence names several acts and several dates; each date goes to the act of its
own clause (not across "said", "where", "since", a relative clause or a closing comma), an earlier act named
in passing keeps its own date ("their meeting in June"), and "today" dates every act that is not background; a wire dateline's day yields to the weekday its lead tells. A trip
named as the frame of the act a date went to shares it (:mod:`graph.extract._dateframe`), and so does an act
of a "where" clause after the dated act's place (:mod:`graph.extract._datewhere`); a plan's date told in an
apposition ("le sommet ..., prévu le 2 octobre") dates its act noun (:mod:`graph.extract._dateplanned`), and a
postponement's new date the act its postponing verb governs (:mod:`graph.extract._datepostpone`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import dates as dates_mod
from graph.extract import lexicon
from graph.extract._datedateline import is_dateline
from graph.extract._dateamount import amount_period
from graph.extract._dateframe import framing_trips
from graph.extract._dateeve import eve_referents, past_eve_noun
from graph.extract._datefirstday import first_days
from graph.extract._datein import in_act, opens_after_clause
from graph.extract._dateordinal import counted_year
from graph.extract._dateperson import about_person, about_person_before, about_thing, arrival_before, told_earlier
from graph.extract._dateplanned import planned_noun
from graph.extract._datepostpone import postponed_act
from graph.extract._datereport import not_reported, quoted, relative_clause_at
from graph.extract._datesince import since_is_false
from graph.extract._datesource import source_after, source_only
from graph.extract._datewhen import in_relative, when_targets
from graph.extract._datewhere import trip_where_days, where_days
from graph.extract._dateyearframe import count_colon
from graph.extract.cues import cue_between, in_since_phrase, reachable
from graph.extract.events import EventMention
from graph.extract.states import nearest as _nearest
from graph.extract.text import sentence_of
from graph.model import DateValue, Span

if TYPE_CHECKING:
    from graph.extract.assemble import Context

__all__ = ["assign_dates"]

#: How far (characters) after an earlier act named in passing its own date may stand ("reunión de junio").
_OWN_DATE_GAP = 6
_CLAUSE_COST = 1000  # added to the distance of a date to the act after the relative clause it stands in
_COMMA_COST = 500  # added to the distance of a date said after a comma that closes its act's clause
#: A date right before a trigger dates it rather than one ending farther (characters) before the date.
_FAR_LEFT = 20
#: What parts a date from the act told right after it: that act is no other one the date may go to.
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[–—]\s")
#: How far (characters) after a date opening the clause after a colon its act may be told.
_COLON_REACH = 160


#: How far (characters) a statement's own speech verb may end before its trigger ("said at a news conference").
_OWN_VERB_GAP = 12
_PLAIN = re.compile(r"[^\W\d]*(?:\s+[^\W\d]+)*\s*")


#: How far (characters) before the comma of a relative clause the act it is about may end.
_ANTECEDENT_REACH = 100
#: "next year's summit": a possessive ending between a date and the trigger it dates.
_POSSESSIVE = re.compile(r"['’]s\s+(?:\w+\s+)?\w")


def _date_targets(ctx: Context, mentions: list[EventMention], span: Span,
                  spare: list[tuple[object, EventMention]] | None = None) -> list[tuple[int, object, EventMention]]:
    """``(distance, date mention, event mention)`` for each date of the sentence that dates a trigger; ``spare``
    gets ``(date mention, act)`` for the act right after a date that went to the act before it (see
    :func:`assign_dates`)."""
    out = []
    spare = [] if spare is None else spare
    for mention in ctx.dates_by.get(span.start, []):
        if mention is ctx.dateline or ctx.duration_spans.overlaps(mention.span.start, mention.span.end) \
                or _dateline_beside_day(ctx, mention, span):
            continue
        told = [m for m in mentions if m.earlier and 0 <= mention.span.start - m.end <= _OWN_DATE_GAP]
        if told:  # "desde su tensa reunión de junio": the earlier act's own date
            out.append((0, mention, told[-1]))
            continue
        if in_since_phrase(ctx, mention.span.start, span, mentions) and not source_only(ctx, mention.span.start, span, mentions) \
                and not (dates_mod.dates_act(mention) and since_is_false(ctx, mention.span.start, span, mentions)):
            continue
        if mention.relative_days == 0 and mention.relative_weeks is None and not mention.anchored:  # "today": all ...
            out += [(10**6, mention, m) for m in mentions if not m.background]  # ... but what happened before
            continue
        inside = [m for m in mentions if m.start <= mention.span.start and mention.span.end <= m.end] \
            or [m for m in mentions if _POSSESSIVE.fullmatch(ctx.text, mention.span.end, m.start + 1)]
        if inside:  # also "next year's summit": a date owning the trigger right after it  # "s'est entretenu mercredi par téléphone": said inside the trigger phrase
            out.append((0, mention, inside[0]))
            continue
        put_off = postponed_act(ctx, mentions, mention, span)
        if put_off is not None:  # "aplazaron la reunión de su Mecanismo de Consultas, prevista para ..., hasta el 5 de noviembre"
            out.append((0, mention, put_off))
            continue
        planned = planned_noun(ctx, mentions, mention, span)
        if planned is not None:  # "le sommet ..., prévu le 2 octobre à Monrovia, a été reporté, a annoncé jeudi"
            out.append((0, mention, planned))
            continue
        candidates = not_reported(ctx, reachable(ctx, mentions, mention.span.start, mention.span.end), mention, span)
        candidates += _spoken_at(ctx, mentions, candidates, mention)
        if mention.anchored and (mention.relative_days or 0) < 0 and not ctx.text[span.start : mention.span.start].strip():
            candidates = past_eve_noun(ctx, candidates, mention)
        candidates = eve_referents(ctx, candidates, mention)  # "On the eve of the talks, on Thursday, X summoned"
        left = [m for m in candidates if m.end <= mention.span.start and mention.span.start - m.end <= 100] \
            or _antecedent(ctx, candidates, mention.span.start, span)[-1:]
        nearest = left[-1] if left else _nearest(candidates, mention.span.start, mention.span.end)
        right = [m for m in candidates if m.start >= mention.span.end and m.start - mention.span.end <= 30]
        if left and right and ("," in ctx.text[left[-1].end : mention.span.start]
                               and "," not in ctx.text[mention.span.end : right[0].start]
                               or in_act(ctx.text, ctx.lang, mention.span.end, right[0].start)
                               or opens_after_clause(ctx.text, ctx.lang, left[-1].end, mention.span.start)):
            nearest = right[0]  # "talks with X, who arrived on Monday on a visit": the clause's own trigger;
            # "the trip was agreed on Tuesday in a phone call": the call's; "después de que el domingo X conversara": the clause's
        elif left and right and not ctx.text[mention.span.end : right[0].start].strip() \
                and mention.span.start - left[-1].end > _FAR_LEFT:
            nearest = right[0]  # "на решение Осло от 28 апреля выслать ...": the act the date stands right before
        opened = _colon_opened(ctx, candidates, left, mention)
        if opened is not None:
            nearest = opened  # "die zweite Einbestellung in diesem Jahr: Am 3. März war er ... zitiert worden"
        if nearest is not None and nearest.start >= mention.span.end and source_after(ctx, mention.span.end, nearest.start):
            told = [m for m in candidates if m.end <= mention.span.start]  # "... held in the Iraqi capital next
            nearest = told[-1] if told else nearest  # month, according to a joint statement": the act before
        if nearest is not None and nearest.end <= mention.span.start and about_person(ctx, nearest.end, mention.span.start) \
                and (any(d is not mention and d is not ctx.dateline for d in ctx.dates_by.get(span.start, []))
                     or nearest.type != "Statement" and told_earlier(ctx, mention.span.start, mention.span.end)):
            continue  # "travels next month for talks with X, who took office this week": the clause's time; so is
            # a pluperfect's ("ein Gespräch mit X, die erst im Februar gewählt worden war"), before the act's (not
            # before a statement's: "une déclaration du ministre X, qui avait estimé mardi": when X said it)
        if nearest is not None and counted_year(ctx, mention, nearest):
            continue  # "The Retreat, the first ministerial meeting under X's Chairmanship this year, was chaired by"
        if nearest is not None and about_person_before(ctx, mention.span.start, mention.span.end, nearest.start) \
                and (any(d is not mention and d is not ctx.dateline for d in ctx.dates_by.get(span.start, []))
                     or not arrival_before(ctx, mention.span.start, nearest.end)):
            continue  # "X, who took office in March, is to pay a courtesy call ... on Friday": the clause's time
        if nearest is not None and nearest.end <= mention.span.start \
                and about_thing(ctx, nearest.end, mention.span.start, mention.span.end):
            continue  # "una reunión en la que revisaron los aranceles que ambos países impusieron a comienzos de año"
        if nearest is not None and nearest.end <= mention.span.start and amount_period(ctx, nearest.end, mention.span.start):
            continue  # "destacaron el crecimiento del comercio, que superó los 4.000 millones de dólares en 2025"
        if nearest is not None and nearest.type == "Statement" and _quoted_period(ctx, mention, nearest, span):
            continue  # "«Фермеры это почувствуют уже весной», — заявил X": when the words say, not when said
        if nearest is not None:  # a date of a "where" clause before the act yields to the act's own ("wo er am Sonntag ..., traf X am Montag")
            cross = _CLAUSE_COST if in_relative(ctx, mention.span, nearest.start, span) else 0
            if nearest.end <= mention.span.start and "," in ctx.text[nearest.end : mention.span.start]:
                cross += _COMMA_COST  # "Im Mai 2023 war er zu Besuch in Berlin, im vergangenen Jahr trat ...": the clause's own date first
            out.append((cross + min(abs(nearest.start - mention.span.end), abs(mention.span.start - nearest.end)), mention, nearest))
            if right and nearest.end <= mention.span.start and not _CLAUSE_BREAK.search(ctx.text, mention.span.end, right[0].start):
                spare.append((mention, right[0]))
    out += when_targets(ctx, mentions, span, {id(m) for _, _, m in out})  # "llegó el martes, cuando X se reunió"
    return sorted(out, key=lambda t: t[0])


def _counted_from(ctx: Context, targets: list[tuple[int, object, EventMention]]) -> list[tuple[int, object, EventMention]]:
    """``targets`` less the day another date of the sentence counts from when both would date the same act and a
    clause join ("and", ``clause_joins`` of ``dates.json``) parts that day from the act ("is due to fly to Quito on
    Thursday and to hold talks with X the following day"): the day told first is the other verb's, the day counted
    from it the act's."""
    counted = {(id(mention.anchor), id(target)) for _, mention, target in targets if getattr(mention, "anchor", None) is not None}
    if not counted:
        return targets
    joins = _clause_joins(ctx.lang)
    return [t for t in targets if (id(t[1]), id(t[2])) not in counted or joins is None
            or t[2].start < t[1].span.end or joins.search(ctx.text, t[1].span.end, t[2].start) is None]


@cache
def _clause_joins(lang: str) -> re.Pattern[str] | None:
    words = (lexicon.load("dates", lang) if lang.isalpha() else {}).get("clause_joins")
    return re.compile(rf"(?<!\w)(?:{words})\s", re.IGNORECASE) if words else None


def _spoken_at(ctx: Context, mentions: list[EventMention], candidates: list[EventMention], mention: object) -> list[EventMention]:
    """The statement told right after its own speech verb that a date before the verb reaches ("On Tuesday
    afternoon, X said at a news conference", "Por la tarde, el canciller X afirmó en conferencia de prensa"): the
    verb is the statement's own, no clause break between the date and it (one "said" cue, ending at most
    :data:`_OWN_VERB_GAP` characters of plain words before the trigger, and no act told in between)."""
    out = []
    for m in mentions:
        if m.type != "Statement" or m in candidates or m.start < mention.span.end or m.dropped:
            continue
        if any(o is not m and mention.span.end <= o.start < m.start for o in mentions):
            continue
        if not cue_between(ctx, "clause", mention.span.end, m.start) or cue_between(ctx, "relative", mention.span.end, m.start):
            continue
        starts, ends = ctx.cue_hits[("clause", sentence_of(ctx.sentences, mention.span.end))]
        hits = [(a, b) for a, b in zip(starts, ends) if mention.span.end <= a and b <= m.start]
        if len(hits) == 1 and m.start - hits[0][1] <= _OWN_VERB_GAP and _PLAIN.fullmatch(ctx.text, hits[0][1], m.start):
            out.append(m)
    return out


def _antecedent(ctx: Context, candidates: list[EventMention], at: int, span: Span) -> list[EventMention]:
    """The act a relative clause telling no act of its own is about, for a date or a dropped host verb standing at
    ``at`` far into it: "the seventeenth session of the Conference of the Parties to the UN Convention to Combat
    Desertification (COP17), which Mongolia will host in Ulaanbaatar in August 2026" (the act named last before
    the clause's comma, within :data:`_ANTECEDENT_REACH` characters)."""
    clause = relative_clause_at(ctx.text, at, span, ctx.lang)
    if clause is None or any(clause[0] <= m.start < clause[1] and not m.dropped for m in candidates):
        return []
    return [m for m in candidates if m.end <= clause[0] and clause[0] - m.end <= _ANTECEDENT_REACH and not m.dropped]


def _colon_opened(ctx: Context, candidates: list[EventMention], left: list[EventMention], mention: object) -> EventMention | None:
    """The act a date opening the clause after a count's colon dates: "the second expulsion this year: in July X
    declared ...", "zweite Einbestellung in diesem Jahr: Am 3. März war er ... zitiert worden". The colon parts
    what the sentence counts (told before it) from the earlier act it then tells: the first act after the date in
    that clause, not the one before the colon (:func:`graph.extract._dateyearframe.count_colon`)."""
    if not left:
        return None
    before = ctx.text[left[-1].end : mention.span.start]
    if not count_colon(ctx.text, ctx.lang, left[-1].end, mention.span.end - 1):
        return None
    if before.rstrip()[-1:] not in (":", "") and ":" not in ctx.text[mention.span.start : mention.span.end]:
        return None  # the date does not open the clause after the colon ("the second: talks on Monday")
    for m in candidates:
        if m.start >= mention.span.end and m.start - mention.span.end <= _COLON_REACH:
            between = ctx.text[mention.span.end : m.start]
            if any(c in between for c in ":;"):
                return None
            _keep_own_people(ctx, left[-1], ctx.text.find(":", left[-1].end))
            return m
    return None


def _keep_own_people(ctx: Context, counted: EventMention, colon: int) -> None:
    """The people named only after a count's colon took part in the earlier act told there, not in the act counted
    before it ("Визит стал вторым за год личным контактом лидеров: в июле X и Y встречались")."""
    span = ctx.sentences[counted.sentence]
    named = [(m.start, id(m.person)) for m in [*ctx.people.mentions, *ctx.people.refs]
             if m.person is not None and span.start <= m.start < span.end]
    before = {person for start, person in named if start < colon}
    after = {person for start, person in named if start > colon}
    counted.persons = [p for p in counted.persons if id(p) in before or id(p) not in after]


def _quoted_period(ctx: Context, mention: object, statement: EventMention, span: Span) -> bool:
    """Whether a month, season or year inside a quotation stands by a statement told outside it."""
    if mention.day is not None or mention.weekday is not None or mention.relative_days is not None:
        return False
    return quoted(ctx.text, span.start, mention.span.start) and not quoted(ctx.text, span.start, statement.start)


def _dateline_beside_day(ctx: Context, mention: object, span: Span) -> bool:
    """"NEW DELHI, Nov 24 (PTI) X held a telephone conversation with Y on Monday": a wire dateline's day is the
    report's; the weekday or "yesterday" its lead tells is the act's."""
    return is_dateline(ctx.text, mention) and any(
        other is not mention and (other.weekday is not None or other.relative_days is not None) and not other.bound
        for other in ctx.dates_by.get(span.start, []))


def assign_dates(ctx: Context, mentions: list[EventMention], span: Span) -> None:
    """The nearest date of a trigger's clause dates it (dates after "said"/"where", "seit ..." do not). A date
    whose nearest act took an earlier date of its own dates the undated act told right after it instead ("acordaron
    este viernes en La Paz celebrar el próximo 20 de febrero en Puno el Encuentro Presidencial")."""
    spare: list[tuple[object, EventMention]] = []
    used: set[int] = set()
    for _, mention, target in _counted_from(ctx, _date_targets(ctx, mentions, span, spare)):
        if target.dropped and target.hosted is not None:
            target = target.hosted  # "In the evening, X hosted a state banquet": the banquet's date
        elif target.dropped:  # "the Conference ..., which Mongolia will host in August 2026": the conference's
            target = next(iter(_antecedent(ctx, mentions, target.start, span)[-1:]), target)
        if _give(ctx, mention, target):
            used.add(id(mention))
    for mention, target in spare:
        if id(mention) not in used and not target.dropped and _give(ctx, mention, target):
            used.add(id(mention))
    where_days(ctx, mentions, span)
    trip_where_days(ctx, mentions, span)
    framing_trips(ctx, mentions)
    first_days(ctx, mentions, span)  # "В первый день министр провёл переговоры": the first day told before


def _give(ctx: Context, mention: object, target: EventMention) -> bool:
    """Date ``target`` with ``mention`` unless it has a date (or what happened would lie after the report)."""
    if target.date is not None or target.date_text:
        return False
    value, status = dates_mod.resolve_for(mention, ctx.reference, target.status, past_tense=target.background)
    if target.earlier:  # "depuis celle qu'ils ont tenue en juillet": what was held is past
        value, status = dates_mod.resolve(mention, ctx.reference), "Occurred"
    if value and ctx.reference and status == "Occurred" and value[:7] > ctx.reference.isoformat()[:7]:
        return False  # what happened cannot be dated after the report ("the first meeting in three years")
    target.status = status
    target.date_text = mention.text
    target.date = DateValue(value, mention.text, mention.span) if value else None
    return True
