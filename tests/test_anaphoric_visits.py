"""An anaphoric act noun ("Es war das erste Treffen ...", "It is her first visit ...") describes the act just
told of its own kind: a visit noun joins the visit before it; a meeting noun never joins a visit or other talks."""

from datetime import date

from extracted import extraction_of


def _evidence_of(text: str, lang: str, sentence: str) -> list[tuple[str, str | None]]:
    found = extraction_of(text, lang, date(2025, 4, 11))
    out = []
    for e in found.events:
        if any(text[s.start:s.end].startswith(sentence) for s in e.evidence):
            out.append((e.type, e.date.value if e.date else None))
    return out


def test_first_meeting_sentence_describes_the_earlier_meeting_not_the_current_talks():
    text = ("Der russische Botschafter Alexander Darchiev und die US-Diplomatin Sonata Coulter haben am Donnerstag "
            "in Istanbul Gespräche über die Arbeit der Botschaften geführt.\n\n"
            "Die Entscheidung zu den Gesprächen fiel nach einem Treffen zwischen dem russischen Außenminister "
            "Sergej Lawrow und US-Außenminister Marco Rubio in Saudi-Arabien am 18. Februar.\n\n"
            "Es war das erste Treffen auf hoher Ebene zwischen diesen Ländern seit 2022.")
    found = _evidence_of(text, "de", "Es war das erste Treffen")
    assert found, "the sentence is evidence of some event"
    assert all(date_ == "2025-02-18" for _, date_ in found), found


def test_first_visit_sentence_joins_the_visit_just_told():
    text = ("Die deutsche Außenministerin Anna Berger ist am Mittwoch zu einem Besuch in Hanoi eingetroffen. "
            "Es ist ihr erster Besuch in Vietnam.")
    found = _evidence_of(text, "de", "Es ist ihr erster Besuch")
    assert [t for t, _ in found] == ["Visit"], found
