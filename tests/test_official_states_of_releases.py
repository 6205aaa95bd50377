"""Officials' states in releases: a state form before another state's name, a language after "auf"/"en", a title
the issuing state uses too, a capital over a closing date line, an abbreviated title, a title far from a name."""

from __future__ import annotations

from graph.extract.countries import find_countries
from graph.model import Extraction

from extracted import extraction_of


PUBLISHED = "2026-03-12"


def _state(x: Extraction, name: str) -> str | None:
    return next(p.country for p in x.people if p.name.endswith(name))


def test_a_federal_republic_before_another_name_is_that_state() -> None:
    found = find_countries("der Demokratischen Bundesrepublik Äthiopien und die Bundesrepublik Deutschland", "de")
    assert [m.code for m in found] == ["ET", "DE"]


def test_a_language_after_its_preposition_names_no_state() -> None:
    assert not find_countries("Er bedankte sich auf Slowenisch und auf Deutsch.", "de")
    assert not find_countries("Il a répondu en français.", "fr")
    assert [m.code for m in find_countries("auf deutsche Initiative", "de")] == ["DE"]


def test_a_provincial_governor_in_austria() -> None:
    x = extraction_of("Ferlach. Österreichs Außenministerin Katharina Leitner empfing ihren slowenischen Amtskollegen "
                            "Matej Kovačič. Mit am Tisch saß Landeshauptmann Peter Kogler.", "de", PUBLISHED)  # fmt: skip
    assert _state(x, "Peter Kogler") == "AT"


def test_a_title_the_issuing_state_uses_too_is_its_own() -> None:
    x = extraction_of("Berne, 21.04.2026 - Le conseiller fédéral Marc-Antoine Rochat, chef du Département fédéral des "
                            "affaires étrangères (DFAE), a reçu lundi son homologue colombienne. La secrétaire d'État Hélène "
                            "Dubois-Marti s'était rendue à Bogota pour des consultations politiques.", "fr", PUBLISHED)  # fmt: skip
    assert _state(x, "Hélène Dubois-Marti") == "CH"


def test_a_capital_over_a_closing_date_line_issued_the_release() -> None:
    x = extraction_of("External Affairs Minister Dr. Arvind Rao paid an official visit to Oman on 15-16 March 2026.\n\n"
                            "A Memorandum was signed by Joint Secretary (Gulf) Ms. Meera Kulkarni.\n\nNew Delhi\n"
                            "March 17, 2026", "en", PUBLISHED)  # fmt: skip
    assert _state(x, "Meera Kulkarni") == "IN"


def test_the_abbreviated_title_of_the_external_affairs_minister() -> None:
    x = extraction_of("External Affairs Minister Dr. Arvind Rao paid an official visit to Oman on 15-16 March 2026.\n\n"
                            "On 16 March, EAM called on the Deputy Prime Minister for Cabinet Affairs, H.H. Sayyid Nasser bin "
                            "Hamood Al Busaidi, in Muscat.", "en", PUBLISHED)  # fmt: skip
    meetings = [e for e in x.events if e.type == "Meeting"]
    assert meetings and {"Arvind Rao", "Sayyid Nasser bin Hamood Al Busaidi"} <= {p.name for p in meetings[0].attendees}


def test_a_state_title_two_paragraphs_after_a_stateless_name_is_another_holder() -> None:
    x = extraction_of("El presidente de Portugal, Rui Castanheira, comenzó el domingo una visita de Estado a Uruguay.\n\n"
                            "Ayer fue recibido en Montevideo por el presidente Martín Echeverría.\n\n"
                            "Para hoy, la canciller Lucía Ferrer tiene prevista una reunión de trabajo.\n\n"
                            "El jefe de Estado portugués tiene previsto reunirse con el presidente argentino el jueves.", "es", "2026-11-17")  # fmt: skip
    assert _state(x, "Martín Echeverría") != "AR"
