"""Name keys and name matching across scripts, transliterations and partial names (issue 4)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph import names
from graph.extract import lexicon
from graph.names import name_key, parse_name, readings, readings_compatible, slug
from graph.pinyin import palladius

# (name, language of the text it was written in): each group is one person
SAME_PERSON = [
    [("Sergej Lawrow", "de"), ("Sergey Lavrov", "en"), ("Сергей Лавров", "ru"), ("Sergueï Lavrov", "fr"),
     ("Serguéi Lavrov", "es")],
    [("Wolodymyr Selenskyj", "de"), ("Volodymyr Zelensky", "en"), ("Volodímir Zelenski", "es"),
     ("Володимир Зеленський", "ru"), ("Владимир Зеленский", "ru")],
    [("Mikhail Mishustin", "en"), ("Michail Mischustin", "de"), ("Mijaíl Mishustin", "es"),
     ("Mikhaïl Michoustine", "fr"), ("Михаил Мишустин", "ru")],
    [("Maria Zakharova", "en"), ("Marija Sacharowa", "de"), ("Maria Zajárova", "es"), ("Мария Захарова", "ru")],
    [("Faisal bin Farhan", "en"), ("Fayçal ben Farhane", "fr"), ("Faisal bin Farhan Al Saud", "en"),
     ("Фейсал бен Фархан", "ru")],
    [("Wang Yi", "en"), ("Ван И", "ru")],
    [("Xi Jinping", "de"), ("Си Цзиньпин", "ru")],
    [("Andrij Sybiha", "de"), ("Andrii Sybiha", "en"), ("Andriy Sybiga", "en"), ("Андрій Сибіга", "ru")],
    [("Karen Whitfield", "en"), ("Карен Уитфилд", "ru")],
    [("Katrin Neubauer", "de"), ("Катрин Нойбауэр", "ru")],
    [("Jürgen Möller", "de"), ("Juergen Moeller", "en")],
    [("Subrahmanyam Jaishankar", "en"), ("S. Jaishankar", "de"), ("Jaishankar", "fr")],
    [("Yuri Ushakov", "en"), ("Juri Uschakow", "de"), ("Iouri Ouchakov", "fr"), ("Юрий Ушаков", "ru")],
    [("Khalid bin Nasser Al Rashid", "en"), ("Khaled", "fr"), ("Jalid bin Naser", "es")],
]

DIFFERENT_PEOPLE = [
    (("Wang Yi", "en"), ("Wang Wentao", "en")),
    (("Ван И", "ru"), ("Wang Wentao", "de")),
    (("Sergei Lavrov", "en"), ("Sergei Ryabkov", "en")),
    (("Anna Lindqvist", "en"), ("Anders Lindqvist", "en")),
    (("Maria Zakharova", "en"), ("Mikhail Zakharov", "en")),
    (("Ivanova", "ru"), ("Pavel Ivanov", "en")),
    (("S. Jaishankar", "en"), ("R. Jaishankar", "en")),
]


@pytest.mark.parametrize("group", SAME_PERSON, ids=lambda g: g[0][0])
def test_spellings_of_one_person_are_compatible(group: list[tuple[str, str]]) -> None:
    for a, b in itertools.combinations(group, 2):
        assert readings_compatible(readings(*a), readings(*b)), (a, b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT_PEOPLE, ids=lambda p: p[0])
def test_different_people_are_not(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert not readings_compatible(readings(*a), readings(*b))


def test_one_key_for_the_usual_transliterations() -> None:
    assert len({name_key(n) for n, _ in SAME_PERSON[0]}) == 1
    assert name_key("Yevgeny Ivanov") == name_key("Jewgeni Iwanow") == name_key("Evgueni Ivanov")
    assert name_key("Kirill Dmitriev") == name_key("Кирилл Дмитриев")


def test_parts_of_a_name() -> None:
    parts = parse_name("S. Jaishankar")
    assert parts.kind == "initialed" and parts.initials == (True, False)
    assert parse_name("Lawrow").kind == "single"
    assert parse_name("Faisal bin Farhan").tokens == ("faisal", "farhan")  # particles dropped
    assert parse_name("Dr. Anna Berg").key == parse_name("Anna Berg").key  # honorifics dropped


def test_pinyin_to_palladius() -> None:
    assert palladius("Wang") == "ван"
    assert palladius("Wentao") == "вэньтао"
    assert palladius("Jinping") == "цзиньпин"
    assert palladius("Lindqvist") is None


def test_slug_is_iri_safe() -> None:
    assert slug("Sergey Lavrov") == "sergey-lavrov"
    assert slug("Сергей Лавров") == "sergey-lavrov"
    assert slug("!!!") == "x"


@given(st.text(max_size=40))
def test_keys_never_fail_and_are_ascii(name: str) -> None:
    key = name_key(name)
    assert key.isascii()
    assert all(readings(name, lang) for lang in ("en", "de", "fr", "es", "ru"))


@given(st.lists(st.sampled_from(["Sergej", "Lawrow", "Wang", "Yi", "S.", "bin", "Farhan", "Ivanov"]),
                min_size=1, max_size=4))
def test_compatibility_is_symmetric(words: list[str]) -> None:
    a = readings(" ".join(words), "de")
    b = readings(" ".join(reversed(words)), "en")
    assert readings_compatible(a, b) == readings_compatible(b, a)


# -- the words and spelling rules come from the lexicon files (graph/data/lexicons) -------------------------
LEXICON_CACHES = (names._key_words, names._spelling_rules, names.parse_name, names.readings)  # see conftest


def _same(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return readings_compatible(readings(*a), readings(*b))


def test_key_particles_come_from_the_lexicon(patched_lexicon) -> None:
    assert parse_name("Moussa ag Intallah").tokens == ("musa", "ag", "intala")
    patched_lexicon("names", None, key_particles=[*lexicon.load("names")["key_particles"], "ag"])
    assert parse_name("Moussa ag Intallah").tokens == ("musa", "intala")
    assert name_key("Moussa ag Intallah") == name_key("Moussa Intallah")


def test_ignored_words_come_from_the_lexicon(patched_lexicon) -> None:
    assert parse_name("Sheikh Tamim").tokens == ("tamim",)
    assert parse_name("Emir Tamim").tokens == ("emir", "tamim")
    patched_lexicon("names", None, key_ignored_words=["emir"])
    assert parse_name("Emir Tamim").tokens == ("tamim",)
    assert len(parse_name("Sheikh Tamim").tokens) == 2


def test_family_name_particles_come_from_the_lexicon(patched_lexicon) -> None:
    assert _same(("Faisal bin Farhan Al Saud", "en"), ("Faisal bin Farhan", "en"))
    patched_lexicon("names", None, family_articles=[])
    assert not _same(("Faisal bin Farhan Al Saud", "en"), ("Faisal bin Farhan", "en"))


def test_spelling_rules_of_a_language_come_from_its_lexicon(patched_lexicon) -> None:
    assert _same(("Marija Sacharowa", "de"), ("Мария Захарова", "ru"))
    patched_lexicon("names", "de", spelling_rules=[])
    assert not _same(("Marija Sacharowa", "de"), ("Мария Захарова", "ru"))


def test_a_new_language_needs_only_a_lexicon_file(patched_lexicon) -> None:
    italian = ("Michail Misciustin", "it")  # Italian writes "ш" as "sci" before a, o, u
    assert not _same(italian, ("Михаил Мишустин", "ru"))
    patched_lexicon("names", "it", spelling_rules=[["sci(?=[aou])", "sh"], ["ci(?=[aou])", "ch"]])
    assert _same(italian, ("Михаил Мишустин", "ru"))
