"""Fictional officials: invented names per culture, their roles, and how each language writes them.

Surnames are composed from syllables (``"Ash" + "brook"``) so that the officials are invented people; given names
are common ones. Russian and Ukrainian officials are written in Cyrillic in Russian articles and transliterated
in the others (English and German transliterate differently), other officials are written in Cyrillic in
Russian articles, as Russian newspapers do.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from corpus_places import COUNTRIES, Country

__all__ = ["Official", "ROLES", "TITLES", "make_officials", "to_cyrillic"]

# culture -> (male given names, female given names, surname starts, surname ends)
_POOLS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (("James", "Robert", "Michael", "David", "Thomas", "Daniel", "Mark", "Paul"),
           ("Susan", "Karen", "Laura", "Helen", "Emily", "Claire"),
           ("Ash", "Brem", "Cal", "Dun", "Fair", "Hal", "Kend", "Lang", "Mor", "Pen", "Rad", "Thorn", "Wex"),
           ("brook", "ford", "ley", "wick", "more", "ton", "well", "croft", "dale")),
    "de": (("Markus", "Stefan", "Jürgen", "Andreas", "Matthias", "Wolfgang", "Frank", "Uwe"),
           ("Sabine", "Petra", "Claudia", "Monika", "Katrin", "Anja"),
           ("Alt", "Brenn", "Eich", "Falk", "Grün", "Hart", "Kessel", "Lind", "Mahl", "Rein", "Wald", "Zell"),
           ("bach", "berg", "mann", "hofer", "inger", "feld", "huber", "rath", "stedt")),
    "fr": (("Pierre", "Jean", "Michel", "Philippe", "Alain", "Nicolas", "Laurent", "Olivier"),
           ("Isabelle", "Nathalie", "Sophie", "Valérie", "Sylvie", "Camille"),
           ("Bel", "Char", "Fon", "Gar", "Lam", "Mar", "Per", "Ros", "Val", "Bour"),
           ("court", "mont", "rieu", "ville", "lac", "bert", "oux", "nay", "tel")),
    "es": (("Carlos", "Javier", "Miguel", "Alejandro", "Fernando", "Pablo", "Sergio", "Andrés"),
           ("Lucía", "Carmen", "Elena", "Marta", "Paula", "Rocío"),
           ("Al", "Ben", "Car", "Gal", "Mon", "Per", "San", "Val", "Ver", "Zam"),
           ("arro", "edo", "illa", "oya", "ández", "ero", "ueta", "ales", "ino")),
    "ru": (("Алексей", "Борис", "Вадим", "Григорий", "Дмитрий", "Игорь", "Константин", "Михаил", "Олег", "Юрий"),
           ("Анна", "Елена", "Ирина", "Мария", "Ольга", "Светлана"),
           ("Бел", "Вор", "Гор", "Жук", "Зор", "Кар", "Лев", "Мор", "Пол", "Сав", "Тал", "Шир"),
           ("ов", "ин", "енко", "цев", "анов", "ищев", "унов")),
    "zh": (("Jianhong", "Weiming", "Guoqiang", "Haotian", "Zhenyu", "Xiaolong"),
           ("Meilan", "Xiuying", "Yanling", "Huifang"),
           ("Zh", "Q", "S", "L", "Y", "H"), ("ao", "iang", "eng", "uo", "an", "ong")),
    "ja": (("Haruto", "Kenji", "Daichi", "Ren", "Takeshi", "Hiroshi"),
           ("Aiko", "Naomi", "Yuki", "Emiko"),
           ("Aki", "Hara", "Kawa", "Mori", "Naka", "Taka", "Yama", "Sugi"), ("moto", "shita", "mura", "gawa", "zaki")),
    "hi": (("Arjun", "Rohan", "Vikram", "Sanjay", "Rahul", "Anil"),
           ("Priya", "Anjali", "Kavita", "Meera"),
           ("Bhat", "Chau", "Desh", "Kul", "Mah", "Rag", "Sur"), ("nagar", "wala", "dhari", "kar", "esh")),
    "pt": (("João", "Paulo", "Ricardo", "Thiago", "Marcelo", "Rafael"),
           ("Beatriz", "Camila", "Fernanda", "Juliana"),
           ("Alb", "Cast", "Fig", "Mour", "Pin", "Tav", "Vasc"), ("eira", "anho", "elo", "inho", "ares")),
    "tr": (("Mehmet", "Emre", "Burak", "Kemal", "Murat", "Serkan"),
           ("Ayşe", "Elif", "Zeynep", "Selin"),
           ("Ak", "Bal", "Çet", "Der", "Kar", "Öz", "Yıl"), ("soy", "can", "demir", "kaya", "taş")),
    "it": (("Marco", "Giuseppe", "Luca", "Francesco", "Alessandro", "Matteo"),
           ("Giulia", "Francesca", "Chiara", "Silvia"),
           ("Bel", "Cor", "Fer", "Lom", "Mar", "Ros", "Vit"), ("ardi", "elli", "ucci", "etti", "ano")),
    "pl": (("Piotr", "Krzysztof", "Tomasz", "Paweł", "Marek", "Andrzej"),
           ("Agnieszka", "Katarzyna", "Magdalena", "Joanna"),
           ("Bor", "Chmiel", "Dąb", "Kow", "Lis", "Wol", "Zaj"), ("ewski", "owicz", "czak", "iński", "ecki")),
    "ar": (("Karim", "Tarek", "Omar", "Nabil", "Samir", "Youssef"),
           ("Leila", "Rania", "Yasmin", "Nadia"),
           ("Al-Had", "Al-Masr", "Al-Far", "Al-Qas", "Al-Saad", "Al-Nour"), ("i", "awi", "ani", "ouri")),
    "fa": (("Reza", "Hossein", "Mehdi", "Kaveh", "Dariush", "Farhad"),
           ("Shirin", "Parisa", "Leyla", "Nasrin"),
           ("Ja", "Ka", "Mo", "Ra", "Sa", "Ta"), ("vadi", "zemi", "hseni", "fiei", "bani")),
    "ko": (("Min-jun", "Ji-hoon", "Seung-ho", "Dong-hyun", "Jae-won", "Sung-min"),
           ("Seo-yeon", "Ji-woo", "Hye-jin", "Min-seo"),
           ("Ba", "Cho", "Ha", "Ju", "Pyo", "Yeo"), ("ng", "n", "m", "k")),
}

_CYR_TO_EN = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
              "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
              "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "ь": "", "э": "e",
              "ю": "yu", "я": "ya", "ё": "yo"}
_CYR_TO_DE = {**_CYR_TO_EN, "в": "w", "ж": "sch", "з": "s", "й": "i", "х": "ch", "ц": "z", "ч": "tsch",
              "ш": "sch", "щ": "schtsch", "ю": "ju", "я": "ja", "ё": "jo", "с": "s"}
_LAT_TO_CYR = [("shch", "щ"), ("sch", "ш"), ("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("kh", "х"), ("th", "т"),
               ("ph", "ф"), ("ts", "ц"), ("ya", "я"), ("yu", "ю"), ("oo", "у"), ("ee", "и"), ("ou", "у"),
               ("a", "а"), ("á", "а"), ("ã", "ан"), ("b", "б"), ("c", "к"), ("ç", "ч"), ("d", "д"), ("e", "е"),
               ("é", "е"), ("f", "ф"), ("g", "г"), ("ğ", ""), ("h", "х"), ("i", "и"), ("í", "и"), ("ı", "ы"),
               ("j", "дж"), ("k", "к"), ("l", "л"), ("ł", "л"), ("m", "м"), ("n", "н"), ("ñ", "нь"), ("o", "о"),
               ("ó", "о"), ("ö", "ё"), ("p", "п"), ("q", "к"), ("r", "р"), ("s", "с"), ("ş", "ш"), ("t", "т"),
               ("u", "у"), ("ú", "у"), ("ü", "ю"), ("v", "в"), ("w", "в"), ("x", "кс"), ("y", "й"), ("z", "з"),
               ("ą", "он"), ("ę", "ен"), ("ś", "с"), ("ż", "ж"), ("ź", "з"), ("ń", "нь"), ("ć", "ч"), ("ä", "е"),
               ("ß", "сс"), ("-", "-"), ("'", "")]

#: role -> language -> (masculine title, feminine title)
TITLES: dict[str, dict[str, tuple[str, str]]] = {
    "foreign_minister": {"en": ("Foreign Minister", "Foreign Minister"),
                         "de": ("Außenminister", "Außenministerin"),
                         "fr": ("ministre des Affaires étrangères", "ministre des Affaires étrangères"),
                         "es": ("ministro de Asuntos Exteriores", "ministra de Asuntos Exteriores"),
                         "ru": ("министр иностранных дел", "министр иностранных дел")},
    "deputy_foreign_minister": {"en": ("Deputy Foreign Minister", "Deputy Foreign Minister"),
                                "de": ("Vize-Außenminister", "Vize-Außenministerin"),
                                "fr": ("vice-ministre des Affaires étrangères", "vice-ministre des Affaires étrangères"),
                                "es": ("viceministro de Asuntos Exteriores", "viceministra de Asuntos Exteriores"),
                                "ru": ("заместитель министра иностранных дел", "заместитель министра иностранных дел")},
    "ambassador": {"en": ("Ambassador", "Ambassador"), "de": ("Botschafter", "Botschafterin"),
                   "fr": ("ambassadeur", "ambassadrice"), "es": ("embajador", "embajadora"), "ru": ("посол", "посол")},
    "president": {"en": ("President", "President"), "de": ("Präsident", "Präsidentin"),
                  "fr": ("président", "présidente"), "es": ("presidente", "presidenta"),
                  "ru": ("президент", "президент")},
    "prime_minister": {"en": ("Prime Minister", "Prime Minister"), "de": ("Regierungschef", "Regierungschefin"),
                       "fr": ("Premier ministre", "Première ministre"), "es": ("primer ministro", "primera ministra"),
                       "ru": ("премьер-министр", "премьер-министр")},
    "envoy": {"en": ("Special Envoy", "Special Envoy"), "de": ("Sondergesandter", "Sondergesandte"),
              "fr": ("envoyé spécial", "envoyée spéciale"), "es": ("enviado especial", "enviada especial"),
              "ru": ("специальный посланник", "специальный посланник")},
    "spokesperson": {"en": ("foreign ministry spokesman", "foreign ministry spokeswoman"),
                     "de": ("Sprecher des Außenministeriums", "Sprecherin des Außenministeriums"),
                     "fr": ("porte-parole de la diplomatie", "porte-parole de la diplomatie"),
                     "es": ("portavoz de la Cancillería", "portavoz de la Cancillería"),
                     "ru": ("официальный представитель МИД", "официальный представитель МИД")},
    "defence_minister": {"en": ("Defence Minister", "Defence Minister"),
                         "de": ("Verteidigungsminister", "Verteidigungsministerin"),
                         "fr": ("ministre de la Défense", "ministre de la Défense"),
                         "es": ("ministro de Defensa", "ministra de Defensa"), "ru": ("министр обороны", "министр обороны")},
    "trade_minister": {"en": ("Trade Minister", "Trade Minister"), "de": ("Handelsminister", "Handelsministerin"),
                       "fr": ("ministre du Commerce", "ministre du Commerce"),
                       "es": ("ministro de Comercio", "ministra de Comercio"), "ru": ("министр торговли", "министр торговли")},
}
ROLES = tuple(TITLES)
_ROLE_WEIGHTS = {"foreign_minister": 1, "deputy_foreign_minister": 4, "ambassador": 6, "president": 1,
                 "prime_minister": 1, "envoy": 3, "spokesperson": 2, "defence_minister": 1, "trade_minister": 1}


@dataclass(frozen=True)
class Official:
    """An invented official: names per script, gender (for titles), role and country."""

    latin_en: str
    latin_de: str
    cyrillic: str
    female: bool
    role: str
    country: Country
    posted_to: Country | None = None  # for ambassadors

    def name(self, lang: str) -> str:
        """The full name as an article in ``lang`` writes it."""
        return {"ru": self.cyrillic, "de": self.latin_de}.get(lang, self.latin_en)

    def surname(self, lang: str) -> str:
        return self.name(lang).split(" ", 1)[-1]

    def title(self, lang: str) -> str:
        return TITLES[self.role][lang][int(self.female)]


def _translit(text: str, table: dict[str, str]) -> str:
    out = []
    for char in text:
        low = char.lower()
        latin = table.get(low, char)
        out.append(latin.capitalize() if char != low else latin)
    return "".join(out)


def to_cyrillic(name: str) -> str:
    """A rough Russian-press transcription of a Latin-script name ("Ashbrook" -> "Ашброок")."""
    words = []
    for word in name.split(" "):
        low, out, i = word.lower(), [], 0
        while i < len(low):
            for latin, cyr in _LAT_TO_CYR:
                if low.startswith(latin, i):
                    out.append(cyr)
                    i += len(latin)
                    break
            else:
                out.append(low[i])
                i += 1
        text = "".join(out)
        words.append(text[:1].upper() + text[1:])
    return " ".join(words)


def _russian_female(surname: str) -> str:
    if surname.endswith(("ов", "ин", "ев", "цев")):
        return surname + "а"
    return surname


def _one(rng: random.Random, country: Country, role: str, posted_to: Country | None) -> Official:
    male, female_names, starts, ends = _POOLS[country.culture]
    female = rng.random() < 0.35
    given = rng.choice(female_names if female else male)
    surname = rng.choice(starts) + rng.choice(ends)
    if country.culture == "ru":
        if female:
            surname = _russian_female(surname)
        cyr = f"{given} {surname}"
        return Official(_translit(cyr, _CYR_TO_EN), _translit(cyr, _CYR_TO_DE), cyr, female, role, country, posted_to)
    latin = f"{given} {surname}"
    return Official(latin, latin, to_cyrillic(latin), female, role, country, posted_to)


def make_officials(rng: random.Random, per_country: int = 24) -> dict[str, list[Official]]:
    """Invented officials for every country, keyed by country code (deterministic for a given ``rng`` state)."""
    roles = [r for r, w in _ROLE_WEIGHTS.items() for _ in range(w)]
    out: dict[str, list[Official]] = {}
    seen: set[str] = set()  # one name, one person, across all countries
    for country in COUNTRIES:
        people: list[Official] = []
        singletons = {"foreign_minister", "president", "prime_minister", "defence_minister", "trade_minister"}
        while len(people) < per_country:
            role = rng.choice(roles)
            if role in singletons and any(p.role == role for p in people):
                continue
            posted = rng.choice([c for c in COUNTRIES if c is not country]) if role == "ambassador" else None
            official = _one(rng, country, role, posted)
            if official.latin_en not in seen:
                seen.add(official.latin_en)
                people.append(official)
        out[country.code] = people
    return out
