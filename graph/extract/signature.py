"""The state a release's closing signature names: "MINISTRY OF FOREIGN AFFAIRS / SINGAPORE / 30 OCTOBER 2025".

Foreign ministries close their press releases with a block of short lines: the ministry, the state or its capital,
and the date. The state named right after the ministry line issued the text, so its officials without a stated
country are its own.
"""

from __future__ import annotations

import re

from graph.extract.countries import find_countries

__all__ = ["signature_state"]

#: A line naming a ministry or government office, in any of the five languages (case-insensitive).
_MINISTRY = re.compile(
    r"^\W*(?:ministry|ministère|ministerio|ministerium|bundesministerium|auswärtiges amt|министерство|мид|"
    r"department|département|departamento|office of the|presidency|présidence|presidencia|cancillería)\b",
    re.IGNORECASE,
)
_LAST_LINES = 5  # the signature block is among the last lines
_SHORT = 70  # a signature line is short
_WORDS = 10


def _signature_line(line: str) -> bool:
    """Whether ``line`` may belong to a signature block: short, and no sentence ("... no comentó los detalles.")."""
    return len(line) <= _SHORT and not line.endswith((".", "!", "?", ":", ";", ",")) and len(line.split()) <= _WORDS


def signature_state(text: str, lang: str) -> str | None:
    """The state a closing signature names: the country (or its capital) on the ministry line or the line after
    it ("MINISTRY OF FOREIGN AFFAIRS" / "SINGAPORE"); None without such a block."""
    lines = [line.strip() for line in text[-400:].splitlines() if line.strip()][-_LAST_LINES:]
    for k, line in enumerate(lines):
        if not _MINISTRY.match(line):
            continue
        if not all(_signature_line(other) for other in lines[k:]):
            return None
        block = " \n".join(lines[k : k + 2])
        codes = {m.code for m in find_countries(block.title() if block.isupper() else block, lang)}
        return codes.pop() if len(codes) == 1 else None
    return None
