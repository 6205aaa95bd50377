""""EAM called on H.H. Sheikh X, President of the UAE": a call on someone an honorific (H.H., H.E.) announces is a
courtesy call, a meeting, however many words the name has before the title."""

from datetime import date

from graph.extract import extract
from graph.model import Article

_TEXT = (
    "External Affairs Minister Dr. Anil Rao paid an official visit to Qatar on 3-4 June 2026. On 4 June, EAM "
    "called on H.H. Sheikh Hamad bin Jassim Al Thani, Amir of the State of Qatar, at the Amiri Diwan."
)


def test_call_on_honorific_is_a_meeting() -> None:
    events = extract(Article(key="t", text=_TEXT, language="en", published=date(2026, 6, 5))).events
    assert any(e.type == "Meeting" for e in events)
