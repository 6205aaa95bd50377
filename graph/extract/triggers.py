"""Event triggers of a language compiled from its ``events.json``, and the record of one trigger found in a text.

:func:`compiled` turns a lexicon into a trigger dispatcher (:class:`Triggers`, one :class:`EventEntry` per
trigger) and the cue patterns :mod:`graph.extract.events` searches around each :class:`EventMention`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from graph.extract import lexicon
from graph.extract.roles import Dispatch, split_alternatives
from graph.extract.text import lower_regex
from graph.model import Person

__all__ = ["EventEntry", "Triggers", "EventMention", "compiled"]

_CUES = ("planned", "ahead_verb", "past_verb", "planned_after", "negation", "uncertain", "cancelled", "postponed", "background", "after", "round",
         "generic", "participation", "indefinite", "phone", "speech_inverted", "since", "topic", "locative",
         "origin", "clause", "agreed", "conjunction", "idiom", "since_strict", "pronoun", "argument", "purpose", "ruled_out", "relative", "both", "next", "past", "anaphor", "there", "frame", "since_after", "between", "agent", "counterfactual", "source", "there_opening", "declared_object", "source_of", "sidelines", "medium", "held_later", "hosts_later", "pluperfect", "pluperfect_final", "nominal", "same_day", "future", "future_stop", "habitual", "since_possessive", "not_held", "opening_remarks", "uncertain_after", "planned_final", "gathered_for", "appeal", "began", "ended", "conditional_opening", "conditional_modal", "earlier_opening", "future_aux", "receive", "last_time", "past_year", "relative_subject", "unsaid", "lasting", "first_round", "object_pronoun", "object_clitic", "doubtful", "passive_host", "leaders", "in_person", "uncertain_relative", "earlier_same_day", "not_excluded", "during_told", "prepared_visit", "prepared_visit_after", "audience", "trailing_source", "source_said", "denied_plan", "denied_report", "off_agenda", "after_told", "told_with", "appeal_verb", "negated_verb", "migrants", "recurring_instance", "coming", "plural_pronoun", "frequency", "condition_after", "asked_whether", "report_opening", "denied_after", "none_final", "passive_present", "to_hold", "object_relative", "press_audience", "whether_opening", "open_after", "founding", "invited_before", "in_turn", "honoured_guest", "same_act", "departs_today", "later_today", "no_new_date", "speech_day")  # fmt: skip
_MEMO_SIZE = 1 << 15  # memoised cue answers per language (see Triggers.search)
_MEMO_WINDOW = 48  # longest window memoised, in characters (a few words: they recur in any text)


@dataclass(frozen=True, slots=True)
class EventEntry:
    type: str | None
    pos: str
    status: str | None = None
    formal: bool = False
    speech: bool = False
    infinitive: bool = False  # "to visit": planned, unless an earlier trigger of the sentence sets the time
    kind: str | None = None  # a sub-kind that never merges with another ("signing" among ceremonies)
    needs_object: bool = False  # a meeting only with a person as object ("received the envoy", not "welcomed the talks")
    judges: bool = False  # a verdict on another act ("nannte die Ausweisung unbegründet"): that act is its topic
    earlier: bool = False  # names an earlier act of its own ("desde la que celebraron en julio"): background
    situated: bool = False  # an act only with a date or place of its own ("continue the dialogue in September in New York")
    past: bool = False  # a past form: a plan told in its sentence does not make it planned ("llegó el lunes ..., se reunirá")
    joint: bool = False  # a joint act of the parties of the act it follows ("a joint statement issued after the talks")
    leg: bool = False  # a trip in a "before" clause ("..., before flying to X"): the traveller of the act before it
    finite: bool = False  # a finite verb form, never a noun even after "last" or "first" ("they last met")
    anaphoric: bool = False  # a bare noun for a gathering told before ("the session"): see graph.extract.anaphors
    arrival: bool = False  # an arrival ("war am Dienstag in Berlin eingetroffen"): the first day of the trip told
    proper: bool = False  # a conference by name ("conference"), not a ministers' meeting or session (:mod:`.fewstates`)


@dataclass(frozen=True, slots=True)
class Triggers:
    pattern: Dispatch
    entries: tuple[EventEntry, ...]
    cues: dict[str, re.Pattern[str]]
    capitalised_nouns: bool = False  # German: a lower-case trigger is a verb
    fast: dict[str, re.Pattern[str]] = field(default_factory=dict)  # the cues for lower-cased text, case-sensitive
    memo: dict[tuple[str, str], bool] = field(default_factory=dict, compare=False, repr=False)  # see search()
    #: The cues that must start at a word start, as ``\W`` + cue: searched in " " + text, they find the same
    #: as the cues searched in the text, faster (the engine skips letters instead of trying every position).
    spaced: dict[str, re.Pattern[str]] = field(default_factory=dict, compare=False, repr=False)

    def search(self, cue: str, window: str) -> bool:
        """Whether ``cue`` occurs in ``window``, a piece of lower-cased text (False for a cue the language lacks).

        Answers for short windows are memoised: the same few words before and after triggers ("in the",
        "will") recur in article after article, and a dict lookup is much cheaper than a regex search.
        """
        key = (cue, window)
        found = self.memo.get(key)
        if found is None:
            if len(window) > _MEMO_WINDOW and cue in self.spaced:
                return self.spaced[cue].search(" " + window) is not None
            pattern = self.fast.get(cue)
            found = pattern is not None and pattern.search(window) is not None
            if len(window) <= _MEMO_WINDOW:
                if len(self.memo) >= _MEMO_SIZE:
                    self.memo.clear()
                self.memo[key] = found
        return found


@dataclass(slots=True)
class EventMention:
    """One trigger with its cues and, once assigned, its participants, place, date and duration."""

    type: str
    start: int
    end: int
    sentence: int
    entry: EventEntry
    status: str = "Occurred"
    background: bool = False  # "vorherige", "previous"
    after: bool = False  # "nach einem Treffen": an earlier, distinct act
    reference: bool = False  # "told reporters after the talks": the act already reported, if any
    told: bool = False  # "évoquée lors des entretiens": the talks already reported, nothing new (toldduring)
    same: bool = False  # "В том же заявлении", "in the same statement": the statement told just before
    indefinite: bool = False
    round: bool = False
    first_round: bool = False  # "la primera ronda": the first of rounds the article may tell later ones of
    participation: bool = False
    agreed: bool = False  # "vereinbarten ein Treffen": planned by the parties of the current event
    dropped: bool = False  # not an event after all (a cited source; set during assembly)
    unnamed: bool = False  # an official named by title only takes part ("rencontrer le président turc")
    anaphoric: bool = False  # "Es war das erste Treffen ...": the act just reported
    earlier: bool = False  # an earlier act named in passing ("the first since their meeting in June"): background
    stop: bool = False  # one stop of a trip told with several (:mod:`.stops`): a visit of its own
    began: bool = False  # "las conversaciones, que comenzaron el martes": dated by its first day
    ended: bool = False  # "завершит визит", "concluded her visit": the end of an act told before (:mod:`.merge`)
    sides: int = 0  # "la última reunión binacional" (2), "la anterior reunión trilateral" (3): of the states of the
    # report (:mod:`.bilateral`)
    in_turn: bool = False  # "X, por su parte, señaló que ...": the other party speaks on the occasion just told (:mod:`.merge`)
    on_record: bool = False  # "told reporters", "«...», – заявил X": said to the press or quoted (:mod:`.talkremarks`)
    inherit: EventMention | None = None  # coordinated with an earlier trigger of the sentence
    margins: EventMention | None = None  # "Al margen de la reunión, X y Y sostuvieron un encuentro": the gathering
    # on whose margins an act of its own took place (:mod:`.marginacts`)
    frame: EventMention | None = None  # the act a trip first named by one of its days dates ("on the first day of a visit")
    hosted: EventMention | None = None  # a dropped host verb: the act it hosts ("hosted the summit")
    persons: list[Person] = field(default_factory=list)
    speaker: Person | None = None
    countries: set[str] = field(default_factory=set)
    location: object = None
    location_at: int = -1  # offset of the place phrase
    date: object = None  # DateValue
    date_text: str | None = None
    duration: str | None = None


@cache
def compiled(lang: str) -> Triggers:
    """Compiled triggers and cues of ``lang`` (English when the language has no file)."""
    data = lexicon.load("events", lang) or lexicon.load("events", "en")
    entries: list[EventEntry] = []
    alternatives: list[tuple[str, str]] = []
    for item in data.get("triggers", []):
        index = len(entries)
        entries.append(EventEntry(item.get("type"), item.get("pos", "noun"), item.get("status"), bool(item.get("formal")),
                                  bool(item.get("speech")), bool(item.get("infinitive")), item.get("kind"),
                                  bool(item.get("object")), bool(item.get("judges")), bool(item.get("earlier")),
                                  bool(item.get("situated")), bool(item.get("past")), bool(item.get("joint")),
                                  bool(item.get("leg")), bool(item.get("finite")), bool(item.get("anaphoric")),
                                  bool(item.get("arrival")), bool(item.get("proper"))))  # fmt: skip
        for alt in split_alternatives(item["pattern"]):
            alternatives.append((f"e{index}_{len(alternatives)}", alt))
    cues, fast, spaced = {}, {}, {}
    for name in _CUES:
        pattern = data.get("cues", {}).get(name)
        if pattern:
            anchored = pattern if name in ("speech_inverted", "round") else rf"(?<!\w)(?:{pattern})(?!\w)"
            if name == "participation":  # a word start, any ending ("participa" in "participación"; not "led" in "Khaled")
                anchored = rf"(?<!\w)(?:{pattern})"
            cues[name] = re.compile(anchored, re.IGNORECASE)
            fast[name] = re.compile(lower_regex(anchored))
            if anchored.startswith(_AT_WORD) and not _ANCHORS.search(pattern):
                spaced[name] = re.compile(r"\W" + fast[name].pattern[len(_AT_WORD) :])
    return Triggers(Dispatch(alternatives), tuple(entries), cues, bool(data.get("capitalised_nouns")), fast, spaced=spaced)


_AT_WORD = r"(?<!\w)"
_ANCHORS = re.compile(r"\^|\\A|\(\?<")  # what could see the space put before a text: "^", "\A", a lookbehind
