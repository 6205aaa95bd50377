"""Sessions of councils and assemblies of international organisations are conferences; "the session" is one
only after such a session was named; receiving an ambassador's credentials is a ceremony."""

from __future__ import annotations


import pytest

from graph.model import Extraction

from extracted import extraction_of


PUBLISHED = "2026-03-12"


def _types(extraction: Extraction) -> list[str]:
    return [e.type for e in extraction.events]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Foreign ministers of the Nordic Union met on Tuesday in Oslo for an extraordinary session of the "
               "Ministerial Council. Finnish Foreign Minister Aino Lahtinen opened the session."),
        ("de", "Oslo. Die Außenminister des Nordischen Bundes sind am Dienstag in Oslo zu einer Sondersitzung des "
               "Ständigen Rates zusammengekommen. Die finnische Außenministerin Aino Lahtinen leitete die Sitzung."),
        ("fr", "Les ministres se sont retrouvés mardi à Oslo pour une session extraordinaire du Conseil permanent "
               "de l'Union nordique, présidée par la ministre finlandaise des Affaires étrangères Aino Lahtinen."),
        ("es", "Los cancilleres participaron el martes en Oslo en la sesión extraordinaria del Consejo Permanente de "
               "la Unión Nórdica, presidida por la canciller finlandesa Aino Lahtinen."),
        ("ru", "Во вторник в Осло прошла сессия Совета министров иностранных дел Северного союза под "
               "председательством министра иностранных дел Финляндии Айно Лахтинен."),
    ],
)
def test_a_session_of_an_organisations_council_is_a_conference(lang: str, text: str) -> None:
    assert "Conference" in _types(extraction_of(text, lang, PUBLISHED))


def test_the_session_of_a_wage_negotiation_is_no_conference() -> None:
    x = extraction_of("Union leaders and managers of the Kasanka smelter met again on Tuesday. \"We are closer,\" "
                            "union secretary Peter Banda told reporters after the session.", "en", PUBLISHED)  # fmt: skip
    assert "Conference" not in _types(x)


def test_the_session_framing_a_meeting_gives_its_people_to_the_meeting() -> None:
    x = extraction_of("Los cancilleres de la región participaron el martes en una sesión extraordinaria del Consejo "
                            "Permanente en Lima. Antes de la sesión, el canciller chileno Tomás Ibarra se reunió con su par "
                            "boliviana, Lucía Condori.", "es", PUBLISHED)  # fmt: skip
    meeting = next(e for e in x.events if e.type in ("Meeting", "Talks"))
    assert {p.name for p in meeting.attendees} == {"Tomás Ibarra", "Lucía Condori"}
    assert all(e.type != "Conference" or not e.attendees for e in x.events)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Riga, 12. März. Der Präsident Lettlands, Jānis Ozols, nahm heute im Schloss das Beglaubigungsschreiben "
               "des neuen Botschafters der Republik Chile, Seiner Exzellenz Herrn Pablo Rivas, entgegen."),
        ("en", "RIGA, March 12 -- Latvian President Janis Ozols today received the credentials of the new "
               "Ambassador of Chile, Pablo Rivas, at Riga Castle."),
        ("fr", "Le président letton Janis Ozols a reçu jeudi les lettres de créance du nouvel ambassadeur du Chili, "
               "Pablo Rivas."),
        ("es", "El presidente de Letonia, Janis Ozols, recibió este jueves las cartas credenciales del nuevo "
               "embajador de Chile, Pablo Rivas."),
        ("ru", "Президент Латвии Янис Озолс принял верительные грамоты нового посла Чили Пабло Риваса."),
    ],
)
def test_receiving_credentials_is_a_ceremony(lang: str, text: str) -> None:
    x = extraction_of(text, lang, PUBLISHED)
    ceremony = next(e for e in x.events if e.type == "Ceremony")
    assert any(p.name.endswith("Rivas") or "Ривас" in p.name for p in ceremony.attendees)
