"""Days an act takes from the account around it: a scene-setting sentence (graph/extract/_datescene.py), the last
day of talks a statement closes (graph/extract/_dateshare.py) and a framed German pluperfect
(graph/extract/_datetense.py)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import dates
from graph.extract._datetense import pluperfect_at
from extracted import date_of, events_of


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Tokio. Es ist kurz nach acht Uhr, als sich am Montag die Türen des Palastes öffnen. Ministerpräsident "
               "Hiro Tanaka empfängt den Bundespräsidenten Karl Weber am Eingang. Weber war am Sonntagabend in Tokio "
               "gelandet."),
        ("en", "NAIROBI. It was barely light on Monday when the motorcade swept through the gates of State House. "
               "President Daniel Kamau received the Finnish President Aino Virtanen on the steps. Virtanen had landed "
               "on Sunday evening."),
        ("es", "Lima. Apenas eran las nueve de la mañana del lunes cuando la comitiva cruzó las rejas del palacio. El "
               "presidente Julio Campos recibe a su homóloga finlandesa, Aino Virtanen, en la escalinata. Virtanen "
               "había llegado el domingo por la noche."),
    ],
)
def test_an_act_right_after_a_scene_takes_the_scene_day(lang: str, text: str) -> None:
    """The reception on Monday's steps is Monday's, not the day of the later-told arrival."""
    assert date_of(events_of(text, lang, date(2026, 4, 28)), "Meeting") == "2026-04-27"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Kenya and Tanzania wrapped up a round of border talks in Arusha yesterday. The talks, which opened on "
               "Wednesday, were led by deputy ministers Grace Wanjiru and Juma Mwinyi. \"We made real progress,\" "
               "Wanjiru told reporters at the close of the meeting."),
        ("de", "Polen und Litauen haben gestern in Vilnius ihre Konsultationen abgeschlossen. Die Gespräche, die am "
               "Mittwoch begonnen hatten, leiteten die Staatssekretäre Anna Nowak und Jonas Petraitis. „Wir sind "
               "vorangekommen“, sagte Nowak zum Abschluss des Treffens."),
    ],
)
def test_a_statement_at_the_close_of_talks_takes_their_last_day(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2026, 3, 6))
    assert date_of(events, "Talks") == "2026-03-04"  # talks of several days: their first day
    assert date_of(events, "Statement") == "2026-03-05"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Botschafter war gestern ins Auswärtige Amt einbestellt worden.", True),
        ("Die Kanzlerin war am Sonntagabend in Tokio gelandet.", True),
        ("Der Minister war am Montag in Rom.", False),
        ("Sie war am Montag in Berlin, wo sie gelandet war.", False),
    ],
)
def test_a_german_pluperfect_is_read_from_its_closing_participle(text: str, expected: bool) -> None:
    found = dates.find_dates(text, "de")
    assert pluperfect_at(text, found[0].span.start, found[0].span.end, "de") is expected


def test_a_part_of_the_day_after_a_pluperfect_paragraph_returns_to_the_reports_day() -> None:
    text = ("Das Auswärtige Amt habe die beiden Diplomaten heute ausgewiesen, sagte ein Sprecher.\n\nDer Botschafter "
            "war gestern ins Auswärtige Amt einbestellt worden. Ein Staatssekretär habe ihm die Entscheidung "
            "mitgeteilt.\n\nDie Ministerin sagte am Vormittag in Berlin vor Journalisten, das sei nicht hinnehmbar.")
    part = [m for m in dates.find_dates(text, "de") if m.part_of_day][0]
    assert dates.resolve(part, date(2025, 11, 13)) == "2025-11-13"


def test_a_part_of_the_day_in_the_pluperfect_paragraph_stays_on_its_day() -> None:
    text = ("Am Dienstag traf der Präsident in Valparaíso den Gouverneur. Zum Auftakt war er am Montag in Santiago "
            "empfangen worden. Die beiden sprachen zwei Stunden. Am Abend gab die Präsidentin ein Staatsbankett.")
    part = [m for m in dates.find_dates(text, "de") if m.part_of_day][0]
    assert dates.resolve(part, date(2025, 9, 9)) == "2025-09-08"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "We expect the joint commission to convene in Dili in the second half of May."),
        ("en", "Officials hope to hold the next round in the first half of May."),
        ("ru", "Совместная комиссия соберётся в Дили во второй половине мая."),
        ("fr", "La commission mixte devrait se réunir à Dili dans la seconde quinzaine de mai."),
    ],
)
def test_a_month_after_an_infinitive_of_plan_is_the_coming_one(lang: str, text: str) -> None:
    """Told in April 2026 of an act the parser took as done: May 2026, and the act is planned."""
    mention = dates.find_dates(text, lang)[0]
    assert dates.resolve_for(mention, date(2026, 4, 23), "Occurred") == ("2026-05", "Planned")


def test_a_month_before_an_infinitive_of_purpose_after_a_past_verb_stays_past() -> None:
    mention = dates.find_dates("The ministers met in May to sign the accord.", "en")[0]
    assert dates.resolve_for(mention, date(2026, 4, 23), "Occurred") == ("2025-05", "Occurred")
