"""Accepting an invitation is no reception: "принял приглашение посетить Монголию" names a planned visit of the
one who accepts, not a meeting with the one who invites."""

from datetime import date

from extracted import events_of


_TEXT = (
    "Москва, 20 ноября 2026 года. Михаил Ставров провёл переговоры с Президентом Монголии Дашдоржийном Ганболдом.\n\n"
    "Михаил Ставров принял приглашение Дашдоржийна Ганболда посетить Монголию в будущем году."
)


def test_accepted_invitation_is_no_meeting() -> None:
    events = events_of(_TEXT, "ru", date(2026, 11, 20))
    assert not [e for e in events if e.type == "Meeting" and e.status == "Planned"]
    visits = [e for e in events if e.type == "Visit" and e.status == "Planned"]
    assert len(visits) == 1
    assert "Mikhail Stavrov" in [p.name for p in visits[0].attendees]
