"""The main event of an article and what follows from it: background by date, later rounds of talks, events
with no actor dropped (split out of merge).

The main event is the first event of the article that is not background and not a statement. An act that
took place before the main event's date is background ("Der Besuch erwidert die Reise ... im Juni 2024").
"""

from __future__ import annotations

from graph.extract.assemble import Draft
from graph.extract.bilateral import bilateral_parties
from graph.extract.domestic import drop_domestic, private_voice
from graph.extract.fewstates import few_state_meetings
from graph.extract.guestceremonies import guest_ceremonies
from graph.extract.legvisits import drop_inland_legs, leg_visits
from graph.extract.roundparties import parties_of_rounds
from graph.extract.talkremarks import remarks_in_talks
from graph.extract.summitguests import summit_attendees
from graph.model import city_of

__all__ = ["main_event", "finish"]


def main_event(drafts: list[Draft]) -> Draft | None:
    """The first event that is not background and not a statement (and names someone, if any does)."""
    candidates = [d for d in drafts if not d.background and d.type != "Statement"]
    return next((d for d in candidates if d.attendees or d.countries), candidates[0] if candidates else None)


def finish(drafts: list[Draft], main: Draft | None) -> list[Draft]:
    """Background by date, ``follows`` links, inherited countries; drop events with no actor."""
    told_past = {id(d) for d in drafts if d.background}
    anchor = _current(drafts, main)
    for draft in drafts:
        if anchor is not None and draft is not anchor and draft.status == anchor.status == "Occurred" and draft.date and anchor.date:
            if draft.date.value < anchor.date.value[: len(draft.date.value)] and not draft.date.value.startswith(anchor.date.value):
                draft.background = True
    _before_news_month(drafts, main)
    drafts = leg_visits(drafts, told_past)  # "en Namibie et au Botswana ... Le 1er octobre, à Gaborone, ..."
    summit_attendees(drafts)  # after the background: a past meeting in the summit's city was not held at it
    bilateral_parties(drafts, main)
    for draft in drafts:
        if not draft.round:
            continue
        same = [d for d in drafts if d is not draft and d.group == draft.group]
        earlier = [d for d in same if _first_round(d, draft)] or [d for d in same if d.background]
        if earlier:
            draft.follows = max(earlier, key=lambda d: d.date.value if d.date else "")
            if len(draft.follows.countries) < 2 and not draft.follows.attendees:
                draft.follows.countries |= draft.countries  # an earlier round of the same talks
            elif len(draft.countries) < 2 and not draft.attendees:
                draft.countries |= draft.follows.countries  # "Третий раунд планируется провести в декабре"
        elif draft.background and len(draft.countries) < 2 and not draft.attendees:
            later = [d for d in same if not d.background and d.status == "Occurred" and len(d.countries) >= 2]
            if later:  # "Die sechste Runde des Dialogs hatte im Oktober 2024 in Hanoi stattgefunden": an
                draft.countries |= later[0].countries  # earlier round of the talks just held
    guest_ceremonies(drafts)  # "Für den Abend ist ein Staatsbankett zu Ehren des Gastes geplant": the visitor's
    parties_of_rounds(drafts, main)  # "The first round, in Almaty in May 2024, ...": a round of the main talks
    drafts = remarks_in_talks(drafts, main)  # "2. Minister X stated that ...": said in the call the readout reports
    few_state_meetings(drafts)  # "zum Außenministertreffen im Slavkov-Format": a meeting of the three
    kept = []
    for d in drafts:
        hosted_gathering(d)
        if not (d.attendees or d.speaker or d.countries) or private_voice(d):
            continue
        if d.group in ("meet", "call") and len(d.attendees) + d.unnamed < 2 and len(d.countries) < 2:
            continue  # one party only: an internal contact, or nobody identifiable met
        if d.group == "visit" and _nobody_travels(d):
            continue  # "plus de 60.000 migrants sont arrivés en Italie": nobody identifiable travels
        kept.append(d)
    return drop_inland_legs(drop_domestic(kept))


def hosted_gathering(draft: Draft) -> None:
    """A summit or conference told with its day and city but no state or person ("Le XXe Sommet de la
    Francophonie, qui se tiendra les 14 et 15 novembre à Phnom Penh") is an act of its own: its host state,
    the city's, takes part in it (a month only is too loose: "a lenders' summit pencilled in for September")."""
    if draft.group != "summit" or draft.attendees or draft.countries or draft.date is None or len(draft.date.value) != 10:
        return
    city = city_of(draft.location)
    if city is not None and city.country:
        draft.countries = {city.country}


def _current(drafts: list[Draft], main: Draft | None) -> Draft | None:
    """The act that dates the news: the main event, or when that is only planned ("discussed the preparation of
    the minister's visit"), the first dated act that took place, of which earlier acts are background."""
    if main is None or main.status == "Occurred":
        return main
    return next((d for d in drafts if d.status == "Occurred" and d.date and not d.background and d.type != "Statement"
                 and (d.attendees or d.countries)), None)


def _nobody_travels(draft: Draft) -> bool:
    """Whether a visit told by verbs only names no traveller, no state beyond the place and no day: people
    arriving somewhere ("migrants sont arrivés en Italie"), not a trip of an official whose name is left out."""
    if draft.attendees or draft.speaker or draft.unnamed or len(draft.countries) >= 2:
        return False
    return all(m.entry.pos == "verb" for m in draft.mentions) and (draft.date is None or draft.date.precision != "day")


def _first_round(draft: Draft, later: Draft) -> bool:
    """Whether ``draft`` is the first round ("la primera ronda se había celebrado en febrero") of the talks whose
    later round ``later`` is; it becomes background."""
    if draft.status != "Occurred" or draft.attendees or not any(m.first_round for m in draft.mentions):
        return False
    if draft.date is not None and later.date is not None and draft.date.value >= later.date.value:
        return False
    draft.background = True
    return True


def _before_news_month(drafts: list[Draft], main: Draft | None) -> None:
    """Without a date of the main event, the latest day of what else happened stands for the news: an act
    that took place in an earlier month is background ("Der Besuch erwidert die Reise ... im Juni 2024"); so
    when the main event is only planned ("wird am Samstag ... teilnehmen" over "war am 20. Mai 2016 ...
    unterzeichnet worden" and a speech "am Mittwoch")."""
    if main is None or main.status not in ("Occurred", "Planned") or main.status == "Occurred" and main.date is not None:
        return  # (a planned main event dates nothing that took place: the latest day held stands for the news)
    days = [d.date.value for d in drafts if d.date and d.date.precision == "day" and not d.background and d.status == "Occurred"]
    if not days:
        return
    month = max(days)[:7]
    for draft in drafts:
        if draft is not main and draft.status == "Occurred" and draft.date and draft.date.value[:7] < month[: len(draft.date.value)]:
            draft.background = True
