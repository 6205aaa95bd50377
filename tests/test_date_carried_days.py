"""Days carried to the acts a report tells without their own: a title over a lead, a programme's next act, a
signing after a dated meeting, a relative clause about an act, anchors and recalled acts (graph/extract/_date*.py)."""

from __future__ import annotations

from datetime import date

from graph.extract import dates
from graph.extract._dateanchor import sentence_breaks
from graph.model import Event
from extracted import events_of


def _of(events: list[Event], kind: str, name: str | None = None) -> Event:
    found = [e for e in events if e.type == kind and (name is None or any(name in p.name for p in e.attendees))]
    assert found, [(e.type, [p.name for p in e.attendees]) for e in events]
    return found[0]


def _day(event: Event) -> str | None:
    return event.date.value if event.date else None


def test_an_initial_or_a_title_ends_no_sentence_of_an_anchor_count() -> None:
    text = "Il a reçu jeudi M. Paul Durand. Le même jour, il a vu M. Ali Roy et Dr. Eva Lind. Le lendemain"
    assert sentence_breaks(text, text.index("Le même"), text.index("Le lendemain")) == 1


def test_the_day_after_counts_from_a_day_told_beside_an_initial() -> None:
    text = ("Le ministre a été reçu jeudi par le Premier ministre, M. Karim Alaoui. Le même jour, il a conduit avec "
            "M. Youssef Bennani la session du dialogue stratégique. Les deux ministres ont signé un accord. Le "
            "lendemain, à Casablanca, le ministre s'est entretenu avec le wali, M. Omar Fassi.")
    meeting = _of(events_of(text, "fr", date(2026, 2, 11)), "Meeting", "Fassi")
    assert _day(meeting) == "2026-02-06"


def test_the_day_before_counts_from_the_report_not_from_a_stay_running_at_publication() -> None:
    text = ("Vizeaußenminister Khai hält sich vom 10. bis 12. Juni zu politischen Gesprächen in Berlin auf. Am Vortag "
            "war er mit Staatssekretär Jonas Reuter zusammengetroffen.")
    found = dates.find_dates(text, "de")
    eve = next(m for m in found if m.text == "Am Vortag")
    assert dates.resolve(eve, date(2026, 6, 12)) == "2026-06-11"
    assert dates.resolve(eve, date(2026, 6, 30)) == "2026-06-09"  # a stay over: its eve


def test_santo_domingo_names_no_sunday() -> None:
    text = "El presidente aceptó la invitación para realizar una visita de Estado a Santo Domingo en 2027."
    assert [m.text for m in dates.find_dates(text, "es")] == ["en 2027"]


def test_a_date_after_the_colon_of_not_the_first_time_dates_the_act_told_after_it() -> None:
    text = ("No es la primera vez que ambos países se expulsan diplomáticos: en septiembre de 2025, Managua ya había "
            "declarado persona non grata a un agregado de la Embajada de Costa Rica.")
    assert dates.find_dates(text, "es")[0].text == "en septiembre de 2025"
    events = events_of(text, "es", date(2026, 6, 11))
    assert {_day(e) for e in events if e.type == "Expulsion"} == {"2025-09"}


def test_the_title_act_takes_the_day_of_a_lead_that_names_no_act() -> None:
    text = ("Mali expels two Ivorian diplomats\n\nBAMAKO (AFP) - Mali's government on Monday evening ordered two "
            "diplomats of the embassy of Côte d'Ivoire to leave the country within 72 hours.\n\nIn a statement read on "
            "state television, the foreign ministry said the two had been declared persona non grata.")
    expulsion = _of(events_of(text, "en", date(2026, 4, 21)), "Expulsion")
    assert _day(expulsion) == "2026-04-20"


def test_a_dateline_line_dates_no_title_act() -> None:
    text = ("Canciller Aquino recibió a su par de Corea\n\nAsunción, 19 de marzo de 2026 (Cancillería Nacional).\n\n"
            "El canciller Federico Aquino recibió este miércoles al ministro de Corea, Cho Min-hyuk.")
    meeting = _of(events_of(text, "es", date(2026, 3, 19)), "Meeting")
    assert _day(meeting) == "2026-03-18"


def test_the_day_of_a_report_does_not_date_the_lead_act_it_reports() -> None:
    text = ("WIEN (dpa) - Im Streit um ein Atomkraftwerk hat Österreich den slowakischen Botschafter einbestellt. "
            "Botschafter Marek Hudak sei am Mittwochabend ins Außenministerium gebeten worden, teilte ein Sprecher von "
            "Außenminister Florian Gassner am Donnerstag mit.")
    summons = _of(events_of(text, "de", date(2026, 9, 24)), "Summons")
    assert _day(summons) == "2026-09-23"


def test_a_meeting_recalled_with_its_year_stays_apart_from_the_talks_of_the_day() -> None:
    text = ("18 ноября 2026 года, Москва, Кремль\n\nДмитрий Савельев провёл переговоры с Президентом Мозамбика "
            "Жоакином Машавой.\n\nД.Савельев: Рад приветствовать Вас в Москве. В июле прошлого года мы с Вами "
            "встречались в Санкт-Петербурге.")
    events = events_of(text, "ru", date(2026, 11, 18))
    recalled = [e for e in events if _day(e) == "2025-07"]
    assert recalled and all(e.background for e in recalled)
    assert _day(_of(events, "Talks")) == "2026-11-18"


def test_a_signing_told_after_a_dated_meeting_takes_its_day() -> None:
    text = ("Paris, le 2 octobre 2026\n\nÀ Windhoek, le ministre a été reçu mardi par la Présidente, Mme Ndapewa "
            "Shikongo. Il s'est ensuite entretenu avec son homologue, M. Petrus Nghipandulwa. Les deux ministres ont "
            "signé une feuille de route sur les minerais critiques.")
    signing = _of(events_of(text, "fr", date(2026, 10, 2)), "Ceremony")
    assert _day(signing) == "2026-09-29"


def test_a_planned_act_told_afterwards_takes_the_day_of_todays_act() -> None:
    text = ("Außenministerin Katrin Lohmeyer reist heute nach Slowenien. In Ljubljana trifft sie heute Nachmittag die "
            "slowenische Außenministerin Nina Vrhovnik. Im Mittelpunkt steht die Energieversorgung. Anschließend ist "
            "ein Gespräch mit dem slowenischen Ministerpräsidenten Ales Kovacic vorgesehen.")
    talk = next(e for e in events_of(text, "de", date(2026, 5, 18)) if any("Kovacic" in p.name for p in e.attendees))
    assert (talk.status, _day(talk)) == ("Planned", "2026-05-18")


def test_an_afterwards_word_inside_the_trigger_phrase_dates_the_act() -> None:
    text = ("M. Julien Marceau s'est entretenu hier au Quai d'Orsay avec M. Arvind Menon. À l'issue de l'entretien, "
            "M. Marceau et M. Menon ont signé une déclaration d'intention. M. Marceau a ensuite offert un déjeuner de "
            "travail en l'honneur de son homologue.")
    lunches = [e for e in events_of(text, "fr", date(2026, 7, 3)) if e.type == "Ceremony"]
    assert lunches and {_day(e) for e in lunches} == {"2026-07-02"}


def test_a_relative_clause_about_an_act_dates_it_however_long_the_name() -> None:
    text = ("On 10 February 2026, Minister Bat-Erdene held a video call with Minister Ingrid Haugen. Minister "
            "Bat-Erdene thanked Minister Haugen for Norway's support to the seventeenth session of the Conference of "
            "the Parties to the UN Convention to Combat Desertification (COP17), which Mongolia will host in "
            "Ulaanbaatar in August 2026.")
    conference = _of(events_of(text, "en", date(2026, 2, 11)), "Conference")
    assert (conference.status, _day(conference)) == ("Planned", "2026-08")


def test_a_planned_act_first_named_after_a_day_ahead_takes_it() -> None:
    text = ("Windhoek – Entwicklungsministerin Sabine Marquardt wird am Samstag in Windhoek an einer Feier zum "
            "Jahrestag des Wasserabkommens teilnehmen. Eröffnet wird die Zeremonie im Parlamentsgarten von "
            "Präsidentin Hilma Nangolo.")
    ceremony = _of(events_of(text, "de", date(2026, 5, 14)), "Ceremony")
    assert (ceremony.status, _day(ceremony)) == ("Planned", "2026-05-16")


def test_a_past_day_told_before_dates_no_plan() -> None:
    text = ("El ministro chino de Asuntos Exteriores, Wang, conversó el jueves por teléfono con la secretaria de Estado "
            "Whitfield. Ambos acordaron mantener el diálogo.")
    plans = [e for e in events_of(text, "es", date(2025, 3, 21)) if e.status == "Planned"]
    assert plans and all(e.date is None for e in plans)
