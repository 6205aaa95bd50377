"""Officials of the other side of a trip or meeting: a second holder of the issuing state's own portfolio
(graph.extract.soleholders), a listed portfolio closed by "of STATE", a traveller who "returned to" a capital, an
organisation's official after a state's "side", two ministers under one plural title in the presence of two
leaders, and no name after a title followed by an object ("die beiden Präsidenten den ersten Güterzug")."""

from datetime import date

from graph.extract import extract
from graph.model import Article


def _states(text: str, lang: str) -> dict[str, str | None]:
    ex = extract(Article(key="t", text=text, language=lang, published=date(2026, 6, 10)))
    return {p.name: p.country for p in ex.people}


def test_second_foreign_minister_in_french_readout_is_the_hosts() -> None:
    text = ("Déplacement de M. Paul Leroux au Soudan – Compte rendu\n\nParis, le 10 juin 2026\n\n"
            "Le ministre de l'Europe et des Affaires étrangères, M. Paul Leroux, s'est rendu au Soudan le 9 juin.\n\n"
            "Mardi, M. Leroux s'est rendu à Port-Soudan. Il y a rencontré le ministre des Affaires étrangères, "
            "M. Hassan Omer Saleh, avec lequel il a évoqué la situation humanitaire.")
    states = _states(text, "fr")
    assert states["Paul Leroux"] == "FR"
    assert states["Hassan Omer Saleh"] == "SD"


def test_listed_portfolio_closed_by_state() -> None:
    text = ("External Affairs Minister Dr. Arun Rao paid an official visit to Sri Lanka on 10-11 March 2026 at the "
            "invitation of the Minister of Foreign Affairs, Foreign Employment and Tourism of Sri Lanka, "
            "Mr. Nalin Perera.")
    assert _states(text, "en")["Nalin Perera"] == "LK"


def test_traveller_returning_to_a_capital() -> None:
    text = ("Visit to Australia by Mr. SATO Kenji, Minister for Foreign Affairs\n\nJuly 8, 2026\n\n"
            "From July 6 to 7, Mr. SATO Kenji, Minister for Foreign Affairs, visited Perth and Darwin, Australia.\n\n"
            "Minister Sato returned to Tokyo on July 8.")
    assert _states(text, "en")["SATO Kenji"] == "JP"


def test_organisation_official_after_a_side_keeps_no_state() -> None:
    text = ("The two leaders spent three hours in the customs building on the Kenyan side of the border, joined by "
            "the Secretary General of the East African Community (EAC), Jean-Paul Mugisha, who drove up from Arusha.")
    assert _states(text, "en")["Jean-Paul Mugisha"] is None


def test_plural_title_pair_takes_the_two_leaders_states() -> None:
    text = ("Der türkische Präsident Murat Kaya und der aserbaidschanische Staatschef Rauf Aliyev haben am Mittwoch "
            "eine Bahnstrecke eingeweiht. Bei einer Zeremonie schickten die beiden Präsidenten den ersten Güterzug "
            "über die Grenze. In Anwesenheit der beiden Präsidenten unterzeichneten die Außenminister Selim Demir "
            "und Tural Mammadov ein Abkommen. Eine Sprecherin des armenischen Außenministeriums, Anahit Petrosyan, "
            "sagte, Armenien verfolge das Projekt aufmerksam.")
    states = _states(text, "de")
    assert states["Selim Demir"] == "TR"
    assert states["Tural Mammadov"] == "AZ"
    assert "Güterzug" not in states
