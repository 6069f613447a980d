"""The link stage's union-find: a set is rooted at its smallest member, whatever the order
in which pairs were joined."""

from __future__ import annotations

import random

from newsweave.link.disjoint import DisjointSets


def test_a_set_is_rooted_at_its_smallest_member_in_any_join_order() -> None:
    pairs = [("c", "d"), ("b", "d"), ("x", "y"), ("a", "c")]
    for seed in range(20):
        order = pairs[:]
        random.Random(seed).shuffle(order)
        sets: DisjointSets[str] = DisjointSets()
        for x, y in order:
            sets.union(x, y)
        assert {k: sets.find(k) for k in "abcdxy"} == {
            "a": "a", "b": "a", "c": "a", "d": "a", "x": "x", "y": "x"}


def test_an_unseen_key_is_a_set_of_its_own() -> None:
    sets: DisjointSets[int] = DisjointSets()
    sets.union(3, 7)
    assert sets.find(5) == 5 and sets.find(7) == 3
