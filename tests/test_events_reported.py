"""Acts an article only reports as denied or off the programme are no events; a definite act noun after
"following", "lors de cet", "im Anschluss an das", "по итогам" is the act already reported; transliterations of
one foreign name written in Russian script and in its native Latin spelling share a name key."""

from __future__ import annotations


import pytest

from graph.extract.translit import name_key
from graph.model import Extraction

from extracted import extraction_of


PUBLISHED = "2026-05-12"


def _types(extraction: Extraction) -> list[str]:
    return [e.type for e in extraction.events]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "La cancillería uruguaya desmintió, no obstante, que la ministra Lucía Ferreyra viaje a Asunción la "
           "próxima semana, como habían publicado varios diarios."),
    ("en", "The foreign ministry in Oslo denied reports that Prime Minister Hanne Lindqvist would visit Warsaw "
           "before the end of the year."),
    ("ru", "В МИД Молдавии опровергли слухи о том, что в марте в Кишинёве состоится саммит глав правительств."),
    ("de", "Das Außenministerium in Lissabon dementierte, dass ein Treffen von Ministerin Sofia Marques mit ihrem "
           "kroatischen Amtskollegen geplant sei."),
    ("fr", "Le ministère a démenti jeudi que le président Paul Mbarga effectue une visite officielle à Libreville la "
           "semaine prochaine."),
])  # fmt: skip
def test_an_act_reported_only_to_be_denied_is_no_event(lang: str, text: str) -> None:
    assert _types(extraction_of(text, lang, PUBLISHED)) == []


def test_a_trip_said_to_be_off_the_programme_is_no_second_visit() -> None:
    x = extraction_of("Entwicklungsministerin Petra Lindner ist am Montag zu einem dreitägigen Besuch in Ecuador eingetroffen. "
                            "Eine Reise nach Chile stehe «derzeit nicht auf dem Programm», sagte eine Sprecherin in Kiel.", "de", PUBLISHED)  # fmt: skip
    assert [e.type for e in x.events if e.type in ("Visit", "StateVisit")] == ["Visit"]


def test_a_denial_of_an_earlier_claim_does_not_hide_a_later_sentences_meeting() -> None:
    x = extraction_of("The ministry denied that any deal had been struck. On Tuesday, Foreign Minister Hanne Lindqvist met "
                            "her Estonian counterpart Mart Kask in Tallinn.", "en", PUBLISHED)  # fmt: skip
    assert _types(x) == ["Meeting"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Foreign Minister Olga Brandt held talks with Icelandic Foreign Minister Einar Stefansson in Reykjavik on "
           "Monday. Following the meeting, Deputy Minister Karl Vik and Ambassador Sigrid Holm signed a memorandum on "
           "fisheries research."),
    ("ru", "В понедельник министр иностранных дел Латвии Инга Озола провела в Риге переговоры с министром "
           "иностранных дел Исландии Эйнаром Стефанссоном. По итогам встречи заместитель министра Карлис Берзиньш и "
           "посол Сигрид Хольм подписали меморандум о сотрудничестве."),
])  # fmt: skip
def test_a_definite_meeting_after_following_is_the_talks_reported(lang: str, text: str) -> None:
    x = extraction_of(text, lang, PUBLISHED)
    assert _types(x) == ["Talks", "Ceremony"]


@pytest.mark.parametrize(("cyrillic", "native"), [
    ("Зоран Петрович", "Zoran Petrović"),
    ("Цэрэн Доржсурэн", "Tseren Dorjsuren"),
    ("Бат-Эрдэнэ Элбэгжаргал", "Bat-Erdene Elbegjargal"),
])  # fmt: skip
def test_russian_script_spelling_of_a_foreign_name_keys_with_its_native_form(cyrillic: str, native: str) -> None:
    assert name_key(cyrillic).split()[-1] == name_key(native).split()[-1]


def test_word_initial_zh_is_not_folded_into_y() -> None:
    assert name_key("Zhang Lei") != name_key("Yang Lei")
    assert name_key("Zhou Min") != name_key("You Min")


def test_a_union_general_secretary_is_no_us_secretary_of_state() -> None:
    x = extraction_of("Talks at the mine in Ndola will resume on Friday, union general secretary Peter Banda said.", "en", PUBLISHED)
    banda = next(p for p in x.people if p.name.endswith("Banda"))
    assert banda.country != "US"
    assert banda.role == "General Secretary"
