"""Regional officials and the issuing state of a release dated from its capital or seat of government."""

from datetime import date

from extracted import extraction_of


def _states(text: str, lang: str) -> dict[str, str | None]:
    found = extraction_of(text, lang, date(2026, 3, 13))
    return {p.name: p.country for p in found.people}


def test_prefect_and_regional_council_president_are_of_the_host_state() -> None:
    text = ("Toulouse. Le consul reçu par le préfet\n\n"
            "Le nouveau consul général du Maroc à Toulouse, Youssef Bennani Smires, a effectué jeudi une visite "
            "auprès du préfet de la région Occitanie, Pierre-Alain Roussel.\n\n"
            "Il sera reçu mardi par la présidente du conseil régional d'Occitanie, Martine Estève.\n")
    states = _states(text, "fr")
    assert states["Pierre-Alain Roussel"] == "FR"
    assert states["Martine Estève"] == "FR"
    assert states["Youssef Bennani Smires"] == "MA"


def test_land_officials_in_a_text_about_one_land() -> None:
    text = ("Estlands Parlamentschef zu Gast\n\n"
            "Der Präsident des estnischen Parlaments, Rein Kallaste, ist gestern im Schloss von "
            "Landtagspräsidentin Birgit Hollmann empfangen worden. Es ist sein erster Besuch in "
            "Mecklenburg-Vorpommern.\n\n"
            "Am Nachmittag folgte ein Treffen mit Ministerpräsident Jan-Hendrik Wolters in der Staatskanzlei.\n")
    states = _states(text, "de")
    assert states["Birgit Hollmann"] == "DE"
    assert states["Jan-Hendrik Wolters"] == "DE"
    assert states["Rein Kallaste"] == "EE"


def test_release_dated_from_a_capital_with_a_dash() -> None:
    text = ("MEDIA RELEASE\n\nMinistry of Fisheries\n\nCatch limit set\n\n"
            "WINDHOEK – The Minister of Fisheries, Hon. Tuyeni Shikongo, yesterday announced a catch limit. "
            "Asked about Angola, the Ministry said no meetings are scheduled.\n")
    assert _states(text, "en")["Tuyeni Shikongo"] == "NA"


def test_release_dated_from_a_seat_of_government() -> None:
    text = ("COMMUNIQUÉ DE LA PRÉSIDENCE DE LA RÉPUBLIQUE\n\nSommet : le Chef de l'État à Abuja\n\n"
            "Cotonou, le 3 juillet 2026\n\n"
            "Le Président de la République, Chef de l'État, Son Excellence Monsieur Romuald Dossou-Yovo, a pris "
            "part hier, à Abuja, en République fédérale du Nigeria, au sommet de la CEDEAO.\n")
    assert _states(text, "fr")["Romuald Dossou-Yovo"] == "BJ"
