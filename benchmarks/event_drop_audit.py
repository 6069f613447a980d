"""Where events a trigger typed are lost (run by hand; evtypes27, session 27):

    python benchmarks/event_drop_audit.py [--suite NAME ...] [--set NAME ... --workdir DIR]
                                          [--rows N]

For each gold event missed with no event of its type (event_miss_steps.py's steps N and
T), the sentence (a suite's) or the article
(a set's, re-analyzed from the store an event_sets.py run left in --workdir) is analyzed again
inside extract.drop_trace.tracing(): a word that a lexicon sense, the learned typer or a rule
gave the gold type and that a later step dropped is reported with that step and rule
("false_sense:talk_topic", "build:no_actor", "typer:gate:0.71", "sense:conditions", ...). For
an article, the dropped word whose sentence shares most content words with the gold's note
stands for the event (at least two shared words). The counts are by step and by rule; --rows
prints up to N misses with their rule. Untouched suites and sets are refused.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import event_sets as es

_STOP = frozenset({
    "the", "a", "an", "of", "to", "in", "on", "for", "by", "and", "with", "from", "at", "its",
    "his", "her", "their", "was", "were", "is", "are", "has", "have", "had", "be", "been", "that",
    "this", "as", "after", "over", "into", "it", "they", "he", "she", "said", "says"
})

# the steps most telling first: a word that several steps dropped is counted once, under
# the latest step that had it
_ORDER = ("post", "build", "loop", "false_sense", "trigger", "typer", "sense")


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w not in _STOP and len(w) > 2}


def _best(drops: list[Any], etype: str, note: str | None) -> Any | None:
    """The drop of `etype` that stands for the gold event (by its sentence, for a note)."""
    typed = [d for d in drops if d.type == etype]
    if not typed:
        return None
    if note is not None:
        words = _words(note)
        scored = [(len(words & _words(d.sentence)), d) for d in typed]
        top = max(s for s, _ in scored)
        if top < 2:
            return None
        typed = [d for s, d in scored if s == top]
    return min(typed, key=lambda d: _ORDER.index(d.step) if d.step in _ORDER else 99)


def _analyze(articles: list[Any]) -> tuple[dict[str, list[Any]], dict[str, list[Any]]]:
    """Events and drops per article id (one traced analysis per article)."""
    from newsweave.engine.local import analyze_batch
    from newsweave.extract import drop_trace

    events: dict[str, list[Any]] = {}
    drops: dict[str, list[Any]] = {}
    for art in articles:
        with drop_trace.tracing() as trace:
            result = analyze_batch([art])
        _a, analysis, _err = result[0]
        events[art.article_id] = list(analysis.events) if analysis is not None else []
        drops[art.article_id] = list(trace)
    return events, drops


def audit_suite(name: str) -> list[tuple[str, str]]:
    """(rule or 'no trigger', label) per event sentence with no event of its type."""
    from newsweave.evaluation.events import load_sentences, sentence_articles

    rows = load_sentences(es.SENTENCE_SUITES[name])
    rows = [r for r in rows if r["type"] is not None]
    events, drops = _analyze(sentence_articles(rows))
    out: list[tuple[str, str]] = []
    for row in rows:
        aid = f"sent_{row['id']}"
        if any(e.type == row["type"] for e in events[aid]):
            continue
        best = _best(drops[aid], row["type"], None)
        out.append((f"{best.step}:{best.rule}" if best else "none:no trigger",
                    f"{row['id']} {row['type']} [{best.text if best else '-'}]: {row['text']}"))
    return out


def audit_set(name: str, workdir: Path) -> list[tuple[str, str]]:
    from event_miss_steps import step_of
    from newsweave.evaluation.events import actor_groups, doc_article_ids
    from newsweave.store import Store

    gold = json.loads(es.ARTICLE_SETS[name][1].read_text("utf-8"))
    store = Store(workdir / f"{name}.duckdb", read_only=True)
    try:
        ids = doc_article_ids(gold, store)
        groups = actor_groups(gold.get("actors", {}))
        missed = [g for g in gold["events"] if ids.get(g["doc"]) and
                  (step_of(g, store.events(ids[g["doc"]]), groups) or "")[:1] in ("N", "T")]
        arts = store.articles(sorted({ids[g["doc"]] for g in missed}))
    finally:
        store.close()
    _events, drops = _analyze(arts)
    out: list[tuple[str, str]] = []
    for g in missed:
        best = _best(drops[ids[g["doc"]]], g["type"], g.get("note") or "")
        out.append((f"{best.step}:{best.rule}" if best else "none:no trigger",
                    f"{g['doc']} {g['source']} {g['type']} {g.get('target')} "
                    f"[{best.text if best else '-'}] ({g.get('note', '')})"))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--suite", action="append", default=[],
                        choices=sorted(set(es.SENTENCE_SUITES) - es.UNTOUCHED))
    parser.add_argument("--set", action="append", default=[], dest="sets",
                        choices=sorted(set(es.ARTICLE_SETS) - es.UNTOUCHED))
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--rows", type=int, default=0)
    args = parser.parse_args()
    if args.sets and args.workdir is None:
        parser.error("--set needs --workdir (the stores of an event_sets.py run)")
    total_steps: Counter[str] = Counter()
    total_rules: Counter[str] = Counter()
    for name in [*args.suite, *args.sets]:
        found = audit_suite(name) if name in args.suite else audit_set(name, args.workdir)
        steps = Counter(r.split(":")[0] for r, _ in found)
        total_steps.update(steps)
        total_rules.update(r for r, _ in found)
        print(f"{name}: {len(found)} missed with no event of their type; by step: "
              + ", ".join(f"{s} {n}" for s, n in steps.most_common()))
        for rule, label in sorted(found)[:args.rows]:
            print(f"    {rule} | {label}")
    print("TOTAL by step: " + ", ".join(f"{s} {n}" for s, n in total_steps.most_common()))
    print("TOTAL by rule: " + ", ".join(f"{s} {n}" for s, n in total_rules.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
