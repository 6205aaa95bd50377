"""Event mentions: trigger words per language with the cues around them.

``events.json`` of a language lists triggers (regular expressions with an event type) and cues: words
that make a mention planned, negated, uncertain, cancelled, postponed (planned), background ("vorherige"),
a reference to an earlier act ("nach einem Treffen"), generic ("mehrere"), indefinite ("ein Treffen"), a
later round ("dritte Runde") or a participation report ("nahmen ... teil"). :func:`find_mentions` returns one
:class:`EventMention` per trigger (the lexicon compiled and the mention record live in
:mod:`graph.extract.triggers`); :mod:`graph.extract.assemble` merges them into events.
"""

from __future__ import annotations

import dataclasses
import re

from graph.extract.agreedholding import agreed_to_hold
from graph.extract.anaphors import drop_unanchored
from graph.extract.attributions import quoted_subject, that_quote, trailing_attribution
from graph.extract.frames import drop_trip_days
from graph.extract.bilateral import mark_bilateral
from graph.extract.comings import coming_plans
from graph.extract.coordinated import coordinated_acts
from graph.extract.denials import denied, negated_plan, ruled_out_plan
from graph.extract.gatherings import summit_gatherings
from graph.extract.headings import drop_topic_headings
from graph.extract.hedges import hedged, hedged_relatives, hypothetical, not_excluded
from graph.extract.joins import join_adjacent
from graph.extract.latestatus import held_later, late_cancellations, plan_change, spanning_counterfactual
from graph.extract.passives import passive_host
from graph.extract.relatives import background_relatives
from graph.extract.reportsources import cited_source, trailing_sources
from graph.extract.rounds import earlier_round, later_round
from graph.extract.roundsentences import rounds_alone
from graph.extract.roles import word_starts
from graph.extract.sincefirst import earlier_since
from graph.extract.sentencedrops import drop_frames, drop_hosted_by, drop_judged, drop_signed_statements
from graph.extract.marginacts import sideline_acts
from graph.extract.text import lower, tokenize
from graph.extract.triggers import EventEntry, EventMention, Triggers, compiled
from graph.extract.questions import asks
from graph.extract.windows import CLAUSE as _CLAUSE
from graph.extract.windows import WORD as _WORD
from graph.extract.windows import ends_with as _ends_with
from graph.extract.windows import has as _has
from graph.extract.windows import word_list_after as _word_list_after
from graph.extract.windows import word_list_before as _word_list_before
from graph.extract.windows import words_before as _words_before
from graph.model import Span

__all__ = ["EventEntry", "Triggers", "EventMention", "compiled", "find_mentions", "GROUPS"]

#: Types that may name the same act; mentions merge only inside a group.
GROUPS = {
    "Meeting": "meet", "Talks": "meet", "Negotiation": "meet", "Contact": "meet",
    "Visit": "visit", "StateVisit": "visit", "PhoneCall": "call", "Summit": "summit", "Conference": "summit",
    "Ceremony": "ceremony", "Summons": "summons", "Expulsion": "expulsion", "Statement": "statement",
}  # fmt: skip
_OPENING = re.compile(r"\W*([\w’'-]+),")
_FIRST_WORD = re.compile(r"\W*([\w’'-]+)\s")
_OPENING_PHRASE = re.compile(r"\W*([^,.;:!?]{3,60}),")  # an opening phrase up to its comma
#: What follows a verb that closes its clause ("... getroffen, um", "... getroffen."): a German participle.
_CLAUSE_END = re.compile(r"\s*(?:(?:worden|gewesen)\b\s*)?(?:[,.;:!?)]|$|und\b|um\b)")  # "war ... einbestellt worden."
#: Clause punctuation but quote marks: a quoted predicate ("was 'not planned at this stage'") stays in the clause.
_COMMA_WORD = re.compile(r",\s+(\w+)")
_QUOTED_CLAUSE = re.compile(r"[;:.!?()]|\s[–—-]\s")
#: The rest of a sentence whose speech verb introduces a quotation: a few words and a colon ("sagte X heute in Berlin:").
_QUOTE_INTRO = re.compile(r"(?:[^,;:.!?\"“”„«»]|\.(?!\s)|[«„“\"][^«»„“”\":]{1,40}[»“”\"]){0,80}:\s*")  # "im Ö1-«Morgenjournal»:"


_IN_TURN_AFTER = 20  # characters after a speech verb where "por su parte" may stand ("afirmó, por su parte, que")

#: A line that heads the list of sources closing a report ("Sources", "Quellen", "Fuentes", "Источники").
_SOURCES = re.compile(r"\n[ \t]*(?:Sources?|Quellen?|Fuentes?|Источники?)[ \t]*\n")
#: How many words after a noun trigger its clause's verb in a future form may stand.
_FUTURE_REACH = 12


def _background(triggers: Triggers, text: str, mention: EventMention, span: Span, before: tuple[str, str, str]) -> bool:
    """Whether a mention names an earlier act: "previous talks", "had met before", "have talked by phone since"."""
    before2, before4, before15 = before
    if mention.entry.pos != "verb":
        return _has(triggers, "background", before4)
    if opens_with_past(triggers, text, span):
        return False  # "Zuvor hatten die beiden Minister ... beraten", "Earlier, the two had met": the same occasion
    if _has(triggers, "pluperfect", f"{before2} {text[mention.start : mention.end]}"):
        return True  # "the two had met in Pretoria", "s'étaient réunis en décembre": before the news
    if _has(triggers, "pluperfect_final", before15) and _CLAUSE_END.match(text, mention.end) and not mention.entry.arrival:
        return True  # "hatten sich die Minister im Mai in Tallinn getroffen, um ...": the participle closes the clause
        # (but "X war am Montag in Berlin eingetroffen": the arrival of the trip reported)
    if _has(triggers, "background", before2) or (_has(triggers, "past", before15) and not opens_with_past(triggers, text, span)):
        return True
    after = _CLAUSE.split(text[mention.end : span.end])[0].split(",")[0]
    words = _WORD.findall(after)
    return _ends_with(triggers, "since_after", after) or _has(triggers, "last_time", " ".join(words[:4])) \
        or _has(triggers, "past_year", " ".join(words[:6]))  # "встречались в октябре прошлого года в Сочи", "met in
    # Sochi last year": an act of an earlier year, not the one reported


def _perfect(triggers: Triggers, text: str, mention: EventMention, before15: str, after: list[str]) -> bool:
    """Whether a participle trigger is told in a perfect tense: its auxiliary right after it ("eingetroffen war")
    or earlier in a clause the participle closes ("war am Mittwochabend in Santiago eingetroffen.")."""
    if after and _has(triggers, "pluperfect_final", after[0]):
        return True
    return _has(triggers, "pluperfect_final", before15) and _CLAUSE_END.match(text, mention.end) is not None


def opens_with_past(triggers: Triggers, text: str, span: Span) -> bool:
    """Whether the sentence opens with "Earlier," / "Previamente," / "Zuvor" (earlier on the same occasion, not
    an act of the past) and names no other past cue."""
    phrase = _OPENING_PHRASE.match(text, span.start, min(span.end, span.start + 60))
    if phrase is not None and _has(triggers, "earlier_same_day", phrase.group(1)):
        return True  # "Un peu plus tôt dans la matinée, X avait été reçu ...": earlier on the day told
    head = _OPENING.match(text, span.start, min(span.end, span.start + 40))
    cue = "past"
    if head is None:  # German word order, no comma: "Zuvor hatten die Minister ..."
        head, cue = _FIRST_WORD.match(text, span.start, min(span.end, span.start + 40)), "earlier_opening"
    return head is not None and _has(triggers, cue, head.group(1)) and not _has(triggers, "past", text[head.end() : span.end])


def _clause_before(text: str, mention: EventMention, span: Span) -> str:
    """The words of a trigger's clause before it, back to a comma or clause mark (at most 15 words)."""
    window = _CLAUSE.split(text[max(span.start, mention.start - 120) : mention.start])[-1].rsplit(",", 1)[-1]
    return " ".join(_WORD.findall(window)[-15:])


def _since_comma(text: str, mention: EventMention, span: Span) -> str:
    """The last words before a trigger back to a comma: "nach einem Treffen", not "... depuis, et notre réunion"."""
    return " ".join(_WORD.findall(text[max(span.start, mention.start - 48) : mention.start].rsplit(",", 1)[-1])[-4:])


def _clause_after(text: str, mention: EventMention, span: Span, reach: int = 60, words: int = 5) -> str:
    """The first words after a verb up to a comma: "summons X, calls off a trip" cancels only the trip."""
    window = _CLAUSE.split(text[mention.end : min(span.end, mention.end + reach)])[0].split(",")[0]
    return " ".join(_WORD.findall(window)[:words])


def _future_window(triggers: Triggers, text: str, mention: EventMention, span: Span, before4: str) -> str:
    """Where the verb of a noun trigger's clause may stand: the words before it and after it up to a comma, or
    up to the second one after a framing phrase ("Durante la visita a X, los ministros firmarán")."""
    parts = _CLAUSE.split(text[mention.end : min(span.end, mention.end + 12 * _FUTURE_REACH)])[0].split(",")
    window = " ".join(parts[:2]) if _has(triggers, "frame", before4) else parts[0]
    words = _WORD.findall(window)[:_FUTURE_REACH]
    stop = next((i for i, word in enumerate(words) if _has(triggers, "future_stop", word)), len(words))
    return " ".join(words[:stop]) + " " + before4


def _since_noun(triggers: Triggers, before4: str) -> bool:
    """Whether a noun trigger follows "since" and a possessive ("el primero desde su tensa reunión de junio", "the
    first since their meeting in June"): an earlier act of the parties just named."""
    words = before4.split()
    at = next((i for i in range(len(words) - 1, -1, -1) if _since_word(triggers, words, i)), None)
    return at is not None and len(words) - at <= 3 and _has(triggers, "since_possessive", " ".join(words[at + 1 :]))


def _since_word(triggers: Triggers, words: list[str], i: int) -> bool:
    """Whether ``words[i]`` ends a "since" phrase ("desde", "с момента")."""
    if _has(triggers, "since_strict", words[i]):
        return True
    return i > 0 and not _has(triggers, "since_strict", words[i - 1]) and _has(triggers, "since_strict", f"{words[i - 1]} {words[i]}")


def _planned_final(triggers: Triggers, text: str, mention: EventMention, span: Span, after: list[str]) -> bool:
    """Whether the clause of a noun trigger ends on a plan word, before a relative clause on its last name
    ("ein Treffen mit dem Generalsekretär, X, geplant, der als ... gilt")."""
    if len(after) < 15:
        return _ends_with(triggers, "planned_final", " ".join(after))
    window = _CLAUSE.split(text[mention.end : span.end], 1)[0]
    relative = triggers.fast.get("relative_subject")
    for comma in _COMMA_WORD.finditer(window):
        if relative is not None and relative.fullmatch(comma.group(1)):
            words = _WORD.findall(window[: comma.start()])
            return len(words) < 15 and _ends_with(triggers, "planned_final", " ".join(words))
    return False


def _plan_words(triggers: Triggers, text: str, mention: EventMention, span: Span, before4: str, after: list[str]) -> str:
    """The words after a noun trigger where a plan word makes it planned ("Gespräche ... sollen stattfinden"); after
    "after" only those of its own phrase ("In a joint statement released after the talks, they said they would
    ...": the talks were held, what follows the comma is another clause)."""
    if not _has(triggers, "after", before4):
        return " ".join(after[:8])
    return _clause_after(text, mention, span, 80, 8)


def _cues(triggers: Triggers, text: str, mention: EventMention, span: Span, whole: dict[str, bool]) -> bool:
    """Set the cue flags of a mention; False when the mention is negated or generic (no event).

    ``text`` is the lower-cased article; ``whole`` caches the cues searched in the whole sentence.
    """
    before = _word_list_before(text, mention.start, span.start, 15)  # words hold no spaces
    before2, before4, before8, before15 = (" ".join(before[-n:]) for n in (2, 4, 8, 15))
    after = _word_list_after(text, mention.end, span.end, 15)
    after5, after10, after15 = " ".join(after[:5]), " ".join(after[:10]), " ".join(after)
    verb = mention.entry.pos == "verb"
    if _has(triggers, "negation", before2) or (verb and _has(triggers, "negation", " ".join(after[:2]))) \
            or (not verb and _ends_with(triggers, "negated_verb", before4)):  # "sans faire de déclaration"
        if not not_excluded(triggers, text, mention, span):  # "n'exclut pas une visite": not ruled out
            return False
    if _has(triggers, "generic", before2) and not (mention.type == "Statement" and _ends_with(triggers, "recurring_instance", before2)) \
            or (mention.type == "Expulsion" and _has(triggers, "migrants", f"{before2} {after5}")):
        return False  # "several meetings" (but "at the regular briefing": one of them); "Haitians expelled": migrants
    if _ends_with(triggers, "appeal_verb" if verb else "appeal", before8):
        return False  # "urged Iran to return to negotiations", "urged the government to summon X": an appeal, no act
    if not verb and _ends_with(triggers, "founding", before4):
        return False  # "agreed on the establishment of the Strategic Dialogue": a format set up, no act of it
    if verb and (_has(triggers, "habitual", before4 + " " + " ".join(after[:1])) or _has(triggers, "frequency", after5)):
        return False  # "deren Inspektoren regelmäßig Anlagen besuchen", "ministers meet regularly": no one act
    if _has(triggers, "ruled_out", before4 if verb else after10 + " " + before4):
        if not not_excluded(triggers, text, mention, span):  # "did not rule out a visit": only not sure
            return False  # "Ein Treffen mit X schloss Merz aus", "ruled out a meeting"
    if not verb and ruled_out_plan(triggers, before[-8:]):
        return False  # "descartó que esté prevista una reunión", "ruled out that a meeting was planned"
    if not verb and negated_plan(triggers, _word_list_after(text, mention.end, span.end, 15, _QUOTED_CLAUSE)):
        return False  # "Ein Treffen ... ist nicht geplant", "a meeting was 'not planned at this stage'"
    if _has(triggers, "unsaid", before15):
        return False  # "did not say whether it would expel diplomats in turn": no act reported
    if _has(triggers, "whether_opening", before8) and _has(triggers, "open_after", " ".join(after[:6])):
        return False  # "Ob Russland einen Diplomaten ausweisen wird, blieb offen": an open question, no act
    if hypothetical(triggers, text, mention, span):
        return False  # "Should they conclude quickly, a signing could be arranged": only imagined
    if not verb and _has(triggers, "not_held", after15) and not _has(triggers, "cancelled", after15):
        return False  # "Двусторонней встречи ... не было", "the meeting did not take place" (but "the talks
        # scheduled for April will not take place" are called off: Cancelled, see plan_change)
    if _has(triggers, "asked_whether", before15) and _has(triggers, "not_held", text[mention.end : span.end]):
        return False  # "Asked whether he would meet X, he said no such meeting was planned": a question answered no
    if mention.entry.speech and _has(triggers, "opening_remarks", after10):
        return False  # "said X at the start of the talks": opening remarks belong to the talks
    if negated_plan(triggers, before[-4:]) or _has(triggers, "denied_plan", " ".join(before[-10:])) \
            or denied(triggers, text, mention, span, not verb):
        return False  # "no tiene previsto viajar", "there are no plans for X to travel", "не планирует посетить"
    if mention.entry.arrival and _perfect(triggers, text, mention, before15, after):
        pass  # "wo sie am Mittwochabend aus Buenos Aires kommend eingetroffen war": arrived, whatever came before
    elif not verb and _has(triggers, "passive_present", before4):
        pass  # "Geleitet werden die Gespräche von X": a present passive, not a future
    elif not verb and "invit" in before8 and _has(triggers, "invited_before", before8):
        pass  # "había sido invitado a una cena", "had been invited to a dinner": an invitation told before the act
    elif mention.entry.status == "Planned" or _has(triggers, "planned", before15 if verb else before4):
        mention.status = "Planned"
    elif not verb and (_has(triggers, "agreed", before8) or agreed_to_hold(triggers, before)) and not _has(triggers, "frame", before4) \
            and not _ends_with(triggers, "medium", before2) and not _has(triggers, "after", before2):
        mention.status = "Planned"  # "договорились провести в марте ... раунд консультаций", "agreed to hold talks"
        # (but "was agreed on Tuesday in a phone call": the call is where it was agreed; "agree to reopen the
        # border after talks in Vientiane": the talks that led to the agreement)
    elif mention.type != "Statement" and _has(triggers, "planned_after", after[0] if verb and after else _plan_words(triggers, text, mention, span, before4, after) if not verb else ""):
        mention.status = "Planned"  # "Gespräche ... sollen stattfinden", "wo sie X treffen wird" (what a statement says is no plan of it)
    elif not verb and mention.type != "Statement" and _has(triggers, "future_aux", _clause_before(text, mention, span)):
        mention.status = "Planned"  # "will discuss the incident with her counterparts at a meeting in Copenhagen"
    elif not verb and _planned_final(triggers, text, mention, span, after):
        mention.status = "Planned"  # "Gespräche mit X sowie ein Austausch mit Y geplant": the clause ends on the plan
        # (so does "ist eine gemeinsame Pressekonferenz vorgesehen": the statement itself is ahead)
    elif not verb and mention.type != "Statement" and _has(triggers, "future", _future_window(triggers, text, mention, span, before4)):
        mention.status = "Planned"  # "В ходе переговоров ... министры обсудят", "lors de la visite, ils signeront"
    if _has(triggers, "uncertain", before4) or hedged(triggers, text, mention, span) or not_excluded(triggers, text, mention, span):
        mention.status = "Uncertain"
    changed = plan_change(triggers, _clause_after(text, mention, span) if verb else after15, before2 if verb else before4)
    if changed:
        mention.status = changed
    elif _has(triggers, "counterfactual", f"{before15} {text[mention.start : mention.end]} {after5}" if verb else before4) \
            or (not verb and spanning_counterfactual(triggers, before4, text[mention.start : mention.end], after10)):
        mention.status = "Cancelled"  # "had been due to meet", "hätte ihn treffen sollen": a plan that fell through
    mention.earlier = mention.entry.earlier or (not verb and _since_noun(triggers, before4))
    if mention.earlier:
        mention.status = "Occurred"  # "ce sera leur deuxième rencontre depuis celle qu'ils ont tenue": what was held
    mention.background = mention.earlier or _background(triggers, text, mention, span, (before2, before4, before15))
    mention.after = not verb and _has(triggers, "after", before4) and _has(triggers, "after", _since_comma(text, mention, span))
    mention.after = mention.after and not _has(triggers, "lasting", before4)  # "tras dos días de reuniones": the act itself
    mention.indefinite = not verb and _has(triggers, "indefinite", before2)
    mention.began = not verb and _has(triggers, "began", after5)
    mention.ended = not verb and _ends_with(triggers, "ended", before4)  # "will conclude her visit on Friday"
    if not whole:
        sentence = text[span.start : span.end]
        whole.update(participation=_has(triggers, "participation", sentence), both=_has(triggers, "both", sentence))
    mention.round = _has(triggers, "round", before8 + " " + text[mention.start : mention.end])
    mention.first_round = not verb and _has(triggers, "first_round", before4 + " " + text[mention.start : mention.end])
    mention.participation = whole["participation"]
    opening = text[span.start : min(mention.start, span.start + 60)]
    mention.anaphoric = ":" not in text[span.start : mention.start] and _has(triggers, "anaphor", " ".join(_WORD.findall(opening)[:3]))
    if mention.anaphoric and not verb and not mention.earlier:
        mention.background = False  # "Это уже третий визит ...": the act just reported, told again
    recurring = GROUPS.get(mention.type) == "summit"  # "next year's summit" is the bloc's, not the last pair's
    mention.agreed = _has(triggers, "agreed", before8) or (_has(triggers, "next", before2) and not recurring) or whole["both"] \
        or (not verb and agreed_to_hold(triggers, before))  # "agreed to hold the next round of ... consultations"
    mention.agreed = mention.agreed or mention.earlier or mention.entry.situated  # "the one they held",
    # "agreed to continue the dialogue": the parties just named
    if mention.type == "Contact" and (_has(triggers, "in_person", f"{before4} {_clause_after(text, mention, span, 100, 12)}")
                                      or _has(triggers, "sidelines", before8)):
        mention.type = "Meeting"  # "das Gespräch ... persönlich fortzusetzen", "to talk in person": no call;
        # "На полях заседания X провёл отдельную беседу с Y": a talk on the sidelines of a gathering is held there
    if verb and mention.background and GROUPS.get(mention.type) in ("meet", "call"):
        mention.agreed = mention.agreed or _has(triggers, "leaders", before4)  # "последний раз президенты встречались"
    return True


def find_mentions(
    text: str, lang: str, sentences: list[Span], starts: list[list[int]] | None = None
) -> list[EventMention]:
    """Every non-negated, non-generic trigger of the text, in order, with its cues.

    ``starts[i]`` are the word starts of ``sentences[i]`` when the caller has them (else they are computed).
    """
    triggers = compiled(lang)
    low = lower(text)
    found: list[EventMention] = []
    told = False
    sources = _SOURCES.search(text)  # a Wikinews "Sources" list: headlines of other reports, no account
    for index, span in enumerate(sentences):
        if sources is not None and span.start >= sources.end():
            break
        if asks(text, span, lang):
            continue  # "Is the government considering expelling ...?": a question tells of no act
        words = starts[index] if starts is not None else word_starts(text, tokenize(text, span.start, span.end))
        mentions = _sentence_mentions(triggers, (text, low), index, span, words)
        if not mentions:
            found += rounds_alone(lang, low, index, span, found)  # "The first round had taken place in May."
            continue
        mentions = drop_trip_days(lang, (text, low), span, mentions, GROUPS, told)
        told = told or any(GROUPS[m.type] == "visit" for m in mentions)  # a trip told before
        mark_bilateral(lang, low, mentions)  # "la última reunión binacional": of the two states of the report
        first = earlier_round(lang, low, span.start, span.end, mentions) or earlier_since(lang, (text, low), span.end, mentions)
        mentions = sorted([*mentions, first], key=lambda m: m.start) if first is not None else mentions
        next_round = later_round(lang, low, span.start, span.end, mentions)  # "..., and the third is planned for July"
        found += [*mentions, next_round] if next_round is not None else mentions
    found = drop_unanchored(found)  # "after the session": only once a council's session was told
    drop_topic_headings(triggers, low, sentences, found, GROUPS)
    return found


def _sentence_mentions(
    triggers: Triggers, texts: tuple[str, str], index: int, span: Span, starts: list[int]
) -> list[EventMention]:
    """The mentions of one sentence; ``texts`` is the article as written and lower-cased."""
    text, low = texts
    found: list[EventMention] = []
    whole: dict[str, bool] = {}
    for match in triggers.pattern.find(text, starts, span.start, span.end):
        entry = triggers.entries[int(match.lastgroup[1:].split("_")[0])]
        if entry.type is None:
            continue
        if triggers.capitalised_nouns and entry.pos == "noun" and not _capitalised(match.group()):
            entry = dataclasses.replace(entry, pos="verb")  # "treffen" (but "gemeinsame Erklärung" is a noun)
        elif entry.pos == "verb" and not entry.finite and _nominal(triggers, low, match.start(), span):
            entry = dataclasses.replace(entry, pos="noun")  # "à l'issue de la rencontre", "una visita"
        mention = EventMention(entry.type, match.start(), match.end(), index, entry)
        if entry.needs_object:  # "wurde vom Präsidenten empfangen": the subject is received
            mention.entry = entry = passive_host(triggers, entry, _clause_before(low, mention, span), low[match.start() : match.end()])
        if entry.speech and not _has(triggers, "speech_inverted", low[max(span.start, match.start() - 4) : match.start()]):
            if not _QUOTE_INTRO.fullmatch(text, match.end(), span.end) and not quoted_subject(text, match.start(), span) \
                    and not that_quote(triggers, texts, match.end(), span.end):
                continue  # "said" reports what was said, no act; but "sagte X in Berlin:" opens a quotation
        if entry.pos == "verb" and entry.type == "Meeting" and _has(triggers, "idiom", low[span.start : match.start()]):
            continue  # "eine Entscheidung getroffen", "took measures"
        if entry.type == "Statement" and entry.pos == "verb" and _declares_state(triggers, low, match.end(), span):
            continue  # "declared a state of emergency"
        if _cues(triggers, low, mention, span, whole):
            mention.dropped = cited_source(triggers, low, mention, span)
            if entry.type == "Statement" and entry.pos == "verb" and "in_turn" in triggers.fast:  # "por su parte, señaló"
                mention.in_turn = triggers.search("in_turn", low[span.start : min(span.end, match.end() + _IN_TURN_AFTER)])
            found.append(mention)
    if not found:
        return found
    late_cancellations(triggers, low, span, found)
    coming_plans(triggers, low, span.start, span.end, found)  # "reist kommende Woche nach X": ahead
    trailing_sources(triggers, low, span, found)
    held_later(triggers, low, span, found)
    hedged_relatives(triggers, low, span, found)  # "a visit ..., which could take place in November"
    if len(found) < 2:
        return found  # nothing to join, drop or order
    found = drop_judged(low, found)
    found = drop_signed_statements(low, found)  # "signed a joint declaration": the signing, no statement
    found = join_adjacent(text, found, GROUPS, triggers.fast.get("receive"))
    found = summit_gatherings(triggers, low, found)
    sideline_acts(triggers, low, span, found, GROUPS)  # before the frames go: "al margen de la reunión"
    found = drop_frames(triggers, low, span, found, GROUPS)
    found = drop_hosted_by(triggers, low, found, GROUPS)
    for i, m in enumerate(found):
        if m.entry.infinitive and i and not _has(triggers, "agreed", _words_before(low, m.start, span.start, 2)):
            m.status = found[i - 1].status  # "traveled to Brussels to meet X": as the first trigger says (but
            # "spoke by phone ... and agreed to meet": a plan)
    background_relatives(triggers, low, found, GROUPS)  # "la última visita ..., cuando X visitó La Paz"
    coordinated_acts(triggers, low, found, GROUPS)  # "wo sie X treffen wird", "the visit of X and your trip"
    future = [m.start for m in found if m.entry.status == "Planned" and not m.entry.infinitive]
    for m in found:
        if m.status == "Occurred" and future and not m.entry.past and (m.entry.pos == "verb" or m.start > future[0]):
            if m.type == "Statement" and (m.start < future[0] or trailing_attribution(low, m, span)):
                continue  # "announced that the presidents will meet", "« X se rendra au Ghana », a déclaré":
                # the announcement is made
            m.status = "Planned"
    if any(m.type == "PhoneCall" for m in found):
        found = [m for m in found if m.type != "Conference"]  # a conference call
    return found


def _capitalised(phrase: str) -> bool:
    """Whether a word of the phrase starts with a capital (a German noun)."""
    return phrase[:1].isupper() or any(w[:1].isupper() for w in phrase.split()[1:])


def _nominal(triggers: Triggers, low: str, start: int, span: Span) -> bool:
    """Whether a verb form stands after a determiner ("de la rencontre", "La rencontre, ..."): a noun."""
    return "nominal" in triggers.fast and _ends_with(triggers, "nominal", " ".join(_word_list_before(low, start, span.start, 2)))


def _declares_state(triggers: Triggers, low: str, end: int, span: Span) -> bool:
    """Whether a statement verb declares a state of affairs ("declared a state of emergency", "a décrété l'état
    d'urgence"): no statement."""
    return _has(triggers, "declared_object", " ".join(_word_list_after(low, end, span.end, 6)))


def mentions_phone(text: str, lang: str) -> bool:
    """Whether the article speaks of a telephone call anywhere (turns "spoke with" into a call)."""
    triggers = compiled(lang)
    if "phone" in triggers.spaced:
        return triggers.spaced["phone"].search(" " + lower(text)) is not None
    pattern = triggers.fast.get("phone")
    return bool(pattern and pattern.search(lower(text)))
