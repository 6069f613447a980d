"""What each name rule of newsweave.nlp.names changes on development articles (run by hand):

    python benchmarks/name_ablation.py FOLDER [FOLDER ...] [--rules all|none|R1,R2] [--sample N]
                                       [--seed S]

Each article is read by newsweave's ingest, parsed once without the name rules, then analysed
(mentions, quotes, events) with every rule, with each rule switched off in turn
(NEWSWEAVE_ABLATE), and with none. Per rule: the spans it labelled with every rule on, and the
mentions, quotes (span + speaker) and events (type, actor, recipient, span) that differ when it
alone is off: a rule that changes nothing downstream is a rule to question, one that changes
only one sentence is fitted to it. `--sample N` prints a seeded random sample of the spans the
rules labelled, with their sentences, to judge their precision by hand. For development
folders only (never an untouched set's texts).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from collections import Counter
from typing import Any


def signatures(analysis: Any) -> dict[str, set[tuple[Any, ...]]]:
    """The records of one article's analysis, as comparable tuples."""
    return {
        "mentions": {(m.span, m.label) for m in analysis.mentions},
        "quotes": {(q.span, q.speaker.name if q.speaker else None) for q in analysis.quotes},
        "events": {(e.type, e.actor.name if e.actor else None,
                    e.recipient.name if e.recipient else None, e.span)
                   for e in analysis.events},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--rules", default="all")
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    from spacy.tokens import Doc

    from newsweave.extract import analyze_doc
    from newsweave.extract.ablation import ABLATE_ENV
    from newsweave.ingest import ingest
    from newsweave.model import Article
    from newsweave.nlp.components import NAMES
    from newsweave.nlp.limits import fit_for_parsing
    from newsweave.nlp.models import load_spacy
    from newsweave.nlp.names import FIXES_KEY, fix_names, rule_names

    nlp = load_spacy()
    parsed: list[tuple[Article, bytes]] = []
    for item in ingest(args.folders):
        if not isinstance(item, Article) or not item.is_english or not item.text.strip():
            continue
        text, _cut = fit_for_parsing(item.text, nlp.max_length)
        parsed.append((item, nlp(text, disable=[NAMES]).to_bytes()))
    rules = (sorted(rule_names()) if args.rules == "all" else
             [] if args.rules == "none" else args.rules.split(","))

    def run(ablate: str) -> tuple[list[dict[str, set[Any]]], list[tuple[str, str, str]]]:
        os.environ[ABLATE_ENV] = ablate
        out, fixes = [], []
        for article, data in parsed:
            doc = fix_names(Doc(nlp.vocab).from_bytes(data))
            for start, end, label, rule in doc.user_data.get(FIXES_KEY, []):
                fixes.append((rule, f"{doc[start:end].text} -> {label or '(none)'}",
                              doc[start].sent.text.replace("\n", " ")[:160]))
            out.append(signatures(analyze_doc(article, doc)))
        return out, fixes

    full, fixes = run("")
    by_rule = Counter(rule for rule, _f, _s in fixes)
    print(f"{len(parsed)} articles; spans labelled by the rules: {len(fixes)}")
    print(f"{'rule':24} {'spans':>6} {'mentions':>9} {'quotes':>7} {'events':>7}  (changed "
          "when the rule alone is off)")
    for rule in [*rules, "ALL"] if rules else []:
        off, _ = run(",".join(rule_names()) if rule == "ALL" else rule)
        changed = Counter()
        for a, b in zip(full, off, strict=True):
            for kind in a:
                changed[kind] += len(a[kind] ^ b[kind])
        print(f"{rule:24} {by_rule.get(rule, len(fixes) if rule == 'ALL' else 0):6} "
              f"{changed['mentions']:9} {changed['quotes']:7} {changed['events']:7}")
    os.environ.pop(ABLATE_ENV, None)
    if args.sample:
        rng = random.Random(args.seed)
        for rule, fix, sent in rng.sample(fixes, min(args.sample, len(fixes))):
            print(f"  [{rule}] {fix} | {sent}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
