"""States listed after a plural title all take part ("with the participation of the foreign ministers of A, B and
C"), however long the list and the sentence; a German "next session of the intergovernmental commission" is a
planned meeting of the two states."""

from __future__ import annotations

from extracted import events_of, of_type


def test_every_state_of_a_titled_list_takes_part_in_the_session() -> None:
    text = (
        "Lima, 3 de marzo de 2026.- La canciller de Chile, Ana Torres Vega, participó este martes en la reunión "
        "extraordinaria del Consejo de Ministros de Relaciones Exteriores de la Alianza, celebrada en la sede de "
        "la Cancillería peruana en Lima con la participación de los cancilleres de Colombia, Ecuador, México y Perú."
    )
    session = of_type(events_of(text, "es", "2026-03-03"), "Conference", "Meeting")
    assert session, "no session found"
    assert {"CL", "CO", "EC", "MX", "PE"} <= set(session[0].countries)


def test_a_list_after_a_title_goes_with_its_head_past_the_usual_reach() -> None:
    text = (
        "Nairobi, 4 May 2026 - Kenya's foreign minister, John Mwangi Otieno, attended the regular meeting of the "
        "regional council of foreign ministers, held at the conference centre of the Ugandan foreign ministry in "
        "Kampala in the presence of the foreign ministers of Rwanda, Burundi, Tanzania and South Sudan."
    )
    session = of_type(events_of(text, "en", "2026-05-04"), "Conference", "Meeting", "Summit")
    assert session, "no session found"
    assert {"KE", "RW", "BI", "TZ", "SS"} <= set(session[0].countries)


def test_next_session_of_a_government_commission_is_planned() -> None:
    text = (
        "Wien, 10.03.2026 – Der slowakische Ministerpräsident Peter Horváth hat am Montag Wien besucht und "
        "Bundeskanzler Martin Gruber getroffen. Für Anfang Mai ist in Bratislava die nächste Sitzung der "
        "österreichisch-slowakischen Regierungskommission für Verkehr geplant."
    )
    planned = [e for e in events_of(text, "de", "2026-03-10") if e.status == "Planned"]
    assert planned, "the commission's next session is missing"
    assert planned[0].date is not None and planned[0].date.value == "2026-05"
    assert {"AT", "SK"} <= set(planned[0].countries)
