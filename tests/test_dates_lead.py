"""The lead's day dates the account that follows it (graph/extract/_datelead.py, graph/extract/_dateanchor.py)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract.dates import find_dates, resolve
from graph.model import Event
from extracted import events_of


def _dates_of(events: list[Event], kind: str) -> list[str | None]:
    return [e.date.value if e.date else None for e in events if e.type == kind]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Kenya, Uganda agree on joint lake patrols\n\n"
               "Nairobi, June 5, KNA – Kenya and Uganda on Wednesday agreed to set up joint patrols on Lake Victoria "
               "and to reopen their joint trade committee, which has not met since 2019.\n\n"
               "The agreement was reached during talks in Nairobi between Foreign Minister Daniel Mwangi and his "
               "Ugandan counterpart, Grace Nakato, who arrived in the capital on Tuesday for a two-day working visit."),
        ("fr", "Le Sénégal et la Mauritanie s'accordent sur la pêche\n\n"
               "Dakar, 5 juin, APS – Le Sénégal et la Mauritanie sont convenus mercredi de relancer leur commission "
               "mixte de pêche, qui ne s'est plus réunie depuis 2019.\n\n"
               "L'accord a été conclu lors d'entretiens à Dakar entre le ministre des Affaires étrangères Moussa Ndiaye "
               "et son homologue mauritanien, Sidi Ould Cheikh, arrivé mardi dans la capitale pour une visite de travail."),
    ],
)
def test_the_talks_after_a_datelined_lead_take_the_lead_s_weekday(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2025, 6, 5))
    assert _dates_of(events, "Talks") == ["2025-06-04"]  # Wednesday: the lead's day, not the dateline's
    assert "2025-06-03" in _dates_of(events, "Visit")  # the arrival of the relative clause: Tuesday


@pytest.mark.parametrize(
    ("lang", "text", "phrase"),
    [
        ("fr", "Le Togo et le Ghana ont signé mercredi un accord frontalier à Lomé.\n\n"
               "Arrivée mardi soir à Lomé, la ministre ghanéenne est la première à s'y rendre depuis 2020.\n\n"
               "Elle a visité dans l'après-midi le port autonome.", "dans l'après-midi"),
        ("en", "Chile and Peru signed a fisheries accord in Lima on Wednesday.\n\n"
               "Arriving on Tuesday night, the Chilean minister is the first to visit since 2020.\n\n"
               "She toured the port in the afternoon.", "in the afternoon"),
        ("de", "Polen und Litauen haben am Mittwoch in Warschau ein Energieabkommen unterzeichnet.\n\n"
               "Bereits am Dienstagabend angereist, ist der litauische Minister der erste Gast seit 2020.\n\n"
               "Er besuchte am Nachmittag den Hafen von Danzig.", "am Nachmittag"),
        ("es", "Chile y Perú firmaron el miércoles en Lima un acuerdo pesquero.\n\n"
               "Llegada el martes por la noche, la ministra chilena es la primera en visitar el país desde 2020.\n\n"
               "Recorrió por la tarde el puerto del Callao.", "por la tarde"),
    ],
)
def test_a_part_of_the_day_in_a_new_paragraph_does_not_precede_the_lead_s_day(lang: str, text: str, phrase: str) -> None:
    found = {m.text: m for m in find_dates(text, lang)}
    assert resolve(found[phrase], date(2025, 6, 5)) == "2025-06-04"  # Wednesday, not the arrival's Tuesday


@pytest.mark.parametrize(
    ("lang", "text", "phrase"),
    [
        ("de", "Die Regierung in Tallinn empfing am Dienstag den Botschafter Lettlands. Am Montag waren sie in Riga. "
               "Am Abend sprach der Minister mit Journalisten.", "Am Abend"),
        ("fr", "Le ministre a reçu mardi l'ambassadeur du Niger. Le même jour, il s'est entretenu avec son "
               "homologue béninois.", "Le même jour"),
    ],
)
def test_the_same_day_or_an_evening_in_the_same_paragraph_keeps_the_day_told_last(lang: str, text: str, phrase: str) -> None:
    found = {m.text: m for m in find_dates(text, lang)}
    expected = "2025-06-02" if lang == "de" else "2025-06-03"
    assert resolve(found[phrase], date(2025, 6, 5)) == expected


@pytest.mark.parametrize(
    ("lang", "text", "phrase"),
    [
        ("fr", "Le Mali a convoqué jeudi l'ambassadeur du Niger, a-t-on appris vendredi de source officielle.\n\n"
               "Dans la soirée, le ministre malien s'est entretenu au téléphone avec son homologue nigérien.",
         "Dans la soirée"),
        ("en", "Ghana summoned Togo's ambassador on Thursday, officials confirmed on Friday.\n\n"
               "In the evening, the Ghanaian foreign minister spoke by phone with his Togolese counterpart.",
         "In the evening"),
    ],
)
def test_a_part_of_the_day_does_not_belong_to_the_day_of_the_report(lang: str, text: str, phrase: str) -> None:
    found = {m.text: m for m in find_dates(text, lang)}
    assert resolve(found[phrase], date(2025, 6, 6)) == "2025-06-05"  # Thursday, not the report's Friday


@pytest.mark.parametrize(
    ("lang", "text", "phrase"),
    [
        ("en", "HANOI, June 4 (VNA) -- Vietnam and Laos today signed an agreement on cross-border power trade.",
         "today"),
        ("fr", "Dakar, 4 juin (APS) - Le Sénégal et la Gambie ont signé aujourd'hui un accord sur le transport routier.",
         "aujourd'hui"),
        ("es", "Lima, 4 de junio (Andina) - Perú y Ecuador firmaron hoy un acuerdo de cooperación fronteriza.", "hoy"),
    ],
)
def test_today_in_a_datelined_lead_is_the_dateline_s_day(lang: str, text: str, phrase: str) -> None:
    found = {m.text: m for m in find_dates(text, lang)}
    assert resolve(found[phrase], date(2025, 6, 5)) == "2025-06-04"  # the paper of the 5th tells of the 4th


def test_today_in_a_later_paragraph_keeps_the_publication_day() -> None:
    text = ("HANOI, June 4 (VNA) -- Vietnam and Laos signed a power trade deal.\n\n"
            "UPDATE: The Lao minister today met the Vietnamese prime minister.")
    found = {m.text: m for m in find_dates(text, "en")}
    assert resolve(found["today"], date(2025, 6, 5)) == "2025-06-05"


@pytest.mark.parametrize(
    ("lang", "text", "phrase"),
    [
        ("es", "La presidenta de Chile visitará Portugal los días 14 y 15 de octubre. El presidente portugués le "
               "ofrecerá el día 14 una cena oficial en Lisboa.", "el día 14"),
        ("en", "The Kenyan president will be in Tokyo from 14 to 16 October. He will meet the emperor on the 15th.",
         "on the 15th"),
        ("de", "Der Präsident reist vom 14. bis 16. Oktober nach Japan. Am 15. empfängt ihn der Kaiser.", "Am 15."),
        ("ru", "Президент посетит Японию 14–16 октября. 15-го числа состоится встреча с императором.", "15-го числа"),
        ("fr", "La présidente sera à Tokyo du 14 au 16 octobre. Elle dînera avec l'empereur le 15 au soir.", "le 15"),
    ],
)
def test_a_day_told_without_its_month_takes_the_month_told_before(lang: str, text: str, phrase: str) -> None:
    found = {m.text: m for m in find_dates(text, lang)}
    assert phrase in found, list(found)
    day = "15" if phrase != "el día 14" else "14"
    assert resolve(found[phrase], date(2025, 9, 1), future=True) == f"2025-10-{day}"


def test_the_next_day_after_a_day_told_without_its_month_counts_from_it() -> None:
    text = ("El rey de Suecia visitará Chile los días 3 y 4 de noviembre. El día 3 inaugurará una feria en Santiago. "
            "Al día siguiente se reunirá con el presidente chileno.")
    found = {m.text: m for m in find_dates(text, "es")}
    assert resolve(found["Al día siguiente"], date(2025, 9, 1), future=True) == "2025-11-04"


def test_the_eve_before_a_preposition_is_a_day() -> None:
    text = "Президент Монголии прибыл в Астану накануне с государственным визитом."
    found = {m.text: m for m in find_dates(text, "ru")}
    assert resolve(found["накануне"], date(2025, 6, 5)) == "2025-06-04"


@pytest.mark.parametrize(
    ("lang", "text", "phrase"),
    [
        ("ru", "Министры провели сегодня переговоры в Баку. Гость прибыл накануне с официальным визитом. Стороны "
               "обсудили транзит. Министры подписали план консультаций. В тот же день гостя принял премьер-министр.",
         "В тот же день"),
        ("fr", "Les ministres se sont entretenus aujourd'hui à Dakar. Le ministre était arrivé la veille au soir. Ils "
               "ont évoqué la pêche. Ils ont signé un accord. Le même jour, le Premier ministre a reçu le visiteur.",
         "Le même jour"),
    ],
)
def test_the_same_day_sentences_after_an_eve_is_the_account_s_day(lang: str, text: str, phrase: str) -> None:
    found = {m.text: m for m in find_dates(text, lang)}
    assert resolve(found[phrase], date(2025, 6, 5)) == "2025-06-05"


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("ru", "Переговоры Киргизии и Таджикистана о границе прошли в понедельник в Вене. Делегации возглавляли "
               "министры иностранных дел, сообщили в четверг в МИД Австрии, который предоставил площадку для переговоров.",
         "Talks"),
        ("en", "Talks between Serbia and Kosovo on energy were held on Monday in Brussels. The delegations were led by "
               "their chief negotiators, the EU said on Thursday in a statement, which described the negotiations as "
               "constructive.", "Talks"),
    ],
)
def test_an_act_after_a_comma_does_not_take_the_day_of_the_report(lang: str, text: str, kind: str) -> None:
    dates = _dates_of(events_of(text, lang, date(2025, 6, 6)), kind)
    assert "2025-06-05" not in dates, dates  # Thursday is the report's day, not the talks'


def test_an_act_after_a_fronted_report_clause_keeps_its_day() -> None:
    text = ("Norway expels Russian diplomats\n\nAs the ministry said on Monday, Norway expelled two Russian diplomats "
            "accused of espionage.")
    assert _dates_of(events_of(text, "en", date(2025, 6, 4)), "Expulsion") == ["2025-06-02"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El canciller peruano se reunió el jueves en Quito con su homólogo ecuatoriano. Vargas, que llegó el "
               "miércoles por la noche a la capital para una visita oficial, fue recibido después por el presidente "
               "ecuatoriano, Daniel Mora."),
        ("en", "Peru's foreign minister held talks in Quito on Thursday with his Ecuadorian counterpart. Vargas, who "
               "arrived on Wednesday night for an official visit, was later received by Ecuador's President Daniel Mora."),
    ],
)
def test_a_day_of_a_relative_clause_does_not_date_the_main_clause(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2025, 6, 6))
    assert all(e.date is None or e.date.value != "2025-06-04" for e in events if e.type in ("Meeting", "Talks") and
               any("Mora" in p.name for p in e.attendees)), [(e.type, e.date) for e in events]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Los cancilleres de Chile y Perú acordaron celebrar una cumbre, que tendrá lugar el 12 de julio en Arica."),
        ("en", "The foreign ministers of Chile and Peru agreed to hold a summit, which will take place on 12 July in Arica."),
    ],
)
def test_a_day_of_a_relative_clause_dates_its_antecedent(lang: str, text: str) -> None:
    assert "2025-07-12" in _dates_of(events_of(text, lang, date(2025, 6, 6)), "Summit")
