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

`score_articles` adds recall with the actor alone and precision for the real-article sets;
`score_sentences` scores the single-sentence suite (tests/data/event_sentences.jsonl), which
`run_sentences` runs through the per-article analysis. benchmarks/event_sets.py prints them all.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsweave.evaluation import Metric, doc_article_ids, normalize_text
from newsweave.extract.gazetteer import STATE_SECTORS, build_gazetteer
from newsweave.model import ActorRef, Article, Event
from newsweave.store import Store

log = logging.getLogger(__name__)

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


# --- article sets: recall by actor, by actor and recipient, precision -----------------------

def _matches_actor(e: Event, gold_ev: dict[str, Any], groups: list[ActorGroup]) -> bool:
    """Type and source group agree (the recipient is not looked at)."""
    if e.type != gold_ev["type"]:
        return False
    if gold_ev["source"] in groups_of(e.actor, groups):
        return True
    return e.type in RECIPROCAL and gold_ev["source"] in groups_of(e.recipient, groups)


def _one_to_one(n_gold: int, edges: dict[int, list[int]]) -> int:
    """Size of a maximum matching between gold events and emitted events (each emitted event
    stands for one gold event at most): augmenting paths, small per article."""
    owner: dict[int, int] = {}

    def take(g: int, seen: set[int]) -> bool:
        for e in edges.get(g, []):
            if e in seen:
                continue
            seen.add(e)
            if e not in owner or take(owner[e], seen):
                owner[e] = g
                return True
        return False

    return sum(take(g, set()) for g in range(n_gold))


def score_articles(gold: dict[str, Any], store: Store) -> list[Metric]:
    """A real-article event set scored three ways.

    - recall (actor): gold events matched by an event of their article with the gold type and
      an actor in the gold source group (names as in `score`: ISO keys by country, other keys
      by alias);
    - recall (actor + recipient): the same, and the recipient in the gold target group (a null
      gold target accepts any recipient; the rule of `score`).
      Both recalls match one to one: one emitted event stands for one gold event at most, so
      a story's five shellings are not all found by one event (`score` lets it);
    - precision: events emitted on the gold's articles whose type and actor agree with some
      gold event of the same article, over all of them (of the gold's `scored_types` only, when
      it lists them) (a gold that lists every event a
      journalist would code makes an unmatched event a false or a non-PLOVER one);
    - modality accuracy, as `score` has it.
    """
    doc_ids = doc_article_ids(gold, store)
    groups = actor_groups(gold.get("actors", {}))
    # a gold that annotates some types only (`scored_types`) counts only those in precision
    scored = set(gold["scored_types"]) if gold.get("scored_types") else None
    by_actor = Metric("events", "article recall (actor by name)", None, target=RECALL_TARGET)
    by_both = Metric("events", "article recall (actor + recipient)", None)
    precision = Metric("events", "article precision (type + actor)", None)
    gold_by_art: dict[str, list[dict[str, Any]]] = {}
    for gold_ev in gold.get("events", []):
        by_actor.denominator += 1
        by_both.denominator += 1
        art = doc_ids.get(gold_ev["doc"])
        if art is None:
            for m in (by_actor, by_both):
                m.misses.append(f"{gold_ev['doc']}: article not in store")
            continue
        gold_by_art.setdefault(art, []).append(gold_ev)
    for art in sorted(set(doc_ids.values())):
        events = store.events(art)
        golds = gold_by_art.get(art, [])
        for metric, match in ((by_actor, _matches_actor), (by_both, _matches)):
            edges = {g: [i for i, e in enumerate(events) if match(e, gold_ev, groups)]
                     for g, gold_ev in enumerate(golds)}
            metric.numerator += _one_to_one(len(golds), edges)
            metric.misses.extend(
                f"{gold_ev['doc']} {gold_ev['source']} {gold_ev['type']} "
                f"{gold_ev.get('target')} ({gold_ev.get('note', '')})"
                for g, gold_ev in enumerate(golds) if not edges[g])
        for e in events:
            if scored is not None and e.type not in scored:
                continue
            precision.denominator += 1
            if any(_matches_actor(e, g, groups) for g in golds):
                precision.numerator += 1
            else:
                who = e.actor.name if e.actor else None
                to = e.recipient.name if e.recipient else None
                precision.misses.append(f"{art} {e.type} {who} -> {to}: {e.sentence[:120]}")
    modality = score(gold, store)[1]
    for m in (by_actor, by_both, precision):
        m.value = m.numerator / m.denominator if m.denominator else None
    return [by_actor, by_both, precision, modality]


# --- the single-sentence suite ---------------------------------------------------------------

SENTENCE_KEYS = ("id", "text", "date", "type", "source", "target")


def load_sentences(path: str | Path) -> list[dict[str, Any]]:
    """The sentence suite (one JSON object a line); a malformed line is an error naming it."""
    rows: list[dict[str, Any]] = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            missing = [k for k in SENTENCE_KEYS if k not in row]
            if missing:
                raise ValueError(f"{path}:{n}: missing {', '.join(missing)}")
            if row["type"] is not None and row["source"] is None:
                raise ValueError(f"{path}:{n}: an event sentence needs a source")
            rows.append(row)
    return rows


def sentence_articles(rows: list[dict[str, Any]], source: str = "sentences") -> list[Article]:
    """Each sentence as one English article dated by its `date`, keyed by its id."""
    return [Article(article_id=f"sent_{row['id']}", source=f"{source}#{row['id']}",
                    text=row["text"], published=row.get("date"), language="en",
                    format="text") for row in rows]


def _name_keys(name: str) -> set[str]:
    gaz = build_gazetteer()
    keys = {re.sub(r"^the\s+", "", name_key(name))}
    info = gaz.lookup(name)
    if info is not None:
        keys.add(name_key(info.name))
    return {k for k in keys if k}


def _named(ref: ActorRef, gold_name: str) -> bool:
    """The ref names the gold party: same name (or gazetteer canonical name), or one name
    holds the other as whole words ("U.N. monitors" and "U.N.")."""
    gold = _name_keys(gold_name)
    ours = _name_keys(ref.name) | ({name_key(ref.description)} if ref.description else set())
    for g in gold:
        for o in ours:
            if g == o or (len(g) > 2 and re.search(rf"\b{re.escape(g)}\b", o)) or \
                    (len(o) > 2 and re.search(rf"\b{re.escape(o)}\b", g)):
                return True
    return False


def _side_matches(ref: ActorRef | None, side: dict[str, Any] | None) -> bool:
    """One argument against the gold's: by country when the gold gives one, else by name;
    an agentless gold (no name, no country) wants no actor or one with no country."""
    if side is None:
        return True
    if side.get("country"):
        return ref is not None and ref.country == side["country"]
    if not side.get("name"):
        return ref is None or ref.country is None
    return ref is not None and _named(ref, side["name"])


def score_sentences(rows: list[dict[str, Any]],
                    events_by_id: dict[str, list[Event]]) -> list[Metric]:
    """The single-sentence suite: type, type + source country, type + source + target country
    (each over the event sentences), precision (emitted events whose type is the sentence's
    gold type, over all emitted, negatives included), event sentences with no event at all,
    and negatives with no event (the clean rate)."""
    events_rows = [r for r in rows if r["type"] is not None]
    negatives = [r for r in rows if r["type"] is None]
    typ = Metric("events", "sentence type", None, target=0.70)
    src = Metric("events", "sentence type + source country", None, target=0.60)
    both = Metric("events", "sentence type + source + target country", None, target=0.40)
    precision = Metric("events", "sentence precision", None, target=0.75)
    silent = Metric("events", "event sentences with no event", None)
    clean = Metric("events", "negatives with no event", None)
    for row in events_rows:
        found = events_by_id.get(row["id"], [])
        for m in (typ, src, both, silent):
            m.denominator += 1
        label = f"{row['id']} {row['type']}: {row['text']}"
        got = "; ".join(f"{e.type} {e.actor.name if e.actor else None}"
                        f"({e.actor.country if e.actor else None}) -> "
                        f"{e.recipient.name if e.recipient else None}"
                        f"({e.recipient.country if e.recipient else None})" for e in found)
        if not found:
            silent.numerator += 1
            silent.misses.append(label)
        typed = [e for e in found if e.type == row["type"]]
        if not typed:
            typ.misses.append(f"{label} [got: {got or 'nothing'}]")
            continue
        typ.numerator += 1
        sourced = [e for e in typed if _side_matches(e.actor, row["source"])]
        if not sourced:
            src.misses.append(f"{label} [got: {got}]")
            continue
        src.numerator += 1
        if any(_side_matches(e.recipient, row["target"]) for e in sourced):
            both.numerator += 1
        else:
            both.misses.append(f"{label} [got: {got}]")
    for row in rows:
        for e in events_by_id.get(row["id"], []):
            precision.denominator += 1
            if e.type == row["type"]:
                precision.numerator += 1
            else:
                precision.misses.append(f"{row['id']} gold {row['type']}, emitted {e.type} "
                                        f"({e.trigger}): {row['text']}")
    for row in negatives:
        clean.denominator += 1
        if events_by_id.get(row["id"]):
            types = ", ".join(e.type for e in events_by_id[row["id"]])
            clean.misses.append(f"{row['id']} ({row.get('kind')}) -> {types}: {row['text']}")
        else:
            clean.numerator += 1
    for m in (typ, src, both, precision, silent, clean):
        m.value = m.numerator / m.denominator if m.denominator else None
    return [typ, src, both, precision, silent, clean]


def run_sentences(rows: list[dict[str, Any]], batch_size: int = 32) -> dict[str, list[Event]]:
    """The events the current per-article analysis finds in each sentence (in this process,
    batch by batch, as the local engine analyzes articles), keyed by sentence id."""
    from newsweave.engine.local import analyze_batch

    arts = sentence_articles(rows)
    out: dict[str, list[Event]] = {}
    for start in range(0, len(arts), batch_size):
        for art, analysis, error in analyze_batch(arts[start:start + batch_size]):
            row_id = art.article_id.removeprefix("sent_")
            if error is not None:
                log.warning("sentence %s: %s", row_id, error.reason)
            out[row_id] = list(analysis.events) if analysis is not None else []
    return out
