"""False events and modality on the development sentence files, and what a rule changes (run
by hand):

    python benchmarks/event_precision.py [--file FILE ...] [--misses] [--ablate RULE ...]
    python benchmarks/event_precision.py --articles SET ... --ablate RULE ...

Files default to the development suites: tests/data/event_sentences.jsonl,
event_sentences2.jsonl, event_hardneg.jsonl and event_hardneg2.jsonl (the made-up hard
negatives and near-miss positives of sessions 10 and 11). The untouched suite
(event_sentences3.jsonl) is refused: its outputs are never printed.

For each file: precision (emitted events whose type is the sentence's gold type), negatives
with no event (overall and by `kind`), negatives whose only events are not asserted (negated,
hypothetical, ...: the product keeps those with their modality), and modality agreement of
the right-typed events with the gold `modality`. `--misses` lists every false event and every
wrong modality. `--ablate RULE` runs again with the rule switched off (NEWSWEAVE_ABLATE) and
counts the outputs it changes: false events it removes, gold-typed events it removes (real
events it kills; should be ~0), and modality changes, each listed.

`--judged FILE` scores the events newsweave emits on a folder of real articles against hand
judgments (tests/data/ecb_precision_dev_judged.jsonl: one emitted event a line, `file`,
`sentence`, `type`, `trigger`, `actor`, `recipient`, `modality`, `verdict`, `cause`; the
articles are tests/data/ecb_precision_dev/, or --folder). An event is matched to a judgment by
file, sentence, type, trigger and actor; verdicts are `right` (a real event, right type, right
actor), `wrong_actor` (a real event of that type, actor wrong or missing), `wrong_type` (a real
event, another type) and `false` (no event: a false sense, a background or planned act, ...).
Events with no judgment are listed as unjudged and never counted right. Precision (type) counts
right + wrong_actor, precision (type + actor) right only, both over every emitted event; kept
counts the judged right events still emitted (recall against the judged events). With
--ablate RULE the same is printed with the rule switched off (a fresh process), and the events
the rule removes or adds are listed. `--dump-judged OUT` writes the emitted events with empty
verdicts (the draft a person fills in).

`--articles SET ...` does the ablation on the development article sets instead (benchmarks/
event_sets.py names them; the untouched fresh6 is refused): the events each rule removes and
the modalities it changes, listed with their sentences to be read (gold events are matched by
benchmarks/event_sets.py; this lists what changed).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests/data"
DEV_FILES = (DATA / "event_sentences.jsonl", DATA / "event_sentences2.jsonl",
             DATA / "event_hardneg.jsonl", DATA / "event_hardneg2.jsonl")
UNTOUCHED = ("event_sentences3.jsonl", "event_sentences4.jsonl", "event_sentences5.jsonl",
             "event_sentences6.jsonl")

Out = dict[str, list[tuple[str, str, str, str]]]  # id -> [(type, trigger, modality, actor)]


def _rows(files: list[Path]) -> list[dict[str, Any]]:
    from newsweave.evaluation.events import load_sentences

    rows = []
    for path in files:
        if path.name in UNTOUCHED:
            sys.exit(f"{path}: an untouched set; not run here")
        rows += [dict(r, id=f"{path.stem}:{r['id']}", _file=path.stem)
                 for r in load_sentences(path)]
    return rows


def _run(rows: list[dict[str, Any]]) -> Out:
    from newsweave.evaluation.events import run_sentences

    found = run_sentences(rows)
    return {r["id"]: [(e.type, e.trigger, e.modality,
                       e.actor.name if e.actor else "-") for e in found.get(r["id"], [])]
            for r in rows}


def report(rows: list[dict[str, Any]], out: Out, misses: bool) -> None:
    for name in dict.fromkeys(r["_file"] for r in rows):
        mine = [r for r in rows if r["_file"] == name]
        emitted = right = 0
        clean = unasserted = 0
        by_kind: Counter[str] = Counter()
        kind_clean: Counter[str] = Counter()
        mod_ok = mod_n = 0
        false_lines, mod_lines = [], []
        for r in mine:
            evs = out[r["id"]]
            for typ, trig, mod, actor in evs:
                emitted += 1
                if typ == r["type"]:
                    right += 1
                else:
                    false_lines.append(f"{r['id']} gold {r['type']} ({r.get('kind')}), "
                                       f"emitted {typ} {mod} ({trig}, {actor}): {r['text']}")
            if r["type"] is None:
                by_kind[r.get("kind") or "-"] += 1
                if not evs:
                    clean += 1
                    kind_clean[r.get("kind") or "-"] += 1
                elif all(mod != "asserted" for _, _, mod, _ in evs):
                    unasserted += 1
            typed = [e for e in evs if e[0] == r["type"]]
            if typed and r.get("modality"):
                mod_n += 1
                if any(e[2] == r["modality"] for e in typed):
                    mod_ok += 1
                else:
                    mod_lines.append(f"{r['id']} gold {r['modality']}, got "
                                     f"{typed[0][2]} ({typed[0][1]}): {r['text']}")
        negs = sum(by_kind.values())
        print(f"{name}: {len(mine)} sentences, {emitted} events emitted")
        print(f"  precision                      {right / max(emitted, 1):.3f} "
              f"({right}/{emitted})")
        print(f"  negatives with no event        {clean / max(negs, 1):.3f} ({clean}/{negs}); "
              f"{unasserted} more with only unasserted events")
        print(f"  modality of right-typed events {mod_ok / max(mod_n, 1):.3f} "
              f"({mod_ok}/{mod_n})")
        print("  negatives clean by kind: " + ", ".join(
            f"{k} {kind_clean[k]}/{n}" for k, n in sorted(by_kind.items())))
        if misses:
            for line in false_lines:
                print("    - false: " + line)
            for line in mod_lines:
                print("    - modality: " + line)


def ablate(rows: list[dict[str, Any]], base: Out, rule: str) -> None:
    from newsweave.extract.ablation import ABLATE_ENV

    before = os.environ.get(ABLATE_ENV)
    os.environ[ABLATE_ENV] = rule
    try:
        without = _run(rows)
    finally:
        if before is None:
            os.environ.pop(ABLATE_ENV, None)
        else:
            os.environ[ABLATE_ENV] = before
    gold = {r["id"]: r for r in rows}
    removed_false = removed_real = added = modality = 0
    lines = []
    for rid, evs in base.items():
        off = without[rid]
        if Counter(evs) == Counter(off):
            continue
        row = gold[rid]
        # events the rule removes: in the run without it, not in the run with it
        for e in (Counter(off) - Counter(evs)).elements():
            same = [b for b in evs if b[0] == e[0] and b[1] == e[1] and b[3] == e[3]]
            if same:
                modality += 1
                lines.append(f"modality {e[2]} -> {same[0][2]} ({e[1]}): {rid}")
            elif e[0] == row["type"]:
                removed_real += 1
                lines.append(f"KILLS gold-typed {e[0]} ({e[1]}): {rid}: {row['text']}")
            else:
                removed_false += 1
                lines.append(f"removes false {e[0]} ({e[1]}): {rid}")
        for e in (Counter(evs) - Counter(off)).elements():
            if not any(b[0] == e[0] and b[1] == e[1] and b[3] == e[3] for b in off):
                added += 1
                lines.append(f"adds {e[0]} ({e[1]}, gold {row['type']}): {rid}")
    print(f"ablate {rule}: removes {removed_false} false, kills {removed_real} gold-typed, "
          f"adds {added}, changes {modality} modalities")
    for line in lines:
        print("    " + line)


ArticleOut = dict[str, Counter[tuple[str, str, str, str, str]]]


def _run_articles(names: list[str]) -> ArticleOut:
    """Events of every article of the named sets: (type, trigger, modality, actor, sentence)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from event_sets import ARTICLE_SETS
    from event_sets import UNTOUCHED as UNTOUCHED_SETS
    from newsweave.engine.local import analyze_batch
    from newsweave.ingest import ingest
    from newsweave.model import Article

    out: ArticleOut = {}
    for name in names:
        if name in UNTOUCHED_SETS or name not in ARTICLE_SETS:
            sys.exit(f"{name}: not a development article set")
        arts = [a for a in ingest([str(ARTICLE_SETS[name][0])]) if isinstance(a, Article)]
        for start in range(0, len(arts), 8):
            for art, analysis, _error in analyze_batch(arts[start:start + 8]):
                evs = analysis.events if analysis is not None else []
                out[f"{name}:{art.article_id}"] = Counter(
                    (e.type, e.trigger, e.modality, e.actor.name if e.actor else "-",
                     e.sentence[:160]) for e in evs)
    return out


def _articles_in_process(names: list[str], rule: str | None) -> ArticleOut:
    """The article events from a fresh process (the engine's workers and fork server keep
    the environment they started with, so each ablation runs in its own process)."""
    import json
    import subprocess
    import tempfile

    from newsweave.extract.ablation import ABLATE_ENV

    env = {k: v for k, v in os.environ.items() if k != ABLATE_ENV}
    if rule:
        env[ABLATE_ENV] = rule
    with tempfile.NamedTemporaryFile(suffix=".json") as tmp:
        subprocess.run([sys.executable, __file__, "--dump-articles", tmp.name,
                        "--articles", *names], env=env, check=True)
        data = json.loads(Path(tmp.name).read_text("utf-8"))
    return {art: Counter({tuple(e): n for e, n in rows}) for art, rows in data.items()}


def ablate_articles(names: list[str], base: ArticleOut, rule: str) -> None:
    without = _articles_in_process(names, rule)
    removed, modality, added = [], [], []
    for art, evs in base.items():
        off = without.get(art, Counter())
        for e in (off - evs).elements():
            if any(b[0] == e[0] and b[1] == e[1] and b[3] == e[3] and b[4] == e[4] for b in evs):
                modality.append((art, e))
            else:
                removed.append((art, e))
        for e in (evs - off).elements():
            if not any(b[0] == e[0] and b[1] == e[1] and b[3] == e[3] and b[4] == e[4]
                       for b in off):
                added.append((art, e))
    print(f"ablate {rule} on {' '.join(names)}: removes {len(removed)} events, adds "
          f"{len(added)}, changes {len(modality)} modalities")
    for tag, rows in (("removes", removed), ("adds", added), ("modality of", modality)):
        for art, (typ, trig, mod, actor, sent) in rows:
            print(f"    {tag} {typ} {mod} ({trig}, {actor}) {art}: {sent}")


JUDGED = DATA / "ecb_precision_dev_judged.jsonl"
JUDGED_FOLDER = DATA / "ecb_precision_dev"
VERDICTS = ("right", "wrong_actor", "wrong_type", "false")
JudgedKey = tuple[str, str, str, str, str]  # file, sentence, type, trigger, actor


def _norm(text: str) -> str:
    return " ".join(text.split())


def folder_events(folder: Path) -> list[dict[str, Any]]:
    """Every event newsweave emits on the .txt articles of `folder`, as judged-set rows."""
    from newsweave.engine.local import analyze_batch
    from newsweave.ingest import ingest
    from newsweave.model import Article

    paths = sorted(str(p) for p in folder.glob("*.txt"))
    arts = [a for a in ingest(paths) if isinstance(a, Article)]
    rows: list[dict[str, Any]] = []
    for start in range(0, len(arts), 8):
        for art, analysis, _error in analyze_batch(arts[start:start + 8]):
            for e in analysis.events if analysis is not None else []:
                rows.append({"file": Path(art.source).name, "sentence": _norm(e.sentence),
                             "type": e.type, "trigger": e.trigger,
                             "actor": e.actor.name if e.actor else None,
                             "recipient": e.recipient.name if e.recipient else None,
                             "modality": e.modality, "verdict": None, "cause": None})
    rows.sort(key=lambda r: (r["file"], r["sentence"], r["type"]))
    return rows


def judged_key(row: dict[str, Any]) -> JudgedKey:
    return (row["file"], _norm(row["sentence"]), row["type"], row["trigger"],
            row["actor"] or "-")


def load_judged(path: Path) -> list[dict[str, Any]]:
    """The judged rows; a missing file, a row without a verdict or with an unknown one fails."""
    import json

    if not path.is_file():
        sys.exit(f"{path}: no judged events (the file is missing)")
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    for n, row in enumerate(rows, 1):
        if row.get("verdict") not in VERDICTS:
            sys.exit(f"{path}:{n}: verdict {row.get('verdict')!r} is not one of {VERDICTS}")
    if not rows:
        sys.exit(f"{path}: no judged events")
    return rows


def score_judged(judged: list[dict[str, Any]], emitted: list[dict[str, Any]]
                 ) -> dict[str, Any]:
    """Precision of `emitted` against the judgments (unjudged events count as not right) and
    how many judged right events are still emitted."""
    verdict = {judged_key(r): r["verdict"] for r in judged}
    counts: Counter[str] = Counter()
    unjudged = []
    for row in emitted:
        v = verdict.get(judged_key(row))
        if v is None:
            unjudged.append(row)
            counts["unjudged"] += 1
        else:
            counts[v] += 1
    n = len(emitted)
    out_keys = Counter(judged_key(r) for r in emitted)
    right = [r for r in judged if r["verdict"] in ("right", "wrong_actor")]
    kept = sum(1 for r in right if out_keys[judged_key(r)] > 0)
    full = [r for r in judged if r["verdict"] == "right"]
    kept_full = sum(1 for r in full if out_keys[judged_key(r)] > 0)
    return {"emitted": n, "counts": dict(counts), "unjudged": unjudged,
            "precision_type": (counts["right"] + counts["wrong_actor"]) / max(n, 1),
            "precision_actor": counts["right"] / max(n, 1),
            "kept_type": (kept, len(right)), "kept_actor": (kept_full, len(full))}


def _judged_in_process(folder: Path, rule: str | None) -> list[dict[str, Any]]:
    import json
    import subprocess
    import tempfile

    from newsweave.extract.ablation import ABLATE_ENV

    env = {k: v for k, v in os.environ.items() if k != ABLATE_ENV}
    if rule:
        env[ABLATE_ENV] = rule
    with tempfile.NamedTemporaryFile(suffix=".json") as tmp:
        subprocess.run([sys.executable, __file__, "--folder", str(folder),
                        "--dump-judged", tmp.name], env=env, check=True)
        return [json.loads(line) for line in Path(tmp.name).read_text("utf-8").splitlines()]


def print_judged(label: str, score: dict[str, Any], show_unjudged: bool = True) -> None:
    c = score["counts"]
    print(f"{label}: {score['emitted']} events emitted; precision (type) "
          f"{score['precision_type']:.3f}, precision (type + actor) "
          f"{score['precision_actor']:.3f}; right {c.get('right', 0)}, wrong actor "
          f"{c.get('wrong_actor', 0)}, wrong type {c.get('wrong_type', 0)}, false "
          f"{c.get('false', 0)}, unjudged {c.get('unjudged', 0)}; judged right-typed events "
          f"kept {score['kept_type'][0]}/{score['kept_type'][1]}, right with actor kept "
          f"{score['kept_actor'][0]}/{score['kept_actor'][1]}")
    if show_unjudged:
        for r in score["unjudged"]:
            print(f"    unjudged {r['type']} {r['modality']} ({r['trigger']}, {r['actor']} -> "
                  f"{r['recipient']}) {r['file']}: {r['sentence'][:160]}")


def judged_report(path: Path, folder: Path, rules: list[str], misses: bool) -> None:
    judged = load_judged(path)
    base = _judged_in_process(folder, None)
    score = score_judged(judged, base)
    print_judged(f"{path.name}", score)
    if misses:
        verdict = {judged_key(r): r for r in judged}
        for r in base:
            j = verdict.get(judged_key(r))
            if j is not None and j["verdict"] != "right":
                print(f"    {j['verdict']} [{j.get('cause')}] {r['type']} ({r['trigger']}, "
                      f"{r['actor']}) {r['file']}: {r['sentence'][:160]}")
    base_keys = Counter(judged_key(r) for r in base)
    verdict_of = {judged_key(r): r["verdict"] for r in judged}
    for rule in rules:
        without = _judged_in_process(folder, rule)
        print_judged(f"without {rule}", score_judged(judged, without), show_unjudged=False)
        off_keys = Counter(judged_key(r) for r in without)
        for k in (off_keys - base_keys).elements():
            print(f"    {rule} removes {verdict_of.get(k, 'unjudged')} {k[2]} ({k[3]}, {k[4]}) "
                  f"{k[0]}: {k[1][:140]}")
        for k in (base_keys - off_keys).elements():
            print(f"    {rule} adds {verdict_of.get(k, 'unjudged')} {k[2]} ({k[3]}, {k[4]}) "
                  f"{k[0]}: {k[1][:140]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--file", type=Path, action="append", help="sentence records file")
    parser.add_argument("--misses", action="store_true", help="list false events and modality")
    parser.add_argument("--ablate", action="append", default=[], help="rule to switch off")
    parser.add_argument("--articles", nargs="+", default=[],
                        help="ablate on these development article sets instead")
    parser.add_argument("--dump-articles", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--judged", type=Path, nargs="?", const=JUDGED,
                        help="score the real articles against these judgments")
    parser.add_argument("--folder", type=Path, default=JUDGED_FOLDER,
                        help="the articles of --judged / --dump-judged")
    parser.add_argument("--dump-judged", type=Path,
                        help="write the emitted events of --folder as rows to judge")
    args = parser.parse_args(argv)
    if args.dump_judged:
        import json

        args.dump_judged.write_text("".join(
            json.dumps(r, ensure_ascii=False) + "\n" for r in folder_events(args.folder)),
            "utf-8")
        return 0
    if args.judged:
        judged_report(args.judged, args.folder, args.ablate, args.misses)
        return 0
    if args.dump_articles:
        import json

        found = _run_articles(args.articles)
        args.dump_articles.write_text(json.dumps(
            {art: [[list(e), n] for e, n in evs.items()] for art, evs in found.items()}),
            "utf-8")
        return 0
    if args.articles:
        base_articles = _articles_in_process(args.articles, None)
        for rule in args.ablate:
            ablate_articles(args.articles, base_articles, rule)
        return 0
    rows = _rows(args.file or list(DEV_FILES))
    base = _run(rows)
    report(rows, base, args.misses)
    for rule in args.ablate:
        ablate(rows, base, rule)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
