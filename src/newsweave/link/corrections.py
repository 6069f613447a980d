"""Analyst corrections applied by the link stage, and checked before they are stored.

Kinds (the target is a stable content id, the same on every run):

reject  ID          an event, quote or report is wrong: it is no evidence of anything (a
                    rejected event makes no claim)
confirm ID          an event, quote or report is right: it vouches for its claim
role    ID ROLE     the evidence item plays this role (supports, doubts, denies)
rename  ENTITY NAME the entity's name
merge   ENTITY INTO two entities are one real actor: ENTITY's mentions go to INTO
split   ENTITY PART.. one entity is two real actors: its mentions named PART (a name or alias)
                    or in article PART (an article id) become a new entity, whose id is made
                    from ENTITY and the parts (the same on every run)
outlet  ARTICLE NAME the article's outlet
note    ID TEXT     a note shown with the item, entity, article or claim

Corrections live in the store (newsweave.store.corrections); undone ones are not applied.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from newsweave.model import Article, Claim, Entity, Mention, stable_id
from newsweave.vocab import ROLE_ORDER

if TYPE_CHECKING:
    from newsweave.link.entities import EntityIndex
    from newsweave.store import Store
    from newsweave.store.corrections import Correction

log = logging.getLogger(__name__)

KINDS = ("reject", "confirm", "role", "rename", "merge", "split", "outlet", "note")


class CorrectionError(ValueError):
    """A correction that cannot be applied (unknown id, bad value): one line, for the user."""


@dataclass
class Corrections:
    """The active corrections, by what they change."""

    rejected: set[str] = field(default_factory=set)
    confirmed: set[str] = field(default_factory=set)
    roles: dict[str, str] = field(default_factory=dict)
    renames: dict[str, str] = field(default_factory=dict)
    merges: dict[str, str] = field(default_factory=dict)  # entity -> the entity it joins
    splits: dict[str, list[tuple[str, ...]]] = field(
        default_factory=lambda: defaultdict(list))  # entity -> the parts split off it
    # merges and splits in the order they were made: a split may take back part of a merge,
    # and a part split off may be merged elsewhere
    entity_ops: list[tuple[str, str, Any]] = field(default_factory=list)
    outlets: dict[str, str] = field(default_factory=dict)
    notes: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def of(cls, items: Iterable[Correction]) -> Corrections:
        out = cls()
        for c in items:
            if not c.active:
                continue
            if c.kind == "reject":
                out.rejected.add(c.target)
                out.confirmed.discard(c.target)
            elif c.kind == "confirm":
                out.confirmed.add(c.target)
                out.rejected.discard(c.target)
            elif c.kind == "role":
                out.roles[c.target] = str(c.value)
            elif c.kind == "rename":
                out.renames[c.target] = str(c.value)
            elif c.kind == "merge":
                out.merges[c.target] = str(c.value)
                out.entity_ops.append(("merge", c.target, str(c.value)))
            elif c.kind == "split":
                parts = split_parts(c.value)
                out.splits[c.target].append(parts)
                out.entity_ops.append(("split", c.target, parts))
            elif c.kind == "outlet":
                out.outlets[c.target] = str(c.value)
            elif c.kind == "note":
                out.notes[c.target].append(str(c.value))
        return out

    def __bool__(self) -> bool:
        return any((self.rejected, self.confirmed, self.roles, self.renames, self.merges,
                    self.splits, self.outlets, self.notes))

    def final_entity(self, entity_id: str) -> str:
        """Where an entity ends after merges (A into B, B into C: C)."""
        seen = {entity_id}
        while entity_id in self.merges and self.merges[entity_id] not in seen:
            entity_id = self.merges[entity_id]
            seen.add(entity_id)
        return entity_id


def load(store: Store) -> Corrections:
    from newsweave.store.corrections import corrections

    return Corrections.of(corrections(store, include_undone=False))


def apply_outlets(articles: Sequence[Article], fixes: Corrections) -> list[Article]:
    """Articles with the outlets analysts named (copies: the stored articles are unchanged)."""
    if not fixes.outlets:
        return list(articles)
    return [replace(a, outlet=fixes.outlets[a.article_id]) if a.article_id in fixes.outlets
            else a for a in articles]


def split_parts(value: Any) -> tuple[str, ...]:
    """The parts of a split as given (one string, or a list of them), cleaned and in a
    fixed order so the new entity's id does not depend on how they were listed."""
    items = value if isinstance(value, (list, tuple)) else [value]
    return tuple(sorted({str(v).strip() for v in items if v is not None and str(v).strip()}))


def split_entity_id(entity_id: str, parts: Sequence[str]) -> str:
    """The id of the entity a split makes: from the entity and the parts, stable."""
    return stable_id("ent", "SPLIT:" + entity_id, *sorted(parts))


def split_matches(mention: Mention, parts: Sequence[str]) -> bool:
    """Whether a split part names this mention: its article id, or its name (the mention's
    words or canonical name, compared as names are: case, accents and punctuation aside)."""
    from newsweave.link.names import group_key

    keys = {group_key(p) for p in parts}
    return mention.article_id in parts or bool(
        keys & {group_key(mention.text), group_key(mention.canonical)})


def apply_merges(index: EntityIndex, fixes: Corrections,
                 mentions: Iterable[Mention] | None = None) -> None:
    """Analysts' merges and splits of entities, in the order they were made, in every lookup
    of the index (splits need the corpus's mentions: which of them a part names)."""
    if not fixes.entity_ops:
        return
    known = list(mentions or ())
    for op, src, arg in fixes.entity_ops:
        if op == "merge":
            _merge(index, src, fixes.final_entity(src))
        else:
            _split(index, src, arg, known)
    index.diff = None  # (its entities are not the grouping's now)
    index._aliases = None
    index._type_of = None
    index._resolved.clear()


def _merge(index: EntityIndex, src: str, dst: str) -> None:
    by_id = index.by_id()
    a, b = by_id.get(src), by_id.get(dst)
    if a is None or b is None or src == dst:
        log.warning("merge %s into %s: entity not found in this link; skipped", src, dst)
        return
    for name in [a.name, *a.aliases]:
        if name not in b.aliases and name != b.name:
            b.aliases.append(name)
    b.article_ids.extend(x for x in a.article_ids if x not in b.article_ids)
    b.mention_count += a.mention_count
    index.entities = [e for e in index.entities if e.entity_id != src]
    for mid, eid in index.mention_entity.items():
        if eid == src:
            index.mention_entity[mid] = dst
    for table in (index.person_names, index.group_names):
        for ids in table.values():
            if src in ids:
                ids.discard(src)
                ids.add(dst)
    for people in index.article_people.values():
        people[:] = [(dst if eid == src else eid, d) for eid, d in people]


def _split(index: EntityIndex, src: str, parts: Sequence[str],
           mentions: Sequence[Mention]) -> None:
    from newsweave.link.names import group_key, person_tokens

    ent = index.by_id().get(src)
    mine = [m for m in mentions if index.mention_entity.get(m.mention_id) == src]
    moved = [m for m in mine if split_matches(m, parts)]
    kept = [m for m in mine if not split_matches(m, parts)]
    if ent is None or not moved or not kept:
        log.warning("split %s by %s: %s in this link; skipped", src, ", ".join(parts),
                    "entity not found" if ent is None else "no mention to move"
                    if not moved else "no mention would stay")
        return
    new_id = split_entity_id(src, parts)
    names = Counter(m.canonical or m.text for m in moved)
    name = sorted(names, key=lambda n: (-names[n], -len(n), n))[0]
    kept_names = {m.canonical or m.text for m in kept}
    moved_names = set(names)
    new = Entity(entity_id=new_id, name=name, type=ent.type,
                 aliases=sorted(n for n in moved_names if n != name),
                 country=ent.country, sector=ent.sector,
                 article_ids=list(dict.fromkeys(m.article_id for m in moved)),
                 mention_count=len(moved))
    ent.mention_count = max(0, ent.mention_count - len(moved))
    ent.article_ids = list(dict.fromkeys(m.article_id for m in kept))
    ent.aliases = [a for a in ent.aliases if a in kept_names or a not in moved_names]
    if ent.name in moved_names and ent.name not in kept_names:
        ent.name = Counter(m.canonical or m.text for m in kept).most_common(1)[0][0]
    index.entities.append(new)
    moved_ids = {m.mention_id for m in moved}
    for mid in moved_ids:
        index.mention_entity[mid] = new_id
    # a name only the moved mentions use now names the new entity; a name both use is
    # shared (lookups by it find two entities and stay unresolved, as for any namesake)
    gone = {group_key(n) for n in moved_names} - {group_key(n) for n in kept_names}
    shared = {group_key(n) for n in moved_names} & {group_key(n) for n in kept_names}
    for key, ids in index.group_names.items():
        if src in ids and key in gone:
            ids.discard(src)
            ids.add(new_id)
        elif src in ids and key in shared:
            ids.add(new_id)
    moved_tokens = {person_tokens(n) for n in moved_names}
    kept_tokens = {person_tokens(n) for n in kept_names}
    for tokens, ids in index.person_names.items():
        if src in ids and tokens in moved_tokens:
            if tokens not in kept_tokens:
                ids.discard(src)
            ids.add(new_id)
    moved_articles = {m.article_id for m in moved} - {m.article_id for m in kept}
    for aid in moved_articles:
        people = index.article_people.get(aid)
        if people:
            people[:] = [(new_id if eid == src else eid, d) for eid, d in people]


def apply_names(entities: list[Entity], claims: list[Claim], fixes: Corrections) -> None:
    """Renamed entities, in the entity list and in the claims that name them."""
    if not fixes.renames:
        return
    for ent in entities:
        new = fixes.renames.get(ent.entity_id)
        if new and new != ent.name:
            if ent.name not in ent.aliases:
                ent.aliases.append(ent.name)
            ent.name = new
    for claim in claims:
        for ref in (claim.actor, claim.recipient):
            new = fixes.renames.get(ref.entity_id or "") if ref is not None else None
            if ref is not None and new and new != ref.name:
                claim.summary = claim.summary.replace(ref.name, new, 1)
                ref.name = new


def check(store: Store, kind: str, target: str, value: Any) -> Any:
    """The value the correction replaces (for the audit log); CorrectionError when it
    cannot be applied: an unknown kind, id or role, an entity merged into itself."""
    if kind not in KINDS:
        raise CorrectionError(f"unknown correction {kind!r} (choose from {', '.join(KINDS)})")
    entities = {e.entity_id: e for e in store.entities()}
    if kind in ("rename", "merge"):
        ent = entities.get(target)
        if ent is None:
            raise CorrectionError(f"{kind}: no entity {target!r}")
        if kind == "rename":
            if not str(value or "").strip():
                raise CorrectionError("rename: the new name is empty")
            return ent.name
        if value == target:
            raise CorrectionError(f"merge: cannot merge {target!r} into itself")
        if value not in entities:
            raise CorrectionError(f"merge: no entity {value!r} to merge into")
        return {"name": ent.name, "into": entities[str(value)].name}
    if kind == "split":
        ent = entities.get(target)
        if ent is None:
            raise CorrectionError(f"split: no entity {target!r}")
        parts = split_parts(value)
        if not parts:
            raise CorrectionError("split: give the names or article ids to split off")
        mine = [m for m in store.mentions() if m.entity_id == target]
        moved = [m for m in mine if split_matches(m, parts)]
        if not moved:
            raise CorrectionError(f"split: no mention of {target!r} ({ent.name}) is named "
                                  f"or in {', '.join(map(repr, parts))}")
        if len(moved) == len(mine):
            raise CorrectionError(f"split: every mention of {target!r} ({ent.name}) matches "
                                  f"{', '.join(map(repr, parts))}; nothing would stay")
        return {"name": ent.name, "into": split_entity_id(target, parts),
                "mentions": len(moved)}
    if kind == "outlet":
        arts = {a.article_id: a for a in store.articles()}
        if target not in arts:
            raise CorrectionError(f"outlet: no article {target!r}")
        if not str(value or "").strip():
            raise CorrectionError("outlet: the outlet name is empty")
        return arts[target].outlet
    items = _evidence_items(store)
    if kind == "note":
        known = set(items) | set(entities) | {c.claim_id for c in store.claims()} | {
            a.article_id for a in store.articles()}
        if target not in known:
            raise CorrectionError(f"note: no item, entity, claim or article {target!r}")
        if not str(value or "").strip():
            raise CorrectionError("note: the note is empty")
        return None
    if target not in items:
        raise CorrectionError(f"{kind}: no event, quote or report {target!r}")
    if kind == "role" and value not in ROLE_ORDER:
        raise CorrectionError(f"role: {value!r} is not a role (choose from "
                              f"{', '.join(ROLE_ORDER)})")
    return items[target]


def _evidence_items(store: Store) -> dict[str, str | None]:
    """Event, quote and report ids -> their current role in a claim (None: in no claim)."""
    out: dict[str, str | None] = {
        e.event_id: None for e in store.events(include_rejected=True)}
    out.update({q.quote_id: None for q in store.quotes()})
    for claim in store.claims():
        out.update({r.report_id: None for r in claim.reports})
        out.update(claim.evidence_roles)
    return out


class Uncorrected:
    """A store read as the machine linked it, without the analysts' corrections (`newsweave
    export --no-corrections`): the corpus is linked again in memory with none applied, so
    entities, claims and quote variants are the uncorrected ones, rejected events are listed,
    and actors point at the uncorrected entities. The store itself is not written to (new
    sentence vectors are computed and kept in memory only). Every other read passes through.
    """

    def __init__(self, store: Store) -> None:
        from newsweave.link import link_corpus
        from newsweave.nlp.models import CachedEmbedder

        self._store = store
        self._result = link_corpus(store.articles(corrected=False), list(store.analyses()),
                                   embed=CachedEmbedder(store))  # never flushed: read-only
        self._mapping = dict(self._result.mention_entity)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def _resolve(self, refs: Iterable[Any]) -> None:
        for ref in refs:
            if ref is not None and ref.mention_id and ref.mention_id in self._mapping:
                ref.entity_id = self._mapping[ref.mention_id]

    def articles(self, article_ids: Iterable[str] | None = None) -> list[Article]:
        return self._store.articles(article_ids, corrected=False)

    def entities(self) -> list[Entity]:
        return list(self._result.entities)

    def claims(self) -> list[Claim]:
        return sorted(self._result.claims, key=lambda c: c.claim_id)

    def quote_variants(self) -> list[Any]:
        return sorted(self._result.quote_variants, key=lambda v: v.group_id)

    def events(self, article_id: str | None = None, include_rejected: bool = True
               ) -> list[Any]:
        out = self._store.events(article_id, include_rejected=True)
        self._resolve(r for e in out for r in (e.actor, e.recipient, e.attributed_to))
        return out

    def quotes(self, article_id: str | None = None) -> list[Any]:
        out = self._store.quotes(article_id)
        self._resolve(q.speaker for q in out)
        return out

    def mentions(self, article_id: str | None = None) -> list[Mention]:
        out = self._store.mentions(article_id)
        for m in out:
            m.entity_id = self._mapping.get(m.mention_id, m.entity_id)
        return out
