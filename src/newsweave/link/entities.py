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


def _add_full(names: list[Names], pn: PersonName) -> None:
    """Add a person's name to an article's full names (_Grouping.fulls) when it is one."""
    if pn.full and not pn.only_initials and pn.tokens not in names:
        names.append(pn.tokens)


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
    # the entities this link listed anew and those it no longer lists (_Grouping.diff)
    diff: tuple[list[Entity], list[Entity]] | None = field(default=None, repr=False)

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


# ---------------------------------------------------------------------- grouping, kept

MISREAD = 1 << 40  # a misread name's place among people: after every person (see _Grouping)
GroupId = tuple[str, object]  # ("C", a full-name component's root), ("P", partial), ("O", key)


@dataclass
class _Counts:
    """How many of a set of non-negative ints lie below a given one: where a person group
    stands in the grouping's order. A Fenwick tree, made the first time it is asked (most
    corpora never have two groups with one person key) and kept up after that."""

    items: set[int] = field(default_factory=set)
    tree: list[int] | None = None

    def add(self, x: int) -> None:
        self.items.add(x)
        if self.tree is not None:
            if x >= len(self.tree) - 1:
                self.tree = None  # made again, larger, when next asked
            else:
                self._update(x, 1)

    def remove(self, x: int) -> None:
        self.items.discard(x)
        if self.tree is not None:
            self._update(x, -1)

    def _update(self, x: int, by: int) -> None:
        tree = self.tree
        assert tree is not None
        i = x + 1
        while i < len(tree):
            tree[i] += by
            i += i & -i

    def below(self, x: int) -> int:
        if self.tree is None:
            self.tree = [0] * (2 * max(self.items, default=0) + 1025)
            for item in self.items:
                self._update(item, 1)
        tree, total = self.tree, 0
        i = min(x, len(tree) - 1)
        while i > 0:
            total += tree[i]
            i -= i & -i
        return total


@dataclass
class _Group:
    """One entity's group of local clusters as the last link left it: its members' order
    keys (people: the cluster's place, MISREAD + place for a misread name; others: the
    place), the entity made of them (with its final id), what that was summed up from, and
    what it added to the name lookups under that id."""

    key: str | None  # None: a person; else its key among states, groups and other names
    members: list[int]
    entity: Entity
    made_key: str  # _entity's key (a person's before any '#n')
    # what the entity was summed up from; None in a group a new process took up with a kept
    # link state (link.persist leaves it out: most groups never change again, and one that
    # does is summed up from its members anew, as a full link would)
    tally: _Tally | None
    names: set[object]  # a person's name tokens, or a group's normalised names
    numbered: bool = False  # its id is its key's with '#n' (another group has the key)


@dataclass
class _Grouping:
    """The corpus's grouping of local clusters into entities, kept from link to link of a
    growing corpus and changed only where the new articles reach (see resolve_entities):
    the clusters in order, the surname blocks, the union of full names that are one person,
    the full names each partial name fits, each group with its entity, and the lookups."""

    articles: list[str] = field(default_factory=list)  # in link order
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # article -> places
    clusters: list[LocalCluster] = field(default_factory=list)  # by place
    busy: bool = False  # a link is changing it (one stopped half way: start again)
    # names NER misread (multi-word ORG/NORP/GPE that are a person's full name)
    misread: set[int] = field(default_factory=set)
    waiting: dict[str, set[int]] = field(default_factory=dict)  # block -> maybe misread
    pblocks: dict[str, set[Names]] = field(default_factory=dict)  # people's full names
    # people: full names by surname block, which are one person, the clusters of each
    blocks: dict[str, set[Names]] = field(default_factory=dict)
    parent: dict[Names, Names] = field(default_factory=dict)
    comp: dict[Names, list[Names]] = field(default_factory=dict)  # root -> full names
    named: dict[Names, list[int]] = field(default_factory=dict)  # full name -> people keys
    fits: dict[Names, set[Names]] = field(default_factory=dict)  # partial -> full names
    watch: dict[str, set[Names]] = field(default_factory=dict)  # block -> partials
    fitted_by: dict[Names, set[Names]] = field(default_factory=dict)
    partial_keys: dict[Names, list[int]] = field(default_factory=dict)
    assigned: dict[int, GroupId] = field(default_factory=dict)  # partial key -> group
    partials_in: dict[GroupId, set[int]] = field(default_factory=dict)
    # others: each cluster's group key, which keys occur, plural NORP names by singular
    other_of: dict[int, str] = field(default_factory=dict)
    present: Counter[str] = field(default_factory=Counter)
    plurals: dict[str, list[int]] = field(default_factory=dict)
    # groups and ids
    groups: dict[GroupId, _Group] = field(default_factory=dict)
    by_key: dict[str, list[GroupId]] = field(default_factory=dict)  # person key -> groups
    collided: set[str] = field(default_factory=set)  # person keys of two or more groups
    firsts: _Counts = field(default_factory=_Counts)  # person groups' first keys, non-misread
    misread_firsts: _Counts = field(default_factory=_Counts)  # ... starting a misread name
    tags: dict[int, tuple[str, str]] = field(default_factory=dict)  # place -> (id, type)
    # article -> the full names of its people and of its names NER misread (what
    # _article_groups finds the components of), kept so that a partial name placed again
    # reads no cluster's name: a new process's Linker took up clusters whose names are
    # worked out again when asked (link.persist.CACHES_REMADE), and asking them of every
    # article a refitted partial name occurs in was ~9% of its +1% link (10,000 synthetic
    # articles)
    fulls: dict[str, list[Names]] = field(default_factory=dict)
    # the index's tables (the index holds them; the next link changes them)
    ordered: list[Entity] = field(default_factory=list)
    mention_entity: dict[str, str] = field(default_factory=dict)
    person_names: dict[Names, set[str]] = field(default_factory=dict)
    group_names: dict[str, set[str]] = field(default_factory=dict)
    article_people: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    # the entity records the last extend put into `ordered` and took out of it (by identity:
    # every other record is the one the link before it listed), for writing only those
    # (store.duckdb_store.write_link_changes); None when not known (a grouping started anew)
    diff: tuple[list[Entity], list[Entity]] | None = None

    def continues(self, ids: list[str]) -> bool:
        """Whether these articles are the ones grouped so far, in order, and maybe more."""
        n = len(self.articles)
        return not self.busy and len(ids) >= n and ids[:n] == self.articles

    def cluster(self, key: int) -> LocalCluster:
        return self.clusters[key - MISREAD if key >= MISREAD else key]

    def find(self, name: Names) -> Names:
        parent = self.parent
        root = name
        while parent[root] != root:
            root = parent[root]
        while parent[name] != root:
            parent[name], name = root, parent[name]
        return root

    def union(self, a: Names, b: Names, gone: set[Names]) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if len(self.comp[ra]) < len(self.comp[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.comp[ra].extend(self.comp.pop(rb))
        gone.add(rb)

    def first_place(self, key: int) -> int:
        """How many person groups come before the group whose first member is `key`."""
        if key >= MISREAD:
            return len(self.firsts.items) + self.misread_firsts.below(key - MISREAD)
        return self.firsts.below(key)

    def _count_first(self, key: int, add: bool) -> None:
        counts, at = (self.misread_firsts, key - MISREAD) if key >= MISREAD \
            else (self.firsts, key)
        if add:
            counts.add(at)
        else:
            counts.remove(at)

    # ------------------------------------------------------------------ one link

    def extend(self, analyses: list[ArticleAnalysis], found: list[list[LocalCluster]]
               ) -> set[str]:
        """Add the clusters of articles new to the grouping and regroup what they reach;
        returns the articles whose mentions may now stand for another entity, or one of
        another type."""
        new_people: list[int] = []
        new_others: list[int] = []
        for analysis, clusters in zip(analyses, found, strict=True):
            start = len(self.clusters)
            self.clusters.extend(clusters)
            self.articles.append(analysis.article_id)
            self.spans[analysis.article_id] = (start, len(self.clusters))
            fulls = self.fulls.setdefault(analysis.article_id, [])
            for place, c in enumerate(clusters, start):
                if c.is_person:
                    new_people.append(place)
                    _add_full(fulls, c.person_name)
                else:
                    new_others.append(place)
        misread = self._find_misread(new_people, new_others)
        changes: dict[GroupId, tuple[_Group | None, _Group | None]] = {}
        self._group_people(new_people + [MISREAD + p for p in misread], changes)
        self._group_others(new_others, misread, changes)
        self._settle_ids(changes)
        return self._update_lookups(changes, analyses)

    def _find_misread(self, new_people: list[int], new_others: list[int]) -> list[int]:
        """The other clusters that are a person's full name NER misread (see
        LocalCluster.maybe_misread): the new ones, and those waiting in a surname block
        that gained a person's full name."""
        grown: dict[str, list[Names]] = defaultdict(list)
        for place in new_people:
            pn = self.clusters[place].person_name
            if pn.full and not pn.only_initials:
                for block in pn.block_keys():
                    names = self.pblocks.setdefault(block, set())
                    if pn.tokens not in names:
                        names.add(pn.tokens)
                        grown[block].append(pn.tokens)
        found: list[int] = []
        for block, added in grown.items():
            for place in sorted(self.waiting.get(block, ())):
                pn = self.clusters[place].person_name
                if place not in self.misread and any(
                        same_person(pn, person_name(t)) for t in added):
                    self.misread.add(place)
                    found.append(place)
        for place in new_others:
            c = self.clusters[place]
            if not c.maybe_misread:
                continue
            pn = c.person_name
            if any(same_person(pn, person_name(t)) for block in pn.block_keys()
                   for t in self.pblocks.get(block, ())):
                self.misread.add(place)
                found.append(place)
            else:
                for block in pn.block_keys():
                    self.waiting.setdefault(block, set()).add(place)
        for place in found:
            c = self.clusters[place]
            for block in c.person_name.block_keys():
                self.waiting.get(block, set()).discard(place)
            _add_full(self.fulls.setdefault(c.article_id, []), c.person_name)
        return found

    def _group_people(self, entering: list[int],
                      changes: dict[GroupId, tuple[_Group | None, _Group | None]]) -> None:
        """Add person clusters (people keys) and regroup the people they reach: the
        components their full names join, the partial names whose fits or whose
        articles' people changed."""
        grown: dict[str, list[Names]] = defaultdict(list)  # block -> its new full names
        entered: list[Names] = []
        arrived: dict[Names, list[int]] = defaultdict(list)  # partial names' new clusters
        for key in entering:
            pn = self.cluster(key).person_name
            if pn.full and not pn.only_initials:
                keys = self.named.get(pn.tokens)
                if keys is None:
                    keys = self.named[pn.tokens] = []
                    self.parent[pn.tokens] = pn.tokens
                    self.comp[pn.tokens] = [pn.tokens]
                    for block in pn.block_keys():
                        self.blocks.setdefault(block, set()).add(pn.tokens)
                        grown[block].append(pn.tokens)
                _insort(keys, key)
                entered.append(pn.tokens)
            else:
                _insort(self.partial_keys.setdefault(pn.tokens, []), key)
                arrived[pn.tokens].append(key)
        gone: set[Names] = set()  # components merged into another
        for block, added in grown.items():
            members = self.blocks[block]
            if len(added) > 4:  # many new names (a first link): the block's pairs in C
                pairs = _same_people(list(members))
            else:
                pairs = [(a, t) for a in added for t in members if t != a
                         and _firsts_compatible(a[0], t[0])
                         and same_person(person_name(a), person_name(t))]
            for a, t in pairs:
                self.union(a, t, gone)
        merged = {self.find(r) for r in gone}
        roots = {self.find(n) for n in entered} | merged
        refit: set[Names] = set()  # partial names whose every cluster is placed again
        for partial in arrived.keys() - self.fits.keys():  # new partial names: all they fit
            refit.add(partial)
            pn = person_name(partial)
            self.fits[partial] = set()
            for block in pn.block_keys():
                self.watch.setdefault(block, set()).add(partial)
                for other in self.blocks.get(block, ()):
                    self._fit(partial, pn, other)
        for block, added in grown.items():
            for partial in self.watch.get(block, ()):
                pn = person_name(partial)
                for other in added:
                    if self._fit(partial, pn, other):
                        refit.add(partial)
        for root in merged:  # the full names a partial fits may now be fewer people
            for name in self.comp[root]:
                refit.update(self.fitted_by.get(name, ()))
        touched: set[GroupId] = {("C", r) for r in roots} | {("C", r) for r in gone}
        in_article: dict[str, set[Names]] = {}
        # (a component that only gained clusters or names changes no partial name's fits
        # nor an earlier article's people: only new clusters of the others are placed)
        placing = [(p, self.partial_keys[p]) for p in refit]
        placing += [(p, keys) for p, keys in arrived.items() if p not in refit]
        for partial, keys in placing:
            fits = {self.find(t) for t in self.fits[partial]}
            for key in keys:
                aid = self.cluster(key).article_id
                if aid not in in_article:
                    in_article[aid] = self._article_groups(aid)
                local = fits & in_article[aid]
                if len(local) == 1:
                    gid: GroupId = ("C", next(iter(local)))
                elif len(fits) == 1 and not local:
                    gid = ("C", next(iter(fits)))
                else:  # ambiguous or unknown: its own entity, keyed by the name as written
                    gid = ("P", partial)
                was = self.assigned.get(key)
                if was != gid:
                    if was is not None:
                        self.partials_in[was].discard(key)
                        touched.add(was)
                    self.assigned[key] = gid
                    self.partials_in.setdefault(gid, set()).add(key)
                    touched.add(gid)
        for gid in touched:
            partial_members = self.partials_in.get(gid, set())
            head = gid[1]
            if gid[0] == "C" and isinstance(head, tuple) and self.parent.get(head) == head:
                in_group = sorted(itertools.chain(
                    partial_members, *(self.named[name] for name in self.comp[head])))
            else:
                in_group = sorted(partial_members)
            if not partial_members:
                self.partials_in.pop(gid, None)
            self._regroup(gid, None, in_group, changes)

    def _fit(self, partial: Names, pn: PersonName, other: Names) -> bool:
        fits = self.fits[partial]
        if other in fits or not partial_fits(pn, person_name(other)):
            return False
        fits.add(other)
        self.fitted_by.setdefault(other, set()).add(partial)
        return True

    def _article_groups(self, aid: str) -> set[Names]:
        """The full-name components an article's people belong to (a partial name
        prefers the one its own article names)."""
        find = self.find
        return {find(name) for name in self.fulls.get(aid, ())}

    def _group_others(self, new_others: list[int], misread: list[int],
                      changes: dict[GroupId, tuple[_Group | None, _Group | None]]) -> None:
        """Add the other clusters (states, known groups, other names), take the misread
        ones out, and move the plural NORP names whose singular came or went."""
        was_present: dict[str, bool] = {}
        moves: dict[str, tuple[set[int], set[int]]] = defaultdict(lambda: (set(), set()))
        for place in misread:
            key = self.other_of.pop(place, None)
            if key is not None:
                moves[key][1].add(place)
                gone_key = self.clusters[place].group
                was_present.setdefault(gone_key, True)
                self.present[gone_key] -= 1
                if not self.present[gone_key]:
                    del self.present[gone_key]
        arriving = [p for p in new_others if p not in self.misread]
        for place in arriving:
            c = self.clusters[place]
            was_present.setdefault(c.group, c.group in self.present)
            self.present[c.group] += 1
            if _plural_norp(c):
                self.plurals.setdefault(c.group[:-1], []).append(place)
        toggled = [k for k, was in was_present.items() if was != (k in self.present)]
        again = [p for k in toggled for p in self.plurals.get(k, ())
                 if p not in self.misread and p in self.other_of]
        for place in itertools.chain(arriving, again):
            c = self.clusters[place]
            key = c.group
            if _plural_norp(c) and key[:-1] in self.present:
                key = key[:-1]
            old = self.other_of.get(place)
            if old != key:
                if old is not None:
                    moves[old][1].add(place)
                moves[key][0].add(place)
                self.other_of[place] = key
        for key, (added, removed) in moves.items():
            group = self.groups.get(("O", key))
            members = group.members if group is not None else []
            if removed:
                members = [m for m in members if m not in removed]
            if added and (not members or min(added) > members[-1]):
                members = [*members, *sorted(added)]
            elif added:
                members = sorted([*members, *added])
            self._regroup(("O", key), key, members, changes)

    def _regroup(self, gid: GroupId, key: str | None, members: list[int],
                 changes: dict[GroupId, tuple[_Group | None, _Group | None]]) -> None:
        """Give a group its members now, and its entity when they changed (a group that
        only gained members at its end adds just them to its tally)."""
        old = self.groups.get(gid)
        if old is not None and old.members == members:
            return
        before = changes[gid][0] if gid in changes else old
        if not members:
            self.groups.pop(gid, None)
            changes[gid] = (before, None)
            return
        clusters = [self.cluster(k) for k in members]
        n = len(old.members) if old is not None else 0
        if old is not None and old.tally is not None and members[:n] == old.members:
            tally = old.tally.copy().add(clusters[n:])
        else:
            tally = _Tally().add(clusters)
        made_key, entity = _entity(clusters, key, tally)
        group = _Group(key, members, entity, made_key, tally, set())
        self.groups[gid] = group
        changes[gid] = (before, group)

    def _settle_ids(self, changes: dict[GroupId, tuple[_Group | None, _Group | None]]
                    ) -> None:
        """Final ids: a person key two groups share goes to the first in order; each
        later one gets '#n', n the number of person groups before it (as a link that
        numbers the groups in order would)."""
        keys: set[str] = set()
        people = [(gid, b, a) for gid, (b, a) in changes.items() if gid[0] != "O"]
        for gid, before, _after in people:  # (all out first: a first member may move)
            if before is not None:
                self._count_first(before.members[0], add=False)
                self.by_key[before.made_key].remove(gid)
                keys.add(before.made_key)
        for gid, _before, after in people:
            if after is not None:
                self._count_first(after.members[0], add=True)
                self.by_key.setdefault(after.made_key, []).append(gid)
                keys.add(after.made_key)
        for key in keys | self.collided:
            holders = self.by_key.get(key, [])
            if len(holders) < 2:
                self.collided.discard(key)
                if not holders:
                    self.by_key.pop(key, None)
            else:
                self.collided.add(key)
            if len(holders) == 1 and not self.groups[holders[0]].numbered:
                continue  # (its entity has the id its key gives)
            holders.sort(key=lambda g: self.groups[g].members[0])
            for i, gid in enumerate(holders):
                group = self.groups[gid]
                eid = stable_id("ent", key if i == 0 else
                                f"{key}#{self.first_place(group.members[0])}")
                if group.entity.entity_id != eid:
                    renamed = dataclasses.replace(
                        group, entity=dataclasses.replace(group.entity, entity_id=eid),
                        numbered=i > 0)
                    self.groups[gid] = renamed
                    changes[gid] = (changes[gid][0] if gid in changes else group, renamed)

    def _update_lookups(self, changes: dict[GroupId, tuple[_Group | None, _Group | None]],
                        analyses: list[ArticleAnalysis]) -> set[str]:
        """Change the lookups (mention -> entity, names, the articles' described people,
        the entities in order) for the groups that changed; returns the articles whose
        mentions now stand for another entity, or for one of another type."""
        tables: dict[bool, dict[object, set[str]]] = {
            True: self.person_names, False: self.group_names}  # type: ignore[dict-item]
        gone: set[int] = set()
        gone_entities: list[Entity] = []
        made: list[Entity] = []
        grew: dict[GroupId, int] = {}  # groups that only gained members: how many they had
        for gid, (before, after) in changes.items():
            if after is not None:
                n = len(before.members) if before is not None else 0
                if before is not None and before.entity.entity_id == after.entity.entity_id \
                        and before.entity.type == after.entity.type \
                        and after.members[:n] == before.members:
                    grew[gid] = n
                    after.names = set(before.names)
                else:
                    after.names = set()
                if after.key is not None:
                    after.names.add(group_key(after.entity.name))
                for c in map(self.cluster, after.members[grew.get(gid, 0):]):
                    if after.key is None:
                        after.names.add(c.person_name.tokens)
                    else:
                        after.names.update(c.name_keys)
            if before is not None and (after is None or before.entity is not after.entity):
                gone.add(id(before.entity))
                gone_entities.append(before.entity)
            if after is not None and (before is None or before.entity is not after.entity):
                made.append(after.entity)
        for before, after in changes.values():  # first every name an id no longer has
            if before is None:
                continue
            eid = before.entity.entity_id
            kept = after.names if after is not None and after.entity.entity_id == eid \
                else set()
            table = tables[before.key is None]
            for name in before.names - kept:
                ids = table.get(name)
                if ids is not None:
                    ids.discard(eid)
                    if not ids:
                        del table[name]
        changed = {a.article_id for a in analyses}
        people: set[str] = set(changed)
        for gid, (_before, after) in changes.items():
            if after is None:
                continue
            eid = after.entity.entity_id
            table = tables[after.key is None]
            for name in after.names:
                table.setdefault(name, set()).add(eid)
            tag = (eid, after.entity.type)
            for key in after.members[grew.get(gid, 0):]:
                place = key - MISREAD if key >= MISREAD else key
                if self.tags.get(place) == tag:
                    continue
                self.tags[place] = tag
                c = self.clusters[place]
                self.mention_entity.update(zip(c.mention_ids, itertools.repeat(eid)))
                changed.add(c.article_id)
                if after.key is None:
                    people.add(c.article_id)
        for aid in people:
            start, end = self.spans[aid]
            places = [p for p in range(start, end) if self.clusters[p].is_person]
            places += [p for p in range(start, end) if p in self.misread]
            described = [(self.tags[p][0], desc) for p in places
                         for desc in self.clusters[p].descriptions]
            if described:
                self.article_people[aid] = described
            else:
                self.article_people.pop(aid, None)
        if gone or made:
            kept_entities = [e for e in self.ordered if id(e) not in gone] if gone \
                else self.ordered
            self.ordered = _merged(kept_entities, made)
        self.diff = (made, gone_entities)
        return changed


def _entity_order(e: Entity) -> tuple[int, str, str]:
    return (-e.mention_count, e.name, e.entity_id)


def _merged(ordered: list[Entity], new: list[Entity]) -> list[Entity]:
    """The entities in order (most mentioned first, then by name and id) with the new ones
    put in place: sorted lists joined at the places bisect finds, not sorted again."""
    import bisect

    if len(new) * 16 > len(ordered):  # (a first link: all of them)
        return sorted([*ordered, *new], key=_entity_order)
    out: list[Entity] = []
    start = 0
    for e in sorted(new, key=_entity_order):
        at = bisect.bisect_left(ordered, _entity_order(e), lo=start, key=_entity_order)
        out.extend(ordered[start:at])
        out.append(e)
        start = at
    out.extend(ordered[start:])
    return out


def _insort(keys: list[int], key: int) -> None:
    if not keys or key > keys[-1]:
        keys.append(key)
    else:
        import bisect

        bisect.insort(keys, key)


def _plural_norp(c: LocalCluster) -> bool:
    """A plural nationality or group word ("Islamists") that joins its singular's group
    when the singular occurs."""
    key = c.group
    return c.label == "NORP" and key.endswith("s") and len(key) > 10


@dataclass
class EntityMemo:
    """What entity resolution keeps for the next link of a growing corpus: each article's
    local clusters (they depend on that article alone) and the grouping of all of them
    (_Grouping), which the next link changes only where its new articles reach: the
    surname blocks that gained a name, the people those names join, the partial names that
    fit them, the other names' groups that gained a member; every other group keeps its
    entity (the same object) and its place in the lookups. The index a link returns holds
    the grouping's tables themselves (copying them would cost each link as much as a full
    grouping), so the next link with this memo changes them: copy what must outlive it."""

    clusters: dict[str, list[LocalCluster]] = field(default_factory=dict)
    grouping: _Grouping | None = None
    generation: int = 0  # how many links made the lookups (see EntityIndex.changed)

    def forget(self) -> None:
        """Drop the grouping (analysts' fixes changed its records in place)."""
        self.grouping = None


def resolve_entities(analyses: Iterable[ArticleAnalysis],
                     texts: dict[str, str] | None = None,
                     memo: EntityMemo | None = None) -> EntityIndex:
    """Entities, mention -> entity, and name lookups for the whole corpus (`texts`, the
    articles' cleaned texts by id, lets cut-short names be repaired). `memo` keeps each
    article's local clusters and the grouping for the next link of a growing corpus: when
    the articles are the last link's followed by new ones, only what the new ones reach
    is grouped again (see EntityMemo); else everything is grouped from the start.

    The grouping, in order: people are the PERSON clusters then the names NER misread
    (other clusters that are a person's full name); full names join when they are one
    person within a surname block; a partial name joins the one group it fits in its
    article, else the one group it fits in the corpus, else stands alone; the others group
    by key. Groups are taken in order of their first member (people first); a person key
    two groups share goes to the first, each later one gets '#n', n its place in that
    order."""
    analyses = list(analyses)
    state = memo.grouping if memo is not None else None
    anew = state is None or not state.continues([a.article_id for a in analyses])
    if state is None or anew:
        state = _Grouping()
        if memo is not None:
            memo.grouping = state
    new = analyses[len(state.articles):]
    found = []
    for analysis in new:
        clusters = memo.clusters.get(analysis.article_id) if memo is not None else None
        if clusters is None:
            clusters = local_clusters([analysis], texts)
            if memo is not None:
                memo.clusters[analysis.article_id] = clusters
        found.append(clusters)
    state.busy = True
    state.diff = None
    changed_articles = state.extend(new, found)
    if anew:  # (its records are not measured against the last link's)
        state.diff = None
    state.busy = False
    changed: tuple[int, set[str]] | None = None
    if memo is not None:
        changed = (memo.generation, changed_articles)
        memo.generation += 1
    return EntityIndex(state.ordered, state.mention_entity, state.person_names,
                       state.blocks, state.group_names, state.article_people,
                       changed=changed, diff=state.diff)
