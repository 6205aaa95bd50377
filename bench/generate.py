"""Deterministic synthetic news corpus for benchmarks: diplomatic events in en, de, fr, es and ru.

Articles report events between invented officials of real countries in real cities, with the date written the
way articles write it (absolute, day and month, weekday, "yesterday", month only) relative to the publication
date, lengths like real articles (300-4,000 characters, median about 1,400) and about one article in five
reporting an event that another article (often in another language) already reported.

The corpus is a pure function of the seed, and generation is sequential: the first 1,000 articles of the
10,000-article corpus are the 1,000-article corpus. Memory stays flat (only a window of recent events is kept).

Usage::

    python bench/generate.py --size 10000 --seed 1 -o bench/data/corpus-10000.jsonl
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus_phrases as P  # noqa: E402
from corpus_people import Official, make_officials  # noqa: E402
from corpus_places import COUNTRIES, City, Country  # noqa: E402

__all__ = ["Generator", "generate", "write_jsonl", "FIELDS"]

FIELDS = ("id", "language", "published", "title", "url", "text")
MIN_CHARS, MAX_CHARS = 300, 4000
_LANG_WEIGHTS = {"en": 30, "de": 25, "fr": 15, "es": 15, "ru": 15}
_TYPE_WEIGHTS = {"Meeting": 20, "Talks": 15, "Negotiation": 6, "Visit": 10, "StateVisit": 3, "PhoneCall": 12,
                 "Summit": 4, "Conference": 5, "Ceremony": 4, "Summons": 6, "Expulsion": 3, "Statement": 8}
_COUNTRY_WEIGHTS = {"US": 8, "RU": 8, "CN": 6, "DE": 5, "FR": 5, "GB": 4, "TR": 3, "UA": 3, "JP": 2, "IN": 2}
_LEADERS = ("president", "prime_minister")
_NEUTRAL = ("CH", "TR", "SA")
_GENDER = re.compile(r"\{([ABS])~([^|}]*)\|([^}]*)\}")
_SLUG = {"Meeting": "meeting", "Talks": "talks", "Negotiation": "negotiations", "Visit": "visit",
         "StateVisit": "state-visit", "PhoneCall": "phone-call", "Summit": "summit", "Conference": "conference",
         "Ceremony": "ceremony", "Summons": "summons", "Expulsion": "expulsion", "Statement": "statement"}


@dataclass
class _Event:
    """One event of the synthetic world (several articles may report it)."""

    type: str
    status: str
    day: date
    a: Official
    b: Official
    third: Country
    host: Country
    city: City
    venue: str | None
    venue_owner: Country
    topics: tuple[int, int]
    n: int
    earlier: tuple[City, int] | None  # (city, month) of an earlier round


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


class Generator:
    """Produces articles one by one; ``article(i)`` must be called for i = 0, 1, 2, ... in order."""

    def __init__(self, seed: int = 1, *, start: date = date(2019, 1, 7), articles_per_day: int = 50) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        self.officials = make_officials(self.rng)
        self.by_code = {c.code: c for c in COUNTRIES}
        self.start = start
        self.per_day = articles_per_day
        self.recent: deque[_Event] = deque(maxlen=60)
        weights = {c.code: _COUNTRY_WEIGHTS.get(c.code, 1) for c in COUNTRIES}
        self.country_weights = weights
        self.repeated = 0  # articles that report an event an earlier article reported

    # -- the world ---------------------------------------------------------------------------------------
    def _country(self, *exclude: Country) -> Country:
        while True:
            country = self.by_code[_weighted(self.rng, self.country_weights)]
            if country not in exclude:
                return country

    def _official(self, country: Country, roles: tuple[str, ...] | None = None) -> Official:
        pool = [o for o in self.officials[country.code] if roles is None or o.role in roles]
        pool = pool or [o for o in self.officials[country.code] if o.role != "spokesperson"]
        return self.rng.choice(pool)

    def _people(self, kind: str, ca: Country, cb: Country) -> tuple[Official, Official]:
        working = ("foreign_minister", "deputy_foreign_minister", "envoy", "ambassador", "defence_minister",
                   "trade_minister")
        if kind in ("StateVisit", "Summit"):
            return self._official(ca, _LEADERS), self._official(cb, _LEADERS)
        if kind == "Summons":  # the envoy of cb posted to ca is called in
            return self._official(ca, ("spokesperson",)), replace(self._official(cb, ("ambassador",)), posted_to=ca)
        if kind in ("Statement", "Expulsion"):
            return self._official(ca, ("spokesperson", "foreign_minister")), self._official(cb, working)
        if kind == "PhoneCall":
            roles = ("foreign_minister", "president", "prime_minister")
            return self._official(ca, roles), self._official(cb, roles)
        return self._official(ca, working + _LEADERS), self._official(cb, working + _LEADERS)

    def _new_event(self, today: date) -> _Event:
        rng = self.rng
        kind = _weighted(rng, _TYPE_WEIGHTS)
        status = "Occurred"
        if kind in ("Meeting", "Talks") and rng.random() < 0.15:
            status = rng.choice(("Planned", "Planned", "Cancelled", "Uncertain"))
        ca = self._country()
        cb = self._country(ca)
        a, b = self._people(kind, ca, cb)
        if kind in ("Visit", "StateVisit"):
            host = cb
        elif kind in ("Summons", "Expulsion", "Statement", "PhoneCall"):
            host = ca
        else:
            neutral = self.by_code.get(rng.choice(_NEUTRAL))
            host = neutral if neutral and neutral not in (ca, cb) and rng.random() < 0.25 else rng.choice((ca, cb))
        venue = None
        if kind not in ("PhoneCall", "Expulsion", "Statement", "Summons") and rng.random() < 0.4:
            venue = rng.choice(("embassy", "consulate", "ministry", "palace", "hotel"))
        owner = ca if host is cb else cb
        if venue in ("ministry", "palace", "hotel"):
            owner = host
        if status in ("Planned", "Uncertain"):
            day = today + timedelta(days=rng.randint(1, 10))
        else:
            day = today - timedelta(days=rng.choice((0, 0, 1, 1, 1, 2, 3, 4, 5, 6, 9, 15)))
        earlier = None
        if kind in ("Talks", "Negotiation", "Meeting") and rng.random() < 0.3:
            earlier = (rng.choice(rng.choice((ca, cb)).cities), (day.month - rng.randint(1, 4) - 1) % 12 + 1)
        topics = tuple(rng.sample(range(len(P.TOPICS["en"])), 2))
        return _Event(kind, status, day, a, b, self._country(ca, cb), host, rng.choice(host.cities), venue, owner,
                      topics, rng.randint(2, 40), earlier)

    def _pick_event(self, today: date) -> tuple[_Event, bool]:
        reusable = [e for e in self.recent if e.status == "Occurred" or e.day > today]
        if reusable and self.rng.random() < 0.2:
            return self.rng.choice(reusable), True
        event = self._new_event(today)
        self.recent.append(event)
        return event, False

    # -- one article ---------------------------------------------------------------------------------------
    def article(self, index: int) -> dict[str, str]:
        """The article number ``index`` as a JSON-ready dict with :data:`FIELDS`."""
        rng = self.rng
        today = self.start + timedelta(days=index // self.per_day)
        event, again = self._pick_event(today)
        self.repeated += again
        published = max(today, event.day) if event.status == "Occurred" else today
        lang = _weighted(rng, _LANG_WEIGHTS)
        writer = _Writer(rng, lang, event, published)
        text = writer.body()
        title = writer.headline()
        slug = _SLUG[event.type]
        return {
            "id": f"syn-{self.seed}-{index:07d}",
            "language": lang,
            "published": published.isoformat(),
            "title": title,
            "url": f"https://news.example/{lang}/{published:%Y/%m/%d}/{slug}-{self.seed}-{index}",
            "text": text,
        }


class _Writer:
    """Writes one article about one event in one language."""

    def __init__(self, rng: random.Random, lang: str, event: _Event, published: date) -> None:
        self.rng, self.lang, self.e, self.published = rng, lang, event, published
        a, b = event.a, event.b
        spokes = [o for o in (a, b) if o.role == "spokesperson"]
        self.s = spokes[0] if spokes else a
        topics = P.TOPICS[lang]
        self.slots = {
            "A": self.person(a), "B": self.person(b), "S": self.person(self.s),
            "Asur": a.surname(lang), "Bsur": b.surname(lang), "Bname": b.name(lang),
            "CA": a.country.names[lang], "CB": b.country.names[lang], "CC": event.third.names[lang],
            "CAf": self.from_form(a.country), "CBf": self.from_form(b.country), "CCf": self.from_form(event.third),
            "CAg": self.gen_form(a.country), "CBg": self.gen_form(b.country), "CCg": self.gen_form(event.third),
            "city": self.city_in(event.city), "city_name": event.city.names[lang], "at": self.place(),
            "date": self.date_phrase(), "topic": topics[event.topics[0]], "topic2": topics[event.topics[1]],
            "n": str(event.n), "noun": P.NOUNS[lang][event.type], "Noun": _cap(P.NOUNS[lang][event.type]),
        }

    # -- phrases -------------------------------------------------------------------------------------------
    def person(self, o: Official) -> str:
        lang, c, alt = self.lang, o.country, self.rng.random() < 0.5
        title, name, host = o.title(lang), o.name(lang), o.posted_to
        if lang == "en":
            if o.role == "ambassador" and host and not alt:
                return f"{c.en_adj} Ambassador to {host.names['en']} {name}"
            return f"{title} {name} of {c.names['en']}" if alt else f"{c.en_adj} {title} {name}"
        if lang == "de":
            where = f" {host.de_in}" if o.role == "ambassador" and host else ""
            if alt or c.de_gen.startswith(("der ", "des ")):
                return f"{title} {name} {c.de_from}"
            return f"{c.de_gen} {title}{where} {name}"
        if lang == "fr":
            where = f" {host.fr_in}" if o.role == "ambassador" and host else ""
            article = "l'" if title[0] in "aeéiouvAEÉIOUV" and not title.startswith("vice") else ("la " if o.female else "le ")
            return f"{article}{title} {c.fr_of}{where}, {name},"
        if lang == "es":
            where = f" en {host.names['es']}" if o.role == "ambassador" and host else ""
            return f"{'la' if o.female else 'el'} {title} de {c.names['es']}{where}, {name},"
        where = f" {host.ru_in}" if o.role == "ambassador" and host else ""
        return f"{title} {c.ru_gen}{where} {name}"

    def from_form(self, c: Country) -> str:
        return {"de": c.de_from, "fr": c.fr_of}.get(self.lang, c.names[self.lang])

    def gen_form(self, c: Country) -> str:
        return {"de": c.de_gen, "fr": c.fr_of, "ru": c.ru_gen}.get(self.lang, c.names[self.lang])

    def city_in(self, city: City) -> str:
        name = city.names[self.lang]
        return {"en": f"in {name}", "de": f"in {name}", "fr": city.fr_at, "es": f"en {name}", "ru": city.ru_in}[self.lang]

    def place(self) -> str:
        e, lang = self.e, self.lang
        city = self.city_in(e.city)
        if e.venue is None:
            return city
        owner = e.venue_owner
        of = {"en": "", "de": owner.de_gen, "fr": owner.fr_of, "es": owner.names["es"], "ru": owner.ru_gen}[lang]
        return P.VENUES[lang][e.venue].format(adj=owner.en_adj, of=of, city=city)

    def date_phrase(self) -> str:
        lang, day, rng = self.lang, self.e.day, self.rng
        ago = (self.published - day).days
        months = P.MONTHS[lang]
        if ago in P.RELATIVE[lang] and rng.random() < 0.4:
            return P.RELATIVE[lang][ago]
        if 1 < ago < 7 and rng.random() < 0.5:
            return P.WEEKDAYS[lang][day.weekday()]
        if ago >= 0 and rng.random() < 0.06:
            return _month_phrase(lang, day)
        with_year = rng.random() < 0.35 or day.year != self.published.year
        d, m, y = day.day, months[day.month - 1], day.year
        if lang == "en":
            return f"on {d} {m} {y}" if with_year else f"on {d} {m}"
        if lang == "de":
            return f"am {d}. {m} {y}" if with_year else f"am {d}. {m}"
        if lang == "fr":
            return f"le {'1er' if d == 1 else d} {m} {y}" if with_year else f"le {'1er' if d == 1 else d} {m}"
        if lang == "es":
            return f"el {d} de {m} de {y}" if with_year else f"el {d} de {m}"
        return f"{d} {m} {y} года" if with_year else f"{d} {m}"

    # -- text ----------------------------------------------------------------------------------------------
    def fill(self, template: str, **extra: str) -> str:
        genders = {"A": self.e.a.female, "B": self.e.b.female, "S": self.s.female}
        text = _GENDER.sub(lambda m: m.group(3) if genders[m.group(1)] else m.group(2), template)
        text = text.format(**{**self.slots, **extra})
        text = re.sub(r",\s*([.,;:!?])", r"\1", text)
        text = re.sub(r"\s+", " ", text).strip()
        return _cap(text)

    def lead(self) -> str:
        e = self.e
        if e.status != "Occurred":
            return self.fill(self.rng.choice(P.STATUS_LEADS[self.lang][e.status]))
        return self.fill(self.rng.choice(P.LEADS[self.lang][e.type]))

    def extras(self) -> list[str]:
        rng, lang, e = self.rng, self.lang, self.e
        out = []
        if rng.random() < 0.6:
            out.append(self.fill(P.QUOTE_FRAMES[lang][0], quote=rng.choice(P.QUOTES[lang])))
        if rng.random() < 0.4:
            out.append(self.fill(P.QUOTE_FRAMES[lang][1], quote=rng.choice(P.QUOTES[lang])))
        if e.earlier is not None:
            city, month = e.earlier
            months = P.MONTHS_IN.get(lang, P.MONTHS[lang])
            out.append(self.fill(rng.choice(P.BACKGROUND[lang]), city2=self.city_in(city), month=months[month - 1]))
        return out

    def body(self) -> str:
        rng = self.rng
        target = min(MAX_CHARS, max(MIN_CHARS, int(math.exp(rng.gauss(math.log(1400), 0.6)))))
        sentences = [self.lead(), *self.extras()]
        fillers = self.fillers()
        paragraphs: list[str] = []
        while True:
            size = rng.randint(2, 4)
            chunk, sentences = sentences[:size], sentences[size:]
            while len(chunk) < size:
                fillers = fillers or self.fillers()  # very long articles reuse the pool with other topics
                chunk.append(fillers.pop())
            candidate = "\n\n".join([*paragraphs, " ".join(chunk)])
            if len(candidate) > MAX_CHARS and len("\n\n".join(paragraphs)) >= MIN_CHARS:
                break
            paragraphs.append(" ".join(chunk))
            if len(candidate) >= target and not sentences:
                break
        return "\n\n".join(paragraphs)

    def fillers(self) -> list[str]:
        """Background sentences in random order, about the event's topics or others."""
        rng, topics = self.rng, P.TOPICS[self.lang]
        own = (self.slots["topic"], self.slots["topic2"])
        return [self.fill(t, topic=rng.choice(own) if rng.random() < 0.6 else rng.choice(topics))
                for t in rng.sample(P.FILLERS[self.lang], len(P.FILLERS[self.lang]))]

    def headline(self) -> str:
        return self.fill(self.rng.choice(P.HEADLINES[self.lang])).rstrip(".")


def _month_phrase(lang: str, day: date) -> str:
    m = P.MONTHS_IN.get(lang, P.MONTHS[lang])[day.month - 1]
    return {"en": f"in {m} {day.year}", "de": f"im {m} {day.year}", "fr": f"en {m} {day.year}",
            "es": f"en {m} de {day.year}", "ru": f"в {m} {day.year} года"}[lang]


def _cap(text: str) -> str:
    for i, char in enumerate(text):
        if char.isalpha():
            return text[:i] + char.upper() + text[i + 1:]
    return text


def generate(size: int, seed: int = 1) -> Iterator[dict[str, str]]:
    """The first ``size`` articles of the corpus of ``seed``."""
    gen = Generator(seed)
    for index in range(size):
        yield gen.article(index)


def write_jsonl(path: Path, size: int, seed: int = 1) -> int:
    """Write the corpus as JSONL (one article per line, UTF-8); returns the number of bytes written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="utf-8", newline="\n") as out:
        for article in generate(size, seed):
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return path.stat().st_size


def parse_size(text: str) -> int:
    """``"10000"``, ``"10k"`` or ``"1M"`` -> an article count."""
    text = text.strip().lower().replace("_", "")
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("km")) * factor)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=parse_size, default=1000, help="number of articles (1000, 10k, 100k)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", type=Path, help="output .jsonl [default: bench/data/corpus-SIZE.jsonl]")
    args = parser.parse_args(argv)
    out = args.output or Path(__file__).resolve().parent / "data" / f"corpus-{args.size}-s{args.seed}.jsonl"
    size = write_jsonl(out, args.size, args.seed)
    print(f"wrote {args.size} articles ({size / 1e6:.1f} MB) to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
