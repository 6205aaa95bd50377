"""Analysts' decisions: the curation file, its commands and its effect on resolution (issue 4)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.curation import Curation, CurationError, default_path, load_curation, match_key
from graph.mentions import PersonMention
from graph.resolve_people import cluster_people, units_of


def mention(article: str, name: str, country: str | None = None, role: str | None = None,
            lang: str = "en") -> PersonMention:
    return PersonMention(article, name, lang, (), country, (role,) if role else ())


def paths(mentions: list[PersonMention], curation: Curation) -> list[str]:
    results = cluster_people(units_of(mentions, curation), curation)
    return [results[m.local].path for m in mentions]


# -- the file ------------------------------------------------------------------------------------------------
def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "curation.json"
    curation = load_curation(path)  # a missing file is no decisions
    curation.add_same("Lawrow", "Sergey Lavrov")
    curation.add_different("Wang", "Wang Yi", "cn")
    curation.add_name("sergei_lavrov", "Sergey V. Lavrov")
    curation.add_wikidata("Sergey Lavrov", "Q23")
    curation.save()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 1
    assert data["different"] == [{"names": ["Wang", "Wang Yi"], "country": "CN"}]
    again = load_curation(path)
    assert again.to_dict() == curation.to_dict()


def test_bad_files_and_decisions_are_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(CurationError, match="one JSON object"):
        load_curation(bad)
    bad.write_text('{"names": [{"name": "x"}]}', encoding="utf-8")
    with pytest.raises(CurationError, match="malformed"):
        load_curation(bad)
    curation = Curation()
    with pytest.raises(CurationError, match="Wikidata item id"):
        curation.add_wikidata("Sergey Lavrov", "Lavrov")
    curation.add_different("Wang", "Wang Yi")
    with pytest.raises(CurationError, match="already recorded as different"):
        curation.add_same("Wang Yi", "Wang")
    with pytest.raises(CurationError, match="--country"):
        curation.add_different("Anna Berg", "Anna Berg")


def test_keys_accept_any_spelling_and_iris() -> None:
    assert match_key("Сергей Лавров") == match_key("Sergej Lawrow") == "sergei lavrov"
    assert match_key("https://w3id.org/dkg/id/person/sergei_lavrov") == "sergei lavrov"
    assert match_key("sergei_lavrov") == "sergei lavrov"


def test_default_location(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DKG_CURATION", raising=False)
    assert default_path(str(tmp_path)) == tmp_path / "curation.json"
    assert default_path("http://localhost:7878/") is None
    monkeypatch.setenv("DKG_CURATION", str(tmp_path / "c.json"))
    assert default_path("http://localhost:7878/") == tmp_path / "c.json"


# -- effect on resolution -------------------------------------------------------------------------------------
def test_same_joins_what_resolution_kept_apart() -> None:
    mentions = [mention("a", "Sergey Lavrov", "RU"), mention("b", "Russian top diplomat Lawrow", "RU")]
    assert len(set(paths(mentions, Curation()))) == 2
    curation = Curation()
    curation.add_same("Russian top diplomat Lawrow", "Sergey Lavrov")
    assert len(set(paths(mentions, curation))) == 1


def test_different_keeps_apart_what_resolution_joined() -> None:
    mentions = [mention("a", "Wang Yi", "CN"), mention("b", "Wang", "CN")]
    assert len(set(paths(mentions, Curation()))) == 1
    curation = Curation()
    curation.add_different("Wang", "Wang Yi", "CN")
    assert len(set(paths(mentions, curation))) == 2
    elsewhere = Curation()
    elsewhere.add_different("Wang", "Wang Yi", "SG")  # a decision about other people changes nothing
    assert len(set(paths(mentions, elsewhere))) == 1


def test_one_name_told_apart_by_country() -> None:
    mentions = [mention("a", "John Smith", "US"), mention("b", "John Smith", "GB"), mention("c", "John Smith", "US")]
    assert len(set(paths(mentions, Curation()))) == 1
    curation = Curation()
    curation.add_different("John Smith", "John Smith", "GB")
    first, second, third = paths(mentions, curation)
    assert first == third != second


def test_name_and_wikidata_apply_to_the_whole_cluster() -> None:
    mentions = [mention("a", "Sergej Lawrow", "RU", lang="de"), mention("b", "Lawrow", "RU", lang="de")]
    curation = Curation()
    curation.add_name("Sergey Lavrov", "Sergey Viktorovich Lavrov")
    curation.add_wikidata("Lawrow", "Q23")  # the surname-only mention belongs to the same cluster
    results = cluster_people(units_of(mentions, curation), curation)
    assert {r.name for r in results.values()} == {"Sergey Viktorovich Lavrov"}
    assert {r.wikidata for r in results.values()} == {"Q23"}


def test_one_wikidata_id_on_two_names_joins_them() -> None:
    mentions = [mention("a", "Mohammed bin Salman", "SA"), mention("b", "MBS", "SA")]
    curation = Curation()
    curation.add_wikidata("Mohammed bin Salman", "Q6892425")
    curation.add_wikidata("MBS", "Q6892425")
    assert len(set(paths(mentions, curation))) == 1


# -- commands -------------------------------------------------------------------------------------------------
def test_commands_record_decisions(tmp_path: Path) -> None:
    runner = CliRunner()
    store = tmp_path / "store"
    base = ["--store", str(store)]
    assert runner.invoke(cli, ["curate", "same", "Lawrow", "Sergey Lavrov", *base]).exit_code == 0
    assert runner.invoke(cli, ["curate", "different", "Wang", "Wang Yi", "--country", "CN", *base]).exit_code == 0
    assert runner.invoke(cli, ["curate", "name", "sergei_lavrov", "Sergey Lavrov", *base]).exit_code == 0
    assert runner.invoke(cli, ["curate", "wikidata", "Sergey Lavrov", "Q23", *base]).exit_code == 0
    saved = json.loads((store / "curation.json").read_text(encoding="utf-8"))
    assert saved["same"] == [["Lawrow", "Sergey Lavrov"]]
    assert saved["wikidata"] == [{"name": "Sergey Lavrov", "id": "Q23"}]
    shown = runner.invoke(cli, ["curate", "show", *base])
    assert json.loads(shown.output) == saved


def test_command_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["curate", "wikidata", "X Y", "nope", "--store", str(tmp_path / "s")])
    assert result.exit_code == 1
    assert "Wikidata item id" in result.output
    result = runner.invoke(cli, ["curate", "same", "A B", "C D", "--store", "http://localhost:1/sparql"],
                           env={"DKG_CURATION": ""})
    assert result.exit_code == 2
    assert "give --curation FILE" in result.output
