"""Re-judge a judged event sample with the current pipeline (run by hand): the same events,
so precision before and after a change is measured on one sample, not on two draws.

    python benchmarks/rejudge_event_sample.py JUDGED.jsonl OUT.jsonl [--corpus ../shared/corpus]
    python benchmarks/rejudge_event_sample.py --score OUT.jsonl

Each file the sample names is analyzed again (ECB+ files, html-benchmark bodies and, for a
sample drawn with --folders, "file:PATH" files of the repository, labelled as
benchmarks/ecbplus_event_sample.py labels them); each sampled event is looked up by its
sentence and trigger. An event that is no longer emitted is "dropped", one now told as not
having happened (modality negated: no edge, no claim) is "negated"; one emitted with the
same type, actor and recipient keeps its judgment ("same"); one that changed is written with
its new fields, the old judgment under "before" and an empty "judgment", to be read again
("changed"). --score prints, once every changed event is judged, the precision over the events
still emitted (type; type + actor; type + actor + recipient) and over all sampled events (a
dropped event counts as not emitted, so neither right nor wrong).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from analyze_corpus import DEFAULT_CORPUS, corpus_articles

REPO = Path(__file__).resolve().parents[1]


def _side(ref: Any) -> list[Any] | None:
    return [ref.name, ref.country, ref.sector] if ref else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("judged", type=Path)
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--score", action="store_true", help="score a re-judged file")
    args = parser.parse_args()
    if args.score:
        return score(args.judged)
    if args.out is None:
        parser.error("OUT is needed to re-judge")
    from newsweave.extract import analyze_doc
    from newsweave.ingest import ingest
    from newsweave.model import Article
    from newsweave.nlp.models import load_spacy

    rows = [json.loads(line) for line in args.judged.read_text("utf-8").splitlines() if line]
    wanted = {r["file"] for r in rows}
    nlp = load_spacy()
    events: dict[str, list[Any]] = {}
    for part in ("ecbplus", "html"):
        if not any(label.startswith(part + ":") for label in wanted):
            continue
        for label, art in corpus_articles(args.corpus, part):
            if label in wanted and label not in events:
                events[label] = analyze_doc(art, nlp(art.text)).events  # type: ignore[attr-defined]
    for label in sorted(w for w in wanted if w.startswith("file:")):
        for item in ingest([str(REPO / label.split(":", 1)[1])]):
            if isinstance(item, Article):
                events[label] = analyze_doc(item, nlp(item.text)).events
    counts = {"same": 0, "changed": 0, "dropped": 0, "negated": 0}
    with args.out.open("w", encoding="utf-8") as f:
        for r in rows:
            match = [e for e in events.get(r["file"], [])
                     if e.sentence == r["sentence"] and e.trigger == r["trigger"]]
            same = [e for e in match if e.type == r["type"] and _side(e.actor) == r["actor"]
                    and _side(e.recipient) == r["recipient"]]
            if same and same[0].modality == "negated" and r.get("modality") != "negated":
                # now told as not having happened: no edge, no claim (like a dropped event)
                status = "negated"
                out = {**r, "status": status, "modality": "negated", "rules": same[0].rules}
            elif same:
                status = "same"
                out = {**r, "status": status, "modality": same[0].modality,
                       "rules": same[0].rules}
            elif match:
                e = match[0]
                status = "changed"
                out = {**r, "status": status, "type": e.type, "mode": e.mode,
                       "actor": _side(e.actor), "recipient": _side(e.recipient),
                       "modality": e.modality, "rules": e.rules, "before": r["judgment"],
                       "judgment": None}
            else:
                status = "dropped"
                out = {**r, "status": status}
            counts[status] += 1
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sampled events: {counts['same']} same, {counts['changed']} changed "
          f"(read them again in {args.out}), {counts['dropped']} no longer emitted, "
          f"{counts['negated']} now negated")
    return 0


def score(path: Path) -> int:
    """Precision of a re-judged sample over the events still emitted."""
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    # a negated event (told as not having happened) makes no edge and no claim: not emitted
    emitted = [r for r in rows if r.get("status", "same") not in ("dropped", "negated")
               and r.get("modality") != "negated"]
    todo = [r["i"] for r in emitted if not r.get("judgment")]
    if todo:
        print(f"{path}: {len(todo)} changed events still to judge: {todo}")
        return 1
    n = len(emitted)
    right = [sum(1 for r in emitted if all(r["judgment"][k] for k in keys))
             for keys in (("type_ok",), ("type_ok", "actor_ok"),
                          ("type_ok", "actor_ok", "recipient_ok"))]
    print(f"{n} of {len(rows)} sampled events still emitted; right type {right[0]}/{n} "
          f"({right[0] / max(n, 1):.2f}), + actor {right[1]}/{n} ({right[1] / max(n, 1):.2f}), "
          f"+ recipient {right[2]}/{n} ({right[2] / max(n, 1):.2f})")
    real = [r for r in emitted if "real_event" in r["judgment"]]
    if real:
        ok = sum(1 for r in real if r["judgment"]["real_event"])
        print(f"a real event between parties at all: {ok}/{len(real)} "
              f"({ok / len(real):.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
