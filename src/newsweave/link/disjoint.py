"""Disjoint sets (union-find) for the link stage's groupings: copies into syndication
groups, reports into stories, units into one statement.

Written here rather than taken from scipy (whose DisjointSet roots a merged set at the larger
one): every set's root is its smallest member, so a group's key does not depend on the order
in which pairs were joined.
"""

from __future__ import annotations

from typing import Generic, TypeVar

K = TypeVar("K", str, int)  # keys that order, so the smallest member can be the root


class DisjointSets(Generic[K]):
    """Sets of keys joined pair by pair; a key never seen is a set of its own."""

    def __init__(self) -> None:
        self._parent: dict[K, K] = {}

    def find(self, x: K) -> K:
        """The root (smallest member) of x's set, halving the path on the way."""
        parent = self._parent
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, x: K, y: K) -> None:
        """Join the sets of x and y under the smaller of their roots."""
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            self._parent[max(rx, ry)] = min(rx, ry)
