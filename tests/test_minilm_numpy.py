"""The numpy sentence encoder: torch's vectors within float32 rounding, and no torch import."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from newsweave.nlp.minilm_numpy import erf, gelu, normal_cdf
from test_embedder import TEXTS as EMBEDDER_TEXTS

TEXTS = [*EMBEDDER_TEXTS, "Café naïve – “quoted” ½ 東京 😀"]  # test_embedder's, and odd characters


def test_erf_matches_the_standard_library_on_the_whole_line() -> None:
    z = np.linspace(-12.0, 12.0, 48_001)
    expected = np.array([math.erf(v) for v in z])
    assert np.abs(erf(z) - expected).max() < 1e-7
    # the normal distribution itself, between and on the table's points
    x = np.linspace(-9.5, 9.5, 77_777)
    phi = np.array([0.5 * math.erfc(-v / math.sqrt(2.0)) for v in x])
    assert np.abs(normal_cdf(x) - phi).max() < 3e-8
    assert abs(erf(np.array([0.0]))[0]) < 1e-7
    assert erf(np.array([-40.0, 40.0])).tolist() == [-1, 1]  # beyond the table: its ends


def test_gelu_is_the_exact_erf_gelu_in_float32() -> None:
    x = np.linspace(-10.0, 10.0, 30_000, dtype=np.float32).reshape(-1, 150)  # several blocks
    expected = np.array([v * 0.5 * (1.0 + math.erf(v / math.sqrt(2.0)))
                         for v in x.astype(np.float64).ravel()]).reshape(x.shape)
    out = gelu(x)
    assert out.dtype == np.float32 and out.shape == x.shape
    # within one float32 rounding of the exact value (spacing at |x| near 10 is ~1e-6), plus
    # the interpolation's own error of the normal distribution (< 3e-8) times |x|
    rounding = np.spacing(np.abs(expected).astype(np.float32))
    assert np.all(np.abs(out - expected) <= rounding + 3e-8 * np.abs(x))
    far = gelu(np.array([[-10.0, 0.0, 10.0, -40.0, 40.0]], dtype=np.float32))[0]
    assert abs(far[0]) < 1e-17 and abs(far[3]) < 1e-16  # -x * Phi(-9) at most, as good as 0
    assert far[[1, 2, 4]].tolist() == [0.0, 10.0, 40.0]


@pytest.mark.slow
def test_vectors_equal_the_torch_encoders_within_float32_rounding() -> None:
    """Made-up sentences of every shape (padded batches, one text, an empty one, odd
    characters, truncation past 256 word pieces): each vector within 1e-6 of torch's, the
    cosine of the two above 1 - 1e-6, and the pairwise cosines moved by less than 2e-6."""
    from newsweave.nlp.models import numpy_embedder, torch_embedder

    ours = numpy_embedder().encode(TEXTS, batch_size=16)
    reference = torch_embedder().encode(TEXTS, batch_size=16)
    assert ours.dtype == np.float32 and ours.shape == reference.shape
    assert np.abs(ours - reference).max() < 1e-6
    assert (np.sum(ours * reference, axis=1) > 1 - 1e-6).all()
    assert np.abs(ours @ ours.T - reference @ reference.T).max() < 2e-6
    # batch by batch, the padded positions hold zeros and the real ones match torch's
    import torch

    batch = [TEXTS[1], TEXTS[3], TEXTS[4]]
    ids, mask = numpy_embedder().tokenize(batch)
    hidden = numpy_embedder().model(ids, mask)
    with torch.inference_mode():
        expected = torch_embedder().model(*torch_embedder().tokenize(batch)).numpy()
    assert not hidden[mask == 0].any()
    assert np.abs(hidden - expected).max() < 1e-4  # hidden states run to ~10 in magnitude


def test_the_default_encoder_is_numpy_and_the_setting_chooses_torch(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from newsweave import config
    from newsweave.nlp import models

    monkeypatch.delenv("NEWSWEAVE_EMBEDDER", raising=False)
    config.reload()
    assert models.embedder_backend() == "numpy"
    try:
        monkeypatch.setenv("NEWSWEAVE_EMBEDDER", "torch")
        config.reload()
        assert models.embedder_backend() == "torch"
        assert "torch" in models.embedder_key() and "numpy" not in models.embedder_key()
        monkeypatch.setenv("NEWSWEAVE_EMBEDDER", "tensorflow")
        with pytest.raises(config.ConfigError, match="NEWSWEAVE_EMBEDDER"):
            config.reload()
    finally:
        monkeypatch.delenv("NEWSWEAVE_EMBEDDER")
        config.reload()
    assert models.embedder_backend() == "numpy"


_RUN_AND_REPORT_TORCH = """
import json, sys
from newsweave import api
from newsweave.nlp.models import embed
api.run([sys.argv[1]], db=sys.argv[2], out=sys.argv[3], workers=1)
embed(["The envoys met again."])  # the sentence model, whether or not the run needed it
import thinc.compat
seen = {"torch": "torch" in sys.modules and sys.modules["torch"] is not None,
        "thinc_has_torch": bool(thinc.compat.has_torch),
        "spacy": "spacy" in sys.modules,
        "embedder": "newsweave.nlp.minilm_numpy" in sys.modules}
import torch  # a program using newsweave as a library may still import torch afterwards
seen["torch_importable_after"] = torch.tensor([1.0]).shape == (1,)
print(json.dumps(seen))
"""


@pytest.mark.slow
def test_a_run_never_imports_torch(tmp_path: Path) -> None:
    """A whole run (ingest, analysis with spaCy and the sentence model, link, export) in a
    fresh interpreter, as `newsweave run` runs it: torch is never imported, and the caller
    can still import it afterwards."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "talks.txt").write_text(
        "Envoys meet again\n\nThe foreign minister of Norland said on Monday that talks with "
        "Southia would resume next week. \"We are ready to listen,\" she told reporters in "
        "the capital. Police arrested two protesters outside the ministry.\n", "utf-8")
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("NEWSWEAVE_EMBEDDER", None)
    done = subprocess.run(
        [sys.executable, "-c", _RUN_AND_REPORT_TORCH, str(corpus), str(tmp_path / "db.duckdb"),
         str(tmp_path / "out")], capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"torch": False, "thinc_has_torch": False, "spacy": True, "embedder": True,
                    "torch_importable_after": True}
