"""Statements told by reported speech: a speech verb whose "that" clause quotes the speaker's words is a statement
("destacó que la relación «vive ...»"); the other party speaking "for his part" right after a joint press
conference speaks at it ("Y, por su parte, señaló que ..."); talks named after "after" are not planned by the
clause that follows the comma ("In a joint statement released after the talks, they said they would ...")."""

from datetime import date

from extracted import events_of


_QUOTED = (
    "Quito, 8 de julio de 2026\n\n"
    "La canciller del Ecuador, María Fernanda Andrade Salvador, y el canciller del Paraguay, Rubén Darío Benítez "
    "Ocampo, copresidieron hoy en Quito la VI Reunión de la Comisión Mixta.\n\n"
    "La canciller Andrade destacó que la relación bilateral «vive uno de sus mejores momentos»."
)


def test_that_clause_with_quoted_words_is_a_statement() -> None:
    events = events_of(_QUOTED, "es", date(2026, 7, 8))
    assert [e.type for e in events].count("Statement") == 1


def test_plain_reported_speech_is_no_statement() -> None:
    text = _QUOTED.replace("«vive uno de sus mejores momentos»", "vive uno de sus mejores momentos")
    events = events_of(text, "es", date(2026, 7, 8))
    assert "Statement" not in [e.type for e in events]


_TURNS = (
    "Brasilia, 5 de agosto de 2026\n\n"
    "El canciller argentino, Martín Ezequiel Sarmiento, se reunió hoy en Brasilia con su par brasileño, Paulo "
    "Henrique Azevedo Lins.\n\n"
    "\"Brasil es nuestro principal socio\", dijo Sarmiento en una conferencia de prensa conjunta al término de la "
    "reunión. Azevedo Lins, por su parte, señaló que ambos gobiernos trabajan para \"duplicar el comercio bilateral\"."
)


def test_the_other_party_for_his_part_speaks_at_the_same_press_conference() -> None:
    statements = [e for e in events_of(_TURNS, "es", date(2026, 8, 5)) if e.type == "Statement"]
    assert len(statements) == 1
    assert statements[0].countries >= {"AR", "BR"}


_AFTER = (
    "Astana, June 11, 2026\n\n"
    "South Korean President Han Seung-woo and Kazakh President Yerlan Abenov held talks today in Astana.\n\n"
    "In a joint statement released after the talks, the two presidents said they would aim to double bilateral trade."
)


def test_talks_after_which_a_plan_is_told_are_not_planned() -> None:
    events = events_of(_AFTER, "en", date(2026, 6, 11))
    assert not [e for e in events if e.type == "Talks" and e.status == "Planned"]
