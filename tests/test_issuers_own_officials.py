"""An issuing ministry's own officials and the states of visitors: a release signed "Fait à Dakar" is Senegal's,
a title set after "X," is X's, a capacity given by an appointment is the appointee's, an organisation's title
joined by "und" makes its holder the organisation's, and a briefing's first official whose title only one state
uses gives the briefing's state."""

from __future__ import annotations

from datetime import date

from graph.extract import extract
from graph.model import Article


def _states(lang: str, text: str) -> dict[str, str | None]:
    found = extract(Article(key="t", text=text, language=lang, published=date(2026, 4, 24)))
    return {p.name: p.country for p in found.people}


def _orgs(lang: str, text: str) -> dict[str, str | None]:
    found = extract(Article(key="t", text=text, language=lang, published=date(2026, 4, 24)))
    return {p.name: p.organization.code if p.organization else None for p in found.people}


def test_a_release_done_at_a_capital_is_that_states_and_a_title_after_a_name_is_its_holders() -> None:
    text = (
        "Visite de travail du Ministre des Affaires étrangères en Mauritanie\n\n"
        "Le Ministre de l'Intégration africaine et des Affaires étrangères, Monsieur Cheikh Tidiane Ndiaye, a "
        "effectué mercredi une visite de travail en République islamique de Mauritanie.\n\n"
        "Arrivé à Nouakchott mercredi, le Ministre a été accueilli par son homologue, Monsieur Ahmedou Ould Sidi "
        "Baba, Ministre des Affaires étrangères, de la Coopération et des Mauritaniens de l'extérieur.\n\n"
        "Fait à Dakar, le 24 avril 2026\n\nLe Bureau de l'Information et de la Communication\n"
    )
    states = _states("fr", text)
    assert states["Cheikh Tidiane Ndiaye"] == "SN"
    assert states["Ahmedou Ould Sidi Baba"] == "MR"


def test_an_appointees_capacity_names_her_state() -> None:
    text = (
        "Asunción, 14 de octubre de 2026.- El Canciller Rubén Ocampo recibió al Ministro de Relaciones Exteriores "
        "de la República de China (Taiwán), Hsu Cheng-wen.\n\n"
        "Participaron del encuentro el Embajador de la República de China (Taiwán) en Asunción, Chen Wei-ting, y "
        "la Embajadora María Teresa Villalba, designada la semana pasada por el Poder Ejecutivo como nueva "
        "Embajadora del Paraguay ante la República de China (Taiwán).\n"
    )
    assert _states("es", text)["María Teresa Villalba"] == "PY"


def test_an_organisations_title_joined_by_a_conjunction_makes_its_holder_its_official() -> None:
    text = (
        "Ministertreffen EU–Liga der Arabischen Staaten in Brüssel\n\nBrüssel, 24. November 2026\n\n"
        "Die Hohe Vertreterin der Union für Außen- und Sicherheitspolitik und Vizepräsidentin der Kommission, "
        "Ilse Vermeulen, hat gestern in Brüssel mit dem Außenminister des Sultanats Oman, Sayyid Talal Al "
        "Busaidi, das Ministertreffen geleitet.\n"
    )
    assert _orgs("de", text)["Ilse Vermeulen"] == "EU"
    assert _states("de", text)["Ilse Vermeulen"] is None


def test_a_briefings_first_official_with_a_title_of_one_state_gives_its_state() -> None:
    text = (
        "Compte rendu du point de presse du 28 septembre 2026\n\n"
        "1 – Entretien du ministre\n\n"
        "Le ministre de l'Europe et des Affaires étrangères, M. Laurent Méchain, s'est entretenu mardi à New "
        "York avec le ministre malgache des Affaires étrangères, M. Rija Andrianarisoa.\n\n"
        "Jeudi matin, la secrétaire d'État chargée du Développement et de la Francophonie, Mme Claire Vasseur, "
        "a reçu la copie figurée des lettres de créance de M. Tomás Cumbe, nouvel ambassadeur du Mozambique "
        "en France.\n"
    )
    assert _states("fr", text)["Claire Vasseur"] == "FR"


def test_a_ministry_named_with_a_second_portfolio_is_a_foreign_ministers_title() -> None:
    text = "Budapest was represented by Minister of Foreign Affairs and Trade Gábor Kertész at the summit in Košice."
    assert _states("en", text)["Gábor Kertész"] == "HU"
