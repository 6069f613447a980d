"""Lexicons are validated data: every shipped lexicon passes its schema, and a broken one is
an error naming the file and the entry (newsweave.extract.lexicon_schema)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from newsweave.extract import lexicon
from newsweave.extract.lexicon_schema import (
    SCHEMAS,
    LexiconError,
    plover_modes,
    sense_problems,
    validate,
)

LEXICONS = Path(__file__).parents[1] / "src/newsweave/data/lexicons"


def _data(name: str) -> dict[str, Any]:
    return json.loads((LEXICONS / name).read_text("utf-8"))


def _error(name: str, data: dict[str, Any]) -> str:
    with pytest.raises(LexiconError) as err:
        validate(name, data)
    return str(err.value)


def test_schemas_cover_the_event_lexicons() -> None:
    assert {"event_lexicon.json", "plover_types.json", "modality.json", "roles.json",
            "actors.json"} <= set(SCHEMAS)
    assert all((LEXICONS / name).exists() for name in SCHEMAS)


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_shipped_lexicon_passes_its_schema(name: str) -> None:
    validate(name, _data(name))


def test_every_shipped_sense_emits_only_modes_its_type_allows() -> None:
    assert sense_problems("event_lexicon.json", _data("event_lexicon.json"),
                          plover_modes()) == []


def test_a_sense_with_a_mode_of_another_type_is_refused() -> None:
    data = copy.deepcopy(_data("event_lexicon.json"))
    data["verbs"]["share"][0]["mode"] = "intelligence"  # a CONSULT mode, not COOPERATE's
    assert "verbs['share'][0]: mode 'intelligence' is not a mode of COOPERATE" in \
        _error("event_lexicon.json", data)


def _sense_error(mutate: Any) -> str:
    data = copy.deepcopy(_data("event_lexicon.json"))
    mutate(data["verbs"]["agree"][0])
    return _error("event_lexicon.json", data)


def test_an_unknown_plover_type_names_the_file_and_the_sense() -> None:
    msg = _sense_error(lambda s: s.update(type="HUG"))
    assert msg == "event_lexicon.json: verbs['agree'][0]: unknown PLOVER type 'HUG'"


def test_a_mode_its_type_does_not_allow_is_an_error() -> None:
    msg = _sense_error(lambda s: s.update(type="AID", mode="torture"))
    assert msg.startswith("event_lexicon.json: verbs['agree'][0]: mode 'torture' is not a "
                          "mode of AID (allowed: asylum, economic, humanitarian, military)")


def test_an_unknown_key_is_an_error() -> None:
    msg = _sense_error(lambda s: s.update(obj_actr=True))
    assert msg == "event_lexicon.json: verbs['agree'][0]: unknown key 'obj_actr'"


def test_a_wrong_value_type_is_an_error() -> None:
    msg = _sense_error(lambda s: s.update(speech="yes"))
    assert msg.startswith("event_lexicon.json: verbs['agree'][0]: speech:")
    msg = _sense_error(lambda s: s.update(obj="weapons"))
    assert msg.startswith("event_lexicon.json: verbs['agree'][0]: obj:")


def test_an_unknown_word_class_is_an_error() -> None:
    msg = _sense_error(lambda s: s.update(obj=["spaceships"]))
    assert msg == "event_lexicon.json: verbs['agree'][0]: obj: unknown word class 'spaceships'"


def test_cues_outside_senses_are_checked_too() -> None:
    data = copy.deepcopy(_data("event_lexicon.json"))
    data["mode_from_class"]["AID"]["weapons"] = "riot"
    assert "mode_from_class['AID']['weapons']: 'riot' is not a mode of AID" in \
        _error("event_lexicon.json", data)
    data = copy.deepcopy(_data("event_lexicon.json"))
    data["do_verbs"] = "hold"
    assert _error("event_lexicon.json", data).startswith("event_lexicon.json: do_verbs")


def test_plover_types_and_modality_cues() -> None:
    data = copy.deepcopy(_data("plover_types.json"))
    data["types"]["AID"]["quad"] = "material help"
    assert _error("plover_types.json", data).startswith("plover_types.json: types['AID']: quad")
    data = copy.deepcopy(_data("modality.json"))
    data["unconfirmed_patterns"].append("(unclosed")
    assert "unconfirmed_patterns[" in _error("modality.json", data)
    data = copy.deepcopy(_data("modality.json"))
    data["plannned_heads"] = ["plan"]
    assert _error("modality.json", data) == "modality.json: (top level): unknown key " \
        "'plannned_heads'"


def test_actor_and_claim_lexicons() -> None:
    data = copy.deepcopy(_data("actors.json"))
    data["groups"][0]["country"] = "Afghanistan"
    assert _error("actors.json", data).startswith("actors.json: groups[0]: country:")
    data = copy.deepcopy(_data("claim_type_families.json"))
    data["families"][0].append("HUG")
    assert _error("claim_type_families.json", data) == \
        "claim_type_families.json: families[0]: unknown PLOVER type 'HUG'"


def test_the_loader_checks_what_it_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    """load_json runs the schema: a broken file fails on load, naming file and entry."""
    data = _data("event_lexicon.json")
    data["verbs"]["agree"][0]["type"] = "HUG"
    monkeypatch.setattr(lexicon, "_read", lambda name: json.dumps(data))
    with pytest.raises(LexiconError, match=r"event_lexicon.json: verbs\['agree'\]\[0\]"):
        lexicon.load_json.__wrapped__("event_lexicon.json")  # type: ignore[attr-defined]


def test_a_state_act_noun_must_name_a_state_sector() -> None:
    data = copy.deepcopy(_data("actors.json"))
    data["state_act_nouns"]["arrest"] = "CIV"  # civilians do not arrest
    assert _error("actors.json", data).startswith("actors.json: state_act_nouns['arrest']:")
    data = copy.deepcopy(_data("actors.json"))
    data["crowd_nouns"] = "crowd"  # a list of words, not one word
    assert _error("actors.json", data).startswith("actors.json: crowd_nouns")


def test_a_short_form_is_written_once_and_without_its_stop() -> None:
    data = copy.deepcopy(_data("abbreviations.json"))
    data["honorifics"].append("gov")  # already a title
    assert "abbreviations.json: honorifics['gov']: also in 'titles'" in \
        _error("abbreviations.json", data)
    data = copy.deepcopy(_data("abbreviations.json"))
    data["name_suffixes"].append("Esq.")
    assert "a short form is lower-case letters, without its stop" in \
        _error("abbreviations.json", data)


def test_a_title_names_the_role_it_stands_for() -> None:
    data = copy.deepcopy(_data("abbreviations.json"))
    data["titles"]["brig"] = " "
    assert "titles['brig']: a title needs the role it stands for" in \
        _error("abbreviations.json", data)


def test_a_word_listed_twice_in_any_false_sense_list_is_an_error() -> None:
    data = _data("false_senses.json")
    # a list no hand-kept key list ever named: the check reads the model's own fields
    data["party_prototypes"] = [*data["party_prototypes"], data["party_prototypes"][0]]
    message = _error("false_senses.json", data)
    assert "party_prototypes" in message and "listed twice" in message
