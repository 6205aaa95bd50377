"""Acts told right after a dated act: "afterwards" and "there" openers (graph/extract/_dateafter.py)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.model import Event
from extracted import events_of


def _one(events: list[Event], kind: str) -> Event:
    found = [e for e in events if e.type == kind]
    assert found, [e.type for e in events]
    return found[0]


def test_a_signing_told_afterwards_in_a_programme_is_planned_on_the_days_date() -> None:
    text = ("Bern, 05.10.2026 – Bundesrat Peter Keller reist vom 6. bis 9. Oktober nach Chile und Peru. Am Mittwoch "
            "wird er vom chilenischen Aussenminister Pablo Soto zu einem Arbeitsgespräch empfangen. Im Anschluss "
            "unterzeichnen die beiden Minister eine Absichtserklärung zur Meeresforschung.")
    signing = _one(events_of(text, "de", date(2026, 10, 5)), "Ceremony")
    assert (signing.status, signing.date.value if signing.date else None) == ("Planned", "2026-10-07")


@pytest.mark.parametrize(
    ("lang", "text", "kind", "expected"),
    [
        ("de", "Bern, 05.10.2026 – Bundesrat Peter Keller reist vom 6. bis 9. Oktober nach Chile und Peru. Am "
               "Donnerstag reist Bundesrat Keller weiter nach Lima. Dort führt er Gespräche mit Aussenministerin Rosa "
               "Quispe.", "Talks", "2026-10-08"),
        ("es", "El canciller Pablo Soto viajará el jueves a Lima. Allí se reunirá con la canciller peruana, Rosa "
               "Quispe.", "Meeting", "2026-10-08"),
        ("fr", "Le ministre Paul Martin se rendra jeudi à Dakar. Là-bas, il s'entretiendra avec son homologue "
               "sénégalais Amadou Sall.", "Meeting", "2026-10-08"),
    ],
)
def test_an_act_told_there_takes_the_day_of_the_trip_leg(lang: str, text: str, kind: str, expected: str) -> None:
    assert _one(events_of(text, lang, date(2026, 10, 5)), kind).date.value == expected


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "Foreign Minister John Smith flew to Nairobi on Tuesday. There, he met Kenyan President Daniel Kamau.",
         "Meeting"),
        ("ru", "Министр иностранных дел Иван Петров во вторник прибыл в Ереван. Там он провел переговоры с армянским "
               "коллегой Ароном Саакяном.", "Talks"),
    ],
)
def test_an_act_told_there_after_an_arrival_took_place_that_day(lang: str, text: str, kind: str) -> None:
    assert _one(events_of(text, lang, date(2026, 10, 8)), kind).date.value == "2026-10-06"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La ministra Ana Torres se reunió este jueves en Lima con el canciller peruano, Luis Paredes. Torres, "
               "que llegó el miércoles por la noche a la capital peruana, fue recibida después por el primer ministro, "
               "Jorge Salas."),
        ("en", "Minister Ana Torres met Peruvian Foreign Minister Luis Paredes in Lima on Thursday. Torres, who "
               "arrived in the Peruvian capital on Wednesday evening, was then received by Prime Minister Jorge Salas."),
        ("fr", "La ministre Anne Morel a rencontré jeudi à Lima le chef de la diplomatie péruvienne, Luis Paredes. "
               "Mme Morel, qui était arrivée mercredi soir dans la capitale, a ensuite été reçue par le Premier "
               "ministre Jorge Salas."),
        ("ru", "Министр Анна Петрова в четверг провела в Лиме переговоры с министром иностранных дел Перу Луисом "
               "Паредесом. Петрова, которая прилетела в столицу в среду вечером, затем встретилась с "
               "премьер-министром Хорхе Саласом."),
    ],
)
def test_an_act_told_as_next_takes_the_day_of_the_act_before_not_of_its_subjects_arrival(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2026, 5, 15))
    later = [e for e in events if any("Salas" in p.name for p in e.attendees)]
    assert later and later[0].date is not None and later[0].date.value == "2026-05-14"


@pytest.mark.parametrize(
    ("lang", "text", "kind", "expected"),
    [
        ("fr", "Lomé, 12 mai (ATOP) – La ministre belge Clara Vidal aura mercredi des entretiens avec son homologue "
               "togolais Kossi Amavi. Les deux ministres présideront ensuite la cérémonie de signature d'un accord "
               "portuaire.", "Ceremony", "2026-05-13"),
        ("en", "LIMA, June 3 (Andina) – Finnish Foreign Minister Aino Virtanen will hold talks with Peruvian Foreign "
               "Minister Rosa Quispe on Thursday. The two ministers will then attend a signing ceremony for a mining "
               "memorandum.",
         "Ceremony", "2026-06-04"),
    ],
)
def test_an_afterwards_word_inside_the_sentence_dates_its_act(lang: str, text: str, kind: str, expected: str) -> None:
    published = date(2026, 5, 12) if lang == "fr" else date(2026, 6, 3)
    assert _one(events_of(text, lang, published), kind).date.value == expected


def test_since_then_is_no_afterwards_word() -> None:
    text = ("LIMA, June 3 (Andina) – Finnish Foreign Minister Aino Virtanen held talks with Peruvian Foreign Minister "
            "Rosa Quispe on Tuesday. The two ministers have since then attended a signing ceremony for a mining "
            "memorandum.")
    signing = _one(events_of(text, "en", date(2026, 6, 3)), "Ceremony")
    assert signing.date is None or signing.date.value != "2026-06-02"


def test_the_swiss_spelling_of_afterwards_dates_the_act() -> None:
    text = ("Bern (sda) Bundesrat Peter Keller reist kommende Woche nach Peru. Er wird am 14. Juli in Lima von "
            "Aussenministerin Rosa Quispe mit militärischen Ehren empfangen. Anschliessend sind Gespräche über Bergbau "
            "und Handel geplant.")
    assert _one(events_of(text, "de", date(2026, 7, 8)), "Talks").date.value == "2026-07-14"
