"""A surname block's first names that can agree are found without judging every pair in
Python once the block is large, and they are exactly the pairs judging every pair finds."""

from __future__ import annotations

import random

import pytest

from newsweave.link import entities
from newsweave.link.entities import BIG_BLOCK, _compatible_firsts, _firsts_compatible


def every_pair(firsts: list[str]) -> list[tuple[int, int]]:
    return [(x, y) for x in range(len(firsts)) for y in range(x, len(firsts))
            if _firsts_compatible(firsts[x], firsts[y])]


def test_a_large_block_finds_initials_spellings_and_equal_names() -> None:
    made_up = ["jon", "john", "j.", "j", "mohammed", "muhammad", "katrin", "katryn", "al",
               "ali", "ann", "anne", "b", "bo", "bob", "robert", "zed"]
    filler = [f"q{c}{d}x" for c in "aeiou" for d in "bdfgklmnp"]  # none agrees with another
    firsts = made_up + filler
    assert len(firsts) > BIG_BLOCK
    found = _compatible_firsts(firsts)
    assert found == every_pair(firsts)
    index = {f: i for i, f in enumerate(firsts)}
    for a, b in [("jon", "john"), ("j.", "john"), ("j", "jon"), ("mohammed", "muhammad"),
                 ("katrin", "katryn"), ("b", "bob"), ("ann", "anne")]:
        assert tuple(sorted((index[a], index[b]))) in found, (a, b)
    assert tuple(sorted((index["bob"], index["robert"]))) not in found


def test_random_blocks_of_every_size_give_the_pairs_of_judging_all_pairs() -> None:
    rng = random.Random(5)
    letters = "abdeiklmnorstuvy"
    pool = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 9)))
            for _ in range(300)]
    for _ in range(120):
        size = rng.randint(1, 3 * BIG_BLOCK)
        firsts = list(dict.fromkeys(rng.choice(pool) + rng.choice(["", "", "a", "."])
                                    for _ in range(size)))
        assert _compatible_firsts(firsts) == every_pair(firsts), firsts


def test_two_people_of_one_block_are_judged_the_same_either_way(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The unions of a block (same_people) do not depend on how its pairs were found."""
    block = [(f, "vasquez") for f in ["maria", "m.", "mario", "marya", "jose", "josé", "j.",
                                      *[f"q{c}{d}x" for c in "aeiou" for d in "bdfgk"]]]
    large = entities._same_people(block)
    monkeypatch.setattr(entities, "BIG_BLOCK", 10_000)  # every pair judged in Python
    assert entities._same_people(block) == large and large
