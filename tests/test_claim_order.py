"""Claims are listed by support, then first seen; a growing corpus's link sorts only its new
claims into the last link's order, with the same result as sorting them all."""

from __future__ import annotations

import random

import pytest

from newsweave.link import claims as claims_module
from newsweave.link.claims import ClaimMemo, _claim_order, _in_claim_order
from newsweave.model import Claim


def _claim(i: int, rng: random.Random) -> Claim:
    return Claim(claim_id=f"clm_{i:05d}", summary=f"Alpha met Beta ({i})", type="CONSULT",
                 actor=None, recipient=None,
                 event_ids=[f"evt_{i}_{j}" for j in range(rng.randint(1, 3))],
                 independent_sources=[f"src_{j}" for j in range(rng.randint(1, 4))],
                 first_seen=f"2016-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}")


def test_new_claims_are_put_in_the_last_links_order(monkeypatch: pytest.MonkeyPatch
                                                    ) -> None:
    rng = random.Random(4)
    memo = ClaimMemo()
    first = [_claim(i, rng) for i in range(2000)]
    assert _in_claim_order(list(first), memo) == sorted(first, key=_claim_order)
    gone = set(rng.sample(range(2000), 30))
    now = [c for i, c in enumerate(first) if i not in gone] + [
        _claim(i, rng) for i in range(2000, 2020)]
    rng.shuffle(now)
    asked = []

    def counted(c: Claim) -> tuple[int, int, str, str]:
        asked.append(c.claim_id)
        return _claim_order(c)

    monkeypatch.setattr(claims_module, "_claim_order", counted)
    got = _in_claim_order(list(now), memo)
    assert got == sorted(now, key=_claim_order)
    assert len(asked) < 20 * 30  # the new claims and a few lookups each, not all 1,990
    assert memo.ordered == got and memo.ordered is not got


def test_claims_with_the_same_id_are_sorted_in_full() -> None:
    rng = random.Random(5)
    memo = ClaimMemo()
    first = [_claim(i, rng) for i in range(50)]
    _in_claim_order(list(first), memo)
    twin = _claim(7, rng)
    now = [*first, twin]
    assert _in_claim_order(list(now), memo) == sorted(now, key=_claim_order)
