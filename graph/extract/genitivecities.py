"""A Russian city in the genitive after a noun owns what comes before it: it is no venue.

Russian names a venue after a preposition ("в Москве", "из Бишкека") or as the object of a visit ("посетил
Ташкент"). A city in the genitive (ending in -ы, -и, or -а, -я where the name has no -a of its own) right after
another word that is no preposition, conjunction or visiting word is the owner of a thing or a point of a
sequence ("в связи с недружественными заявлениями Москвы", "После Бишкека ..."), not the place of the act. Helper of
:mod:`graph.extract.notvenues`.
"""

from __future__ import annotations

import re

from graph.model import Span

__all__ = ["owner_city"]

#: The last word before a city.
_BEFORE = re.compile(r"([^\W\d_]+)[\s\u00a0]+$")
#: Words after which an inflected city is a venue or one of several ("в Москве, Самаре и Казани").
_KEEPS = re.compile(r"(?:в|во|на|из|изо|под|до|к|ко|у|около|возле|близ|вблизи|через|посет\w*|посещени\w*|и|или|а|также"
                    r"|либо|город\w*|столиц\w*)", re.IGNORECASE)
_GENITIVE = ("ы", "и")
_MASCULINE = ("а", "я")
#: How far (characters) before the city its previous word is read.
_REACH = 30


def owner_city(text: str, span: Span, cspan: Span, name: str) -> bool:
    """Whether the city at ``cspan`` (sentence ``span``; ``name`` its English name) stands in the genitive after a
    word that neither places nor joins it ("заявлениями Москвы", "после Бишкека"; not the nominative "станет
    Доха", whose English name ends in -a too)."""
    surface = text[cspan.start : cspan.end]
    if not surface.endswith(_GENITIVE) and not (surface.endswith(_MASCULINE) and not name.endswith("a")):
        return False
    found = _BEFORE.search(text, max(span.start, cspan.start - _REACH), cspan.start)
    return found is not None and _KEEPS.fullmatch(found.group(1)) is None
