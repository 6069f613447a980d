"""How many event actor misses of the article sets come from a name the tagger missed or
mislabelled (run by hand, after `benchmarks/event_sets.py SET --workdir DIR`):

    python benchmarks/name_misses.py --workdir DIR fresh5 fresh4 fresh3 [--show]

For each gold event no emitted event matches by type and actor (the "actor by name" recall of
evaluation.events.score_articles), the gold source's names (its key and aliases; country keys
such as IND_GOV are skipped: no name to tag) are looked for in the article's text. Each miss is
put in one class:
- `country key`: the gold source is a country or state (not a tagging question);
- `name not in text`: no alias is written in the article (a paraphrase, a pronoun);
- `untagged`: an alias is written but no mention covers it in the sentence most like the
  gold note (the event's sentence, as near as words tell), nor anywhere else;
- `untagged here, tagged elsewhere`: that occurrence is no mention, another one is;
- `mislabelled`: every covering mention is of a type the name is not (a person as ORG or
  GPE, an organization as PERSON or GPE; the expected type is the gazetteer's, else the
  majority of the article's mentions of it);
- `tagged`: the name is a mention everywhere (the miss lies elsewhere).
Only for development sets (an untouched set's misses are never printed).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from event_sets import ARTICLE_SETS, UNTOUCHED


def classify(gold: dict[str, Any], store: Any) -> list[tuple[str, str]]:
    """(class, label) for each actor-by-name miss of one set."""
    from newsweave.evaluation.events import (
        _KEY,
        _matches_actor,
        _one_to_one,
        actor_groups,
        doc_article_ids,
    )

    doc_ids = doc_article_ids(gold, store)
    groups = actor_groups(gold.get("actors", {}))
    aliases_of = {k: [k, *v] for k, v in gold.get("actors", {}).items()}
    out: list[tuple[str, str]] = []
    by_art: dict[str, list[dict[str, Any]]] = {}
    for g in gold.get("events", []):
        art = doc_ids.get(g["doc"])
        if art is not None:
            by_art.setdefault(art, []).append(g)
    for art, golds in sorted(by_art.items()):
        events = store.events(art)
        edges = {i: [j for j, e in enumerate(events) if _matches_actor(e, g, groups)]
                 for i, g in enumerate(golds)}
        _one_to_one(len(golds), edges)
        text = next((a.text for a in store.articles([art])), "")
        mentions = store.mentions(art)
        for i, g in enumerate(golds):
            if edges[i]:
                continue
            label = f"{g['doc'][:12]} {g['source']} {g['type']} ({g.get('note', '')[:90]})"
            m = _KEY.match(g["source"])
            if m and not aliases_of.get(g["source"]):
                out.append(("country key", label))
                continue
            # written names: capitalised aliases (the key itself only when it is one)
            names = [a for a in aliases_of.get(g["source"], [])[1:] if a[:1].isupper()]
            spans = []
            for name in names:
                spans += [(mm.start(), mm.end(), name) for mm in
                          re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
            if not spans:
                out.append(("name not in text", label))
                continue
            # the occurrence in the sentence that shares most words with the gold note
            note = set(re.findall(r"[a-z0-9]+", g.get("note", "").lower()))

            best = max(spans, key=lambda sp: _overlap(text, sp, note))
            covering = [[mn for mn in mentions if mn.span[0] <= best[0] < mn.span[1]
                         or best[0] <= mn.span[0] < best[1]]]
            if not covering[0]:
                others = any(mn.span[0] <= s < mn.span[1] for s, _e, _n in spans
                             for mn in mentions)
                out.append(("untagged" if not others else "untagged here, tagged elsewhere",
                            label + f" [{best[2]}]"))
                continue
            labels = Counter(mn.label for c in covering for mn in c)
            expected = _expected_type(best[2], labels)
            if expected and labels.get(expected, 0) == 0:
                out.append(("mislabelled", label + f" [{best[2]} {dict(labels)}]"))
                continue
            out.append(("tagged", label + f" [{best[2]} {dict(labels)}]"))
    return out


def _overlap(text: str, span: tuple[int, int, str], note: set[str]) -> int:
    """Words the sentence around `span` shares with the gold note."""
    lo = max(text.rfind(". ", 0, span[0]), text.rfind("\n", 0, span[0]))
    hi = min(x for x in (text.find(". ", span[1]), text.find("\n", span[1]), len(text))
             if x >= 0)
    return len(note & set(re.findall(r"[a-z0-9]+", text[lo + 1:hi].lower())))


def _expected_type(name: str, labels: Counter[str]) -> str | None:
    from newsweave.extract.gazetteer import build_gazetteer

    info = build_gazetteer().lookup(name)
    if info is not None:
        return "GPE" if info.type == "GPE" else "ORG"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--workdir", type=Path, required=True)
    parser.add_argument("--show", action="store_true", help="print each miss with its class")
    args = parser.parse_args(argv)
    from newsweave.store import Store

    total: Counter[str] = Counter()
    for name in args.sets:
        if name in UNTOUCHED:
            print(f"{name}: untouched, not classified")
            continue
        gold = json.loads(ARTICLE_SETS[name][1].read_text(encoding="utf-8"))
        store = Store(args.workdir / f"{name}.duckdb", read_only=True)
        rows = classify(gold, store)
        counts = Counter(c for c, _ in rows)
        total.update(counts)
        print(f"{name}: {len(rows)} actor misses: " +
              ", ".join(f"{k} {v}" for k, v in counts.most_common()))
        if args.show:
            for c, label in sorted(rows):
                if c not in ("country key", "name not in text"):
                    print(f"    {c}: {label}")
    print("all: " + ", ".join(f"{k} {v}" for k, v in total.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
