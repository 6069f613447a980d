"""Where a full link's CPU goes as the corpus grows: each pass's CPU seconds at several sizes.

    python benchmarks/link_passes.py --sizes 10000 20000 40000 [--seed 7] [--store]

Builds the synthetic corpus of benchmarks/scale.py (engine.synthetic), links it in full once
per size (in memory, as link_scaling.py does; `--store`: through a store and a new Linker, as
scale.py's full link, so reading the store and writing the links are timed too) and prints
each pass's CPU seconds (process_time, inclusive of the passes it calls, and exclusive), its
calls, and its ratio to the previous size: about 2.0 per doubling means linear. Below it the
shape of the synthetic corpus at that size (surname block sizes, full names per surname,
events per claim key), so a pass that grows faster than N can be told from data that does.
The peak memory (VmHWM) of each size's process is printed too: each size runs in its own
process, so one size's heap does not slow the next.

Measured with `--store --sizes 10000 40000`, main (d542707) and this change side by side on
the shared 2-core machine (CPU seconds): whole link 19.97 -> 95.34 (4.77x) before, 19.68 ->
80.92 (4.11x) after. What grew faster than N: reading the analyses (2.31 -> 18.72, 8.1x: each
page of 256 articles scanned the whole record tables; now 1.70 -> 7.47), reading the articles
(0.21 -> 1.90, 9.0x; now 0.14 -> 0.63) and judging all pairs of first names in a surname
block (0.34 -> 2.33, 6.9x; now 0.35 -> 0.31). The synthetic corpus's blocks grow as a real
one's would: full names per surname p50 13 -> 49, events per (actor, recipient, type) key
p50 45 -> 179; the claim passes that work per key (cluster_events, _built_print,
_story_anchors, _claim_index: ~5x) are the next to look at. `--store --sizes 100000` (niced,
this change): 200.2 s CPU, peak 10.1 GB, 10.2x the 10,000-article link above (goal <= 12x);
the largest claim then holds 2,578 events (47 at 40,000).

`--increment` (session 12) then adds 1% more articles and times the same Linker's link of
them pass by pass, with each pass's share of its own full-link cost: the 1% added doubles
with the corpus too, so a pass whose work follows the change takes ~1-3% of its full cost at
every size, and one that works over the whole corpus ~100% (the O(N) part). `--keep-state`
keeps the Linker's state between the two links (as `newsweave run` does). Measured with
`--increment --sizes 10000 20000 40000` on the loaded 2-core machine (CPU seconds; noisy):
the +1% link took 19.4% -> 20.8% -> 24.4% of the full link on the old synthetic corpus, and
the term that grew faster than N was the report scan (_report_sentences 0.11 -> 0.47 -> 2.19
s, 17% -> 82% of its full-link cost): the corpus's lone surnames came from a fixed pool, so
stories merged as N grew (largest claim 6 -> 14 -> 48 events) and a changed story sent more
and more articles to be scanned again. With the corpus fixed (engine.synthetic.LONE_SURNAMES)
it is 22.2% -> 20.8% -> 22.5% (largest claim 3 -> 4 -> 4 events; _report_sentences 0.01 ->
0.03 -> 0.09 s): flat, so what is left is work over the whole corpus on every link. Passes at
~100% of their full-link cost in the +1% link (40,000): cluster_events 1.3 s, _finished_print
0.8, _actor_entities 0.4, _claim_index 0.4, _dirty_inputs 0.3, _party_runs 0.2,
detect_syndication's own 0.4, link_corpus's own 0.5, _person_groups 1.3, writing the changes
1.4-2.5; partly: resolve_entities 40% (2.5 s own), build_claims' own 51% (1.9),
group_quote_variants 29% (2.0), _report_read 79% (0.8). Garbage collection is not among
them: 26 young and 2 middle collections, 0.02 s, in a +1% link of 40,000 articles.

Session 13 (scale9), `--increment --sizes 10000`, main (c9da48d) and the branch run side by
side on the loaded 2-core machine (CPU s): the +1% link 4.10 (9.0% of a 45.4 s full link)
-> 3.63 (8.0%); _finished_print 0.26 -> 0.06 (40,077 -> 8,366 calls: claims.ClaimMemo
.finish_of), _report_read 0.44 -> 0.18 incl. and _party_runs 0.12 -> 0 (one per sides, not
per claim). Main at 20,000: 8.79 s, 10.0% of the full link (the share still grows slowly
with N). Still over the whole corpus on every +1% link (10,000, CPU s): cluster_events'
own 0.4 (a row check and a member per event, a split print per key), build_claims' own 0.5
(per-claim print lookups and sides), write_link_changes 0.5 (every record and mention
compared), _match_statements 0.2 and _match_quotes 0.14 (every quote), _match_reports'
own 0.17, _report_read 0.18, build_claim 0.16, _dirty_inputs 0.12, _claim_index 0.1,
_actor_entities 0.1. Tried and dropped: diffing the link records and mention map by
identity sets and items-view differences in C (slower than 3.11's comprehensions: 0.037
-> 0.060 s on 40,000 records, 0.055 -> 0.120 s on 120,000 mentions).

Session 14 (scale10), `--increment --sizes 10000`, main (cba09c7) and the branch side by
side on the loaded 2-core machine (CPU s): write_link_changes 0.50 -> 0.36 (the mention ->
entity rows compared only for the articles the entity lookups name as changed), the +1%
link 3.58 -> 3.45 (9.2% -> 8.9%). A new process's link (state kept just before, +1%):
taking the state up 4.58 -> 4.12 s (snapshot parts packed with zstd-1, not zlib-1; the band
index sorted without inserting), the link after it 2.5 s as in the same process. What a new
process pays is unpickling: 3.7 s for 5.8 million objects at 10,000 articles (2.16 M lists,
1.63 M tuples, 338 k frozensets, 275 k sets, 269 k ActorRefs, 207 k Counters, 120 k
Mentions, 104 k LocalClusters, 79 k Claims; ~580 per article), ~0.65 us each: a faster
take-up needs fewer objects (columns) or loading only what the new articles touch.

Session 15 (scale11), `--store --increment`, CPU s on the loaded 2-core machine. 40,000
articles: the +1% link 19.50 (12.3% of a 158.6 s full link, main 0e90e71) -> 15.06 (9.4% of
160.2 s). group_quote_variants 3.57 -> 1.87: an earlier quote whose speaker changed (an
entity renamed or regrouped; nearly every +1% link of a large corpus has one) regrouped
every quote; now only the statements the change reaches are judged again
(variants._respoken; a speaker block outgrowing MAX_BLOCK likewise, _split_again); what is
left is making the nodes anew (O(quotes)). write_link_changes 1.69 -> 0.36 (entities and
claims compared only among the records the link made or dropped, LinkMemo.records_changed),
_dirty_inputs 0.45 -> 0.05 (entity fields from the grouping's made and dropped entities).
10,000 articles, main and the branch side by side: 3.26 (8.2%) -> 2.98 (7.5%);
write_link_changes 0.32 -> 0.12, _dirty_inputs 0.09 -> 0.01. Still over the whole corpus at
40,000 (CPU s): build_claims' own 2.3 (per-claim print lookups, sides, finishing loop),
cluster_events' own 1.9, _match_reports' own 0.74, _match_statements 0.76, _report_read 0.70
(every claim), build_claim 0.62 (every claim), _match_quotes 0.59, _claim_index 0.43,
_actor_entities 0.38, _split_key_growing 0.74 (grows faster than N: a popular key's whole
story state is read per changed key), resolve_entities' own 1.0.

Session 16 (scale12): the claims' entity lookups (by id, names) are carried between links
and changed by the grouping's made and dropped entities (claims._entity_lookups), an event
that keeps its row keeps its cluster member, build_claim's memo path is inlined, the split
and cluster prints use map/attrgetter, _actor_entities takes the known ids from the
lookups. Main (7f41b63) and the branch side by side on the loaded 2-core machine, one
store, a full link then +1% links by the same Linker (CPU s; /tmp A/B script, not kept):
10,000 articles, 3 steps each: full 37.30 / 37.35, +1% mean 2.76 (7.4%) -> 2.61 (7.0%);
40,000 articles, two runs of 2 and 3 steps: +1% per step 13.60/13.75/11.23/9.93/13.65 ->
13.29/10.69/10.57/9.74/13.05 (mean 12.43 -> 11.47, 8.3% -> 7.7% of a ~150 s full link;
every step lower, the load made them vary by a third). py-spy of the branch's +1% links
at 40,000 (share of samples): build_claims 61% (cluster_events 18%), group_quote_variants
12% (_respoken 9%), resolve_entities 8%, _match_reports 7%, _of_quote 6%,
_split_key_growing 6% (StoryState.holds and .parts over a popular key's articles),
_in_claim_order 5% (sets of every claim's id), Store.analyses 4%. Hashing the prints as
built (deep tuples, no cached hash) on every claim's dict lookups (memo.built, sides,
finish_of, finished, event_claims) is ~6%: carrying those tables between links and
looking a kept claim up by the print object it already holds is the next step there.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

# the passes timed: (module, function); each is patched wherever the link modules name it
PASSES = [
    ("newsweave.link", "link_corpus"),
    ("newsweave.link", "apply_outlets"),
    ("newsweave.link.syndication", "detect_syndication"),
    ("newsweave.link.entities", "resolve_entities"),
    ("newsweave.link.entities", "local_clusters"),
    ("newsweave.link.entities", "_misread_people"),
    ("newsweave.link.entities", "_person_groups"),
    ("newsweave.link.entities", "_same_people"),
    ("newsweave.link.entities", "_group_groups"),
    ("newsweave.link.entities", "_entity"),
    ("newsweave.link.corrections", "apply_merges"),
    ("newsweave.link.syndication", "independent_sources"),
    ("newsweave.link.syndication", "source_labels"),
    ("newsweave.link.variants", "group_quote_variants"),
    ("newsweave.link.claims", "build_claims"),
    ("newsweave.link.claims", "cluster_events"),
    ("newsweave.link.claims", "_story_anchors"),
    ("newsweave.link.claims", "_split_by_story"),
    ("newsweave.link.claims", "_split_by_meaning"),
    ("newsweave.link.claims", "_vectors"),
    ("newsweave.link.claims", "_built_print"),
    ("newsweave.link.claims", "build_claim"),
    ("newsweave.link.claims", "_claim_index"),
    ("newsweave.link.claims", "_match_quotes"),
    ("newsweave.link.claims", "_match_statements"),
    ("newsweave.link.claims", "_match_reports"),
    ("newsweave.link.claims", "_finished_print"),
    ("newsweave.link.claims", "_finish_claim"),
    ("newsweave.link", "_actor_entities"),
    ("newsweave.link", "apply_names"),
    ("newsweave.link.incremental", "articles_after"),
    ("newsweave.store.duckdb_store", "articles_after"),
    ("newsweave.store.duckdb_store", "link_snapshot"),
    ("newsweave.store.duckdb_store", "write_link_memo"),
    ("newsweave.store.duckdb_store", "write_link_changes"),
    ("newsweave.store.duckdb_store", "read_page"),
    ("newsweave.link.claims", "_dirty_inputs"),
    ("newsweave.link.claims", "_event_row"),
    ("newsweave.link.claims", "_split_key"),
    ("newsweave.link.claims", "_split_key_growing"),
    ("newsweave.link.claims", "_split_by_time"),
    ("newsweave.link.claims", "_party_runs"),
    ("newsweave.link.claims", "_report_read"),
    ("newsweave.link.claims", "_report_sentences"),
    ("newsweave.link.claims", "_copy_claim"),
    ("newsweave.link.variants", "quote_words"),
    ("newsweave.link.syndication", "candidate_pairs"),
]
STORE_METHODS = ["analyses", "write_links"]
# the Linker's own steps (timed in the +1% link: what it does besides link_corpus)
LINKER_METHODS = ["_up_to_date", "_still_valid", "_keep", "_take_up_rows"]


class Timer:
    """Inclusive and exclusive CPU seconds and calls per patched function."""

    def __init__(self) -> None:
        self.inclusive: dict[str, float] = defaultdict(float)
        self.exclusive: dict[str, float] = defaultdict(float)
        self.calls: Counter[str] = Counter()
        self.stack: list[list[float]] = []  # [start, time of timed callees]

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        import functools
        import inspect

        timer = self
        if inspect.isgeneratorfunction(fn):
            @functools.wraps(fn)
            def gen(*args: Any, **kwargs: Any) -> Any:
                it = fn(*args, **kwargs)
                while True:
                    timer.enter()
                    try:
                        item = next(it)
                    except StopIteration:
                        timer.leave(name, count=True)
                        return
                    timer.leave(name, count=False)
                    yield item
            return gen

        @functools.wraps(fn)
        def call(*args: Any, **kwargs: Any) -> Any:
            timer.enter()
            try:
                return fn(*args, **kwargs)
            finally:
                timer.leave(name)
        return call

    def enter(self) -> None:
        self.stack.append([time.process_time(), 0.0])

    def leave(self, name: str, count: bool = True) -> None:
        start, inner = self.stack.pop()
        spent = time.process_time() - start
        self.inclusive[name] += spent
        self.exclusive[name] += spent - inner
        self.calls[name] += count
        if self.stack:
            self.stack[-1][1] += spent


def patch(timer: Timer) -> None:
    import importlib

    import newsweave.link as link_pkg

    modules = [importlib.import_module(m) for m in (
        "newsweave.link", "newsweave.link.syndication", "newsweave.link.entities",
        "newsweave.link.corrections", "newsweave.link.variants", "newsweave.link.claims",
        "newsweave.link.incremental", "newsweave.store.duckdb_store")]
    del link_pkg
    for module_name, fn_name in PASSES:
        module = importlib.import_module(module_name)
        fn = getattr(module, fn_name, None)
        if fn is None:
            continue
        wrapped = timer.wrap(fn_name, fn)
        for m in modules:
            if getattr(m, fn_name, None) is fn:
                setattr(m, fn_name, wrapped)
    from newsweave.store import Store

    for method in STORE_METHODS:
        setattr(Store, method, timer.wrap(f"Store.{method}", getattr(Store, method)))
    from newsweave.link.incremental import Linker

    for method in LINKER_METHODS:
        setattr(Linker, method, timer.wrap(f"Linker.{method}", getattr(Linker, method)))


class GcWatch:
    """Collections by generation and the CPU seconds they took (gc.callbacks)."""

    def __init__(self) -> None:
        import gc

        self.counts = [0, 0, 0]
        self.seconds = 0.0
        self.collected = 0
        self._start = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._start = time.process_time()
        else:
            self.counts[info["generation"]] += 1
            self.seconds += time.process_time() - self._start
            self.collected += info.get("collected", 0)

    def reset(self) -> dict[str, Any]:
        got = {"collections": list(self.counts), "gc_s": self.seconds,
               "collected": self.collected}
        self.counts, self.seconds, self.collected = [0, 0, 0], 0.0, 0
        return got


def shape(articles: list[Any], analyses: list[Any], result: Any) -> dict[str, Any]:
    """How the synthetic corpus's blocks grow: what a pass may be quadratic in."""
    full_by_surname: dict[str, set[str]] = defaultdict(set)
    surname_mentions: Counter[str] = Counter()
    for a in analyses:
        for m in a.mentions:
            if m.label != "PERSON":
                continue
            parts = m.text.split()
            surname_mentions[parts[-1]] += 1
            if len(parts) > 1:
                full_by_surname[parts[-1]].add(m.text)
    per_key: Counter[tuple[Any, ...]] = Counter()
    for a in analyses:
        for e in a.events:
            per_key[(e.actor.name if e.actor else None, e.recipient.name if e.recipient else None,
                     e.type)] += 1
    claim_events = sorted(len(c.event_ids) for c in result.claims)
    entity_mentions = sorted(e.mention_count for e in result.entities)

    def q(values: list[int], share: float) -> int:
        return values[int(share * (len(values) - 1))] if values else 0

    fulls = sorted(len(v) for v in full_by_surname.values())
    keys = sorted(per_key.values())
    return {"surnames": len(surname_mentions),
            "mentions_per_surname_p50/max": (q(sorted(surname_mentions.values()), .5),
                                             max(surname_mentions.values())),
            "full_names_per_surname_p50/max": (q(fulls, .5), fulls[-1] if fulls else 0),
            "event_keys": len(per_key), "events_per_key_p50/max": (q(keys, .5), keys[-1]),
            "claims": len(result.claims),
            "events_per_claim_p50/p99/max": (q(claim_events, .5), q(claim_events, .99),
                                             claim_events[-1] if claim_events else 0),
            "entities": len(result.entities),
            "mentions_per_entity_p50/max": (q(entity_mentions, .5),
                                            entity_mentions[-1] if entity_mentions else 0)}


def caches() -> dict[str, tuple[int, int, int, int]]:
    """(hits, misses, size, maxsize) of the link's lru caches that hold more than a few
    entries: a cache that fills up makes a pass grow faster than the corpus."""
    import importlib
    import pkgutil

    import newsweave.link as link_pkg

    out = {}
    for info in pkgutil.iter_modules(link_pkg.__path__, "newsweave.link."):
        module = importlib.import_module(info.name)
        for name, fn in vars(module).items():
            stats = getattr(fn, "cache_info", None)
            if stats is None or getattr(fn, "__module__", None) != info.name:
                continue
            got = stats()
            if got.currsize > 16:
                out[f"{info.name.rsplit('.', 1)[1]}.{name}"] = (
                    got.hits, got.misses, got.currsize, got.maxsize or 0)
    return out


def _stored(articles: list[Any], analyses: list[Any], n: int) -> Path:
    """A new store of the first n articles in a temporary folder, written in batches of 1,000
    as `newsweave run` writes them; the Linker reads them back from it."""
    from newsweave.store import Store

    db = Path(tempfile.mkdtemp(prefix="link-passes-")) / "passes.duckdb"
    with Store(db) as store:
        for i in range(0, n, 1000):
            store.write_batch(articles[i:i + 1000], analyses[i:i + 1000])
    return db


def one_size(n: int, seed: int, through_store: bool, increment: bool = False,
             keep_state: bool = False) -> dict[str, Any]:
    """Link a corpus of n synthetic articles once, timing each pass (run in a child); with
    `increment`, then add 1% more articles and time the same Linker's link of them (as
    scale.py's +1% link in the same process), after keeping its state when `keep_state`."""
    from newsweave.engine.synthetic import hashed_embed, synthetic_analyses

    started = time.process_time()
    extra = max(1, n // 100) if increment else 0
    articles, analyses = synthetic_analyses(n + extra, random.Random(seed))
    more = (articles[n:], analyses[n:])
    articles, analyses = articles[:n], analyses[:n]
    made = time.process_time() - started
    timer = Timer()
    patch(timer)
    gc_watch = GcWatch()
    import newsweave.link as link_pkg

    plus: dict[str, Any] = {}
    if increment:
        from newsweave.link.incremental import Linker
        from newsweave.store import Store

        db = _stored(articles, analyses, n)
        folder = db.parent
        del articles, analyses
        linker = Linker(embed=hashed_embed)
        gc_watch.reset()
        with Store(db) as store:
            cpu = time.process_time()
            result = linker.link(store)
            total = time.process_time() - cpu
        full_gc = gc_watch.reset()
        full_inclusive, full_exclusive = dict(timer.inclusive), dict(timer.exclusive)
        full_calls = dict(timer.calls)
        if keep_state:
            with Store(db) as store:
                cpu = time.process_time()
                linker.save_state(store, force=True)
                plus["keep_state_s"] = time.process_time() - cpu
            gc_watch.reset()
        with Store(db) as store:
            store.write_batch(*more)
        timer.inclusive.clear()
        timer.exclusive.clear()
        timer.calls.clear()
        with Store(db) as store:
            cpu = time.process_time()
            linker.link(store)
            plus["total"] = time.process_time() - cpu
        plus.update(inclusive=dict(timer.inclusive), exclusive=dict(timer.exclusive),
                    calls=dict(timer.calls), gc=gc_watch.reset(),
                    rewritten=linker.stats.rewritten, incremental=linker.stats.incremental)
        timer.inclusive.clear()
        timer.inclusive.update(full_inclusive)
        timer.exclusive.clear()
        timer.exclusive.update(full_exclusive)
        timer.calls.clear()
        timer.calls.update(full_calls)
        articles = list(linker.articles.values())[:n]
        analyses = list(linker.analyses.values())[:n]
        db.unlink()
        folder.rmdir()
    elif through_store:
        from newsweave.link.incremental import Linker
        from newsweave.store import Store

        db = _stored(articles, analyses, n)
        folder = db.parent
        del articles, analyses
        linker = Linker(embed=hashed_embed)
        with Store(db) as store:
            cpu = time.process_time()
            result = linker.link(store)
            total = time.process_time() - cpu
        articles = list(linker.articles.values())
        analyses = list(linker.analyses.values())
        db.unlink()
        folder.rmdir()
    else:
        cpu = time.process_time()
        result = link_pkg.link_corpus(articles, analyses, embed=hashed_embed)
        total = time.process_time() - cpu
    assert result is not None
    peak = 0.0
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            peak = int(line.split()[1]) / 1024
    return {"n": n, "total": total, "generate": made, "peak_mb": peak, "caches": caches(),
            "inclusive": dict(timer.inclusive), "exclusive": dict(timer.exclusive),
            "calls": dict(timer.calls), "shape": shape(articles, analyses, result),
            "plus": plus, "gc": full_gc if increment else gc_watch.reset()}



def _row(runs: list[dict[str, Any]], name: str) -> tuple[str, str]:
    """One pass's inclusive / exclusive CPU seconds per run, and the growth of its exclusive
    seconds from one run to the next."""
    cells = "".join(f"{r['inclusive'].get(name, 0):8.2f}/{r['exclusive'].get(name, 0):7.2f}"
                    for r in runs)
    ratios = " ".join(
        f"{b['exclusive'].get(name, 0) / a['exclusive'][name]:.2f}x"
        if a["exclusive"].get(name) else "-" for a, b in itertools.pairwise(runs))
    return cells, ratios

def table(runs: list[dict[str, Any]], sizes: list[int], title: str,
          fulls: list[dict[str, Any]]) -> None:
    """Each pass's CPU seconds in the +1% link per size (inclusive / exclusive), the growth
    of the exclusive seconds from one size to the next, and its share of the same pass's
    exclusive seconds in the full link: the 1% added doubles with the corpus too, so a
    pass whose work follows the change takes about 1-3% of its full-link cost at every
    size, and one that works over the whole corpus a large share (the O(N) part)."""
    names = sorted(runs[-1]["inclusive"], key=lambda k: -runs[-1]["inclusive"][k])
    head = "".join(f"{n:>16}" for n in sizes)
    print(f"\n{title + ' (CPU s: incl / excl)':<26}{head}   ratio of exclusive")
    for name in names:
        cells, ratios = _row(runs, name)
        calls = runs[-1]["calls"].get(name, 0)
        shares = " ".join(
            f"{r['exclusive'].get(name, 0) / f['exclusive'][name]:.0%}"
            if f["exclusive"].get(name) else "-" for r, f in zip(runs, fulls, strict=True))
        print(f"{name:<26}{cells}   {ratios}  of full: {shares}  ({calls} calls)")
    totals = " ".join(f"{b['total'] / a['total']:.2f}x" for a, b in itertools.pairwise(runs))
    untimed = "".join(f"{r['total'] - sum(r['exclusive'].values()):16.2f}" for r in runs)
    print(f"{'(not in a timed pass)':<26}{untimed}")
    print(f"{'whole ' + title:<26}" + "".join(f"{r['total']:16.2f}" for r in runs)
          + f"   {totals}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 20_000, 40_000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--store", action="store_true",
                        help="link through a store and a Linker (reading and writing timed)")
    parser.add_argument("--increment", action="store_true",
                        help="then add 1%% more articles and time the same Linker's link of "
                        "them, pass by pass (implies --store)")
    parser.add_argument("--keep-state", action="store_true",
                        help="with --increment: keep the Linker's state between the links")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, help="also write the measurements here")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(one_size(args.child, args.seed, args.store, args.increment,
                                  args.keep_state)))
        return
    runs = []
    for n in args.sizes:
        cmd = [sys.executable, __file__, "--child", str(n), "--seed", str(args.seed)]
        cmd += [flag for flag, on in (("--store", args.store), ("--increment", args.increment),
                                      ("--keep-state", args.keep_state)) if on]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True,
                             env={**os.environ})
        run = json.loads(out.stdout.strip().splitlines()[-1])
        runs.append(run)
        print(f"{n} articles: link {run['total']:.2f}s CPU, peak {run['peak_mb']:.0f} MB "
              f"(corpus made in {run['generate']:.1f}s); gc {json.dumps(run['gc'])}",
              flush=True)
        if run["plus"]:
            plus = run["plus"]
            print(f"  +1%: {plus['total']:.2f}s CPU ({plus['total'] / run['total']:.1%} of "
                  f"the full link; incremental={plus['incremental']}), gc "
                  f"{json.dumps(plus['gc'])}, rows rewritten {json.dumps(plus['rewritten'])}"
                  + (f", state kept before it in {plus['keep_state_s']:.2f}s CPU"
                     if "keep_state_s" in plus else ""), flush=True)
        print("  shape: " + json.dumps(run["shape"]), flush=True)
        full = {k: v for k, v in run["caches"].items() if v[3] and v[2] >= v[3] // 2}
        print("  caches (hits, misses, size, maxsize): " + json.dumps(run["caches"]),
              flush=True)
        if full:
            print(f"  CACHES AT HALF THEIR SIZE OR MORE: {sorted(full)}", flush=True)
    names = sorted(runs[-1]["inclusive"], key=lambda k: -runs[-1]["inclusive"][k])
    head = "".join(f"{r['n']:>16}" for r in runs)
    print(f"\n{'pass (CPU s: inclusive / exclusive)':<26}{head}   ratio of exclusive")
    for name in names:
        cells, ratios = _row(runs, name)
        print(f"{name:<26}{cells}   {ratios}")
    totals = " ".join(f"{b['total'] / a['total']:.2f}x" for a, b in itertools.pairwise(runs))
    print(f"{'whole link':<26}" + "".join(f"{r['total']:16.2f}" for r in runs) + f"   {totals}")
    if all(r["plus"] for r in runs):
        table([r["plus"] for r in runs], [r["n"] for r in runs], "+1% link", runs)
    if args.json:
        args.json.write_text(json.dumps(runs, indent=1))


if __name__ == "__main__":
    main()
