"""The brief: key actors, claims by status, a timeline and quote provenance, with citations.

The brief writes no prose of its own: every line is a record's structured fields (names, types,
statuses, counts, dates) followed by its evidence, a sentence quoted from an article and cited by
source number and outlet. `build_brief` gathers the records (pure); `render_markdown` and
`render_html` lay them out. The HTML is one self-contained file (inline CSS, no scripts, no
external assets) rendered by Jinja2 with autoescaping, so article text can never become markup.
"""

from __future__ import annotations

import functools
import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newsweave.link.entities import is_key_actor
from newsweave.model import Article, Claim, ClaimSource, Entity, Event, Mention, Quote
from newsweave.vocab import BRIEF_STATUS_ORDER, counts_text, status_label

if TYPE_CHECKING:
    from newsweave.store import Store

STATUS_ORDER = BRIEF_STATUS_ORDER
MAX_ACTORS = 15
MAX_CLAIMS_PER_STATUS = 25
MAX_EVIDENCE = 4  # per item: enough to see who says what, short enough to read
HEDGED_RANK = 3  # evidence ranks: 0 asserted, 1 denial, 2 doubt, 3 hedged (alleged, ...)
TIMELINE_MODALITIES = ("asserted", "planned", "alleged", "unconfirmed")  # things that happened
# or are reported to have happened; hypothetical, negated and denied events are not events
MAX_TIMELINE = 80
MAX_SENTENCE = 400

_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’')\]]))\s+(?=[\"“‘(\[]?[A-Z0-9])|\n")


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
    note: str | None = None  # "quote by Zamir Kabulov", "denial", ...
    rank: int = 1  # order within an item: assertions, denials, doubts, hedged reports


@dataclass
class Item:
    headline: str  # structured fields only ("Russia AID Afghanistan (military)")
    facts: list[tuple[str, str]] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    more_evidence: int = 0


@dataclass
class Section:
    title: str
    items: list[Item] = field(default_factory=list)
    not_shown: int = 0


@dataclass
class Brief:
    title: str
    sources: list[Source]
    sections: list[Section]


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


def _tidy(sentence: str) -> str:
    """White space folded; a stray closing quote left before the sentence by the splitter
    ('" The Taliban denied ...') dropped."""
    sentence = re.sub(r"\s+", " ", sentence).strip()
    return re.sub(r"^[\"”’]\s+(?=\S)", "", sentence)


def select_evidence(evidence: list[Evidence], cap: int = MAX_EVIDENCE
                    ) -> tuple[list[Evidence], int]:
    """(shown, not shown): one copy of each sentence (a repost repeats its original's; the
    original is kept), at most `cap`: first one assertion, one denial and one doubt (so a
    denial is never crowded out by assertions), then one piece per further source, then the
    rest in order."""
    unique: dict[str, Evidence] = {}
    for ev in sorted(evidence, key=lambda ev: ev.source.repost_of is not None):
        unique.setdefault(re.sub(r"\W+", " ", ev.sentence).strip().lower(), ev)
    ordered = sorted(unique.values(), key=lambda ev: (ev.rank, int(ev.source.label[1:])))
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
    shown.sort(key=lambda ev: (ev.rank, int(ev.source.label[1:])))
    return shown, len(ordered) - len(shown)


def _event_evidence(e: Event, sources: dict[str, Source]) -> Evidence | None:
    src = sources.get(e.article_id)
    if src is None:
        return None
    sentence = e.sentence.strip() or sentence_at(src.article.text, e.span)
    note = e.modality if e.modality != "asserted" else None
    if e.attributed_to is not None and e.attributed_to.name:
        note = f"{note + ', ' if note else ''}according to {e.attributed_to.name}"
    rank = {"asserted": 0, "planned": 0, "denied": 1, "unconfirmed": 2, "negated": 2}
    return Evidence(src, _tidy(sentence), note, rank.get(e.modality, 3))


def _quote_evidence(q: Quote, sources: dict[str, Source], note: str | None = None
                    ) -> Evidence | None:
    src = sources.get(q.article_id)
    if src is None:
        return None
    sentence = q.sentence or sentence_at(src.article.text, q.span)
    who = q.speaker.name if q.speaker and q.speaker.name else None
    rank = {"denial": 1, "questioning": 2}.get(note or "", 0)
    if who:
        note = f"{note + ', ' if note else ''}said by {who}"
    return Evidence(src, _tidy(sentence), note, rank)


def _key_actors(entities: list[Entity], claims: list[Claim], mentions: list[Mention],
                sources: dict[str, Source]) -> Section:
    in_claims: Counter[str] = Counter()
    for c in claims:
        for ref in (c.actor, c.recipient):
            if ref is not None and ref.entity_id:
                in_claims[ref.entity_id] += 1
    by_entity: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.entity_id:
            by_entity[m.entity_id].append(m)
    ranked = sorted((e for e in entities if by_entity.get(e.entity_id)
                     and is_key_actor(e, in_claims[e.entity_id])),
                    key=lambda e: (-in_claims[e.entity_id], -len(e.article_ids),
                                   -e.mention_count, e.name))
    section = Section("Key actors")
    for ent in ranked[:MAX_ACTORS]:
        ms = sorted(by_entity[ent.entity_id],
                    key=lambda m: (int(sources[m.article_id].label[1:])
                                   if m.article_id in sources else 1 << 30, m.span))
        described = [m for m in ms if m.description]
        cite = (described or ms)[0]
        if cite.article_id not in sources:
            continue
        src = sources[cite.article_id]
        facts = [("type", ent.type)]
        if ent.country:
            facts.append(("country", ent.country))
        if ent.sector:
            facts.append(("sector", ent.sector))
        if ent.description:
            facts.append(("described as", ent.description))
        facts.append(("mentions", str(ent.mention_count)))
        facts.append(("articles", str(len(ent.article_ids))))
        if in_claims[ent.entity_id]:
            facts.append(("claims", str(in_claims[ent.entity_id])))
        aliases = [a for a in ent.aliases if a != ent.name][:5]
        if aliases:
            facts.append(("also", ", ".join(aliases)))
        section.items.append(Item(ent.name, facts, [
            Evidence(src, sentence_at(src.article.text, cite.span))]))
    section.not_shown = max(0, len(ranked) - MAX_ACTORS)
    return section


def _claim_sections(claims: list[Claim], events: dict[str, Event], quotes: dict[str, Quote],
                    sources: dict[str, Source]) -> list[Section]:
    by_status: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_status[c.status].append(c)
    sections = []
    for status in STATUS_ORDER:
        listed = by_status.get(status, [])
        section = Section(f"Claims: {status_label(status)}")
        for c in listed:
            if len(section.items) >= MAX_CLAIMS_PER_STATUS:
                section.not_shown += 1
                continue
            evidence: list[Evidence] = []
            seen: set[tuple[str, str]] = set()
            for eid in c.event_ids:
                e = events.get(eid)
                ev = _event_evidence(e, sources) if e else None
                if ev and (ev.source.label, ev.sentence) not in seen:
                    seen.add((ev.source.label, ev.sentence))
                    evidence.append(ev)
            for qid in c.quote_ids:
                q = quotes.get(qid)
                note = "denial" if q and q.stance == "deny" else \
                    "questioning" if q and q.stance == "question" else None
                ev = _quote_evidence(q, sources, note) if q else None
                if ev and (ev.source.label, ev.sentence) not in seen:
                    seen.add((ev.source.label, ev.sentence))
                    evidence.append(ev)
            for rep in c.reports:
                src = sources.get(rep.article_id)
                if src is not None and (src.label, rep.sentence) not in seen:
                    seen.add((src.label, rep.sentence))
                    evidence.append(Evidence(src, _tidy(rep.sentence),
                                             "reports it in other words", 2))
            shown, more = select_evidence(evidence)
            if not shown:
                continue
            facts = [("status", c.status), ("sources", counts_text(c.counts)),
                     ("independent outlets", str(len(c.independent_sources)))]
            for role, name in (("supports", "says so"), ("doubts", "doubts"),
                               ("denies", "denies")):
                who = [_who(s) for s in c.sources if s.role == role]
                if who:
                    facts.append((name, "; ".join(who)))
            if c.first_seen:
                facts.append(("first seen", c.first_seen))
            for note in c.notes:  # analysts' notes (newsweave correct note)
                facts.append(("note", note))
            section.items.append(Item(c.summary, facts, shown, more))
        if section.items:
            sections.append(section)
    return sections


def _who(src: ClaimSource) -> str:
    """A claim source as the brief names it: a speaker with the outlets that carry it."""
    if src.kind == "speaker" and src.carriers:
        return f"{src.name} (in {', '.join(src.carriers)})"
    return src.name


def _timeline(events: list[Event], sources: dict[str, Source]) -> Section:
    dated = sorted((e for e in events if e.date and e.article_id in sources
                    and e.modality in TIMELINE_MODALITIES),
                   key=lambda e: (e.date or "", sources[e.article_id].repost_of is not None,
                                  int(sources[e.article_id].label[1:]), e.span))
    section = Section("Timeline of dated events")
    seen: set[tuple[str, str]] = set()
    for e in dated:
        ev = _event_evidence(e, sources)
        said = re.sub(r"\W+", " ", ev.sentence).strip().lower() if ev else ""
        if ev is None or (e.date or "", said) in seen:  # a repost's copy is shown once
            continue
        seen.add((e.date or "", said))
        if len(section.items) >= MAX_TIMELINE:
            section.not_shown += 1
            continue
        actor = e.actor.name if e.actor else "?"
        headline = f"{e.date} · {actor} {e.type}" + (f" {e.recipient.name}" if e.recipient
                                                     else "")
        facts = [("modality", e.modality)]
        if e.location is not None:
            facts.append(("where", e.location.name))
        section.items.append(Item(headline, facts, [ev]))
    return section


def _shared_statement(first: Quote, members: list[Quote]) -> str:
    """The sentence of the first quote that the other versions repeat (a long quote can
    carry several statements, each with its own variants)."""
    from rapidfuzz import fuzz

    from newsweave.link.variants import statement_units

    units = statement_units(first.text)
    others = [q.text for q in members if q.quote_id != first.quote_id]
    if len(units) == 1 or not others:
        return re.sub(r"\s+", " ", first.text).strip()
    return max(units, key=lambda u: sum(fuzz.partial_ratio(u.lower(), o.lower())
                                        for o in others))


def _independent_outlet(src: Source, sources_by_label: dict[str, Source]) -> str:
    """The outlet a source counts as: a repost counts as its original's."""
    original = sources_by_label.get(src.repost_of or "")
    return original.outlet if original is not None else src.outlet


def _provenance(store: Store, quotes: dict[str, Quote], sources: dict[str, Source]
                ) -> Section:
    """Statements carried by two or more independent outlets, each version cited, earliest
    first (a repost repeating its original is not a second outlet)."""
    section = Section("Quote provenance")
    by_label = {src.label: src for src in sources.values()}
    items: list[tuple[int, Item]] = []
    for group in store.quote_variants():
        members = [quotes[q] for q in group.quote_ids
                   if q in quotes and quotes[q].article_id in sources]
        outlets = {_independent_outlet(sources[q.article_id], by_label) for q in members}
        if len(outlets) < 2:
            continue
        first = quotes.get(group.first_quote_id or "", members[0])
        speaker = next((q.speaker.name for q in members if q.speaker and q.speaker.name), "?")
        chronological = sorted(members, key=lambda q: (
            sources[q.article_id].article.published or "~",
            int(sources[q.article_id].label[1:])))
        evidence = []
        for rank, q in enumerate(chronological):
            src = sources[q.article_id]
            evidence.append(Evidence(src, _tidy(q.text),
                                     f"published {src.article.published}"
                                     if src.article.published else None, rank))
        shown, more = select_evidence(evidence)
        facts = [("speaker", speaker), ("versions", str(len(shown) + more)),
                 ("independent outlets", str(len(outlets)))]
        if group.first_seen:
            facts.append(("first seen", group.first_seen))
        if first.article_id in sources:
            facts.append(("first carried by", sources[first.article_id].label))
        items.append((len(outlets), Item(f"“{_shared_statement(first, members)[:160]}”",
                                         facts, shown, more)))
    items.sort(key=lambda pair: -pair[0])  # stable: store order among equals
    section.items = [item for _, item in items]
    return section


def build_brief(store: Store, title: str = "newsweave brief") -> Brief:
    """Everything the brief shows, each item with its evidence."""
    articles = store.articles()
    sources = _sources(articles)
    claims = store.claims()
    events_list = store.events()
    events = {e.event_id: e for e in events_list}
    quotes = {q.quote_id: q for q in store.quotes()}
    sections = [_key_actors(store.entities(), claims, store.mentions(), sources)]
    sections += _claim_sections(claims, events, quotes, sources)
    sections.append(_timeline(events_list, sources))
    sections.append(_provenance(store, quotes, sources))
    return Brief(title, list(sources.values()), [s for s in sections if s.items])


# ----------------------------------------------------------------------------- Markdown

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|#])")


def md(text: str) -> str:
    """Article text made inert in Markdown: HTML characters as entities, markup escaped."""
    text = re.sub(r"\s+", " ", text).strip()
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def _cite_md(ev: Evidence) -> str:
    parts = [ev.source.label, md(ev.source.outlet)]
    if ev.source.article.published:
        parts.append(ev.source.article.published)
    note = f" ({md(ev.note)})" if ev.note else ""
    return f"[{' · '.join(parts)}] “{md(ev.sentence)}”{note}"


def render_markdown(brief: Brief) -> str:
    lines = [f"# {md(brief.title)}", ""]
    outlets = len({s.outlet for s in brief.sources})
    lines += [f"{len(brief.sources)} articles · {outlets} sources. Every item cites its "
              "source (S1, S2, ... listed at the end) and quotes the evidence sentence.", ""]
    for section in brief.sections:
        lines += [f"## {md(section.title)}", ""]
        for item in section.items:
            facts = "; ".join(f"{md(k)}: {md(v)}" for k, v in item.facts)
            lines.append(f"- **{md(item.headline)}** ({facts})")
            for ev in item.evidence:
                lines.append(f"    - {_cite_md(ev)}")
            if item.more_evidence:
                lines.append(f"    - … {item.more_evidence} more pieces of evidence in the "
                             "export")
        if section.not_shown:
            lines.append(f"- … {section.not_shown} more not shown (see the JSONL export)")
        lines.append("")
    lines += ["## Sources", ""]
    for s in brief.sources:
        a = s.article
        parts = [md(s.outlet)]
        if a.title:
            parts.append(f"“{md(a.title)}”")
        if a.published:
            parts.append(a.published)
        parts.append(md(s.where))
        if s.repost_of:
            parts.append(f"copy of {s.repost_of}")
        lines.append(f"- **{s.label}** {' · '.join(parts)} (`{a.article_id}`)")
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------------------- HTML

_CSS = """
body{font:15px/1.5 -apple-system,Segoe UI,Helvetica,Arial,sans-serif;max-width:60rem;
margin:2rem auto;padding:0 1rem;color:#1d2330;background:#fff}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;border-bottom:1px solid #d9dde5;
padding-bottom:.2rem;margin-top:2rem}.lead{color:#5a6170}
.item{margin:.8rem 0 1rem}.head{font-weight:600}.facts{color:#5a6170;font-size:.9rem}
.facts span{margin-right:.8rem}.facts b{font-weight:600;color:#1d2330}
ul.ev{margin:.3rem 0 0 0;padding-left:1.2rem}ul.ev li{margin:.2rem 0}
.cite{font-size:.8rem;color:#fff;background:#4a5a7a;border-radius:3px;padding:0 .3rem;
margin-right:.3rem;text-decoration:none}.note{color:#7a6a3a;font-size:.85rem}
q{font-style:italic}.status-denied{color:#a12a2a}.status-contested{color:#a2631a}
.status-corroborated{color:#23753a}.more{color:#5a6170;font-size:.85rem}
table{border-collapse:collapse;font-size:.9rem}td{padding:.2rem .5rem;vertical-align:top;
border-top:1px solid #eceff4}code{font-size:.8rem;color:#5a6170}
"""

_TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ brief.title }}</title><style>{{ css }}</style></head>
<body>
<h1>{{ brief.title }}</h1>
<p class="lead">{{ brief.sources|length }} articles · {{ outlets }} sources. Every item cites
its source (listed at the end) and quotes the evidence sentence.</p>
{% for section in brief.sections %}
<h2>{{ section.title }}</h2>
{% for item in section.items %}
<div class="item"><div class="head">{{ item.headline }}</div>
<div class="facts">{% for k, v in item.facts %}<span>{{ k }}: <b{% if k == 'status' %}
 class="status-{{ v }}"{% endif %}>{{ v }}</b></span>{% endfor %}</div>
<ul class="ev">{% for ev in item.evidence %}<li><a class="cite" href="#{{ ev.source.label }}"
title="{{ ev.source.article.article_id }}">{{ ev.source.label }} · {{ ev.source.outlet }}
{%- if ev.source.article.published %} · {{ ev.source.article.published }}{% endif %}</a>
<q>{{ ev.sentence }}</q>{% if ev.note %} <span class="note">({{ ev.note }})</span>{% endif %}
</li>{% endfor %}{% if item.more_evidence %}<li class="more">… {{ item.more_evidence }} more
pieces of evidence in the export</li>{% endif %}</ul></div>
{% endfor %}
{% if section.not_shown %}<p class="more">… {{ section.not_shown }} more not shown (see the
JSONL export)</p>{% endif %}
{% endfor %}
<h2>Sources</h2>
<table>{% for s in brief.sources %}<tr id="{{ s.label }}"><td><b>{{ s.label }}</b></td>
<td>{{ s.outlet }}</td><td>{{ s.article.title or '' }}</td><td>{{ s.article.published or '' }}
</td><td>{{ s.where }}{% if s.repost_of %} · copy of
{{ s.repost_of }}{% endif %}<br><code>{{ s.article.article_id }}</code></td></tr>{% endfor %}
</table>
</body></html>
"""


def render_html(brief: Brief) -> str:
    from jinja2 import Environment
    from markupsafe import Markup

    env = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    template = env.from_string(_TEMPLATE)
    return template.render(brief=brief, css=Markup(_CSS.strip()),
                           outlets=len({s.outlet for s in brief.sources}))


def _write(path: Path, text: str) -> Path:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return path


def write_brief(store: Store, out_dir: Path) -> list[Path]:
    """Write brief.md and brief.html into out_dir; returns the two paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    brief = build_brief(store)
    return [_write(out_dir / "brief.md", render_markdown(brief)),
            _write(out_dir / "brief.html", render_html(brief))]
