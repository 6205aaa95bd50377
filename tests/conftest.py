"""Shared fixtures: temporary stores and the sample articles."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DIR = ROOT / "data" / "articles"
SAMPLE_DE = SAMPLE_DIR / "de-istanbul-us-russia-talks.txt"


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """A fresh folder for an embedded store."""
    return tmp_path / "store"


@pytest.fixture
def sample_de() -> Path:
    return SAMPLE_DE


@pytest.fixture
def sample_dir() -> Path:
    return SAMPLE_DIR
