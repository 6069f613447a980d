"""Claim details across outlets: every stated value of what/how many/how much, who states it,
and where independent sources disagree beyond the approximation they give.

Each stated value is an interval (see extract.details: "some 10,000" allows 7,500-12,500,
"thousands" 1,000-99,999, "as many as 20" up to 20). Two values conflict when their
intervals do not meet; a detail is *disputed* when two different independent sources state
conflicting values ("thousands" and "10,000" agree; "7,000" and "10,000" do not; 12 and 15
killed do not).
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from newsweave.model import Claim, ClaimDetail, Detail, DetailValue, Event

log = logging.getLogger(__name__)

# kinds shown as "<quantity> <kind>" ("12 killed"); the rest as "<quantity> <theme>"
_OUTCOME_KINDS = frozenset({"killed", "wounded", "arrested", "abducted", "displaced"})
_KIND_ORDER = ("item", "money", "troops", "killed", "wounded", "arrested", "abducted",
               "displaced", "people")


def _value_key(d: Detail) -> tuple[object, ...]:
    return (d.value, d.low, d.high, d.vague, d.magnitude if d.vague else None, d.unit)


def _interval(v: DetailValue) -> tuple[float, float] | None:
    if v.value is None and not v.vague:
        return None  # named without a number: agrees with anything
    low = v.low if v.low is not None else (v.value if v.value is not None else 0.0)
    high = v.high if v.high is not None else float("inf")
    if v.low is None and v.high is None and v.value is not None and v.approx:
        high = float("inf")  # an open "more than N"
    return (low, high)


def conflict(a: DetailValue, b: DetailValue) -> bool:
    """The two stated values cannot both be true."""
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:
        return False
    return ia[1] < ib[0] or ib[1] < ia[0]


def _quantity_phrase(d: Detail) -> str:
    q = d.quantity_text or ""
    if d.unit and q:
        return f"{q} of {d.unit}" if d.vague else f"{q} {d.unit}"
    return q


def claim_details(events: Sequence[Event], source_of: dict[str, str]) -> list[ClaimDetail]:
    """The details of one claim's events, grouped by what they count."""
    groups: dict[tuple[str, str], list[tuple[Event, Detail]]] = defaultdict(list)
    for e in events:
        for d in e.details:
            key = d.theme_key or d.kind
            groups[(d.kind, key)].append((e, d))
    out = []
    for (kind, key), items in groups.items():
        values: dict[tuple[object, ...], DetailValue] = {}
        for e, d in items:
            vkey = _value_key(d)
            v = values.get(vkey)
            if v is None:
                v = values[vkey] = DetailValue(
                    text=_quantity_phrase(d), value=d.value, low=d.low, high=d.high,
                    vague=d.vague, approx=d.approx)
            _add(v.themes, [d.theme])
            _add(v.sources, [source_of.get(e.article_id, e.article_id)])
            _add(v.said_by, [d.said_by])
            _add(v.event_ids, [e.event_id])
            if e.article_id not in v.article_ids:
                v.article_ids.append(e.article_id)
                v.spans.append(d.span)
        vals = sorted(values.values(), key=_rank)
        conflicts = [(i, j) for i in range(len(vals)) for j in range(i + 1, len(vals))
                     if conflict(vals[i], vals[j]) and _independent(vals[i], vals[j])
                     and (kind != "money" or _same_payment(vals[i], vals[j]))]
        first = next(d for _, d in items if _value_key(d) == _value_key_of(vals[0], items))
        out.append(ClaimDetail(
            kind=kind, key=key, label=label_of(kind, vals[0], first), unit=first.unit,
            currency=first.currency, values=vals, disputed=bool(conflicts),
            conflicts=conflicts))
    out.sort(key=lambda c: (_KIND_ORDER.index(c.kind) if c.kind in _KIND_ORDER else 99,
                            -sum(len(v.sources) for v in c.values), c.key))
    return out


def _value_key_of(v: DetailValue, items: list[tuple[Event, Detail]]) -> tuple[object, ...]:
    for _, d in items:
        if d.value == v.value and d.low == v.low and d.high == v.high and d.vague == v.vague:
            return _value_key(d)
    return _value_key(items[0][1])


def _rank(v: DetailValue) -> tuple[int, int, int]:
    """Most sources first; a number before a vague amount before no amount."""
    numeric = 0 if v.value is not None else (1 if v.vague else 2)
    return (-len(v.sources), numeric, -len(v.said_by))


def _same_payment(a: DetailValue, b: DetailValue) -> bool:
    """Two amounts of one claim are the same payment unless both say what they are and the
    words differ ("a $1 billion loan" and "a $300 million grant" are two payments)."""
    if not a.themes or not b.themes:
        return True
    words_a = {w.lower() for t in a.themes for w in t.split()}
    words_b = {w.lower() for t in b.themes for w in t.split()}
    return bool(words_a & words_b)


def _independent(a: DetailValue, b: DetailValue) -> bool:
    """Different independent sources state the two values."""
    return any(x != y for x in a.sources for y in b.sources)


def _add(names: list[str], new: Iterable[str | None]) -> None:
    for n in new:
        if n and n not in names:
            names.append(n)


def label_of(kind: str, v: DetailValue, d: Detail) -> str:
    """'10,000 Kalashnikov rifles', 'millions of rounds of ammunition', '12 killed',
    '$2 billion'."""
    theme = Counter(t for t in v.themes).most_common(1)[0][0] if v.themes else (d.theme or "")
    qty = v.text
    if kind == "money":
        return f"{qty} {theme and f'({theme})'}".strip()
    if kind in _OUTCOME_KINDS:
        who = "" if not theme or d.theme_key == kind else f"{theme} "
        return f"{qty} {who}{kind}".strip()
    if not qty:
        return theme
    if v.vague and not d.unit:
        return f"{qty} of {theme}"
    if v.vague and d.unit:
        return f"{qty} of {theme}"
    return f"{qty} {theme}".strip()


def describe_value(v: DetailValue) -> str:
    """'10,000 (VOA, DW; said by Zamir Kabulov)'."""
    who = ", ".join(v.sources)
    said = f"; said by {', '.join(v.said_by)}" if v.said_by else ""
    return f"{v.text or 'named'} ({who}{said})"


def details_line(claim: Claim) -> str:
    """One line for a claim's details: '10,000 Kalashnikov rifles; millions of rounds of
    ammunition', with disputed details spelled out ('killed disputed: 12 (A) vs 15 (B)')."""
    parts = []
    for cd in claim.details:
        if cd.disputed:
            sides = " vs ".join(describe_value(cd.values[i]) for i in _conflict_sides(cd))
            parts.append(f"disputed {cd.key.split(':')[0]}: {sides}")
        else:
            parts.append(cd.label)
    return "; ".join(p for p in parts if p)


def _conflict_sides(cd: ClaimDetail) -> list[int]:
    seen: list[int] = []
    for i, j in cd.conflicts:
        for k in (i, j):
            if k not in seen:
                seen.append(k)
    return seen


def detail_facts(claim: Claim) -> list[tuple[str, str]]:
    """A claim's details as (name, text) facts for the brief: the agreed details on one
    line, each disputed detail on its own with both sides and their sources."""
    facts: list[tuple[str, str]] = []
    agreed = [cd.label for cd in claim.details if not cd.disputed and cd.label]
    if agreed:
        facts.append(("details", "; ".join(agreed)))
    for cd in claim.details:
        if cd.disputed:
            sides = " vs ".join(describe_value(cd.values[i]) for i in _conflict_sides(cd))
            facts.append((f"disputed detail ({cd.key.split(':')[0]})", sides))
    return facts
