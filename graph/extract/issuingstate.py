"""The issuing state of a text: the state whose institution its head or source line names ("Source: United
States Department of State", "В Кремле состоялась встреча"), the capital of a briefing's head ("Dhaka,
Thursday"), the state its closing signature names, or the state whose institutions alone label releases so
("18.05.2026 - Pressemitteilung" in German). Its officials need not say their state.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon, places
from graph.extract.institutions import seat_prepositions
from graph.extract.signature import signature_state
from graph.lang import supported_languages

if TYPE_CHECKING:
    from graph.extract.roles import Titles

__all__ = ["capitals_upper", "home_country", "release_head", "titled_home"]

_SOURCE_LINE = re.compile(r"^\W*(?:Source|Sources|Quelle|Fuente|Источник)\b", re.IGNORECASE)


def home_country(lex: Titles, text: str) -> str | None:
    """The state whose institution issued the text, if its opening ("В Кремле состоялась встреча ...") or a
    source line ("Source: United States Department of State") names one, or, in a ministry's press briefing
    ("Point de presse de la porte-parole"), the text anywhere; else the state a closing signature names."""
    if lex.home is None:
        return None
    lines = text.splitlines()
    head = [text[:_head_end(text)]] + [line for line in lines if _SOURCE_LINE.match(line)]
    briefing = lex.briefing is not None and lex.briefing.search(text, 0, 250) is not None
    if briefing:
        head.append(text)  # a ministry's briefing: the first institution it names anywhere ("convoqué au Quai d'Orsay")
    for line in head:
        for match in lex.home.finditer(line):
            if _longer_name(lex, line, match.start()):
                continue  # "Foreign Office Consultations": another name, which the institution only begins
            if _title_seat(lex, line, match.start()):
                continue  # "empfing X, Staatssekretärin im Auswärtigen Amt": an official's office, not the issuer
            for key, code in lex.home_codes.items():
                if match.group().lower().startswith(key.lower()):
                    return code
    release = release_head(text)
    if briefing or release or _titled_briefing(lex.lang, text[:250].split("\n", 1)[0]) \
            or _dateline_ministry(lex.lang, text[:250]):  # "Weekly Press Briefing ... / Dhaka, Thursday ...": the capital's state
        code = _head_capital(text[:250]) or (_head_city(text[:250], lex.lang) if release else None)
        if code:
            return None if _organisation_release(text, lex.lang, code) else code  # the EU's release from Brussels
    return signature_state(text, lex.lang) or _signed_institution(lex, text) or _closing_capital(text) \
        or _labelled_state(lex.lang, text)


def titled_home(lex: Titles, text: str, mentions: list) -> str | None:
    """The state of a ministry's briefing or release that names no institution of it: that of its first official
    when his title alone, of one state only, gives it ("Compte rendu du point de presse" / "Le ministre de l'Europe
    et des Affaires étrangères, M. X": France's), not a state the text names for him; so too under a dateline
    from that state's capital ("Paris, le 17 avril 2026" / "Le ministre de l'Europe et des affaires étrangères")."""
    first = min((m for m in mentions if m.person is not None and m.title is not None), key=lambda m: m.start, default=None)
    if first is None or first.start >= _HEAD * 2:
        return None
    hit = first.title
    code = hit.country if hit.country and not hit.countries and not hit.entry.shared else None
    if code is None:
        return None
    head = text[:_HEAD]
    if lex.briefing is not None and lex.briefing.search(head) is not None or release_head(text) \
            or _titled_briefing(lex.lang, head.split("\n", 1)[0]) or _head_capital(head) == code:
        return code
    return None


_CLOSING_LINES = 4  # a signature block is among the last lines
_CLOSING_LINE = 40  # a signature line is short


def _signed_institution(lex: Titles, text: str) -> str | None:
    """The state of a home institution a closing line names by itself ("WISMA PUTRA" / "KUALA LUMPUR" / date)."""
    lines = [line.strip() for line in text[-200:].splitlines() if line.strip()][-_CLOSING_LINES:]
    for line in lines:
        if len(line) <= _CLOSING_LINE and (match := lex.home.fullmatch(line)) is not None:
            return next((code for key, code in lex.home_codes.items() if match.group().lower().startswith(key.lower())), None)
    return None


_YEAR = re.compile(r"\b\d{4}\b")


@cache
def _done_at() -> tuple[str, ...]:
    """The words that open a release's closing place and date ("Fait à Dakar, le 24 avril 2026"), signed after
    it: the ``done_at`` of every language's ``roles.json``, each with the space after it."""
    return tuple(f"{words} " for entry in lexicon.every_language("roles", "done_at") for words in entry)


def _closing_capital(text: str) -> str | None:
    """The state of a capital on the last line but one, over a date line that closes the text ("New Delhi" /
    "March 17, 2026"), or opening a one-line dateline ("Buenos Aires, 8 de julio de 2026"), maybe after "done at"
    among the closing lines ("Fait à Dakar, le 24 avril 2026" / "Le Bureau de l'Information"): a ministry's release
    signs so from its capital."""
    done = next((line for line in [line.strip() for line in text[-200:].splitlines()][-_CLOSING_LINES:]
                 if line.startswith(_done_at())), None)  # "Fait à Dakar, le 24 avril 2026" / "Le Bureau de ..."
    if done is not None and (code := _dated_capital(_after_done_at(done), text)):
        return code
    lines = [line.strip() for line in text[-120:].splitlines() if line.strip()][-2:]
    if lines and "," in lines[-1] and len(lines[-1]) <= _CLOSING_LINE and _YEAR.search(lines[-1]) \
            and (code := _dated_capital(lines[-1], text)):
        return code  # "Buenos Aires, 8 de julio de 2026"
    if len(lines) < 2 or len(lines[1]) > 30 or len(lines[1].split()) > 5 or not _YEAR.search(lines[1]):
        return None
    return capitals_upper().get(lines[0].upper()) if len(lines[0]) <= _CLOSING_LINE else None


def _after_done_at(line: str) -> str:
    """What follows the "done at" words opening a closing line ("Dakar, le 24 avril 2026")."""
    return line[len(next(words for words in _done_at() if line.startswith(words))):].lstrip()


#: An embassy's release signs from its host's capital ("La Embajada del Perú en la República del Ecuador ...").
_EMBASSY = ("embassy", "embajada", "ambassade", "botschaft", "посольств")


def _dated_capital(line: str, text: str) -> str | None:
    """The state of a capital that opens a closing dateline ("Buenos Aires, 8 de julio de 2026"), unless an
    embassy issued the text from its host's capital."""
    place, _, date = line.partition(",")
    if not date.strip()[:1].isdigit() and not date.strip().lower().startswith(("le ", "den ", "am ")):
        return None
    code = capitals_upper().get(place.strip().upper())
    if code is None:
        return None
    head = text[:300].lower()
    return None if any(word in head for word in _EMBASSY) else code


#: Lines of the head in which a release's label is looked for ("Titel / 18.05.2026 - Pressemitteilung").
_LABEL_LINES = 4
_DATE_DASH = re.compile(r"[\d.]+\s*[-–]\s*$")  # "18.05.2026 - " before the label


@cache
def _release_labels(lang: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    states = (lexicon.load("roles", lang) or {}).get("release_states") or {}
    words = "|".join(re.escape(w) for w in sorted(states, key=len, reverse=True))
    return (re.compile(rf"(?<!\w)(?:{words})(?!\w)") if words else None), states


def _labelled_state(lang: str, text: str) -> str | None:
    """The state whose institutions alone label their releases with a word the head shows (``release_states`` of
    ``<lang>/roles.json``: "18.05.2026 - Pressemitteilung" in German is Germany's), as a line of its own or after
    a date and a dash."""
    pattern, states = _release_labels(lang)
    if pattern is None:
        return None
    for line in [line.strip() for line in text[:400].splitlines() if line.strip()][:_LABEL_LINES]:
        match = pattern.search(line)
        if match is not None and (match.start() == 0 or _DATE_DASH.match(line, 0, match.start())):
            return states[match.group()]
    return None


#: The opening read for the issuer: so many characters, then on to the end of the word it cuts, and of the next
#: one (an institution's name of two words: "im Auswärtigen Amt die siebte Runde").
_HEAD = 250
_WORDS_ON = re.compile(r"\w*(?:[^\w\n]{1,2}\w+)?")


def _head_end(text: str) -> int:
    """Where the opening read for the issuing institution ends: ``_HEAD`` characters, not cutting a name short."""
    return _WORDS_ON.match(text, _HEAD).end() if len(text) > _HEAD else len(text)


@cache
def _briefing_words(lang: str) -> re.Pattern[str] | None:
    heads = lexicon.load("roles", lang).get("briefing_heads")
    return re.compile(rf"\b(?:{heads})\b", re.IGNORECASE) if heads else None


def _titled_briefing(lang: str, line: str) -> bool:
    """Whether the first line names a press briefing anywhere ("Transcript of the Weekly Press Briefing")."""
    words = _briefing_words(lang)
    return words is not None and words.search(line) is not None


#: A place opening a line, then a comma or a dash ("Dhaka, Thursday", "WINDHOEK – The Minister").
_PLACE_LINE = re.compile(r"\s*([^\W\d][^,\n]{1,27}?)\s*(?:,|\s[–—-]\s)")


def _head_capital(head: str) -> str | None:
    """The state of a capital opening a line of the head followed by a comma or a dash ("Dhaka, Thursday, 26
    March", "WINDHOEK – The Minister of ..."): in a briefing or a release, the issuing state's."""
    for line in head.splitlines()[1:]:
        place = _PLACE_LINE.match(line)
        if place is not None:
            code = capitals_upper().get(place.group(1).upper())
            if code:
                return code
    return None  # "MINISTRY OF FOREIGN AFFAIRS / SINGAPORE" closing the release


#: A dateline, its date and a dash, then what opens the text ("MANILA, 14 March 2026 — The Department ...").
_DATELINE_REST = re.compile(r"\s*[^\W\d][^,\n]{1,27}?,[^–—\n]{1,40}?\s[–—-]\s*")


@cache
def _dateline_ministries(lang: str) -> re.Pattern[str] | None:
    names = lexicon.load("roles", lang).get("dateline_ministry")
    return re.compile(rf"(?:{names})(?=\s+(?!of\b|de\b|du\b|des\b|d')[a-zа-яё])") if names else None


def _dateline_ministry(lang: str, head: str) -> bool:
    """Whether a dateline of the head opens its text on a foreign ministry that names no state, as the subject of
    a lower-case verb (``dateline_ministry`` of ``<lang>/roles.json``: "MANILA, 14 March 2026 — The Department of
    Foreign Affairs presents ..."): the ministry of the dateline's state issued it ("... of Japan said": not so)."""
    if "\n" not in head:
        return False
    names = _dateline_ministries(lang)
    if names is None:
        return False
    for line in head.splitlines()[1:]:
        rest = _DATELINE_REST.match(line)
        if rest is not None:
            return names.match(line, rest.end()) is not None
    return False


@cache
def _organisation_names(lang: str) -> re.Pattern[str] | None:
    forms = [form for entry in lexicon.load("organizations").get("organizations", {}).values()
             for form in entry.get("forms", {}).get(lang, ())]
    words = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)") if words else None


@cache
def _state_names(code: str, lang: str) -> tuple[str, ...]:
    forms = lexicon.load("countries")["countries"].get(code, {}).get("forms", {}).get(lang, {})
    return tuple(forms.get("name", ())) + tuple(forms.get("adjective", ()))


#: The opening read for an organisation's release: its head and first paragraph.
_OPENING = 600


def _organisation_release(text: str, lang: str, code: str) -> bool:
    """Whether a release dated from a capital is an organisation's: its head names an organisation
    (``organizations.json``) and its opening never names the capital's state ("Pressemitteilung / Brüssel, 28.
    Januar 2026 / EU und Marokko bekräftigen ...": the EU's, not Belgium's)."""
    names = _organisation_names(lang)
    if names is None or names.search(text, 0, _HEAD) is None:
        return False
    opening = text[:_OPENING]
    return not any(name in opening for name in _state_names(code, lang))


def _head_city(head: str, lang: str) -> str | None:
    """The state of a big city (a seat of government that is no capital) opening a line of a release's head
    followed by a comma or a dash ("COMMUNIQUÉ DE LA PRÉSIDENCE ... / Cotonou, le 3 juillet 2026")."""
    for line in head.splitlines()[1:]:
        place = _PLACE_LINE.match(line)
        if place is not None:
            found = places.find_cities(place.group(1), lang)
            if len(found) == 1 and found[0][0].end - found[0][0].start == len(place.group(1)):
                return found[0][1].country
    return None


_WORD = re.compile(r"\w+")


def _title_seat(lex: Titles, line: str, start: int) -> bool:
    """Whether the institution named at ``start`` is the office of a title right before it ("Staatssekretärin im
    Auswärtigen Amt", "Minister of State at the Foreign Office"): a title, a seat preposition
    (``seat_prepositions``), at most one more word."""
    window = max(0, start - 80)
    words = list(_WORD.finditer(line, window, start))[-3:]
    if not words or line[words[-1].end() : start].strip():
        return False  # punctuation between: "Auswärtiges Amt" opening a line or clause
    preps = seat_prepositions(lex.lang)
    prep = next((w for w in reversed(words[-2:]) if w.group().lower() in preps), None)
    if prep is None:
        return False
    title_end = len(line[: prep.start()].rstrip())
    starts = [m.start() for m in _WORD.finditer(line, window, title_end)]
    return any(m.end() == title_end for m in lex.pattern.find(line, starts, window, title_end))


def _longer_name(lex: Titles, line: str, start: int) -> bool:
    """Whether the institution named at ``start`` begins a longer name that names no state ("Foreign Office
    Consultations": ``not_countries`` of the country lexicon)."""
    return any(line.startswith(phrase, start) for phrase in _blocked(lex.lang))


@cache
def _blocked(lang: str) -> tuple[str, ...]:
    return tuple(lexicon.load("countries").get("not_countries", {}).get(lang, []))


@cache
def capitals_upper() -> dict[str, str]:
    """Capitals in capital letters, in any language ("LIMA", "МОСКВА") -> their state's code."""
    found = {}
    for code, entry in lexicon.load("countries")["countries"].items():
        for forms in entry.get("forms", {}).values():
            for name in forms.get("capital", []):
                found.setdefault(name.upper(), code)
    return found


@cache
def _release_heads() -> re.Pattern[str] | None:
    heads = [h for lang in supported_languages() if (h := lexicon.load("roles", lang).get("release_heads"))]
    return re.compile("|".join(f"(?:{h})" for h in heads)) if heads else None


def release_head(text: str) -> bool:
    """Whether the text opens on a release's label ("MEDIA STATEMENT", "Communiqué de la Présidence de la
    République"; ``release_heads`` of ``<lang>/roles.json``): a text some state's institution issued. The label
    may stand on its own line under a headline ("Kenya and Somalia conclude ... talks" / "PRESS STATEMENT")."""
    heads = _release_heads()
    lines = [line for line in text.lstrip()[:300].split("\n", 3)[:3] if line.strip()][:2]
    if heads is None or not lines:
        return False
    if heads.match(lines[0]) is not None:
        return True
    return len(lines) == 2 and len(lines[1]) <= _LABEL_LINE and heads.match(lines[1].strip()) is not None


_LABEL_LINE = 40  # a release's label under a headline stands alone on a short line ("Comunicado No. 418")
