"""The embedding cache of the linker: each distinct text is embedded once per link, and the
vectors persist in the store, so relinking (or linking again after adding articles) only
embeds texts it has not seen."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from newsweave.nlp.models import EMBEDDING_DIM, CachedEmbedder, embedding_key
from newsweave.store import Store


class CountingEmbedder:
    """A stand-in for the sentence model that records which texts it was asked to embed."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, texts: list[str]) -> np.ndarray:
        self.seen.extend(texts)
        out = np.zeros((len(texts), EMBEDDING_DIM), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in text.lower().split():
                out[i, sum(map(ord, word)) % EMBEDDING_DIM] += 1.0
            out[i] /= max(float(np.linalg.norm(out[i])), 1e-9)
        return out


def test_each_distinct_text_is_embedded_once() -> None:
    model = CountingEmbedder()
    embedder = CachedEmbedder(embed_fn=model)
    first = embedder(["Talks will resume.", "We deny it.", "Talks will resume."])
    second = embedder(["We deny it.", "A new statement."])
    assert model.seen == ["Talks will resume.", "We deny it.", "A new statement."]
    assert first.shape == (3, EMBEDDING_DIM)
    assert np.array_equal(first[0], first[2])
    assert np.array_equal(first[1], second[0])
    assert embedder([]).shape == (0, EMBEDDING_DIM)


def test_the_key_depends_on_the_model_and_the_text() -> None:
    assert embedding_key("Talks will resume.") == embedding_key("Talks will resume.")
    assert embedding_key("Talks will resume.") != embedding_key("Talks will resume!")
    assert embedding_key("x", model="model-a") != embedding_key("x", model="model-b")


def test_vectors_persist_in_the_store(tmp_path: Path) -> None:
    texts = ["The ministry denied the report.", "Officials met in Doha."]
    with Store(tmp_path / "cache.duckdb") as store:
        model = CountingEmbedder()
        embedder = CachedEmbedder(store, embed_fn=model)
        before = embedder(texts)
        assert store.embeddings([embedding_key(t) for t in texts]) == {}  # not flushed yet
        embedder.flush()
        embedder.flush()  # nothing new: a no-op

    with Store(tmp_path / "cache.duckdb") as store:
        model = CountingEmbedder()
        embedder = CachedEmbedder(store, embed_fn=model)
        after = embedder([texts[1], texts[0], "Something else."])
        assert model.seen == ["Something else."]  # only the new text reaches the model
        assert np.array_equal(after[0], before[1]) and np.array_equal(after[1], before[0])
        assert after.dtype == np.float32


@pytest.mark.slow
def test_relinking_embeds_nothing_and_changes_nothing(
        seeds_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsweave import api
    from newsweave.nlp import models
    from newsweave.store.duckdb_store import drop_link_snapshot

    db = tmp_path / "relink.duckdb"
    shutil.copy(seeds_db, db)
    calls: list[list[str]] = []
    real_embed = models.embed

    def counting_embed(texts: list[str]) -> np.ndarray:
        calls.append(list(texts))
        return np.asarray(real_embed(texts))

    monkeypatch.setattr(models, "embed", counting_embed)
    # a link with nothing stored since the last one does nothing, and a new Linker takes up the
    # whole state the last one kept (link.incremental, link.persist): drop both so each link
    # below relinks the whole corpus
    def forget_last_link(store: Store) -> None:
        store.con.execute("DELETE FROM meta WHERE key = 'link_state'")
        drop_link_snapshot(store)

    with Store(db) as store:
        store.con.execute("DELETE FROM embeddings")
        forget_last_link(store)
        api.link(store)
        first = ([c.to_dict() for c in store.claims()],
                 [v.to_dict() for v in store.quote_variants()])
        embedded = [t for batch in calls for t in batch]
        assert embedded, "the seed corpus has quotes and claims to embed"
        assert len(embedded) == len(set(embedded))  # each distinct text once per link
        calls.clear()
        forget_last_link(store)
        api.link(store)
        assert calls == []  # every vector came from the store
        second = ([c.to_dict() for c in store.claims()],
                  [v.to_dict() for v in store.quote_variants()])
    assert first == second
