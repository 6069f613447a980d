"""Analysis in this process or a local process pool, streaming in batches through nlp.pipe."""

from __future__ import annotations

from typing import Any

from newsweave.model import Article, ArticleAnalysis, IngestError

AnalysisResult = tuple[Article, ArticleAnalysis | None, IngestError | None]


def analyze_batch(articles: list[Article]) -> list[AnalysisResult]:
    """Analyze a batch with the per-process spaCy pipeline; one article's failure stays its own."""
    from newsweave.extract import ANALYZER_VERSION, analyze_doc
    from newsweave.nlp.models import load_spacy

    nlp = load_spacy()
    results: list[AnalysisResult] = []
    english = [a for a in articles if a.is_english and a.text.strip()]
    docs = dict(zip((a.article_id for a in english),
                    nlp.pipe((a.text for a in english), batch_size=max(len(english), 1))))
    for art in articles:
        if art.article_id not in docs:
            reason = f"language {art.language}" if not art.is_english else "empty text"
            results.append((art, ArticleAnalysis(article_id=art.article_id, skipped=reason,
                                                 analyzer_version=ANALYZER_VERSION), None))
            continue
        try:
            results.append((art, analyze_doc(art, docs[art.article_id]), None))
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the run
            reason = f"analysis failed: {type(exc).__name__}: {exc}".splitlines()[0]
            results.append((art, None, IngestError(source=art.source, reason=reason,
                                                   stage="analyze")))
    return results


class LocalAnalyzer:
    """Callable analyzing a list of articles here (workers=1) or in a spawned process pool."""

    def __init__(self, workers: int = 1) -> None:
        self.workers = max(1, workers)
        self._pool: Any = None

    def __call__(self, articles: list[Article]) -> list[AnalysisResult]:
        if self.workers == 1 or len(articles) < 2:
            return analyze_batch(articles)
        if self._pool is None:
            import multiprocessing as mp

            self._pool = mp.get_context("spawn").Pool(self.workers)
        size = -(-len(articles) // self.workers)
        chunks = [articles[i:i + size] for i in range(0, len(articles), size)]
        out: list[AnalysisResult] = []
        for part in self._pool.map(analyze_batch, chunks):
            out.extend(part)
        return out

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()
            self._pool = None

    def __del__(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
