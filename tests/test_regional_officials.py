"""Officials of a region inside a state, and names and titles of officials whose state went unrecognised (issue #3):
a title a region qualifies ("Bayerns Wirtschaftsminister", "ministra de Turismo de Salta"), governors in a report
about one town, city-state senators, the "Hon" of a Westminster-style release, and the native spelling of
Romanian and Mongolian names written in Russian."""

from __future__ import annotations

import pytest

from graph.extract.nativenames import native_spelling

from extracted import extraction_of


def _people(text: str, lang: str) -> dict[str, tuple[str | None, str | None]]:
    extraction = extraction_of(text, lang, None)
    return {p.name: (p.role, p.country) for p in extraction.people}


@pytest.mark.parametrize(
    ("lang", "text", "name", "state"),
    [
        ("de", "Kiel - Schleswig-Holsteins Wirtschaftsministerin Greta Holm traf am Montag den dänischen Botschafter "
               "Lars Mikkelsen.", "Greta Holm", "DE"),
        ("de", "Die Werft streicht Stellen. Der niedersächsische Umweltminister Jonas Quandt kritisierte am Dienstag "
               "die Pläne des norwegischen Konzerns.", "Jonas Quandt", "DE"),
        ("es", "La ministra de Turismo de Salta, Mariana Ocampo, recibió al embajador de Chile, Tomás Fuenzalida.",
         "Mariana Ocampo", "AR"),
        ("fr", "Le ministre de l'Économie du Québec, Étienne Lavoie, a reçu l'ambassadeur du Mexique, Jorge Salinas.",
         "Étienne Lavoie", "CA"),
        ("en", "Queensland's Premier Harriet Colmore met Japan's Foreign Minister Taro Kimura on Tuesday.",
         "Harriet Colmore", "AU"),
        ("en", "The Premier of Tasmania, Oliver Brant, spoke with the Chinese ambassador on Friday.", "Oliver Brant", "AU"),
    ],
)
def test_a_region_named_by_the_title_gives_its_state(lang: str, text: str, name: str, state: str) -> None:
    assert _people(text, lang)[name][1] == state


def test_a_region_does_not_make_an_envoy_its_own() -> None:
    people = _people("Der Generalkonsul in Bayern, Kenji Ota, traf Unternehmer aus Japan.", "de")
    assert people.get("Kenji Ota", (None, None))[1] != "DE"


def test_a_governor_of_the_region_is_of_the_state_of_the_report_town() -> None:
    people = _people("Посол Японии в России Кэндзи Ота прибыл в Хабаровск. В тот же день его принял губернатор "
                     "края Павел Дронов. Стороны обсудили рейсы в Токио.", "ru")
    assert people["Pavel Dronov"] == ("Governor", "RU")


def test_a_governor_is_of_the_state_of_the_town_opening_the_report() -> None:
    people = _people("Investors from Shenzhen tour the port\n\nKano hosted a trade delegation from Shenzhen on Monday. "
                     "Later in the day, Governor Abba Danlami opened a new market near the airport.", "en")
    assert people["Abba Danlami"] == ("Governor", "NG")


def test_a_city_state_senator_is_german() -> None:
    people = _people("Bremen. Ein Treffen mit Finanzsenatorin Paula Brink im Rathaus wurde verschoben; der polnische "
                     "Konsul Marek Zalewski reiste ab.", "de")
    assert people["Paula Brink"][1] == "DE"


def test_the_hon_is_no_part_of_a_name() -> None:
    people = _people("Media release\n\nSenator the Hon Maeve Lindqvist, Minister for Trade\n\nToday I met the Thai "
                     "Minister of Commerce, Somchai Rattana.", "en")
    assert "Maeve Lindqvist" in people


def test_the_foreign_affairs_secretary_is_philippine_where_the_text_names_the_philippines() -> None:
    people = _people("Foreign Affairs Secretary Teodoro Balmaceda met the Thai foreign minister, the Philippines "
                     "said on Friday.", "en")
    assert people["Teodoro Balmaceda"] == ("Minister of Foreign Affairs", "PH")


@pytest.mark.parametrize(
    ("cyrillic", "state", "native"),
    [
        ("Георге Кожокару", "MD", "Gheorghe Cojocaru"),
        ("Михай Попеску", "RO", "Mihai Popescu"),
        ("Цэрэнгийн Ганбаатар", "MN", "Ganbaatar Tseren"),
        ("Болдын Нарантуяа", "MN", "Narantuyaa Bold"),
        ("Гансух Батжаргал", "MN", "Gansukh Batjargal"),
    ],
)
def test_romanian_and_mongolian_names_get_their_native_spelling(cyrillic: str, state: str, native: str) -> None:
    assert native_spelling(cyrillic, state) == native


def test_an_envoys_post_ends_his_title_before_the_host_named_by_von() -> None:
    people = _people("Lübeck. Am Dienstag wird der Botschafter in Lübeck von Bürgermeisterin Hanna Petersen im Rathaus "
                     "empfangen.", "de")
    assert people["Hanna Petersen"] == ("Mayor", "DE")
