"""A speech verb and a statement noun of one sentence, of one speaker, are one statement: "dijo X en una
declaración conjunta", "En una declaración conjunta ..., los dos ministros expresaron ... y anunciaron ..."."""

from datetime import date

from extracted import events_of, of_type


def test_said_in_a_joint_declaration_is_one_statement() -> None:
    text = (
        "Lima (Perú), 3 de marzo de 2026.— El canciller de Perú, Julio Salas Ortiz, y su homóloga boliviana, "
        "Ana Quiroga Paz, firmaron hoy en Lima un acuerdo sobre el lago Titicaca.\n\n"
        "\"Es un día histórico\", dijo Salas en una declaración conjunta a la prensa junto a Quiroga."
    )
    assert len(of_type(events_of(text, "es", date(2026, 3, 3)), "Statement")) == 1


def test_a_declaration_opening_the_sentence_and_its_verb_are_one_statement() -> None:
    text = (
        "Quito, 5 abr (EFE).- Los cancilleres de Ecuador, Pablo Mena, y de Colombia, Clara Ruiz, se reunieron "
        "este jueves en Quito.\n\n"
        "En una declaración conjunta leída al término del encuentro, los dos ministros expresaron su voluntad "
        "de cooperar y anunciaron la creación de un grupo de trabajo."
    )
    assert len(of_type(events_of(text, "es", date(2026, 4, 5)), "Statement")) == 1
