"""The issuing state of a release and the host of a leader met abroad: an institution just past the opening's
250 characters, a German "Pressemitteilung" label, a host state named by an adjective before a topic place;
officials of organisations the lexicon knows have no state."""

from __future__ import annotations

from datetime import date

from graph.extract import extract
from graph.model import Article

from extracted import people_of


PUBLISHED = date(2026, 5, 18)


def test_release_label_gives_the_issuing_state_de() -> None:
    text = ("Außenministerin Lohmeyer reist nach Slowenien und Kroatien\n\n18.05.2026 - Pressemitteilung\n\n"
            "Außenministerin Katrin Lohmeyer reist heute zu einem zweitägigen Besuch nach Slowenien und Kroatien. "
            "In Ljubljana trifft sie die slowenische Außenministerin Nina Vrhovnik. Dort wird sie von ihrem "
            "kroatischen Amtskollegen Davor Radić empfangen.")
    found = people_of(text, "de", PUBLISHED)
    assert found["Katrin Lohmeyer"].country == "DE"
    assert found["Nina Vrhovnik"].country == "SI"


def test_institution_cut_by_the_opening_length_de() -> None:
    text = ("Deutsch-vietnamesischer Strategischer Dialog in Berlin\n\n12.06.2026 - Mitteilung 14/26\n\nStaatssekretärin "
            "Dr. Miriam Falkenhagen und der Stellvertretende Außenminister der Sozialistischen Republik Vietnam, "
            "Đỗ Minh Khải, haben heute (12.06.) im Auswärtigen Amt die siebte Runde des Strategischen Dialogs "
            "geleitet.")
    assert people_of(text, "de", PUBLISHED)["Miriam Falkenhagen"].country == "DE"


def test_leader_met_is_of_the_state_named_by_an_adjective_not_of_a_topic_place_de() -> None:
    text = ("Kairo (Ägypten), 14.04.2026 – Der türkische Außenminister Mehmet Ali Karaoğlu ist am Montag zu einem "
            "Besuch in Ägypten eingetroffen. Es ist seine erste Reise nach Kairo.\n\nNoch am Montagabend kam "
            "Karaoğlu mit seinem ägyptischen Amtskollegen Hisham Mahmoud Abdelrahman zusammen. Die beiden Minister "
            "sprachen über die Lage im Gazastreifen, den Wiederaufbau in Libyen und den bilateralen Handel, der im "
            "vergangenen Jahr ein Volumen von rund neun Milliarden US-Dollar erreichte. Im Anschluss riefen sie zu "
            "einem dauerhaften Waffenstillstand in Gaza und zu landesweiten Wahlen in Libyen bis Ende des Jahres "
            "auf.\n\nAm Dienstag wurde Karaoğlu von Staatspräsident Khaled Amin Ragab im Ittihadiya-Palast "
            "empfangen.")
    assert people_of(text, "de", PUBLISHED)["Khaled Amin Ragab"].country == "EG"


def test_officials_of_organisations_have_no_state() -> None:
    de = people_of("Bern, 11.06.2026 - Der Aussenminister traf in Genf den stellvertretenden Generalsekretär der "
                   "Weltorganisation für Meteorologie (WMO), Lars Eklund.", "de", PUBLISHED)
    assert (de["Lars Eklund"].country, de["Lars Eklund"].organization.code) == (None, "WMO")
    fr = people_of("Yaoundé, le 9 juillet 2026\n\nLe MINREX a présidé, avec M. Abdoulaye Mahamat, Secrétaire Exécutif "
                   "de la Commission du Bassin du Lac Tchad (CBLT), la cérémonie de signature.", "fr", PUBLISHED)
    assert (fr["Abdoulaye Mahamat"].country, fr["Abdoulaye Mahamat"].organization.code) == (None, "LCBC")


def test_capitalised_reunion_is_no_country_es() -> None:
    extraction = extract(Article(key="t", text="El encuentro dio continuidad a la VII Reunión de Consultas Políticas, "
                                 "celebrada en Hanói en marzo de 2025.", language="es", published=date(2026, 10, 8)))
    assert "RE" not in extraction.countries


def test_leader_met_on_the_next_leg_is_of_the_place_his_sentence_names_de() -> None:
    text = ("Windhuk (dpa) - Bundespräsident Reinhard Falkenberg hat bei seinem Staatsbesuch in Namibia um Vergebung "
            "gebeten. Gemeinsam mit Präsidentin Ndapewa Shikongo legte er in Windhuk einen Kranz nieder. Von "
            "namibischer Seite hieß es, man begrüße die Worte.\n\nFalkenberg war am Dienstag in der namibischen "
            "Hauptstadt eingetroffen. Am Freitag reist er weiter nach Botsuana, wo ein Treffen mit Präsident Kagiso "
            "Sebina in Gaborone geplant ist.")
    found = people_of(text, "de", PUBLISHED)
    assert found["Kagiso Sebina"].country == "BW"
    assert found["Ndapewa Shikongo"].country == "NA"
