"""A headline's act told later as a plan: "Minister X über seine Reise nach Polen" over "Am 20. Juni fahre ich
nach Warschau", "Visite du ministre à Dakar" over "se rendra lundi à Dakar".

A headline names the act without a date or a tense of its own, so its mention keeps the default status
(occurred) and would stand apart from the plan the body tells (plans and held acts never merge). A draft told
only in the first sentence by nouns or present verbs ("Ministerin X reist nach Ghana" over "reist kommende
Woche nach Ghana"; a past form names a past act), undated and not background, is the first later draft of its
group that is planned and shares its people (or names none): it joins that draft. A headline verb that names
the act the body tells as held has mostly joined that act already (same status); when a place from the
headline's other half kept them apart, a headline pair joins the first held act of its group with them both.
A headline trip with no plan of its own in the body is planned when the traveller's acts there all lie ahead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.model import city_of

if TYPE_CHECKING:
    from graph.extract.assemble import Draft

__all__ = ["fold_headlines"]


def _headline_only(draft: Draft) -> bool:
    """Whether a draft is told only in the first sentence, undated, with no cue of a status of its own."""
    if draft.status != "Occurred" or draft.background or draft.date is not None or draft.type == "Statement":
        return False
    return all(m.sentence == 0 and m.status == "Occurred" and (m.entry.pos == "noun" or not m.entry.past)
               and m.entry.status is None and not m.background and not m.after for m in draft.mentions)  # fmt: skip


def _fits(headline: Draft, plan: Draft) -> bool:
    if plan.status != "Planned" or plan.group != headline.group or plan.background:
        return _told_again(headline, plan)
    people = set(map(id, headline.attendees))
    if people and not people <= set(map(id, plan.attendees)):
        return False
    here, there = city_of(headline.location), city_of(plan.location)
    if here is not None and there is not None and here != there:
        return False  # "minister visits Nairobi" over "she then flies on to Dar es Salaam": another leg of the trip
    return not (headline.countries and plan.countries) or bool(headline.countries & plan.countries)


def _told_again(headline: Draft, act: Draft) -> bool:
    """Whether the body tells the headline's act as held, with the same pair of people or more ("Lenzen empfängt
    brasilianischen Außenminister – Kanzlerreise nach Brasília offen" over "empfing am Mittwoch in Berlin"): the
    place the headline's other half names kept them apart."""
    if act.status != "Occurred" or act.group != headline.group or act.background or len(headline.attendees) < 2:
        return False
    return set(map(id, headline.attendees)) <= set(map(id, act.attendees))


def _ahead(headline: Draft, drafts: list[Draft]) -> None:
    """A headline trip the body tells no plan of is planned when its traveller's acts in the body are planned and
    none is told as held ("Marquardt reist zur Gedenkfeier nach Namibia" over "wird am Samstag ... teilnehmen",
    "Bereits am Freitag trifft Marquardt ..., dabei soll es um ... gehen")."""
    if headline.group != "visit" or not headline.attendees:
        return
    people = set(map(id, headline.attendees))
    acts = [d for d in drafts if d is not headline and not d.background and d.type != "Statement" and people & set(map(id, d.attendees))]
    if any(d.status == "Planned" for d in acts) and not any(d.status == "Occurred" for d in acts):
        headline.status = "Planned"


def fold_headlines(drafts: list[Draft]) -> list[Draft]:
    """Fold each headline-only draft into the plan (or the held act of its pair) the body tells of it; return the
    remaining drafts."""
    folded: set[int] = set()
    for i, draft in enumerate(drafts):
        if not draft.mentions or not _headline_only(draft):
            continue
        plan = next((d for d in drafts[i + 1 :] if _fits(draft, d)), None)
        if plan is None:
            _ahead(draft, drafts)
            continue
        plan.mentions[:0] = draft.mentions
        plan.attendees += [p for p in draft.attendees if p not in plan.attendees]
        folded.add(id(draft))
    return [d for d in drafts if id(d) not in folded] if folded else drafts
