"""The brief: findings first, then what is disputed, who said what, a timeline, the actor
network and the sources, every line cited.

The brief writes no prose of its own beyond fixed phrases: a finding is a claim's structured
fields (actor, a plain phrase for its PLOVER type, recipient, status and counts) followed by its
best evidence sentence, quoted from an article and cited by source number and outlet. Each
evidence sentence appears once in the whole brief (the `Ledger` numbers them E1, E2, ...); a
later section that needs it again points back to its number, and the rest of a claim's evidence
sits behind one click (HTML) or in footnotes (Markdown).

`build_brief` gathers the records (pure, over what the store holds); `brief_render` lays them
out as Markdown, one self-contained HTML file and PDF; `brief_charts` draws the pictures.
"""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsweave.link.details import detail_facts
from newsweave.model import PLOVER_TYPES, Article, Claim, ClaimSource, Entity, Event, Quote

if TYPE_CHECKING:
    from newsweave.store import Store

log = logging.getLogger(__name__)

MIN_FINDINGS, MAX_FINDINGS = 3, 7
MAX_DISPUTES = 10
MAX_SPEAKERS = 6
MAX_STATEMENTS = 3  # per speaker
MAX_TIMELINE = 12  # items listed under the timeline chart (the chart shows more)
MAX_MORE = 8  # further evidence behind a finding's click / footnotes
MAX_SENTENCE = 400
# evidence ranks: 0 asserted, 1 denial, 2 doubt, 3 hedged (alleged, ...)
SUPPORT, DENIAL, DOUBT, HEDGED = 0, 1, 2, 3
HEDGED_RANK = HEDGED
TIMELINE_MODALITIES = ("asserted", "planned", "alleged", "unconfirmed")  # things that happened
# or are reported to have happened; hypothetical, negated and denied events are not events
_EVENT_RANK = {"asserted": SUPPORT, "planned": SUPPORT, "denied": DENIAL,
               "unconfirmed": DOUBT, "negated": DOUBT}
_STANCE_NOTE = {"deny": "denial", "question": "doubt"}
# words that name an institution only together with its state ("Foreign Ministry")
_STATE_BOUND = re.compile(r"\b(?:ministry|ministries|parliament|government|army|police|"
                          r"embassy|president|cabinet|senate|congress|military|navy|"
                          r"air force|intelligence|security service|foreign office)\b", re.I)

_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’')\]]))\s+(?=[\"“‘(\[]?[A-Z0-9])|\n")


# ----------------------------------------------------------------------------- records


@dataclass
class Source:
    """One article as the brief cites it: S1, S2, ... in ingest order."""

    label: str
    article: Article
    outlet: str
    repost_of: str | None = None  # label of the original, for syndicated copies
    where: str = ""  # its URL, else its file relative to the input root (never absolute)


@dataclass
class Evidence:
    source: Source
    sentence: str
    note: str | None = None  # "said by Zamir Kabulov", "denial", ...
    rank: int = SUPPORT  # order within an item: assertions, denials, doubts, hedged reports

    @property
    def key(self) -> str:
        """Two pieces with the same words are one sentence (a repost repeats its original)."""
        return re.sub(r"\W+", " ", self.sentence).strip().lower()


@dataclass
class Cite:
    """An evidence sentence in its one place in the brief (`first`), or a pointer back to it."""

    number: int  # E<number>
    evidence: Evidence
    first: bool

    @property
    def opening(self) -> str:
        """The sentence's first words, to recognise it by in a pointer back."""
        words = self.evidence.sentence.split()
        return " ".join(words[:8]) + (" …" if len(words) > 8 else "")


class Ledger:
    """Numbers evidence sentences in the order the brief shows them, so that no sentence is
    printed twice: the second use of a sentence becomes a reference to its number. Within
    one article, a sentence inside another cited one (a quote's sentence and the longer
    passage around it) counts as the same."""

    def __init__(self) -> None:
        self._numbers: dict[str, int] = {}
        self._by_article: dict[str, list[tuple[str, int]]] = {}
        self.cites: list[Cite] = []  # first uses, in number order

    def _known(self, ev: Evidence) -> int | None:
        number = self._numbers.get(ev.key)
        if number is not None:
            return number
        for key, n in self._by_article.get(ev.source.article.article_id, []):
            if ev.key in key or key in ev.key:
                return n
        return None

    def cite(self, ev: Evidence) -> Cite:
        number = self._known(ev)
        if number is not None:
            return Cite(number, ev, first=False)
        number = len(self.cites) + 1
        self._numbers[ev.key] = number
        self._by_article.setdefault(ev.source.article.article_id, []).append((ev.key, number))
        cite = Cite(number, ev, first=True)
        self.cites.append(cite)
        return cite

    def __contains__(self, ev: Evidence) -> bool:
        return self._known(ev) is not None


@dataclass
class Item:
    headline: str
    facts: list[tuple[str, str]] = field(default_factory=list)
    cites: list[Cite] = field(default_factory=list)  # shown with the item
    more: list[Cite] = field(default_factory=list)  # one click (HTML) / footnotes (Markdown)
    against: list[Cite] = field(default_factory=list)  # disputes: the denying/doubting side
    status: str | None = None
    claim_id: str | None = None
    not_listed: int = 0  # evidence beyond what the brief lists (in the export)


@dataclass
class Section:
    key: str
    title: str
    items: list[Item] = field(default_factory=list)
    not_shown: int = 0
    intro: str | None = None


@dataclass
class Figure:
    key: str  # "timeline" | "network": also the SVG's file name stem
    title: str
    svg: str  # one <svg> element, drawn by matplotlib
    caption: str


@dataclass
class OutletRow:
    """One independent source and its track record in this corpus."""

    outlet: str
    articles: list[str]  # source labels
    copies: list[str]  # labels of syndicated copies of its articles
    first_reported: list[str]  # claim summaries it carried first
    claims: int = 0  # claims it supports
    corroborated: int = 0
    contested_or_denied: int = 0


@dataclass
class ActorRow:
    """One of the actors with most claims, as the network picture shows them."""

    name: str
    country: str | None
    type: str
    claims: int
    articles: int
    aliases: list[str]


@dataclass
class Brief:
    title: str
    sources: list[Source]
    sections: list[Section]
    figures: list[Figure] = field(default_factory=list)
    outlets: list[OutletRow] = field(default_factory=list)
    ledger: Ledger = field(default_factory=Ledger)
    scope: str | None = None  # "focus: Russia · since 2016-01-01"
    undated_claims: list[str] = field(default_factory=list)
    actors: list[ActorRow] = field(default_factory=list)

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    def further_evidence(self) -> list[Cite]:
        """The sentences shown only behind a click: Markdown footnotes, PDF endnotes."""
        return [c for s in self.sections for i in s.items for c in i.more if c.first]


@dataclass
class Scope:
    """What part of the story to brief: one actor's claims, a date range."""

    focus: str | None = None
    since: str | None = None
    until: str | None = None

    def describe(self) -> str | None:
        parts = [f"focus: {self.focus}" if self.focus else "",
                 f"since {self.since}" if self.since else "",
                 f"until {self.until}" if self.until else ""]
        return " · ".join(p for p in parts if p) or None


# ----------------------------------------------------------------------------- text helpers


@functools.lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    from newsweave.extract.lexicon import load_lines

    return frozenset(t.lower() for t in load_lines("person_titles.txt"))


def _after_title(text: str, end: int) -> bool:
    """The full stop before `end` closes a title abbreviation ("Gen. Clapper"), not a
    sentence."""
    word = re.search(r"(\w+)\.$", text[max(0, end - 12):end])
    return word is not None and word.group(1).lower() in _titles()


def sentence_at(text: str, span: tuple[int, int]) -> str:
    """The sentence of `text` around `span` (white space folded, length capped)."""
    start, end = max(0, span[0]), min(len(text), span[1])
    begin = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        if not _after_title(text, m.start()):
            begin = m.end()
    stop = len(text)
    for after in _SENTENCE_END.finditer(text, end):
        if not _after_title(text, after.start()):
            stop = after.start()
            break
    sentence = re.sub(r"\s+", " ", text[begin:stop]).strip()
    if len(sentence) > MAX_SENTENCE:
        sentence = sentence[:MAX_SENTENCE].rsplit(" ", 1)[0] + " …"
    return sentence


def _tidy(sentence: str) -> str:
    """White space folded; a stray closing quote left before the sentence by the splitter
    ('" The Taliban denied ...') dropped."""
    sentence = re.sub(r"\s+", " ", sentence).strip()
    return re.sub(r"^[\"”’]\s+(?=\S)", "", sentence)


@functools.lru_cache(maxsize=1)
def type_phrases() -> dict[str, dict[str, str]]:
    """The plain phrase per PLOVER type (data/lexicons/brief_phrases.json), checked on load."""
    from newsweave.extract.lexicon import load_json

    name = "brief_phrases.json"
    table = load_json(name).get("types")
    if not isinstance(table, dict):
        raise ValueError(f"{name}: no 'types' object")
    missing = sorted(set(PLOVER_TYPES) - set(table))
    if missing:
        raise ValueError(f"{name}: no phrase for {', '.join(missing)}")
    for type_, entry in table.items():
        if type_ not in PLOVER_TYPES:
            raise ValueError(f"{name}: {type_!r} is not a PLOVER type")
        if not isinstance(entry, dict) or set(entry) != {"with", "alone"} or \
                not all(isinstance(v, str) and v for v in entry.values()):
            raise ValueError(f"{name}: {type_} needs two phrases, 'with' and 'alone'")
        if "{r}" not in entry["with"] or "{r}" in entry["alone"]:
            raise ValueError(f"{name}: {type_}: '{{r}}' belongs in 'with' only")
    return table


def country_name(code: str | None) -> str | None:
    import pycountry

    if not code:
        return None
    found = pycountry.countries.get(alpha_3=code)
    return getattr(found, "common_name", None) or getattr(found, "name", None) or code


@functools.lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Lower-cased demonym -> ISO alpha-3 ("russian" -> "RUS"), from the actor lexicon."""
    from newsweave.extract.lexicon import load_json

    lex = load_json("actors.json")
    table = {**lex.get("demonyms", {}), **lex.get("demonym_plurals", {})}
    return {word.lower(): code for word, code in table.items()}


def display_name(name: str, country: str | None) -> str:
    """An institution named without its state gets it ("Foreign Ministry (Russia)"), so two
    ministries of two states never read as one."""
    state = country_name(country)
    if not state or not _STATE_BOUND.search(name):
        return name
    words = {w.lower() for w in re.findall(r"\w+", name)}
    if words & {w.lower() for w in re.findall(r"\w+", state)}:
        return name
    if any(_demonyms().get(w) == country for w in words):
        return name
    return f"{name} ({state})"


def _aliases(entity: Entity) -> list[str]:
    """Aliases worth showing: not the name itself, not a bare first word of it ("Islamic" for
    "Islamic State")."""
    name = entity.name.lower()
    out: list[str] = []
    for alias in entity.aliases:
        low = alias.lower()
        if low == name or (" " in name and name.startswith(low + " ")):
            continue
        if low not in {a.lower() for a in out}:
            out.append(alias)
    return out


# ----------------------------------------------------------------------------- sources


def _sources(articles: list[Article]) -> dict[str, Source]:
    from newsweave.link.outlets import input_root, relative_source, source_labels

    labels = source_labels(articles)
    root = input_root(a.source for a in articles)
    out = {a.article_id: Source(f"S{i}", a, labels[a.article_id],
                                where=a.url or relative_source(a.source, root))
           for i, a in enumerate(articles, 1)}
    for a in articles:
        original = a.syndicated_from or a.duplicate_of
        if original and original in out:
            out[a.article_id].repost_of = out[original].label
    return out


def _label_number(src: Source) -> int:
    return int(src.label[1:])


def select_evidence(evidence: list[Evidence], cap: int = 4) -> tuple[list[Evidence], int]:
    """(shown, not shown): one copy of each sentence (a repost repeats its original's; the
    original is kept), at most `cap`: first one assertion, one denial and one doubt (so a
    denial is never crowded out by assertions), then one piece per further source, then the
    rest in order."""
    unique: dict[str, Evidence] = {}
    for ev in sorted(evidence, key=lambda ev: ev.source.repost_of is not None):
        unique.setdefault(ev.key, ev)
    ordered = sorted(unique.values(), key=lambda ev: (ev.rank, _label_number(ev.source)))
    shown: list[Evidence] = []
    ranks: set[int] = set()
    for ev in ordered:  # an assertion, a denial and a doubt each get a place
        if len(shown) < cap and ev.rank not in ranks and ev.rank < HEDGED_RANK:
            shown.append(ev)
            ranks.add(ev.rank)
    seen_sources = {ev.source.label for ev in shown}
    for ev in ordered:
        if len(shown) < cap and ev.source.label not in seen_sources:
            shown.append(ev)
            seen_sources.add(ev.source.label)
    for ev in ordered:
        if len(shown) < cap and ev not in shown:
            shown.append(ev)
    shown.sort(key=lambda ev: (ev.rank, _label_number(ev.source)))
    return shown, len(ordered) - len(shown)


def _event_evidence(e: Event, sources: dict[str, Source]) -> Evidence | None:
    src = sources.get(e.article_id)
    if src is None:
        return None
    sentence = e.sentence.strip() or sentence_at(src.article.text, e.span)
    note = e.modality if e.modality != "asserted" else None
    if e.attributed_to is not None and e.attributed_to.name:
        note = f"{note + ', ' if note else ''}according to {e.attributed_to.name}"
    return Evidence(src, _tidy(sentence), note, _EVENT_RANK.get(e.modality, HEDGED))


def _quote_evidence(q: Quote, sources: dict[str, Source]) -> Evidence | None:
    src = sources.get(q.article_id)
    if src is None:
        return None
    sentence = q.sentence or sentence_at(src.article.text, q.span)
    note = _STANCE_NOTE.get(q.stance or "")
    rank = {"denial": DENIAL, "doubt": DOUBT}.get(note or "", SUPPORT)
    who = q.speaker.name if q.speaker and q.speaker.name else None
    if who:
        note = f"{note + ', ' if note else ''}said by {who}"
    return Evidence(src, _tidy(sentence), note, rank)


# ----------------------------------------------------------------------------- scope


class _Records:
    """What the brief reads from the store, narrowed to the scope."""

    def __init__(self, store: Store, scope: Scope) -> None:
        self.articles = store.articles()
        self.sources = _sources(self.articles)
        self.entities = {e.entity_id: e for e in store.entities()}
        self.events = {e.event_id: e for e in store.events()}
        self.quotes = {q.quote_id: q for q in store.quotes()}
        self.variants = store.quote_variants()
        claims = store.claims()
        focus_ids = self._focus_entities(scope.focus) if scope.focus else None
        if focus_ids is not None:
            claims = [c for c in claims if _involves(c, focus_ids)]
            in_claims = {i for c in claims for i in (*c.event_ids, *c.quote_ids)}
            self.events = {k: e for k, e in self.events.items() if k in in_claims
                           or _ref_in(e.actor, focus_ids) or _ref_in(e.recipient, focus_ids)}
            self.quotes = {k: q for k, q in self.quotes.items()
                           if k in in_claims or _ref_in(q.speaker, focus_ids)}
        if scope.since or scope.until:
            self.events = {k: e for k, e in self.events.items()
                           if _in_range(self._when_event(e), scope)}
            self.quotes = {k: q for k, q in self.quotes.items()
                           if _in_range(q.date or self._published(q.article_id), scope)}
            kept = []
            for c in claims:
                ev_ids = [i for i in c.event_ids if i in self.events]
                q_ids = [i for i in c.quote_ids if i in self.quotes]
                if ev_ids or q_ids:
                    kept.append(c)
            claims = kept
        self.claims = claims
        self.focus_ids = focus_ids

    def _published(self, article_id: str) -> str | None:
        src = self.sources.get(article_id)
        return src.article.published if src else None

    def _when_event(self, e: Event) -> str | None:
        return e.date or self._published(e.article_id)

    def _focus_entities(self, focus: str) -> set[str]:
        wanted = focus.strip().lower()
        ids = {eid for eid, ent in self.entities.items()
               if ent.name.lower() == wanted or wanted in (a.lower() for a in ent.aliases)}
        if not ids:
            raise ValueError(f"--focus {focus!r}: no actor of that name or alias in the store")
        return ids


def _ref_in(ref: Any, ids: set[str]) -> bool:
    return ref is not None and getattr(ref, "entity_id", None) in ids


def _involves(claim: Claim, ids: set[str]) -> bool:
    return _ref_in(claim.actor, ids) or _ref_in(claim.recipient, ids)


def _in_range(date: str | None, scope: Scope) -> bool:
    """The shared date rule (`newsweave.timespan.within`): a month or a year is inside the
    range only when all of it is; an undated record is outside any range."""
    from newsweave.timespan import date_bounds, within

    return within(date_bounds(date), scope.since, scope.until)


# ----------------------------------------------------------------------------- claims


@dataclass
class _ClaimView:
    claim: Claim
    evidence: list[Evidence]
    score: float = 0.0

    @property
    def supports(self) -> list[Evidence]:
        return [ev for ev in self.evidence if ev.rank in (SUPPORT, HEDGED)]

    @property
    def against(self) -> list[Evidence]:
        return [ev for ev in self.evidence if ev.rank in (DENIAL, DOUBT)]


_ROLE_RANK = {"doubts": DOUBT, "denies": DENIAL}


def _claim_evidence(c: Claim, rec: _Records) -> list[Evidence]:
    """The claim's evidence, each piece ranked by the role the claim gave it (a quote that
    says there is "no certain information" is a doubt whatever its stance); pieces an
    analyst rejected are left out."""
    evidence: list[Evidence] = []
    seen: set[tuple[str, str]] = set()
    judged = c.evidence_roles
    pairs: list[tuple[str, Evidence | None]] = [
        (i, _event_evidence(rec.events[i], rec.sources)) for i in c.event_ids
        if i in rec.events]
    pairs += [(i, _quote_evidence(rec.quotes[i], rec.sources)) for i in c.quote_ids
              if i in rec.quotes]
    for rep in c.reports:  # sentences that report it in other words
        src = rec.sources.get(rep.article_id)
        pairs.append((rep.report_id, Evidence(src, _tidy(rep.sentence),
                                              "reports it in other words", HEDGED)
                      if src is not None else None))
    pieces: list[Evidence | None] = []
    for item_id, ev in pairs:
        if ev is not None and judged:
            role = judged.get(item_id)
            if role is None and item_id in c.quote_ids:
                continue  # rejected by an analyst, or carried by an event of the claim
            if role in _ROLE_RANK:
                ev.rank = _ROLE_RANK[role]
            elif role == "supports" and ev.rank in (DENIAL, DOUBT):
                ev.rank = SUPPORT
        pieces.append(ev)
    for ev in pieces:
        if ev is not None and (ev.source.label, ev.key) not in seen:
            seen.add((ev.source.label, ev.key))
            evidence.append(ev)
    return evidence


def _party(ref: Any, entities: dict[str, Entity]) -> str:
    if ref is None:
        return "?"
    ent = entities.get(getattr(ref, "entity_id", None) or "")
    if ent is not None:
        return display_name(ent.name, ent.country)
    return display_name(ref.name or "?", getattr(ref, "country", None))


def claim_sentence(c: Claim, entities: dict[str, Entity]) -> str:
    """'Russia gives material aid to Afghanistan (military)': the claim in plain words."""
    actor = _party(c.actor, entities)
    phrases = type_phrases().get(c.type or "")
    if phrases is None:
        return c.summary
    if c.recipient is not None:
        verb = phrases["with"].replace("{r}", _party(c.recipient, entities))
    else:
        verb = phrases["alone"]
    detail = re.search(r"\(([^()]*)\)\s*$", c.summary)
    text = f"{actor} {verb}"
    return f"{text} ({detail.group(1)})" if detail else text


def status_phrase(c: Claim) -> str:
    """The claim's status in words, with the counts the claims export holds."""
    n = len(c.independent_sources)
    says, denies, doubts = len(c.supported_by), len(c.denied_by), len(c.doubted_by)
    plural = "s" if n != 1 else ""
    if c.status == "corroborated":
        return f"corroborated by {n} independent source{plural}"
    if c.status == "single-source":
        return f"reported by a single source ({', '.join(c.independent_sources[:1]) or '?'})"
    if c.status == "contested":
        return f"contested: {says} say so, {denies} deny, {doubts} doubt"
    if c.status == "denied":
        return f"denied: {denies} deny, {says} say so, {doubts} doubt"
    return f"alleged or unconfirmed: {n} source{plural}, {says} say so outright, {doubts} doubt"


def _who(src: ClaimSource) -> str:
    """A claim source as the brief names it: a speaker with the outlets that carry it."""
    if src.kind == "speaker" and src.carriers:
        return f"{src.name} (in {'; '.join(src.carriers)})"
    return src.name


def _counts_facts(c: Claim) -> list[tuple[str, str]]:
    facts = [("status", c.status), ("independent sources", str(len(c.independent_sources))),
             ("say so", str(len(c.supported_by))), ("deny", str(len(c.denied_by))),
             ("doubt", str(len(c.doubted_by)))]
    if c.first_seen:
        facts.append(("first seen", c.first_seen))
    facts.extend(detail_facts(c))  # what, how many, how much; disputed details spelled out
    facts.extend(("note", note) for note in c.notes)  # analysts' notes (newsweave correct)
    return facts


def _centrality(claims: list[Claim]) -> dict[str, float]:
    """How central each actor is: its share of the claims of the most connected actor."""
    degree: Counter[str] = Counter()
    for c in claims:
        for ref in (c.actor, c.recipient):
            if ref is not None and ref.entity_id:
                degree[ref.entity_id] += 1
    top = max(degree.values(), default=1)
    return {eid: n / top for eid, n in degree.items()}


_STATUS_WEIGHT = {"corroborated": 1.0, "contested": 1.0, "denied": 0.8,
                  "single-source": 0.0, "unconfirmed": 0.3}


def _rank_claims(views: list[_ClaimView]) -> list[_ClaimView]:
    """Most independent sources first, then the most central actors, then disputes."""
    central = _centrality([v.claim for v in views])
    for v in views:
        c = v.claim
        ends = [central.get(ref.entity_id or "", 0.0) for ref in (c.actor, c.recipient)
                if ref is not None]
        v.score = (3.0 * len(c.independent_sources) + sum(ends)
                   + (1.0 if c.recipient is not None else 0.0)
                   + _STATUS_WEIGHT.get(c.status, 0.0))
    return sorted(views, key=lambda v: (-v.score, v.claim.summary))


def _finding_views(ranked: list[_ClaimView]) -> list[_ClaimView]:
    """3-7 findings: claims with two or more independent sources, one per actor-type-recipient
    (the best-sourced mode), topped up with single-source claims when fewer than three."""
    chosen: list[_ClaimView] = []
    keys: set[tuple[str, str, str]] = set()

    def key(c: Claim) -> tuple[str, str, str]:
        return ((c.actor.entity_id or c.actor.name) if c.actor else "?", c.type or "?",
                (c.recipient.entity_id or c.recipient.name) if c.recipient else "")

    for multi in (True, False):
        for v in ranked:
            if len(chosen) >= MAX_FINDINGS or (not multi and len(chosen) >= MIN_FINDINGS):
                break
            c = v.claim
            if c.actor is None or not v.evidence or key(c) in keys or \
                    (len(c.independent_sources) >= 2) != multi:
                continue
            keys.add(key(c))
            chosen.append(v)
    return chosen


def _best(evidence: list[Evidence], ledger: Ledger) -> Evidence | None:
    """The sentence that states the claim best: an assertion from an original (not a copy),
    one not yet printed if there is one."""
    ordered = sorted(evidence, key=lambda ev: (ev.rank not in (SUPPORT,),
                                               ev.source.repost_of is not None,
                                               ev.rank, _label_number(ev.source)))
    fresh = [ev for ev in ordered if ev not in ledger]
    return (fresh or ordered)[0] if ordered else None


def _more(evidence: list[Evidence], shown: Iterable[Evidence], ledger: Ledger
          ) -> tuple[list[Cite], int]:
    keys = {ev.key for ev in shown}
    rest, hidden = select_evidence([ev for ev in evidence if ev.key not in keys],
                                   cap=MAX_MORE)
    cites: list[Cite] = []
    numbers = {ledger.cite(ev).number for ev in shown}
    for ev in rest:  # one entry per numbered sentence (a quote inside a longer passage is one)
        cite = ledger.cite(ev)
        if cite.number not in numbers:
            numbers.add(cite.number)
            cites.append(cite)
    return cites, hidden


def _findings(views: list[_ClaimView], entities: dict[str, Entity], ledger: Ledger
              ) -> Section:
    section = Section("findings", "Key findings",
                      intro="The best-sourced claims, most independent sources and most "
                            "central actors first.")
    for v in views:
        c = v.claim
        best = _best(v.evidence, ledger)
        cites = [ledger.cite(best)] if best else []
        more, hidden = _more(v.evidence, [best] if best else [], ledger)
        section.items.append(Item(f"{claim_sentence(c, entities)}: {status_phrase(c)}.",
                                  _counts_facts(c), cites, more, status=c.status,
                                  claim_id=c.claim_id, not_listed=hidden))
    return section


def _disputes(views: list[_ClaimView], entities: dict[str, Entity], ledger: Ledger
              ) -> Section:
    section = Section("disputes", "Contested and denied",
                      intro="Who says so, and who denies or doubts it, side by side.")
    disputed = [v for v in views if v.claim.status in ("contested", "denied")
                or v.claim.denied_by or v.claim.doubted_by
                or any(cd.disputed for cd in v.claim.details)]
    for v in disputed[:MAX_DISPUTES]:
        c = v.claim
        facts = _counts_facts(c)
        for name, role, values in (("says so", "supports", c.supported_by),
                                   ("denies", "denies", c.denied_by),
                                   ("doubts", "doubts", c.doubted_by)):
            # a speaker with the outlets that carry it (outlet -> speaker -> claim)
            who = [_who(s) for s in c.sources if s.role == role] or values
            if who:
                facts.append((name, ", ".join(who)))
        pro, _ = select_evidence(v.supports, cap=2)
        con, _ = select_evidence(v.against, cap=3)
        section.items.append(Item(claim_sentence(c, entities), facts,
                                  [ledger.cite(ev) for ev in pro], [],
                                  [ledger.cite(ev) for ev in con], status=c.status,
                                  claim_id=c.claim_id))
    section.not_shown = max(0, len(disputed) - MAX_DISPUTES)
    return section


# ----------------------------------------------------------------------------- speakers


def _speakers(rec: _Records, ledger: Ledger) -> Section:
    """The main named speakers and their key statements (one per reworded statement), most
    widely carried first."""
    group_of: dict[str, str] = {}
    for g in rec.variants:
        for qid in g.quote_ids:
            group_of[qid] = g.group_id
    by_speaker: dict[str, list[Quote]] = defaultdict(list)
    names: dict[str, str] = {}
    for q in rec.quotes.values():
        sp = q.speaker
        if sp is None or not sp.name or q.article_id not in rec.sources:
            continue
        if sp.type not in (None, "PERSON", "ORG", "NORP", "GPE"):
            continue
        if not sp.name[:1].isupper():  # "a spokesman", "officials": not a named speaker
            continue
        key = sp.entity_id or sp.name.lower()
        by_speaker[key].append(q)
        ent = rec.entities.get(sp.entity_id or "")
        names.setdefault(key, display_name(ent.name, ent.country) if ent else sp.name)

    def outlets(qs: list[Quote]) -> int:
        return len({_original_outlet(rec.sources[q.article_id], rec.sources) for q in qs})

    ranked = sorted(by_speaker.items(), key=lambda kv: (-outlets(kv[1]), -len(kv[1]),
                                                        names[kv[0]]))
    section = Section("speakers", "Who said what",
                      intro="The main named speakers, each statement once (rewordings "
                            "of one statement folded).")
    for key, qs in ranked[:MAX_SPEAKERS]:
        statements: dict[str, list[Quote]] = defaultdict(list)
        for q in qs:
            statements[group_of.get(q.quote_id, q.quote_id)].append(q)
        ordered = sorted(statements.values(), key=lambda g: (
            -len({rec.sources[q.article_id].outlet for q in g}),
            min(_label_number(rec.sources[q.article_id]) for q in g)))
        cites: list[Cite] = []
        for group in ordered[:MAX_STATEMENTS]:
            first = min(group, key=lambda q: (rec.sources[q.article_id].repost_of is not None,
                                              _label_number(rec.sources[q.article_id])))
            ev = _quote_evidence(first, rec.sources)
            if ev is not None:
                ev.note = _statement_note(first, len({rec.sources[q.article_id].outlet
                                                      for q in group}))
                cites.append(ledger.cite(ev))
        stances = Counter(q.stance or "assert" for q in qs)
        facts = [("statements", str(len(statements))), ("outlets", str(outlets(qs))),
                 ("stance", ", ".join(f"{s} {n}" for s, n in stances.most_common()))]
        ent = rec.entities.get(qs[0].speaker.entity_id or "") if qs[0].speaker else None
        if ent and ent.description:
            facts.insert(0, ("who", ent.description))
        section.items.append(Item(names[key], facts, cites))
    section.not_shown = max(0, len(ranked) - MAX_SPEAKERS)
    return section


def _statement_note(q: Quote, n_outlets: int) -> str:
    parts = [q.kind]
    if q.stance and q.stance != "assert":
        parts.append(q.stance)
    if q.channel:
        parts.append(f"to {q.channel}")
    if n_outlets > 1:
        parts.append(f"carried by {n_outlets} outlets")
    return ", ".join(parts)


def _original_outlet(src: Source, sources: dict[str, Source]) -> str:
    """The outlet a source counts as: a repost counts as its original's."""
    if src.repost_of:
        for other in sources.values():
            if other.label == src.repost_of:
                return other.outlet
    return src.outlet


# ----------------------------------------------------------------------------- timeline


@dataclass
class TimelinePoint:
    """One dated event of a claim, for the chart and the list."""

    date: str
    precision: str  # "day" | "month" | "year"
    lane: str  # the claim's summary
    status: str
    event: Event


def _precision(date: str, given: str | None) -> str:
    if given in ("day", "month", "year"):
        return given
    return {4: "year", 7: "month"}.get(len(date[:10]), "day")


def timeline_points(views: list[_ClaimView], rec: _Records) -> list[TimelinePoint]:
    points = []
    for v in views:
        for eid in v.claim.event_ids:
            e = rec.events.get(eid)
            if e is None or not e.date or e.modality not in TIMELINE_MODALITIES:
                continue
            points.append(TimelinePoint(e.date[:10], _precision(e.date, e.date_precision),
                                        v.claim.summary, v.claim.status, e))
    return sorted(points, key=lambda p: (p.date, p.lane))


def _timeline(points: list[TimelinePoint], rec: _Records, ledger: Ledger) -> Section:
    section = Section("timeline", "Timeline",
                      intro="Dated events of the claims; a month or a year is drawn as a "
                            "span, not a day.")
    seen: set[tuple[str, str]] = set()
    listed = 0
    for p in points:
        ev = _event_evidence(p.event, rec.sources)
        if ev is None or (p.date, p.lane) in seen:
            continue
        seen.add((p.date, p.lane))
        if listed >= MAX_TIMELINE:
            section.not_shown += 1
            continue
        listed += 1
        facts = [("precision", p.precision), ("modality", p.event.modality)]
        if p.event.location is not None:
            facts.append(("where", p.event.location.name))
        section.items.append(Item(f"{p.date} · {p.lane}", facts, [ledger.cite(ev)],
                                  status=p.status))
    return section


# ----------------------------------------------------------------------------- outlets


def _outlet_rows(rec: _Records) -> list[OutletRow]:
    """Each independent source: its articles and copies, the claims it carried first, and how
    the claims it reported fared (a simple track record)."""
    rows: dict[str, OutletRow] = {}
    for src in rec.sources.values():
        outlet = _original_outlet(src, rec.sources)
        row = rows.setdefault(outlet, OutletRow(outlet, [], [], []))
        (row.copies if src.repost_of else row.articles).append(src.label)
    for c in rec.claims:
        carriers = [rec.sources[aid] for aid in c.article_ids if aid in rec.sources]
        dated = sorted((s.article.published[:10], _label_number(s), s) for s in carriers
                       if s.article.published)
        if dated and len(c.independent_sources) >= 2:
            first = _original_outlet(dated[0][2], rec.sources)
            if first in rows:
                rows[first].first_reported.append(c.summary)
        for outlet in set(c.supported_by):
            if outlet in rows:
                rows[outlet].claims += 1
                rows[outlet].corroborated += c.status == "corroborated"
                rows[outlet].contested_or_denied += c.status in ("contested", "denied")
    return sorted(rows.values(), key=lambda r: (-len(r.articles) - len(r.copies), r.outlet))


def _actor_rows(rec: _Records, limit: int = 12) -> list[ActorRow]:
    """The actors in most claims, with their state and the names they go by."""
    in_claims: Counter[str] = Counter()
    for c in rec.claims:
        for ref in {r.entity_id for r in (c.actor, c.recipient) if r is not None}:
            if ref and ref in rec.entities:
                in_claims[ref] += 1
    rows = []
    for eid, n in sorted(in_claims.items(), key=lambda kv: (-kv[1], rec.entities[kv[0]].name)):
        ent = rec.entities[eid]
        rows.append(ActorRow(display_name(ent.name, ent.country), country_name(ent.country),
                             ent.type, n, len(ent.article_ids), _aliases(ent)[:5]))
    return rows[:limit]


# ----------------------------------------------------------------------------- build


def build_brief(store: Store, title: str = "newsweave brief", scope: Scope | None = None,
                charts: bool = True) -> Brief:
    """Everything the brief shows, each item with its evidence, each sentence once."""
    scope = scope or Scope()
    rec = _Records(store, scope)
    views = _rank_claims([v for c in rec.claims
                          if (v := _ClaimView(c, _claim_evidence(c, rec))).evidence])
    ledger = Ledger()
    findings = _findings(_finding_views(views), rec.entities, ledger)
    disputes = _disputes(views, rec.entities, ledger)
    speakers = _speakers(rec, ledger)
    points = timeline_points(views, rec)
    timeline = _timeline(points, rec, ledger)
    brief = Brief(title, list(rec.sources.values()),
                  [s for s in (findings, disputes, speakers, timeline) if s.items],
                  ledger=ledger, scope=scope.describe(), outlets=_outlet_rows(rec),
                  actors=_actor_rows(rec))
    dated = {p.lane for p in points}
    brief.undated_claims = [v.claim.summary for v in views if v.claim.summary not in dated][:12]
    if charts:
        from newsweave.export.brief_charts import network_figure, timeline_figure

        figures = [timeline_figure(points), network_figure(views, rec.entities)]
        brief.figures = [f for f in figures if f is not None]
    log.info("brief: %d findings, %d disputes, %d speakers, %d sentences cited",
             len(findings.items), len(disputes.items), len(speakers.items), len(ledger.cites))
    return brief


def write_brief(store: Store, out_dir: Path, formats: Iterable[str] = ("md", "html"),
                scope: Scope | None = None) -> list[Path]:
    """Write brief.md (+ its SVG pictures), brief.html and brief.pdf as asked; returns the
    paths written."""
    from newsweave.export.brief_render import write_formats

    return write_formats(build_brief(store, scope=scope), out_dir, list(formats))
