"""Keeping the link state must not slow the process that keeps it, nor the one that takes it
up: the records are pickled by their fields, never through their __dict__ (which, on Python
3.11, leaves every pickled or unpickled record with a real dict and slower attribute reads)."""

from __future__ import annotations

import gc
import io
import pickle
import random
from functools import cached_property
from pathlib import Path
from typing import Any

from newsweave.engine.synthetic import hashed_embed, synthetic_analyses
from newsweave.link import persist
from newsweave.link.incremental import Linker
from newsweave.model import ActorRef, Event, Mention
from newsweave.store import Store


def _has_real_dict(obj: Any) -> bool:
    """Whether an instance keeps its attributes in a real dict (the garbage collector then
    sees that dict among what the object refers to; compact values are seen one by one).
    Only for records none of whose fields holds a dict."""
    return any(type(r) is dict for r in gc.get_referents(obj))


def _mention(i: int) -> Mention:
    return Mention(mention_id=f"men_{i}", article_id="art_1", text="Dara Velon",
                   span=(i, i + 10), label="PERSON", canonical="Dara Velon",
                   local_key="PERSON:dara velon")


def test_pickling_a_record_the_stdlib_way_gives_it_a_real_dict() -> None:
    """The control: what this module's pickling avoids does happen without it."""
    mention = _mention(1)
    assert not _has_real_dict(mention)
    pickle.dumps(mention, protocol=5)
    assert _has_real_dict(mention)


def test_keeping_the_state_leaves_records_compact_both_ways() -> None:
    mentions = [_mention(i) for i in range(3)]
    event = Event(event_id="evt_1", article_id="art_1", span=(0, 5),
                  sentence="Velon met the envoy.", type="CONSULT", trigger="met",
                  actor=ActorRef("Dara Velon", mention_id="men_0"))
    body = io.BytesIO()
    state = {"mentions": mentions, "events": [event]}
    pickler = pickle.Pickler(body, protocol=5)
    pickler.dispatch_table = persist._state_dispatch()
    pickler.dump(state)
    assert not any(_has_real_dict(m) for m in mentions)
    assert not _has_real_dict(event.actor)
    back = persist._StateUnpickler(io.BytesIO(body.getvalue())).load()
    assert back == state
    assert not any(_has_real_dict(m) for m in back["mentions"])
    assert not _has_real_dict(back["events"][0].actor)


def test_every_pickled_record_holds_only_its_fields(tmp_path: Path) -> None:
    """Pickling by fields drops any other attribute: no record of a linked state has one
    (save the cached properties of the classes persist.CACHES_REMADE names, worked out again
    when asked), and the state reads back equal (records, memo, link result; the entity
    groups without their tallies, persist.LEFT_OUT)."""
    articles, analyses = synthetic_analyses(150, random.Random(3))
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch(articles, analyses)
        linker = Linker(embed=hashed_embed)
        linker.link(store)
    assert linker.result is not None
    table = persist._state_dispatch()
    state = persist.LinkState(seq=linker.seq, articles=linker.articles,
                              analyses=linker.analyses, mentions=linker._mentions,
                              memo=linker.memo, vectors={}, result=linker.result,
                              kept_sketches=linker._kept_sketches,
                              kept_pairs=linker._kept_pairs, fixed=False)
    embedder, linker.memo.embedder = linker.memo.embedder, None
    seen: set[int] = set()
    stack: list[Any] = [state]
    checked = 0
    while stack:
        obj = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if type(obj) in table and hasattr(obj, "__dataclass_fields__"):
            extra = set(vars(obj)) - set(obj.__dataclass_fields__)
            if f"{type(obj).__module__}.{type(obj).__qualname__}" in persist.CACHES_REMADE:
                extra = {k for k in extra
                         if not isinstance(getattr(type(obj), k, None), cached_property)}
            assert not extra, f"{type(obj).__name__} has attributes besides its fields: {extra}"
            checked += 1
        if isinstance(obj, (str, bytes, int, float)) or obj is None:
            continue
        stack.extend(gc.get_referents(obj))
    assert checked > 1000
    back = persist.load_state(persist.dump_state(state))
    assert back.result == linker.result
    assert back.analyses == linker.analyses and back.articles == linker.articles
    assert back.memo.claims.built == linker.memo.claims.built
    # the entity memo (incr7): each article's local clusters and the whole kept grouping
    # (clusters, blocks, fits, groups with their entity records, the index's tables)
    grouping = linker.memo.entities.grouping
    assert grouping is not None and grouping.ordered
    assert back.memo.entities.grouping is not None
    assert back.memo.entities.grouping.ordered == grouping.ordered
    assert all(g.tally is None for g in back.memo.entities.grouping.groups.values())
    assert all(g.tally is not None for g in grouping.groups.values())
    tallies = {k: g.tally for k, g in grouping.groups.items()}
    for g in grouping.groups.values():
        g.tally = None
    try:
        assert back.memo.entities == linker.memo.entities
    finally:
        for k, g in grouping.groups.items():
            g.tally = tallies[k]
    cluster = next(c for cs in back.memo.entities.clusters.values() for c in cs)
    assert set(vars(cluster)) == {"article_id", "key", "mentions"}  # no cached values
    linker.memo.embedder = embedder



def test_trailing_fields_at_their_default_are_not_written_and_read_back_new() -> None:
    """A record's trailing fields at their default (None, False, an empty list) are left
    out of the state and made by __init__ again: each empty list its own, a default-typed
    value only (0 is not False)."""
    bare = ActorRef("Tamsin Orlo")
    full = ActorRef("Tamsin Orlo", country_inferred=True, rules=["title_person"])
    zero = Event(event_id="evt_2", article_id="art_2", span=(0, 4), sentence="Orlo left.",
                 type="MOVE", trigger="left", actor=bare)
    table = persist._state_dispatch()
    assert table[ActorRef](bare) == (ActorRef, ("Tamsin Orlo",))
    assert table[ActorRef](full)[1][-1] == ["title_person"]
    sneaky = ActorRef("Tamsin Orlo", country_inferred=0)  # type: ignore[arg-type]
    assert len(table[ActorRef](sneaky)[1]) == 9
    body = io.BytesIO()
    pickler = pickle.Pickler(body, protocol=5)
    pickler.dispatch_table = table
    pickler.dump([bare, full, zero, ActorRef("Tamsin Orlo"), sneaky])
    back = persist._StateUnpickler(io.BytesIO(body.getvalue())).load()
    assert back == [bare, full, zero, ActorRef("Tamsin Orlo"), sneaky]
    assert back[2].actor is back[0]  # (the same record: still one object)
    assert back[0].rules is not back[3].rules and back[2].details is not back[2].rules
    assert type(back[4].country_inferred) is int
