"""Merge event mentions into events (the main event, background by date and later rounds: mainevent.py).

The main event is the first event of the article that is not background and not a statement. An event
is background when its first mention says so ("vorherige", "nach einem Treffen", "previous") or when
its date lies before the main event's. A mention saying "dritte Runde" makes its event talks that follow
the earlier event of the same group.
"""

from __future__ import annotations

from datetime import date

from graph.extract.assemble import Draft
from graph.extract.events import GROUPS, EventMention
from graph.extract.frames import framed_travellers
from graph.extract.backrefs import ceremony_named_again, visit_named_again
from graph.extract.beforelegs import before_legs
from graph.extract.onward import onward_travellers
from graph.extract.jointacts import joint_parties
from graph.extract.titleacts import fold_headlines
from graph.extract.saidin import said_in_statement
from graph.extract.marginacts import gathering_told, on_margins
from graph.extract.hosts import country_of
from graph.extract.conflicts import SPAN_DAYS, apart, conflict, dates_differ, elsewhere, others_on_both_sides, overlap
from graph.model import City, Country, Venue, city_of

__all__ = ["merge"]

#: How many of the latest events a new mention may join (far more than an article reports).
_RECENT = 200


def _statement_target(drafts: list[Draft], m: EventMention) -> Draft | None:
    if m.same:  # "В том же заявлении Рудакова опровергла ...": the latest statement, whatever its sentence dates
        return next((d for d in reversed(drafts) if d.type == "Statement" and not d.background), None)
    for draft in reversed(drafts):
        if draft.type != "Statement" or dates_differ(draft.date, m.date):
            continue
        if said_in_statement(draft, m):
            return draft
        if m.entry.pos == "verb" and draft.attendees and all(x.entry.pos == "noun" for x in draft.mentions):
            continue  # "sagte X" after a joint declaration of X and Y: X's own words
        if m.speaker is not None and draft.speaker is m.speaker:
            return draft
        if m.in_turn and m.sentence - max(draft.sentences) <= 1 and any(x.entry.pos == "noun" for x in draft.mentions):
            return draft  # "dijo X en una rueda de prensa conjunta. Y, por su parte, afirmó que ...": its other speaker
        if m.speaker is None and draft.speaker is None and m.sentence - max(draft.sentences) <= 1:
            return draft
        joint = m.entry.pos == "noun" and all(x.entry.pos == "noun" for x in draft.mentions)
        if joint and (overlap(draft, m) or (m.speaker is not None and m.speaker in draft.attendees)):
            return draft  # one joint press conference mentioned twice
    return None


def _target(drafts: list[Draft], m: EventMention) -> Draft | None:
    drafts = drafts[-_RECENT:]  # an account refers back to recent events: bounded work on huge texts
    if m.type == "Statement":
        return _statement_target(drafts, m)
    summit = _summit_named_again(drafts, m) or _the_conference(drafts, m)
    if summit is not None:
        return summit
    if m.margins is not None and gathering_told(drafts, m):
        return next((d for d in drafts if any(x.margins is m.margins for x in d.mentions)), None)
    same = [d for d in drafts if d.group == GROUPS[m.type]]
    if m.reference:
        reported = _reported(same, m)
        if reported is not None:
            return reported
    told = _just_told(same, m) or _ended(same, m) or _call_again(same, m) or visit_named_again(same, m) \
        or ceremony_named_again(same, m)
    if told is not None:
        return told
    manner = _manner_of(same, m)
    if manner is not None:
        return manner
    if m.background or m.after:
        for draft in reversed(same):
            if draft.background and not conflict(draft, m) and (overlap(draft, m) or not m.persons and not draft.date):
                return draft
        return None
    if not m.persons and m.date is None and m.location is None:
        near = [d for d in same if d.sentences & {m.sentence, m.sentence - 1} and not conflict(d, m)]
        near = [d for d in near if m.anaphoric or not d.background]
        if near:
            return near[-1]  # "Es war das erste Treffen ...": the act just reported
    if GROUPS[m.type] == "visit" and len(m.persons) == 1 and not m.stop:
        trip = [d for d in same if d.attendees[:1] == m.persons and d.status == m.status and not d.background
                and not dates_differ(d.date, m.date)]  # a trip in May is not the state visit of June
        if trip:
            return trip[0]  # stops of one trip ("se rendra en France ... à Ankara")
    fitting = [d for d in same if not d.background and not conflict(d, m)]
    if not fitting:
        return None
    overlapping = [d for d in fitting if overlap(d, m) and (m.participation or not others_on_both_sides(d, m))]
    if overlapping:
        return overlapping[0]
    if m.persons and not m.participation and all(d.attendees for d in fitting):
        return None
    near = [d for d in fitting if d.sentences & {m.sentence, m.sentence - 1}]
    if near:
        return near[-1]
    if not m.persons and m.date is not None and m.location is not None:
        fitting = [d for d in fitting if d.attendees or d.date is not None or d.location is not None or 0 in d.sentences]
        # "Следующая трёхсторонняя встреча пройдёт в Бишкеке в 2027 году", three sentences after a bare
        # "подготовке заседания комиссии": an act told with its own date and place is not a bare one told far back
        # (but a headline names the act the body tells: "Costa Rica expulsa a dos diplomáticos")
    return fitting[0] if fitting else None


#: At most this many characters between the verb of an act and a noun of its kind that tells how it was held.
_MANNER_GAP = 30


def _manner_of(same: list[Draft], m: EventMention) -> Draft | None:
    """"X s'est entretenu mardi par visioconférence avec Y": a noun of the kind of the act its verb just told, a few
    words after the verb in the same sentence, naming none but others than the verb's one subject, tells how that
    act was held; it is that act (with the noun's parties), not another one, nor one of the background."""
    if m.entry.pos != "noun" or m.after or not m.persons or not same:
        return None
    draft = same[-1]
    verb = draft.mentions[-1]
    if verb.entry.pos != "verb" or verb.sentence != m.sentence or draft.background or draft.status != m.status:
        return None
    if not draft.attendees or overlap(draft, m) or not 0 <= m.start - verb.end <= _MANNER_GAP:
        return None  # "ils se sont entretenus par visioconférence avec Y": the pronoun's two and Y
    return draft


def _held_by_call(mentions: list[EventMention]) -> None:
    """"En fin de journée, ils se sont entretenus par visioconférence avec Y": a meeting verb right before a call
    noun of its sentence (at most ``_MANNER_GAP`` characters on) told a call, wherever its people were."""
    for verb, noun in zip(mentions, mentions[1:]):
        if verb.type not in ("Meeting", "Contact") or verb.entry.pos != "verb" or noun.type != "PhoneCall":
            continue
        if noun.entry.pos != "noun" or noun.sentence != verb.sentence or noun.after or noun.background:
            continue
        if verb.status == noun.status and not verb.background and 0 <= noun.start - verb.end <= _MANNER_GAP:
            verb.type = "PhoneCall"


def _just_told(same: list[Draft], m: EventMention) -> Draft | None:
    """"Tras un encuentro de casi dos horas, ambos mandatarios firmaron ...": an act noun after "after", with no
    date of its own and none but the parties of the act of its kind reported in one of the two sentences before
    (or its own), is that act (not an earlier one)."""
    if not m.after or m.background or m.earlier or m.entry.pos != "noun":
        return None
    recent = [d for d in same if not d.background and d.sentences & {m.sentence, m.sentence - 1, m.sentence - 2} and not conflict(d, m)]
    if recent and m.date is not None and recent[-1].date is not None and recent[-1].date.value != m.date.value:
        return None  # a date of its own
    if not recent or recent[-1].status != m.status or not set(map(id, m.persons)) <= set(map(id, recent[-1].attendees)):
        return None
    return recent[-1]


def _ended(same: list[Draft], m: EventMention) -> Draft | None:
    """"В среду министр завершит визит", "concluded her visit on Friday": the end of an act told after it, at most
    a few days after its first day and in its city, sharing a participant if it names any, is that act."""
    if not m.ended:
        return None
    for draft in reversed(same):
        if draft.background or m.persons and not overlap(draft, m):
            continue
        a, b = city_of(draft.location), city_of(m.location)
        if a is not None and b is not None and a.geonames_id != b.geonames_id:
            continue
        if m.location is not None and country_of(m.location) != country_of(draft.location):
            continue  # "Завершится турне в Омане": the last stop of a tour, not the end of a stay told before
        if draft.status == "Planned" and m.status == "Occurred":
            continue  # "завершил визит": the visit held, not one planned
        if draft.date is not None and m.date is not None and len(draft.date.value) == len(m.date.value) == 10:
            gap = (date.fromisoformat(m.date.value) - date.fromisoformat(draft.date.value)).days
            if 0 <= gap <= SPAN_DAYS:
                return draft
        elif not dates_differ(draft.date, m.date):
            return draft
    return None


def _call_again(same: list[Draft], m: EventMention) -> Draft | None:
    """"Según Ospina, la llamada fue iniciativa de ...", "en la conversación del martes": a definite call noun with no
    place, told after the article's one call, undated or of its day, naming no one beside it or one of its parties, is
    that call; others it names are sources, not parties."""
    if GROUPS[m.type] != "call" or m.entry.pos != "noun" or m.indefinite or m.background or m.after or m.location is not None:
        return None
    calls = [d for d in same if not d.background]
    if len(calls) != 1 or calls[0].status != m.status or len(calls[0].attendees) < 2:
        return None
    call = calls[0]
    if m.date is not None and (call.date is None or call.date.value != m.date.value):
        return None
    if m.date is None and m.persons and not overlap(call, m):
        return None
    m.persons = [p for p in m.persons if p in call.attendees]
    return call


def _summit_named_again(drafts: list[Draft], m: EventMention) -> Draft | None:
    """"Le président angolais, hôte de la réunion, ... en présence de ses homologues": a meeting noun (or a
    verb of three or more parties: "welcomed his counterparts A, B and C") told right after a summit, without a date or place of its own, of three or more parties or of parties all among the
    summit's states, names that summit again; so do talks of just its people, of its day and city ("Die drei
    Minister berieten über ...")."""
    talks = m.type == "Talks"  # of the gathering's people only (below): its date and city may be told again
    if m.type != "Meeting" and not talks or m.indefinite or m.background or m.after or m.date is not None and not talks:
        return None
    if m.entry.pos != "noun" and len(m.persons) < 3:
        return None  # "a accueilli ses homologues, parmi lesquels A, B et C": the summit's guests
    if len(m.persons) < 2 or m.location is not None and not isinstance(m.location, Venue) and not talks:
        return None  # "the closed-door meeting at the AU headquarters": a venue in the summit's city (``apart``)
    near = [d for d in drafts if d.group == "summit" and d.sentences & {m.sentence, m.sentence - 1}]
    near = [d for d in near if not d.background and d.status == m.status and not apart(d, m)]  # a summit's states are many
    near = [d for d in near if len(m.persons) >= 3 or len(d.countries) >= 3 and m.countries and m.countries <= d.countries]
    if talks:  # "Die drei Minister berieten über ...": talks of just the gathering's people are its own
        near = [d for d in near if set(map(id, m.persons)) == set(map(id, d.attendees))]
    return near[-1] if near else None


def _the_conference(drafts: list[Draft], m: EventMention) -> Draft | None:
    """"La conférence, coorganisée avec ...", "Vestergaard ha confirmado su asistencia a la conferencia": a summit
    or conference noun with no date or cue of its own names the one summit the article reports so far, planned
    or not (a headline's "pour une conférence" and the body's "accueillera une conférence" are one event)."""
    if GROUPS[m.type] != "summit" or m.entry.pos != "noun" or m.background or m.after:
        return None
    summits = [d for d in drafts if d.group == "summit" and not d.background and d.status in ("Planned", "Occurred")]
    if len(summits) != 1 or dates_differ(summits[0].date, m.date):
        return None
    draft = summits[0]
    if m.indefinite and draft.sentences != {0}:
        return None  # "une conférence" introduces a new one, unless the headline named it first
    if m.date is not None and draft.date is not None and m.status != draft.status:
        return None
    if draft.sentences != {0} and elsewhere(draft, m):
        return None  # "will host next year's summit in Riyadh" after this year's summit in Manama
    if m.status == "Planned" and draft.status == "Occurred" and draft.sentences == {0} and not draft.date_text:
        draft.status = "Planned"  # the headline's conference is the one announced
    return draft if m.status == draft.status or m.date is None else None


def _reported(same: list[Draft], m: EventMention) -> Draft | None:
    """The act that "X told reporters after the talks" refers to: the latest one of its kind reported so far
    that does not conflict with it (sharing a participant, if the mention names any)."""
    fitting = [d for d in same if not d.background and not conflict(d, m)]
    if m.persons:
        fitting = [d for d in fitting if overlap(d, m)]
    return fitting[-1] if fitting else None


def _add(draft: Draft, m: EventMention) -> None:
    draft.mentions.append(m)
    for person in m.persons:
        if person not in draft.attendees and person is not draft.speaker:
            draft.attendees.append(person)
    draft.speaker = draft.speaker or m.speaker
    draft.countries |= m.countries
    if m.location is not None:
        if draft.location is None or _more_specific(m.location, draft.location):
            draft.location = m.location
    if m.anaphoric and len(draft.mentions) > 1 or m.ended and draft.date is not None or m.same:
        pass  # "It is her first visit ... as X, a post she took up in February": the act told, dated by its account
    elif m.date is not None and (draft.date is None or len(m.date.value) > len(draft.date.value)):
        draft.date, draft.date_text = m.date, m.date_text
    elif m.began and m.date is not None and len(m.date.value) == len(draft.date.value) and m.date.value < draft.date.value:
        draft.date, draft.date_text = m.date, m.date_text  # an act is dated by its first day
    draft.date_text = draft.date_text or m.date_text
    draft.duration = draft.duration or m.duration
    draft.round = draft.round or m.round
    if m.round and not m.anaphoric and draft.group == "meet":
        draft.type = "Talks"  # "met for the second round of talks"; "It was the second round of talks" keeps the type
    if m.type == "StateVisit":
        draft.type = "StateVisit"


def add_mention(draft: Draft, m: EventMention) -> None:
    """Add mention ``m`` to ``draft``: its people, states, place, date."""
    _add(draft, m)


def _more_specific(new: object, old: object) -> bool:
    rank = {Venue: 3, City: 2, Country: 1}
    if isinstance(new, Venue) and new.city is None and isinstance(old, City):
        return False
    if isinstance(new, Venue) and isinstance(old, Venue) and old.city is None and new.city is not None:
        return new.kind == old.kind and new.owner == old.owner  # "in der Botschaft Kasachstans in Berlin"
    return rank[type(new)] > rank[type(old)]


def merge(mentions: list[EventMention], phone: bool) -> list[Draft]:
    """Merge mentions (text order) into drafts; "Contact" mentions become calls when ``phone``."""
    drafts: list[Draft] = []
    framed_travellers(mentions)
    _held_by_call(mentions)
    before_legs(mentions)
    onward_travellers(mentions)
    for m in mentions:
        told = None  # the meeting a bare call-or-meeting noun right after it names ("Im Mittelpunkt des Gesprächs standen")
        if m.type == "Contact":
            noun = m.entry.pos == "noun"  # "Im Anschluss an das Gespräch" after a meeting: that one
            met = noun and (m.after and _met_just_before(drafts, m)
                            or _bare(m) and _met_just_before(drafts, m, near=True))
            told = _latest_meeting(drafts) if met else None
            m.type = "PhoneCall" if phone and not met and not isinstance(m.location, (City, Venue)) else "Meeting"  # "in Tokio mit X gesprochen"
        if m.background and len(m.persons) == 1 and GROUPS[m.type] in ("meet", "call"):
            _last_pair(drafts, m)
        if m.told:
            m.persons = []  # "a visit by X was discussed during the talks": X's visit, not the talks
        target = _target(drafts, m) if told is None else told
        if told is not None:  # "Im Mittelpunkt des Gesprächs standen Armenien und Aserbaidschan": topics, no parties;
            m.countries = set()  # "Im Anschluss an ihr Gespräch": its people are the meeting's
            m.persons = [p for p in m.persons if p in told.attendees]
        if target is None and m.reference and (m.told or not (m.persons or m.countries)):
            continue  # "told reporters after the meeting" of a meeting reported otherwise: nothing new
        if target is None:
            target = Draft(type=m.type, status=m.status, background=m.background or m.after)
            alone = not m.countries or m.agreed and len(m.countries) < 2 and m.type != "Statement"  # "acordaron reunirse"
            if not m.persons and alone and (m.agreed or m.status == "Planned"):
                _agreed_by(drafts, m)
            elif m.agreed and m.status == "Planned" and len(m.persons) == 1 and GROUPS[m.type] in ("meet", "call"):
                _agreed_pair(drafts, m)
            drafts.append(target)
            if m.margins is not None and gathering_told(drafts, m):
                on_margins(drafts, target, m)
        elif m.agreed and m.type != "Statement" and not m.persons and not target.attendees and len(target.countries | m.countries) < 2:
            _agreed_by(drafts, m)  # "La tercera ronda será en abril. ... Ambas delegaciones acordaron celebrarla"
        _add(target, m)
    joint_parties(drafts)  # "in a joint statement issued after the talks, they said"
    return fold_headlines(drafts)


def _latest_meeting(drafts: list[Draft]) -> Draft | None:
    """The latest meeting or call told that is not background."""
    return next((d for d in reversed(drafts[-_RECENT:]) if d.group in ("meet", "call") and not d.background), None)


def _met_just_before(drafts: list[Draft], m: EventMention, near: bool = False) -> bool:
    """Whether the latest meeting or call told before ``m`` is a meeting that took place (``near``: told in the
    sentence of ``m`` or the one before: "... empfangen. Im Mittelpunkt des Gesprächs standen ...")."""
    told = [d for d in drafts[-_RECENT:] if d.group in ("meet", "call") and not d.background]
    if not told or told[-1].group != "meet" or told[-1].status != "Occurred":
        return False
    return not near or m.sentence - told[-1].mentions[-1].sentence <= 1


def _bare(m: EventMention) -> bool:
    """Whether ``m`` names nobody, no day and no place ("Im Mittelpunkt des Gesprächs standen ...")."""
    return not (m.persons or m.date is not None or m.location is not None or m.indefinite)


def _last_pair(drafts: list[Draft], m: EventMention) -> None:
    """"Die beiden Staatschefs waren zuletzt im September ... zusammengekommen": an earlier contact told with one
    of the two people of the latest contact, and no state beyond theirs, was one between the same two."""
    for draft in reversed(drafts):
        if draft.background or draft.group not in ("meet", "call") or len(draft.attendees) != 2:
            continue
        if m.persons[0] in draft.attendees and m.countries <= draft.countries:
            m.persons = list(draft.attendees)
            m.countries |= draft.countries
        return


def _agreed_pair(drafts: list[Draft], m: EventMention) -> None:
    """"A spoke by phone with B, and the two agreed to meet": a plan of the same sentence naming one of the two
    parties of the act just told is theirs."""
    latest = drafts[-1] if drafts else None
    if latest is None or m.sentence not in latest.sentences or len(latest.attendees) != 2:
        return
    if m.persons[0] in latest.attendees and latest.group in ("meet", "call"):
        m.persons = list(latest.attendees)
        m.countries |= latest.countries


def _agreed_by(drafts: list[Draft], m: EventMention) -> None:
    """"Beide vereinbarten ein Treffen": the parties of the latest event plan the new one; "The two ministers
    last met ...": an earlier act of "both" is one of the latest counterparts (same role) not told as background, who
    did the same kind of act if any did."""
    pairs = [d for d in drafts if d.type != "Statement" and (len(d.attendees) > 1 or len(d.countries) > 1)]
    if m.sides:  # "Следующая трёхсторонняя встреча": the parties of the last act with as many sides
        pairs = [d for d in pairs if len(d.countries) == m.sides] or pairs
    if m.background:
        peers = [d for d in pairs if not d.background and len(d.attendees) > 1
                 and len({p.role for p in d.attendees} - {None}) == 1]  # a counterpart's role may be unknown
        pairs = [d for d in peers if d.group == GROUPS[m.type]] or peers or pairs  # "last met": who met before
    if m.status == "Occurred":  # "the two leaders recalled their meeting": the pair of a held act, not of a plan
        pairs = [d for d in pairs if d.status == "Occurred"] or pairs
    told_with = [d for d in pairs if m.sentence in d.sentences and len(d.attendees) > 1]
    latest = told_with[-1] if told_with else pairs[-1] if pairs else None  # "Переговорам в Кремле предшествовал
    # телефонный разговор двух президентов": the pair of the act its sentence names
    if latest is not None and not m.agreed and (latest.status != "Planned" or m.sentence - max(latest.sentences) > 1):
        return
    if latest is not None:
        m.persons = list(latest.attendees)
        m.countries = set(latest.countries)
