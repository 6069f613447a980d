"""Which parts of a taken-up link state a new process's +1% link reads, and how (by key, or
every entry): what a lazily read state (issue 14) could leave unread.

    python benchmarks/first_link.py --build DIR --articles 10000   # a store with a kept state
    python benchmarks/link_state_reads.py DIR

Copies DIR/base.duckdb, stores 1% more articles (as first_link.py --run), takes the kept state
up in a new Linker and wraps every dict, set and list of more than 100 entries in the memo
(three levels down), the Linker's own and the result's in a recorder that counts the
operations asked of it (get, __getitem__, __iter__, items, ...), then links and prints the
counts per part, and the parts nothing read. A method fetched once and called many times (a
loop's `get = d.get`) counts once; the wrapping changes no result (the link's records are
compared by nothing here), only its time.

Session 28, 10,000 synthetic articles, +100 (main a42587f): by key only, a few hundred
reads each: every part of the entity grouping (groups, tags, named, other_of, blocks,
partials, fits...; its clusters list is indexed 54,000 times and its ordered entities walked
once), the entities' local clusters (100 gets), the quote variants' MinHash index (24,000
membership tests of its keys, the band tables asked only for the new word sets), the
sentence vectors (160), the result's mention -> entity map (2,400). Per claim or per quote,
every entry: the claims memo (built, event_claims, finish_of, report_claims, report_reads and
sides 40,078 gets each: one per event claim; quote_reads 38,020; contexts 30,300; anchors,
labels, people and reports 10,100: one per article). Every entry by a walk: the analyses
(link_corpus takes them all), the syndication sketches (10,300), the kept sketches and pairs
(10,100 and 1,252 membership tests). Read by nothing: the result's entities and claims (the
memo's own records: carried for write_link_changes's hints) and the variant statements'
ordered list.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import operator
import random
import shutil
from pathlib import Path
from typing import Any

from newsweave.engine.synthetic import hashed_embed, synthetic_analyses
from newsweave.link import incremental, persist
from newsweave.link.incremental import Linker
from newsweave.store import Store

COUNTS: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
_CALLS: dict[str, Any] = {"__bool__": bool, "__len__": len, "__iter__": iter,
                          "__hash__": hash, "__reversed__": reversed}
_DUNDERS = ("__getitem__", "__setitem__", "__delitem__", "__contains__", "__iter__",
            "__len__", "__bool__", "__eq__", "__ne__", "__hash__", "__or__", "__and__",
            "__sub__", "__le__", "__ge__", "__lt__", "__gt__", "__reversed__", "__add__")


class Recorder:
    """A container standing in for one of the state's, counting what is asked of it."""

    __slots__ = ("_name", "_obj")

    def __init__(self, obj: Any, name: str) -> None:
        object.__setattr__(self, "_obj", obj)
        object.__setattr__(self, "_name", name)

    def __getattr__(self, attr: str) -> Any:
        COUNTS[self._name][attr] += 1
        return getattr(self._obj, attr)

    def __setattr__(self, attr: str, value: Any) -> None:
        COUNTS[self._name]["set " + attr] += 1
        setattr(self._obj, attr, value)


def _forward(dunder: str) -> Any:
    def call(self: Recorder, *args: Any) -> Any:
        COUNTS[self._name][dunder] += 1
        fn = _CALLS.get(dunder)
        if fn is not None:
            return fn(self._obj)
        if dunder in ("__getitem__", "__setitem__", "__delitem__", "__contains__"):
            return getattr(self._obj, dunder)(*args)
        return getattr(operator, dunder)(self._obj, *args)
    return call


for _dunder in _DUNDERS:
    setattr(Recorder, _dunder, _forward(_dunder))


def wrap(obj: Any, path: str, depth: int, out: list[str]) -> None:
    """Put a Recorder in place of each large container among obj's fields (depth levels
    down)."""
    names = [f.name for f in dataclasses.fields(obj)] if dataclasses.is_dataclass(obj) \
        else list(vars(obj))
    for name in names:
        value = getattr(obj, name)
        part = f"{path}.{name}"
        if isinstance(value, dict | set | list) and len(value) > 100:
            setattr(obj, name, Recorder(value, part))
            out.append(part)
        elif depth > 0 and value is not None and hasattr(value, "__dict__") \
                and not isinstance(value, type):
            wrap(value, part, depth - 1, out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("work", type=Path, help="a first_link.py --build folder")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    n = int((args.work / "articles").read_text())
    db = args.work / "reads.duckdb"
    shutil.copyfile(args.work / "base.duckdb", db)
    articles, analyses = synthetic_analyses(n + n // 100, random.Random(args.seed))
    with Store(db) as store:
        store.write_batch(articles[n:], analyses[n:])
    del articles, analyses
    wrapped: list[str] = []
    take_up = persist.take_up_snapshot

    def recorded_take_up(linker: Linker, store: Store) -> int | None:
        through = take_up(linker, store)
        wrap(linker.memo, "memo", 3, wrapped)
        for name in ("articles", "analyses", "_mentions", "_kept_sketches", "_kept_pairs"):
            setattr(linker, name, Recorder(getattr(linker, name), name))
        if linker.result is not None:
            wrap(linker.result, "result", 0, wrapped)
        return through

    incremental.take_up_snapshot = recorded_take_up  # type: ignore[assignment]
    linker = Linker(embed=hashed_embed)
    with Store(db) as store:
        linker.link(store)
    assert linker.stats.snapshot, "the kept state was not taken up"
    for name, counts in sorted(COUNTS.items()):
        print(f"{name:42s} " + ", ".join(f"{k} {v}" for k, v in counts.most_common(6)))
    print("read by nothing:", ", ".join(w for w in wrapped if w not in COUNTS))
    db.unlink()


if __name__ == "__main__":
    main()
