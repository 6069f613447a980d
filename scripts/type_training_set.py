"""The event-type classifier's training set: our own typed sentences and the development golds.

    PYTHONPATH=src python scripts/type_training_set.py --locate   # (re)write the trigger file

Rows come from two places:
1. tests/data/event_type_sentences.tsv (made up, TYPE <tab> sentence with the [trigger]);
2. the development sentence suites of benchmarks/event_sets.py (every suite there that is not
   UNTOUCHED). Their gold names a sentence's type and parties, not its trigger word, so
   `--locate` finds it once and writes tests/data/event_type_triggers.tsv (suite, sentence id,
   label, character offsets of the trigger, how it was found; no sentence text): in an event
   sentence, the trigger of an event of the gold type that the lexicon alone
   (NEWSWEAVE_EVENT_TYPER=lexicon) emits, else the main predicate of the sentence (its root,
   or the clause a reporting verb reports); in a negative, every trigger the lexicon emits and
   the main predicate, all labelled NONE (no event). Training reads the frozen file, so a later
   change of the rules does not change the model until the file is located again.

The real-article development sets are left out: their gold names events by article, parties
and type, not by sentence, so no trigger can be placed without guessing; they stay held out
(the classifier is measured on them, never fitted to them).

Untouched sets are never read: the suites come from event_sets.SENTENCE_SUITES less
event_sets.UNTOUCHED, and any file whose name matches UNTOUCHED_FILES is refused
(tests/test_type_training_set.py).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
OWN_SENTENCES = ROOT / "tests/data/event_type_sentences.tsv"
TRIGGERS = ROOT / "tests/data/event_type_triggers.tsv"
NO_EVENT = "NONE"
# files of the untouched sets (the lead's closing numbers): never read for training
UNTOUCHED_FILES = re.compile(
    r"event_sentences[345]\b|fresh(6|10|11|12|13|14)_(events|quotes)\b")

Row = tuple[str, str, int, int, str]  # label, sentence, trigger start, end, origin


def dev_suites() -> dict[str, Path]:
    """The development sentence suites (event_sets.SENTENCE_SUITES less UNTOUCHED)."""
    from event_sets import SENTENCE_SUITES, UNTOUCHED

    out = {name: path for name, path in SENTENCE_SUITES.items() if name not in UNTOUCHED}
    for name, path in out.items():
        if UNTOUCHED_FILES.search(path.name):
            raise SystemExit(f"{name}: {path.name} is an untouched set")
    return out


def read_own(path: Path = OWN_SENTENCES) -> list[Row]:
    """(type, sentence without brackets, trigger start, trigger end, "own") per line."""
    out: list[Row] = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        label, _, marked = line.partition("\t")
        start = marked.find("[")
        end = marked.find("]")
        if not label or start < 0 or end < start:
            raise SystemExit(f"{path.name}:{n}: want TYPE<tab>sentence with one [trigger]")
        text = marked[:start] + marked[start + 1:end] + marked[end + 1:]
        out.append((label, text, start, end - 1, "own"))
    return out


def read_suite_rows(exclude: frozenset[str] = frozenset(),
                    path: Path = TRIGGERS) -> list[Row]:
    """The located triggers of the development suites, less the suites in `exclude`."""
    from newsweave.evaluation.events import load_sentences

    suites = dev_suites()
    texts: dict[str, dict[str, str]] = {}
    out: list[Row] = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        suite, row_id, label, start, end, _how = line.split("\t")
        if suite in exclude:
            continue
        if suite not in suites:
            raise SystemExit(f"{path.name}: {suite} is not a development suite")
        if suite not in texts:
            texts[suite] = {r["id"]: r["text"] for r in load_sentences(suites[suite])}
        out.append((label, texts[suite][row_id], int(start), int(end), suite))
    return out


def training_rows(exclude: frozenset[str] = frozenset()) -> list[Row]:
    """All training rows (own sentences first, then the suites in file order)."""
    return read_own() + read_suite_rows(exclude)


def _main_predicate(doc: Any) -> Any:
    """The sentence's root, or the clause a reporting verb at the root reports."""
    from newsweave.extract.event_lexicon import reporting_verbs

    reporting = reporting_verbs()
    root = next(iter(doc.sents)).root
    for _ in range(3):
        if root.lemma_.lower() not in reporting:
            break
        inner = [c for c in root.children if c.dep_ in ("ccomp", "parataxis")
                 and c.pos_ in ("VERB", "AUX")]
        if not inner:
            break
        root = inner[0]
    return root


def _trigger_token(doc: Any, event: Any) -> Any:
    """The token of an event's trigger lemma inside its span (None if not found)."""
    start, end = event.span
    for tok in doc:
        if start <= tok.idx < end and tok.lemma_.lower() == event.trigger.lower():
            return tok
    for tok in doc:
        if tok.lemma_.lower() == event.trigger.lower():
            return tok
    return None


def locate() -> list[tuple[str, str, str, int, int, str]]:
    """(suite, id, label, start, end, how) for every development suite sentence."""
    import os

    from newsweave.evaluation.events import load_sentences, run_sentences
    from newsweave.extract.event_typer import TYPER_ENV
    from newsweave.nlp.models import load_spacy

    os.environ[TYPER_ENV] = "lexicon"
    nlp = load_spacy()
    out: list[tuple[str, str, str, int, int, str]] = []
    for suite, path in dev_suites().items():
        rows = load_sentences(path)
        found = run_sentences(rows)
        for row in rows:
            doc = nlp(row["text"])
            events = found.get(row["id"], [])
            picked: list[tuple[Any, str, str]] = []
            if row["type"] is not None:
                right = [e for e in events if e.type == row["type"]]
                tok = _trigger_token(doc, right[0]) if right else None
                if tok is not None:
                    picked.append((tok, row["type"], "lexicon"))
                else:
                    main = _main_predicate(doc)
                    if main.pos_ in ("VERB", "NOUN"):
                        picked.append((main, row["type"], "main"))
            else:
                for e in events:
                    tok = _trigger_token(doc, e)
                    if tok is not None:
                        picked.append((tok, NO_EVENT, "lexicon"))
                main = _main_predicate(doc)
                if main.pos_ in ("VERB", "NOUN"):
                    picked.append((main, NO_EVENT, "main"))
            seen: set[int] = set()
            for tok, label, how in picked:
                if tok.i in seen:
                    continue
                seen.add(tok.i)
                out.append((suite, row["id"], label, tok.idx, tok.idx + len(tok.text), how))
        print(f"{suite}: {sum(1 for r in out if r[0] == suite)} triggers", flush=True)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--locate", action="store_true",
                        help=f"rewrite {TRIGGERS.relative_to(ROOT)}")
    args = parser.parse_args()
    if args.locate:
        rows = locate()
        head = ("# Triggers of the development sentence suites for the event-type classifier,\n"
                "# written by scripts/type_training_set.py --locate (no sentence text: suite,\n"
                "# sentence id, label, trigger start and end in the sentence, how found).\n")
        TRIGGERS.write_text(head + "".join("\t".join(map(str, r)) + "\n" for r in rows),
                            "utf-8")
        print(f"wrote {TRIGGERS.relative_to(ROOT)}: {len(rows)} triggers")
    rows_all = training_rows()
    counts: dict[str, int] = {}
    for label, *_ in rows_all:
        counts[label] = counts.get(label, 0) + 1
    print(json.dumps({"rows": len(rows_all), "by label": dict(sorted(counts.items()))}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
