"""Link titles to names inside a sentence, and read what the title says about the person.

Around a title unit the phrase may hold, left to right: country adjectives, genitives or prefixes
("russischen", "Russlands", "US-"), modifiers ("stellvertretende", "deputy"), the title, genitive
complements ("des US-Außenministers", "of India"), a portfolio ("für Südamerika und die Karibik", never
a represented country), an accreditation ("in den USA", "в РФ") and a comma before the name. A title
without a following name may stand in apposition after one ("Hu Jintao, the President of China").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graph.extract import titlecomplement as words
from graph.extract.portfolioforms import (
    conjoined_portfolio,
    lower_complement,
    portfolio_then_state_form,
    state_form_before,
)
from graph.extract.portfolios import given_after_portfolio, portfolio_then_state, portfolio_to_end
from graph.extract.institutions import institution_word, seat_preposition
from graph.extract.oaths import sworn_before, sworn_name
from graph.extract.roles import TitleEntry
from graph.extract.titlelist import state_name_pairs
from graph.extract.titlenames import after_comma, hit_names, names_before, owns_name, place_before_name, starts_name
from graph.model import City, Organization

__all__ = ["TitleHit", "link_titles", "ORG_NAMES"]

ORG_NAMES = {"EU": "European Union", "UN": "United Nations", "NATO": "NATO", "OSCE": "OSCE", "AU": "African Union"}
_MAX_GAP = 12
_MODIFIER_FORMS = frozenset({"adjective", "prefix", "genitive", "name", "demonym"})
_ORG_PRESIDENTS = {"EC": "President of the European Commission", "EUCO": "President of the European Council",
                   "EP": "President of the European Parliament", "EEC": "Chairman"}  # "President" of such a body


@dataclass(slots=True)
class TitleHit:
    """A title in a sentence with what surrounds it."""

    start: int
    end: int
    entry: TitleEntry
    phrase_start: int
    phrase_end: int
    countries: list[str] = field(default_factory=list)
    accredited: str | None = None
    org: Organization | None = None
    prefix: str | None = None
    seat: bool = False  # held in an institution named without its state ("im Außenministerium"): no default state

    @property
    def role(self) -> str | None:
        """Normalised role, with the modifier's prefix ("Deputy") and the country-specific variant."""
        role = self.entry.role
        if role and self.countries and self.entry.by_country:
            role = next((r for code, r in self.entry.by_country if code == self.countries[0]), role)
        if role == "President" and self.org is not None:
            role = _ORG_PRESIDENTS.get(self.org.code, role)  # "Präsidentin der Europäischen Kommission"
        if role and self.prefix and not role.startswith(self.prefix):
            role = f"{self.prefix} {role}"
        return role

    @property
    def country(self) -> str | None:
        """The represented country: stated in the phrase, else implied by the title (unless an organisation)."""
        if self.countries:
            return self.countries[0]
        if self.org is not None or self.entry.org or self.seat:
            return None  # "Staatsminister im Außenministerium": another state's ministry than the "Auswärtiges Amt"
        return self.entry.country

    @property
    def organization(self) -> Organization | None:
        """The intergovernmental organisation the title belongs to (EU, UN, NATO ...), if any."""
        if self.org is not None:
            return self.org
        if self.entry.org:
            return Organization(self.entry.org, ORG_NAMES.get(self.entry.org, self.entry.org))
        return None


def link_titles(sent: Any) -> list[tuple[TitleHit, list[tuple[int, int]]]]:
    """For every title unit of the sentence: the hit and the ``(first, last + 1)`` units of its names."""
    out = []
    nested: set[int] = set()
    kinds = [unit.kind for unit in sent.units]
    if "title" not in kinds:
        return out  # most sentences
    for u in [u for u, kind in enumerate(kinds) if kind == "title"]:
        if u in nested or u in sent.used:
            continue  # a title inside another's phrase, or a style before a name ("TITLE, Ambassador X")
        unit = sent.units[u]
        entry, inner = unit.obj
        if u + 1 < len(sent.units) and sent.units[u + 1].text in sent.names.marks:
            continue  # "the President's residence": not a person's title here
        hit = TitleHit(unit.start, unit.end, entry, unit.start, unit.end, countries=list(inner))
        left = _left(sent, u, hit)
        names = _forward(sent, u + 1, hit, nested)
        names = sworn_before(sent, hit) or names  # "X назначен Послом ... и Главой Миссии": X, not the words after
        if not names:
            names = names_before(sent, left, hit) or sworn_name(sent, hit)  # "X juró ayer como ministro"
        if len(names) == 1 and len(hit.countries) == 1:
            more, codes = state_name_pairs(sent, names[0][1])  # "der Republik Chile, A, der Republik Peru, B"
            names, hit.countries = names + more, hit.countries + codes
        if not names and hit.entry.plural:
            colon = next((i for i in range(u + 1, len(sent.units)) if sent.units[i].text == ":"), None)
            names = sent.name_list(colon + 1) if colon is not None and colon + 1 < len(sent.units) else []
        sent.used.update(i for first, last in names for i in range(first, last))
        out.append((hit, names))
    return out


def _left(sent: Any, u: int, hit: TitleHit) -> int:
    """Walk left over modifiers and country words; return the index of the first unit outside the phrase."""
    units, lex = sent.units, sent.lex
    countries: list[str] = []
    k = u - 1
    while k >= 0:
        x = units[k]
        after_preposition = k > 0 and units[k - 1].lower in lex.accredited and not _possessive(sent, k)  # "в Россию Председателя": not his
        if x.kind == "country" and _modifies(sent, k) and not after_preposition:
            countries.insert(0, x.obj.code)
        elif x.kind == "org" and units[k + 1].start - x.end <= 1:
            hit.org = hit.org or x.obj
        elif k > 0 and (x.text == ")" and k > 1 and units[k - 2].text == "(" or x.text in lex.nonnames) \
                and units[k - 1].kind == "org":
            k -= 1  # "Gulf Cooperation Council (GCC) Secretary-General", "African Union Commission chair"
            continue
        elif x.kind == "word" and lex.modifiers.fullmatch(x.text):
            hit.prefix = lex.role_prefix.get(x.lower, hit.prefix)
        elif (x.text == "," or x.lower in lex.conjunctions) and countries and k > 0 and units[k - 1].kind == "country" \
                and not _closes_of_phrase(sent, k - 1, hit):
            k -= 1
            continue
        elif x.text in sent.names.marks and k > 0 and units[k - 1].kind in ("country", "org"):
            k -= 1  # "Ukraine's President", "the OSCE's special representative"
            continue
        elif x.lower in lex.relative_owners and not countries and hit.org is None and k > 1 and units[k - 1].text == "," \
                and units[k - 2].kind in ("country", "org"):
            owner = units[k - 2]  # "the Gulf Cooperation Council, whose secretary-general X": the council's
            if owner.kind == "org":
                hit.org = owner.obj
            elif _modifies(sent, k - 2):
                countries.append(owner.obj.code)
            break
        elif x.kind == "word" and x.lower[-2:] in ("'s", "’s") and x.lower[:-2] in lex.government and k > 0 and units[k - 1].lower in lex.determiners:
            k -= 1  # "X, the ministry's director-general": an institution's title, the name before it
            continue
        else:
            break
        hit.phrase_start = x.start
        k -= 1
    hit.countries[:0] = countries
    return k


def _closes_of_phrase(sent: Any, k: int, hit: TitleHit) -> bool:
    """Whether the country at ``k`` ends an earlier official's "of" phrase, before a singular title's own state
    ("President A of Uzbekistan and Kazakh President B", "Premier A of Armenia and Azerbaijan's President B"):
    then it is not coordinated with that state ("the presidents of Armenia and Azerbaijan" still are)."""
    units, lex = sent.units, sent.lex
    return not hit.entry.plural and k > 1 and units[k - 1].lower in lex.genitive and units[k - 2].kind == "word" \
        and units[k - 2].text[:1].isupper()


def _modifies(sent: Any, k: int) -> bool:
    """Whether country unit ``k`` before a title names the title's state: a name, adjective, prefix or
    metonym, or a capital in the possessive ("Minsk's chargé d'affaires", "Moscow's envoy")."""
    form = sent.units[k].obj.form
    if form in _MODIFIER_FORMS or form == "metonym":
        return True
    return form == "capital" and _possessive(sent, k)


def _lower_word(units: list, u: int) -> bool:
    """Whether unit ``u`` is a lower-case word."""
    return u < len(units) and units[u].kind == "word" and units[u].text[:1].islower()


def _possessive(sent: Any, k: int) -> bool:
    """Whether unit ``k`` is followed by a possessive mark ("Kenya 's", "Minsk 's")."""
    return k + 1 < len(sent.units) and sent.units[k + 1].text in sent.names.marks


def _forward(sent: Any, u: int, hit: TitleHit, nested: set[int]) -> list[tuple[int, int]]:
    """Walk right over complements to the name(s) the title introduces."""
    units, lex = sent.units, sent.lex
    mode, last, gap = "", "title", 0
    while u < len(units) and gap <= _MAX_GAP:
        x = units[u]
        connector = words.connector(lex, x, mode, hit) or words.origin(sent, u, mode)
        if x.kind in ("country", "org", "title"):
            before_title = u + 1 < len(units) and units[u + 1].kind == "title"
            if x.kind == "country" and not mode and x.obj.form == "adjective" and before_title:
                return []  # "traf die Ministerin den kroatischen Außenminister": the next title's state
            if x.kind == "title" and hit.entry.org and x.obj[0].role == hit.entry.role and not x.obj[1] and starts_name(sent, u + 1):
                nested.add(u)  # "Глава Представительства ЕС в Казахстане посол X": the envoy's rank as a style
                u, gap = u + 1, 0
                continue
            if x.kind == "title" and mode != "genitive" and not words.genitive_title(lex, x):
                return []
            if x.kind == "title" and mode == "genitive" and owns_name(sent, u):
                return []  # "ein Sprecher des Präsidenten Joe Biden": the president's name, not the spokesman's
            if x.kind == "title":
                nested.add(u)
            if x.kind == "country" and mode == "portfolio" and state_form_before(sent, u):
                mode = "genitive"  # "chargé de la Coopération régionale de la République du Rwanda": his state
            if x.kind != "org" or mode != "genitive" or last != "noun":  # "Vorsitzende der Parlamentariergruppe
                words.complement(hit, x, mode)  # ASEAN des Bundestages": an organisation after a noun is its topic
                last = x.kind
        elif last == "title" and not mode and x.kind == "word" and x.text[:1].islower() and words.post_adjective(lex, x):
            hit.prefix = lex.role_prefix.get(x.lower, hit.prefix)  # "le conseiller diplomatique", "embajador adjunto"
        elif x.text in sent.names.marks and last == "country" and mode == "portfolio":
            if words.government_at(sent, u + 1):
                hit.countries.append(units[u - 1].obj.code)  # "spokesman for Uganda's government": its state
            # else "envoy for Ukraine's reconstruction": more of the portfolio
        elif last == "country" and hit.entry.plural and words.listed_state(sent, u):
            pass  # "Министры иностранных дел Туркменистана, Таджикистана и Киргизии A, B и C": a list of states
        elif mode in ("", "genitive") and last in ("title", "connector", "det") and x.text[:1].islower() \
                and (comma := words.both_states(sent, u)):
            hit.phrase_end, last, u = units[comma - 1].end, "noun", comma - 1  # "den Außenministern beider Länder, A
            # und B", "the foreign ministers of both countries, A and B": the two parties, then their names
        elif x.kind == "punct" and words.truncated(units, u, lex):
            pass  # "für Außen- und Sicherheitspolitik": a word cut before a conjunction
        elif x.kind == "punct":
            close = words.closing(units, u) if x.text == "(" else None
            if close is None and x.text == ",":
                close = words.listed_portfolio(sent, u, hit.phrase_end > hit.end or " " in sent.text[hit.start : hit.end])
                # "ministra de Agricultura, Pesca y Alimentación, NAME", "ministro de Relaciones Exteriores, Comercio
                # Internacional y Culto, NAME": the title's own complement goes on
                if close is not None:
                    hit.phrase_end = units[close - 1].end
                    words.listed_portfolio_state(sent, u, close, hit)
                    return after_comma(sent, close, hit)
            if close is None and x.text == "," and portfolio_to_end(sent, u):
                u, gap = u + 1, gap + 1  # "X, Ministre des Affaires étrangères, de la Coopération ... de Mauritanie."
                continue
            if close is None:
                return after_comma(sent, u, hit) if x.text in ",:" else []
            hit.phrase_end, u, gap = units[close].end, close + 1, gap + 1  # "Kaiser (Tenno) Akihito"
            continue
        elif connector and last == "post":
            return []  # "die Botschafterin in Schwerin von Ministerpräsidentin X": her post closed the phrase
        elif connector:
            mode, last = connector, "connector"
        elif not mode and last == "title" and seat_preposition(lex.lang, units, u, lex.government):
            mode, last, hit.seat = "genitive", "connector", True  # "Staatsminister im Außenministerium, NAME"
        elif last == "country" and x.lower in lex.conjunctions and u + 1 < len(units) and units[u + 1].kind == "country":
            pass  # "die Außenminister Armeniens und Aserbaidschans, A und B": one title for two states
        elif x.lower in lex.conjunctions and (mode == "genitive" or " " in sent.text[hit.start : hit.end]) \
                and (words.capitalised_portfolio(sent, u + 1) or portfolio_then_state(sent, u + 1)):
            mode, last = mode or "genitive", "connector"  # "Minister of Foreign Affairs and Trade, NAME": more portfolio
            # ("ministra de Relaciones Exteriores y Culto de Costa Rica, NAME")
        elif x.lower in lex.conjunctions and (mode or hit.phrase_end > hit.end or " " in sent.text[hit.start : hit.end]) and (words.complement_next(sent, u + 1) or conjoined_portfolio(sent, u)):
            pass  # "des Affaires étrangères et de la Coopération", "торговли и интеграции": one portfolio
        elif x.lower in lex.determiners and not (x.text[:1].isupper() and starts_name(sent, u)):
            if last == "title" and not mode and _lower_word(units, u + 1) and units[u + 1].lower not in lex.determiners:
                return []  # "schickten die beiden Präsidenten den ersten Güterzug": the object, no name
            last = "det" if last == "connector" else last
            u += 1
            continue
        elif sent.honorific_end(u) > u:
            return hit_names(sent, sent.honorific_end(u), hit)
        elif mode == "genitive" and last in ("connector", "det") and words.government_at(sent, u):
            last = "noun"  # "porte-parole du gouvernement (ougandais)", "du ministère des Affaires étrangères"
        elif mode == "genitive" and last in ("connector", "det") and x.text[:1].islower() and words.before_noun(units, u):
            last = "adjective"  # "des gleichnamigen Bundesstaates": one word before the noun
        elif mode == "genitive" and last == "noun" and x.text[:1].islower() and u + 1 < len(units) and units[u + 1].kind == "country":
            pass  # "du Conseil présidentiel libyen": an adjective of the complement, then its state
        elif mode in ("genitive", "portfolio") and x.text[:1].islower() and u + 1 < len(units) and units[u + 1].text == ",":
            pass  # "de la Coopération internationale, NAME", "du ministère, NAME": a word closing the complement
        elif mode in ("genitive", "portfolio") and last == "noun" and words.adjective_before_and(sent, u):
            pass  # "de l'Intégration africaine et des Affaires étrangères": an adjective, then more portfolio
        elif mode in ("", "genitive") and institution_word(lex.lang, units, u):
            pass  # "статс-секретарь Федерального департамента иностранных дел Швейцарии"
        elif mode == "accredited" and last == "connector" and isinstance(getattr(x, "obj", None), City):
            last = "post"  # "Generalkonsul Kroatiens in Stuttgart, NAME", "консул в Мурманске NAME": his post
        elif mode == "accredited" and last in ("connector", "det") and x.kind == "word" and not sent.given(u):
            return []  # "trug sich der Generalkonsul in das Goldene Buch ein": no post, so no name after it
        elif mode == "genitive" and last == "noun" and place_before_name(sent, u):
            pass  # "Gouverneur des Gliedstaats Kano, Musa Danladi": a place closing the complement
        elif mode == "genitive" and last == "noun" and (portfolio_then_state(sent, u) or portfolio_then_state_form(sent, u)):
            pass  # "viceministra de Asuntos Multilaterales de Colombia": capitalised portfolio words, then the state
        elif starts_name(sent, u):
            if not (mode == "portfolio" or (mode == "genitive" and last in ("connector", "det"))) or sent.given(u):
                return hit_names(sent, u, hit)
            if mode == "portfolio" and words.closing_name(sent, u):
                return hit_names(sent, given_after_portfolio(sent, u), hit)  # "посланник ООН по Сирии Ларс Экман":
                # a full name closes the phrase ("for International Partnerships Maren Lindqvist": from the given name)
            last = "noun"  # "Sprecherin des Außenministeriums": a complement, not a name
        elif mode == "genitive" and last in ("connector", "det", "noun") and lower_complement(sent, u):
            pass  # "du ministère de l'Europe et des affaires étrangères, Mme X": lower-case words closing it
            # ("de la Communauté nationale à l'étranger, M. X")
        elif mode != "portfolio" and not (x.text[:1].isupper() and mode in ("genitive", "accredited", "")):
            return []
        elif not mode:
            u, gap = u + 1, gap + 1  # a capitalised word of an organisation ("Исламской Республики"): not the title
            continue
        elif mode == "genitive" and last in ("connector", "det") and x.kind == "word":
            last = "noun"  # "des Affaires (étrangères)": a capitalised portfolio word
        hit.phrase_end = max(hit.phrase_end, x.end)
        u, gap = u + 1, gap + 1
    return []
