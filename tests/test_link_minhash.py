"""link.minhash computes what datasketch computes (signatures, LSH candidates, band
parameters) without importing it, so a link does not import scipy."""

from __future__ import annotations

import random
import subprocess
import sys

import numpy as np
import pytest

from newsweave.link import minhash

datasketch = pytest.importorskip("datasketch")


def _word_sets(seed: int, n: int) -> list[frozenset[str]]:
    """Made-up word sets, many of them overlapping (a shared stem of words plus a few of
    their own), so that the index has candidates to find."""
    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(60)] + ["café", "naïve", "it's", "o'clock"]
    stems = [rng.sample(vocab, 8) for _ in range(6)]
    out = []
    for _ in range(n):
        words = set(rng.choice(stems)) | set(rng.sample(vocab, rng.randint(0, 6)))
        out.append(frozenset(words))
    return list(dict.fromkeys(out))


def test_signatures_equal_datasketch_minhash() -> None:
    sets = [*_word_sets(3, 40), frozenset({"one"}), frozenset()]
    ours = minhash.signatures(sets, 64)
    theirs = datasketch.MinHash.bulk([[w.encode("utf-8") for w in s] for s in sets],
                                     num_perm=64)
    for a, b in zip(ours, theirs, strict=True):
        assert a.dtype == np.uint32
        assert np.array_equal(a, b.hashvalues)


def test_band_index_finds_what_minhashlsh_finds() -> None:
    sets = _word_sets(11, 80)
    index = minhash.BandIndex(0.4, 64)
    lsh = datasketch.MinHashLSH(threshold=0.4, num_perm=64)
    theirs = datasketch.MinHash.bulk([[w.encode("utf-8") for w in s] for s in sets],
                                     num_perm=64)
    for s, sig, m in zip(sets, minhash.signatures(sets, 64), theirs, strict=True):
        index.insert(s, sig)
        lsh.insert(s, m)
    found = 0
    for _s, sig, m in zip(sets, minhash.signatures(sets, 64), theirs, strict=True):
        assert index.query(sig) == set(lsh.query(m))
        found += len(index.query(sig)) - 1
    assert found > 0  # the sets overlap: some pairs are candidates
    assert sets[0] in index and frozenset({"absent"}) not in index
    with pytest.raises(ValueError):
        index.insert(sets[0], minhash.signatures([sets[0]], 64)[0])


def test_a_band_key_of_one_word_set_holds_it_bare_and_of_several_a_list() -> None:
    """A band key most word sets alone have keeps its key without a list (a tenth of a kept
    link state's objects were those lists); queries find the same either way, and after
    the index is pickled and read back (as a kept link state is)."""
    import pickle

    sets = _word_sets(5, 60)
    sigs = minhash.signatures(sets, 64)
    index = minhash.BandIndex(0.4, 64)
    for s, sig in zip(sets, sigs, strict=True):
        index.insert(s, sig)
    held = [v for table in index._tables for v in table.values()]
    assert any(type(v) is list for v in held) and any(type(v) is frozenset for v in held)
    assert all(len(v) > 1 for v in held if type(v) is list)
    back = pickle.loads(pickle.dumps(index))
    for sig in sigs:
        # every key sharing a whole band with the signature, counted by brute force
        bands = index._band_keys(sig)
        expected = {k for k, of in index.bands_of.items()
                    if any(a == b for a, b in zip(of, bands, strict=True))}
        assert index.query(sig) == expected == back.query(sig)


def test_band_tables_hold_datasketch_optimum() -> None:
    from datasketch.lsh import _optimal_param
    from datasketch.lshensemble import _optimal_param as ensemble_optimal

    for (threshold, num_perm), params in minhash.BAND_PARAMS.items():
        assert params == tuple(int(v) for v in _optimal_param(threshold, num_perm, 0.5, 0.5))
    ratios = np.exp(np.linspace(-5, 5, 10))
    for (containment, num_perm), table in minhash.ENSEMBLE_PARAMS.items():
        assert table == [tuple(int(v) for v in ensemble_optimal(containment, num_perm, 8, x,
                                                               0.5, 0.5)) for x in ratios]
    # a pair outside the tables is asked of datasketch
    assert minhash.band_params(0.5, 32) == tuple(
        int(v) for v in _optimal_param(0.5, 32, 0.5, 0.5))


def test_linking_imports_no_scipy() -> None:
    """Syndication and quote variants on made-up texts load neither datasketch nor scipy."""
    code = (
        "import sys\n"
        "from newsweave.link.syndication import _band_params, _candidates\n"
        "import numpy as np\n"
        "from newsweave.link.variants import group_quote_variants\n"
        "from newsweave.model import Quote\n"
        "_band_params()\n"
        "said = ['The minister said talks will resume', 'The minister said talks would "
        "resume', 'Rain is expected on Monday']\n"
        "quotes = [Quote(quote_id=f'q{i}', article_id=f'a{i}', kind='direct', text=t, "
        "span=(0, len(t)), speaker=None) for i, t in enumerate(said)]\n"
        "embed = lambda texts: np.ones((len(texts), 4)) / 2\n"
        "groups = group_quote_variants(quotes, {}, lambda q: None, {}, embed=embed)\n"
        "print([v.quote_ids for v in groups])\n"
        "print('scipy' in sys.modules, 'datasketch' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert out == ["[['q0', 'q1']]", "False False"]


def test_quote_words_share_one_string_per_word() -> None:
    """Two quotes' equal words are one object (kept once by the Linker and its kept state);
    the words are as before: lower-cased, apostrophes at the ends stripped, empty ones out."""
    from newsweave.link.variants import quote_words

    first = quote_words("We will 'rebuild' the harbour wall ' by spring")
    second = quote_words("THE harbour WALL stays shut.")
    assert first == ["we", "will", "rebuild", "the", "harbour", "wall", "by", "spring"]
    assert second == ["the", "harbour", "wall", "stays", "shut"]
    assert first[4] is second[1] and first[5] is second[2] and first[3] is second[0]
