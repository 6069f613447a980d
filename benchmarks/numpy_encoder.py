"""The numpy sentence encoder against the torch one on real sentences (run by hand).

    python benchmarks/numpy_encoder.py                 # ~2,000 ECB+ sentences
    python benchmarks/numpy_encoder.py --limit 500 --threads 2

Prints: the largest absolute difference of a vector component between the two encoders,
the cosine of each sentence's two vectors (1 - cos), how much the cosines between sentence
pairs move (what the typer's and the linker's thresholds read), and the CPU seconds (user +
sys of this process, all threads) per 1,000 sentences of each encoder, on one thread and on
`--threads` threads as nlp.models.threads_runner runs them. CPU, not wall: the machine may
be busy.
"""

from __future__ import annotations

import argparse
import os
import re
import time
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def sentences(limit: int) -> list[str]:
    """Real sentences: the ECB+ texts cut at sentence punctuation, 3 words or more, distinct."""
    out: dict[str, None] = {}
    for path in sorted((SHARED / "ecbplus").glob("*/*.txt")):
        for line in path.read_text("utf-8").splitlines():
            for piece in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", line.strip()):
                if len(piece.split()) >= 3:
                    out[piece] = None
        if len(out) >= limit:
            break
    return list(out)[:limit]


def cpu() -> float:
    return time.process_time()


def encode_all(model: Any, texts: list[str], threads: int) -> tuple[Any, float]:
    from newsweave.nlp.models import EMBED_BATCH, threads_runner

    runner = threads_runner(threads) if threads > 1 else None
    model.encode(texts[:32], batch_size=EMBED_BATCH)  # warm: first-call allocations
    started = cpu()
    vectors = model.encode(texts, batch_size=EMBED_BATCH, runner=runner)
    return vectors, cpu() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    import numpy as np

    from newsweave.nlp import models

    texts = sentences(args.limit)
    per_k = 1000 / len(texts)
    numpy_model, torch_model = models.numpy_embedder(), models.torch_embedder()
    results = {}
    for threads in sorted({1, args.threads}):
        for name, model in (("numpy", numpy_model), ("torch", torch_model)):
            # the runner computes with `models.load_embedder()`: this encoder
            models.load_embedder = lambda m=model: m  # type: ignore[assignment,misc]
            results[name, threads] = encode_all(model, texts, threads)
    a, b = results["numpy", 1][0], results["torch", 1][0]
    diff = np.abs(a - b)
    self_cos = 1.0 - np.sum(a * b, axis=1)
    pair_a, pair_b = a @ a.T, b @ b.T
    moved = np.abs(pair_a - pair_b)[np.triu_indices(len(texts), 1)]
    print(f"{len(texts)} ECB+ sentences, {sum(len(t.split()) for t in texts)} words")
    print(f"max |numpy - torch| of a vector component: {diff.max():.2e} "
          f"(mean {diff.mean():.2e})")
    print(f"1 - cos(numpy, torch) per sentence: max {self_cos.max():.2e}, "
          f"mean {self_cos.mean():.2e}")
    print(f"cosine of a sentence pair, numpy vs torch: max change {moved.max():.2e}, "
          f"mean {moved.mean():.2e} over {len(moved)} pairs")
    for (threads_a, name_a) in ((1, "numpy"), (1, "torch"), (args.threads, "numpy"),
                                (args.threads, "torch")):
        if (name_a, threads_a) in results:
            print(f"{name_a} {threads_a} thread(s): {results[name_a, threads_a][1] * per_k:.2f} "
                  "CPU s per 1,000 sentences")
    for threads in sorted({1, args.threads}):
        same = np.array_equal(results["numpy", threads][0], results["numpy", 1][0])
        print(f"numpy vectors on {threads} thread(s) equal to one thread's: {same}")


if __name__ == "__main__":
    main()
