"""Claim identity on real news with look-alike events: purity and same-event pair recall.

The ECB+ texts in ../shared/corpus/ecbplus/ hold, per topic, two different real events that
look alike (two arrests, two earthquakes): `<topic>_<n>ecb.txt` report one, and
`<topic>_<n>ecbplus.txt` the other. A claim is pure when all of its articles report one real
event; a same-event article pair is recalled when some claim joins the two articles.

    python benchmarks/claim_identity.py                       # run + link into /tmp, report
    python benchmarks/claim_identity.py --db ecb.duckdb       # an analyzed store: relink, report
    python benchmarks/claim_identity.py --db ecb.duckdb --stored   # report the stored claims

Goals (issue #18): purity >= 0.95, same-event pair recall >= 0.30.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "ecbplus"
_DOC = re.compile(r"(\d+)_\d+(ecbplus|ecb)\.txt$")


def real_event(source: str) -> str | None:
    """"3/3_7ecbplus.txt" -> "3:ecbplus": the real event an ECB+ article reports."""
    m = _DOC.search(source.split("#", 1)[0])
    return f"{m.group(1)}:{m.group(2)}" if m else None


def score(event_of: dict[str, str], claims: Iterable[Sequence[str]]) -> dict[str, float | int]:
    """Purity of the multi-article claims and recall of same-event article pairs."""
    multi = pure = 0
    joined: set[tuple[str, str]] = set()
    for article_ids in claims:
        arts = sorted({a for a in article_ids if a in event_of})
        if len(arts) < 2:
            continue
        multi += 1
        if len({event_of[a] for a in arts}) == 1:
            pure += 1
        for a, b in itertools.combinations(arts, 2):
            if event_of[a] == event_of[b]:
                joined.add((a, b))
    by_event: dict[str, list[str]] = defaultdict(list)
    for aid, ev in event_of.items():
        by_event[ev].append(aid)
    pairs = sum(len(v) * (len(v) - 1) // 2 for v in by_event.values())
    return {"multi_article_claims": multi, "purity": pure / multi if multi else 1.0,
            "same_event_pairs": pairs, "pairs_sharing_a_claim": len(joined),
            "pair_recall": len(joined) / pairs if pairs else 0.0}


class FileVectors:
    """Sentence vectors kept in a file between runs of this benchmark (the store is opened
    read-only, so its own embedding cache cannot grow)."""

    def __init__(self, path: Path) -> None:
        import numpy as np

        self.path = path
        self.vectors: dict[str, Any] = {}
        if path.exists():
            with np.load(path) as data:
                self.vectors = dict(zip(data["keys"].tolist(), data["vectors"], strict=True))

    def embeddings(self, keys: Iterable[str]) -> dict[str, Any]:
        return {k: self.vectors[k] for k in keys if k in self.vectors}

    def write_embeddings(self, vectors: dict[str, Any]) -> None:
        import numpy as np

        self.vectors.update(vectors)
        keys = list(self.vectors)
        np.savez(self.path, keys=np.array(keys), vectors=np.stack([self.vectors[k]
                                                                   for k in keys]))


def measure(db: Path, relink: bool = True, cache: Path | None = None,
            dump: Path | None = None) -> dict[str, float | int]:
    from newsweave.store import Store

    with Store(db, read_only=True) as store:
        articles = store.articles()
        event_of = {a.article_id: ev for a in articles if (ev := real_event(a.source))}
        if relink:
            from newsweave.link import link_corpus
            from newsweave.nlp.models import CachedEmbedder

            embedder = CachedEmbedder(FileVectors(cache) if cache else None)
            claims = link_corpus(articles, store.analyses(), embed=embedder).claims
            if cache:
                embedder.flush()
        else:
            claims = store.claims()
    if dump:
        rows = [{"summary": c.summary, "events": sorted({event_of.get(a, "?")
                                                         for a in c.article_ids}),
                 "articles": len(c.article_ids), "reports": len(c.reports)}
                for c in claims if len(c.article_ids) > 1]
        dump.write_text(json.dumps(rows, indent=1))
    return score(event_of, (c.article_ids for c in claims))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=None, help="an analyzed ECB+ store")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--stored", action="store_true", help="score the stored claims")
    parser.add_argument("--cache", type=Path, default=None,
                        help="an .npz file that keeps sentence vectors between runs")
    parser.add_argument("--dump", type=Path, default=None,
                        help="write the multi-article claims and their real events here")
    args = parser.parse_args(argv)
    db = args.db
    if db is None or not db.exists():
        from newsweave import api

        db = db or Path("/tmp/newsweave-bench/ecbplus.duckdb")
        db.parent.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        api.run([str(args.corpus)], db=db)
        print(f"analyzed {args.corpus} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    started = time.perf_counter()
    result = measure(db, relink=not args.stored, cache=args.cache, dump=args.dump)
    result["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
