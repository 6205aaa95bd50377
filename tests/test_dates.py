"""Date expressions and durations in five languages (graph.extract.dates)."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.extract.dates import DateMention, dates_act, find_dates, find_durations, lies_ahead, resolve, resolve_end, resolve_for
from graph.model import Span

from extracted import events_of


THU = dt.date(2025, 4, 10)  # a Thursday
FRI = dt.date(2025, 4, 11)

# (lang, sentence, published, future, expected resolved values of all mentions, in order)
CASES = [
    # English
    ("en", "The ministers met on 27 February 2025 in Geneva.", None, False, ["2025-02-27"]),
    ("de", "Ein für Juni geplanter Besuch wurde abgesagt.", THU, True, ["2025-06"]),
    ("en", "The ministers met on February 27, 2025.", None, False, ["2025-02-27"]),
    ("en", "They spoke by phone on Feb. 27.", THU, False, ["2025-02-27"]),
    ("en", "They spoke by phone on Feb. 27.", None, False, [None]),
    ("en", "The summit will open on 27 February.", THU, True, ["2026-02-27"]),
    ("en", "He arrived on Thursday, February 27, 2025.", None, False, ["2025-02-27"]),
    ("en", "The talks were held on Thursday.", THU, False, ["2025-04-10"]),
    ("en", "The talks were held on Tuesday.", THU, False, ["2025-04-08"]),
    ("en", "The talks will be held on Tuesday.", THU, True, ["2025-04-15"]),
    ("en", "They met last Thursday.", THU, False, ["2025-04-03"]),
    ("en", "They meet next Thursday.", THU, False, ["2025-04-17"]),
    ("en", "The envoy was summoned Tuesday night.", THU, False, ["2025-04-08"]),
    ("en", "Yesterday the minister flew home; today he met the king; tomorrow he leaves.", THU, False,
     ["2025-04-09", "2025-04-10", "2025-04-11"]),
    ("en", "This morning the president called his counterpart.", THU, False, ["2025-04-10"]),
    ("en", "The summit takes place next month.", THU, True, ["2025-05"]),
    ("en", "The embassy reopened in January 2025.", None, False, ["2025-01"]),
    ("en", "The treaty was signed in 2022.", None, False, ["2022"]),
    ("en", "A visit is planned from 7 to 10 May.", THU, True, ["2025-05-07"]),
    ("en", "A visit is planned May 7-10, 2026.", None, True, ["2026-05-07"]),
    ("en", "Three days ago the ambassador was expelled.", THU, False, ["2025-04-07"]),
    ("en", "The report is dated 2025-04-09.", None, False, ["2025-04-09"]),
    # German
    ("de", "Die Außenminister trafen sich am 27. Februar 2025 in Genf.", None, False, ["2025-02-27"]),
    ("de", "Die Außenminister trafen sich am 27.02.2025 in Genf.", None, False, ["2025-02-27"]),
    ("de", "Die Außenminister trafen sich am 27. Februar in Genf.", None, False, [None]),
    ("de", "Die Außenminister trafen sich am 27. Februar in Genf.", THU, False, ["2025-02-27"]),
    ("de", "Das Treffen findet am 27. Februar statt.", THU, True, ["2026-02-27"]),
    ("de", "Die Delegationen sprachen am Donnerstag sechs Stunden lang.", THU, False, ["2025-04-10"]),
    ("de", "Die Delegationen sprachen am Donnerstag sechs Stunden lang.", FRI, False, ["2025-04-10"]),
    ("de", "Die Delegationen sprachen am Donnerstag sechs Stunden lang.", None, False, [None]),
    ("de", "Am vergangenen Donnerstag empfing er den Botschafter.", THU, False, ["2025-04-03"]),
    ("de", "Am kommenden Montag reist sie nach Paris.", THU, False, ["2025-04-14"]),
    ("de", "Am Donnerstagabend landete die Maschine.", FRI, False, ["2025-04-10"]),
    ("de", "Gestern telefonierte er, vorgestern war er in Rom, übermorgen fliegt er.", THU, False,
     ["2025-04-09", "2025-04-08", "2025-04-12"]),
    ("de", "Ein Sprecher erklärte heute (02.01.) in Berlin.", dt.date(2015, 1, 2), False, ["2015-01-02"]),
    ("de", "Nächste Woche beginnt die Konferenz.", dt.date(2025, 4, 16), True, ["2025-04-21"]),  # its Monday
    ("en", "The ministers met this week.", dt.date(2025, 3, 5), False, ["2025-03-03"]),  # a range: its start
    ("en", "The ministers met this week.", dt.date(2025, 4, 2), False, ["2025"]),  # 31 March to 2 April: the year
    ("en", "The ministers met this week.", dt.date(2025, 3, 31), False, ["2025-03-31"]),  # a Monday: that day
    ("en", "The ministers will meet this week.", dt.date(2025, 3, 31), True, ["2025"]),  # 31 March to 6 April
    ("en", "The ministers met last week.", dt.date(2026, 1, 8), False, [None]),  # 29 December to 4 January: no year
    ("en", "The ministers will meet this week.", dt.date(2025, 4, 2), True, ["2025-04"]),  # 2 to 6 April
    ("fr", "Les ministres se sont vus cette semaine.", dt.date(2025, 3, 5), False, ["2025-03-03"]),
    ("es", "Los ministros se reunieron esta semana.", dt.date(2025, 3, 5), False, ["2025-03-03"]),
    ("ru", "Министры встретились на этой неделе.", dt.date(2025, 3, 5), False, ["2025-03-03"]),
    ("de", "Der Kanzler war im Februar 2022 in Washington.", None, False, ["2022-02"]),
    ("de", "Im Januar besuchte er Kiew.", THU, False, ["2025-01"]),
    ("de", "Im Jahr 2022 wurde das Abkommen geschlossen.", None, False, ["2022"]),
    ("de", "Der Besuch dauert vom 7. bis 10. Mai.", THU, True, ["2025-05-07"]),
    ("de", "Er kam morgen früh an.", THU, False, ["2025-04-11"]),
    # French
    ("fr", "Le 27 février 2025, les ministres se sont rencontrés.", None, False, ["2025-02-27"]),
    ("fr", "Le ministre a déclaré jeudi que la réunion était utile.", THU, False, ["2025-04-10"]),
    ("fr", "Hier, le président a reçu l'ambassadeur.", THU, False, ["2025-04-09"]),
    ("fr", "Aujourd'hui, le ministre est à Bruxelles.", THU, False, ["2025-04-10"]),
    ("fr", "Aujourd’hui, le ministre est à Bruxelles.", THU, False, ["2025-04-10"]),
    ("fr", "Il se rendra à Paris du 13 au 23 novembre.", dt.date(2020, 11, 10), True, ["2020-11-13"]),
    ("fr", "Les entretiens ont eu lieu en janvier.", THU, False, ["2025-01"]),
    ("fr", "Ils se sont parlé la semaine dernière.", dt.date(2025, 4, 16), False, ["2025-04-07"]),
    ("fr", "Il est arrivé jeudi dernier.", THU, False, ["2025-04-03"]),
    ("fr", "La visite aura lieu le 1er mai.", THU, True, ["2025-05-01"]),
    ("fr", "L'an dernier, ils se sont rencontrés deux fois.", THU, False, ["2024"]),
    # Spanish
    ("es", "El 27 de febrero de 2025 los cancilleres se reunieron.", None, False, ["2025-02-27"]),
    ("es", "El jueves, el canciller recibió al embajador.", FRI, False, ["2025-04-10"]),
    ("es", "Ayer el ministro viajó a Madrid y hoy se reunió con el rey.", THU, False,
     ["2025-04-09", "2025-04-10"]),
    ("es", "Mañana se reunirán en Lima.", THU, True, ["2025-04-11"]),
    ("es", "Esta mañana el presidente llamó a su homólogo.", THU, False, ["2025-04-10"]),
    ("es", "El pasado jueves se firmó el acuerdo.", THU, False, ["2025-04-03"]),
    ("es", "La visita será del 7 al 10 de mayo.", THU, True, ["2025-05-07"]),
    ("es", "En enero el canciller visitó Cuba.", THU, False, ["2025-01"]),
    ("es", "Hace tres días fueron expulsados dos diplomáticos.", THU, False, ["2025-04-07"]),
    ("es", "En el año 2022 se reanudaron las relaciones.", None, False, ["2022"]),
    # Russian
    ("ru", "27 февраля 2025 года министры провели переговоры.", None, False, ["2025-02-27"]),
    ("ru", "Лидеры встретятся в Москве 9 мая.", THU, True, ["2025-05-09"]),
    ("ru", "Лидеры встречались в Москве 9 мая.", THU, False, ["2024-05-09"]),
    ("ru", "В четверг президент провёл телефонный разговор.", FRI, False, ["2025-04-10"]),
    ("ru", "Вчера министр прибыл в Пекин, сегодня он проведёт переговоры.", THU, False,
     ["2025-04-09", "2025-04-10"]),
    ("ru", "Позавчера и завтра.", THU, False, ["2025-04-08", "2025-04-11"]),
    ("ru", "Накануне вечером президент прибыл в Ханой.", THU, False, ["2025-04-09"]),
    ("ru", "Накануне Президент России прибыл в Ханой.", THU, False, ["2025-04-09"]),
    ("ru", "Накануне визита министр дал интервью.", THU, False, []),  # "on the eve of the visit": no date
    ("ru", "Визит состоится 7–10 мая.", dt.date(2025, 5, 4), True, ["2025-05-07"]),
    ("ru", "В январе стороны обсудили ситуацию.", THU, False, ["2025-01"]),
    ("ru", "В 2022 году посольство было закрыто.", None, False, ["2022"]),
    ("ru", "Визит ожидается в начале мая.", THU, True, ["2025-05"]),
    ("ru", "На прошлой неделе министры созвонились.", dt.date(2025, 4, 16), False, ["2025-04-07"]),
    ("ru", "В прошлую пятницу посол был вызван в МИД.", THU, False, ["2025-04-04"]),
]


@pytest.mark.parametrize(("lang", "sentence", "published", "future", "expected"), CASES)
def test_resolved_values(lang: str, sentence: str, published: dt.date | None, future: bool, expected: list) -> None:
    mentions = find_dates(sentence, lang)
    assert [resolve(m, published, future=future) for m in mentions] == expected
    for mention in mentions:
        assert sentence[mention.span.start : mention.span.end] == mention.text


@pytest.mark.parametrize(
    ("lang", "sentence", "text"),
    [
        ("de", "Die Außenminister trafen sich am Donnerstag in Istanbul.", "am Donnerstag"),
        ("en", "They met on 27 February in Geneva.", "on 27 February"),
        ("ru", "Парад пройдёт 9 мая.", "9 мая"),
        ("fr", "Il est arrivé hier à Paris.", "hier"),
        ("es", "Se reunieron el jueves en Lima.", "el jueves"),
    ],
)
def test_text_is_the_expression_as_written(lang: str, sentence: str, text: str) -> None:
    assert [m.text for m in find_dates(sentence, lang)] == [text]


def test_fields_of_a_weekday_and_a_relative_day() -> None:
    (weekday,) = find_dates("They met last Tuesday.", "en")
    assert (weekday.weekday, weekday.direction, weekday.relative_days) == (1, -1, None)
    (relative,) = find_dates("Vorgestern kam er an.", "de")
    assert relative.relative_days == -2
    (week,) = find_dates("Nächste Woche reist sie.", "de")
    assert (week.relative_weeks, week.direction) == (1, 1)


def test_range_exposes_its_end() -> None:
    (mention,) = find_dates("Визит состоится 7–10 мая.", "ru")
    assert (mention.day, mention.end_day, mention.end_month) == (7, 10, 5)
    assert resolve_end(mention, dt.date(2025, 5, 4), future=True) == "2025-05-10"
    (cross,) = find_dates("The festival runs from 28 December to 3 January.", "en")
    assert resolve(cross, dt.date(2025, 12, 1), future=True) == "2025-12-28"
    assert resolve_end(cross, dt.date(2025, 12, 1), future=True) == "2026-01-03"


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("de", "Die Gespräche dauerten sechs Stunden."),
        ("de", "Das Treffen beginnt um 14 Uhr."),
        ("de", "Der 65 Jahre alte Diplomat und 120 Teilnehmer kamen, 45 Prozent stimmten zu."),
        ("de", "Am 31. Februar wurde nichts unterzeichnet."),
        ("en", "The talks lasted six hours and ended at 3 p.m. after 10:30 coffee."),
        ("en", "The 65-year-old envoy met 300 people; 2,000 protesters and 45% of voters."),
        ("en", "In 2,022 cases the number 2022 was quoted; they may 5 times differ."),
        ("en", "The 2000 soldiers left."),
        ("fr", "La réunion a duré deux heures et commencera à 15 heures."),
        ("es", "La reunión duró dos horas; por la mañana llegaron 30 personas."),
        ("es", "Los jueves se reúnen los embajadores."),
        ("ru", "Переговоры продолжались три часа и начались в 15 часов."),
        ("ru", "Четверг был дождливым."),
    ],
)
def test_no_date_in(lang: str, sentence: str) -> None:
    assert find_dates(sentence, lang) == []


def test_unknown_language_gives_nothing() -> None:
    assert find_dates("Il 27 febbraio 2025", "it") == []
    assert find_durations("sei ore", "it") == []


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("de", "Die Gespräche dauerten sechs Stunden.", ["PT6H"]),
        ("de", "Nach anderthalb Stunden und 2,5 Stunden.", ["PT1H30M", "PT2H30M"]),
        ("en", "They talked for two days and then 90 minutes.", ["P2D", "PT90M"]),
        ("en", "The meeting lasted two and a half hours, then half an hour.", ["PT2H30M", "PT30M"]),
        ("en", "A 90-minute call.", ["PT90M"]),
        ("en", "The 65-year-old envoy, three days ago, at 3 p.m.", []),
        ("fr", "Ils ont parlé deux heures et demie, puis pendant une heure, à 15 heures.", ["PT2H30M", "PT1H"]),
        ("es", "Hablaron dos horas y media, y media hora más.", ["PT2H30M", "PT30M"]),
        ("ru", "Переговоры длились полтора часа, а затем ещё 40 минут.", ["PT1H30M", "PT40M"]),
        ("ru", "Беседа продолжалась два с половиной часа.", ["PT2H30M"]),
        ("en", "They met for a few hours, then for a second time; a second round is planned.", []),
        ("fr", "Ils se verront pendant une seconde réunion.", []),
        ("es", "Hablarán por un segundo encuentro.", []),
        ("en", "A pause for 30 seconds.", ["PT30S"]),
    ],
)
def test_durations(lang: str, sentence: str, expected: list[str]) -> None:
    found = find_durations(sentence, lang)
    assert [value for _, value in found] == expected
    for span, _ in found:
        assert span.start < span.end


def test_fast_enough() -> None:
    paragraph = (
        "Am Donnerstag trafen sich die Außenminister in Genf. Die Gespräche dauerten sechs Stunden, "
        "erklärte ein Sprecher am 27. Februar 2025. Im Januar hatte es 120 Teilnehmer gegeben. "
    )
    text = (paragraph * 20)[:3000]
    find_dates(text, "de")
    timings = []
    for _ in range(5):  # best of five, so that a busy machine does not fail the test
        start = time.process_time()
        for _ in range(10):
            find_dates(text, "de")
        timings.append((time.process_time() - start) / 10)
    assert min(timings) < 0.005  # about 0.3 ms on the development machine


# --- properties of resolve ----------------------------------------------------------------------------

dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31))
SPAN = Span(0, 1)


@given(published=dates, weekday=st.integers(0, 6), future=st.booleans(), direction=st.sampled_from([-1, 0, 1]))
def test_weekday_is_within_a_week_and_has_that_weekday(
    published: dt.date, weekday: int, future: bool, direction: int
) -> None:
    mention = DateMention(span=SPAN, text="x", weekday=weekday, direction=direction)
    value = dt.date.fromisoformat(resolve(mention, published, future=future) or "")
    assert value.weekday() == weekday
    assert abs((value - published).days) <= 7
    if direction == 0:
        assert (value >= published) if future else (value <= published)
        assert abs((value - published).days) < 7
    else:
        assert (value > published) if direction > 0 else (value < published)


@given(published=dates, month=st.integers(1, 12), day=st.integers(1, 31), future=st.booleans())
def test_day_month_is_the_nearest_occurrence_on_the_right_side(
    published: dt.date, month: int, day: int, future: bool
) -> None:
    mention = DateMention(span=SPAN, text="x", month=month, day=day)
    value = resolve(mention, published, future=future)
    if value is None:
        return
    resolved = dt.date.fromisoformat(value)
    assert (resolved.month, resolved.day) == (month, day)
    if future:
        assert resolved >= published
    else:
        assert resolved <= published
    assert abs((resolved - published).days) <= 366 * 8


@given(
    published=dates,
    relative=st.integers(-10, 10),
    kind=st.sampled_from(["relative_days", "relative_weeks", "relative_months", "relative_years", "weekday"]),
    future=st.booleans(),
)
def test_relative_forms_need_a_publication_date(published: dt.date, relative: int, kind: str, future: bool) -> None:
    value = relative % 7 if kind == "weekday" else relative
    mention = DateMention(span=SPAN, text="x", **{kind: value})
    assert resolve(mention, None, future=future) is None
    if kind == "relative_days":
        assert resolve(mention, published) == (published + dt.timedelta(days=relative)).isoformat()


@given(year=st.integers(1600, 2199), month=st.integers(1, 12), day=st.integers(1, 28))
def test_explicit_dates_need_no_publication_date(year: int, month: int, day: int) -> None:
    mention = DateMention(span=SPAN, text="x", year=year, month=month, day=day)
    assert resolve(mention, None) == f"{year:04d}-{month:02d}-{day:02d}"
    assert resolve(DateMention(span=SPAN, text="x", year=year, month=month), None) == f"{year:04d}-{month:02d}"
    assert resolve(DateMention(span=SPAN, text="x", month=month, day=day), None) is None


# --- days counted from another day, days ahead of a report, postponed plans ---------------------------

MON = dt.date(2025, 6, 2)  # a Monday


@pytest.mark.parametrize(
    ("lang", "sentence", "published", "expected"),
    [
        ("fr", "Le ministre a reçu jeudi son homologue, arrivé la veille à Lyon.", FRI, ["2025-04-10", "2025-04-09"]),
        ("de", "Am Dienstag traf sie den Kanzler. Am Vortag war sie in Bonn gelandet.", THU, ["2025-04-08", "2025-04-07"]),
        ("en", "The envoy arrived on 3 April and met the king the following day.", THU, ["2025-04-03", "2025-04-04"]),
        ("es", "El canciller llegó el martes y al día siguiente visitó el Congreso.", THU, ["2025-04-08", "2025-04-09"]),
        ("ru", "Министр прилетел в понедельник, а на следующий день провёл переговоры.", THU,
         ["2025-04-07", "2025-04-08"]),
        # no day told in this or the previous sentence: counted from publication
        ("de", "Am Vortag hatte der Minister telefoniert.", THU, ["2025-04-09"]),
        ("fr", "Il est arrivé la veille.", THU, ["2025-04-09"]),
        ("de", "Am 2. April traf er sie. Das war geplant. Die Presse kam. Es regnete. Am Vortag reiste er an.", THU,
         ["2025-04-02", "2025-04-09"]),
    ],
)
def test_anchored_days_count_from_the_day_told_last(
    lang: str, sentence: str, published: dt.date, expected: list
) -> None:
    assert [resolve(m, published) for m in find_dates(sentence, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "sentence", "published", "expected", "status"),
    [
        # a day without year that comes within two months is ahead, whatever the tense
        ("de", "Die Kanzlerin reist vom 14. bis 16. Juni nach Kanada.", MON, "2025-06-14", "Planned"),
        ("fr", "La France accueille du 2 au 4 juillet une conférence sur le Sahel.", MON, "2025-07-02", "Planned"),
        ("ru", "Делегация посетит Минск с 20 по 22 июня.", MON, "2025-06-20", "Planned"),
        ("es", "La cumbre se celebra el 30 de julio en Quito.", MON, "2025-07-30", "Planned"),
        ("en", "The ministers meet in Oslo tomorrow.", MON, "2025-06-03", "Planned"),
        ("en", "The ministers met in Oslo on 28 May.", MON, "2025-05-28", "Occurred"),
        # more than two months ahead: last year's, as a report means
        ("en", "The ministers met in Oslo on 20 August.", MON, "2024-08-20", "Occurred"),
        ("en", "The first talks in three years took place in Oslo.", MON, None, "Occurred"),
    ],
)
def test_resolve_for_an_act_told_as_done(
    lang: str, sentence: str, published: dt.date, expected: str | None, status: str
) -> None:
    found = [resolve_for(m, published, "Occurred") for m in find_dates(sentence, lang)]
    if expected is None:
        assert all(s == "Occurred" for _, s in found)
        return
    assert found == [(expected, status)]


@pytest.mark.parametrize(
    ("lang", "sentence", "published", "expected"),
    [
        ("de", "Der für kommenden Freitag geplante Besuch wurde verschoben. Er soll nun am 3. Juli stattfinden.",
         MON, ["2025-07-03"]),
        ("en", "The summit, initially scheduled for 10 June, was postponed to 8 July.", MON, ["2025-07-08"]),
        ("fr", "La visite, prévue le 10 juin, est reportée au 8 juillet.", MON, ["2025-07-08"]),
        ("es", "La reunión, prevista para el 10 de junio, se celebrará finalmente el 8 de julio.", MON, ["2025-07-08"]),
        ("ru", "Визит, запланированный на 10 июня, перенесли на 8 июля.", MON, ["2025-07-08"]),
        ("de", "Der Besuch ist für den 10. Juni geplant.", MON, ["2025-06-10"]),  # nothing revises it
    ],
)
def test_a_postponed_plan_keeps_only_its_new_date(
    lang: str, sentence: str, published: dt.date, expected: list
) -> None:
    found = find_dates(sentence, lang)
    assert [resolve_for(m, published, "Cancelled")[0] for m in found] == expected
    assert all(resolve_for(m, published, "Cancelled")[1] == "Planned" for m in found if m.revised)
    assert any(m.revised for m in found) == (len(expected) == 1 and "10" not in expected[0][-2:])


def test_lies_ahead_needs_a_day() -> None:
    for text in ("next week", "next month", "in two years"):
        (mention,) = find_dates(f"They meet {text}.", "en")
        assert not lies_ahead(mention, MON)
    (mention,) = find_dates("They meet next Tuesday.", "en")
    assert lies_ahead(mention, MON)
    assert not lies_ahead(mention, None)


def test_a_past_tense_keeps_the_past_reading() -> None:
    (mention,) = find_dates("Die Minister trafen sich am 14. Juni in Oslo.", "de")
    assert resolve_for(mention, MON, "Occurred", past_tense=True) == ("2024-06-14", "Occurred")
    assert resolve_for(mention, MON, "Occurred") == ("2025-06-14", "Planned")  # "das Treffen am 14. Juni"
    assert resolve_for(mention, MON, "Uncertain", past_tense=True) == ("2025-06-14", "Uncertain")  # "could meet"
    (explicit,) = find_dates("Sie trafen sich am 14. Juni 2025.", "de")
    assert resolve_for(explicit, MON, "Occurred", past_tense=True) == ("2025-06-14", "Planned")


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("de", "Am Montag traf sie den König. Sie sprachen lange. Am Abend gab er ein Essen.", ["2025-04-07"] * 2),
        ("en", "The envoys met on Tuesday. That evening the king hosted a dinner.", ["2025-04-08"] * 2),
        ("fr", "Le ministre est arrivé lundi à Rabat. Le soir, il a dîné avec le roi.", ["2025-04-07"] * 2),
        ("es", "El canciller llegó el lunes a Lima y por la noche cenó con el presidente.", ["2025-04-07"] * 2),
        ("ru", "Министр прилетел в понедельник. Вечером состоялся ужин.", ["2025-04-07"] * 2),
        ("de", "Am Abend gab der Präsident ein Essen.", []),  # no day told before: no date
        ("ru", "Накануне вечером министр прилетел в Минск.", ["2025-04-09"]),
    ],
)
def test_a_part_of_the_day_told_last(lang: str, sentence: str, expected: list) -> None:
    assert [resolve(m, THU) for m in find_dates(sentence, lang)] == expected


# Seasons date to a year; a month counted from a named year ("in August last year") to that year's month.
@pytest.mark.parametrize(
    ("lang", "sentence", "future", "expected"),
    [
        ("de", "Die Regierungen wollen das Abkommen im Herbst unterzeichnen.", True, ["2025"]),
        ("fr", "La ministre est attendue à Lisbonne à l'automne.", True, ["2025"]),
        ("en", "The two leaders met in the winter.", False, ["2024"]),
        ("es", "La cumbre se celebrará en primavera de 2026.", True, ["2026"]),
        ("ru", "Переговоры пройдут осенью.", True, ["2025"]),
        ("en", "The two ministers talked this spring.", False, ["2025"]),
        ("en", "He visited Oslo in March last year.", False, ["2024-03"]),
        ("de", "Sie trafen sich im Juli vergangenen Jahres in Bern.", False, ["2024-07"]),
        ("es", "Se reunieron en julio del año pasado.", False, ["2024-07"]),
        ("ru", "Министр посетил Баку в сентябре прошлого года.", False, ["2024-09"]),
        ("ru", "Визит намечен на март следующего года.", True, ["2026-03"]),
    ],
)
def test_seasons_and_months_of_a_named_year(lang: str, sentence: str, future: bool, expected: list[str]) -> None:
    published = dt.date(2025, 5, 20)
    assert [resolve(m, published, future=future) for m in find_dates(sentence, lang)] == expected


# A "since" date coarser than a day and a single "until" date bound an act without dating it.
@pytest.mark.parametrize(
    ("lang", "sentence", "dates"),
    [
        ("en", "It was her first trip to Chile since 2018, and she stays until Friday.", [False, False]),
        ("en", "The envoy has been in Lima since Monday; talks ran from 3 until 5 June.", [True, True]),
        ("de", "Der erste Besuch seit 2016 dauert bis Freitag, bis Ende Mai folgt ein Abkommen.", [False, False, True]),
        ("fr", "Une première depuis 2021 ; il reste jusqu'à vendredi, depuis lundi à Rabat.", [False, False, True]),
        ("es", "Es la primera visita desde 2020 y se quedará hasta el jueves.", [False, False]),
        ("ru", "Это первый визит с 2019 года, министр пробудет в Ереване до пятницы.", [False, False]),
        ("ru", "Визит пройдёт с 10 по 12 ноября.", [True]),
    ],
)
def test_since_and_until_dates_bound_acts(lang: str, sentence: str, dates: list[bool]) -> None:
    assert [dates_act(m) for m in find_dates(sentence, lang)] == dates


def _extracted(lang: str, text: str, published: dt.date = THU) -> list[tuple[str, str | None]]:
    events = events_of(text, lang, published)
    return sorted((e.type, e.date.value if e.date else None) for e in events)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Austrian Chancellor Anna Huber arrived in Lisbon on Tuesday, her first visit to Portugal since 2017."),
        ("fr", "Le chancelier autrichien Anna Huber est arrivé mardi à Lisbonne pour une visite, la première depuis 2017."),
        ("es", "La canciller austriaca Anna Huber llegó el martes a Lisboa para una visita, la primera desde 2017."),
    ],
)
def test_the_first_visit_since_a_year_keeps_its_own_day(lang: str, text: str) -> None:
    extracted = _extracted(lang, text)  # "her first visit ... since 2017" also tells a background visit of 2017
    assert [e for e in extracted if e[1] != "2017"] == [("Visit", "2025-04-08")]


def test_a_stay_until_a_weekday_is_not_dated_by_its_end() -> None:
    text = ("El canciller luso, Rui Costa, que llegó a Berlín el lunes, realiza una visita oficial a Alemania "
            "hasta el viernes.")
    assert _extracted("es", text) == [("Visit", "2025-04-07")]


MON = dt.date(2025, 6, 2)  # a Monday


# A bare weekday next to a present event verb is the coming one (a plan); one told as taken place is past.
@pytest.mark.parametrize(
    ("lang", "sentence", "status", "expected"),
    [
        ("de", "Vor ihrer Reise empfängt die Kanzlerin am Donnerstag den Premierminister.", "Occurred", ("2025-06-05", "Planned")),
        ("de", "Am Donnerstag empfing die Kanzlerin den Premierminister.", "Occurred", ("2025-05-29", "Occurred")),
        ("de", "Der Gast hält sich seit Freitag in Bonn auf.", "Occurred", ("2025-05-30", "Occurred")),
        ("en", "The president hosts the Danish prime minister on Thursday.", "Occurred", ("2025-06-05", "Planned")),
        ("en", "The president hosted the Danish prime minister on Thursday.", "Occurred", ("2025-05-29", "Occurred")),
        ("fr", "Le président reçoit jeudi le Premier ministre danois.", "Occurred", ("2025-06-05", "Planned")),
        ("fr", "Le président a reçu jeudi le Premier ministre danois.", "Occurred", ("2025-05-29", "Occurred")),
        ("es", "El presidente recibe el jueves al primer ministro danés.", "Occurred", ("2025-06-05", "Planned")),
        ("ru", "Президент принимает в четверг премьер-министра Дании.", "Occurred", ("2025-06-05", "Planned")),
        ("en", "The ministers meet on Monday in Oslo.", "Occurred", ("2025-06-02", "Occurred")),  # the day of the report
        ("ru", "Визиту был посвящён разговор министров, состоявшийся в пятницу.", "Planned", ("2025-05-30", "Occurred")),
        ("en", "The preparatory talks, held on Friday, paved the way for the visit.", "Planned", ("2025-05-30", "Occurred")),
        ("es", "La reunión preparatoria, celebrada el viernes, allanó el camino.", "Planned", ("2025-05-30", "Occurred")),
        ("en", "The talks will be held on Friday.", "Planned", ("2025-06-06", "Planned")),
        ("de", "Das Vorbereitungstreffen, das am Freitag stattgefunden hatte, war geplant.", "Planned", ("2025-05-30", "Occurred")),
        ("de", "Im September will die Ministerin eine Geberkonferenz ausrichten.", "Occurred", ("2025-09", "Planned")),
        ("fr", "En octobre, la ministre doit accueillir une conférence.", "Occurred", ("2025-10", "Planned")),
        ("en", "In March the minister hosted a donor conference.", "Occurred", ("2025-03", "Occurred")),
        ("es", "En agosto la ministra va a presidir la conferencia.", "Occurred", ("2025-08", "Planned")),
        ("ru", "В июле министр планирует провести конференцию.", "Occurred", ("2025-07", "Planned")),
        ("fr", "Ils coordonneront leurs positions avant le sommet prévu en octobre à Lomé.", "Occurred", ("2025-10", "Planned")),
        ("de", "Vor dem für Oktober angesetzten Gipfel in Lomé beraten die Minister.", "Occurred", ("2025-10", "Planned")),
        ("en", "He said the leaders would hold a video summit on Friday.", "Occurred", ("2025-06-06", "Planned")),
    ],
)
def test_the_tense_a_weekday_is_told_in(lang: str, sentence: str, status: str, expected: tuple[str, str]) -> None:
    (mention,) = find_dates(sentence, lang)
    assert resolve_for(mention, MON, status) == expected


def test_a_reception_announced_in_the_present_is_planned() -> None:
    text = ("Die norwegische Regierungschefin Ingrid Dahl reist am 20. Juni nach Kanada. Vor der Abreise empfängt Dahl "
            "am Donnerstag in Oslo den finnischen Präsidenten Mikko Laine.")
    events = events_of(text, "de", MON)
    meeting = next(e for e in events if any(p.name == "Mikko Laine" for p in e.attendees))
    assert (meeting.status, meeting.date.value) == ("Planned", "2025-06-05")


# The date a plan was due on ("должен был пройти", "sollte", "devait") gives way to the new one; a revision cue
# revises only the date of its own sentence.
@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("ru", "Раунд консультаций, который должен был пройти в пятницу в Баку, перенесен на 3 марта.", [("на 3 марта", True)]),
        ("de", "Das Treffen, das am Dienstag stattfinden sollte, wurde auf den 3. März verschoben.", [("den 3. März", True)]),
        ("fr", "La réunion, qui devait se tenir lundi, a été reportée au 3 mars.", [("au 3 mars", True)]),
        ("es", "La reunión, que debía celebrarse el lunes, fue aplazada al 3 de marzo.", [("al 3 de marzo", True)]),
        ("ru", "Встреча, намеченная на пятницу, перенесена на 3 марта. В мае прошлого года министры встречались в Минске.",
         [("на 3 марта", True), ("В мае прошлого года", False)]),
    ],
)
def test_a_plan_due_on_a_day_gives_way_to_its_new_date(lang: str, sentence: str, expected: list) -> None:
    assert [(m.text, m.revised) for m in find_dates(sentence, lang)] == expected


# A bare year after "zuletzt", "se remonta a", "remonte à" dates the act it closes.
@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("de", "Der Präsident hatte Chile zuletzt 2021 besucht.", ["2021"]),
        ("es", "La última visita de un ministro sueco a Lima se remonta a 2018.", ["2018"]),
        ("fr", "La dernière visite d'un ministre suédois à Lima remonte à 2018.", ["2018"]),
    ],
)
def test_a_bare_year_after_a_word_of_recency(lang: str, sentence: str, expected: list[str]) -> None:
    assert [resolve(m, THU) for m in find_dates(sentence, lang)] == expected


# A month named with an event noun ("la reunión de junio", "the June meeting") dates it; the mention is the month alone.
@pytest.mark.parametrize(
    ("lang", "sentence", "future", "expected"),
    [
        ("es", "Desde su tensa reunión de junio en Lima no habían vuelto a hablar.", False, [("junio", "2024-06")]),
        ("fr", "Depuis leur rencontre d'octobre à Genève, les deux ministres se sont parlé deux fois.", False,
         [("octobre", "2024-10")]),
        ("en", "Since their June meeting in Oslo the two ministers have not spoken.", False, [("June", "2024-06")]),
        ("fr", "Le voyage a été reporté au mois de mai.", True, [("au mois de mai", "2025-05")]),
        ("es", "La cumbre se celebrará en el mes de marzo.", True, [("en el mes de marzo", "2025-03")]),
        ("en", "The visit now stands postponed to the second week of January.", True,
         [("the second week of January", "2025-01")]),
        ("ru", "Визит запланирован на начало мая.", True, [("на начало мая", "2025-05")]),
    ],
)
def test_a_month_told_with_a_noun_or_a_week(lang: str, sentence: str, future: bool, expected: list) -> None:
    published = dt.date(2024, 11, 20)
    assert [(m.text, resolve(m, published, future=future)) for m in find_dates(sentence, lang)] == expected


# The end of the running month or year ("avant la fin du mois", "до конца года") dates a plan to that month or year.
@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("fr", "Elle doit se rendre à Dakar avant la fin du mois.", "2025-04"),
        ("en", "He will travel to Rome by the end of the month.", "2025-04"),
        ("es", "Los cancilleres se verán a finales de mes en Quito.", "2025-04"),
        ("de", "Der Besuch ist für Jahresende geplant.", "2025"),
        ("ru", "Визит в Ханой должен состояться в конце года.", "2025"),
    ],
)
def test_the_end_of_the_running_month_or_year(lang: str, sentence: str, expected: str) -> None:
    assert [resolve(m, THU, future=True) for m in find_dates(sentence, lang)] == [expected]


# "The same day" counts from the day told last; "накануне вечером" is the evening of the day before it.
@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("en", "The talks were held on Tuesday. On the same day, he met the king.", ["2025-04-08", "2025-04-08"]),
        ("de", "Am Dienstag traf er den Kanzler. Am selben Tag sprach er mit der Presse.", ["2025-04-08", "2025-04-08"]),
        ("fr", "Il a été reçu mardi par le roi. Le même jour, il a vu le premier ministre.", ["2025-04-08", "2025-04-08"]),
        ("es", "El martes se reunió con el rey. Ese mismo día habló con la prensa.", ["2025-04-08", "2025-04-08"]),
        ("ru", "Во вторник министры встретились. В тот же день министр дал интервью.", ["2025-04-08", "2025-04-08"]),
        ("ru", "Во вторник министры встретились. Накануне вечером министр прилетел в Минск.", ["2025-04-08", "2025-04-07"]),
        ("en", "On the same day, he met the king.", []),
    ],
)
def test_the_same_day_and_the_evening_before(lang: str, sentence: str, expected: list[str]) -> None:
    assert [resolve(m, THU) for m in find_dates(sentence, lang)] == expected


# A pluperfect of meeting ("s'était entretenu", "had held talks") tells the day as past, even after an initial's
# stop ("Dimanche, M. X s'était ...") and a plan told later in the sentence.
@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("fr", "Dimanche, M. Durand s'était entretenu au téléphone avec son homologue, qui doit se rendre à Rome."),
        ("en", "On Sunday, the minister had held talks with his counterpart, who is due to travel to Rome."),
        ("es", "El domingo, Pérez se había reunido con su homólogo, que debe viajar a Roma."),
    ],
)
def test_a_pluperfect_tells_a_past_day(lang: str, sentence: str) -> None:
    mention = find_dates(sentence, lang)[0]
    assert resolve_for(mention, THU, "Planned") == ("2025-04-06", "Occurred")


# A date right after a postponing verb and its "to" is the new date of the plan, whether or not the old one is told:
# the act it dates lies ahead ("a reporté à la mi-janvier la visite" in a December report is next January's).
@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The minister has postponed until January the visit she was due to make next week."),
        ("de", "Die Ministerin hat ihre Reise in den Januar verschoben."),
        ("fr", "La ministre a reporté à la mi-janvier sa visite au Chili."),
        ("es", "La ministra aplazó su viaje a Chile hasta enero."),
        ("ru", "Министр перенес визит в Чили на январь."),
    ],
)
def test_a_postponement_dates_the_plan_ahead(lang: str, sentence: str) -> None:
    mention = find_dates(sentence, lang)[0]
    assert resolve_for(mention, dt.date(2025, 12, 4), "Occurred") == ("2026-01", "Planned")


# A modal of possibility ("could meet", "könnten ... zusammentreffen", "podría visitar") or a future tense tells a
# bare weekday or month as the coming one, and the uncertain act stays uncertain.
@pytest.mark.parametrize(
    ("lang", "sentence", "status", "expected"),
    [
        ("en", "The two ministers could meet on Friday on the sidelines of the forum.", "Uncertain", "2025-04-11"),
        ("de", "Die beiden Minister könnten am Freitag am Rande des Forums zusammentreffen.", "Uncertain", "2025-04-11"),
        ("fr", "Les deux ministres pourraient se voir vendredi en marge du forum.", "Uncertain", "2025-04-11"),
        ("es", "El presidente podría visitar Chile en junio, según fuentes diplomáticas.", "Uncertain", "2025-06"),
        ("es", "La gira le llevará el viernes a Lima.", "Occurred", "2025-04-11"),
        ("fr", "Le ministre se rendra vendredi à Lima.", "Occurred", "2025-04-11"),
        ("ru", "Министры могут встретиться в пятницу в Женеве.", "Uncertain", "2025-04-11"),
    ],
)
def test_a_modal_or_future_tells_the_coming_day(lang: str, sentence: str, status: str, expected: str) -> None:
    mention = find_dates(sentence, lang)[0]
    assert resolve_for(mention, THU, status)[0] == expected


# "Накануне" opening a clause before a preposition or a past verb is the day before the day told last;
# "накануне визита" (on the eve of the visit) is no date.
def test_nakanune_before_a_preposition_or_past_verb() -> None:
    for text in ("В четверг Россия выслала дипломата. Накануне в МИД был вызван посол.",
                 "В четверг Россия выслала дипломата. Накануне заявил министр."):  # fmt: skip
        assert [resolve(m, THU) for m in find_dates(text, "ru")] == ["2025-04-10", "2025-04-09"]
    assert [m.text for m in find_dates("Он прибыл накануне визита президента.", "ru")] == []
