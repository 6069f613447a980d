"""Scoring claims against gold["claims"]: is each gold claim found as one cluster across its
documents, and with the right status?

A gold claim names its documents and a status: "corroborated", "corroborated-but-denied" (ours:
"denied" or "contested" with the denier in denied_by) or "quote" (ours: one quote-variant group
across the documents). The rule, fixed before looking at scores:

1. Candidates. A stored claim is a candidate for a gold statement when (a) its actor and
   recipient fall in the actor groups the statement names (gold["actors"] aliases; both sides
   when the statement names two or more groups), and (b) its evidence is about the statement:
   the best cosine between the statement and one of the claim's event sentences, with the
   sentence model (all-MiniLM-L6-v2), is at least 0.6, the usual "same topic" level for that
   model (without a model: rapidfuzz token_set_ratio >= 60 on the words). For "quote" gold, a
   candidate is a quote-variant group whose text shares >= 50 token_set_ratio with the quoted
   words.
2. Assignment is one to one: a stored claim (or variant group) answers at most one gold
   statement. Pairs are taken greedily, best first, by the share of the gold documents the
   candidate covers, then by relevance. So one over-merged cluster cannot stand for two
   different gold claims (a "channel via a third country" claim merged into the general
   "contacts" claim counts for one of them only).
3. Scores. Covered: the assigned candidate contains every gold document. Status: covered and
   the status matches. Document coverage: covered gold documents over all gold documents.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from newsweave.evaluation import Metric, doc_article_ids, normalize_text
from newsweave.model import ActorRef, Claim, QuoteVariant
from newsweave.store import Store

MIN_RELEVANCE = 60.0  # a claim whose evidence is this far from the statement is never its
# match (100 x the best embedding cosine; rapidfuzz token_set_ratio without a model)


@dataclass
class ClaimMatch:
    gold_id: str
    covered: bool  # one cluster covers all the gold documents
    status_ok: bool
    found: str | None  # what matched ("claim clm_..: summary [status]" / "quotes qv_..")
    docs_covered: int = 0
    docs: int = 0


def _groups_in(text: str, actors: dict[str, list[str]]) -> set[str]:
    """Gold actor groups named in a text (by alias, whole words, case-insensitive)."""
    low = text.lower()
    found = set()
    for group, aliases in actors.items():
        for alias in aliases:
            pattern = rf"(?<![\w]){re.escape(alias.lower())}(?![\w])"
            if re.search(pattern, low):
                found.add(group)
                break
    return found


def _ref_groups(ref: ActorRef | None, actors: dict[str, list[str]]) -> set[str]:
    if ref is None:
        return set()
    exact = {g for g, aliases in actors.items()
             if any(a.lower() == ref.name.lower() for a in aliases)}
    return exact or _groups_in(ref.name, actors)


def _status_ok(gold: dict[str, Any], claim: Claim) -> bool:
    status = gold.get("status")
    if status == "corroborated-but-denied":
        denier = str(gold.get("denied_by", "")).lower()
        return claim.status in ("denied", "contested") and (
            not denier or any(denier in d.lower() or d.lower() in denier
                              for d in claim.denied_by))
    return claim.status == status


def _similarity(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    return float(fuzz.token_set_ratio(normalize_text(a), normalize_text(b)))


def _relevance(statement: str, claim: Claim, sentences: dict[str, list[str]],
               embed: Callable[[list[str]], Any] | None) -> float:
    """How close a claim's evidence is to the statement: 0..100 (fuzzy words or meaning)."""
    texts = sentences.get(claim.claim_id, [])
    if embed is None or not texts:
        return max(_similarity(statement, t) for t in [claim.summary, *texts])
    vectors = embed([statement, *texts])
    return 100.0 * max(float(vectors[0] @ v) for v in vectors[1:])


def match_claims(gold: dict[str, Any], docs: dict[str, str], claims: Sequence[Claim],
                 variants: Sequence[QuoteVariant], quotes: dict[str, tuple[str, str]],
                 sentences: dict[str, list[str]] | None = None,
                 embed: Callable[[list[str]], Any] | None = None) -> list[ClaimMatch]:
    """One ClaimMatch per gold claim (see the module docstring for the rule). `docs` maps
    gold doc keys to article ids, `quotes` quote ids to (article_id, text) and `sentences`
    claim ids to their evidence sentences; with `embed`, meaning counts as well as words."""
    actors: dict[str, list[str]] = gold.get("actors", {})
    sentences = sentences or {}
    golds = list(gold.get("claims", []))
    wanted_of = [{docs[d] for d in g.get("docs", []) if d in docs} for g in golds]
    # (share of gold docs covered, relevance, gold index, candidate id, docs covered, label,
    #  status ok)
    pairs: list[tuple[float, float, int, str, int, str, bool]] = []
    for gi, g in enumerate(golds):
        wanted = wanted_of[gi]
        statement = str(g.get("statement", ""))
        if g.get("status") == "quote":
            said = statement.split(":", 1)[-1]
            for v in variants:
                arts = {quotes[q][0] for q in v.quote_ids if q in quotes}
                texts = [quotes[q][1] for q in v.quote_ids if q in quotes]
                sim = max((_similarity(said, t) for t in texts), default=0.0)
                if sim < 50:
                    continue
                n = len(arts & wanted)
                pairs.append((n / max(1, len(wanted)), sim, gi, "qv:" + v.group_id, n,
                              f"quotes {v.group_id}: {texts[0]!r}", True))
            continue
        named = _groups_in(statement, actors)
        need = min(2, len(named))
        for c in claims:
            sides = _ref_groups(c.actor, actors) | _ref_groups(c.recipient, actors)
            if len(sides & named) < need:
                continue
            relevance = _relevance(statement, c, sentences, embed)
            if relevance < MIN_RELEVANCE:
                continue
            n = len(set(c.article_ids) & wanted)
            pairs.append((n / max(1, len(wanted)), relevance, gi, "clm:" + c.claim_id, n,
                          f"claim {c.claim_id}: {c.summary} [{c.status}]", _status_ok(g, c)))
    pairs.sort(key=lambda p: (-p[0], -p[1], p[2], p[3]))
    assigned: dict[int, tuple[float, float, int, str, int, str, bool]] = {}
    taken: set[str] = set()
    for pair in pairs:
        if pair[2] in assigned or pair[3] in taken:
            continue
        assigned[pair[2]] = pair
        taken.add(pair[3])
    out: list[ClaimMatch] = []
    for gi, g in enumerate(golds):
        wanted = wanted_of[gi]
        best = assigned.get(gi)
        covered_n = best[4] if best else 0
        covered = bool(wanted) and covered_n == len(wanted)
        out.append(ClaimMatch(gold_id=str(g.get("id")), covered=covered,
                              status_ok=covered and bool(best and best[6]),
                              found=best[5] if best else None,
                              docs_covered=covered_n, docs=len(wanted)))
    return out


def score(gold: dict[str, Any], store: Store) -> list[Metric]:
    """Claim coverage, status accuracy and document coverage of the gold claims."""
    if not gold.get("claims"):
        return []
    docs = doc_article_ids(gold, store)
    quotes = {q.quote_id: (q.article_id, q.text) for q in store.quotes()}
    from newsweave.nlp.models import embed

    claims = store.claims()
    events = {e.event_id: e.sentence for e in store.events()}
    sentences = {c.claim_id: [events[e] for e in c.event_ids if e in events] for c in claims}
    rows = match_claims(gold, docs, claims, store.quote_variants(), quotes, sentences, embed)
    n = len(rows)
    statements = {str(g.get("id")): g.get("statement", "") for g in gold["claims"]}

    def miss(r: ClaimMatch) -> str:
        return (f"{r.gold_id} {statements.get(r.gold_id)!r}: best {r.found or 'none'} "
                f"({r.docs_covered}/{r.docs} docs)")

    covered = [r for r in rows if r.covered]
    status_ok = [r for r in rows if r.status_ok]
    doc_total = sum(r.docs for r in rows)
    return [
        Metric("claims", "coverage", len(covered) / n, len(covered), n,
               misses=[miss(r) for r in rows if not r.covered]),
        Metric("claims", "status accuracy", len(status_ok) / n, len(status_ok), n,
               misses=[miss(r) for r in rows if r.covered and not r.status_ok]),
        Metric("claims", "document coverage",
               sum(r.docs_covered for r in rows) / doc_total if doc_total else None,
               sum(r.docs_covered for r in rows), doc_total),
    ]
