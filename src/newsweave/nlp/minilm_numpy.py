"""The all-MiniLM-L6-v2 encoder (nlp.minilm) in numpy, so that no newsweave process imports torch.

Why: importing torch cost ~1.5 s of CPU in every process that parses or embeds (the run
process, the fork server, each worker), and spaCy pulls it in through thinc when it is
installed: the largest fixed cost of a small run. The model is six identical BERT layers of
matrix products, layer norms, softmax attention and GELU, which numpy (OpenBLAS) computes
as well; the weights are read from the same model.safetensors with `safetensors.numpy`,
the word pieces come from the same tokenizer (nlp.minilm.WordPieces).

The operations follow nlp.minilm (and transformers' BERT) in order: embeddings (word +
token type 0 + position), layer norm, then per layer: query/key/value, scaled dot-product
attention with padded keys masked out, output projection + residual + layer norm, GELU
feed-forward + residual + layer norm. Like nlp.minilm, every per-token step runs on the
real tokens only, packed into one matrix; only the attention sees the padded batch. The
vectors are not bit-identical to torch's (another BLAS sums in another order): they differ
by ~1e-7 (tests/test_minilm_numpy.py, benchmarks/numpy_encoder.py).

Written by hand on purpose, like nlp.minilm: the exact (erf) GELU needs an erf, which numpy
lacks, and scipy.special would add ~0.2 s of import to every process for one function
(`gelu` below: math.erfc tabulated and interpolated, error < 3e-8).
"""

from __future__ import annotations

import functools
import json
import logging
import math
from pathlib import Path
from typing import Any

import numpy as np

from newsweave.nlp.minilm import MAX_TOKENS, check_config

log = logging.getLogger(__name__)

# The standard normal distribution Phi(x) = (1 + erf(x / sqrt 2)) / 2, the factor of the exact
# GELU, tabulated with math.erfc every _STEP on [_LOW, -_LOW] and interpolated linearly: the
# error of a straight line between two points _STEP apart is at most _STEP^2 / 8 * max|Phi''|
# = 2.9e-8 (tests/test_minilm_numpy.py checks it against math.erf); outside the table Phi is
# 0 or 1 to 1e-19. Measured on a 400 x 1536 feed-forward matrix: 2.3 ms, against 5.6 ms for
# a degree-6 rational erfc in float64 and ~8 ms for torch's gelu (one thread, CPU time).
_LOW = -9.0
_STEP = 1.0 / 1024
# rows of the feed-forward layer per GELU step: the float64 temporaries of a block stay in
# the CPU cache (2-4 times as fast as one pass over the whole matrix, measured)
_GELU_ROWS = 64


@functools.lru_cache(maxsize=1)
def _phi_table() -> tuple[np.ndarray, np.ndarray]:
    """Phi at the grid points, and the difference to the next point (float64)."""
    points = round(-2 * _LOW / _STEP) + 2
    grid = _LOW + np.arange(points) * _STEP
    values = np.array([0.5 * math.erfc(-x / math.sqrt(2.0)) for x in grid.tolist()])
    return values, np.append(np.diff(values), 0.0)


def normal_cdf(x: np.ndarray) -> np.ndarray:
    """Phi(x) of a float array, in float64 (absolute error < 3e-8)."""
    values, slopes = _phi_table()
    position = np.asarray(x, dtype=np.float64) - _LOW
    position *= 1.0 / _STEP
    np.clip(position, 0.0, len(values) - 2, out=position)
    index = position.astype(np.intp)
    position -= index  # the fraction of the step
    phi = np.take(slopes, index)  # np.take: 20% faster than indexing, the same numbers
    phi *= position
    phi += np.take(values, index)
    return phi


def erf(z: np.ndarray) -> np.ndarray:
    """The error function of an array, in float64 (absolute error < 6e-8)."""
    z = np.asarray(z, dtype=np.float64)
    return 2.0 * normal_cdf(z * math.sqrt(2.0)) - 1.0


def gelu(x: np.ndarray) -> np.ndarray:
    """Exact GELU, x * Phi(x), of a float32 matrix: computed in float64, returned as float32."""
    out = np.empty_like(x)
    for start in range(0, x.shape[0], _GELU_ROWS):
        block = x[start:start + _GELU_ROWS]
        phi = normal_cdf(block)
        phi *= block
        out[start:start + _GELU_ROWS] = phi
    return out


class NumpyMiniLM:
    """BERT encoder forward pass (inference only) in numpy float32: last hidden states for
    word-piece ids, as `nlp.minilm.MiniLM` computes them."""

    def __init__(self, weights: dict[str, np.ndarray], config: dict[str, Any]) -> None:
        self.layers = int(config["num_hidden_layers"])
        self.heads = int(config["num_attention_heads"])
        self.hidden = int(config["hidden_size"])
        self.head_size = self.hidden // self.heads
        self.eps = float(config["layer_norm_eps"])
        self.scaling = np.float32(self.head_size ** -0.5)
        w = {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in weights.items()
             if not k.endswith("position_ids")}
        # linear maps as (in x out) matrices, contiguous: x @ W is one BLAS call; the query,
        # key and value maps of a layer side by side, so that one product computes all three
        self.linear: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for n in range(self.layers):
            p = f"encoder.layer.{n}."
            parts = [p + f"attention.self.{part}" for part in ("query", "key", "value")]
            self.linear[p + "qkv"] = (
                np.ascontiguousarray(np.concatenate([w[f"{q}.weight"] for q in parts]).T),
                np.concatenate([w[f"{q}.bias"] for q in parts]))
            for name in ("attention.output.dense", "intermediate.dense", "output.dense"):
                self.linear[p + name] = (np.ascontiguousarray(w[f"{p}{name}.weight"].T),
                                         w[f"{p}{name}.bias"])
        self.w = w

    def _norm(self, x: np.ndarray, name: str) -> np.ndarray:
        mean = x.mean(axis=-1, keepdims=True)
        centered = x - mean
        var = np.mean(np.square(centered), axis=-1, keepdims=True)
        centered /= np.sqrt(var + np.float32(self.eps))
        centered *= self.w[f"{name}.weight"]
        centered += self.w[f"{name}.bias"]
        return centered

    def _linear(self, x: np.ndarray, name: str) -> np.ndarray:
        weight, bias = self.linear[name]
        out = x @ weight
        out += bias
        return out

    def __call__(self, input_ids: np.ndarray, attention_mask: np.ndarray) -> np.ndarray:
        """Last hidden states (batch x length x hidden, float32); a padded position holds
        zeros."""
        w = self.w
        batch, length = input_ids.shape
        real = attention_mask.astype(bool)
        padded = not bool(real.all())
        heads, size = self.heads, self.head_size

        def to_batch(rows: np.ndarray) -> np.ndarray:
            """Packed rows (real tokens) -> batch x length x features, zeros at padding."""
            if not padded:
                return rows.reshape(batch, length, -1)
            out = np.zeros((batch, length, rows.shape[-1]), dtype=rows.dtype)
            out[real] = rows
            return out

        def to_rows(full: np.ndarray) -> np.ndarray:
            return full[real] if padded else full.reshape(batch * length, -1)

        ids = to_rows(input_ids[..., None])[:, 0]
        positions = to_rows(np.broadcast_to(np.arange(length), (batch, length))[..., None])[:, 0]
        x = w["embeddings.word_embeddings.weight"][ids] + \
            w["embeddings.token_type_embeddings.weight"][0]
        x += w["embeddings.position_embeddings.weight"][positions]
        x = self._norm(x, "embeddings.LayerNorm")
        # padded keys get -inf before the softmax (transformers' boolean mask)
        key_bias = (np.where(real, np.float32(0), np.float32(-np.inf))[:, None, None, :]
                    if padded else None)
        for n in range(self.layers):
            p = f"encoder.layer.{n}."
            qkv = to_batch(self._linear(x, p + "qkv")).reshape(batch, length, 3, heads, size)
            query = qkv[:, :, 0].transpose(0, 2, 1, 3)  # batch x heads x length x size
            key = qkv[:, :, 1].transpose(0, 2, 3, 1)  # batch x heads x size x length
            value = qkv[:, :, 2].transpose(0, 2, 1, 3)
            scores = np.matmul(query, key)
            scores *= self.scaling
            if key_bias is not None:
                scores += key_bias
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            attended = np.matmul(scores, value).transpose(0, 2, 1, 3).reshape(batch, length, -1)
            attended = to_rows(attended)
            out = self._linear(attended, p + "attention.output.dense")
            out += x
            x = self._norm(out, p + "attention.output.LayerNorm")
            inner = gelu(self._linear(x, p + "intermediate.dense"))
            out = self._linear(inner, p + "output.dense")
            out += x
            x = self._norm(out, p + "output.LayerNorm")
        return to_batch(x)


def load_numpy_minilm(model_dir: Path) -> NumpyMiniLM:
    """The encoder of the BERT model saved in `model_dir` (config.json, model.safetensors),
    its weights read as numpy arrays (no torch)."""
    from safetensors.numpy import load_file

    config = json.loads((model_dir / "config.json").read_text("utf-8"))
    check_config(config, model_dir)
    weights = load_file(str(model_dir / "model.safetensors"))
    log.debug("loaded %d weight arrays from %s", len(weights), model_dir)
    return NumpyMiniLM(weights, config)


__all__ = ["MAX_TOKENS", "NumpyMiniLM", "erf", "gelu", "load_numpy_minilm", "normal_cdf"]
