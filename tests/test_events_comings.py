"""Issue #3: acts told in the present but placed in a coming period are planned (graph.extract.comings); a
headline's present verb joins the plan the body tells, and a headline's pair joins the act the body tells as held
(graph.extract.titleacts); a participation cue starts at a word start ("led" is no cue inside "Khaled"); a plan
put off "to a later date" is called off (the ``cancelled`` cue of events.json)."""

from __future__ import annotations

from graph.model import Extraction

from extracted import events_of, extraction_of


PUBLISHED = "2026-03-10"


def _events(extraction: Extraction) -> list[tuple[str, str]]:
    return [(e.type, e.status) for e in extraction.events]


def test_a_present_trip_in_a_coming_period_is_planned() -> None:
    cases = {
        "de": "Wien (apa) Die finnische Außenministerin Aino Virtanen reist kommende Woche zu einem Arbeitsbesuch nach Portugal.",
        "en": "Finnish Foreign Minister Aino Virtanen travels to Portugal later this week for a working visit.",
        "es": "La canciller finlandesa, Aino Virtanen, visita en los próximos días Portugal.",
    }
    for lang, text in cases.items():
        events = _events(extraction_of(text, lang, PUBLISHED))
        assert events and all(status == "Planned" for _, status in events), (lang, events)


def test_a_past_trip_with_a_coming_plan_after_it_stays_held() -> None:
    x = extraction_of("Finnish Foreign Minister Aino Virtanen visited Portugal on Monday; earlier she had said she would go to Spain next week.", "en", PUBLISHED)
    assert ("Visit", "Occurred") in _events(x)


def test_a_headline_trip_in_the_present_is_the_plan_the_body_tells() -> None:
    text = (
        "Außenministerin Virtanen reist nach Portugal\n\n"
        "Helsinki (dpa) Die finnische Außenministerin Aino Virtanen reist kommende Woche zu einem Arbeitsbesuch nach Portugal."
    )
    assert _events(extraction_of(text, "de", PUBLISHED)) == [("Visit", "Planned")]


def test_a_headline_pair_joins_the_meeting_the_body_tells_as_held() -> None:
    text = (
        "Virtanen empfängt portugiesischen Außenminister – Reise nach Lissabon weiter offen\n\n"
        "Helsinki (dpa) Die finnische Außenministerin Aino Virtanen hat am Montag in Helsinki ihren portugiesischen "
        "Amtskollegen Rui Sampaio Lobo empfangen."
    )
    meetings = [e for e in events_of(text, "de", PUBLISHED) if e.type == "Meeting"]
    assert len(meetings) == 1 and meetings[0].date is not None and meetings[0].date.value == "2026-03-09"


def test_a_second_host_of_the_same_day_is_a_meeting_of_its_own() -> None:
    text = (
        "OSLO, March 10 - Chilean Foreign Minister Tomas Araya held talks with his Norwegian counterpart, "
        "Ingrid Dahl, in Oslo on Monday. Araya, who flew in on Sunday at the head of a delegation, was received "
        "later on Monday by Norwegian Prime Minister Khaled Nilsen, the Norwegian foreign ministry said."
    )
    events = events_of(text, "en", PUBLISHED)
    with_prime_minister = [e for e in events if "Khaled Nilsen" in {p.name for p in e.attendees}]
    assert len(with_prime_minister) == 1
    assert "Ingrid Dahl" not in {p.name for p in with_prime_minister[0].attendees}


def test_a_plan_put_off_to_a_later_date_is_cancelled() -> None:
    cases = {
        "en": "The visit of Portuguese Foreign Minister Rui Lobo to Chile has been postponed to a later date, the ministry said.",
        "de": "Der für Dezember geplante Besuch des portugiesischen Außenministers Rui Lobo in Chile wurde auf einen späteren Zeitpunkt verschoben.",
        "fr": "Mme Claire Dubois a informé son homologue que le déplacement qu'elle devait effectuer à Lisbonne les 1er et 2 décembre est reporté à une date ultérieure.",
        "es": "La visita del canciller portugués Rui Lobo a Chile fue aplazada para una fecha posterior.",
        "ru": "Визит министра иностранных дел Португалии Руя Лобу в Чили перенесён на более поздний срок.",
    }
    for lang, text in cases.items():
        assert _events(extraction_of(text, lang, "2026-11-20")) == [("Visit", "Cancelled")], lang


def test_a_headline_visit_does_not_join_the_planned_next_leg_elsewhere() -> None:
    cases = {
        "en": ("Chilean minister visits Hanoi\n\nHANOI, March 10 - Chilean Foreign Minister Paula Ibarra Sotomayor "
               "held talks with her Vietnamese counterpart Tran Quoc Minh in Hanoi on Tuesday. She then flies on to "
               "Vientiane, where she will meet Lao Foreign Minister Somphone Keola on Thursday."),
        "de": ("Chilenische Ministerin besucht Hanoi\n\nHanoi (dpa) - Die chilenische Außenministerin Paula Ibarra "
               "Sotomayor hat am Dienstag in Hanoi mit ihrem vietnamesischen Kollegen Tran Quoc Minh gesprochen. "
               "Am Donnerstag reist sie weiter nach Vientiane, wo sie den laotischen Außenminister Somphone Keola "
               "treffen will."),
    }
    for lang, text in cases.items():
        visits = {(e.status, e.location.name if e.location is not None else None)
                  for e in events_of(text, lang, PUBLISHED) if e.type == "Visit"}
        assert ("Occurred", "Hanoi") in visits, (lang, visits)
