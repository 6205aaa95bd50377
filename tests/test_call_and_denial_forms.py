"""Phone-call verbs "s'est entretenue au téléphone", "had spoken by phone"; a meeting reported only to be
denied ("dément les informations faisant état d'une rencontre") is no event; a trip named as a day's frame
("Am Vortag der Reise") is no new visit; a Wikinews "Sources" list tells no act."""

from datetime import date

from extracted import events_of


PUBLISHED = date(2026, 7, 3)


def test_french_call_on_the_phone_is_no_summons() -> None:
    text = ("Dakar, le 3 juillet 2026\n\nMme Aïssatou Sarr, ministre des Affaires étrangères, a convoqué hier "
            "l'ambassadeur de Mauritanie, M. Cheikh Baba. Dans la soirée, Mme Sarr s'est entretenue au téléphone "
            "avec son homologue mauritanien, M. Mohamed Abdallahi.")
    types = sorted(e.type for e in events_of(text, "fr", PUBLISHED))
    assert types == ["PhoneCall", "Summons"]


def test_denied_report_of_a_meeting_is_no_event() -> None:
    text = ("Dakar, le 3 juillet 2026\n\nLe Ministère dément formellement les informations relayées par certains "
            "organes de presse faisant état d'une rencontre, la semaine dernière, entre le Président Macky Diallo "
            "et son homologue mauritanien, Mohamed Ould Bah.")
    assert [e for e in events_of(text, "fr", PUBLISHED) if e.type == "Meeting"] == []


def test_day_before_the_trip_frames_a_call() -> None:
    text = ("Außenministerin Katrin Lohmeyer reist heute nach Slowenien. Am Vortag der Reise hatte Lohmeyer mit "
            "dem bulgarischen Außenminister Stojan Petkow telefoniert.")
    events = events_of(text, "de", date(2026, 5, 18))
    assert sorted(e.type for e in events) == ["PhoneCall", "Visit"]
    call = next(e for e in events if e.type == "PhoneCall")
    assert call.date.value == "2026-05-17"


def test_english_pluperfect_phone_call() -> None:
    text = ("German Foreign Minister Katrin Lohmeyer is travelling to Ljubljana today. The day before the trip, "
            "Lohmeyer had spoken by phone with Bulgarian Foreign Minister Stojan Petkow.")
    assert sorted(e.type for e in events_of(text, "en", date(2026, 5, 18))) == ["PhoneCall", "Visit"]


def test_sources_list_tells_no_act() -> None:
    text = ("Thursday, March 12, 2026\n\nCambodian Prime Minister Sok Vannarith held talks in Vientiane on "
            "Wednesday with Lao Prime Minister Khamphet Sisouphanh.\n\nSources\n"
            "\"Cambodian PM wraps up visit to Laos\" — Khmer Times, March 12, 2026\n")
    assert [e.type for e in events_of(text, "en", date(2026, 3, 12))] == ["Talks"]


def test_quote_introduced_after_a_programme_name_is_a_statement() -> None:
    text = ("WIEN (dpa) - Außenminister Florian Gassner sagte am Donnerstag im Ö1-«Morgenjournal»: «Wir werden nicht "
            "tatenlos zusehen.»")
    assert [e.type for e in events_of(text, "de", date(2026, 9, 24))] == ["Statement"]


def test_said_to_the_agency_is_a_statement() -> None:
    text = ("Ciudad de Panamá, 10 mar (EFE).- La canciller ecuatoriana, María Belén Cordero, dijo este martes a EFE "
            "que el mecanismo empezará a funcionar antes de junio.")
    assert [e.type for e in events_of(text, "es", date(2026, 3, 10))] == ["Statement"]
