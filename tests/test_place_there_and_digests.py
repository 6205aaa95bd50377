"""Places the text points to: hyphenated city names, "there" after a named city, the items of a digest, a
trip's programme sentence, and the state a diplomat's expulsion is done by."""


from graph.extract import lexicon
from graph.extract.filedfrom import paragraph_datelines
from graph.extract.places import find_cities

from extracted import events_of


PUBLISHED = "2026-06-10"


def test_hyphenated_name_found_as_spaced():
    cities = find_cities("Lors de leur dernière rencontre, le 2 février à Saint-Domingue, les ministres ...", "fr")
    assert [c.name for _, c in cities] == ["Santo Domingo"]


def test_hyphenated_small_town_of_a_state_never_named_is_no_city():
    text = "Le ministre indien inaugurera à Rose-Hill un centre, puis à Port-Louis un autre (Maurice)."
    assert all(c.country != "US" for _, c in find_cities(text, "fr"))


def test_there_points_to_the_city_named_before():
    text = ("Port-au-Prince, le 10 juin – Le ministre haïtien des Affaires étrangères, Jean-Robert Désir, s'est entretenu "
            "lundi au téléphone avec son homologue dominicain, Luis Almánzar.\n\nMM. Désir et Almánzar sont attendus tous "
            "deux à Asunción pour la 56e Assemblée générale de l'OEA, qui s'ouvre le 22 juin. Ils pourraient s'y rencontrer "
            "en marge des travaux, selon une source diplomatique, mais rien n'a été confirmé côté dominicain.")
    meetings = [e for e in events_of(text, "fr", PUBLISHED) if e.type == "Meeting"]
    assert meetings and meetings[0].location.name == "Asunción"
    text = ("Berlin – Außenministerin Katrin Lohmeyer telefonierte gestern mit ihrem kasachischen Amtskollegen Jerlan "
            "Sarsenbajew.\n\nLohmeyer wird Anfang Dezember am OSZE-Ministerrat in Wien teilnehmen. Dort könnte sie auch "
            "Sarsenbajew treffen; ein Gespräch sei aber noch nicht vereinbart.")
    meetings = [e for e in events_of(text, "de", "2026-11-19") if e.type == "Meeting"]
    assert meetings and meetings[0].location.name == "Vienna"


def test_digest_items_have_their_own_datelines():
    text = ("Agenda diplomática\n\nLIMA. Los cancilleres se reunieron ayer.\n\nMANAGUA. El Gobierno de Nicaragua "
            "declaró persona non grata al encargado de negocios de Costa Rica.\n\nSANTIAGO, 2 jul - Otra noticia.")
    found = find_cities(text, "es")
    assert [c.name for _, c in paragraph_datelines(text, found)] == ["Lima", "Managua", "Santiago"]


def test_a_city_inside_a_paragraph_is_no_item_dateline():
    text = "Titular\n\nBerlin – Der Minister reiste nach Paris.\n\nIn Paris traf er seinen Amtskollegen."
    assert paragraph_datelines(text, find_cities(text, "de")) == []


def test_programme_pattern_in_every_language():
    for lang, phrase in [("ru", "Основные мероприятия пройдут в Самарканде"), ("en", "The main events will be held in Osaka"),
                         ("de", "Das Besuchsprogramm führt nach Hamburg"), ("fr", "Les principaux rendez-vous auront lieu à Fès"),
                         ("es", "Los actos principales serán en Cusco")]:
        assert lexicon.cue("venues", lang, "programme").search(phrase), lang


def test_expelling_state_is_not_the_genitive_before_the_verb():
    text = ("МОСКВА, 25 февраля. Глава МИД сообщил об этом.\n\n9 февраля власти Эстонии выслали сотрудника "
            "российского посольства, обвинив его в деятельности.")
    expulsion = next(e for e in events_of(text, "ru", "2026-02-25") if e.type == "Expulsion")
    assert getattr(expulsion.location, "code", None) == "EE"
