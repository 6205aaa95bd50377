"""A demonstrative "same day" ("ese mismo día", "am selben Tag") told in the sentence right after a day told in the
pluperfect names that day, not the account's day; and a statement whose speaker that sentence introduces with it
was made that day, even when a wire's dateline would otherwise date it."""

from extracted import events_of, of_type

TUESDAY = "2026-09-22"


def _statement_dates(text: str, lang: str) -> list[str | None]:
    return [e.date.value if e.date else None for e in of_type(events_of(text, lang, TUESDAY), "Statement")]


def test_spanish_same_day_after_pluperfect_meeting():
    text = ("Perú y Chile acuerdan una hoja de ruta\n\n"
            "Lima, 22 sep (EFE).- El canciller peruano, Javier Soto, se reunió este martes en Lima con su homólogo "
            "chileno, Pablo Rivas, para revisar la agenda fronteriza.\n\n"
            "La viceministra peruana, Ana Torres, se había reunido el lunes con el embajador chileno, Luis Mena, en la "
            "sede de la cancillería.\n\n"
            "Torres negó ese mismo día que esté prevista una visita del presidente chileno. "
            "\"No hay ningún viaje en la agenda\", afirmó la viceministra en declaraciones a la prensa.\n")
    assert _statement_dates(text, "es") == ["2026-09-21"]


def test_german_same_day_after_pluperfect_meeting():
    text = ("Peru und Chile vereinbaren Fahrplan\n\n"
            "Lima (dpa) - Perus Außenminister Javier Soto hat am Dienstag in Lima seinen chilenischen Amtskollegen "
            "Pablo Rivas empfangen.\n\n"
            "Vizeministerin Ana Torres hatte sich am Montag mit dem chilenischen Botschafter Luis Mena getroffen.\n\n"
            "Torres dementierte am selben Tag, dass ein Besuch des chilenischen Präsidenten geplant sei. "
            "«Eine Reise steht nicht auf dem Programm», sagte die Vizeministerin vor Journalisten.\n")
    assert _statement_dates(text, "de") == ["2026-09-21"]
