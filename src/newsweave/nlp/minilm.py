"""The all-MiniLM-L6-v2 encoder (a 6-layer BERT) in plain torch, from the bundled weights.

Why not `transformers.AutoModel`: importing transformers (which pulls in scipy and parts of
torch.distributed) cost ~2 s of CPU in every process that embeds (each analysis worker and
the run process), for a model that is six identical layers of linear maps, attention and layer
norms. This module runs the same torch operations in the same order as transformers' BERT
with its default attention (`scaled_dot_product_attention`, a boolean key mask, no mask when
nothing is padded), so the hidden states are bit-identical (tests/test_embedder.py compares
them with transformers and with sentence-transformers). The word pieces come from the model's
own tokenizer.json through the `tokenizers` library, as transformers' tokenizer does.

Written by hand on purpose (about 100 lines); only this one architecture is supported, and
`load_minilm` refuses a config it does not describe.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

MAX_TOKENS = 256  # the sentence model's max_seq_length (sentence_bert_config.json)


class WordPieces:
    """The model's tokenizer: `(input_ids, attention_mask)` for a batch of texts, truncated
    to `max_length` word pieces and padded (right, id 0) to the longest; torch tensors, or
    numpy int64 arrays with `numpy=True` (for nlp.minilm_numpy)."""

    def __init__(self, model_dir: Path, max_length: int = MAX_TOKENS,
                 numpy: bool = False) -> None:
        from tokenizers import Tokenizer

        self.numpy = numpy

        tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        tokenizer.enable_truncation(max_length, strategy="longest_first")
        tokenizer.enable_padding(direction="right", pad_id=0, pad_type_id=0, pad_token="[PAD]")
        self.tokenizer = tokenizer

    def __call__(self, texts: list[str]) -> tuple[Any, Any]:
        batch = self.tokenizer.encode_batch(texts, add_special_tokens=True)
        if self.numpy:
            import numpy as np

            return (np.array([enc.ids for enc in batch], dtype=np.int64),
                    np.array([enc.attention_mask for enc in batch], dtype=np.int64))
        import torch

        ids = torch.tensor([enc.ids for enc in batch], dtype=torch.long)
        mask = torch.tensor([enc.attention_mask for enc in batch], dtype=torch.long)
        return ids, mask


class MiniLM:
    """BERT encoder forward pass (inference only): last hidden states for word-piece ids."""

    def __init__(self, weights: dict[str, Any], config: dict[str, Any]) -> None:
        self.w = weights
        self.layers = int(config["num_hidden_layers"])
        self.heads = int(config["num_attention_heads"])
        self.hidden = int(config["hidden_size"])
        self.head_size = self.hidden // self.heads
        self.eps = float(config["layer_norm_eps"])
        self.scaling = self.head_size ** -0.5

    def _norm(self, x: Any, name: str) -> Any:
        from torch.nn.functional import layer_norm

        return layer_norm(x, (self.hidden,), self.w[f"{name}.weight"], self.w[f"{name}.bias"],
                          self.eps)

    def _linear(self, x: Any, name: str) -> Any:
        from torch.nn.functional import linear

        return linear(x, self.w[f"{name}.weight"], self.w[f"{name}.bias"])

    def __call__(self, input_ids: Any, attention_mask: Any) -> Any:
        """Last hidden states (batch x length x hidden); a padded position holds zeros.

        Every per-token operation (embeddings, linear maps, layer norms, gelu) runs on the
        real tokens only, packed into one matrix: in a padded batch the linear maps (~90% of
        the encoder's CPU) otherwise spent a quarter of their work on padding (71-77% real
        word pieces in the batches of a news run). Only the attention sees the padded batch,
        with the boolean key mask transformers builds. A row of a matrix product does not
        depend on the other rows, so each real token's numbers are bit for bit those of the
        padded computation (tests/test_embedder.py); what padding feeds into is ignored."""
        import torch
        from torch.nn.functional import embedding, gelu, scaled_dot_product_attention

        w = self.w
        batch, length = input_ids.shape
        real = attention_mask.bool()
        # a boolean mask over the keys, as transformers builds it; none when nothing is padded
        padded = not bool(real.all())
        mask = real[:, None, None, :].expand(batch, 1, length, length) if padded else None

        def to_batch(rows: Any) -> Any:
            """Packed rows (real tokens) -> batch x length x features, zeros at padding."""
            if not padded:
                return rows.view(batch, length, -1)
            out = rows.new_zeros((batch, length, rows.shape[-1]))
            out[real] = rows
            return out

        def to_rows(full: Any) -> Any:
            return full[real] if padded else full.reshape(batch * length, -1)

        positions = w["embeddings.position_ids"][:, :length].expand(batch, length)
        ids, positions = to_rows(input_ids[..., None])[:, 0], to_rows(positions[..., None])[:, 0]
        x = embedding(ids, w["embeddings.word_embeddings.weight"], padding_idx=0) + \
            embedding(torch.zeros_like(ids), w["embeddings.token_type_embeddings.weight"])
        x = x + embedding(positions, w["embeddings.position_embeddings.weight"])
        x = self._norm(x, "embeddings.LayerNorm")
        split = (batch, length, -1, self.head_size)
        for n in range(self.layers):
            p = f"encoder.layer.{n}."
            query, key, value = (
                to_batch(self._linear(x, p + f"attention.self.{part}")).view(*split)
                .transpose(1, 2) for part in ("query", "key", "value"))
            attended = scaled_dot_product_attention(query, key, value, attn_mask=mask,
                                                    dropout_p=0.0, scale=self.scaling,
                                                    is_causal=False)
            attended = attended.transpose(1, 2).contiguous()
            attended = to_rows(attended.reshape(batch, length, -1).contiguous())
            x = self._norm(self._linear(attended, p + "attention.output.dense") + x,
                           p + "attention.output.LayerNorm")
            inner = gelu(self._linear(x, p + "intermediate.dense"))
            x = self._norm(self._linear(inner, p + "output.dense") + x, p + "output.LayerNorm")
        return to_batch(x)


def check_config(config: dict[str, Any], model_dir: Path) -> None:
    """Refuse a model config that is not the BERT encoder these forward passes compute."""
    expected = {"model_type": "bert", "hidden_act": "gelu",
                "position_embedding_type": "absolute"}
    wrong = {k: config.get(k) for k, v in expected.items() if config.get(k, v) != v}
    if wrong:
        raise ValueError(f"{model_dir / 'config.json'}: not a BERT encoder this module runs "
                         f"({wrong})")


def load_minilm(model_dir: Path) -> tuple[WordPieces, MiniLM]:
    """The tokenizer and encoder of the BERT model saved in `model_dir` (config.json,
    model.safetensors, tokenizer.json)."""
    from safetensors.torch import load_file

    config = json.loads((model_dir / "config.json").read_text("utf-8"))
    check_config(config, model_dir)
    weights = load_file(str(model_dir / "model.safetensors"), device="cpu")
    log.debug("loaded %d weight tensors from %s", len(weights), model_dir)
    return WordPieces(model_dir), MiniLM(weights, config)
