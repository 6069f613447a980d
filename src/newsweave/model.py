"""The one data model shared by every stage: ingest -> analyze -> link -> store -> export/web.

Records are plain dataclasses that round-trip through JSON (``to_dict`` / ``from_dict``), so
they can cross process boundaries (multiprocessing, Ray) and live in DuckDB JSON columns.
Every record that comes from text carries ``article_id`` and a character ``span`` [start, end)
into that article's cleaned ``text``.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import sys
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar, Union

Span = tuple[int, int]

Modality = Literal[
    "asserted", "alleged", "planned", "denied", "negated", "hypothetical", "unconfirmed"
]
QuoteKind = Literal["direct", "indirect", "mixed"]
Stance = Literal["assert", "deny", "confirm", "question"]
ClaimStatus = Literal["corroborated", "single-source", "contested", "denied", "unconfirmed"]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

T = TypeVar("T")


def stable_id(prefix: str, *parts: object, length: int = 16) -> str:
    """Deterministic id from content, so re-running the same input yields the same ids."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}_{digest[:length]}"


class Record:
    """Mixin: JSON round trip for the dataclasses below."""

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)  # type: ignore[no-any-return]

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        return _build(cls, data)  # type: ignore[no-any-return]


@functools.cache
def _field_names(tp: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(tp))


def _plain(value: Any) -> Any:
    """`dataclasses.asdict` for our records, without its deep copies (records hold only
    strings, numbers, lists, tuples, dicts and records); storing analyses spent a fifth of
    its time in asdict."""
    if isinstance(value, (str, int, float)) or value is None:
        return value
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: _plain(getattr(value, name)) for name in _field_names(type(value))}
    return value


@functools.cache
def _field_types(tp: Any) -> dict[str, Any]:
    """A dataclass's field name -> resolved type, computed once per class (resolving the
    string annotations is what made reading stored records slow)."""
    hints = typing.get_type_hints(tp)
    return {f.name: hints[f.name] for f in dataclasses.fields(tp)}


def _build(tp: Any, value: Any) -> Any:
    """Rebuild a (possibly nested) dataclass value from JSON-like data."""
    return _builder(tp)(value)


def _identity(value: Any) -> Any:
    return value


# A string field read back from JSON is a new object for each record even when its value
# repeats: the article id of each mention, quote and event, the labels and types ('PERSON',
# 'asserted'), the names a mention and its actor refs share. Strings up to this length are
# shared (sys.intern) as records are rebuilt: in the analyses of 20,000 synthetic articles
# 2.0 of 2.7 million strings repeated a value another held (118 MB), held by every process
# that links them and written (and read back) one by one in the Linker's kept state
# (link.persist), which pickles a shared object once. Longer strings (sentences, texts)
# seldom repeat and are left as read.
SHARED_STR_MAX = 64


def _shared_str(value: Any) -> Any:
    """A short string as the one equal string the interpreter shares (see SHARED_STR_MAX);
    anything else as it is."""
    if type(value) is str and len(value) <= SHARED_STR_MAX:
        return sys.intern(value)
    return value


@functools.cache
def _builder(tp: Any) -> Callable[[Any], Any]:
    """A function that rebuilds values of type `tp` from JSON-like data, made once per type:
    reading stored analyses for linking spent most of its time inspecting the same types."""
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) != 1:
            return _identity
        inner = _builder(args[0])
        if inner is _shared_str:  # (None passes through it as it is)
            return _shared_str
        return lambda v: None if v is None else inner(v)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        record_type: Any = tp
        fields = {name: _builder(hint) for name, hint in _field_types(record_type).items()}
        names = fields.keys()
        # the string fields (shared inline: a call per field made reading records ~45%
        # slower) and the fields rebuilt otherwise; the rest are taken as read
        strings = tuple(name for name, build in fields.items() if build is _shared_str)
        built = tuple((name, build) for name, build in fields.items()
                      if build is not _shared_str and build is not _identity)
        intern, longest = sys.intern, SHARED_STR_MAX

        def build_record(v: Any) -> Any:
            if not isinstance(v, dict):
                return v
            # (a copy: the caller's data stays as it was)
            kw = dict(v) if v.keys() <= names else {k: x for k, x in v.items() if k in names}
            for name in strings:
                x = kw.get(name)
                if type(x) is str and len(x) <= longest:
                    kw[name] = intern(x)
            for name, build in built:
                if name in kw:
                    kw[name] = build(kw[name])
            return record_type(**kw)
        return build_record
    if origin is list:
        item = _builder(typing.get_args(tp)[0])
        if item is _identity:
            return lambda v: None if v is None else list(v)
        return lambda v: None if v is None else [item(x) for x in v]
    if origin is tuple:
        return lambda v: None if v is None else tuple(v)
    if origin is dict:
        return lambda v: None if v is None else dict(v)
    if tp is str:
        return _shared_str
    return _identity


# ----------------------------------------------------------------------------- ingest


@dataclass
class RawInput(Record):
    """One unit handed to ingest before cleaning: a file, a JSONL line, a fetched URL."""

    source: str  # path or URL as given (JSONL lines: "path#L12")
    data: bytes | None = None  # raw bytes (files, URLs); None when `text` is set
    text: str | None = None  # already-decoded text (JSONL fields)
    format: str | None = None  # "html" | "text" | None (sniff)
    meta: dict[str, Any] = field(default_factory=dict)  # metadata given with the input
    # met by a folder walk or a glob, not named by the user: a JSON file in it that holds no
    # article record is skipped (a manifest), not an error (see ingest.parse)
    in_folder: bool = False


@dataclass
class Article(Record):
    article_id: str  # stable_id("art", cleaned text)
    source: str
    text: str  # the cleaned body; every span points into this
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    byline: str | None = None
    published: str | None = None  # ISO date
    published_source: str | None = None  # "metadata" | "text" | "inferred" | None
    language: str | None = None  # ISO 639-1
    duplicate_of: str | None = None  # near-duplicate of another article
    syndicated_from: str | None = None  # repost of another article (link stage)
    format: str | None = None  # "html" | "text" | "jsonl"
    other_sources: list[str] = field(default_factory=list)  # exact duplicates seen elsewhere
    warnings: list[str] = field(default_factory=list)  # e.g. "decoded as cp1251"
    removed_lines: int = 0  # boilerplate lines dropped

    @property
    def is_english(self) -> bool:
        return self.language in (None, "en")


@dataclass
class IngestError(Record):
    """One bad input: recorded, reported in one line, never stops the run."""

    source: str
    reason: str
    stage: str = "ingest"  # "ingest" | "analyze" | "link"

    def line(self) -> str:
        return f"{self.source}: {self.reason}"


SKIPPED_STAGE = "skipped"  # the stage of a skipped input's row in the store's errors table


@dataclass
class SkippedInput(Record):
    """A file or folder a folder walk (or a glob) did not read because it is no article (a
    licence, a readme, a hidden or OS file, a version-control folder): reported in one line
    and recorded, never an error (see ingest_files.json: folder_skips)."""

    source: str
    reason: str

    def line(self) -> str:
        return f"{self.source}: skipped ({self.reason})"

    def as_row(self) -> IngestError:
        """The store's row for it: the errors table, stage "skipped" (not an error)."""
        return IngestError(source=self.source, reason=self.reason, stage=SKIPPED_STAGE)


# ----------------------------------------------------------------------------- analyze


@dataclass
class ActorRef(Record):
    """An entity in a role (speaker, actor, recipient), resolved as far as the text allows."""

    name: str
    entity_id: str | None = None  # corpus entity (set by linking); None if unresolved
    country: str | None = None  # ISO 3166 alpha-3
    sector: str | None = None  # GOV MIL REB IGO MED CIV BUS ...
    type: str | None = None  # PERSON ORG GPE NORP ...
    description: str | None = None
    span: Span | None = None
    mention_id: str | None = None  # the in-article mention this came from
    # True when `country` was not stated but inferred from the article's story country (a
    # senator or minister named without a country): a weaker claim than a stated one
    country_inferred: bool = False
    rules: list[str] = field(default_factory=list)  # the resolvers that named it (provenance)


@dataclass
class Mention(Record):
    """An entity mention in one article, clustered within the article (`local_key`)."""

    mention_id: str
    article_id: str
    text: str
    span: Span
    label: str  # spaCy label or our own (PERSON ORG GPE NORP LOC ...)
    canonical: str  # best in-article name for the cluster ("Zamir Kabulov")
    local_key: str  # same for every mention of one real thing in this article
    country: str | None = None
    sector: str | None = None
    description: str | None = None  # apposition / title ("Russia's special envoy ...")
    entity_id: str | None = None  # set by corpus linking


@dataclass
class Location(Record):
    name: str
    country: str | None = None  # ISO alpha-3
    lat: float | None = None
    lon: float | None = None
    span: Span | None = None
    kind: str | None = None  # "city" | "country" | "region" | ...
    geonameid: int | None = None  # the GeoNames record (cities and countries)
    feature_class: str | None = None  # GeoNames feature class: "P" place, "A" admin area
    feature_code: str | None = None  # GeoNames feature code: "PCLI", "PPLC", "ADM1", ...


@dataclass
class Quote(Record):
    quote_id: str
    article_id: str
    kind: str  # QuoteKind
    text: str
    span: Span
    speaker: ActorRef | None
    cue: str | None = None  # reporting verb lemma
    cue_span: Span | None = None
    channel: str | None = None  # "Interfax", "VOA", "a statement"
    stance: str | None = None  # Stance
    date: str | None = None  # ISO, as precise as known
    date_text: str | None = None
    sentence: str | None = None
    # how it was found and attributed, in order ("cue_beside_quotation", "paragraph_goes_on");
    # the speaker's own resolution steps are its ActorRef.rules (provenance)
    rules: list[str] = field(default_factory=list)


@dataclass
class Detail(Record):
    """What, how many, how much of one event: a theme (the thing given, seized, deployed, or
    the people killed, arrested), its quantity normalized (a number, a range, or a vague
    order of magnitude with a flag) and money with its currency, with the evidence span."""

    kind: str  # DETAIL_KINDS
    text: str  # the phrase as written ("some 10,000 AK-47 assault rifles")
    span: Span
    theme: str | None = None  # "AK-47 assault rifles", "civilians"; None for bare money
    theme_key: str | None = None  # normalized class for comparing ("rifles", "killed")
    quantity_text: str | None = None  # "some 10,000", "as many as 20", "thousands"
    value: float | None = None  # the stated number (the point of "about N", the top of a range)
    low: float | None = None  # the interval the wording allows (None = open)
    high: float | None = None
    approx: str | None = None  # "some", "as many as", "at least", "thousands"
    vague: bool = False  # an order of magnitude, not a number ("thousands")
    magnitude: int | None = None  # order of magnitude (3 for "thousands")
    unit: str | None = None  # "rounds", "tonnes"
    currency: str | None = None  # ISO 4217
    said_by: str | None = None  # who states it, when not the outlet
    rule: str = ""  # which rule found it / attached it to the event


DETAIL_KINDS: tuple[str, ...] = (
    "item", "money", "troops", "killed", "wounded", "arrested", "abducted", "displaced", "people",
)


@dataclass
class Event(Record):
    event_id: str
    article_id: str
    span: Span  # the predicate (and its core arguments) in the text
    sentence: str
    type: str  # one of PLOVER_TYPES
    trigger: str  # predicate lemma ("supply", "meet")
    actor: ActorRef | None
    recipient: ActorRef | None = None
    mode: str | None = None
    modality: str = "asserted"  # Modality
    modality_cue: str | None = None  # the word that set the modality ("reportedly")
    attributed_to: ActorRef | None = None  # who says it happened; None = the outlet
    quote_id: str | None = None  # the quote that carries it, if any
    date: str | None = None
    date_text: str | None = None
    date_precision: str | None = None  # "day" | "month" | "year"
    location: Location | None = None
    sentence_span: Span | None = None
    confidence: float = 1.0
    source_method: str = "lexicon"  # "lexicon" | "embedding"
    details: list[Detail] = field(default_factory=list)  # what, how many, how much
    rules: list[str] = field(default_factory=list)  # the rules that made it (provenance)


@dataclass
class ArticleAnalysis(Record):
    """Everything the per-article pure function finds in one article."""

    article_id: str
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)
    analyzer_version: str = ""
    skipped: str | None = None  # why the article was not analyzed (e.g. "language de")
    # what went wrong in part of the analysis ("events stage failed: ..."); the records of the
    # other stages are kept, and each problem is recorded as an analysis error row
    problems: list[str] = field(default_factory=list)


# ----------------------------------------------------------------------------- link


@dataclass
class Entity(Record):
    entity_id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    sector: str | None = None
    description: str | None = None
    article_ids: list[str] = field(default_factory=list)
    mention_count: int = 0


@dataclass
class ClaimSource(Record):
    """One source of a claim and the one role it plays (vocab.ROLES): an outlet in its own
    voice, or a person or group whose statement outlets carry (outlet -> speaker -> claim)."""

    name: str  # "Zamir Kabulov", "VOA", "unknown outlet (003.txt)"
    kind: str  # "speaker" (a quoted person or group: outlet -> speaker -> claim) | "outlet"
    role: str  # supports | doubts | denies
    carriers: list[str] = field(default_factory=list)  # outlets that carry the statement
    evidence_ids: list[str] = field(default_factory=list)  # event / quote ids, in order
    firm: bool = False  # a support that vouches for the claim (asserted, not only alleged)
    reason: str | None = None  # why this role won when the source said several things


@dataclass
class ClaimReport(Record):
    """A sentence of an article that reports a claim in other words, found by meaning (no
    event was read from it): the outlet reports the claim through it."""

    report_id: str  # stable_id("rep", article_id, span)
    article_id: str
    span: Span
    sentence: str
    score: float  # cosine to the closest of the claim's event sentences


@dataclass
class DetailValue(Record):
    """One stated value of a claim detail and who states it."""

    text: str  # "some 10,000", "thousands", "$2 million"
    value: float | None = None
    low: float | None = None
    high: float | None = None
    vague: bool = False
    approx: str | None = None
    themes: list[str] = field(default_factory=list)  # as written ("AK-47 assault rifles")
    sources: list[str] = field(default_factory=list)  # independent sources (outlets)
    said_by: list[str] = field(default_factory=list)  # speakers, when not the outlet
    event_ids: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)  # one per article_id, same order


@dataclass
class ClaimDetail(Record):
    """A detail of a claim across its articles: every stated value with its sources, and
    whether independent sources disagree beyond the approximation they give."""

    kind: str  # DETAIL_KINDS
    key: str  # what is counted ("rifles", "killed", "money:USD")
    label: str  # "10,000 AK-47 assault rifles"
    unit: str | None = None
    currency: str | None = None
    values: list[DetailValue] = field(default_factory=list)
    disputed: bool = False
    conflicts: list[tuple[int, int]] = field(default_factory=list)  # index pairs into values


@dataclass
class Claim(Record):
    claim_id: str
    summary: str
    type: str | None
    actor: ActorRef | None
    recipient: ActorRef | None
    event_ids: list[str] = field(default_factory=list)
    quote_ids: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    independent_sources: list[str] = field(default_factory=list)
    status: str = "single-source"  # ClaimStatus
    supported_by: list[str] = field(default_factory=list)
    denied_by: list[str] = field(default_factory=list)
    doubted_by: list[str] = field(default_factory=list)
    first_seen: str | None = None
    modalities: dict[str, int] = field(default_factory=dict)
    details: list[ClaimDetail] = field(default_factory=list)  # what, how many, how much
    sources: list[ClaimSource] = field(default_factory=list)  # one role per source
    evidence_roles: dict[str, str] = field(default_factory=dict)  # event/quote id -> role
    counts: dict[str, int] = field(default_factory=dict)  # role -> number of sources
    reports: list[ClaimReport] = field(default_factory=list)  # sentences matched by meaning
    notes: list[str] = field(default_factory=list)  # analysts' notes on it or its evidence


@dataclass
class QuoteVariant(Record):
    """The same statement reported in different words by different articles."""

    group_id: str
    quote_ids: list[str]
    first_seen: str | None
    first_quote_id: str | None


@dataclass
class LinkResult(Record):
    """Corpus-wide output of the link stage (recomputed in full on each link)."""

    entities: list[Entity] = field(default_factory=list)
    mention_entity: dict[str, str] = field(default_factory=dict)  # mention_id -> entity_id
    syndication: dict[str, str] = field(default_factory=dict)  # article_id -> original id
    near_duplicates: dict[str, str] = field(default_factory=dict)  # article_id -> kept id
    claims: list[Claim] = field(default_factory=list)
    quote_variants: list[QuoteVariant] = field(default_factory=list)
