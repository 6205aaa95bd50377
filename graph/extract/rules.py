"""The default rule-based extractor: lexicons and patterns for de, en, es, fr and ru.

It wires the modules of :mod:`graph.extract`: sentences and tokens (``text``), places (``places``),
dates (``dates``), people (``people``), event mentions (``events``), their attributes (``assemble``)
and their merging (``merge``). Everything language-specific is data under ``graph/data/lexicons``.
"""

from __future__ import annotations

import logging
import re
from functools import cache

from graph.extract import _datetrip, briefings, dates, dayplaces, lexicon, nativenames, occasions, officials, phrases, places, register, settle
from graph.extract.gatherings import bloc_leaders
from graph.extract.receptions import summons_receptions
from graph.extract.sequences import split_sequences
from graph.extract.tripmeets import travellers_meet_hosts
from graph.extract.immediate import at_once
from graph.extract._datearrival import arrival_days
from graph.extract.aheadacts import ahead_acts
from graph.extract._dateweekact import week_acts
from graph.extract._datemoved import moved_to_next_sentence, next_to_put_off
from graph.extract.written import written_statements
from graph.extract._dateticker import ticker_dates
from graph.extract._datespeaker import introduced_day, reported_speaker_day
from graph.extract.assemble import Context, Draft, assign, join_participants
from graph.extract.events import find_mentions, mentions_phone
from graph.extract.filedfrom import filed_places
from graph.extract.home import assign_home, named_parties
from graph.extract.hosts import locate_hosts, other_party, refresh_countries, sideline_meetings
from graph.extract.ownedby import dateline_government, dateline_lead, possessed_states
from graph.extract.mainevent import finish, main_event
from graph.extract.merge import merge
from graph.extract.people import People, find_people
from graph.extract.reporthead import HEAD_CHARS, HEAD_LINES, SHORT_LINE, capital_state, dateline_city, dateline_day, head_lines
from graph.extract.text import line_spans, sentence_of, sentences, tokenize_sentences
from graph.extract.tripcities import programme_cities
from graph.extract.units import Intervals
from graph.model import Article, Country, DateValue, Event, Extraction, Span, Venue, city_of

__all__ = ["RuleExtractor", "build"]

log = logging.getLogger(__name__)


class RuleExtractor:
    """Rule-based extractor for German, English, French, Spanish and Russian articles."""

    def extract(self, article: Article) -> Extraction:
        """Extract people, places and events from ``article``."""
        text = article.text
        lang = (article.language or "en")[:2].lower()
        spans = sentences(text)
        tokens, starts = _tokens(text, spans)
        countries, cities, orgs, venues = _places(text, lang)
        people = find_people(text, lang, spans, tokens, countries, orgs, cities, starts)
        named = Intervals((m.start, m.end) for m in people.mentions if m.person is not None)
        cities = [(s, c) for s, c in cities if not named.covers(s.start)]
        countries = [(s, c) for s, c in countries if not named.contains(s.start, s.end)]
        possessed_states(people, text, lang, countries)  # "Australia's X", "X ... as New Zealand's foreign minister"
        mentions = find_mentions(text, lang, spans, starts)
        bloc_leaders(text, lang, spans, mentions, orgs)
        within = _date_ranges(text, lang, spans, mentions)
        date_mentions = dates.find_dates(text, lang, within=within)
        dateline, placeline = head_lines(text, mentions, date_mentions, cities, venues)
        head_city = dateline_city(text, cities)
        if head_city is not None:  # "Berlin (dpa) - ...": where the report was filed, not where things happened
            cities = [(s, c) for s, c in cities if s.start >= head_city[0].end or s.start < head_city[0].start]
        reference = article.published or dateline_day(dateline)
        ctx = Context(text, lang, article.published, spans, people, countries, cities, venues, date_mentions,
                      dates.find_durations(text, lang, within=within), reference, dateline=dateline,
                      head_place=head_city[0].start if head_city else -1,
                      head_end=head_city[0].end if head_city else -1,
                      head_country=capital_state(head_city[1]) if head_city else None)  # fmt: skip
        assign(ctx, mentions)
        contact = any(m.type == "Contact" for m in mentions)  # only a contact may turn out a call
        drafts = merge(mentions, contact and mentions_phone(text, lang))
        join_participants(ctx, drafts, mentions)
        summons_receptions(drafts)
        named_at = [(m.start, m.person) for m in [*people.mentions, *people.refs] if m.person is not None]
        split_sequences(text, lang, spans, drafts, named_at)
        main = main_event(drafts)
        _settle(ctx, drafts, main, (dateline, placeline))
        events = _events(finish(drafts, main), spans)
        filed = head_city[1] if head_city else None
        filed_places(text, cities, events, filed)
        return Extraction(
            article=article,
            people=_persons(people),
            events=events,
            countries=_evidence(countries, spans, lambda c: c.code),
            cities=_evidence(cities, spans, lambda c: c),
            venues=_evidence(venues, spans, lambda v: v),
        )


def _settle(ctx: Context, drafts: list[Draft], main: Draft | None, head: tuple[object, object]) -> None:
    """Places, dates and states of the merged events from the rest of the account (see :mod:`.settle`).

    What the account says about an act comes before what the head of the report implies: an act takes the
    date of the occasion it is told with (the day of the talks a statement follows, of the summit on whose
    sidelines it happened, of the announcement of an expulsion) before the dateline dates what is left."""
    people = ctx.people
    written = written_statements(ctx.text, ctx.lang, drafts)
    reported_speaker_day(ctx, drafts)  # "..., teilte Sprecherin X am Freitag mit. «...», sagte X": the report's day
    occasions.earlier_same_day(ctx, drafts)
    occasions.coarse_past(ctx, drafts, main)
    occasions.summit_sidelines(ctx, drafts)
    occasions.next_summits(ctx, drafts)
    occasions.unsigned_signings(drafts)
    settle.statement_occasions(drafts, written=written, main=main, published=ctx.published)
    occasions.announced_expulsions(ctx, drafts)
    moved_to_next_sentence(ctx, drafts)  # "was postponed. ... it would now take place early next year"
    at_once(ctx.text, ctx.lang, drafts)  # "la Belgique avait aussitôt déclaré persona non grata ..."
    _dateline_dates(ctx, drafts, head[0], statements=False)
    # the acts only the dateline dates
    settle.statement_occasions(drafts, written=written, main=main, published=ctx.published)
    _dateline_dates(ctx, drafts, head[0], statements=True)
    ticker_dates(ctx.text, ctx.published, drafts)  # "+++ 18.05 Uhr: ..." entries of the day of publication
    introduced_day(ctx, drafts)  # "the spokesman tried on Tuesday to calm ... , he said": that day
    settle.lead_day_statements(drafts, main, ctx.published)  # "told a closing news conference": the news day
    _apply_head(ctx, drafts, main, head[1], written)
    settle.visit_cities(drafts, ctx.cities, ctx.sentences)
    programme_cities(ctx, drafts)  # "визит в Узбекистан ... Основные мероприятия пройдут в Самарканде": there
    _datetrip.visit_dates(drafts, ctx.lang, ctx.published)
    week_acts(drafts, ctx.lang, ctx.published)  # "el memorando firmado esta semana": the day its signers met
    _datetrip.trip_dates(drafts, ctx.lang)
    dayplaces.same_day_cities([d for d in drafts if id(d) not in written])  # after the trips' dates: an act
    # takes the place of its day's acts (a statement issued in writing was not made at them)
    settle.unplaced_visits(drafts)  # after the day's places: a trip placed nowhere goes where its acts are
    arrival_days(ctx, drafts)  # "X, who arrived late on Tuesday, ...": the trip starts that day (once placed)
    ahead_acts(ctx, drafts)  # once dated: "Tags darauf reist die Ministerin weiter nach X" is still to come
    briefings.dateline_statements(drafts, ctx.head_country)
    settle.expelling_states(drafts, ctx.text, ctx.lang, ctx.sentences, ctx.countries)
    occasions.summons_capitals(drafts)
    parties = named_parties(ctx.text, ctx.countries)  # not "en Chile": a place only
    _forget_states(drafts, officials.dateline_state_leaders(people, ctx.countries, ctx.head_country, parties))
    dateline_lead(people, ctx.text, ctx.head_end, ctx.head_country)  # "BOGOTÁ. El presidente X ... con su homólogo de Kenia"
    dateline_government(people, ctx.text, ctx.head_country)  # "MADRID ... la ministra portavoz del Gobierno, X"
    locate_hosts(drafts, people.staff_roles, people.home, main, sideline_meetings(ctx, drafts), ctx.text)
    assign_home(people, ctx.text, ctx.countries, ctx.venues, ctx.head_country, ctx.cities)
    other_party(drafts, main, people.persons, people.staff_roles)
    travellers_meet_hosts(drafts)
    refresh_countries(drafts)
    nativenames.respell_people(people.persons)  # once every official's state is known


def _forget_states(drafts: list[Draft], moved: dict[int, str]) -> None:
    """Events drop the state an attendee held only by default before the dateline gave them another."""
    for draft in drafts if moved else ():
        for person in draft.attendees:
            old = moved.get(id(person))
            if old is not None and all(other.country != old for other in draft.attendees):
                draft.countries.discard(old)


def _tokens(text: str, spans: list[Span]) -> tuple[list[list], list[list[int]]]:
    """The tokens and word starts of each sentence; the words split off on the way serve the phrase lookup
    (:mod:`.phrases`) unless two sentences touch (a word cut by the length limit of a sentence)."""
    tokens, starts, found = tokenize_sentences(text, spans)
    if all(a.end < b.start for a, b in zip(spans, spans[1:])):
        phrases.from_words(text, found)
    return tokens, starts


def _places(text: str, lang: str) -> tuple[list, list, list, list]:
    """Countries, cities, organisations and venues as ``(Span, thing)`` pairs sorted by span."""
    country_mentions = places.find_countries(text, lang)
    countries = sorted(((m.span, m) for m in country_mentions), key=_by_span)
    cities = _not_calendar(text, lang, sorted(places.find_cities(text, lang, countries=country_mentions), key=_by_span))
    orgs = sorted(places.find_organizations(text, lang), key=_by_span)
    venues = sorted(places.find_venues(text, lang, cities, country_mentions), key=_by_span)
    return _rehomed(countries, venues), cities, orgs, venues


def _not_calendar(text: str, lang: str, cities: list) -> list:
    """Drop cities named like a month or weekday of the language ("in March", "im Mai"): the text names a time,
    unless it calls the place a town ("in the town of March", ``town_before`` of ``venues.json``)."""
    words, town = _calendar_words(lang)
    kept = []
    for span, city in cities:
        if text[span.start : span.end].lower() in words:
            if town is None or town.search(text, max(0, span.start - 40), span.start) is None:
                continue
        kept.append((span, city))
    return kept


@cache
def _calendar_words(lang: str) -> tuple[frozenset[str], re.Pattern[str] | None]:
    data = lexicon.load("dates", lang)
    words = frozenset(w.lower() for key in ("months", "weekdays") for w in data.get(key, {}))
    town = lexicon.load("venues", lang).get("town_before")
    return words, re.compile(town, re.IGNORECASE) if town else None


def _rehomed(countries: list, venues: list) -> list:
    """A seat of government standing for its state ("the Foreign Office said") stands for the state of the
    city the text places it in ("the Foreign Office in Berlin"): the venue's owner, or no state at all."""
    owners = {(s.start, s.end): v.owner for s, v in venues}
    if not any(m.form == "metonym" and owners.get((s.start, s.end), m.code) != m.code for s, m in countries):
        return countries
    out = []
    for span, mention in countries:
        owner = owners.get((span.start, span.end), mention.code) if mention.form == "metonym" else mention.code
        if owner == mention.code:
            out.append((span, mention))
        elif owner is not None:
            out.append((span, places.CountryMention(span, owner, mention.form)))
    return out


def _by_span(item: tuple[Span, object]) -> tuple[int, int]:
    """Sort key of a ``(Span, thing)`` pair: the span's order, compared as a tuple (no Python ``__lt__``)."""
    return item[0].start, item[0].end


def _date_ranges(text: str, lang: str, spans: list[Span], mentions: list) -> tuple[tuple[int, int], ...]:
    """Where dates matter: the head of the text (datelines), the sentences that report an event, those after
    one that tells of an act put off (its new date) and those before a statement (the day its speaker is
    introduced with, :mod:`._datespeaker`)."""
    short = [line.end for line in line_spans(text)[:HEAD_LINES] if line.end - line.start <= SHORT_LINE]
    head = max([HEAD_CHARS, *short])
    ranges = [(0, head)]
    told = {m.sentence for m in mentions}
    introduced = {m.sentence - 1 for m in mentions if m.type == "Statement" and m.sentence > 0}
    for index in sorted(told | introduced | next_to_put_off(text, lang, spans, told)):
        span = spans[index]
        if span.end <= ranges[-1][1]:
            continue
        if span.start <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], span.end)
        else:
            ranges.append((span.start, span.end))
    return tuple(ranges)




def _persons(people: People) -> list:
    return [p for p in people.persons if p.name and not places.is_news_agency(p.name)]


def _evidence(items: list, spans: list[Span], key) -> dict:
    out: dict = {}
    seen: set = set()
    for span, item in items:
        index = sentence_of(spans, span.start)
        if index < 0 or (key(item), index) in seen:
            continue
        seen.add((key(item), index))
        out.setdefault(key(item), []).append(spans[index])
    return out







def _dateline_dates(ctx: Context, drafts: list[Draft], dateline, statements: bool) -> None:
    """Readouts: the dateline dates the events that happened that day and have no date of their own, the
    statements (``statements``) or the other acts."""
    value = dates.resolve(dateline, ctx.published) if dateline is not None else None
    if not value:
        return
    for draft in drafts:
        if (draft.type == "Statement") != statements or draft.background or draft.status != "Occurred":
            continue
        if draft.date is None and not draft.date_text:
            draft.date = DateValue(value, dateline.text, dateline.span)
            draft.date_text = dateline.text


def _apply_head(ctx: Context, drafts: list[Draft], main: Draft | None, placeline, written: set[int]) -> None:
    """What a trip or the main event implies for the rest; the place line locates the main event."""
    if main is not None and main.group == "visit" and main.date is not None:
        for draft in drafts:  # what happens during a trip shares its dates (the month of a trip of several days
            # for an act in one of the visited country's cities: it happened on one of them)
            if draft.date is None and not draft.date_text and not draft.background and draft.status == main.status:
                draft.date, draft.date_text = _datetrip.trip_act_day(draft, main, ctx.lang, drafts)
    stops = {_place_key(m.location) for m in main.mentions if m.location is not None} if main is not None else set()
    if main is not None and main.type != "Expulsion" and city_of(main.location) is not None and len(stops) <= 1:
        for draft in drafts:  # same day, no place of its own: where the main event was (a dinner after talks; an
            # expulsion's place is the expelled mission's, not where the expelling state speaks)
            if draft.location is None and not draft.background and draft.type != "PhoneCall" and id(draft) not in written \
                    and settle.same_day(draft, main):
                draft.location = city_of(main.location)
    if main is not None and main.group == "visit":
        settle.during_trip(drafts, main)
    if main is None or placeline is None or main.type == "PhoneCall":
        return
    city, venue = placeline
    location = main.location
    if main.group == "visit" and location is not None:
        return  # a visit is where the visitor went
    if isinstance(location, Venue) and location.city is None:
        main.location = Venue(location.kind, location.name, city, location.owner)
    elif city_of(location) is not None and city_of(location) != city and (
            city.country not in main.countries or _own_place(ctx, main, location, city)):
        return  # "Paris, le 23 avril" heading a briefing on Armenian-Azerbaijani talks "mardi à Genève": theirs;
        # "Alger, le 25 mai" heading "s'est entretenu mercredi dernier à Djeddah": the sentence's own city
    elif isinstance(location, Country) and location.code != city.country:
        return  # "Lima, 25 de junio" heading a meeting "en Guatemala": the dateline is not the meeting's city
    elif not (isinstance(location, Venue) and location.city == city):
        main.location = venue if venue is not None and venue.city is not None else city


def _own_place(ctx: Context, main: Draft, location: object, dateline: object) -> bool:
    """Whether the text gives the main event's place itself ("s'est entretenu mercredi dernier à Djeddah" under
    "Alger, le 25 mai"): a dateline of a participant's state does not move it. So does a headline naming the city
    among others ("провели переговоры в Баткене и Исфаре"), or, under a headline naming none, the first sentence
    placing the event in another city of the dateline's state ("Lima, 12 de marzo" heading "copresidieron hoy en
    la ciudad de Puno"). Not a summons or an expulsion, whose first sentence may name where the incident was
    ("au large de Nouadhibou"), nor a place of another state only a later mention gives ("notre dialogue entamé à
    Bonn" after a title "avant leur réunion")."""
    first = main.mentions[0] if main.mentions else None
    if main.type in ("Summons", "Expulsion") or first is None:
        return False
    if first.location is not None:
        return _place_key(first.location) == _place_key(location)
    city = city_of(location)
    if city is None:
        return False
    if any(named == city for _, named in ctx.cities_by.get(first.sentence, ())):
        return True
    placed = next((m for m in main.mentions if m.location is not None), None)
    return placed is not None and city_of(placed.location) == city and city.country == getattr(dateline, "country", None)


def _place_key(place: object) -> object:
    city = city_of(place)
    return city.geonames_id if city is not None else place


def _events(drafts: list[Draft], spans: list[Span]) -> list[Event]:
    events: dict[int, Event] = {}
    for draft in drafts:
        evidence = sorted({spans[m.sentence] for m in draft.mentions})
        events[id(draft)] = Event(
            type=draft.type,
            status=draft.status,
            attendees=list(draft.attendees),
            countries=set(draft.countries),
            location=draft.location,
            date=draft.date,
            date_text=draft.date_text,
            duration=draft.duration,
            speaker=draft.speaker,
            background=draft.background,
            evidence=evidence,
        )
    for draft in drafts:
        if draft.follows is not None and id(draft.follows) in events:
            events[id(draft)].follows = events[id(draft.follows)]
    return list(events.values())


@register("rules")
def build() -> RuleExtractor:
    """Factory of the default extractor."""
    return RuleExtractor()
