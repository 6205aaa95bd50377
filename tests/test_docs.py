"""Docs that tests keep honest: every command has help and is in the README; the ontology doc is complete."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.vocab import DKG

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text("utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_with_an_example(name: str) -> None:
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output, f"dkg {name} --help shows no example"


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_is_in_the_readme(name: str) -> None:
    assert f"dkg {name}" in README, f"README does not document dkg {name}"


def test_ontology_doc_lists_every_term() -> None:
    text = (ROOT / "docs" / "ontology.md").read_text("utf-8")
    missing = [n for n in DKG.__annotations__ if f"`dkg:{n}`" not in text]
    assert not missing, f"docs/ontology.md lacks {missing}"


def test_readme_test_command_is_what_ci_runs() -> None:
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    command = next(line for line in ci.splitlines() if line.startswith("python3 -m venv"))
    assert command in README


def test_every_extractor_module_is_in_the_design_doc() -> None:
    """docs/design.md's extractor layout names every module of graph/extract, so a reader finds what each does."""
    design = (ROOT / "docs" / "design.md").read_text("utf-8")
    modules = sorted(p.name for p in (ROOT / "graph" / "extract").glob("*.py"))
    missing = [name for name in modules if f"`{name}`" not in design]
    assert not missing, f"docs/design.md does not describe: {', '.join(missing)}"
