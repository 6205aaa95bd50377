"""The state of an official whose title names none, from the words before the title: a sentence opening on a
capital ("In Minsk, Foreign Ministry spokesman X called ...", "В Минске представитель МИД Z заявил"), or a
delegation of a state "led by" the official ("казахстанскую делегацию возглавит министр X", "the Kenyan
delegation, led by Cabinet Secretary Y").

Runs inside :func:`graph.extract.people.find_people`, after coreference; it only fills states still unknown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract import places

if TYPE_CHECKING:
    from graph.extract.nameshape import PersonMention
    from graph.extract.roles import Titles
    from graph.model import City, Span

__all__ = ["capital_openings", "led_by_states"]

_LEAD = 12  # characters of the sentence before its capital: a preposition ("In ", "À ", "В ")
_LED_BACK = 60  # characters before "led by" where the delegation's state stands


def capital_openings(
    lex: Titles, text: str, sentences: list[Span], mentions: list[PersonMention], cities: list, named: set[str]
) -> None:
    """Open officials of a sentence that opens "<preposition> <capital>" are that capital's state's; so are those
    after another city of a state the article names ("In Abidjan ..." in a report naming Côte d'Ivoire), where
    the article names them first (someone named before is a traveller arriving there).

    Args:
        lex: the title data of the language (its ``place_prepositions``).
        sentences: the sentence spans; ``cities[i]`` the ``(Span, City)`` pairs of sentence ``i``.
        named: the states the article names.
    """
    first = {}
    for mention in mentions:
        if mention.person is not None:
            first.setdefault(id(mention.person), mention.sentence)
    for mention in mentions:
        person = mention.person
        if person is None or person.country is not None or person.organization is not None or not mention.title:
            continue
        if first[id(person)] < mention.sentence:
            continue  # "In Abu Dhabi, Minister X will ...": the traveller introduced before, not one of the city's
        state = _opening_city(lex, text, sentences[mention.sentence], cities[mention.sentence], named)
        if state is not None:
            person.country = state


def _opening_city(lex: Titles, text: str, sentence: Span, cities: list[tuple[Span, City]], named: set[str]) -> str | None:
    if not cities:
        return None
    span, city = cities[0]
    lead = text[sentence.start : span.start].strip().lower()
    if span.start - sentence.start > _LEAD or lead not in lex.place_prepositions or not city.country:
        return None
    if city.country in named:
        return city.country
    return city.country if places.governs_from(city) else None  # the capital or the seat ("In La Paz, ...")


def led_by_states(text: str, mentions: list[PersonMention], led: list, countries: list) -> None:
    """A titled official right after a "led by" cue (``led``: its matches), without a state of their own, is
    of the state named shortly before the cue in the same clause ("la délégation kazakhe sera conduite par le
    ministre X"). ``countries`` are ``(Span, CountryMention)`` pairs sorted by span."""
    if not led or not countries:
        return
    for mention in mentions:
        person, hit = mention.person, mention.title
        if hit is None or person is None or person.country is not None or person.organization is not None:
            continue
        cue = next((m for m in led if m.end() <= hit.phrase_start and not text[m.end() : hit.phrase_start].strip(" ,")), None)
        if cue is None:
            continue
        before = [c for s, c in countries if cue.start() - _LED_BACK <= s.start and s.end <= cue.start()]
        if before and not any(mark in text[before[-1].span.end : cue.start()] for mark in ".;:!?"):
            person.country = before[-1].code
