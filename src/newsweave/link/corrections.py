"""Analyst corrections applied by the link stage, and checked before they are stored.

Kinds (the target is a stable content id, the same on every run):

reject  ID          an event, quote or report is wrong: it is no evidence of anything (a
                    rejected event makes no claim)
confirm ID          an event, quote or report is right: it vouches for its claim
role    ID ROLE     the evidence item plays this role (supports, doubts, denies)
rename  ENTITY NAME the entity's name
merge   ENTITY INTO two entities are one real actor: ENTITY's mentions go to INTO
outlet  ARTICLE NAME the article's outlet
note    ID TEXT     a note shown with the item, entity, article or claim

Corrections live in the store (newsweave.store.corrections); undone ones are not applied.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from newsweave.model import Article, Claim, Entity
from newsweave.vocab import ROLE_ORDER

if TYPE_CHECKING:
    from newsweave.link.entities import EntityIndex
    from newsweave.store import Store
    from newsweave.store.corrections import Correction

log = logging.getLogger(__name__)

KINDS = ("reject", "confirm", "role", "rename", "merge", "outlet", "note")


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
            elif c.kind == "outlet":
                out.outlets[c.target] = str(c.value)
            elif c.kind == "note":
                out.notes[c.target].append(str(c.value))
        return out

    def __bool__(self) -> bool:
        return any((self.rejected, self.confirmed, self.roles, self.renames, self.merges,
                    self.outlets, self.notes))

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


def apply_merges(index: EntityIndex, fixes: Corrections) -> None:
    """Fold merged entities into the ones they join, in every lookup of the index."""
    if not fixes.merges:
        return
    by_id = index.by_id()
    for src in list(fixes.merges):
        dst = fixes.final_entity(src)
        a, b = by_id.get(src), by_id.get(dst)
        if a is None or b is None or src == dst:
            log.warning("merge %s into %s: entity not found in this link; skipped", src, dst)
            continue
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
    index._aliases = None
    index._type_of = None
    index._resolved.clear()


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
    out: dict[str, str | None] = {e.event_id: None for e in store.events()}
    out.update({q.quote_id: None for q in store.quotes()})
    for claim in store.claims():
        out.update({r.report_id: None for r in claim.reports})
        out.update(claim.evidence_roles)
    return out
