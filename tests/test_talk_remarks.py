"""What a party said in the call or meeting a readout reports is part of it ("2. Minister X stated that ..."), while
words told to the press stay a statement ("X told reporters after the talks")."""

from datetime import date

from extracted import events_of


def _types(text: str) -> list[str]:
    return [e.type for e in events_of(text, "en", date(2026, 4, 8))]


def test_remark_in_a_call_readout_is_no_statement() -> None:
    text = (
        "Japan-Kenya Foreign Ministers' Telephone Talk\n\n"
        "On April 8, Mr. Hiroshi Tanabe, Minister for Foreign Affairs of Japan, held a telephone talk with "
        "Ms. Grace Wanjiru, Cabinet Secretary for Foreign Affairs of Kenya.\n\n"
        "1. At the outset, Minister Tanabe expressed his condolences for the victims of the floods and stated "
        "that Japan stands ready to provide further assistance.\n\n"
        "2. Cabinet Secretary Wanjiru expressed her gratitude for the relief goods provided by Japan."
    )
    assert _types(text) == ["PhoneCall"]


def test_words_to_the_press_stay_a_statement() -> None:
    text = (
        "NAIROBI, April 8 - Kenya's Foreign Minister Grace Wanjiru met her Japanese counterpart, Hiroshi Tanabe, "
        "in Nairobi on Wednesday.\n\n"
        "Wanjiru stated to reporters that the two countries would open a new trade office."
    )
    assert "Statement" in _types(text)
