"""Scoring quotations against the dev gold (shared/eval/seeds_dev_gold.json).

Gold rule (the gold file's "about"): a gold quote is found when a stored quote of the same
article has a text containing the gold snippet (case and quote marks ignored) and a speaker
matching the gold speaker: one of its aliases in gold["people"], or of the gold["actors"]
group that lists it, or the speaker string itself; an anonymous gold speaker ("presidential
palace adviser") matches when its words all occur in the stored speaker's name or description.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from newsweave.evaluation import Metric, doc_article_ids, normalize_text
from newsweave.model import ActorRef, Quote
from newsweave.store import Store

PART = "quotes"
TARGETS = {"direct recall": 0.95, "speaker accuracy": 0.9, "indirect+mixed recall": 0.8}
_STOP = {"the", "a", "an", "of", "at", "in", "for", "on", "to", "and", "from", "with", "by"}
MIN_PRECISION_WORDS = 4


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:[-'][a-z0-9]+)*", normalize_text(text))


def _contains_words(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return n > 0 and any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1))


def speaker_aliases(gold: dict[str, Any], speaker: str) -> tuple[list[str], bool]:
    """(aliases, known): known is False for an anonymous, description-only gold speaker."""
    aliases = [speaker]
    known = False
    people = gold.get("people", {})
    if speaker in people:
        aliases += people[speaker]
        known = True
    for name, alist in people.items():
        if speaker in alist:
            aliases += [name, *alist]
            known = True
    for group in gold.get("actors", {}).values():
        if speaker in group:
            aliases += group
            known = True
    return list(dict.fromkeys(aliases)), known


def speaker_matches(gold: dict[str, Any], speaker: str, ref: ActorRef | None) -> bool:
    if ref is None:
        return False
    aliases, known = speaker_aliases(gold, speaker)
    name = _words(ref.name)
    names = [name]
    if known:
        is_person = speaker in gold.get("people", {}) or any(
            speaker in alist for alist in gold.get("people", {}).values())
        for alias in aliases:
            words = _words(alias)
            if any(n == words for n in names):
                return True
            # people: "Anna Berg" matches the alias "Berg"; actors: "International Red
            # Cross" matches "Red Cross" (the alias ends the name)
            if is_person and any(_contains_words(n, words) for n in names):
                return True
            if not is_person and any(n[-len(words):] == words for n in names if words):
                return True
        return False
    wanted = {w for w in _words(speaker) if w not in _STOP}
    have = set(name) | set(_words(ref.description or ""))
    return bool(wanted) and wanted <= have


def _channel_matches(gold_channel: str, channel: str | None) -> bool:
    if not channel:
        return False
    g, c = normalize_text(gold_channel), normalize_text(channel)
    return g in c or c in g


def _describe(q: Quote) -> str:
    speaker = q.speaker.name if q.speaker else "no speaker"
    text = q.text if len(q.text) <= 80 else q.text[:77] + "..."
    return f"{q.kind} by {speaker}: {text!r}"


def found_and_hits(gold: dict[str, Any], g: dict[str, Any], quotes: list[Quote]
                   ) -> tuple[list[Quote], list[Quote]]:
    """The scorer's rule for one gold attribution against its article's quotes: (found: the
    quotes whose text holds the gold snippet, hits: those of them whose speaker matches)."""
    snippet = normalize_text(g["snippet"])
    found = [q for q in quotes if snippet in normalize_text(q.text)]
    return found, [q for q in found if speaker_matches(gold, g["speaker"], q.speaker)]


def score(gold: dict[str, Any], store: Store) -> list[Metric]:
    ids = doc_article_ids(gold, store)
    by_article: dict[str, list[Quote]] = defaultdict(list)
    for aid in set(ids.values()):
        by_article[aid] = store.quotes(aid)
    texts = {a.article_id: a.text for a in store.articles(list(set(ids.values())))}

    recall: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    recall_misses: dict[str, list[str]] = defaultdict(list)
    spk = [0, 0]
    spk_misses: list[str] = []
    chan = [0, 0]
    chan_misses: list[str] = []
    stance = [0, 0]
    stance_misses: list[str] = []
    kind_ok = [0, 0]
    kind_misses: list[str] = []
    matched_quotes: dict[str, set[str]] = defaultdict(set)  # article -> quote ids matched

    for g in gold.get("quotes", []):
        kind = g.get("kind", "direct")
        label = f"[{g['doc']}] {kind} {g['speaker']}: {g['snippet']!r}"
        article_id = ids.get(g["doc"])
        buckets = [kind] + (["indirect+mixed"] if kind in ("indirect", "mixed") else [])
        for b in buckets:
            recall[b][1] += 1
        if article_id is None:
            for b in buckets:
                recall_misses[b].append(f"{label} (article not in store)")
            continue
        found, hits = found_and_hits(gold, g, by_article[article_id])
        if found:
            spk[1] += 1
            if hits:
                spk[0] += 1
            else:
                spk_misses.append(f"{label} -> {_describe(found[0])}")
        if not hits:
            why = "text not found" if not found else "wrong speaker"
            for b in buckets:
                recall_misses[b].append(f"{label} ({why})")
            continue
        for b in buckets:
            recall[b][0] += 1
        best = next((q for q in hits if q.kind == kind), hits[0])
        matched_quotes[article_id].update(q.quote_id for q in hits)
        kind_ok[1] += 1
        if best.kind == kind:
            kind_ok[0] += 1
        else:
            kind_misses.append(f"{label} -> {best.kind}")
        if g.get("channel"):
            chan[1] += 1
            if any(_channel_matches(g["channel"], q.channel) for q in hits):
                chan[0] += 1
            else:
                chan_misses.append(f"{label}: gold {g['channel']!r}, got {best.channel!r}")
        if g.get("stance"):
            stance[1] += 1
            if any(q.stance == g["stance"] for q in hits):
                stance[0] += 1
            else:
                stance_misses.append(f"{label}: gold {g['stance']}, got {best.stance}")

    # precision of direct quotes of 4+ words in the gold docs (the gold lists all of them);
    # a further stretch of the same statement (same speaker, same paragraph as a matched
    # quote: '"A," he said. "B."') counts as right
    prec = [0, 0]
    prec_misses: list[str] = []
    for aid in set(ids.values()):
        text = texts.get(aid, "")
        matched = [q for q in by_article[aid] if q.quote_id in matched_quotes[aid]]
        for q in by_article[aid]:
            if q.kind != "direct" or len(_words(q.text)) < MIN_PRECISION_WORDS:
                continue
            prec[1] += 1
            if q.quote_id in matched_quotes[aid] or any(
                    m.speaker and q.speaker and m.speaker.name == q.speaker.name and
                    _same_paragraph(text, m.span, q.span) for m in matched):
                prec[0] += 1
            else:
                prec_misses.append(_describe(q))

    def metric(name: str, counts: list[int], misses: list[str]) -> Metric:
        value = counts[0] / counts[1] if counts[1] else None
        return Metric(part=PART, name=name, value=value, numerator=counts[0],
                      denominator=counts[1], target=TARGETS.get(name), misses=misses)

    return [
        metric("direct recall", recall["direct"], recall_misses["direct"]),
        metric("indirect recall", recall["indirect"], recall_misses["indirect"]),
        metric("mixed recall", recall["mixed"], recall_misses["mixed"]),
        metric("indirect+mixed recall", recall["indirect+mixed"],
               recall_misses["indirect+mixed"]),
        metric("speaker accuracy", spk, spk_misses),
        metric("channel accuracy", chan, chan_misses),
        metric("stance accuracy", stance, stance_misses),
        metric("kind accuracy", kind_ok, kind_misses),
        metric("direct precision (4+ words)", prec, prec_misses),
    ]


def _same_paragraph(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    lo, hi = min(a[0], b[0]), max(a[1], b[1])
    return "\n" not in text[lo:hi]
