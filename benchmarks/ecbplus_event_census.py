"""A census of the events newsweave emits on real ECB+ news, by trigger lemma and type, with a
seeded sample of each frequent (trigger, type) pair to judge by hand (run by hand).

    python benchmarks/ecbplus_event_census.py [--cache DIR] [--top 40] [--show 60]
        [--sample OUT.jsonl --per 5 --seed 1414] [--judged JUDGED.jsonl ...] [--silent 60]
        [--json OUT.json]

The ECB+ articles of ../shared/corpus/ecbplus are analyzed, less the files any of our sets holds
(tests/data/*/, by name or by text), the topics of the untouched event set (fresh6: its
sister texts stay unread) and the topic halves of fresh5 (tests/test_events_fresh5.py: no event
data may use its stories). With --cache DIR the spaCy parses are kept (DocBin, keyed by text
and model, as benchmarks/quote_sets.py keeps them) and only newsweave's extraction runs again:
the first run parses about 240 articles (minutes), a rerun after a rule change takes about a
minute.

Printed: every (trigger, type) pair emitted, most frequent first (--show of them), with its
count and the senses and rules that made it (each event's `rules` record: "verbs:charge#0" is
the first sense of the verb 'charge' in lexicons/event_lexicon.json).

--sample OUT writes, for each of the --top most frequent pairs, a seeded random sample of --per
of its events (one JSON line each: file, type, mode, actor, recipient, modality, trigger,
rules, sentence, and an empty "judgment" to fill in: type_ok, actor_ok, real_event, cause,
note). --judged FILE scores filled-in samples: right type (and right type + actor) out of the
judged events of each pair, worst pairs first; a judged event newsweave no longer emits is
counted apart ("gone"), matched by file, sentence, trigger and type. Session 18's sample:
benchmarks/ecbplus_event_census_seed1414.jsonl (judged on main), and ..._after.jsonl (the same
events with a status: "same" still emitted, "gone" no longer).

--silent N lists the N most frequent verb lemmas (with a subject or an object) and nouns of the
lexicon's classes that head no emitted event, with a mark when the lemma is a trigger of the
lexicon: where type recall may be lost on real text.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from analyze_corpus import DEFAULT_CORPUS, corpus_articles
from ecbplus_event_sample import SETS, used_by_sets

UNTOUCHED_EVENT_SETS = ("fresh6_events",)
# sets whose ECB+ topic halves no event data may use (tests/test_events_fresh5.py: the
# stories of fresh5 stay unseen by rules fitted on event data)
APART_HALVES_SETS = ("fresh5_events",)
_ECB_NAME = re.compile(r"(?<![0-9])([0-9]+)_([0-9]+)(ecbplus|ecb)(?![a-z0-9])")


def _half(name: str) -> tuple[str, str] | None:
    """("45", "ecb") for "45_6ecb.txt" or "ecb_45_1ecb.txt"."""
    m = _ECB_NAME.search(name)
    return (m[1], m[3]) if m else None


def census_articles(corpus: Path = DEFAULT_CORPUS) -> list[tuple[str, Any]]:
    """(label, Article) of the ECB+ files no set holds, outside the untouched set's topics."""
    names, texts = used_by_sets()
    untouched = {f.name.split("_")[1] for folder in UNTOUCHED_EVENT_SETS
                 for f in (SETS / folder).glob("ecb_*.txt")}
    apart = {_half(f.name) for folder in APART_HALVES_SETS
             for f in (SETS / folder).glob("ecb_*.txt")} - {None}
    out = []
    for label, art in corpus_articles(corpus, "ecbplus"):
        name = label.split(":", 1)[1]
        if name in names or art.text.strip() in texts:  # type: ignore[attr-defined]
            continue
        if name.split("_", 1)[0] in untouched or _half(name) in apart:
            continue
        out.append((label, art))
    return out


def analyze(articles: list[tuple[str, Any]], cache: Path | None
            ) -> list[tuple[str, Any, Any]]:
    """(label, event, doc) of every event of the articles."""
    from newsweave.extract import analyze_doc
    from newsweave.nlp.limits import fit_for_parsing
    from newsweave.nlp.models import load_spacy
    from quote_sets import _parse

    nlp = load_spacy()
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
    out: list[tuple[str, Any, Any]] = []
    docs: list[Any] = []
    for label, art in articles:
        text, _cut = fit_for_parsing(art.text, nlp.max_length)
        doc = _parse(nlp, text, cache)
        docs.append(doc)
        for e in analyze_doc(art, doc).events:
            out.append((label, e, doc))
    analyze.docs = docs  # type: ignore[attr-defined]
    return out


def _side(ref: Any) -> list[Any] | None:
    return [ref.name, ref.country, ref.sector] if ref else None


def record(label: str, e: Any) -> dict[str, Any]:
    return {"file": label, "type": e.type, "mode": e.mode, "actor": _side(e.actor),
            "recipient": _side(e.recipient), "modality": e.modality, "trigger": e.trigger,
            "rules": e.rules, "sentence": e.sentence}


def pairs(events: list[tuple[str, Any, Any]]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    by: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for label, e, _doc in events:
        by[(e.trigger, e.type)].append(record(label, e))
    return dict(sorted(by.items(), key=lambda kv: (-len(kv[1]), kv[0])))


def sense_of(rules: list[str]) -> str:
    return next((r for r in rules if ":" in r and "#" in r), rules[0] if rules else "-")


def print_census(by: dict[tuple[str, str], list[dict[str, Any]]], show: int) -> None:
    total = sum(len(v) for v in by.values())
    print(f"{total} events, {len(by)} (trigger, type) pairs")
    for (trigger, etype), rows in list(by.items())[:show]:
        senses = Counter(sense_of(r["rules"]) for r in rows)
        rules = Counter(x for r in rows for x in r["rules"] if x not in senses)
        print(f"{len(rows):4d}  {trigger:<14} {etype:<12} senses: "
              + ", ".join(f"{s} {n}" for s, n in senses.most_common(3))
              + ("  rules: " + ", ".join(f"{s} {n}" for s, n in rules.most_common(4))
                 if rules else ""))


def write_sample(by: dict[tuple[str, str], list[dict[str, Any]]], out: Path, top: int,
                 per: int, seed: int) -> None:
    rng = random.Random(seed)
    lines = []
    for (trigger, etype), rows in list(by.items())[:top]:
        for r in rng.sample(rows, min(per, len(rows))):
            lines.append(dict(r, i=len(lines), pair=f"{trigger}/{etype}", judgment=None))
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), "utf-8")
    print(f"sample: {len(lines)} events of the {top} most frequent pairs (seed {seed}) -> {out}")


def _key(r: dict[str, Any]) -> tuple[str, str, str, str]:
    return (r["file"], r["sentence"], r["trigger"], r["type"])


def score_judged(paths: list[Path], by: dict[tuple[str, str], list[dict[str, Any]]]) -> None:
    """Right type / right type + actor of each judged pair; events no longer emitted apart."""
    emitted = Counter(_key(r) for rows in by.values() for r in rows)
    stats: dict[str, Counter[str]] = defaultdict(Counter)
    for path in paths:
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            j = r.get("judgment")
            if not j:
                continue
            s = stats[r.get("pair") or f"{r['trigger']}/{r['type']}"]
            if emitted[_key(r)] <= 0:
                s["gone"] += 1
                s["gone_right"] += bool(j.get("type_ok"))
                continue
            emitted[_key(r)] -= 1
            s["n"] += 1
            s["type"] += bool(j.get("type_ok"))
            s["actor"] += bool(j.get("type_ok") and j.get("actor_ok"))
    tot: Counter[str] = Counter()
    for s in stats.values():
        tot.update(s)
    print(f"judged, still emitted: type {tot['type']}/{tot['n']}, + actor {tot['actor']}/"
          f"{tot['n']}; no longer emitted: {tot['gone']} ({tot['gone_right']} of them judged "
          f"right)")
    for pair, s in sorted(stats.items(), key=lambda kv: (kv[1]["type"] - kv[1]["n"], kv[0])):
        print(f"  {pair:<28} type {s['type']}/{s['n']}  + actor {s['actor']}/{s['n']}"
              + (f"  gone {s['gone']} ({s['gone_right']} right)" if s["gone"] else ""))


def print_silent(events: list[tuple[str, Any, Any]], docs: list[Any], n: int) -> None:
    """Frequent verbs (with a subject or object) and class nouns that head no emitted event."""
    from newsweave.extract.event_lexicon import lexicon

    lex = lexicon()
    heads = {(id(doc), e.sentence.strip(), e.trigger) for _label, e, doc in events}
    verbs: Counter[str] = Counter()
    nouns: Counter[str] = Counter()
    for doc in docs:
        for t in doc:
            lemma = t.lemma_.lower()
            if (id(doc), t.sent.text.strip(), lemma) in heads:
                continue
            if t.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass", "dobj")
                                        for c in t.children):
                verbs[lemma] += 1
            elif t.pos_ == "NOUN" and lemma in lex["nouns"]:
                nouns[lemma] += 1
    for what, counts, known in (("verbs", verbs, lex["verbs"]), ("nouns", nouns, lex["nouns"])):
        print(f"silent {what} (lemma count, * = a trigger of the lexicon):")
        print("  " + ", ".join(f"{w}{'*' if w in known else ''} {c}"
                               for w, c in counts.most_common(n)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS / "ecbplus")
    parser.add_argument("--cache", type=Path, help="keep the spaCy parses here")
    parser.add_argument("--show", type=int, default=60, help="pairs to print")
    parser.add_argument("--top", type=int, default=40, help="pairs to sample")
    parser.add_argument("--per", type=int, default=5, help="events sampled per pair")
    parser.add_argument("--seed", type=int, default=1414)
    parser.add_argument("--sample", type=Path, help="write the sample to judge here")
    parser.add_argument("--judged", type=Path, nargs="*", default=[],
                        help="judged samples to score on the current output")
    parser.add_argument("--silent", type=int, default=0,
                        help="list this many frequent lemmas heading no event")
    parser.add_argument("--json", type=Path, help="write every event record here")
    args = parser.parse_args()
    articles = census_articles(args.corpus.parent)
    words = sum(len(a.text.split()) for _l, a in articles)
    print(f"{len(articles)} ECB+ articles, {words} words")
    events = analyze(articles, args.cache)
    by = pairs(events)
    print_census(by, args.show)
    if args.json:
        args.json.write_text(json.dumps([r for rows in by.values() for r in rows],
                                        ensure_ascii=False, indent=0), "utf-8")
    if args.sample:
        write_sample(by, args.sample, args.top, args.per, args.seed)
    if args.judged:
        score_judged(args.judged, by)
    if args.silent:
        print_silent(events, analyze.docs, args.silent)  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
