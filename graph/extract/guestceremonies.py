"""A ceremony told in the account of a visit with no one named is the guest's: "Für den Abend ist ein Staatsbankett
zu Ehren des Gastes geplant", "A state banquet will be held in the evening", "Un dîner officiel sera offert ce
mercredi soir".

A banquet, dinner or ceremony told with neither people nor states would be dropped as an act of nobody. Told
after a visit that is not background, on a day of that visit (its first day or up to a week after it) or
undated, it is part of the visit's programme: the visitors attend it, and the visit's states take part.

A signing or dinner told with no one named right after a meeting or talks ("По итогам переговоров в присутствии глав
государств подписан ряд документов", "Ils ont ensuite présidé la signature de cinq accords", "Al término de la
reunión, los Cancilleres suscribieron un memorándum", "s'est entretenu avec son hôte ..., avant un dîner d'Etat")
is held by the parties of that act (:func:`act_ceremonies`): the meeting of two or more named people told in the
ceremony's sentence or the one before, of its status and day, whose states include the ceremony's. A visit told
in the ceremony's own sentence comes first: "прибыл в Москву и возложил венок" is the guest's alone.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from graph.extract.cues import compiled, opens_with
from graph.extract.text import lower

if TYPE_CHECKING:
    from graph.extract.assemble import Context, Draft

__all__ = ["act_ceremonies", "guest_ceremonies", "honoured_guests"]

_PROGRAMME_DAYS = 7  # how many days after a visit's first day its programme may run


def guest_ceremonies(drafts: list[Draft]) -> None:
    """Give each ceremony of nobody told during a visit the visit's people and states (see module)."""
    # (a ceremony has no speaker: attendees and states are all it may lack)
    for draft in drafts:
        if draft.type != "Ceremony" or draft.background or draft.attendees or draft.countries:
            continue
        first = min(draft.sentences)
        visits = [d for d in drafts if d.group == "visit" and not d.background and d.attendees
                  and min(d.sentences) < first and _during(d, draft)]  # fmt: skip
        if visits:
            visit = visits[-1]
            draft.attendees = list(visit.attendees)
            draft.countries = set(visit.countries)


def _during(visit: Draft, act: Draft) -> bool:
    """Whether ``act`` is undated or dated on a day of ``visit`` (its first day up to a week later)."""
    if act.date is None or visit.date is None:
        return True
    a, v = act.date.value, visit.date.value
    if len(a) == len(v) == 10:
        return 0 <= (date.fromisoformat(a) - date.fromisoformat(v)).days <= _PROGRAMME_DAYS
    n = min(len(a), len(v))
    return a[:n] == v[:n]


def act_ceremonies(ctx: Context, drafts: list[Draft]) -> None:
    """Give each ceremony of no named person told with or right after a meeting that meeting's people and states
    (a visit of its own sentence: the visitors; see module). A sentence after the meeting's that opens with a
    singular pronoun ("Il a ensuite assisté à la cérémonie de signature") gives the meeting's subject alone. An
    undated ceremony takes the meeting's date."""
    for draft in drafts:
        if draft.type != "Ceremony" or draft.background or draft.attendees:
            continue
        act = _act_of(drafts, draft)
        if act is None:
            continue
        first = min(draft.sentences)
        span = ctx.sentences[first]
        alone = first not in act.sentences and opens_with(ctx, "pronoun", span) and not opens_with(ctx, "plural_pronoun", span)
        draft.attendees = list(act.attendees[:1] if alone else act.attendees)
        draft.countries |= act.countries
        if draft.date is None:
            draft.date, draft.date_text = act.date, act.date_text  # "Allí está prevista la firma": the act's day


def _act_of(drafts: list[Draft], ceremony: Draft) -> Draft | None:
    """The visit of the ceremony's first sentence, else the meeting of that sentence or the one before."""
    first = min(ceremony.sentences)
    fitting = [d for d in drafts if d is not ceremony and not d.background and d.status == ceremony.status
               and ceremony.countries <= d.countries and not _differ(d, ceremony)]  # fmt: skip
    visit = [d for d in fitting if d.group == "visit" and d.attendees and first in d.sentences]
    if visit:
        return visit[-1]
    for wanted in (first, first - 1):
        acts = [d for d in fitting if d.group == "meet" and len(d.attendees) > 1 and wanted in d.sentences]
        if acts:
            return acts[-1]
    return None


def _differ(act: Draft, ceremony: Draft) -> bool:
    """Whether the two are dated on different days (or months)."""
    if act.date is None or ceremony.date is None:
        return False
    a, c = act.date.value, ceremony.date.value
    n = min(len(a), len(c))
    return a[:n] != c[:n]


def honoured_guests(ctx: Context, drafts: list[Draft]) -> None:
    """"Am Abend gab Beridse ein Essen zu Ehren des Gastes", "Mmolotsi hosted a state banquet in honour of his guest":
    a ceremony told with its host in a sentence saying it honours the guest ("honoured_guest" cue) is the visitor's
    too: the first person of the latest visit told before it (not background, on a day of it) who is of another
    state than the ceremony's hosts joins it, with the visit's states."""
    pattern = compiled(ctx.lang).fast.get("honoured_guest")
    if pattern is None:
        return
    for draft in drafts:
        if draft.type != "Ceremony" or draft.background or not draft.attendees:
            continue
        first = min(draft.sentences)
        span = ctx.sentences[first]
        ctx.low = ctx.low or lower(ctx.text)
        if pattern.search(ctx.low, span.start, span.end) is None:
            continue
        visits = [d for d in drafts if d.group == "visit" and not d.background and d.attendees
                  and min(d.sentences) < first and _during(d, draft)]  # fmt: skip
        hosts = {p.country for p in draft.attendees}
        guest = next((p for p in visits[-1].attendees if p not in draft.attendees and p.country not in hosts), None) \
            if visits else None  # the first traveller of another state than the host's (the visit names its host too)
        if guest is not None:
            draft.attendees.append(guest)
            draft.countries |= visits[-1].countries
