"""What a kept link state is made of, and what taking it up costs a new process.

    python benchmarks/link_state_census.py --articles 10000 [--seed 7] [--keep DIR]
    python benchmarks/link_state_census.py --state DIR/state.pickle   # a body kept before
    python benchmarks/link_state_census.py --db DIR/state.duckdb   # the state a store keeps

Builds a store of N synthetic articles (as benchmarks/scale.py), links it in full with a new
Linker, pickles the Linker's state as `save_state` does (link.persist.dump_state), then
times unpickling it (link.persist.load_state, the CPU a new process spends before it links)
and counts the objects it holds: by part of the state (the Linker's fields, the result's
fields, the memo's parts two levels down; an object shared by parts is counted in the first
part that reaches it, in the order printed by LinkState's fields) and by type, and how many of
its strings repeat a value another string of the state already holds (the pickler keeps
objects by identity, so each is written and made again).

Why it matters (issue 14): a +1% link by a new process (`watch --once`, the next `run`)
costs what the same Linker's +1% link costs plus this take-up, and the take-up is linear in
the objects of the whole corpus (~0.45 us each), never in what the new articles touch.

Measured (session 17, 10,000 synthetic articles, main 3f93d4c, loaded 2-core machine):
the state is 186 MB pickled (9.33 million objects, ~930 per article), unpickled in 4.1-4.4 s
of CPU against a 33-35 s full link. By part: the analyses 2.17 M objects (23%: 1.36 M of
them strings), the quote variants' MinHash band tables 1.07 M (11.5%: one list and one bytes
object per word set and band), the result's claims 0.99 M, the entities' local clusters
0.77 M, the entity grouping's groups 0.64 M (a Counter per group and tally), the claims as
built 0.52 M, the quote reads 0.42 M, the claim rows 0.28 M. By type: lists 2.19 M, strings
2.07 M (1.59 M repeat a value: 'PERSON', the source names, ...), tuples 1.63 M, dicts
0.52 M, bytes 0.38 M, frozensets 0.34 M, ActorRefs 0.27 M, Counters 0.21 M. Pickling the
model's and the link's dataclasses as NEWOBJ + a slot state rather than a call of the
class (persist._fields_reducer's by_init) is slower to load: 4.97-5.81 s against
4.09-4.36 s, 235 MB against 187 MB.

With the band index packed (a trial of the same session, not kept: no gain past the noise):
8.54 M objects at 10,000 (take-up 3.6-3.8 s against 3.75-4.07 s for main's state, loads
alternated) and 16.9 M at 20,000 (372 MB, 6.95 s: 0.41 us per object): unpickling grows with
the corpus, no faster.
Yet scale.py's new-process +1% link at 40,000 (main) cost 37 s of CPU over the same
Linker's +1% link (50.9 against 13.5 s), ~2x what unpickling 40,000 articles' state takes
(docs/config.md: 19 s): the rest of that gap is elsewhere in the new process's first link.

Session 20 (main c8cba54, a 2-core machine at load 11-17, so CPU seconds only). scale.py
--articles 40000 --link-only: full link 158.4, the same Linker's +1% 13.0 (8.2%), a new
process's link of the 2% since the kept state 58.5 (36.9%), a new process's +1% with the state
kept just before 40.3 (25.4%); keeping the state 56.7. Taking up the 42,000-article state
alone (read and unpickled, 2 runs): 21.7 and 21.9 s CPU, peak 6.3 GB. What an object costs to
unpickle with what it reaches (3,000 articles, each type's objects pickled as one list):
Claim 5.6 us, _Group 5.7, LocalCluster 4.2, _Member 4.0, EventCluster 3.9, Event 3.6, _Tally
3.0, PersonName 2.0, Entity 1.4, Mention 1.0, ActorRef 0.8; a plain str 0.07-0.1, a str the
pickler already wrote (the same object) 0.012. So the cost is in the records and their
containers, spread over every part (the most costly part at 3,000 articles, finish_of, is
19% of the whole), and each link reads every part (link_corpus lists every quote and event,
and the claim clustering and matching that decide the prints are redone over every claim on
every link: see ClaimMemo): no part can be left unread until those passes work from dirty
keys alone. Tried and not kept: leaving
the variants' band tables out (made again from bands_of: as dear as unpickling them) or
result.mention_entity (no change past the noise), and reading the parts ahead in a thread
(DuckDB and zstd release the GIL): the main thread's CPU fell 0.3 s at best, the wall time
rose on the loaded machine.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import gc
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

# objects of the interpreter a record reaches through its type: not the state's
_NOT_STATE = ("module", "function", "builtin_function_or_method", "method",
              "_lru_cache_wrapper", "cell", "code", "getset_descriptor", "wrapper_descriptor",
              "method_descriptor", "mappingproxy", "member_descriptor")
_LEAVES = (str, int, float, bytes, bool, type(None))


class Census:
    """Objects reachable from the roots walked, each counted once (in the first part)."""

    def __init__(self) -> None:
        self.seen: set[int] = set()
        self.parts: collections.Counter[str] = collections.Counter()
        self.nbytes: collections.Counter[str] = collections.Counter()  # sys.getsizeof
        self.type_bytes: collections.Counter[str] = collections.Counter()
        self.types: dict[str, collections.Counter[str]] = collections.defaultdict(
            collections.Counter)
        self.strings: collections.Counter[str] = collections.Counter()

    def walk(self, root: Any, part: str) -> None:
        stack = [root]
        while stack:
            obj = stack.pop()
            if id(obj) in self.seen:
                continue
            self.seen.add(id(obj))
            kind = type(obj)
            if isinstance(obj, type) or kind.__name__ in _NOT_STATE:
                continue
            self.parts[part] += 1
            self.types[part][kind.__name__] += 1
            size = sys.getsizeof(obj)
            self.nbytes[part] += size
            self.type_bytes[kind.__name__] += size
            if kind is str:
                self.strings[obj] += 1
            if not isinstance(obj, _LEAVES):
                stack.extend(gc.get_referents(obj))

    def deep(self, obj: Any, part: str, depth: int) -> None:
        """Walk a dataclass's fields (or an object's attributes) as parts of their own,
        `depth` levels down."""
        if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            fields = {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
        else:
            fields = dict(vars(obj)) if hasattr(obj, "__dict__") else {}
        if depth == 0 or not fields:
            self.walk(obj, part)
            return
        for name, value in fields.items():
            self.deep(value, f"{part}.{name}", depth - 1)


def linked_state(n: int, seed: int, work: Path) -> bytes:
    """The pickled state of a Linker that linked a store of n synthetic articles."""
    sys.path.insert(0, str(Path(__file__).parent))
    import scale  # type: ignore[import-not-found]
    from newsweave.engine.synthetic import hashed_embed
    from newsweave.link.incremental import Linker
    from newsweave.link.persist import LinkState, dump_state
    from newsweave.store import Store

    db = work / "census.duckdb"
    db.unlink(missing_ok=True)
    scale.build(db, n, seed)
    linker = Linker(embed=hashed_embed)
    with Store(db) as store:
        cpu = time.process_time()
        linker.link(store)
        print(f"full link: cpu {time.process_time() - cpu:.2f}s", flush=True)
    embedder, linker.memo.embedder = linker.memo.embedder, None
    state = LinkState(seq=linker.seq, articles=linker.articles, analyses=linker.analyses,
                      mentions=linker._mentions, memo=linker.memo,
                      vectors=dict(getattr(embedder, "_vectors", None) or {}),
                      result=linker.result, kept_sketches=linker._kept_sketches,
                      kept_pairs=linker._kept_pairs, fixed=linker._fixed)
    cpu = time.process_time()
    body = dump_state(state)
    print(f"state pickled: {len(body) / 1e6:.0f} MB, cpu {time.process_time() - cpu:.2f}s",
          flush=True)
    return body


def kept_state(db: Path) -> bytes:
    """The pickled body of the link state a store keeps."""
    from newsweave.store import Store
    from newsweave.store.duckdb_store import open_link_snapshot, read_link_snapshot_header

    with Store(db, read_only=True) as store:
        header = read_link_snapshot_header(store)
        body = open_link_snapshot(store, header) if header else None
        if body is None:
            raise SystemExit(f"{db} keeps no link state this code reads")
        return body.read()


def main() -> None:
    from newsweave.link.persist import load_state

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="build the store here, keep the state body")
    parser.add_argument("--state", type=Path, help="a state body kept by --keep")
    parser.add_argument("--db", type=Path, help="a store holding a kept link state "
                        "(Linker.save_state), e.g. one link_state_memory.py --keep built")
    args = parser.parse_args()
    if args.state:
        body = args.state.read_bytes()
    elif args.db:
        body = kept_state(args.db)
    else:
        work = args.keep or Path(tempfile.mkdtemp(prefix="newsweave-census-"))
        work.mkdir(parents=True, exist_ok=True)
        body = linked_state(args.articles, args.seed, work)
        if args.keep:
            (work / "state.pickle").write_bytes(body)
        else:
            shutil.rmtree(work, ignore_errors=True)
    gc.collect()
    cpu = time.process_time()
    state = load_state(body)
    load = time.process_time() - cpu
    census = Census()
    gc.disable()
    for name in ("articles", "analyses", "mentions"):
        census.walk(getattr(state, name), name)
    census.deep(state.result, "result", 1)
    census.deep(state.memo, "memo", 3)
    census.walk(state.vectors, "vectors")
    total = sum(census.parts.values())
    print(f"taken up: {len(body) / 1e6:.0f} MB, cpu {load:.2f}s; {total:,} objects "
          f"({load / max(total, 1) * 1e6:.2f} us each)")
    size = sum(census.nbytes.values())
    print(f"their sizes (sys.getsizeof, each object once): {size / 1e6:,.0f} MB")
    for part, count in census.parts.most_common(25):
        kinds = ", ".join(f"{k} {c:,}" for k, c in census.types[part].most_common(4))
        print(f"  {count:>10,} {count / total:6.1%} {census.nbytes[part] / 1e6:7.0f} MB  "
              f"{part:40s} {kinds}")
    print("bytes by type: " + ", ".join(f"{k} {c / 1e6:.0f} MB"
                                        for k, c in census.type_bytes.most_common(12)))
    everything: collections.Counter[str] = collections.Counter()
    for kinds_of in census.types.values():
        everything.update(kinds_of)
    print("by type: " + ", ".join(f"{k} {c:,}" for k, c in everything.most_common(12)))
    strings = sum(census.strings.values())
    print(f"strings: {strings:,}, of which {strings - len(census.strings):,} repeat a value "
          f"another holds")


if __name__ == "__main__":
    main()
