"""Officials' states: organisation heads at a sentence's start, the Eurasian Economic Commission, ministries
named by their seat, transition leaders, police commissioners, leaders of the state a report is filed from,
third states named in an aside, counterparts of no state, seats of government that are not capitals."""

from __future__ import annotations

from datetime import date

from graph.extract.countries import government_city
from graph.extract.home import _text_state
from graph.model import Person, Span

from extracted import people_of


PUBLISHED = date(2026, 3, 10)


def _org(person: Person) -> str | None:
    return person.organization.code if person.organization is not None else None


def test_organisation_commission_title_opening_a_sentence() -> None:
    found = people_of("Talks are planned. African Union Commission Chairperson Nadia Okafor welcomed them on Sunday.", "en", PUBLISHED)
    okafor = found["Nadia Okafor"]
    assert (okafor.country, _org(okafor)) == (None, "AU")


def test_eurasian_economic_commission_in_five_languages() -> None:
    cases = [
        ("en", "Eurasian Economic Commission Chairman Pavel Orlov met Kazakh President Aidos Serikov in Astana."),
        ("de", "Der Vorsitzende der Eurasischen Wirtschaftskommission, Pawel Orlow, traf in Astana Präsident Serikow."),
        ("fr", "Le président de la Commission économique eurasiatique, Pavel Orlov, a rencontré le président Serikov."),
        ("es", "El presidente de la Comisión Económica Euroasiática, Pável Orlov, se reunió con el presidente Sérikov."),
        ("ru", "Председатель Коллегии ЕЭК Павел Орлов встретился с президентом Казахстана Айдосом Сериковым."),
    ]
    for lang, text in cases:
        orlov = next(p for p in people_of(text, lang, PUBLISHED).values() if p.name.startswith(("Pavel", "Pawel", "Pável")))
        assert (orlov.country, _org(orlov), orlov.role) == (None, "EEC", "Chairman"), lang


def test_spokesman_of_a_ministry_named_by_its_seat_de() -> None:
    text = ("Berlin. Das Auswärtige Amt hat den Botschafter einbestellt, sagte die Sprecherin des Auswärtigen Amts, "
            "Jana Brück, am Montag.\n\nDas Außenministerium in Minsk sprach von einer Provokation. Sein Sprecher "
            "Igor Lentschewski kündigte am Dienstag Gegenmaßnahmen an.")
    found = people_of(text, "de", PUBLISHED)
    assert found["Jana Brück"].country == "DE"
    assert next(p for p in found.values() if p.role == "Spokesperson" and p.name != "Jana Brück").country == "BY"


def test_head_of_a_transition_fr() -> None:
    text = "Le président Faye pourrait rencontrer le chef de la transition malienne, le colonel Adama Koné, à Dakar."
    assert people_of(text, "fr", PUBLISHED)["Adama Koné"].country == "ML"


def test_police_commissioner_is_no_eu_commissioner() -> None:
    found = people_of("The former police commissioner, Tomas Ivers, said the border would stay open.", "en", PUBLISHED)
    assert _org(found["Tomas Ivers"]) is None
    assert _org(people_of("Trade Commissioner Anna Lenz met Japan's trade minister.", "en", PUBLISHED)["Anna Lenz"]) == "EU"


def test_prime_minister_of_the_state_filed_from() -> None:
    text = ("APIA, 18 August - Samoa's Minister of Finance, Sione Talalelei, presented the budget on Tuesday.\n\n"
            "Prime Minister Fiame Leota said he would tour the villages of the south coast next week.\n\n"
            "Asked whether Samoa would seek help from Australia or China, a spokesperson said no talks were planned.")
    assert people_of(text, "en", PUBLISHED)["Fiame Leota"].country == "WS"


def test_third_state_in_an_aside_does_not_make_the_president_its_own_es() -> None:
    text = ("Morales y Tzul acuerdan reunirse en Tapachula\n\n"
            "La presidenta Lucía Morales Vega sostuvo ayer una llamada con su homólogo de Guatemala, Andrés Tzul "
            "Coj, y acordaron verse el viernes en Tapachula, Chiapas.\n\n"
            "En Palacio Nacional, el canciller informó que la cita incluirá una visita a Ciudad Hidalgo.\n\n"
            "Sobre una posible cumbre trilateral con Honduras, el canciller dijo que no está contemplada.")
    found = people_of(text, "es", PUBLISHED)
    assert found["Andrés Tzul Coj"].country == "GT"
    assert found["Lucía Morales Vega"].country == "MX"


def test_counterpart_of_no_state_is_of_the_other_state_de() -> None:
    text = ("Weber auf Staatsbesuch in Slowenien\n\n"
            "Ljubljana. Bundespräsident Klaus Weber ist am Dienstag zu einem Staatsbesuch in Slowenien eingetroffen, "
            "dem ersten eines österreichischen Staatsoberhaupts seit Jahren.\n\n"
            "Im Präsidentenpalast sprach der Gast aus Wien eine Stunde mit seiner Amtskollegin Maja Novak.")
    assert people_of(text, "de", PUBLISHED)["Maja Novak"].country == "SI"


def test_dateline_at_a_seat_of_government_names_the_state() -> None:
    cotonou = government_city("BJ")
    assert cotonou is not None and cotonou.name == "Cotonou"
    assert _text_state("COTONOU, 3 juillet (AFP) - Texte.", [], [(Span(0, 7), cotonou)]) == "BJ"
