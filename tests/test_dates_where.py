"""Acts told in a "where" clause after a dated place (graph/extract/_datewhere.py), and the day an "afterwards"
sentence follows when the sentence before recalls an earlier day in passing (graph/extract/_dateafter.py)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import events_of


from graph.model import Event

FRI = date(2026, 11, 13)
WED = date(2026, 11, 18)


def _all(events: list[Event], kind: str) -> list[Event]:
    found = [e for e in events if e.type == kind]
    assert found, [e.type for e in events]
    return found


LEAD = {
    "en": "OSLO (Reuters) - Norwegian Foreign Minister Ingrid Solberg held talks with Chilean Foreign Minister Pablo "
          "Rojas in Oslo on Friday.\n\n",
    "de": "Die norwegische Außenministerin Ingrid Solberg hat am Freitag in Oslo ihren chilenischen Amtskollegen "
          "Pablo Rojas empfangen.\n\n",
    "fr": "La ministre norvégienne des Affaires étrangères, Ingrid Solberg, a reçu vendredi à Oslo son homologue "
          "chilien Pablo Rojas.\n\n",
    "ru": "Глава МИД Норвегии Ингрид Сульберг провела в пятницу в Осло переговоры с министром иностранных дел Чили "
          "Пабло Рохасом.\n\n",
}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The two ministers last met in July in Lisbon, where Rojas was on an official visit."),
        ("de", "Die beiden Minister hatten sich zuletzt im Juli in Lissabon getroffen, wo Rojas zu einem offiziellen "
               "Besuch weilte."),
        ("fr", "Les deux ministres s'étaient rencontrés en juillet à Lisbonne, où M. Rojas effectuait une visite "
               "officielle."),
        ("ru", "Предыдущая встреча министров состоялась в июле в Лиссабоне, куда Рохас приезжал с официальным "
               "визитом."),
    ],
)
def test_a_visit_told_in_a_where_clause_took_place_when_the_clause_before_says(lang: str, sentence: str) -> None:
    visits = _all(events_of(LEAD[lang] + sentence, lang, FRI), "Visit")
    assert [(v.date.value if v.date else None, v.background) for v in visits] == [("2026-07", True)]


def test_a_summit_hosted_where_two_leaders_will_meet_again_is_planned_then() -> None:
    text = ("La canciller noruega, Ingrid Solberg, se reunió este viernes en Oslo con su homólogo chileno, Pablo Rojas."
            "\n\nLos dos ministros volverán a verse en diciembre en Lisboa, donde Portugal será anfitrión de la cumbre "
            "de la OTAN.")
    summit = _all(events_of(text, "es", FRI), "Summit")[0]
    assert (summit.status, summit.date.value if summit.date else None) == ("Planned", "2026-12")


def test_a_where_clause_with_a_day_of_its_own_keeps_it() -> None:
    text = ("Canadian Foreign Minister Anne Leduc flew to Nairobi on Monday, where she will meet Kenyan President "
            "Daniel Kamau on Wednesday.")
    meeting = _all(events_of(text, "en", FRI), "Meeting")[0]
    assert meeting.date.value == "2026-11-18"


AFTER = [
    ("en", "ACCRA, Nov 18 (AFP) - Ghanaian President Ama Owusu on Tuesday received Norwegian Prime Minister Lars Holm, "
           "who had arrived the evening before for a three-day official visit.\n\nThe two leaders held talks on "
           "fisheries and energy. They then presided over the signing of four agreements."),
    ("es", "ACCRA, 18 nov (EFE).- La presidenta de Ghana, Ama Owusu, recibió este martes al primer ministro noruego, "
           "Lars Holm, que llegó el lunes por la noche para una visita oficial de tres días.\n\nLos dos mandatarios "
           "mantuvieron una conversación sobre pesca y energía. Después presidieron la firma de cuatro acuerdos."),
    ("fr", "ACCRA, 18 nov 2026 (AFP) - La présidente ghanéenne Ama Owusu a reçu mardi le Premier ministre norvégien "
           "Lars Holm, arrivé la veille au soir pour une visite officielle de trois jours.\n\nLes deux dirigeants ont "
           "eu un entretien consacré à la pêche. Ils ont ensuite présidé la signature de quatre accords."),
]


@pytest.mark.parametrize(("lang", "text"), AFTER)
def test_a_signing_told_afterwards_follows_the_day_reached_not_an_arrival_recalled(lang: str, text: str) -> None:
    signing = _all(events_of(text, lang, WED), "Ceremony")[0]
    assert (signing.date.value, signing.background) == ("2026-11-17", False)
