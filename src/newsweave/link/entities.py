"""Cross-document entity resolution: one Entity per real person or group across the corpus.

Each article already clusters its own mentions (`Mention.local_key`, with the best in-article
name in `canonical`). Here those local clusters meet across articles:

* people are blocked by the phonetic key of their surname; inside a block, full names join when
  their first names agree (exactly, by initial, or by sound and spelling: "Wahid"/"Waheed") and
  their other tokens line up ("Ashraf Ghani" ~ "Ashraf Ghani Ahmadzai"). A lone surname or an
  initialled name joins a full name only when exactly one compatible full name exists in the
  same article or, failing that, in the corpus; so two different "Ahmad"s stay apart;
* organisations, places and groups join on their normalised name.

Blocking keeps the work near-linear: names are only compared inside a surname block, and each
distinct spelling is compared once, however often it occurs.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from newsweave.link.names import (
    PersonName,
    group_key,
    partial_fits,
    person_tokens,
    same_person,
)
from newsweave.model import ActorRef, ArticleAnalysis, Entity, Mention, stable_id

PERSON = "PERSON"
DESCRIPTION_MATCH = 88.0  # rapidfuzz token_set_ratio of a speaker phrase and a description


@dataclass
class LocalCluster:
    """The mentions of one real thing inside one article."""

    article_id: str
    key: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def label(self) -> str:
        return Counter(m.label for m in self.mentions).most_common(1)[0][0]

    @property
    def canonical(self) -> str:
        return self.mentions[0].canonical


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return sorted(counts.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0][0]


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass
class EntityIndex:
    """The resolved entities plus lookups from mentions and names to entity ids."""

    entities: list[Entity]
    mention_entity: dict[str, str]
    person_names: dict[tuple[str, ...], set[str]]  # name tokens -> entity ids
    person_blocks: dict[str, set[tuple[str, ...]]]  # phonetic key -> full-name tokens
    group_names: dict[str, set[str]]  # normalised group name -> entity ids
    article_people: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    # article id -> (entity id, description) of the people the article describes
    _aliases: dict[str, list[str]] | None = field(default=None, repr=False)
    _type_of: dict[str, str] | None = field(default=None, repr=False)

    def by_id(self) -> dict[str, Entity]:
        return {e.entity_id: e for e in self.entities}

    def resolve_name(self, name: str, type_: str | None = None) -> str | None:
        """The entity a bare name refers to, when exactly one entity fits."""
        if not name:
            return None
        if type_ in (None, PERSON):
            found = self._resolve_person(name)
            if found:
                return found
        if type_ == PERSON:
            return None
        ids = self.group_names.get(group_key(name), set())
        return next(iter(ids)) if len(ids) == 1 else None

    def _resolve_person(self, name: str) -> str | None:
        tokens = person_tokens(name)
        if not tokens:
            return None
        exact = self.person_names.get(tokens, set())
        if len(exact) == 1:
            return next(iter(exact))
        pn = PersonName(tokens)
        fits: set[str] = set()
        for key in pn.block_keys():
            for other in self.person_blocks.get(key, ()):
                cand = PersonName(other)
                if (same_person(pn, cand) if pn.full and not pn.only_initials
                        else partial_fits(pn, cand)):
                    fits |= self.person_names.get(other, set())
        return next(iter(fits)) if len(fits) == 1 else None

    def resolve(self, ref: ActorRef | None, article_id: str | None = None) -> str | None:
        """Entity id of an actor, speaker or recipient: by its mention, else by its name,
        else (given the article) by the description the article gives one of its people
        ("Putin's special envoy to Afghanistan" -> the envoy named in that article)."""
        if ref is None:
            return None
        if ref.mention_id and ref.mention_id in self.mention_entity:
            return self.mention_entity[ref.mention_id]
        if ref.entity_id:
            return ref.entity_id
        found = self.resolve_name(ref.name, ref.type)
        if found is None and article_id is not None:
            found = self.resolve_description(ref.description or ref.name, article_id)
        return found

    def resolve_description(self, phrase: str | None, article_id: str) -> str | None:
        """The one person of this article that the phrase names ("..., Zamir Kabulov") or
        whose description it matches ("Putin's special envoy to Afghanistan")."""
        from rapidfuzz import fuzz

        if not phrase or len(phrase.split()) < 2:
            return None
        people = self.article_people.get(article_id, [])
        names = self._names_by_id()
        text = f" {group_key(phrase)} "
        named = {eid for eid, _ in people
                 if any(f" {group_key(alias)} " in text for alias in names.get(eid, ())
                        if len(alias.split()) >= 2)}
        if len(named) == 1:
            return next(iter(named))
        wanted = _description_key(phrase)
        fits = {eid for eid, desc in people
                if fuzz.token_set_ratio(wanted, _description_key(desc)) >= DESCRIPTION_MATCH}
        return next(iter(fits)) if len(fits) == 1 else None

    def group_in_phrase(self, phrase: str) -> str | None:
        """The one organisation or group a descriptive phrase names ("a Taliban spokesman")."""
        words = group_key(phrase).split()
        found: set[str] = set()
        for n in range(min(4, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                ids = self.group_names.get(" ".join(words[i:i + n]), set())
                found |= {eid for eid in ids if self._types().get(eid) != PERSON}
        return next(iter(found)) if len(found) == 1 else None

    def _types(self) -> dict[str, str]:
        if self._type_of is None:
            self._type_of = {e.entity_id: e.type for e in self.entities}
        return self._type_of

    def _names_by_id(self) -> dict[str, list[str]]:
        if self._aliases is None:
            self._aliases = {e.entity_id: [e.name, *e.aliases] for e in self.entities}
        return self._aliases


_DESCRIPTION_STOP = frozenset({"the", "a", "an", "of", "at", "in", "and"})


def _description_key(text: str) -> str:
    """A description's words without possessives and function words, for fuzzy matching."""
    words = [w.removesuffix("'s").strip("'") for w in group_key(text).split()]
    return " ".join(w for w in words if w and w not in _DESCRIPTION_STOP)


def local_clusters(analyses: Iterable[ArticleAnalysis]) -> list[LocalCluster]:
    """Per-article clusters; a lone non-person token equal to the surname of exactly one
    person in the same article (a NER label slip: ORG "Kabulov") joins that person."""
    out: list[LocalCluster] = []
    for analysis in analyses:
        clusters: dict[str, LocalCluster] = {}
        for m in analysis.mentions:
            clusters.setdefault(m.local_key, LocalCluster(analysis.article_id, m.local_key)
                                ).mentions.append(m)
        people = [c for c in clusters.values() if c.label == PERSON]
        by_surname: dict[str, list[LocalCluster]] = defaultdict(list)
        for c in people:
            tokens = person_tokens(c.canonical)
            if len(tokens) >= 2:
                by_surname[tokens[-1]].append(c)
        for c in list(clusters.values()):
            # places often share a word with a surname ("Jordan"), so only ORG/NORP slips
            if c.label not in ("ORG", "NORP") or len(c.canonical.split()) != 1:
                continue
            owners = by_surname.get(group_key(c.canonical), [])
            if len(owners) == 1:
                owners[0].mentions.extend(c.mentions)
                del clusters[c.key]
        out.extend(clusters.values())
    return out


def _person_groups(people: list[LocalCluster]) -> list[list[LocalCluster]]:
    """Group person clusters into real people (see the module docstring)."""
    names = {id(c): PersonName(person_tokens(c.canonical)) for c in people}
    full_tokens: dict[tuple[str, ...], int] = {}  # distinct full names -> index
    blocks: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for c in people:
        pn = names[id(c)]
        if pn.full and not pn.only_initials and pn.tokens not in full_tokens:
            full_tokens[pn.tokens] = len(full_tokens)
            for key in pn.block_keys():
                blocks[key].append(pn.tokens)
    uf = _UnionFind()
    for members in blocks.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if same_person(PersonName(a), PersonName(b)):
                    uf.union(full_tokens[a], full_tokens[b])

    # which full-name groups appear in which article (for the in-article preference)
    groups_in_article: dict[str, set[int]] = defaultdict(set)
    for c in people:
        pn = names[id(c)]
        if pn.tokens in full_tokens:
            groups_in_article[c.article_id].add(uf.find(full_tokens[pn.tokens]))

    grouped: dict[object, list[LocalCluster]] = defaultdict(list)
    for c in people:
        pn = names[id(c)]
        if pn.tokens in full_tokens:
            grouped[uf.find(full_tokens[pn.tokens])].append(c)
            continue
        fits: set[int] = set()
        for key in pn.block_keys():
            for other in blocks.get(key, ()):
                if partial_fits(pn, PersonName(other)):
                    fits.add(uf.find(full_tokens[other]))
        local = fits & groups_in_article[c.article_id]
        if len(local) == 1:
            grouped[next(iter(local))].append(c)
        elif len(fits) == 1 and not local:
            grouped[next(iter(fits))].append(c)
        else:  # ambiguous or unknown: its own entity, keyed by the name as written
            grouped[("partial", pn.tokens)].append(c)
    return list(grouped.values())


def _misread_people(people: list[LocalCluster], others: list[LocalCluster]
                    ) -> list[LocalCluster]:
    """Multi-word ORG/NORP/GPE names that are a known person's full name in another spelling
    (NER often reads an unfamiliar person name as an organisation)."""
    blocks: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for c in people:
        pn = PersonName(person_tokens(c.canonical))
        if pn.full and not pn.only_initials:
            for key in pn.block_keys():
                blocks[key].add(pn.tokens)
    out = []
    for c in others:
        words = c.canonical.split()
        if c.label not in ("ORG", "NORP", "GPE") or not 2 <= len(words) <= 4 or \
                not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
            continue
        pn = PersonName(person_tokens(c.canonical))
        if any(same_person(pn, PersonName(t)) for key in pn.block_keys()
               for t in blocks.get(key, ())):
            out.append(c)
    return out


def _group_groups(others: list[LocalCluster]) -> list[list[LocalCluster]]:
    """Organisations, places and groups by normalised name; a plural NORP ("Afghans") joins
    its singular when the singular occurs."""
    keys = {id(c): group_key(c.canonical) for c in others}
    present = set(keys.values())
    grouped: dict[str, list[LocalCluster]] = defaultdict(list)
    for c in others:
        key = keys[id(c)]
        if c.label == "NORP" and key.endswith("s") and len(key) > 4 and key[:-1] in present:
            key = key[:-1]
        grouped[key].append(c)
    return list(grouped.values())


def _entity(members: list[LocalCluster], is_person: bool) -> tuple[str, Entity]:
    mentions = [m for c in members for m in c.mentions]
    label = PERSON if is_person else (_most_common(m.label for m in mentions) or "MISC")
    canon_counts = Counter(c.canonical for c in members for _ in c.mentions)
    if is_person:
        def rank(name: str) -> tuple[int, int, int, str]:
            tokens = person_tokens(name)
            return (0 if len(tokens) >= 2 else 1, -canon_counts[name], -len(tokens), name)
        name = min(canon_counts, key=rank)
        key = "PERSON:" + " ".join(person_tokens(name))
    else:
        name = sorted(canon_counts, key=lambda n: (-canon_counts[n], len(n), n))[0]
        key = "GROUP:" + group_key(name)
    aliases = list(dict.fromkeys([*sorted(canon_counts, key=lambda n: -canon_counts[n]),
                                  *(m.text for m in mentions)]))
    entity = Entity(
        entity_id=stable_id("ent", key),
        name=name,
        type=label,
        aliases=[a for a in aliases if a],
        country=_most_common(m.country for m in mentions),
        sector=_most_common(m.sector for m in mentions),
        description=_most_common(m.description for m in mentions),
        article_ids=list(dict.fromkeys(m.article_id for m in mentions)),
        mention_count=len(mentions),
    )
    return key, entity


def resolve_entities(analyses: Iterable[ArticleAnalysis]) -> EntityIndex:
    """Entities, mention -> entity, and name lookups for the whole corpus."""
    clusters = local_clusters(analyses)
    people = [c for c in clusters if c.label == PERSON]
    others = [c for c in clusters if c.label != PERSON]
    misread = _misread_people(people, others)
    people += misread
    others = [c for c in others if all(c is not m for m in misread)]
    entities: dict[str, Entity] = {}
    mention_entity: dict[str, str] = {}
    person_names: dict[tuple[str, ...], set[str]] = defaultdict(set)
    person_blocks: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    group_names: dict[str, set[str]] = defaultdict(set)
    for is_person, groups in ((True, _person_groups(people)), (False, _group_groups(others))):
        for members in groups:
            key, entity = _entity(members, is_person)
            if key in entities:  # same display key from two groups: keep them apart
                key = f"{key}#{len(entities)}"
                entity.entity_id = stable_id("ent", key)
            entities[key] = entity
            for c in members:
                for m in c.mentions:
                    mention_entity[m.mention_id] = entity.entity_id
                if is_person:
                    tokens = person_tokens(c.canonical)
                    person_names[tokens].add(entity.entity_id)
                    pn = PersonName(tokens)
                    if pn.full and not pn.only_initials:
                        for block in pn.block_keys():
                            person_blocks[block].add(tokens)
                else:
                    for alias in {c.canonical, *(m.text for m in c.mentions)}:
                        group_names[group_key(alias)].add(entity.entity_id)
    ordered = sorted(entities.values(), key=lambda e: (-e.mention_count, e.name, e.entity_id))
    article_people: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for c in people:
        eid = mention_entity[c.mentions[0].mention_id]
        for desc in dict.fromkeys(m.description for m in c.mentions if m.description):
            article_people[c.article_id].append((eid, desc))
    return EntityIndex(ordered, mention_entity, dict(person_names), dict(person_blocks),
                       dict(group_names), dict(article_people))
