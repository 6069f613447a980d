"""What a link changed in the claims: new claims, status changes, new sources.

Claim ids follow their evidence (a claim that gains an event gets a new id), so a claim before
and after a link is matched by the evidence they share: each new claim is the old claim whose
events and quotes overlap it most (Jaccard), at least one piece in common. `newsweave watch`
prints and stores these changes after every poll.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from newsweave.model import Claim, Record

CHANGE_KINDS = ("new claim", "status", "new source", "gone")
ROLES = (("says so", "supported_by"), ("denies", "denied_by"), ("doubts", "doubted_by"))


@dataclass
class ClaimChange(Record):
    """One change to one claim, as `newsweave watch` reports it."""

    kind: str  # one of CHANGE_KINDS
    claim_id: str  # the claim as it is now (before, for "gone")
    summary: str
    before: str | None = None  # old status / None
    after: str | None = None  # new status, or the new source ("VOA (denies)")

    def line(self) -> str:
        if self.kind == "status":
            return f"status   {self.summary}: {self.before} -> {self.after}"
        if self.kind == "new source":
            return f"source   {self.summary}: + {self.after}"
        if self.kind == "gone":
            return f"gone     {self.summary} (was {self.before})"
        return f"new      {self.summary} ({self.after})"


def _evidence(c: Claim) -> set[str]:
    return set(c.event_ids) | set(c.quote_ids)


def match_claims(before: list[Claim], after: list[Claim]) -> dict[str, Claim]:
    """new claim id -> the old claim it continues (most shared evidence), if any."""
    owner: dict[str, list[Claim]] = defaultdict(list)
    for old in before:
        for piece in _evidence(old):
            owner[piece].append(old)
    out: dict[str, Claim] = {}
    for new in after:
        pieces = _evidence(new)
        shared: dict[str, int] = defaultdict(int)
        olds: dict[str, Claim] = {}
        for piece in pieces:
            for old in owner.get(piece, ()):
                shared[old.claim_id] += 1
                olds[old.claim_id] = old
        if not shared:
            continue
        scores = {cid: (n / len(pieces | _evidence(olds[cid])), cid)
                  for cid, n in shared.items()}
        best = max(scores, key=scores.__getitem__)
        out[new.claim_id] = olds[best]
    return out


def claim_changes(before: list[Claim], after: list[Claim]) -> list[ClaimChange]:
    """The changes from one set of claims to the next, new claims first."""
    matched = match_claims(before, after)
    changes: list[ClaimChange] = []
    continued: set[str] = set()
    for new in sorted(after, key=lambda c: c.summary):
        old = matched.get(new.claim_id)
        if old is None:
            changes.append(ClaimChange("new claim", new.claim_id, new.summary, None, new.status))
            continue
        continued.add(old.claim_id)
        if old.status != new.status:
            changes.append(ClaimChange("status", new.claim_id, new.summary, old.status,
                                       new.status))
        for label, attr in ROLES:
            for source in getattr(new, attr):
                if source not in getattr(old, attr):
                    changes.append(ClaimChange("new source", new.claim_id, new.summary, None,
                                               f"{source} ({label})"))
    for old in sorted(before, key=lambda c: c.summary):
        if old.claim_id not in continued and not any(m is old for m in matched.values()):
            changes.append(ClaimChange("gone", old.claim_id, old.summary, old.status, None))
    order = {k: i for i, k in enumerate(CHANGE_KINDS)}
    return sorted(changes, key=lambda ch: (order[ch.kind], ch.summary))
