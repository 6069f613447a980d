"""Who says a claim, who doubts it and who denies it: one role per source, and the status.

A claim's evidence is its events and quotes. Each piece has a role (newsweave.vocab): an event
by its modality, a quote by its stance, and a quote that says the matter is unclear or
cautions against concluding it (data/lexicons/evidence_roles.json and modality.json's
unconfirmed patterns) doubts it. Each piece has a source: the person or group it is
attributed to (carried by the outlet: outlet -> speaker -> claim), else the outlet in its
own voice. A source that says several things about one claim takes one role, the strongest
against it (vocab.ROLE_PRECEDENCE), and the claim records which sentence won and why.
"""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newsweave.extract.lexicon import load_json
from newsweave.link.names import CORPUS_CACHE
from newsweave.model import Claim, ClaimSource, Event, Quote
from newsweave.vocab import (
    DENIES,
    DOUBTS,
    ROLE_ORDER,
    SUPPORTS,
    claim_status,
    modality_is_firm,
    modality_role,
    stance_role,
    strongest_role,
)

log = logging.getLogger(__name__)


@functools.lru_cache(maxsize=1)
def _doubt_patterns() -> tuple[re.Pattern[str], ...]:
    data = load_json("evidence_roles.json")
    patterns = list(data["doubt_patterns"]) + list(load_json("modality.json")
                                                   ["unconfirmed_patterns"])
    for p in patterns:
        if not isinstance(p, str):
            raise ValueError(f"evidence_roles.json: pattern {p!r} is not a string")
    return tuple(re.compile(p, re.I) for p in patterns)


@functools.lru_cache(maxsize=CORPUS_CACHE)
def doubt_cue(text: str | None) -> str | None:
    """The words that make a statement a doubt ("not clear whether", "cautioned against
    jumping to conclusions"), or None."""
    if not text:
        return None
    for pattern in _doubt_patterns():
        m = pattern.search(text)
        if m:
            return m.group(0)
    return None


@functools.lru_cache(maxsize=1)
def _future() -> re.Pattern[str]:
    words = load_json("evidence_roles.json")["future_markers"]
    return re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def speaks_of_future(sentence: str, cue: str | None) -> bool:
    """Whether the words after a doubt cue speak of the future ("yet to be seen whether
    Moscow will ..."): uncertainty about what will happen, not about what was reported."""
    at = sentence.lower().find(cue.lower()) if cue else -1
    after = sentence[at + len(cue or ""):] if at >= 0 else sentence
    return bool(_future().search(after))


def statement_role(stance: str | None, *texts: str | None) -> tuple[str, str | None]:
    """(role, doubt cue) of a quoted statement: its stance's role, except that a statement
    the speaker hedges as unclear or unconfirmed doubts it (a denial stays a denial)."""
    role = stance_role(stance)
    if role == DENIES:
        return role, None
    for text in texts:
        cue = doubt_cue(text)
        if cue:
            return DOUBTS, cue
    return role, None


@dataclass
class EvidenceItem:
    """One event or quote behind a claim, with the source it speaks for."""

    item_id: str
    article_id: str
    role: str
    firm: bool  # a support that vouches for the claim
    source: str  # person/group name, or the outlet's label
    kind: str  # "speaker" | "outlet"
    carrier: str  # the independent outlet that carries it
    sentence: str


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def assign_sources(claim: Claim, items: Sequence[EvidenceItem]) -> None:
    """Fill the claim's sources (one role each), the per-item roles, the role counts, the
    supported_by / doubted_by / denied_by lists and the status."""
    by_source: dict[str, list[EvidenceItem]] = {}
    for item in items:
        if not item.source:
            continue
        by_source.setdefault(item.source, []).append(item)
        claim.evidence_roles[item.item_id] = item.role
    sources: list[ClaimSource] = []
    for name, its in by_source.items():
        # an outlet quoted by name elsewhere ("VOA reported") is still that outlet
        kind = "outlet" if any(i.kind == "outlet" for i in its) else "speaker"
        roles = {i.role for i in its}
        role = strongest_role(roles)
        reason = None
        if len(roles) > 1:
            won = next(i for i in its if i.role == role)
            lost = next(i for i in its if i.role != role)
            reason = (f"{role} wins over {lost.role}: “{_short(won.sentence)}” outweighs "
                      f"“{_short(lost.sentence)}” (a source that questions or denies a "
                      "report does not vouch for it)")
        carriers = list(dict.fromkeys(i.carrier for i in its))
        firm = role == SUPPORTS and any(i.firm and i.role == SUPPORTS for i in its)
        sources.append(ClaimSource(name=name, kind=kind, role=role, carriers=carriers,
                                   evidence_ids=list(dict.fromkeys(i.item_id for i in its)),
                                   firm=firm, reason=reason))
    claim.sources = sources
    counts = Counter(s.role for s in sources)
    claim.counts = {role: counts.get(role, 0) for role in ROLE_ORDER}
    claim.supported_by = [s.name for s in sources if s.role == SUPPORTS]
    claim.doubted_by = [s.name for s in sources if s.role == DOUBTS]
    claim.denied_by = [s.name for s in sources if s.role == DENIES]
    firm_outlets = {c for s in sources if s.firm for c in s.carriers}
    claim.status = claim_status(counts.get(SUPPORTS, 0), counts.get(DOUBTS, 0),
                                counts.get(DENIES, 0), sum(s.firm for s in sources),
                                len(firm_outlets))


def sources_from_records(claim: Claim, events: dict[str, Event], quotes: dict[str, Quote],
                         outlet_of: dict[str, str]) -> None:
    """Sources, roles, counts and status for a claim stored without them (a store written
    before claims had sources, or records made by hand), from its events and quotes by the
    same rules, with speakers named as written."""
    items: list[EvidenceItem] = []
    covered: set[str] = set()
    for eid in claim.event_ids:
        e = events.get(eid)
        if e is None:
            continue
        role = modality_role(e.modality)
        speaker = e.attributed_to.name if e.attributed_to is not None else None
        if not speaker and e.modality == "denied" and e.actor is not None:
            speaker = e.actor.name
        carrier = outlet_of.get(e.article_id, e.article_id)
        items.append(EvidenceItem(eid, e.article_id, role,
                                  role == SUPPORTS and modality_is_firm(e.modality),
                                  speaker or carrier, "speaker" if speaker else "outlet",
                                  carrier, e.sentence))
        if e.quote_id:
            covered.add(e.quote_id)
    for qid in claim.quote_ids:
        q = quotes.get(qid)
        if q is None or qid in covered:
            continue
        role, _ = statement_role(q.stance, q.text, q.sentence)
        speaker = q.speaker.name if q.speaker is not None else None
        carrier = outlet_of.get(q.article_id, q.article_id)
        items.append(EvidenceItem(qid, q.article_id, role, role == SUPPORTS,
                                  speaker or carrier, "speaker" if speaker else "outlet",
                                  carrier, q.sentence or q.text))
    claim.evidence_roles = {}
    assign_sources(claim, items)
