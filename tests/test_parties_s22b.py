"""Parties of meetings (session 22, wave 2): a country adjective before a people noun names no party, a host verb
in the future passive receives its subject, an audience granted "to X" in a list of audiences is the host's."""

from __future__ import annotations

from extracted import events_of, of_type


def test_refugees_of_a_state_name_no_party_of_the_talk() -> None:
    text = ("Wien (APA) - Der ghanaische Außenminister Kofi Mensah ist gestern in Wien mit Außenministerin Anna Huber "
            "zusammengetroffen. Das Gespräch im Außenministerium drehte sich um die Versorgung afghanischer Flüchtlinge "
            "in der Region. Daran nahm auch der Botschafter Ghanas in Wien, Kwame Owusu, teil.")
    meetings = of_type(events_of(text, "de", "2026-03-05"), "Meeting", "Talks")
    assert len(meetings) == 1, meetings
    assert "AF" not in meetings[0].countries
    assert "Kwame Owusu" in {p.name for p in meetings[0].attendees}


def test_future_passive_reception_is_a_planned_meeting_with_the_host() -> None:
    text = ("Wien (APA) - Der ghanaische Außenminister Kofi Mensah ist gestern in Wien mit Außenministerin Anna Huber "
            "zusammengetroffen. Mensah war am Dienstag zu einem Arbeitsbesuch in Wien eingetroffen. Heute wird der Minister von Bundeskanzler Peter Gruber im Bundeskanzleramt empfangen.")
    planned = [e for e in of_type(events_of(text, "de", "2026-03-05"), "Meeting") if e.status == "Planned"]
    assert len(planned) == 1, planned
    assert {p.name for p in planned[0].attendees} == {"Kofi Mensah", "Peter Gruber"}


def test_last_audience_granted_to_a_guest_is_the_hosts() -> None:
    text = ("Yaoundé, le 10 avril 2026 – Le Ministre des Relations extérieures, M. Paul Ndongo, a reçu hier M. Ali "
            "Moussa, Ambassadeur du Niger. La dernière audience de la journée a été accordée à M. Karim Diallo, "
            "Représentant spécial du Secrétaire général des Nations unies, basé à Dakar.")
    meetings = of_type(events_of(text, "fr", "2026-04-10"), "Meeting")
    last = [e for e in meetings if "Karim Diallo" in {p.name for p in e.attendees}]
    assert len(last) == 1, meetings
    assert "Paul Ndongo" in {p.name for p in last[0].attendees}
    assert last[0].location is None or last[0].location.name != "Dakar"


def test_trip_verb_without_subject_in_spanish_is_the_current_subjects() -> None:
    text = ("Quito, 4 mar (EFE).- El canciller peruano, Mario Quispe Vargas, será recibido hoy por el presidente del "
            "Congreso, Andrés Lema Ortiz. Mañana viajará a Bogotá, donde tiene previsto reunirse con su homóloga "
            "colombiana, Sofía Restrepo Gil.")
    events = events_of(text, "es", "2026-03-04")
    trips = of_type(events, "Visit")
    assert [[p.name for p in e.attendees] for e in trips] == [["Mario Quispe Vargas"]]
    bogota = [e for e in of_type(events, "Meeting") if "Sofía Restrepo Gil" in {p.name for p in e.attendees}]
    assert len(bogota) == 1 and "Mario Quispe Vargas" in {p.name for p in bogota[0].attendees}


def test_guest_received_is_of_another_state_than_the_host() -> None:
    text = ("Hamburg. Der chilenische Präsident Pablo Soto kommt heute zu einem Besuch nach Hamburg. Der deutsche "
            "Wirtschaftsminister Klaus Berger empfängt den Gast im Rathaus. Bundespräsident Uwe Lang empfing den Gast "
            "gestern in Berlin zu einem Gespräch.")
    berlin = [e for e in of_type(events_of(text, "de", "2026-05-06"), "Meeting") if "Uwe Lang" in {p.name for p in e.attendees}]
    assert len(berlin) == 1, berlin
    assert {p.name for p in berlin[0].attendees} == {"Uwe Lang", "Pablo Soto"}


def test_banquet_in_his_honour_is_the_visitors_too() -> None:
    text = ("Hamburg. Der chilenische Präsident Pablo Soto ist gestern zu einem Besuch in Hamburg eingetroffen. "
            "Bürgermeister Uwe Lang empfing den Gast im Rathaus und gab am Abend ein Staatsbankett zu seinen Ehren.")
    ceremonies = of_type(events_of(text, "de", "2026-05-06"), "Ceremony")
    assert ceremonies and "Pablo Soto" in {p.name for p in ceremonies[0].attendees}, ceremonies


def test_ambassadors_listed_after_it_s_agit_de_join_the_credentials_ceremony() -> None:
    text = ("Le Président de la République, M. Paul Dossa, a reçu ce mardi au Palais les lettres de créance de deux "
            "nouveaux ambassadeurs. Il s'agit de Son Excellence Monsieur Hans Berger, Ambassadeur de la République "
            "d'Autriche ; et de Son Excellence Madame Ana Souza, Ambassadeur du Brésil.")
    ceremonies = of_type(events_of(text, "fr", "2026-05-12"), "Ceremony")
    assert len(ceremonies) == 1, ceremonies
    assert {"Hans Berger", "Ana Souza"} <= {p.name for p in ceremonies[0].attendees}
