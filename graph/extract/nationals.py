"""A person named by a nationality noun: "le Ghanéen Kwame Asante", "der Franzose X", "el chileno X", "the Briton X".

The noun (a demonym, or in languages writing the adjective as a noun a country adjective) right after a
determiner and right before a name says which state the person belongs to, and that the words after it form a
person's name. Country forms come read-only from the country lexicon; English singular demonyms missing from it
("Briton") are read off its plurals ("Britons").
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon

if TYPE_CHECKING:
    from graph.extract.nameshape import SentenceNames
    from graph.extract.roles import Titles
    from graph.extract.units import Unit

__all__ = ["national_before", "national_name", "singular_demonym"]

_FORMS = ("demonym", "adjective")


@cache
def _singulars(lang: str) -> dict[str, str]:
    """Singular demonyms read off plural ones ("Britons" -> "Briton": GB) that the lexicon does not list itself."""
    if not lexicon.grammar(lang, "singular_demonyms_from_plurals"):
        return {}
    known: set[str] = set()
    out: dict[str, str] = {}
    countries = lexicon.load("countries").get("countries", {})
    for entry in countries.values():
        forms = entry.get("forms", {}).get(lang, {})
        known.update(forms.get("adjective", []), forms.get("demonym", []))
    for code, entry in countries.items():
        for plural in entry.get("forms", {}).get(lang, {}).get("demonym", []):
            single = plural[:-1]
            if plural.endswith("s") and not plural.endswith("ss") and single not in known:
                out[single] = code
    return out


def singular_demonym(lex: Titles, units: list[Unit], u: int) -> str | None:
    """The state of a singular demonym word at ``u`` the country lexicon does not know, after a determiner."""
    table = _singulars(lex.lang)
    if not table or u < 1 or units[u].kind != "word":
        return None
    before = units[u - 1]
    return table.get(units[u].text) if before.kind == "word" and before.lower in lex.determiners else None


def national_before(lex: Titles, units: list[Unit], u: int) -> str | None:
    """The state of the nationality noun right before the name starting at unit ``u``, or None.

    "le Ghanéen", "l'Ivoirien", "der Franzose", "el chileno", "the Briton": a determiner, then a demonym or
    country adjective used as a noun. Russian has no articles: a demonym ("француз") alone will do.
    """
    if u < 1:
        return None
    noun = units[u - 1]
    if noun.kind == "word":
        return singular_demonym(lex, units, u - 1)
    if noun.kind != "country" or noun.obj.form not in _FORMS:
        return None
    if not lexicon.grammar(lex.lang, "articles"):
        return noun.obj.code if noun.obj.form == "demonym" else None
    det = units[u - 2] if u >= 2 else None
    return noun.obj.code if det is not None and det.kind == "word" and det.lower in lex.determiners else None


def national_name(sent: SentenceNames, u: int) -> tuple[str | None, tuple[int, int]] | None:
    """``(state, (first, last + 1))`` of a person named after a nationality noun ("le Ghanéen Kwame Asante");
    the state is None after an organisation the person may serve instead.

    A demonym needs a name of two words or a known given name after it ("der Deutsche Bundestag" is none); an
    adjective, which may just qualify a thing ("the Russian S-400", "der ukrainischen Bevölkerung"), a known
    given name, and never in German, where nouns made of adjectives are spelt apart.
    """
    code = national_before(sent.lex, sent.units, u)
    if code is None:
        return None
    noun = sent.units[u - 1]
    adjective = noun.kind == "country" and noun.obj.form == "adjective"
    if adjective and lexicon.grammar(sent.lex.lang, "capitalised_nouns"):
        return None
    name = sent.name_at(u, linked=True)
    if name is None or not (sent.given(u) or (not adjective and name[1] - name[0] >= 2)):
        return None
    if any(unit.kind == "org" for unit in sent.units[: u - 1]):
        return None, name  # "la Comisión Europea, cuyo comisario es el polaco X": a national serving the organisation
    return code, name
