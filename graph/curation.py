"""Analyst decisions about people that outlast re-ingests and rebuilds.

The decisions live in a small JSON file, by default ``<store folder>/curation.json`` (``$DKG_CURATION`` or
``--curation`` name another file; an ``http(s)://`` store has no folder, so it needs one of those)::

    {
      "version": 1,
      "same":      [["Selenskyj", "Volodymyr Zelensky"]],
      "different": [{"names": ["Wang", "Wang Yi"], "country": "CN"}],
      "names":     [{"name": "Wolodymyr Selenskyj", "canonical": "Volodymyr Zelensky"}],
      "wikidata":  [{"name": "Volodymyr Zelensky", "id": "Q123"}]
    }

Names are stored as the analyst typed them and matched through :func:`graph.names.name_key`, so any spelling
or script works; a person IRI (or its last segment, ``volodimir_selenski``) works too. Resolution applies the
decisions before its own rules: "same" names become one person, "different" names never merge (only among
people representing ``country`` when one is given), "names" set the displayed name, "wikidata" adds
``owl:sameAs <http://www.wikidata.org/entity/Q...>`` (and one id on two names makes them the same person).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DkgError
from .names import name_key, parse_name

__all__ = ["Curation", "CurationError", "default_path", "load_curation", "match_key", "FILE_NAME"]

FILE_NAME = "curation.json"
_QID = re.compile(r"^Q[1-9][0-9]*$")
_VERSION = 1


class CurationError(DkgError):
    """The curation file cannot be read or a decision is malformed or contradicts another."""


def match_key(text: str) -> str:
    """The name key a decision refers to: a name in any spelling, or a person IRI or its last segment."""
    text = text.strip()
    if "/" in text:
        text = text.rstrip("/").rsplit("/", 1)[-1]
    if "_" in text and " " not in text:
        return text.replace("_", " ")
    return name_key(text)


def _specificity(name: str) -> tuple[int, int, str]:
    parts = parse_name(name)
    rank = {"full": 0, "initialed": 1, "single": 2}[parts.kind]
    return rank, -len(parts.tokens), parts.key


@dataclass
class Curation:
    """The decisions of one curation file (empty when the file does not exist)."""

    same: list[list[str]] = field(default_factory=list)
    different: list[dict] = field(default_factory=list)
    names: list[dict] = field(default_factory=list)
    wikidata: list[dict] = field(default_factory=list)
    path: Path | None = None

    # -- queries used by resolution --------------------------------------------------------------------------
    def alias(self, key: str) -> str:
        """The key that stands for ``key`` after "same" decisions (the most complete name of its group)."""
        return self._aliases().get(key, key)

    def group(self, key: str) -> set[str]:
        """Every key made the same as ``key`` (``key`` included)."""
        target = self.alias(key)
        return {k for k, v in self._aliases().items() if v == target} | {key, target}

    def alias_name(self, key: str) -> str | None:
        """The name (as typed) whose key stands for ``key``, when a decision makes ``key`` an alias."""
        target = self._aliases().get(key)
        if target is None or target == key:
            return None
        return self._names_by_key().get(target)

    def different_pairs(self) -> list[tuple[str, str, str | None]]:
        """(key, key, country or None) of every "different" decision."""
        out = []
        for entry in self.different:
            a, b = entry["names"]
            out.append((self.alias(match_key(a)), self.alias(match_key(b)), entry.get("country")))
        return out

    def canonical_name(self, keys: set[str]) -> str | None:
        """The analyst's name for a person known under ``keys`` (the latest decision wins)."""
        for entry in reversed(self.names):
            if self.alias(match_key(entry["name"])) in keys:
                return entry["canonical"]
        return None

    def wikidata_id(self, keys: set[str]) -> str | None:
        """The Wikidata id given for a person known under ``keys``."""
        for entry in reversed(self.wikidata):
            if self.alias(match_key(entry["name"])) in keys:
                return entry["id"]
        return None

    def mentioned_names(self) -> list[str]:
        """Every name any decision refers to (resolution re-examines these people when decisions change)."""
        out = [n for pair in self.same for n in pair]
        out += [n for entry in self.different for n in entry["names"]]
        out += [e["name"] for e in self.names] + [e["name"] for e in self.wikidata]
        return out

    def digest(self) -> str:
        """A stable text of all decisions (stored with resolution results to notice a change)."""
        return json.dumps(self._data(), sort_keys=True, ensure_ascii=False)

    # -- edits --------------------------------------------------------------------------------------------
    def add_same(self, a: str, b: str) -> None:
        ka, kb = self.alias(match_key(a)), self.alias(match_key(b))
        for x, y, _ in self.different_pairs():
            if {x, y} == {ka, kb}:
                raise CurationError(f"{a!r} and {b!r} are already recorded as different people; edit "
                                    f"{self.path or FILE_NAME} to remove that decision first")
        self.same.append([a, b])
        self._reset()

    def add_different(self, a: str, b: str, country: str | None = None) -> None:
        if country is not None and not re.fullmatch(r"[A-Za-z]{2}", country):
            raise CurationError(f"{country!r} is not a two-letter country code")
        if match_key(a) != match_key(b) and self.alias(match_key(a)) == self.alias(match_key(b)):
            raise CurationError(f"{a!r} and {b!r} are recorded as the same person; edit "
                                f"{self.path or FILE_NAME} to remove that decision first")
        if match_key(a) == match_key(b) and country is None:
            raise CurationError("two equal names can only be told apart by country: add --country CC")
        entry: dict = {"names": [a, b]}
        if country:
            entry["country"] = country.upper()
        self.different.append(entry)
        self._reset()

    def add_name(self, key: str, canonical: str) -> None:
        if not canonical.strip():
            raise CurationError("the canonical name is empty")
        self.names.append({"name": key, "canonical": canonical.strip()})
        self._reset()

    def add_wikidata(self, name: str, qid: str) -> None:
        qid = qid.strip().rsplit("/", 1)[-1].upper()
        if not _QID.match(qid):
            raise CurationError(f"{qid!r} is not a Wikidata item id (Q followed by digits)")
        self.wikidata = [e for e in self.wikidata if match_key(e["name"]) != match_key(name)]
        self.wikidata.append({"name": name, "id": qid})
        self._reset()

    def save(self, path: str | os.PathLike[str] | None = None) -> Path:
        """Write the decisions (atomically) to ``path`` or the file they were loaded from."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise CurationError("no curation file: give --curation FILE")
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".part")
        tmp.write_text(json.dumps(self._data(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        tmp.replace(target)
        self.path = target
        return target

    # -- internals ----------------------------------------------------------------------------------------
    def to_dict(self) -> dict:
        """The decisions as the JSON object of the curation file."""
        return self._data()

    def _data(self) -> dict:
        return {"version": _VERSION, "same": self.same, "different": self.different, "names": self.names,
                "wikidata": self.wikidata}

    def _reset(self) -> None:
        self.__dict__.pop("_alias_cache", None)

    def _names_by_key(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for name in sorted(self.mentioned_names(), key=_specificity):
            out.setdefault(match_key(name), name)
        return out

    def _aliases(self) -> dict[str, str]:
        cached = self.__dict__.get("_alias_cache")
        if cached is not None:
            return cached
        parent: dict[str, str] = {}

        def find(x: str) -> str:
            while parent.setdefault(x, x) != x:
                x = parent[x]
            return x

        pairs = [tuple(pair) for pair in self.same]
        by_qid: dict[str, str] = {}
        for entry in self.wikidata:
            first = by_qid.setdefault(entry["id"], entry["name"])
            pairs.append((first, entry["name"]))
        names = self._names_by_key()
        for a, b in pairs:
            ra, rb = find(match_key(a)), find(match_key(b))
            if ra != rb:
                best = min((ra, rb), key=lambda k: _specificity(names.get(k, k)))
                parent[ra] = parent[rb] = best
        result = {k: find(k) for k in list(parent)}
        self.__dict__["_alias_cache"] = result
        return result


def default_path(store_location: str | None, explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The curation file: ``explicit``, else ``$DKG_CURATION``, else ``curation.json`` in a store folder."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("DKG_CURATION")
    if env:
        return Path(env)
    if store_location and not str(store_location).startswith(("http://", "https://")):
        return Path(store_location) / FILE_NAME
    return None


def load_curation(path: str | os.PathLike[str] | None) -> Curation:
    """Read a curation file; a missing file (or ``None``) gives no decisions."""
    if path is None:
        return Curation()
    path = Path(path)
    if not path.exists():
        return Curation(path=path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise CurationError(f"{path}: cannot read curation file: {e}") from e
    if not isinstance(data, dict):
        raise CurationError(f"{path}: a curation file holds one JSON object")
    try:
        curation = Curation(
            same=[[str(a), str(b)] for a, b in data.get("same", [])],
            different=[_different(e) for e in data.get("different", [])],
            names=[{"name": str(e["name"]), "canonical": str(e["canonical"])} for e in data.get("names", [])],
            wikidata=[{"name": str(e["name"]), "id": str(e["id"])} for e in data.get("wikidata", [])],
            path=path,
        )
    except (KeyError, TypeError, ValueError) as e:
        raise CurationError(f"{path}: malformed decision ({e}); see docs/resolution.md for the format") from e
    return curation


def _different(entry: dict) -> dict:
    a, b = entry["names"]
    out: dict = {"names": [str(a), str(b)]}
    if entry.get("country"):
        out["country"] = str(entry["country"]).upper()
    return out
