"""Loading lexicons (data files under newsweave/data/lexicons) with caching."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any


def _read(name: str) -> str:
    """The bundled lexicon `name`, or the file the settings put in its place (config.py:
    lexicons.dir or lexicons."NAME"); either is checked against the same schema."""
    from newsweave.config import settings

    replacement = settings().lexicon_path(name)
    if replacement is not None:
        return replacement.read_text("utf-8")
    return resources.files("newsweave.data").joinpath("lexicons", name).read_text("utf-8")


@functools.cache
def load_lines(name: str) -> tuple[str, ...]:
    """A one-entry-per-line lexicon; blank lines and '#' comments are skipped."""
    out = []
    for line in _read(name).splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return tuple(out)


@functools.cache
def load_json(name: str) -> Any:
    """A structured lexicon (JSON), checked against its schema when it has one
    (newsweave.extract.lexicon_schema: a bad entry raises LexiconError naming it)."""
    from newsweave.extract.lexicon_schema import validate

    data = json.loads(_read(name))
    validate(name, data)
    return data


@functools.cache
def argument_words() -> dict[str, frozenset[str]]:
    """lexicons/argument_words.json (checked on load): the word lists the argument rules of
    extract/actors.py, event_arguments.py and events.py read (aid nouns, partitives, the
    types of acts done to someone)."""
    data = load_json("argument_words.json")
    return {part: frozenset(words) for part, words in data.items() if isinstance(words, list)}
