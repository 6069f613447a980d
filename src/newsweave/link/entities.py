"""Cross-document entity resolution: one Entity per real person or group across the corpus.

Each article already clusters its own mentions (`Mention.local_key`, with the best in-article
name in `canonical`). Here those local clusters meet across articles:

* people are blocked by the phonetic key of their surname; inside a block, full names join when
  their first names agree (exactly, by initial, or by sound and spelling: "Wahid"/"Waheed") and
  their other tokens line up ("Ashraf Ghani" ~ "Ashraf Ghani Ahmadzai"). A lone surname or an
  initialled name joins a full name only when exactly one compatible full name exists in the
  same article or, failing that, in the corpus; so two different "Ahmad"s stay apart;
* a country's name, its capital and its demonyms ("Russia", "Moscow", "Russian", "the
  Russians") are one state entity keyed by the country code: news uses them interchangeably
  for the state, and a demonym is not an actor of its own;
* a group the actor gazetteer knows joins on the gazetteer's name, so its aliases ("ISIS",
  "Daesh", "Islamic State") meet; a name that NER cut short ("Islamic" before "State") is
  extended to the gazetteer name it starts;
* other organisations, places and groups join on their normalised name.

A person's description is kept only when it names a role ("a spokesman for the group", "the
brother of a former commander"); an apposition slip ("Omar, the Islamic State ...") is not a
description of the person.

Blocking keeps the work near-linear: names are only compared inside a surname block, and each
distinct spelling is compared once, however often it occurs.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsweave.extract.lexicon import load_lines
from newsweave.link.names import (
    CORPUS_CACHE,
    PersonName,
    first_names_compatible,
    group_key,
    is_initial,
    partial_fits,
    person_name,
    person_tokens,
    same_person,
)
from newsweave.model import ActorRef, ArticleAnalysis, Entity, Mention, stable_id

if TYPE_CHECKING:
    from newsweave.extract.gazetteer import Gazetteer

PERSON = "PERSON"
STATE_KINDS = ("state", "capital")  # gazetteer kinds that name the state itself
GROUP_KINDS = ("group", "igo", "media")  # gazetteer kinds whose aliases name one body
DESCRIPTION_MATCH = 88.0  # rapidfuzz token_set_ratio of a speaker phrase and a description


@dataclass
class LocalCluster:
    """The mentions of one real thing inside one article."""

    article_id: str
    key: str
    mentions: list[Mention] = field(default_factory=list)

    # label, person_name and state are asked for on every link of a growing corpus and a
    # cluster is kept from link to link (EntityMemo), so each is worked out once (settle
    # forgets them when local_clusters adds mentions)

    @functools.cached_property
    def label(self) -> str:
        first = self.mentions[0].label
        if all(m.label == first for m in self.mentions):  # the usual case, without a Counter
            return first
        return Counter(m.label for m in self.mentions).most_common(1)[0][0]

    @property
    def canonical(self) -> str:
        return self.mentions[0].canonical

    @functools.cached_property
    def person_name(self) -> PersonName:
        return person_name(person_tokens(self.canonical))

    @functools.cached_property
    def state(self) -> str | None:
        return _cluster_state(self)

    @functools.cached_property
    def mention_ids(self) -> tuple[str, ...]:
        return tuple(m.mention_id for m in self.mentions)

    @functools.cached_property
    def name_keys(self) -> frozenset[str]:
        """The normalised names it goes by (its canonical name and each mention's text)."""
        return frozenset(group_key(a) for a in {self.canonical,
                                                *(m.text for m in self.mentions)})

    @functools.cached_property
    def descriptions(self) -> tuple[str, ...]:
        """Its mentions' role descriptions (see clean_description), first seen first."""
        return tuple(dict.fromkeys(d for m in self.mentions
                                   if (d := clean_description(m.description))))

    @functools.cached_property
    def is_person(self) -> bool:
        """Grouped with people (a PERSON label that is not a lone demonym), not as a
        state, group or other name."""
        return self.label == PERSON and self.state is None

    @functools.cached_property
    def group(self) -> str:
        """Its key among states, known groups and other names (see _group_groups)."""
        code = self.state
        if code:
            return f"STATE:{code}"
        return "GROUP:" + group_key(known_group(self.canonical) or self.canonical)

    @functools.cached_property
    def maybe_misread(self) -> bool:
        """Whether it may be a person's name NER read as an organisation, nationality or
        place: two to four capitalised words (see _misread_people)."""
        words = self.canonical.split()
        return self.label in ("ORG", "NORP", "GPE") and 2 <= len(words) <= 4 and \
            all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)

    def settle(self) -> None:
        """Forget what was worked out from the mentions (they changed)."""
        for name in ("label", "person_name", "state", "mention_ids", "name_keys",
                     "descriptions", "is_person", "group", "maybe_misread"):
            self.__dict__.pop(name, None)


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return sorted(counts.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0][0]


def _gazetteer() -> Gazetteer:
    from newsweave.extract.gazetteer import build_gazetteer

    return build_gazetteer()


_EDGE_PUNCT = " \t\n,;:\"'“”‘’()[]"


@functools.lru_cache(maxsize=CORPUS_CACHE)
def state_code(name: str, demonyms_only: bool = False) -> str | None:
    """The country (alpha-3) a name stands for as a state: the country's name or alias, its
    capital, or a demonym, singular or plural ("Russians"). Seats of government ("the
    Kremlin"), agencies and groups are not the state itself and give None. With
    `demonyms_only`, only demonyms count (a PERSON label on "Tajik" is a NER slip, while a
    person called "Jordan" is a person)."""
    gaz = _gazetteer()
    text = name.strip(_EDGE_PUNCT)
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    if not text:
        return None
    if not demonyms_only:
        info = gaz.lookup(text)
        if info is not None:
            return info.country if info.kind in STATE_KINDS else None
    low = text.lower()
    code = gaz.demonyms.get(low) or gaz.demonyms.get(text) or gaz.demonym_plurals.get(low)
    return code or None


@functools.lru_cache(maxsize=CORPUS_CACHE)
def known_group(name: str) -> str | None:
    """The gazetteer's name of a group, IGO or outlet the name is an alias of ("ISIL" ->
    "Islamic State"), or None."""
    info = _gazetteer().lookup(name.strip(_EDGE_PUNCT))
    return info.name if info is not None and info.kind in GROUP_KINDS else None


_NEXT_WORDS = re.compile(r"[ \u00a0]([A-Z][\w'’-]*)(?:[ \u00a0]([A-Z][\w'’-]*))?")


def _extended_name(m: Mention, text: str | None) -> tuple[str, str] | None:
    """(gazetteer name, label) when the mention is the cut-short start of a name the
    gazetteer knows: NER sometimes tags "Islamic" in "Islamic State" as NORP on its own."""
    if not text or m.label == PERSON or m.span[1] > len(text):
        return None
    if group_key(m.text) != group_key(m.canonical):
        return None
    after = _NEXT_WORDS.match(text, m.span[1])
    if after is None:
        return None
    words = [w for w in after.groups() if w]
    gaz = _gazetteer()
    for n in range(len(words), 0, -1):
        info = gaz.lookup(f"{m.canonical} {' '.join(words[:n])}")
        if info is not None and info.kind in GROUP_KINDS + STATE_KINDS:
            return info.name, "GPE" if info.kind in STATE_KINDS else "ORG"
    return None


@functools.lru_cache(maxsize=1)
def _role_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Single-word and multi-word role nouns (link_person_roles.txt + the gazetteer's)."""
    words = {w.lower() for w in load_lines("link_person_roles.txt")}
    words |= {w.lower() for w in _gazetteer().role_nouns}
    single = frozenset(w for w in words if " " not in w)
    multi = tuple(sorted(w for w in words if " " in w))
    return single, multi


_TRAILING_TITLE = re.compile(r",\s*[A-Z][a-z]{0,4}\.?$")  # "..., Gen." cut from a name
_HYPHEN_TAIL = re.compile(r"^based\s+", re.I)  # "Kabul-based analyst" cut at the hyphen


@functools.lru_cache(maxsize=CORPUS_CACHE)
def clean_description(text: str | None) -> str | None:
    """A person's description made presentable, or None when it names no role: it must
    contain a role noun ("a spokesman for the ministry", "Taliban chief"), not just an
    organisation's name ("the Islamic State") or a pronoun ("himself")."""
    if not text:
        return None
    desc = re.sub(r"\s+", " ", text).strip(_EDGE_PUNCT + "-–—")
    desc = _TRAILING_TITLE.sub("", _HYPHEN_TAIL.sub("", desc)).strip(_EDGE_PUNCT)
    if not desc:
        return None
    single, multi = _role_words()
    words = re.findall(r"[a-z][a-z'-]*", desc.lower())
    if any(w in single or (w.endswith("s") and w[:-1] in single) for w in words):
        return desc
    joined = f" {' '.join(words)} "
    return desc if any(f" {phrase} " in joined for phrase in multi) else None


def best_description(values: Iterable[str | None]) -> str | None:
    """The most frequent role-bearing description; on a tie the longest (it says most)."""
    counts = Counter(d for v in values if (d := clean_description(v)))
    if not counts:
        return None
    return sorted(counts.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]


ACTOR_TYPES = frozenset({"PERSON", "ORG"})


def is_key_actor(entity: Entity, in_claims: int = 0) -> bool:
    """Whether an entity belongs in a list of key actors: people, organisations and states
    do; a place that is not a state (a city, a province), a nationality/religious word
    without a state ("Islamist", "Central Asian") or a one-word name nobody describes (often
    a NER slip: "Kalashnikov") does only when a claim makes it a party."""
    if in_claims:
        return True
    if entity.type == PERSON and len(entity.name.split()) == 1 and not entity.description:
        return False  # a lone, never described token ("Kalashnikov"): too thin to be a key
    if entity.type in ACTOR_TYPES:
        return True
    return entity.type == "GPE" and entity.entity_id == state_entity_id(entity.country)


def state_entity_id(country: str | None) -> str | None:
    """The id of the state entity of a country (see `state_code`)."""
    return stable_id("ent", f"STATE:{country}") if country else None


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
    # resolve_name answers (the index does not change once built; apply_merges clears it):
    # claims ask for the same few names hundreds of thousands of times
    _resolved: dict[tuple[str, str | None], str | None] = field(default_factory=dict,
                                                                 repr=False)
    # with an EntityMemo: (the link generation the memo's lookups were made by, the articles
    # whose mentions may stand for another entity, or an entity of another type, since)
    changed: tuple[int, set[str]] | None = field(default=None, repr=False)

    def by_id(self) -> dict[str, Entity]:
        return {e.entity_id: e for e in self.entities}

    def resolve_name(self, name: str, type_: str | None = None) -> str | None:
        """The entity a bare name refers to, when exactly one entity fits."""
        if not name:
            return None
        memo_key = (name, type_)
        if memo_key in self._resolved:
            return self._resolved[memo_key]
        found = self._resolve_name(name, type_)
        self._resolved[memo_key] = found
        return found

    def name_answers(self) -> dict[tuple[str, str | None], str | None]:
        """The (name, type) -> entity answers resolve_name gave so far (a growing corpus's
        next link asks them again to see which changed: see link.claims._dirty_inputs)."""
        return dict(self._resolved)

    def _resolve_name(self, name: str, type_: str | None) -> str | None:
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
        pn = person_name(tokens)
        fits: set[str] = set()
        for key in pn.block_keys():
            for other in self.person_blocks.get(key, ()):
                cand = person_name(other)
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


def local_clusters(analyses: Iterable[ArticleAnalysis],
                   texts: dict[str, str] | None = None) -> list[LocalCluster]:
    """Per-article clusters; a lone non-person token equal to the surname of exactly one
    person in the same article (a NER label slip: ORG "Kabulov") joins that person, and a
    name NER cut short joins the gazetteer name it starts (given the article texts)."""
    out: list[LocalCluster] = []
    texts = texts or {}
    for analysis in analyses:
        clusters: dict[str, LocalCluster] = {}
        for m in analysis.mentions:
            extended = _extended_name(m, texts.get(analysis.article_id))
            if extended is not None:  # a copy: the analysis records stay as extracted
                name, label = extended
                m = dataclasses.replace(m, canonical=name, label=label,
                                        local_key=f"{label}:{name.lower()}")
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
                owners[0].settle()
                del clusters[c.key]
        out.extend(clusters.values())
    return out


Names = tuple[str, ...]
BlockJudgement = tuple[tuple[Names, ...], list[tuple[Names, Names]]]


def _person_groups(people: list[LocalCluster],
                   judged: dict[str, BlockJudgement] | None = None,
                   partials: dict[Names, tuple[tuple[Names, ...], list[Names]]] | None = None
                   ) -> list[list[LocalCluster]]:
    """Group person clusters into real people (see the module docstring). `judged` keeps,
    per surname block, its full names in order and the pairs of them found to be one person:
    a block whose names are the same as at the last link of a growing corpus is not compared
    again (the judgement depends on those names alone); it is updated in place."""
    names = {id(c): c.person_name for c in people}
    full_tokens: dict[tuple[str, ...], int] = {}  # distinct full names -> index
    blocks: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for c in people:
        pn = names[id(c)]
        if pn.full and not pn.only_initials and pn.tokens not in full_tokens:
            full_tokens[pn.tokens] = len(full_tokens)
            for key in pn.block_keys():
                blocks[key].append(pn.tokens)
    uf = _UnionFind()
    kept: dict[str, BlockJudgement] = {}
    for block, members in blocks.items():
        in_block = tuple(members)
        found = judged.get(block) if judged is not None else None
        if found is None or found[0] != in_block:
            found = (in_block, _same_people(members))
        kept[block] = found
        for a, b in found[1]:
            uf.union(full_tokens[a], full_tokens[b])
    if judged is not None:
        judged.clear()
        judged.update(kept)

    # which full-name groups appear in which article (for the in-article preference)
    groups_in_article: dict[str, set[int]] = defaultdict(set)
    for c in people:
        pn = names[id(c)]
        if pn.tokens in full_tokens:
            groups_in_article[c.article_id].add(uf.find(full_tokens[pn.tokens]))

    grouped: dict[object, list[LocalCluster]] = defaultdict(list)
    # a partial name -> the groups of the full names it fits: a lone surname recurs in many
    # articles, so it is compared once per link, and not again at the next link while the
    # blocks it looks in hold the same names (`partials`, updated in place)
    fitting: dict[Names, set[int]] = {}
    kept_partials: dict[Names, tuple[tuple[Names, ...], list[Names]]] = {}
    for c in people:
        pn = names[id(c)]
        if pn.tokens in full_tokens:
            grouped[uf.find(full_tokens[pn.tokens])].append(c)
            continue
        fits = fitting.get(pn.tokens)
        if fits is None:
            looked_in = tuple(other for key in pn.block_keys() for other in blocks.get(key, ()))
            was = partials.get(pn.tokens) if partials is not None else None
            if was is None or was[0] != looked_in:
                was = (looked_in, [other for other in looked_in
                                   if partial_fits(pn, person_name(other))])
            kept_partials[pn.tokens] = was
            fits = fitting[pn.tokens] = {uf.find(full_tokens[other]) for other in was[1]}
        local = fits & groups_in_article[c.article_id]
        if len(local) == 1:
            grouped[next(iter(local))].append(c)
        elif len(fits) == 1 and not local:
            grouped[next(iter(fits))].append(c)
        else:  # ambiguous or unknown: its own entity, keyed by the name as written
            grouped[("partial", pn.tokens)].append(c)
    if partials is not None:
        partials.clear()
        partials.update(kept_partials)
    return list(grouped.values())


def _same_people(members: list[Names]) -> list[tuple[Names, Names]]:
    """The pairs of a surname block's full names that are one person (in block order).

    A block grows with the corpus (every first name met with one surname); names are
    compared only across first names that can agree (a pair of first names is judged once),
    not all pairs of names: the same unions, without the square of the block."""
    by_first: dict[str, list[int]] = defaultdict(list)
    for i, a in enumerate(members):
        by_first[a[0]].append(i)
    firsts = list(by_first)
    out: list[tuple[Names, Names]] = []
    for x, y in _compatible_firsts(firsts):
        fa, fb = firsts[x], firsts[y]
        for i in by_first[fa]:
            for j in by_first[fb]:
                if i == j or (fa == fb and j < i):
                    continue
                a, b = members[min(i, j)], members[max(i, j)]
                if same_person(person_name(a), person_name(b)):
                    out.append((a, b))
    return out


# first names in a surname block past which the pairs that can agree are found in C
BIG_BLOCK = 24
MATCH_FLOOR = 55  # below names.tokens_match's least ratio (60), so rounding cannot lose one


def _compatible_firsts(firsts: list[str]) -> list[tuple[int, int]]:
    """(x, y), x <= y in order, of a block's distinct first names that can agree
    (names.first_names_compatible). A block's first names grow with the corpus (every first
    name met with one surname: ~50 per surname at 40,000 synthetic articles), and judging
    all their pairs in Python grew with its square; past BIG_BLOCK names, rapidfuzz scores
    all pairs in C and only those that can agree are judged: two names agree only with a
    ratio of 60 or more (tokens_match), or when one is the other's initial."""
    n = len(firsts)
    if n <= BIG_BLOCK:
        return [(x, y) for x in range(n) for y in range(x, n)
                if _firsts_compatible(firsts[x], firsts[y])]
    import numpy as np
    from rapidfuzz import fuzz, process

    bare = [f.rstrip(".") for f in firsts]
    scores = process.cdist(bare, bare, scorer=fuzz.ratio, score_cutoff=MATCH_FLOOR,
                           dtype=np.uint8, workers=1)
    rows, cols = np.nonzero(np.triu(scores))  # (the diagonal: a name and itself)
    pairs = set(zip(rows.tolist(), cols.tolist(), strict=True))
    by_letter: dict[str, list[int]] = defaultdict(list)
    for x, f in enumerate(firsts):
        by_letter[f[:1]].append(x)
    for x, f in enumerate(firsts):
        if is_initial(f):
            pairs.update((min(x, y), max(x, y)) for y in by_letter[f[:1]])
    return sorted((x, y) for x, y in pairs if _firsts_compatible(firsts[x], firsts[y]))


@functools.lru_cache(maxsize=CORPUS_CACHE)
def _firsts_compatible(a: str, b: str) -> bool:
    return first_names_compatible(a, b)


def _misread_people(people: list[LocalCluster], others: list[LocalCluster]
                    ) -> list[LocalCluster]:
    """Multi-word ORG/NORP/GPE names that are a known person's full name in another spelling
    (NER often reads an unfamiliar person name as an organisation)."""
    blocks: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for c in people:
        pn = c.person_name
        if pn.full and not pn.only_initials:
            for key in pn.block_keys():
                blocks[key].add(pn.tokens)
    out = []
    for c in others:
        if not c.maybe_misread:
            continue
        pn = c.person_name
        if any(same_person(pn, person_name(t)) for key in pn.block_keys()
               for t in blocks.get(key, ())):
            out.append(c)
    return out


def cluster_state(c: LocalCluster) -> str | None:
    """The country a cluster names as a state (a country, its capital or a demonym; see
    `state_code`), or None. People are states only when NER mislabels a lone demonym."""
    return c.state


def _cluster_state(c: LocalCluster) -> str | None:
    if c.label == PERSON:
        return state_code(c.canonical, demonyms_only=True) if " " not in c.canonical \
            else None
    return state_code(c.canonical) or (state_code(c.mentions[0].text)
                                       if c.mentions[0].text != c.canonical else None)


def _group_groups(others: list[LocalCluster]) -> list[tuple[str, list[LocalCluster]]]:
    """(key, clusters) of states, known groups and other names (see the module docstring);
    a plural NORP ("Islamists") joins its singular when the singular occurs."""
    present = {c.group for c in others}
    grouped: dict[str, list[LocalCluster]] = defaultdict(list)
    for c in others:
        key = c.group
        if c.label == "NORP" and key.endswith("s") and len(key) > 10 and key[:-1] in present:
            key = key[:-1]
        grouped[key].append(c)
    return list(grouped.items())


@dataclass
class _Tally:
    """What an entity record is summed up from (its mentions' labels, names, countries,
    sectors, texts, descriptions and articles, each counted or listed in mention order), so
    a group that only gained members at its end (a new article naming a known person or
    state) is summed up from its new mentions alone."""

    labels: Counter[str] = field(default_factory=Counter)
    canon: Counter[str] = field(default_factory=Counter)  # cluster names, per mention
    countries: Counter[str] = field(default_factory=Counter)
    sectors: Counter[str] = field(default_factory=Counter)
    descriptions: Counter[str] = field(default_factory=Counter)  # see clean_description
    texts: dict[str, None] = field(default_factory=dict)
    articles: dict[str, None] = field(default_factory=dict)
    mentions: int = 0

    def copy(self) -> _Tally:
        return _Tally(self.labels.copy(), self.canon.copy(), self.countries.copy(),
                      self.sectors.copy(), self.descriptions.copy(), dict(self.texts),
                      dict(self.articles), self.mentions)

    def add(self, members: Iterable[LocalCluster]) -> _Tally:
        for c in members:
            self.canon[c.canonical] += len(c.mentions)
            for m in c.mentions:
                self.labels[m.label] += 1
                if m.country:
                    self.countries[m.country] += 1
                if m.sector:
                    self.sectors[m.sector] += 1
                desc = clean_description(m.description)
                if desc:
                    self.descriptions[desc] += 1
                self.texts[m.text] = None
                self.articles[m.article_id] = None
            self.mentions += len(c.mentions)
        return self


def _top(counts: Counter[str]) -> str | None:
    """_most_common of counted values: the most frequent, then the shortest, then the
    first in order (empty values are not counted)."""
    found = [kv for kv in counts.items() if kv[0]]
    if not found:
        return None
    return sorted(found, key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0][0]


def _entity(members: list[LocalCluster], key: str | None = None,
            tally: _Tally | None = None) -> tuple[str, Entity]:
    """The entity of a group of clusters; `key` None means a person. `tally` is the sum of
    the members' mentions when known (see _Tally); else it is made here."""
    if tally is None:
        tally = _Tally().add(members)
    label = PERSON if key is None else (_top(tally.labels) or "MISC")
    canon_counts = tally.canon
    country = _top(tally.countries)
    sector = _top(tally.sectors)
    if key is None:
        def rank(name: str) -> tuple[int, int, int, str]:
            tokens = person_tokens(name)
            return (0 if len(tokens) >= 2 else 1, -canon_counts[name], -len(tokens), name)
        name = min(canon_counts, key=rank)
        key = "PERSON:" + " ".join(person_tokens(name))
    elif key.startswith("STATE:"):
        country = key.split(":", 1)[1]
        name = _gazetteer().state_name(country) or canon_counts.most_common(1)[0][0]
        label, sector = "GPE", "GOV"
    else:
        name = known_group(members[0].canonical) or \
            sorted(canon_counts, key=lambda n: (-canon_counts[n], len(n), n))[0]
    aliases = list(dict.fromkeys([name, *sorted(canon_counts, key=lambda n: -canon_counts[n]),
                                  *tally.texts]))
    descriptions = tally.descriptions
    entity = Entity(
        entity_id=stable_id("ent", key),
        name=name,
        type=label,
        aliases=[a for a in aliases if a and a != name],
        country=country,
        sector=sector,
        # (best_description of the mentions' descriptions)
        description=sorted(descriptions.items(), key=lambda kv: (-kv[1], -len(kv[0]),
                                                                 kv[0]))[0][0]
        if label == PERSON and descriptions else None,
        article_ids=list(tally.articles),
        mention_count=tally.mentions,
    )
    return key, entity


EntityPrint = tuple[str | None, tuple[tuple[str, str], ...]]


@dataclass
class EntityMemo:
    """What entity resolution keeps for the next link of a growing corpus: each article's
    local clusters (they depend on that article alone), and each entity record by what it
    was made from (its group key and its member clusters, in order), so a group the new
    articles did not touch keeps its record (the same object) without being summed up again.
    Each surname block keeps which of its full names are one person while its names stay
    the same. The grouping itself is redone on every link (one new article can join two
    names)."""

    clusters: dict[str, list[LocalCluster]] = field(default_factory=dict)
    entities: dict[EntityPrint, tuple[str, Entity, _Tally]] = field(default_factory=dict)
    # a group by its key and first member -> its print (to find the group it grew from)
    heads: dict[tuple[str | None, tuple[str, str]], EntityPrint] = field(default_factory=dict)
    blocks: dict[str, BlockJudgement] = field(default_factory=dict)  # see _person_groups
    # a partial name -> (the full names it was compared with, those it fits)
    partials: dict[Names, tuple[tuple[Names, ...], list[Names]]] = field(default_factory=dict)
    # a group's print -> what its members add to the lookups (see _Lookups)
    lookups: dict[EntityPrint, _Lookups] = field(default_factory=dict)
    generation: int = 0  # how many links made the lookups (see EntityIndex.changed)


@dataclass
class _Lookups:
    """What a group's members add to the index's lookups under its entity id: mention ->
    entity (in member order), and a person's name tokens and surname blocks, or a group's
    normalised names. Kept by the group's print for the next link of a growing corpus,
    so a group the new articles did not touch is entered whole, and one that only gained
    members at its end adds just theirs."""

    entity_id: str
    entity_type: str
    mentions: dict[str, str] = field(default_factory=dict)
    names: set[Names] = field(default_factory=set)  # a person's name tokens
    blocks: set[tuple[str, Names]] = field(default_factory=set)  # (block, full-name tokens)
    name_keys: set[str] = field(default_factory=set)  # a group's normalised names

    def add(self, members: Iterable[LocalCluster], is_person: bool) -> _Lookups:
        eid = self.entity_id
        for c in members:  # (each cluster's names and keys are worked out once: see settle)
            self.mentions.update(zip(c.mention_ids, itertools.repeat(eid)))
            if is_person:
                pn = c.person_name
                self.names.add(pn.tokens)
                if pn.full and not pn.only_initials:
                    self.blocks.update((block, pn.tokens) for block in pn.block_keys())
            else:
                self.name_keys.update(c.name_keys)
        return self

    def copy(self) -> _Lookups:
        return _Lookups(self.entity_id, self.entity_type, dict(self.mentions),
                        set(self.names), set(self.blocks), set(self.name_keys))


_CLUSTER_ID = operator.attrgetter("article_id", "key")  # a cluster in an entity's print


def resolve_entities(analyses: Iterable[ArticleAnalysis],
                     texts: dict[str, str] | None = None,
                     memo: EntityMemo | None = None) -> EntityIndex:
    """Entities, mention -> entity, and name lookups for the whole corpus (`texts`, the
    articles' cleaned texts by id, lets cut-short names be repaired). `memo` keeps each
    article's local clusters and the entity records of the groups for the next link of a
    growing corpus (see EntityMemo)."""
    if memo is None:
        clusters = local_clusters(analyses, texts)
    else:
        clusters = []
        for analysis in analyses:
            found = memo.clusters.get(analysis.article_id)
            if found is None:
                found = memo.clusters[analysis.article_id] = local_clusters([analysis], texts)
            clusters.extend(found)
    made: dict[EntityPrint, tuple[str, Entity, _Tally]] = {}
    made_lookups: dict[EntityPrint, _Lookups] = {}
    changed_articles: set[str] = set()
    heads: dict[tuple[str | None, tuple[str, str]], EntityPrint] = {}
    people = [c for c in clusters if c.is_person]
    others = [c for c in clusters if not c.is_person]
    misread = _misread_people(people, others)
    people += misread
    misread_ids = {id(c) for c in misread}  # (a scan of them per cluster grew with the square)
    others = [c for c in others if id(c) not in misread_ids]
    entities: dict[str, Entity] = {}
    mention_entity: dict[str, str] = {}
    person_names: dict[tuple[str, ...], set[str]] = defaultdict(set)
    person_blocks: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    group_names: dict[str, set[str]] = defaultdict(set)
    keyed: list[tuple[str | None, list[LocalCluster]]] = [
        (None, g) for g in _person_groups(people, memo.blocks if memo is not None else None,
                                          memo.partials if memo is not None else None)]
    keyed += _group_groups(others)
    for group, members in keyed:
        is_person = group is None
        made_from = (group, tuple(map(_CLUSTER_ID, members)))
        if memo is None:
            key, entity = _entity(members, group)
        else:
            kept = memo.entities.get(made_from)
            if kept is None:  # new, or grown: then only its new members are summed up
                before = memo.heads.get((group, made_from[1][0]))
                grown = memo.entities.get(before) if before is not None else None
                n = len(before[1]) if before is not None else 0
                if grown is not None and made_from[1][:n] == before[1]:  # type: ignore[index]
                    tally = grown[2].copy().add(members[n:])
                else:
                    tally = _Tally().add(members)
                kept = (*_entity(members, group, tally), tally)
            key, entity, _ = kept
            made[made_from] = kept
            heads[(group, made_from[1][0])] = made_from
        if key in entities:  # same display key from two groups: keep them apart
            key = f"{key}#{len(entities)}"
            entity = dataclasses.replace(entity, entity_id=stable_id("ent", key))
        entities[key] = entity
        eid = entity.entity_id
        if not is_person:
            group_names[group_key(entity.name)].add(eid)
        if memo is None:
            lookups = _Lookups(eid, entity.type).add(members, is_person)
        else:
            # which articles' mentions may now stand for another entity, or one of another
            # type: none for a group entered as at the last link, the new members' for one
            # that grew at its end, all its members' for any other
            lookups = memo.lookups.get(made_from)  # type: ignore[assignment]
            if lookups is None or lookups.entity_id != eid:
                before = memo.heads.get((group, made_from[1][0]))
                grown_from = memo.lookups.get(before) if before is not None else None
                n = len(before[1]) if before is not None else 0
                if grown_from is not None and grown_from.entity_id == eid and \
                        made_from[1][:n] == before[1]:  # type: ignore[index]
                    lookups = grown_from.copy().add(members[n:], is_person)
                    touched = members[n:] if grown_from.entity_type == entity.type \
                        else members
                else:
                    lookups = _Lookups(eid, entity.type).add(members, is_person)
                    touched = members
                changed_articles.update(c.article_id for c in touched)
            elif lookups.entity_type != entity.type:
                lookups = lookups.copy()
                lookups.entity_type = entity.type
                changed_articles.update(c.article_id for c in members)
            made_lookups[made_from] = lookups
        mention_entity.update(lookups.mentions)
        for tokens in lookups.names:
            person_names[tokens].add(eid)
        for block, tokens in lookups.blocks:
            person_blocks[block].add(tokens)
        for name_key in lookups.name_keys:
            group_names[name_key].add(eid)
    changed: tuple[int, set[str]] | None = None
    if memo is not None:  # only this link's groups: the memo does not grow with old ones
        memo.entities, memo.heads, memo.lookups = made, heads, made_lookups
        changed = (memo.generation, changed_articles)
        memo.generation += 1
    ordered = sorted(entities.values(), key=lambda e: (-e.mention_count, e.name, e.entity_id))
    article_people: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for c in people:
        eid = mention_entity[c.mentions[0].mention_id]
        for desc in c.descriptions:
            article_people[c.article_id].append((eid, desc))
    return EntityIndex(ordered, mention_entity, dict(person_names), dict(person_blocks),
                       dict(group_names), dict(article_people), changed=changed)
