"""A German pluperfect of beginning whose participle closes a long clause ("Der Staatsbesuch hatte am Montag in
Berlin mit militärischen Ehren im Park von Schloss Bellevue begonnen") opens an account of that day: "am Abend"
in the next sentence is that Monday's evening, not publication's (_dateanchor._begun)."""

from __future__ import annotations

from extracted import events_of

TEXT = ("Dresden. Zum Abschluss seines dreitägigen Staatsbesuchs in Deutschland kommt der finnische Präsident Mikko "
        "Lehtinen Aalto heute nach Dresden.\n\nDer Staatsbesuch hatte am Montag in Berlin mit militärischen Ehren im "
        "Park von Schloss Bellevue begonnen. Bundespräsident Karl Wendt empfing den Gast anschließend zu einem "
        "Gespräch und gab am Abend ein Staatsbankett zu seinen Ehren.")


def test_the_evening_after_a_far_begun_participle_is_mondays() -> None:
    events = events_of(TEXT, "de", "2026-06-10")
    assert {e.date.value for e in events if any(p.name == "Karl Wendt" for p in e.attendees) and e.date} == {"2026-06-08"}
