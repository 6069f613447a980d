"""CPU cost of the configured spaCy model (run by hand), to weigh a larger model against the
bundled small one:

    python benchmarks/parse_cpu.py [PATH ...] [--limit N] [--repeat R]
    NEWSWEAVE_SPACY_MODEL=/path/to/en_core_web_md python benchmarks/parse_cpu.py

Prints the model, the CPU seconds to load it, and the CPU seconds per article and per 1,000
characters to parse the English articles of PATH (default: the seeds and ECB+ corpora), the
way the engine does (nlp.pipe over the texts cut for the parser). CPU time of this process
(time.process_time), not wall time: on a shared machine wall time measures the neighbours.
The best of --repeat passes is reported.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATHS = [ROOT.parent / "shared" / "corpus" / "seeds",
                 ROOT.parent / "shared" / "corpus" / "ecbplus"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--limit", type=int, default=120, help="articles at most")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args(argv)

    from newsweave.config import settings
    from newsweave.ingest import ingest
    from newsweave.model import Article
    from newsweave.nlp.limits import fit_for_parsing

    texts: list[str] = []
    for item in ingest([str(p) for p in args.paths or DEFAULT_PATHS]):
        if isinstance(item, Article) and item.is_english and item.text.strip():
            texts.append(item.text)
        if len(texts) >= args.limit:
            break
    if not texts:
        print("no English article found", file=sys.stderr)
        return 1
    started = time.process_time()
    from newsweave.nlp.models import load_spacy

    nlp = load_spacy()
    load_cpu = time.process_time() - started
    texts = [fit_for_parsing(t, nlp.max_length)[0] for t in texts]
    chars = sum(len(t) for t in texts)
    best = float("inf")
    for _ in range(max(1, args.repeat)):
        started = time.process_time()
        for _doc in nlp.pipe(texts, batch_size=16):
            pass
        best = min(best, time.process_time() - started)
    print(f"model {settings().spacy_model} ({nlp.meta.get('name')} {nlp.meta.get('version')})")
    print(f"load: {load_cpu:.2f} CPU s")
    print(f"parse: {len(texts)} articles, {chars:,} characters: {best:.2f} CPU s, "
          f"{best / len(texts) * 1000:.1f} ms per article, "
          f"{best / chars * 1e6:.1f} ms per 1,000 characters (best of {args.repeat})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
