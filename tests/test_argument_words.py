"""lexicons/argument_words.json, the word lists of the argument rules moved out of the code
(evargs16): it passes its schema, a broken entry is an error naming the file and the entry,
and the rules read the same words as before."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from newsweave.extract.lexicon import argument_words
from newsweave.extract.lexicon_schema import SCHEMAS, LexiconError, validate

NAME = "argument_words.json"
LEXICON = Path(__file__).parents[1] / "src/newsweave/data/lexicons" / NAME


def _data() -> dict[str, Any]:
    return copy.deepcopy(json.loads(LEXICON.read_text("utf-8")))


def _error(data: dict[str, Any]) -> str:
    with pytest.raises(LexiconError) as err:
        validate(NAME, data)
    return str(err.value)


def test_the_lexicon_has_a_schema_and_passes_it() -> None:
    assert NAME in SCHEMAS
    validate(NAME, _data())


def test_the_rules_read_the_words_they_read_before() -> None:
    words = argument_words()
    assert words["aid_nouns"] == {"aid", "assistance", "relief", "help", "funding",
                                  "reconstruction"}
    assert words["act_partitives"] == {"round", "series", "wave", "spate", "string",
                                       "flurry", "volley", "barrage", "cycle"}
    assert words["patient_types"] == {"COERCE", "ASSAULT", "SANCTION", "RETREAT"}
    assert words["quantifier_partitives"] == {
        "both", "all", "each", "some", "many", "most", "several", "none", "one", "two",
        "three", "few", "either", "neither"}


def test_a_broken_entry_names_the_file_and_the_entry() -> None:
    data = _data()
    data["patient_types"].append("ATTACK")
    assert _error(data) == f"{NAME}: patient_types['ATTACK']: not a PLOVER type"
    data = _data()
    data["aid_nouns"].append("Relief")
    assert _error(data).startswith(f"{NAME}: aid_nouns['Relief']: words are lower case")
    data = _data()
    data["act_partitives"].append("wave")
    assert "listed twice" in _error(data)
    data = _data()
    data["extra"] = ["x"]
    assert _error(data).startswith(NAME)
    data = _data()
    data["aid_nouns"] = "aid"
    assert _error(data).startswith(f"{NAME}: aid_nouns")
