"""Scoring events against the gold: recall on (doc, actor group, type, recipient group),
modality accuracy and attribution accuracy on the matched events.

Gold actor groups ("RUS", "AFG_GOV", "TALIBAN", "IS") are mapped to our ActorRefs generally:
a key that is an ISO alpha-3 code matches that country; "XXX_GOV" (or _MIL ...) matches the
country's state organs; any other key matches by name, using the group's aliases resolved
through our actor gazetteer (so "Daesh" and "ISIL" both mean Islamic State). Names win over
countries: the Taliban (country AFG) is TALIBAN, not AFG_GOV.

Names are compared after `name_key`: lower case (normalize_text) and without punctuation that
ends a word, so "Martin Luther King Jr." and "Martin Luther King Jr" or "U.S" and "U.S." are
the same name; the words and their order must still agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from newsweave.evaluation import Metric, doc_article_ids, normalize_text
from newsweave.extract.actors import STATE_SECTORS, build_gazetteer
from newsweave.model import ActorRef, Event
from newsweave.store import Store

RECALL_TARGET = 0.75
MODALITY_TARGET = 0.8
RECIPROCAL = frozenset({"CONSULT", "COOPERATE", "AGREE"})
_KEY = re.compile(r"^([A-Z]{3})(?:_([A-Z]{3}))?$")


@dataclass
class ActorGroup:
    key: str
    country: str | None = None
    state_only: bool = False
    names: set[str] = field(default_factory=set)  # normalised names and canonical names


_WORD_END_PUNCT = re.compile(r"[.,;:!?]+(?=\s|$)")


def name_key(text: str) -> str:
    """A name as compared: normalize_text, then punctuation ending a word dropped ("Jr.")."""
    return _WORD_END_PUNCT.sub("", normalize_text(text)).strip()


def actor_groups(gold_actors: dict[str, list[str]]) -> list[ActorGroup]:
    """Gold alias groups -> matchers (country keys and name keys)."""
    import pycountry

    gaz = build_gazetteer()
    out: list[ActorGroup] = []
    for key, aliases in gold_actors.items():
        group = ActorGroup(key)
        m = _KEY.match(key)
        if m and pycountry.countries.get(alpha_3=m.group(1)) is not None:
            group.country = m.group(1)
            group.state_only = m.group(2) is not None
        else:
            for alias in [key, *aliases]:
                group.names.add(name_key(alias))
                info = gaz.lookup(alias)
                if info is not None and info.kind not in ("state", "capital", "seat"):
                    group.names.add(name_key(info.name))
        out.append(group)
    return out


def groups_of(ref: ActorRef | None, groups: list[ActorGroup]) -> set[str]:
    """The gold group keys an ActorRef belongs to."""
    if ref is None:
        return set()
    gaz = build_gazetteer()
    names = {name_key(ref.name)}
    info = gaz.lookup(ref.name)
    if info is not None:
        names.add(name_key(info.name))
    desc = name_key(ref.description or "")
    by_name = {g.key for g in groups if g.names and (
        names & g.names or any(re.search(rf"\b{re.escape(n)}\b", desc) for n in g.names
                               if len(n) > 2))}
    if by_name:
        return by_name
    if ref.sector in ("REB", "IGO", "MED") and ref.type != "PERSON":
        return set()
    return {g.key for g in groups if g.country and ref.country == g.country and
            (not g.state_only or ref.sector in STATE_SECTORS or ref.sector is None)}


def _matches(e: Event, gold_ev: dict[str, Any], groups: list[ActorGroup]) -> bool:
    if e.type != gold_ev["type"]:
        return False
    src, tgt = gold_ev["source"], gold_ev.get("target")
    a, r = groups_of(e.actor, groups), groups_of(e.recipient, groups)
    if src in a and (tgt is None or tgt in r):
        return True
    return e.type in RECIPROCAL and tgt is not None and src in r and tgt in a


def _same_person(ours: ActorRef | None, gold_name: str, people: dict[str, list[str]]) -> bool:
    if ours is None:
        return False
    aliases = {name_key(gold_name)}
    for name, alts in people.items():
        if name_key(name) == name_key(gold_name) or \
                name_key(gold_name) in {name_key(a) for a in alts}:
            aliases |= {name_key(name), *(name_key(a) for a in alts)}
    strip = re.compile(r"^the\s+")
    ours_name = strip.sub("", name_key(ours.name))
    return any(strip.sub("", a) == ours_name for a in aliases)


def _instance(found: list[Event], note: str, text: str) -> Event:
    """Several events can match one gold event (a story repeats itself): take the one whose
    words (span, actor, recipient, trigger) share most with the gold note, then the first."""
    words = {w for w in re.findall(r"[a-z0-9]+", normalize_text(note)) if len(w) > 3}

    def overlap(e: Event) -> int:
        own = " ".join([text[e.span[0]:e.span[1]], e.trigger,
                        e.actor.name if e.actor else "", e.recipient.name if e.recipient else ""])
        return len(words & set(re.findall(r"[a-z0-9]+", normalize_text(own))))

    return min(found, key=lambda e: (-overlap(e), e.span))


def score(gold: dict[str, Any], store: Store) -> list[Metric]:
    doc_ids = doc_article_ids(gold, store)
    groups = actor_groups(gold.get("actors", {}))
    people = gold.get("people", {})
    events_by_article: dict[str, list[Event]] = {}
    texts: dict[str, str] = {}
    recall = Metric("events", "event recall", None, target=RECALL_TARGET)
    modality = Metric("events", "event modality accuracy", None, target=MODALITY_TARGET)
    attribution = Metric("events", "event attribution accuracy", None)
    for gold_ev in gold.get("events", []):
        art = doc_ids.get(gold_ev["doc"])
        label = (f"{gold_ev['doc']} {gold_ev['source']} {gold_ev['type']} "
                 f"{gold_ev.get('target')} ({gold_ev.get('note', '')})")
        recall.denominator += 1
        if art is None:
            recall.misses.append(label + ": article not in store")
            continue
        if art not in events_by_article:
            events_by_article[art] = store.events(art)
        found = [e for e in events_by_article[art] if _matches(e, gold_ev, groups)]
        if not found:
            recall.misses.append(label)
            continue
        recall.numerator += 1
        if art not in texts:
            texts[art] = next((a.text for a in store.articles([art])), "")
        best = _instance(found, gold_ev.get("note", ""), texts[art])
        modality.denominator += 1
        if best.modality == gold_ev.get("modality", "asserted"):
            modality.numerator += 1
        else:
            modality.misses.append(f"{label}: {best.modality} (gold {gold_ev.get('modality')})")
        if gold_ev.get("attributed_to"):
            attribution.denominator += 1
            if _same_person(best.attributed_to, gold_ev["attributed_to"], people):
                attribution.numerator += 1
            else:
                got = best.attributed_to.name if best.attributed_to else None
                attribution.misses.append(f"{label}: {got} (gold {gold_ev['attributed_to']})")
    for m in (recall, modality, attribution):
        m.value = m.numerator / m.denominator if m.denominator else None
    return [recall, modality, attribution]
