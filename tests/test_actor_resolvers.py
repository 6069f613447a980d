"""Actor resolution as an ordered chain of named resolvers: each actor records the resolver
that made it, a resolver can be left out (ablation), and the gazetteer knows words without
importing the resolution (no import cycle between gazetteer, roles, mentions and actors)."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

from event_helpers import actor_context
from newsweave.extract import actors


def test_the_chain_is_named_and_ordered() -> None:
    names = actors.resolver_names()
    assert len(names) == len(set(names)) >= 10
    # names and pronouns are tried before the noun rules, specific rules before fallbacks
    assert names.index("pronoun") < names.index("mention") < names.index("modifier_actor")
    assert names.index("modifier_actor") < names.index("bare_state_noun")
    # the group rules come last: only a subject nothing else names is taken as a group,
    # and any noun of our actor lists no rule could place is kept unnamed (session 11)
    assert names[-4:] == ["civilian_group", "named_group", "agent_group", "unnamed_actor"]


def test_a_resolver_name_registers_once() -> None:
    with pytest.raises(ValueError, match="registered twice"):
        actors.resolver("mention")(lambda np: None)


def test_gazetteer_imports_without_the_resolution() -> None:
    code = ("import sys, newsweave.extract.gazetteer, newsweave.extract.roles, "
            "newsweave.extract.mentions; "
            "print('newsweave.extract.actors' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def _actor_of(nlp: Any, text: str, word: str, disabled: frozenset[str] = frozenset()
              ) -> list[Any]:
    doc, ctx = actor_context(nlp, text)
    ctx.disabled = disabled
    tok = next(t for t in doc if t.text == word)
    return actors.resolve_np(tok, ctx)


@pytest.mark.slow
def test_each_actor_records_its_resolver(nlp: Any) -> None:
    refs = _actor_of(nlp, "Turkish troops shelled the village on Monday.", "troops")
    assert [(r.name, r.country, r.sector) for r in refs] == [("Turkey", "TUR", "MIL")]
    assert refs[0].rules == ["modifier_actor"]
    refs = _actor_of(nlp, "The militants fired rockets at the base.", "militants")
    assert refs[0].sector == "REB" and refs[0].rules == ["rebel_noun"]


@pytest.mark.slow
def test_a_disabled_resolver_is_skipped(nlp: Any) -> None:
    text = "Turkish troops shelled the village on Monday."
    assert _actor_of(nlp, text, "troops")
    # (the last rule, unnamed_actor, keeps the troops unnamed with their stated country)
    assert _actor_of(nlp, text, "troops", frozenset({"modifier_actor"}))[0].rules == \
        ["unnamed_actor"]
    assert _actor_of(nlp, text, "troops", frozenset({"modifier_actor", "unnamed_actor"})) == []


def test_newsweave_ablate_switches_named_rules_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsweave.extract import ablation

    monkeypatch.setenv(ablation.ABLATE_ENV, "surname, of_agent,no_such_rule")
    assert ablation.disabled_rules() == {"surname", "of_agent"}  # unknown names ignored
    assert not ablation.enabled("of_agent") and ablation.enabled("mention")
    monkeypatch.delenv(ablation.ABLATE_ENV)
    assert ablation.disabled_rules() == frozenset()
