"""Acts an article denies, urges or only names in passing are no events; earlier meetings told with a plural
pronoun are the latest pair's; honorifics and portfolio words are no part of a person's name."""

from __future__ import annotations


from graph.model import Extraction

from extracted import events_of, extraction_of


PUBLISHED = "2026-03-01"


def _types(extraction: Extraction) -> list[str]:
    return [e.type for e in extraction.events]


def test_no_plans_for_a_trip_is_no_visit() -> None:
    x = extraction_of("There are no plans for President Ana Lopez to travel to Chile, a spokesman said.", "en", PUBLISHED)
    assert "Visit" not in _types(x)
    x = extraction_of("No hay planes de que el presidente Pedro Lopez viaje a Chile.", "es", PUBLISHED)
    assert "Visit" not in _types(x)
    x = extraction_of("Le président Pedro Lopez ne prévoit pas de se rendre au Chili.", "fr", PUBLISHED)
    assert "Visit" not in _types(x)


def test_a_planned_trip_next_to_a_denied_recall_is_kept() -> None:
    x = extraction_of("President Ana Lopez will travel to Chile next week; there are no plans to recall the ambassador.", "en", PUBLISHED)
    assert [e.status for e in x.events if e.type == "Visit"] == ["Planned"]


def test_an_urged_summons_is_no_summons() -> None:
    assert "Summons" not in _types(extraction_of("Opposition lawmakers in Lima had urged the government to summon Chile's ambassador.", "en", PUBLISHED))
    assert "Summons" not in _types(extraction_of("L'opposition a appelé le gouvernement à convoquer l'ambassadeur du Chili.", "fr", PUBLISHED))
    assert "Summons" not in _types(extraction_of("La oposición instó al gobierno a convocar al embajador de Chile.", "es", PUBLISHED))


def test_a_declared_persona_non_grata_is_an_expulsion_not_a_statement() -> None:
    x = extraction_of('El Ministerio de Relaciones Exteriores de Panamá declaró el miércoles "personas non gratas" al consejero '
                            "de la Embajada de Chile en Panamá.", "es", PUBLISHED)  # fmt: skip
    assert _types(x) == ["Expulsion"]


def test_the_visiting_minister_is_no_second_visit() -> None:
    x = extraction_of("Foreign Minister Pablo Rios is on an official visit to India. The visiting Minister will call on "
                            "Prime Minister Sunil Rao tomorrow.", "en", PUBLISHED)  # fmt: skip
    assert _types(x).count("Visit") == 1


def test_they_last_met_is_the_earlier_meeting_of_the_pair_just_named() -> None:
    for lang, text in (
        ("en", "Minister Paul Kone spoke by phone with his Malian counterpart Awa Traore on Monday. They last met in June in Bamako."),
        ("fr", "Le ministre Paul Kone s'est entretenu au téléphone avec son homologue malienne, Awa Traore. "
               "Ils s'étaient rencontrés pour la dernière fois en juin, à Bamako."),
        ("fr", "Le ministre Paul Kone a reçu mercredi son homologue malienne, Awa Traore. Ils s'étaient déjà rencontrés "
               "en février à Bamako."),
    ):  # fmt: skip
        meeting = next(e for e in events_of(text, lang, PUBLISHED) if e.type == "Meeting" and e.background)
        assert {p.name for p in meeting.attendees} == {"Paul Kone", "Awa Traore"}, lang


def test_a_guest_in_a_city_earlier_is_a_background_visit() -> None:
    x = extraction_of("Kanzler Hans Meier empfing am Montag in Berlin Präsident Carlos Ruiz. Meier war erst im Oktober zu "
                            "Gast in Lima gewesen.", "de", PUBLISHED)  # fmt: skip
    visit = next(e for e in x.events if e.type == "Visit")
    assert [p.name for p in visit.attendees] == ["Hans Meier"] and visit.background


def test_a_long_object_between_a_separable_expulsion_verb_and_its_particle() -> None:
    x = extraction_of("Zugleich wies Berlin zwei Mitarbeiter der chilenischen Botschaft in der Innenstadt aus.", "de", PUBLISHED)
    assert _types(x) == ["Expulsion"]


def test_an_unnamed_spokesman_gives_no_statement() -> None:
    x = extraction_of("Der Botschafter sei am Nachmittag im Ministerium erschienen, teilte ein Sprecher mit.", "de", PUBLISHED)
    assert "Statement" not in _types(x)


def test_stacked_honorifics_and_a_state_form_after_a_portfolio_are_no_name() -> None:
    x = extraction_of("Anand Rao held talks with the Minister of External Relations of the Federative Republic of Brazil, "
                            "H.E. Mr. Tomas Lins, in New Delhi today.", "en", PUBLISHED)  # fmt: skip
    assert {p.name for p in x.people} == {"Anand Rao", "Tomas Lins"}
    x = extraction_of("Prime Minister Shri Vikram Joshi met President Ana Soto in Lima.", "en", PUBLISHED)
    assert "Vikram Joshi" in {p.name for p in x.people}


def test_leaving_without_a_statement_is_no_statement() -> None:
    assert "Statement" not in _types(extraction_of("M. Paul Kone a quitté les lieux sans faire de déclaration.", "fr", PUBLISHED))
    assert "Statement" not in _types(extraction_of("Minister Paul Kone left the building without making a statement.", "en", PUBLISHED))


def test_wrapping_up_the_trip_is_a_leg_of_the_traveller() -> None:
    x = extraction_of("Foreign Minister Park Min-ho will fly to Lima on Tuesday for a meeting with Peruvian Foreign Minister "
                            "Ana Soto, before wrapping up the trip in Quito on Nov. 12.", "en", PUBLISHED)  # fmt: skip
    quito = next(e for e in x.events if e.type == "Visit" and getattr(e.location, "name", None) == "Quito")
    assert [p.name for p in quito.attendees] == ["Park Min-ho"]


def test_migrants_expelled_at_the_border_are_no_diplomatic_expulsion() -> None:
    assert "Expulsion" not in _types(extraction_of("Chile expelled hundreds of migrants at the border on Monday.", "en", PUBLISHED))
    assert "Expulsion" not in _types(extraction_of("Le ministère dénonce le traitement réservé aux Péruviens expulsés par le poste frontalier de Tacna.", "fr", PUBLISHED))
    assert _types(extraction_of("Chile expelled two Peruvian diplomats on Monday.", "en", PUBLISHED)) == ["Expulsion"]


def test_a_name_before_an_institution_s_title_is_a_person() -> None:
    x = extraction_of("Ambassador Tom Hardy was summoned on Monday and spent forty minutes with Dewi Anggraeni Lubis, the "
                            "ministry's director-general for Asia-Pacific affairs.", "en", PUBLISHED)  # fmt: skip
    summons = next(e for e in x.events if e.type == "Summons")
    assert "Dewi Anggraeni Lubis" in {p.name for p in summons.attendees}


def test_a_trip_nobody_spoke_of_is_no_visit() -> None:
    x = extraction_of("There was no word on whether Prime Minister Ravi Das would travel to Latin America this year.", "en", PUBLISHED)
    assert "Visit" not in _types(x)
    x = extraction_of('La ministra precisó que "no se habló de una visita de Estado" del presidente Luis Soto a Chile.', "es", PUBLISHED)
    assert "StateVisit" not in _types(x) and "Visit" not in _types(x)
