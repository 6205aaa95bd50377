"""Give event mentions their participants, place, date and duration, then merge them into events.

Within a sentence each person, place, date and duration goes to the trigger nearest to it (a person
between two triggers takes part in both); a statement's speaker takes part in nothing else. Mentions of
one group ("Treffen", "Gespräche", "trafen sich") merge into one event unless something sets them apart:
a background cue ("vorherige", "nach einem Treffen"), an indefinite article, another date, another
city, or other people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from graph.extract._dateheading import agenda_days
from graph.extract._dateclosing import closing_statements, opening_days
from graph.extract._datereport import joined_clause, report_day
from graph.extract._dateshare import share_dates
from graph.extract._datelead import lead_day
from graph.extract._datenext import next_sentence_days
from graph.extract._dateassign import assign_dates
from graph.extract.antecedents import earlier_people, plural_subjects
from graph.extract.attributions import share_speaker
from graph.extract.clauses import relative_subjects
from graph.extract.cues import cue_after, cue_before, in_since_phrase, said_after
from graph.extract.events import GROUPS, EventMention, compiled
from graph.extract.guestceremonies import act_ceremonies, honoured_guests
from graph.extract.guests import join_summons, join_travellers
from graph.extract.hosting import host_objects, host_states, subject_after
from graph.extract.hostsubjects import subject_only_hosts
from graph.extract.relativevisitors import relative_visitors
from graph.extract.talkremarks import said_on_record
from graph.extract.implicitsubjects import argument_follows, inherit_subjects
from graph.extract.invitations import inviting_hosts
from graph.extract.jointacts import joint_parties
from graph.extract.cosubjects import joined_subjects
from graph.extract.text import lower, sentence_of
from graph.extract.parties import during_trips, possessed_visits, trip_purpose, unnamed_parties, visitors
from graph.extract.speakers import assign_speakers
from graph.extract.states import assign_countries, nearest as _nearest
from graph.extract.stops import split_stops
from graph.extract.tripframes import framed_trip_dates, framed_trip_meetings
from graph.extract.toldduring import told_during
from graph.extract.wheretravellers import where_travellers
from graph.extract.audiences import public_audience
from graph.extract.placing import assign_places, visits_to_people
from graph.extract.thereplaces import there
from graph.extract.turns import Turns, find_turns, speech_persons
from graph.extract.units import Intervals
from graph.model import City, DateValue, Person, Span

__all__ = ["Context", "assign", "Draft", "join_participants"]

#: Between a person and a trigger of another clause: a semicolon or a dash.
_HARD_BREAK = re.compile(r";|\s[–—]\s")
#: How many words the opening phrase of a sentence that frames its clause may have ("Ahead of the trilateral meeting,").
_FRAME_WORDS = 6
_CLAUSE_END = re.compile(r"[,.;:!?]")
#: Acts whose place is their own: it is never lent to another trigger of the sentence.
_OWN_PLACE = frozenset({"summons", "expulsion"})
#: At most this many characters between a meeting verb and the call noun that tells how it was held.
_CALL_NOUN_GAP = 30
#: Roles that report on events rather than take part in them.
REPORTERS = frozenset({"Spokesperson", "Deputy Spokesperson", "Principal Deputy Spokesperson", "Press Secretary"})


@dataclass(slots=True)
class Context:
    """Everything found in an article that events draw on (spans sorted)."""

    text: str
    lang: str
    published: date | None
    sentences: list[Span]
    people: object  # graph.extract.people.People
    countries: list  # (Span, CountryMention)
    cities: list  # (Span, City)
    venues: list  # (Span, Venue)
    dates: list  # DateMention
    durations: list  # (Span, "PT6H")
    reference: date | None = None  # publication date, else the dateline's date
    countries_by: dict = field(default_factory=dict)  # sentence index -> items of that sentence
    cities_by: dict = field(default_factory=dict)
    venues_by: dict = field(default_factory=dict)
    dates_by: dict = field(default_factory=dict)
    titled: Intervals = field(default_factory=lambda: Intervals(()))  # people's names and title phrases
    durations_by: dict = field(default_factory=dict)
    duration_spans: Intervals = field(default_factory=lambda: Intervals(()))
    names: Intervals = field(default_factory=lambda: Intervals(()))  # people's names
    subject: Person | None = None  # first participant of the previous sentence's events
    closings: list = field(default_factory=list)  # (sentence, closing day, people) of acts dated by their first day
    dateline: object = None  # the DateMention of a dateline, never an event's own date
    head_place: int = -1  # offset of a dateline city ("Berlin (dpa) -"), never an event's place ...
    head_end: int = -1  # ... nor anything else of the dateline ("Seoul (Südkorea), 17.10.2024 –")
    head_country: str | None = None  # the state whose capital a wire dateline names ("MOSCOW, July 8 (TASS) -")
    in_names: set = field(default_factory=set)  # offsets of country words inside names ("Luís Montenegro")
    low: str = ""  # the text lower-cased, same offsets (cues are matched on it)
    cue_hits: dict = field(default_factory=dict)  # (cue, sentence index) -> (starts, ends) of the cue's matches
    windows: dict = field(default_factory=dict)  # (offset, n) -> the n words before offset, lower case
    last_placed: EventMention | None = None  # the latest event with a place so far ("there")
    turns: Turns = field(default_factory=Turns)  # speaker turns of a transcript


@dataclass(slots=True)
class Draft:
    """An event being assembled from its mentions."""

    type: str
    mentions: list[EventMention] = field(default_factory=list)
    status: str = "Occurred"
    attendees: list[Person] = field(default_factory=list)
    speaker: Person | None = None
    countries: set[str] = field(default_factory=set)
    location: object = None
    date: DateValue | None = None
    date_text: str | None = None
    duration: str | None = None
    background: bool = False
    round: bool = False
    follows: Draft | None = None

    @property
    def group(self) -> str:
        return GROUPS[self.type]

    @property
    def people(self) -> set[int]:
        """The ids of everyone taking part: the attendees and the speaker."""
        return set(map(id, self.attendees)) | ({id(self.speaker)} if self.speaker is not None else set())

    @property
    def unnamed(self) -> bool:
        """Whether an official the text does not name takes part ("to meet the Turkish president")."""
        return any(m.unnamed for m in self.mentions)

    @property
    def sentences(self) -> set[int]:
        return {m.sentence for m in self.mentions}


def _by_sentence(items: list, ctx: Context, key) -> dict[int, list]:
    out: dict[int, list] = {}
    for item in items:
        out.setdefault(sentence_of(ctx.sentences, key(item)), []).append(item)
    return out


def _people_items(ctx: Context) -> dict[int, list[tuple[int, int, Person]]]:
    items = [(m.start, m.end, m.person) for m in ctx.people.mentions if m.person is not None]
    items += [(r.start, r.end, r.person) for r in ctx.people.refs if r.person is not None]
    items += [(r.start, r.end, p) for r in ctx.people.refs for p in r.persons or ()]
    return _by_sentence(sorted(items, key=lambda i: i[0]), ctx, lambda i: i[0])


def _assign_people(ctx: Context, mentions: list[EventMention], items: list[tuple[int, int, Person]]) -> None:
    """Each person takes part in the nearest trigger on each side (a statement's speaker in nothing else)."""
    speakers = assign_speakers(ctx, mentions, items)
    share_speaker(mentions)  # "sagte X nach dem Treffen mit Y vor Journalisten": X's, not Y's
    others = [m for m in mentions if m.type != "Statement"]
    pair_subject = _pair_subject(ctx, others, items)
    for start, end, person in items:
        if id(person) in speakers or not others or person.role in REPORTERS:
            continue
        inside = [m for m in others if m.start <= start and end <= m.end]
        if inside:  # "reist Hollmann weiter nach": named inside the trigger phrase
            if person not in inside[0].persons:
                inside[0].persons.append(person)
            continue
        left = [m for m in others if m.end <= start]
        right = [m for m in others if m.start >= end]
        if right and argument_follows(ctx, right[0], "between") and not (pair_subject and right[0] is others[0]):
            right = []  # "backed talks between A and B": the parties follow, whoever stands before is none
        elif left and right and argument_follows(ctx, right[0]) and not _opening_frame(ctx, left[-1], start):
            right = []  # "spoke with Maas ... following the call with Xi" (but "Ahead of the meeting, X held talks
            # with Y": X is the subject of the clause the opening phrase frames)
        elif left and right and subject_after(ctx, left[-1], start, end, right[0]):
            left = []  # "The summit came a day after X held talks in Muscat": X is the later clause's subject
        targets = left[-1:] + right[:1] if len(others) > 1 or not right else others
        if len(targets) > 1:  # "X telefoniert mit Y – Besuch aus China abgesagt": not across a dash or semicolon
            targets = [m for m in targets if not _HARD_BREAK.search(ctx.text, min(m.end, end), max(m.start, start))] or targets
        for m in targets:
            if person not in m.persons:
                m.persons.append(person)
    relative_subjects(ctx, others, items)
    inherit_subjects(ctx, others, items)


def _pair_subject(ctx: Context, others: list[EventMention], items: list[tuple[int, int, Person]]) -> bool:
    """Whether two people named before the sentence's first act, a noun followed by "between" two states (no
    person), hold it: "hatten Staatssekretärin X und Vizeminister Y in Bern die fünfte Runde der Konsultationen
    zwischen der Schweiz und Kolumbien geführt" (not "X welcomed talks between A and B": one person)."""
    first = others[0] if others else None
    if first is None or not argument_follows(ctx, first, "between"):
        return False
    span = ctx.sentences[first.sentence]
    before = [p for start, _, p in items if start < first.start]
    after = [start for start, _, _ in items if first.end <= start]
    clause = _CLAUSE_END.search(ctx.text, first.end, span.end)
    return len(before) >= 2 and not any(start < (clause.start() if clause else span.end) for start in after)


def _opening_frame(ctx: Context, m: EventMention, start: int) -> bool:
    """Whether noun ``m`` closes the opening phrase of its sentence and the name at ``start`` follows right after
    its comma ("Ahead of the trilateral meeting, Majali held ...")."""
    if m.entry.pos != "noun" or ctx.text[m.end : start].strip() != ",":
        return False
    opening = ctx.text[ctx.sentences[m.sentence].start : m.start]
    return "," not in opening and len(opening.split()) <= _FRAME_WORDS


def _speech(ctx: Context, group: list[EventMention], span: Span, mentions: list[EventMention]) -> None:
    """Inside a speaker's turn, "my trip" is the speaker's, "your visit" the addressee's, "our talks" both's."""
    turns = ctx.turns
    speaker = turns.speaker_at(span.start)
    if speaker is not None and turns.fallback is None:  # a lone speaker addresses whom the report had him meet
        met = [m for m in mentions if m.sentence < group[0].sentence and speaker in m.persons and len(m.persons) == 2]
        turns.fallback = next((p for p in met[0].persons if p is not speaker), None) if met else None
    limit = span.start
    for m in group:
        found = speech_persons(ctx.text, ctx.lang, turns, m.start, m.end, limit, m.entry.pos == "verb")
        limit = m.end
        if not found or m.type == "Statement":
            continue
        if GROUPS[m.type] == "visit":
            m.persons = found[:1]  # the traveller is the one whose trip it is
        elif len(found) > 1 and not cue_after(ctx, "argument", m.end, span):
            m.persons = found  # "we will begin our talks": the two of them, not whoever else the sentence names
        else:
            m.persons = found + [p for p in m.persons if p not in found]


def _counterpart_cities(ctx: Context, mentions: list[EventMention], span: Span) -> None:
    """"talks with Paris", "Gespräche mit Washington": a city right after "with" stands for its government (a
    party of the act), it is not where the act took place."""
    for m in mentions:
        if isinstance(m.location, City) and m.location_at > m.end and cue_before(ctx, "argument", m.location_at, span, 1):
            m.location, m.location_at = None, -1


def _propagate(ctx: Context, mentions: list[EventMention]) -> None:
    """A verb ("met", "traf") takes the date and place said after it for another trigger of its sentence."""
    for m in mentions:
        if m.entry.pos != "verb" or m.type in ("Statement", "PhoneCall"):
            continue
        for other in mentions:
            if other is m or other.earlier:
                continue  # "rencontre depuis celle qu'ils ont tenue en juillet": July is the earlier act's
            if m.date is None and not m.date_text and other.date is not None and other.date.span and other.date.span.start > m.end \
                    and not report_day(ctx, other) and not joined_clause(ctx.text, m.end, other.date.span.start, ctx.lang):
                # not "..., y el domingo seguirá viaje" nor the day of a report ("..., a annoncé vendredi le ministère")
                m.date, m.date_text = other.date, other.date_text
            own = {GROUPS[m.type], GROUPS[other.type]} & _OWN_PLACE  # a summons names where the envoy went
            lends = not own and (other.location_at > m.end or GROUPS[other.type] == "visit")
            if m.location is None and other.location is not None and lends:
                m.location, m.location_at = other.location, other.location_at
        if m.inherit is not None and m.date is None and not m.date_text:
            m.date, m.date_text = m.inherit.date, m.inherit.date_text


def _assign_durations(ctx: Context, mentions: list[EventMention], index: int) -> None:
    for dspan, value in ctx.durations_by.get(index, []):
        if in_since_phrase(ctx, dspan.start, ctx.sentences[index], mentions, "since_strict"):
            continue  # "une première depuis près de trois ans"
        before = [m for m in mentions if m.end <= dspan.start]
        target = before[-1] if before else _nearest(mentions, dspan.start, dspan.end)
        if target is not None:
            target.duration = value


def assign(ctx: Context, mentions: list[EventMention]) -> None:
    """Give every mention its people, countries, place, date and duration (sentence by sentence)."""
    ctx.low = ctx.low or lower(ctx.text)
    ctx.countries_by = _by_sentence(ctx.countries, ctx, lambda i: i[0].start)
    ctx.cities_by = _by_sentence(ctx.cities, ctx, lambda i: i[0].start)
    ctx.venues_by = _by_sentence(ctx.venues, ctx, lambda i: i[0].start)
    ctx.durations_by = _by_sentence(ctx.durations, ctx, lambda i: i[0].start)
    ctx.duration_spans = Intervals((s.start, s.end) for s, _ in ctx.durations)
    ctx.dates_by = {ctx.sentences[i].start: items for i, items in _by_sentence(ctx.dates, ctx, lambda d: d.span.start).items()}
    people = _people_items(ctx)
    named = [m for m in ctx.people.mentions if m.person is not None]
    ctx.names = Intervals((m.start, m.end) for m in named)
    ctx.in_names = {s.start for s, _ in ctx.countries if ctx.names.covers(s.start)}
    titled = [(m.start, m.end) for m in named]
    titled += [(m.title.phrase_start, m.title.phrase_end) for m in named if m.title is not None]
    titled += [(r.hit.phrase_start, r.hit.phrase_end) for r in ctx.people.refs]
    ctx.titled = Intervals(titled)
    ctx.turns = find_turns(ctx.text, ctx.people)
    day: list[EventMention] = []  # the latest act dated to the day, for "later that day"
    for index, group in _by_sentence(mentions, ctx, lambda m: m.start).items():
        span = ctx.sentences[index]
        named = earlier_people(people, index) if ctx.subject is None else []  # no act told a subject yet
        ctx.subject = named[0] if named else ctx.subject
        _assign_people(ctx, group, people.get(index, []))
        plural_subjects(ctx, group, named)  # "X and Y praised ... They met on Monday"
        if not named:
            _pair_pronoun(ctx, group, people, index)  # "Les deux ministres ... En fin de journée, ils se sont entretenus"
        framed_trip_meetings(ctx, group)  # "bei einem Besuch in X getroffen": the people meet
        visitors(ctx, group, people.get(index, []))
        relative_visitors(ctx, group, people.get(index, []))  # "la visita que la presidenta X realizará"
        where_travellers(ctx, group)  # "fuhren X und Y nach N, wo sie Gespräche führten": the talks of X and Y
        possessed_visits(ctx, group, people.get(index, []))
        inviting_hosts(ctx.text, ctx.lang, span, group, people.get(index, []))  # "at the invitation of X": X hosts
        for m in group:
            m.reference = said_after(ctx, group, m, span) or told_during(ctx, mentions, m, span)
            m.same = m.type == "Statement" and cue_before(ctx, "same_act", m.start, span, 3)  # "in the same statement"
            m.dropped = m.dropped or public_audience(ctx, m, span)
            m.on_record = said_on_record(ctx, m, span)
        if ctx.turns.starts and span.end > ctx.turns.starts[0]:
            _speech(ctx, group, span, mentions)
        host_objects(ctx, group, people.get(index, []))
        subject_only_hosts(group, people.get(index, []))  # "The two ministers welcomed the outcomes of ..."
        assign_countries(ctx, group, span, ctx.countries_by.get(index, []))
        host_states(group)
        unnamed_parties(ctx, group, index)
        joined_subjects(ctx, group, index)  # "Der Bundeskanzler und Präsident X hatten ... telefoniert"
        assign_places(ctx, group, span, index)
        _counterpart_cities(ctx, group, span)
        visits_to_people(group, people.get(index, []))
        assign_dates(ctx, group, span)
        _assign_durations(ctx, group, index)
        opening_days(ctx, group, index, ctx.durations_by.get(index, []))
        trip_purpose(ctx, group)
        during_trips(ctx, group)
        framed_trip_dates(ctx, group)
        _propagate(ctx, group)
        _same_day(ctx, group, span, day)
        there(ctx, group, span)
    closing_statements(ctx, mentions)
    agenda_days(ctx, mentions)
    share_dates(ctx, mentions)
    next_sentence_days(mentions, ctx.lang)
    lead_day(ctx, mentions)
    mentions[:] = split_stops(ctx, [m for m in mentions if not m.dropped and (not m.entry.situated or _situated(m))])


def _situated(m: EventMention) -> bool:
    """"Стороны договорились продолжить диалог в сентябре в Нью-Йорке": an agreed act with a date or place said in or after it."""
    dated = m.date is not None and m.date.span is not None and m.date.span.start > m.start
    return dated or m.location is not None and m.location_at > m.start


def _same_day(ctx: Context, group: list[EventMention], span: Span, day: list[EventMention]) -> None:
    """"Noch am selben Tag traf sie X", "later that day": an undated act of a sentence saying so happened on
    the day of the latest act dated to the day before it (kept in ``day``), not on another day it may merge with."""
    pattern = compiled(ctx.lang).fast.get("same_day")
    if day and pattern is not None and pattern.search(ctx.low, span.start, span.end):
        for m in group:
            if m.date is None and not m.date_text and not m.background and m.status == day[0].status:
                m.date, m.date_text = day[0].date, day[0].date_text
    dated = [m for m in group if m.date is not None and m.date.precision == "day" and not m.background and m.status == "Occurred"]
    if dated:
        day[:] = dated[-1:]


def _pair_pronoun(ctx: Context, group: list[EventMention], people: dict, index: int) -> None:
    """A call verb, or a meeting verb right before a call noun, that names nobody, told with a plural pronoun once
    a subject was told: the two persons the sentence before names (two only: of three or more, which ones is
    unknown). Not "They welcomed the signing": a meeting verb alone may take a thing for its object."""
    calls = [n.start for n in group if n.type == "PhoneCall" and n.entry.pos == "noun"]
    bare = [m for m in group if not m.persons and m.entry.pos == "verb" and (GROUPS[m.type] == "call" or GROUPS[m.type] == "meet"
            and any(0 <= start - m.end <= _CALL_NOUN_GAP for start in calls))]  # fmt: skip
    if bare:
        pair = earlier_people(people, index)
        if len(pair) == 2:
            plural_subjects(ctx, bare, pair)


def join_participants(ctx: Context, drafts: list[Draft], mentions: list[EventMention]) -> None:
    """"Some ministers were present at the event: A, B": people of a participation sentence without a trigger
    join the latest event reported before it; a trip's traveller joins the meetings told with the host only."""
    join_travellers(drafts)
    pattern = compiled(ctx.lang).fast.get("participation")
    if pattern is not None:
        _join_present(ctx, drafts, mentions, pattern)
    joint_parties(drafts)  # "Los tres ministros ... Al término de la reunión emitieron una declaración conjunta"
    act_ceremonies(ctx, drafts)  # "По итогам переговоров в присутствии глав государств подписан ряд документов"
    honoured_guests(ctx, drafts)  # "gab Beridse ein Essen zu Ehren des Gastes": the visitor's too


def _join_present(ctx: Context, drafts: list[Draft], mentions: list[EventMention], pattern: re.Pattern[str]) -> None:
    """The people of a participation sentence without a trigger join the latest event reported before it."""
    ctx.low = ctx.low or lower(ctx.text)
    with_trigger = {m.sentence for m in mentions}
    people = _people_items(ctx)
    for index, items in people.items():
        span = ctx.sentences[index]
        if index in with_trigger:
            continue
        if not pattern.search(ctx.low, span.start, span.end):
            join_summons(ctx, drafts, index, items, REPORTERS)
            continue
        before = [d for d in drafts if d.type != "Statement" and min(d.sentences) < index]
        if not before:
            continue
        target = max(before, key=lambda d: max(s for s in d.sentences if s < index))
        for _, _, person in items:
            if person not in target.attendees and person.role not in REPORTERS:
                target.attendees.append(person)
