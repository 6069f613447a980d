"""Actor resolution: the actors a noun phrase in the parse names (ActorRef).

A noun phrase is resolved by an ordered chain of small named resolvers (RESOLVERS): the first
that decides gives the answer, and each ActorRef records in `rules` which resolver made it
(provenance, exported with the actor). What words mean (countries, demonyms, groups, sector
nouns) is newsweave.extract.gazetteer; who held which office when is newsweave.extract.roles.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsweave.extract.ablation import disabled_rules
from newsweave.extract.dateline import dateline_end
from newsweave.extract.gazetteer import (
    POLITICAL_SECTORS,
    STATE_SECTORS,
    ActorInfo,
    Gazetteer,
    anaphor_modifiers,
    build_gazetteer,
    business_anaphors,
    clean_actor_text,
    crowd_nouns,
    dateline_country,
    demonym_for,
    describe,
    describe_person,
    fold_name,
    igo_anaphors,
    led_group_nouns,
    officer_nouns,
    org_anaphors,
    org_name_heads,
    origin_suffixes,
    owned_body_nouns,
    party_family_words,
    person_nouns,
    police_cues,
    region_aliases,
    scope_words,
    subdivision_country,
    unnamed_person_nouns,
)
from newsweave.extract.gender import gender_words, given_name_gender, pronoun_gender
from newsweave.extract.lexicon import argument_words, load_json
from newsweave.extract.roles import lookup as lookup_role
from newsweave.extract.roles import person_country
from newsweave.model import ActorRef, Location, Mention
from newsweave.nlp.dates import MONTHS_AND_WEEKDAYS
from newsweave.nlp.docindex import doc_index
from newsweave.nlp.doctext import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [  # the gazetteer names are re-exported: callers may keep importing them from here
    "BARE_STATE_NOUNS",
    "POLITICAL_SECTORS",
    "RESOLVERS",
    "STATE_SECTORS",
    "ActorContext",
    "ActorInfo",
    "Gazetteer",
    "build_context",
    "build_gazetteer",
    "clean_actor_text",
    "country_of_place",
    "dateline_country",
    "describe",
    "fallback_country",
    "mention_actor",
    "people_noun",
    "resolve_np",
    "state_ref",
]

_LEADING_OWNER = re.compile(r"^(?:the|a|an|his|her|its|their|our|my|your)\s+", re.I)


# ----------------------------------------------------------------------------- parse-level


@dataclass
class ActorContext:
    """Per-article state for resolving noun phrases: mentions by token, story countries."""

    doc: Doc
    mentions: list[Mention]
    by_token: dict[int, Mention]
    top_country: str | None
    top_group: ActorInfo | None
    persons: list[tuple[int, Mention]]  # (token index, mention) of PERSON mentions, in order
    quote_speakers: list[tuple[tuple[int, int], ActorRef]] = field(default_factory=list)
    dateline_end: int = 0  # "HANOI, Vietnam (AP) — ": places there are not actors
    # the country the story is about: the most mentioned one, else the dateline's
    story_country: str | None = None
    article_date: str | None = None  # ISO date the article was published (roles table look-ups)
    # what the article says elsewhere about a person ("President Trump" ... "Mr. Trump"):
    # canonical name -> (country, sector, description)
    person_roles: dict[str, tuple[str | None, str | None, str | None]] = field(
        default_factory=dict)
    # tokens whose resolution is under way: a pronoun whose antecedent's modifier is a
    # pronoun whose antecedent ... must never come back to a token already being resolved
    resolving: set[int] = field(default_factory=set)
    # surname -> {full name: mention} of the persons above (see _person_by_surname)
    persons_by_surname: dict[str, dict[str, Mention]] | None = None
    # the country of the places the article names, when it names no country itself
    # ("police" in a story set in Brooklyn and Queens): see extract.events.place_country
    place_country: str | None = None
    # the one country the article's geocoded places and country mentions agree on (see
    # dominant_country): a fallback for state organs and titled officials with no country
    dominant_country: str | None = None
    # the mentions sorted by where they start, and those starts (see mentions_between)
    _by_start: tuple[list[int], list[Mention]] | None = None
    # person mentions with the title words around them (see _title_anaphor), built once
    person_titles: list[tuple[int, tuple[str, Mention]]] | None = None
    # resolvers left out of the chain (`newsweave eval --ablate`): what each adds and costs
    disabled: frozenset[str] = frozenset()
    # country -> how often the article names it (state, capital, demonym mentions)
    country_counts: Counter[str] = field(default_factory=Counter)
    # country_counts less the names of a country only as a mission's owner (the Dutch embassy):
    # the counts that pick where the story happens (rule mission_owner_country)
    placed_counts: Counter[str] = field(default_factory=Counter)
    # country names that stand for another country's state here ('Georgia' -> USA), see
    # namesake_states
    namesakes: dict[str, str] = field(default_factory=dict)
    # canonical person name -> "F", "M" or None (see person_gender), worked out once
    person_genders: dict[str, str | None] = field(default_factory=dict)
    # who a description in an event's clause means ("the driver", "the suspect") when the
    # article tied it to someone it named: set by extract.events from the
    # shared resolver of descriptions (extract.referents); the named mention and the steps
    # that linked it (see _described_party)
    described: Callable[[Token], tuple[Mention, list[str]] | None] | None = None


# nouns a demonym gives a person's origin with ("an Indian immigrant", "of Polish descent")
_ORIGIN_NOUNS = frozenset({"immigrant", "emigrant", "émigré", "emigre", "migrant", "native",
                           "descent", "origin", "ancestry", "heritage", "expatriate", "expat",
                           "born"})


def _origin_demonym(span: Span) -> bool:
    """Rule origin_demonym: 'Chohan, an Indian immigrant', 'a Mexican-born driver', 'a man of
    Polish descent' tell where a person comes from, not where the story happens: such a
    demonym does not count for the story's country."""
    if "origin_demonym" in disabled_rules():
        return False
    head = span.root.head
    if span.root.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    # 'a Canadian-born candidate' split by the tokenizer: 'Canadian' hangs on a bare 'born'
    # (lemma 'bear'): rule origin_compound (evprec28) reads it as '-born'
    split_born = head.lower_ in origin_suffixes() and "origin_compound" not in disabled_rules()
    return head.i != span.root.i and (head.lemma_.lower() in _ORIGIN_NOUNS or
                                      head.lower_.endswith("-born") or split_born)


def _abroad_office(tok: Token) -> bool:
    """`tok` heads a mission abroad or an office its modifier says faces abroad ('embassy',
    'consulate', 'envoy'; 'the foreign ministry': argument_words abroad_owner_heads and
    abroad_owner_modifiers)."""
    words = argument_words()
    return tok.pos_ in ("NOUN", "PROPN") and (
        tok.lemma_.lower() in words["abroad_owner_heads"] or
        tok.lower_ in words["abroad_owner_heads"] or any(
            c.dep_ in ("amod", "compound") and c.lower_ in words["abroad_owner_modifiers"]
            for c in tok.children))


def mission_owner(span: Span) -> bool:
    """`span` names a country only as the owner of a mission abroad: the modifier or
    possessive of an embassy or consulate ('the Dutch embassy', 'France's consulate'), or of
    an office its modifier says faces abroad ('the Dutch foreign ministry'), or the 'of'
    object of one ('the embassy of Peru'); or the place such an office speaks from ('the
    Danish foreign ministry said in Copenhagen') (rule mission_owner_country)."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ == "VERB":
        return any(c.dep_ == "nsubj" and _abroad_office(c) for c in head.head.children)
    if root.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif root.dep_ not in ("amod", "compound", "poss"):
        return False
    return head.i != root.i and _abroad_office(head)


def build_context(doc: Doc, mentions: list[Mention],
                  quote_speakers: list[tuple[tuple[int, int], ActorRef]] | None = None,
                  published: str | None = None) -> ActorContext:
    gaz = build_gazetteer()
    by_token: dict[int, Mention] = {}
    persons: list[tuple[int, Mention]] = []
    dateline = dateline_end(doc_text(doc))
    countries: Counter[str] = Counter()
    body_countries: Counter[str] = Counter()  # by name after the dateline
    groups: Counter[ActorInfo] = Counter()
    owners: Counter[str] = Counter()  # named only as the owner of a mission abroad
    for m in mentions:
        span = doc.char_span(m.span[0], m.span[1], alignment_mode="expand")
        if span is None:
            continue
        if span.start_char >= dateline:
            for tok in span:
                by_token[tok.i] = m
        if m.label == "PERSON":
            persons.append((span.root.i, m))
        info = gaz.lookup(m.canonical)
        abroad = mission_owner(span)
        if info is not None:
            if info.kind == "group" and info.sector == "REB":
                groups[info] += 1
            if info.kind in ("state", "capital") and info.country:
                countries[info.country] += 1
                if span.start_char >= dateline:
                    body_countries[info.country] += 1
                if abroad:
                    owners[info.country] += 1
        elif m.label == "NORP" and not _origin_demonym(span):
            code = gaz.country_of(m.text)
            if code:
                countries[code] += 1
                if span.start_char >= dateline:
                    body_countries[code] += 1
                if abroad:
                    owners[code] += 1
    namesakes = namesake_states(mentions) if "namesake_state" not in disabled_rules() else {}
    for name, code in namesakes.items():
        # "Georgia" in a story about Atlanta and Ohio counts for the US, not the country
        n = sum(1 for m in mentions if m.canonical == name)
        country = gaz.country_of(name)
        if country:
            countries[country] -= n
            countries[code] += n
    countries = +countries
    if not countries and "subdivision_story" not in disabled_rules():
        # "a jury in Oklahoma", "police in Kaduna": an article that names no country but
        # states or provinces of one country only is about that country
        subdivisions = {subdivision_country(m.canonical) for m in mentions
                        if m.label == "GPE" and gaz.lookup(m.canonical) is None}
        subdivisions.discard(None)
        if len(subdivisions) == 1:
            countries[str(subdivisions.pop())] += 1
    top_country = None
    # rule `mission_owner_country` (evprec27): a country named only as the owner of an
    # embassy, a consulate or its foreign ministry ('a mob stormed the Dutch embassy') is not
    # where the story happens: those names do not pick the story country
    placed = +(countries - owners) if "mission_owner_country" not in disabled_rules() \
        else countries
    if placed:
        (code, n), = placed.most_common(1)
        if n >= 0.3 * sum(placed.values()):
            top_country = code
    top_group = groups.most_common(1)[0][0] if groups else None
    filed_from = dateline_country(doc_text(doc)[:dateline])
    story_country = top_country or filed_from
    if top_country is not None and filed_from not in (None, top_country) and \
            "dateline_story_country" not in disabled_rules() and \
            body_countries[str(filed_from)] >= DATELINE_SHARE * countries[top_country]:
        # rule `dateline_story_country` (evact17): "MANILA - ... Chinese ships ... China's
        # envoy": a story filed from a country it names nearly as often as the one it names
        # most is that country's story (its unnamed offices and untitled leaders are its own)
        story_country = filed_from
    ctx = ActorContext(doc, mentions, by_token, top_country, top_group, sorted(persons,
                       key=lambda p: p[0]), quote_speakers or [], dateline, story_country)
    ctx.article_date = published
    ctx.disabled = disabled_rules()
    ctx.namesakes = namesakes
    ctx.person_roles = _person_roles(persons, ctx)
    ctx.country_counts = countries
    ctx.placed_counts = placed
    return ctx


# how often, against the most named country, the dateline's country must be named for the
# story to be taken as its own (dateline_story_country)
DATELINE_SHARE = 0.5


def namesake_states(mentions: list[Mention]) -> dict[str, str]:
    """Country names that in this article stand for a state of another country: 'Georgia'
    is the US state when the article names the US (or its other states and towns) more than
    anything else of the country Georgia (Tbilisi, Georgians). Name -> that other country."""
    gaz = build_gazetteer()
    ambiguous: dict[str, tuple[str, str]] = {}
    for m in mentions:
        if m.label in ("GPE", "LOC") and m.canonical not in ambiguous:
            country, other = gaz.country_of(m.canonical), subdivision_country(m.canonical)
            if country and other and other != country:
                ambiguous[m.canonical] = (country, other)
    out: dict[str, str] = {}
    for name, (country, other) in ambiguous.items():
        evidence: Counter[str] = Counter()
        for m in mentions:
            if m.canonical == name or m.label not in ("GPE", "LOC", "NORP"):
                continue
            code = gaz.country_of(m.canonical) or gaz.country_of(m.text)
            if code is None and m.label != "NORP":
                code = subdivision_country(m.canonical) or m.country
            if code is None and m.label == "GPE" and "namesake_city" not in disabled_rules():
                # rule namesake_city: "a jury in Atlanta" -- a town whose every namesake lies
                # in one country is evidence for that country ('Georgia' is then the US state)
                code = one_country_town(m.canonical)
            if code in (country, other):
                evidence[code] += 1
        if evidence[other] > evidence[country]:
            out[name] = other
    return out


def one_country_town(name: str) -> str | None:
    """The country of a town every GeoNames namesake of which (towns of 15,000+ people) lies
    in that one country ('Atlanta' -> USA, 'Batumi' -> GEO); None for 'Athens' (GRC and USA)
    or a name that is no town."""
    from newsweave.extract.geo import fold, geo_index

    namesakes = geo_index().cities.get(fold(name))
    countries = {c.country for c in namesakes or ()}
    return countries.pop() if len(countries) == 1 else None


DOMINANT_SHARE = 2 / 3  # of the article's country-bearing places and mentions
DOMINANT_MIN = 2  # ... and at least this many of them


def dominant_country(place_countries: list[str], mention_countries: Counter[str]
                     ) -> str | None:
    """The country an article is about when its geocoded places and its country mentions
    agree: at least DOMINANT_MIN of them, DOMINANT_SHARE in one country (None otherwise).
    Stricter than `top_country` (30% of country mentions): it lends a country to actors
    that name none, so a story split between countries lends nothing."""
    counts: Counter[str] = Counter(c for c in place_countries if c)
    counts.update(mention_countries)
    if not counts:
        return None
    (code, n), = counts.most_common(1)
    total = sum(counts.values())
    return code if n >= DOMINANT_MIN and n >= DOMINANT_SHARE * total else None


# "Columbus Police Department", "Kisumu County Police", "Leeds City Council": a local organ
# named after its town (the town is looked up by the geocoder)
_LOCAL_ORGAN_NAME = re.compile(
    r"^(?:the\s+)?(?P<town>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}?)\s+(?:County\s+|City\s+)?"
    r"(?:Police(?:\s+(?:Department|Service|Force))?|Sheriff(?:'s|s)?\s+(?:Office|Department)"
    r"|Fire\s+(?:Department|Service)|Council|Municipal\s+Court|District\s+Court)$")


def organ_place_countries(mentions: list[Mention]) -> list[str]:
    """The countries of the towns local organs are named after ('Columbus Police Department':
    USA), one per mention: a local story may name its town only there."""
    from newsweave.extract.geo import geocode  # the geo index loads on first use

    codes: list[str] = []
    for m in mentions:
        match = _LOCAL_ORGAN_NAME.match(m.canonical) if m.label == "ORG" else None
        if match is None:
            continue
        loc = geocode(match.group("town"))
        if loc is not None and loc.country:
            codes.append(loc.country)
    return codes


def _sentence_countries(tok: Token, ctx: ActorContext) -> set[str]:
    """The countries `tok`'s sentence names (by a country, capital or demonym mention, or a
    geocoded place)."""
    gaz = build_gazetteer()
    found: set[str] = set()
    for t in tok.sent:
        m = ctx.by_token.get(t.i)
        if m is None or m.label not in ("GPE", "NORP", "LOC"):
            continue
        info = gaz.lookup(m.canonical)
        if info is not None and info.country:
            found.add(info.country)
        elif m.label == "NORP" and gaz.country_of(m.text):
            found.add(gaz.country_of(m.text) or "")
        elif m.country:
            found.add(m.country)
    found.discard("")
    return found


def lent_country(tok: Token, ctx: ActorContext) -> str | None:
    """The article's dominant country for a domestic actor at `tok` that names none ('police',
    'Senator X'), unless the rule is ablated or the sentence names another country."""
    code = ctx.dominant_country
    if code is None or "dominant_country" in ctx.disabled:
        return None
    return code if _sentence_countries(tok, ctx) <= {code} else None


def _person_roles(persons: list[tuple[int, Mention]], ctx: ActorContext
                  ) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Country, sector and title of each person as the article states them anywhere: a
    name is introduced once with its office ("President Trump", "Russia's envoy Zamir
    Kabulov") and later used bare ("Mr. Trump said"), which must still be the same actor."""
    stated: dict[str, tuple[str | None, str | None, str | None]] = {}
    nearby: dict[str, tuple[str | None, str | None, str | None]] = {}
    for tok_i, m in persons:
        country, sector = m.country, m.sector
        if country is None and sector is None:
            country, sector = describe_person(m.canonical, m.description)
        old = stated.get(m.canonical, (None, None, None))
        stated[m.canonical] = (old[0] or country, old[1] or sector, old[2] or m.description)
        c2, s2 = _person_context(ctx.doc[tok_i], ctx)
        old = nearby.get(m.canonical, (None, None, None))
        nearby[m.canonical] = (old[0] or c2, old[1] or s2, old[2])
    # what a title or apposition states beats words found around the name
    out = {name: (role[0] or nearby[name][0], role[1] or nearby[name][1], role[2])
           for name, role in stated.items()}
    if "office_of_country" not in ctx.disabled:
        offices = _offices_with_country(ctx)
        sents_of: dict[str, set[int]] = {}
        for i, m in persons:
            sents_of.setdefault(m.canonical, set()).add(ctx.doc[i].sent.start)
        for _i, (title, m) in _person_titles(ctx):
            country, sector, desc = out.get(m.canonical, (None, None, None))
            if country is not None:
                continue
            words = set(re.findall(r"[a-z]+", title))
            # "President Bongo met Sudan's president": an office named in a sentence with
            # the person is someone else's
            codes = {c for office, found in offices.items() if office in words
                     for c, sent in found if sent not in sents_of[m.canonical]}
            if len(codes) == 1:
                # "President Salva Kiir" ... "South Sudan's president said": the one country
                # the article gives that office
                out[m.canonical] = (codes.pop(), sector or "GOV", desc)
    return out


# heads of state and government whose country an article may give once, apart from the name
_HEAD_OFFICES = frozenset({"president", "premier", "king", "queen", "emir", "sultan",
                           "chancellor"})


def _offices_with_country(ctx: ActorContext) -> dict[str, set[tuple[str, int]]]:
    """Office -> (country, sentence start) of each place the article names it of a country,
    standing alone ("South Sudan's president said", "the president of Sudan"); a title set
    beside a name is that person's and not counted here."""
    gaz = build_gazetteer()
    out: dict[str, set[tuple[str, int]]] = {}
    for tok in ctx.doc:
        office = tok.lemma_.lower()
        if office not in _HEAD_OFFICES or tok.pos_ != "NOUN":
            continue
        if any(c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON"
               for c in tok.children) or (tok.dep_ == "compound" and
                                          tok.head.ent_type_ == "PERSON"):
            continue  # "President Salva Kiir", "the president, Salva Kiir"
        owners = [c for c in tok.children if c.dep_ == "poss"] + \
            [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj"]
        for owner in owners:
            text = tok.doc[owner.left_edge.i:owner.i + 1].text.removesuffix("'s")
            code = ctx.namesakes.get(text) or gaz.country_of(text)
            if code:
                out.setdefault(office, set()).add((code, tok.sent.start))
    return out


_VOICE_NOUNS = frozenset({"office", "spokesman", "spokeswoman", "spokesperson", "spokespeople",
                          "press office", "camp", "team", "aides", "aide", "representatives"})
_PRONOUNS_PERSON = {"he", "she", "him", "her", "his", "hers"}
_PRONOUNS_THING = {"it", "its"}
_PRONOUNS_PLURAL = {"they", "them", "their"}
_PRONOUNS_FIRST = {"we", "us", "our"}
_PRONOUNS_SPEAKER = {"i", "me", "my"}  # inside a quote: its speaker (evaccuse, session 7)
_RELATIVE = {"that", "which", "who", "whom", "whose"}
_QUANTITY = {"thousand", "thousands", "million", "millions", "hundred", "hundreds", "dozen",
             "dozens", "number", "batch", "shipment", "consignment", "lot", "series", "some",
             "part", "group", "team", "delegation", "member", "members", "unit", "units",
             "contingent", "handful", "majority", "most", "all", "many", "several", "one",
             "two", "three", "wave", "round", "rounds", "kind", "type", "variety", "set"}


MAX_RESOLVE_DEPTH = 6  # nested look-ups (pronoun -> antecedent -> its modifier -> ...)


def resolve_np(tok: Token, ctx: ActorContext, depth: int = 0) -> list[ActorRef]:
    """The actors a noun phrase headed by `tok` names; several for coordinations.

    Resolution nests (a pronoun's antecedent may have a possessive pronoun of its own): it
    stops at MAX_RESOLVE_DEPTH and never re-enters a token whose resolution is under way,
    so no parse, however odd, can make it recurse without end."""
    if depth > MAX_RESOLVE_DEPTH or tok.i in ctx.resolving:
        return []
    ctx.resolving.add(tok.i)
    try:
        return _resolve_np(tok, ctx, depth)
    finally:
        ctx.resolving.discard(tok.i)


def _resolve_np(tok: Token, ctx: ActorContext, depth: int) -> list[ActorRef]:
    if tok.idx < ctx.dateline_end:
        # the parser hangs "LIMA, Peru (AP) — U.S. Trade Representative Dana Holt" on the
        # dateline: the actor is the apposition after it
        after = [t for t in tok.subtree if t.idx >= ctx.dateline_end and t.dep_ == "appos"]
        return resolve_np(after[0], ctx, depth + 1) if after else []
    out = _resolve_single(tok, ctx, depth)
    for conj in tok.children:
        if conj.dep_ == "conj" and conj.pos_ in ("NOUN", "PROPN", "PRON"):
            out.extend(_resolve_single(conj, ctx, depth + 1))
            for sub in _chained_conjuncts(conj, ctx):  # "X, Y and Z"
                out.extend(_resolve_single(sub, ctx, depth + 1))
    if "title_of_person" not in ctx.disabled:
        out = _without_titles_of_people(out)
    return _dedupe(out)


def _chained_conjuncts(conj: Token, ctx: ActorContext) -> list[Token]:
    """The members after the second of a list, which the parser chains each on the one
    before ('X, Y and Z'); rule long_list (evseed24): the whole chain ('diplomats from A, B,
    C, D and E', where only three were read), else only the third."""
    out: list[Token] = []
    node = conj
    while True:
        nxt = [c for c in node.children if c.dep_ == "conj"]
        if not nxt:
            return out
        out.extend(nxt)
        if "long_list" in ctx.disabled:
            return out
        node = nxt[0]


def _without_titles_of_people(refs: list[ActorRef]) -> list[ActorRef]:
    """"Putin and Turkish President Recep Tayyip Erdogan": the title's country is no party
    of its own beside the person who holds it."""
    gaz = build_gazetteer()
    people = {r.country for r in refs if r.type == "PERSON" and r.country}
    if not people:
        return refs
    return [r for r in refs if not (
        r.type == "GPE" and r.country in people and r.description and
        r.description.lower().split()[-1] in gaz.role_nouns)]


def _by(rule: str, refs: list[ActorRef]) -> list[ActorRef]:
    """Record on each resolved actor the resolver that named it (provenance)."""
    for ref in refs:
        ref.rules.append(rule)
    return refs


def _dedupe(refs: list[ActorRef]) -> list[ActorRef]:
    seen: set[tuple[str, str | None]] = set()
    out = []
    for r in refs:
        key = (r.name, r.sector)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


@dataclass
class NounPhrase:
    """A noun phrase being resolved: its head token, the article context and the nesting
    depth, with what several resolvers read computed once (on first use)."""

    tok: Token
    ctx: ActorContext
    depth: int
    # set when rule group_leaders gave the sector ('union leaders'), for provenance
    group_leaders: bool = False

    @functools.cached_property
    def low(self) -> str:
        return str(self.tok.lower_)

    @functools.cached_property
    def lemma(self) -> str:
        return str(self.tok.lemma_.lower())

    @functools.cached_property
    def mods(self) -> list[tuple[str, ActorInfo, Token]]:
        """Countries, groups and parties among the modifiers ("Afghan and NATO forces").

        A country stated by name or demonym beats the one a possessive pronoun leads to:
        "his Chinese counterpart" is China's, whoever "his" is."""
        mods = _modifier_actors(self.tok, self.ctx, self.depth)
        stated = [m for m in mods if m[0] == "country" and m[2].pos_ != "PRON"]
        if stated and "stated_country" not in self.ctx.disabled:
            mods = [m for m in mods if m[0] != "country" or m[2].pos_ != "PRON"]
        return mods

    @functools.cached_property
    def phrase(self) -> str:
        """The phrase up to its head, for names and descriptions ("Afghan security forces")."""
        return _np_text(self.tok, self.ctx.dateline_end)

    @functools.cached_property
    def sector(self) -> str | None:
        """The sector the head noun names ("police" COP, "ministry" GOV), if any."""
        gaz = build_gazetteer()
        found = gaz.institution_nouns.get(self.low) or gaz.institution_nouns.get(self.lemma)
        if found is None:
            # two-word nouns of the lexicon: "air strike", "fighter jet", "coast guard"
            words = [c.lower_ for c in self.tok.children if c.dep_ in ("compound", "amod")
                     and c.i == self.tok.i - 1]
            if words:
                found = gaz.institution_nouns.get(f"{words[0]} {self.low}")
        elif found == "GOV" and "modifier_sector" not in self.ctx.disabled:
            # "opposition leaders", "rebel leadership": a group's leaders are of that group,
            # not the government
            for c in self.tok.children:
                if c.dep_ in ("compound", "amod") and c.i == self.tok.i - 1:
                    own = gaz.institution_nouns.get(c.lower_) or \
                        ("REB" if c.lower_ in gaz.rebel_nouns else None)
                    if own is not None and own not in STATE_SECTORS:
                        return own
                    if own is None and c.pos_ in ("NOUN", "ADJ") and \
                            "group_leaders" not in self.ctx.disabled:
                        # rule group_leaders (evargs27): "Haitian gang leaders", "union
                        # leaders": the leaders of a group a common noun names (actors.json
                        # group_modifier_sectors), never the state
                        own = gaz.group_modifier_sectors.get(c.lower_)
                        if own is not None:
                            self.group_leaders = True
                            return own
        return found

    @functools.cached_property
    def is_rebel(self) -> bool:
        gaz = build_gazetteer()
        return self.low in gaz.rebel_nouns or self.lemma in gaz.rebel_nouns

    @functools.cached_property
    def dets(self) -> set[str]:
        return {c.lower_ for c in self.tok.children if c.dep_ in ("det", "poss")}

    @functools.cached_property
    def indefinite(self) -> bool:
        return bool(self.dets & {"a", "an", "any", "some", "every", "each", "no", "another"})

    def country_mod(self) -> str | None:
        return next((i.country for k, i, _m in self.mods if k == "country"), None)


# a resolver answers None to pass the phrase on, or the actors it names (an empty list
# decides that the phrase names none)
Resolve = Callable[[NounPhrase], "list[ActorRef] | None"]


@dataclass(frozen=True)
class Resolver:
    """One named rule of the chain. `tags`: the chain records `name` on what it returns
    (False for resolvers that record their own, finer provenance or pass another's on)."""

    name: str
    run: Resolve
    tags: bool = True


RESOLVERS: list[Resolver] = []  # in the order they are tried


def resolver(name: str, tags: bool = True) -> Callable[[Resolve], Resolve]:
    def register(fn: Resolve) -> Resolve:
        if any(r.name == name for r in RESOLVERS):
            raise ValueError(f"actor resolver {name!r} registered twice")
        RESOLVERS.append(Resolver(name, fn, tags))
        return fn
    return register


def resolver_names() -> list[str]:
    return [r.name for r in RESOLVERS]


def _resolve_single(tok: Token, ctx: ActorContext, depth: int) -> list[ActorRef]:
    """Run the chain on one noun (not its conjuncts): the first resolver that decides."""
    np = NounPhrase(tok, ctx, depth)
    for res in RESOLVERS:
        if res.name in ctx.disabled:
            continue
        refs = res.run(np)
        if refs is not None:
            return _by(res.name, refs) if res.tags else refs
    return []


@resolver("pronoun", tags=False)
def _pronoun(np: NounPhrase) -> list[ActorRef] | None:
    """'he', 'they', 'its', 'which': the antecedent (see _resolve_pronoun). Rule
    `quantified_partitive` (evreal12): 'several of them were arrested', 'police detained
    some of them', 'released one of the hostages' with the quantifier tagged a noun, a
    number or an adjective: who the 'of' phrase names, as for the pronoun quantifiers."""
    partitives = argument_words()["quantifier_partitives"]
    if np.tok.pos_ != "PRON" and np.low not in _RELATIVE:
        if np.low not in partitives or "quantified_partitive" in np.ctx.disabled or \
                "partitive" in np.ctx.disabled:
            return None
        of = next((p for c in np.tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj" and p.pos_ in ("PRON", "NOUN")),
                  None)
        if of is None:
            return None
        return _by("quantified_partitive", resolve_np(of, np.ctx, np.depth + 1))
    if np.tok.text.isupper() and len(np.tok.text) > 1 and (
            np.tok.pos_ == "PROPN" or np.ctx.by_token.get(np.tok.i)) and \
            "acronym_not_pronoun" not in np.ctx.disabled:
        return None  # "the WHO": a name in capitals, not the relative 'who'
    if np.low in partitives and "partitive" not in np.ctx.disabled:
        # "both of whom fired", "some of them were arrested": who the 'of' phrase names
        of = next((p for c in np.tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj"), None)
        if of is not None:
            return _by("partitive", resolve_np(of, np.ctx, np.depth + 1))
    return _by(f"pronoun:{np.low}", _resolve_pronoun(np.tok, np.ctx, np.depth))


_COUNT_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight",
                          "nine", "ten"})
_CORE_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})


@resolver("elided_count")
def _elided_count(np: NounPhrase) -> list[ActorRef] | None:
    """"Two officers were arrested, and one was charged": a bare number standing as a
    subject or object counts members of the plural group that a subject or object before
    it in its sentence names (the nearest that resolves); none: nobody is guessed."""
    tok = np.tok
    if np.low not in _COUNT_WORDS or tok.dep_ not in _CORE_ROLES or \
            any(c.dep_ == "prep" for c in tok.children):
        return None  # ("one of them" is the partitive's)
    for prev in range(tok.i - 1, tok.sent.start - 1, -1):
        cand = tok.doc[prev]
        if cand.tag_ != "NNS" or cand.dep_ not in _CORE_ROLES:
            continue
        refs = resolve_np(cand, np.ctx, np.depth + 1)
        if refs:
            return [dataclasses.replace(r, description=f"{np.low} of {r.description or r.name}")
                    for r in refs]
    return None


def _proper_compound(tok: Token) -> str:
    """The proper name a token heads with the proper nouns compounded before it ("New Delhi"),
    for a name the tagger gave no mention."""
    start = tok.i
    while start > tok.sent.start and tok.doc[start - 1].dep_ == "compound" and \
            tok.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return tok.doc[start:tok.i + 1].text


@resolver("owned_seat")
def _owned_seat(np: NounPhrase) -> list[ActorRef] | None:
    """"Guatemala's Congress", "Kenya's Pentagon" aside: a seat or agency the gazetteer
    files under one country ('Congress': the US) is another country's when a possessive
    names that country; the organ keeps its sector."""
    tok, ctx = np.tok, np.ctx
    mention = ctx.by_token.get(tok.i)
    if mention is None or tok.pos_ != "PROPN" or tok.i != _span_root(tok, mention, ctx).i:
        return None
    gaz = build_gazetteer()
    info = gaz.lookup(mention.canonical)
    if info is None or info.kind not in ("seat", "agency") or info.country is None:
        return None
    code = other_states_seat(tok, ctx, np.depth, info.country,
                             shared=mention.canonical.lower() in _SHARED_SEAT_NAMES)
    if code is None:
        return None
    ref = state_ref(code, info.sector or "GOV", tok, ctx, None)
    return [dataclasses.replace(ref, description=np.phrase)]


def other_states_seat(root: Token, ctx: ActorContext, depth: int, seat_country: str | None,
                      shared: bool) -> str | None:
    """The one rule of `owned_seat`: the other state a seat or agency the gazetteer files
    under `seat_country` belongs to. A possessive proper name says so for any of them
    ("Guatemala's Congress", "Kenya's Pentagon"); for a name several states' legislatures
    share (`shared`: "Congress"), a demonym or any country modifier too ("the Philippine
    Congress")."""
    gaz = build_gazetteer()
    for child in root.children:
        if child.dep_ != "poss" or child.pos_ != "PROPN":
            continue
        owner = ctx.by_token.get(child.i)
        code = gaz.country_of(owner.canonical if owner is not None else child.text)
        if code and code != seat_country:
            return code
    if shared:
        for kind, info, _mtok in _modifier_actors(root, ctx, depth):
            if kind == "country" and info.country and info.country != seat_country:
                return info.country
    return None


@resolver("region_named")
def _region_named(np: NounPhrase) -> list[ActorRef] | None:
    """"restored power to Tigray", "attacked Xinjiang", "Catalonia's request": a region the
    news names in English (lexicons/regions.json, one country each) is that country's region
    whatever the tagger called it (a person, an organisation, a place). Acting or owning an
    act (subject, possessive) it is its regional government (GOV); as the one acted on, the
    region itself, with its country and no sector. A name the gazetteer knows is not one."""
    tok, ctx = np.tok, np.ctx
    if tok.pos_ != "PROPN" or tok.dep_ == "compound":
        return None  # ("the Tigray talks": a region modifying a noun says what it is about)
    mention = ctx.by_token.get(tok.i)
    if mention is not None:
        if tok.i != _span_root(tok, mention, ctx).i:
            return None
        name = mention.canonical
    else:
        name = _proper_compound(tok)
    gaz = build_gazetteer()
    if gaz.lookup(name) is not None:
        return None
    code = region_aliases_folded().get(fold_name(clean_actor_text(name)))
    if code is None:
        return None
    acting = tok.dep_ in _ACTING_DEPS
    ref = state_ref(code, "GOV", tok, ctx, None)
    country = gaz.state_name(code) or code
    return [dataclasses.replace(
        ref, name=clean_actor_text(name), sector="GOV" if acting else None,
        description=(f"regional government of {name}" if acting else
                     f"region of {country}"))]


@functools.lru_cache(maxsize=1)
def region_aliases_folded() -> dict[str, str]:
    """lexicons/regions.json by folded name."""
    return {fold_name(name): code for name, code in region_aliases().items()}


@resolver("mention", tags=False)
def _mention(np: NounPhrase) -> list[ActorRef] | None:
    """A named mention (spaCy's entities, clustered): what its name stands for."""
    tok, ctx = np.tok, np.ctx
    mention = ctx.by_token.get(tok.i)
    if mention is None:
        return None
    if "named_after_place" not in ctx.disabled:
        named = _named_after_place(tok, mention, ctx)
        if named is not None:
            return [named]
    ref = mention_actor(mention, ctx, tok)
    if ref is None:
        return None
    if ref.sector == "PTY" and "party_name_whole" not in ctx.disabled:
        whole = _mention_party_whole(tok, mention, ref, ctx)
        if whole is not None:
            return [whole]
    if ref.type == "ORG" and "byline_fragment" not in ctx.disabled:
        after_byline = _after_byline(mention, ctx)
        if after_byline is not None:
            return [dataclasses.replace(ref, name=after_byline, description=None,
                                        rules=[*ref.rules, "byline_fragment", "mention"])]
    if ref.type == "ORG" and ref.country is None and ref.sector is None and \
            "cut_name" not in ctx.disabled and _tail_of_longer_name(mention, ctx):
        return []  # "Border Protection" of "Customs and Border Protection": named already
    if ref.type == "ORG" and ref.country is None and ref.sector is None and \
            "cut_name" not in ctx.disabled:
        longer = _known_longer_name(tok, mention, ctx)
        if longer is not None:
            # "Customs and Border Protection" tagged as "Customs": the gazetteer's name
            # that the words after it complete
            return [dataclasses.replace(longer, span=ref.span, mention_id=ref.mention_id,
                                        rules=[*longer.rules, "cut_name"])]
    if ref.type == "ORG" and ref.country is None and ref.sector is None and \
            "short_name" not in ctx.disabled:
        full = _full_name(mention, ctx)
        if full is not None and "byline_fragment" not in ctx.disabled and \
                _after_byline(full, ctx) is not None:
            full = None  # "Microsoft" after "Computerworld - Microsoft": itself
        if full is not None:
            # "the Council" after "the UN Security Council", "SAF" after "the Sudan Armed
            # Forces": the organisation the article named in full before
            named = mention_actor(full, ctx, None)
            if named is not None:
                return [dataclasses.replace(named, span=ref.span, mention_id=ref.mention_id,
                                            description=mention.canonical,
                                            rules=[*named.rules, "short_name"])]
    if mention.canonical.lower() in _SHARED_SEAT_NAMES and "owned_seat" not in ctx.disabled:
        # "Guatemala's Congress", "the Philippine Congress" as the tagger names them: the
        # seat of another state (the rule of the owned_seat resolver, other_states_seat)
        code = other_states_seat(_mention_root(tok, mention, ctx), ctx, np.depth,
                                 ref.country, shared=True)
        rule = "owned_seat"
        if code is None and "story_congress" not in ctx.disabled:
            code, rule = _story_congress(_mention_root(tok, mention, ctx), ref, ctx), \
                "story_congress"
        if code is not None:
            owned = state_ref(code, ref.sector or "LEG", None, ctx, mention.canonical)
            return [dataclasses.replace(owned, span=ref.span, mention_id=ref.mention_id,
                                        rules=[*owned.rules, rule])]
    if (ref.country is None or ref.country_inferred) and ref.type == "ORG":
        # "Pakistan's Interior Ministry": a stated owner beats the story's country
        for kind, info, mtok in _modifier_actors(_mention_root(tok, mention, ctx),
                                                 ctx, np.depth):
            if kind == "country" and ref.sector in STATE_SECTORS:
                # an agency acts under its own name, with its owner's country
                return [dataclasses.replace(ref, country=info.country,
                                            country_inferred=False,
                                            rules=[*ref.rules, "owner_country"])]
            if kind == "country" and ref.country is None and mtok.dep_ == "poss" and \
                    mtok.pos_ == "PROPN" and "owned_org" not in ctx.disabled:
                # "Pakistan's paramilitary Rangers", "Spain's Socialist party": an
                # organisation the text gives to a country is that country's
                return [dataclasses.replace(ref, country=info.country,
                                            rules=[*ref.rules, "owned_org"])]
    return _by("mention", [ref])


def _mention_party_whole(tok: Token, mention: Mention, ref: ActorRef, ctx: ActorContext
                         ) -> ActorRef | None:
    """A party's short name tagged as a mention: its whole name (`party_name_whole`)."""
    gaz = build_gazetteer()
    info = gaz.lookup(mention.canonical) or gaz.lookup(mention.text)
    first = tok.doc.char_span(mention.span[0], mention.span[1], alignment_mode="expand")
    if info is None or first is None:
        return None
    return _party_name_whole(tok, first.start, info, ref.span, ref.mention_id, ctx)


def _party_name_whole(tok: Token, start: int, info: ActorInfo, span: tuple[int, int] | None,
                      mention_id: str | None, ctx: ActorContext) -> ActorRef | None:
    """Rule `party_name_whole` (evact17): a party's short name is that party only as a whole
    name. "Christian Democrats", "Social Democrats", "Sweden Democrats": a capitalised word
    right before the mention (not one of a party's own chambers, 'Senate Democrats') makes a
    longer name, another party: kept under that name, with a country the phrase states or
    the story's (inferred), never the short name's. Unknown beats the US Democratic Party."""
    gaz = build_gazetteer()
    if info.kind != "party" or start == 0:
        return None
    doc = tok.doc
    before = doc[start - 1]
    if not before.text[:1].isupper() or before.is_sent_start or \
            before.lower_ in anaphor_modifiers()["chamber"] or before.dep_ not in \
            ("compound", "amod", "nmod") or before.head.i not in range(start, tok.i + 1):
        return None
    stated = gaz.country_of(before.text)
    if stated is not None and stated == info.country:
        return None  # "US Democrats", "British Conservatives": the party itself
    place = ctx.by_token.get(before.i)
    if place is not None and place.label in ("GPE", "LOC") and \
            (place.country is None or place.country == info.country):
        return None  # "Texas Democrats": the party in one of its country's places
    country, inferred = stated, False
    if country is None:
        owner = next((i.country for k, i, m in _modifier_actors(tok, ctx)
                      if k == "country" and m.dep_ == "poss"), None)
        country = owner
    if country is None and ctx.story_country not in (None, info.country):
        country, inferred = ctx.story_country, True
    name = doc[start - 1:tok.i + 1].text
    return ActorRef(name=name, country=country, sector="PTY", type="ORG", span=span,
                    mention_id=mention_id, country_inferred=inferred,
                    rules=["party_name_whole"])


# words before a place name that keep it a place ("New Delhi", "Greater London", "North
# Darfur"): a longer name made with them is no club or company
_PLACE_PREFIXES = frozenset({"new", "old", "greater", "upper", "lower", "north", "south", "east",
                             "west", "central", "northern", "southern", "eastern", "western",
                             "metro", "inner", "outer", "st", "st.", "saint", "san", "santa",
                             "port", "fort", "mount", "lake", "el", "al", "la", "le", "los",
                             "las"})


def date_word(tok: Token) -> bool:
    """Rule `date_not_name` (evseedargs23, issue 11): "In September Kabul signed ...",
    "On Monday Moscow hosted ...": a month or a weekday glued before a place's name is
    when, not a word of a club's or company's name (only the month or weekday itself: the
    tagger also dates a place next to a date, 'in Amhara last month')."""
    return tok.lower_ in MONTHS_AND_WEEKDAYS


def _named_after_place(tok: Token, mention: Mention, ctx: ActorContext) -> ActorRef | None:
    """'Real Madrid signed ...', 'Inter Milan', 'Paris Saint-Germain sued the league': a
    club, team or company named after a place is that organisation, not the place's state
    (a club or chapter is not its whole party). Two shapes: the tagger names only the place
    and leaves capitalised words of the name before it ('Real' + 'Madrid'), or it tags the
    whole name as a facility that acts (the subject of a verb). Kept under the full name,
    with no country (the club's seat is not said to act)."""
    gaz = build_gazetteer()
    root = _mention_root(tok, mention, ctx)
    if mention.label in ("GPE", "LOC"):
        extra = [c for c in root.children if c.dep_ == "compound" and c.pos_ == "PROPN" and
                 c.i < root.i and ctx.by_token.get(c.i) is None and c.idx < mention.span[0]]
        if not extra or any(c.lower_ in _PLACE_PREFIXES or c.lower_ in gaz.role_nouns or
                            c.lower_ in _TITLE_WORDS or gaz.lookup(c.text) is not None
                            for c in extra):
            return None
        if "date_not_name" not in ctx.disabled and any(date_word(c) for c in extra):
            return None
        start = min(c.idx for c in extra)
        name = doc_text(tok.doc)[start:mention.span[1]]
        if gaz.lookup(name) is not None:
            return None
        return ActorRef(name=name, type="ORG", span=(start, mention.span[1]),
                        mention_id=mention.mention_id, rules=["named_after_place"])
    if mention.label == "FAC" and root.dep_ == "nsubj" and root.head.pos_ == "VERB" and \
            gaz.lookup(mention.canonical) is None and \
            any(gaz.lookup(w) is not None for w in mention.canonical.split()):
        return ActorRef(name=mention.canonical, type="ORG", span=mention.span,
                        mention_id=mention.mention_id, rules=["named_after_place"])
    return None


def _after_byline(mention: Mention, ctx: ActorContext) -> str | None:
    """"Computerworld - Microsoft today said ...": the tagger joins a byline or a headline
    to the name after it; the actor is that last name, when the article writes it alone too
    (the byline's outlet is the reporter, no party)."""
    parts = _HEADLINE_JOIN.split(mention.canonical)
    if len(parts) < 2:
        return None
    last = parts[-1].strip()
    if not last or len(re.findall(rf"(?<!\w){re.escape(last)}(?!\w)", doc_text(ctx.doc))) < 2:
        return None  # named only inside the joined phrase: left as the tagger read it
    return last


_NAME_JOINERS = frozenset({"and", "of", "&", "for", "the"})
# seats of government (lexicons/actors.json) whose name other states' bodies share: alone
# they are the US Congress, with another country's name before them that country's
_SHARED_SEAT_NAMES = frozenset({"congress", "house of representatives"})


def _story_congress(root: Token, ref: ActorRef, ctx: ActorContext) -> str | None:
    """Rule `story_congress` (evprec12, session 16): 'Guatemala's president called on Congress
    to approve the reform', 'Chile's president asked Congress to ...': a bare legislature name
    several states share (no owner, no country word on it), in a story about another country
    that never names the state the gazetteer files the seat under, is the story country's
    own legislature."""
    story = ctx.story_country
    if story is None or ref.country is None or story == ref.country or \
            ctx.country_counts.get(ref.country, 0) or any(
                c.dep_ in ("poss", "amod", "compound", "nmod") for c in root.children):
        return None
    return story


def _known_longer_name(tok: Token, mention: Mention, ctx: ActorContext) -> ActorRef | None:
    """A name the tagger cut short: the longest run of capitalised words (and 'and', 'of',
    'for') from the mention's start that the gazetteer knows as an organisation."""
    gaz = build_gazetteer()
    span = ctx.doc.char_span(mention.span[0], mention.span[1], alignment_mode="expand")
    if span is None:
        return None
    end = span.end
    words = list(span)
    best: ActorRef | None = None
    while end < len(ctx.doc) and end < span.end + 5 and ctx.doc[end].sent == span.sent:
        nxt = ctx.doc[end]
        if not (nxt.lower_ in _NAME_JOINERS or (nxt.text[:1].isupper() and nxt.is_alpha)):
            break
        words.append(nxt)
        end += 1
        if words[-1].lower_ in _NAME_JOINERS:
            continue
        text = ctx.doc[span.start:end].text
        info = gaz.lookup(text)
        if info is not None and info.kind not in ("state", "capital"):
            best = ActorRef(name=info.name, country=info.country, sector=info.sector,
                            type=info.type, span=(span.start_char, ctx.doc[end - 1].idx +
                                                  len(ctx.doc[end - 1].text)),
                            description=text if text != info.name else None)
    return best


def _tail_of_longer_name(mention: Mention, ctx: ActorContext) -> bool:
    """The mention ends a longer name the gazetteer knows that starts a few words before it
    ('Border Protection' in 'Customs and Border Protection')."""
    gaz = build_gazetteer()
    span = ctx.doc.char_span(mention.span[0], mention.span[1], alignment_mode="expand")
    if span is None:
        return False
    start = span.start
    while start > span.sent.start and start > span.start - 5:
        prev = ctx.doc[start - 1]
        if not (prev.lower_ in _NAME_JOINERS or (prev.text[:1].isupper() and prev.is_alpha)):
            return False
        start -= 1
        info = gaz.lookup(ctx.doc[start:span.end].text)
        if info is not None and info.kind not in ("state", "capital") and \
                prev.lower_ not in _NAME_JOINERS:
            return True
    return False


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w']*", name)
                   if w[0].isupper())


def mentions_between(ctx: ActorContext, start: int, end: int) -> list[Mention]:
    """The mentions that start in [start, end), in text order: sorted once per article and
    searched by bisection, so resolvers that look back do not sort every mention per call."""
    if ctx._by_start is None:
        ordered = sorted(ctx.mentions, key=lambda m: m.span[0])
        ctx._by_start = ([m.span[0] for m in ordered], ordered)
    starts, ordered = ctx._by_start
    return ordered[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]



def _mentions_just_before(tok: Token, ctx: ActorContext) -> list[Mention]:
    """The mentions before `tok` in its sentence and the three before it: where "the party"
    or "the carrier" finds the organisation it stands for."""
    sents, idx = _sentence_of(tok)
    return mentions_between(ctx, sents[max(0, idx - 3)].start_char, tok.idx)


def _resolved_where_named(found: Mention | None, np: NounPhrase) -> list[ActorRef]:
    """The actors an anaphor's antecedent resolves to where it was named ("Russia's Foreign
    Ministry" keeps Russia); none when there is no antecedent or its span does not align."""
    if found is None:
        return []
    span = np.ctx.doc.char_span(found.span[0], found.span[1], alignment_mode="expand")
    return resolve_np(span.root, np.ctx, np.depth + 1) if span is not None else []

def _full_name(mention: Mention, ctx: ActorContext) -> Mention | None:
    """The last organisation named before `mention` whose full name ends with it ('Council')
    or whose initials it is ('SAF' for 'Sudan Armed Forces')."""
    short = mention.canonical
    if not short:
        return None
    acronym = short.isupper() and len(short) >= 2
    best: Mention | None = None
    for m in mentions_between(ctx, 0, mention.span[0]):
        if m.label not in ("ORG", "NORP") or \
                m.canonical == short or len(m.canonical) <= len(short):
            continue
        if (acronym and _initials(m.canonical) == short) or \
                (not acronym and m.canonical.lower().endswith(" " + short.lower())):
            best = m  # the last one before
    return best


_ACTING_DEPS = frozenset({"nsubj", "poss"})


@resolver("region_acting")
def _region_acting(np: NounPhrase) -> list[ActorRef] | None:
    """"Catalonia's request", "Texas sued the agency": a state or province of one country
    acting or owning an act is its regional government, of that country (sector GOV; the
    description says it is the region's). A region as a setting ('protests in Texas') or
    named by several countries ('Punjab') is no party here."""
    tok, ctx = np.tok, np.ctx
    mention = ctx.by_token.get(tok.i)
    if mention is None or mention.label != "GPE" or tok.dep_ not in _ACTING_DEPS or \
            tok.i != _span_root(tok, mention, ctx).i:
        return None
    if build_gazetteer().lookup(mention.canonical) is not None:
        return None  # a state or capital: the mention rule's
    code = subdivision_country(mention.canonical)
    if code is None:
        return None
    ref = state_ref(code, "GOV", tok, ctx, None)
    return [dataclasses.replace(ref, name=mention.canonical,
                                description=f"regional government of {mention.canonical}")]


@resolver("aged_party")
def _aged_party(np: NounPhrase) -> list[ActorRef] | None:
    """"The 34-year-old", whose head the parser takes for an adjective: the person the
    article named just before with that very age (extract.referents aged_party, through
    the resolver of descriptions described_party uses); else no one (rule `aged_party`,
    evargs16)."""
    from newsweave.extract.referents import age_nominal

    tok, ctx = np.tok, np.ctx
    if tok.pos_ != "ADJ" or ctx.described is None or not age_nominal(tok):
        return None
    found = ctx.described(tok)
    ref = mention_actor(found[0], ctx, tok) if found is not None else None
    if found is None or ref is None:
        return None
    return [dataclasses.replace(ref, span=_span(tok), description=np.phrase,
                                rules=[*ref.rules, *found[1]])]


@resolver("not_a_noun")
def _not_a_noun(np: NounPhrase) -> list[ActorRef] | None:
    """Past names and pronouns, only nouns name actors."""
    return [] if np.tok.pos_ not in ("NOUN", "PROPN") else None


@resolver("gazetteer_name")
def _gazetteer_name(np: NounPhrase) -> list[ActorRef] | None:
    """Names the tagger missed: "the Islamic State", "ISIL"."""
    if np.tok.pos_ != "PROPN":
        return None
    gaz = build_gazetteer()
    for text in (np.phrase, np.tok.text):
        missed = gaz.lookup(text)
        if missed is not None and text == np.tok.text and \
                "party_name_whole" not in np.ctx.disabled:
            # "Sweden's Social Democrats": the head word alone names another party
            whole = _party_name_whole(np.tok, np.tok.i, missed, _span(np.tok),
                                      _mention_id(np.tok, np.ctx), np.ctx)
            if whole is not None:
                return [whole]
        if missed is not None and missed.kind != "capital":
            return [_info_ref(missed, np.ctx, None, text)]
    return None


@resolver("noun_state_name")
def _noun_state_name(np: NounPhrase) -> list[ActorRef] | None:
    """Rule `noun_state_name` (evtypes28, issue 11): 'Bahrain stripped dozens of ...', with
    the capitalised name of a state tagged a common noun (so no name was found and the
    chain had nothing to read): the state the gazetteer knows by that whole word. Only a
    single capitalised word that is a state's name ('turkey' in lower case, a capital or a
    seat stay as they were)."""
    tok = np.tok
    if tok.pos_ != "NOUN" or not tok.text[:1].isupper() or \
            np.ctx.by_token.get(tok.i) is not None or \
            any(c.dep_ in ("compound", "amod", "poss") for c in tok.children):
        return None
    info = build_gazetteer().lookup(tok.text)
    if info is None or info.kind != "state" or info.name.lower() != tok.lower_:
        return None
    return [_info_ref(info, np.ctx, tok, tok.text)]


# the gazetteer kinds a phrase with a common head may name whole ("Western governments")
_PHRASE_ALIAS_KINDS = frozenset({"igo", "group"})


@resolver("common_head_alias")
def _common_head_alias(np: NounPhrase) -> list[ActorRef] | None:
    """Rule `common_head_alias` (evargs27, issue 11): 'accused Western governments of
    arming the rebels', 'Western powers warned': a phrase whose head is a common noun that
    the actor lists hold whole as an alias of a bloc or a group (actors.json 'Western
    governments' for the West) is that actor, when its first word is capitalised as there;
    the tagger gives such phrases no name, so the alias was only read at the start of a
    sentence. Not a lone common noun ('the governments')."""
    if np.tok.pos_ != "NOUN" or " " not in np.phrase or not np.phrase[:1].isupper():
        return None
    info = build_gazetteer().lookup(np.phrase)
    if info is None or info.kind not in _PHRASE_ALIAS_KINDS:
        return None
    return [_info_ref(info, np.ctx, None, np.phrase)]


# the gazetteer kinds an upper-case acronym tagged a common noun may name (not places: 'US'
# and 'UK' are read as states elsewhere)
_ACRONYM_KINDS = frozenset({"igo", "group", "agency", "party", "media"})


@resolver("noun_acronym")
def _noun_acronym(np: NounPhrase) -> list[ActorRef] | None:
    """Rule `noun_acronym` (actors18, issue 11): 'the mediation offer from ECOWAS', with the
    acronym tagged a common noun and no name found: the organisation, group or agency the
    gazetteer knows by that acronym (upper-case letters only, three or more)."""
    tok = np.tok
    text = tok.text
    if tok.pos_ != "NOUN" or len(text) < 3 or not text.isalpha() or not text.isupper() or \
            np.ctx.by_token.get(tok.i) is not None:
        return None
    info = build_gazetteer().lookup(text)
    if info is None or info.kind not in _ACRONYM_KINDS:
        return None
    return [_info_ref(info, np.ctx, tok, text)]


_NOT_ACTING_PREPS = frozenset({"in", "at", "near", "across", "inside", "outside", "around",
                               "throughout", "into", "through", "between", "off",
                               "of", "over", "along", "beyond", "toward", "towards", "via"})


def _untagged_name(tok: Token, ctx: ActorContext) -> str | None:
    """The proper name a PROPN head and its PROPN compounds spell ("Kyiv", "Border Patrol"),
    when the tagger left it unmarked; None for tagged names and for places where something
    happens ('in Kyiv'), which are settings, not parties."""
    if tok.pos_ != "PROPN" or ctx.by_token.get(tok.i) is not None:
        return None
    if tok.dep_ == "pobj" and tok.head.lower_ in _NOT_ACTING_PREPS:
        return None
    start = tok.i
    while start > tok.sent.start and tok.doc[start - 1].pos_ == "PROPN" and \
            tok.doc[start - 1].dep_ == "compound" and tok.doc[start - 1].head.i >= tok.i - 3:
        start -= 1
    return tok.doc[start:tok.i + 1].text


@resolver("capital_acting")
def _capital_acting(np: NounPhrase) -> list[ActorRef] | None:
    """A capital the tagger missed, as a party ("Kyiv asked Berlin ...", "Kyiv's request"):
    the state it is the seat of. A capital as the setting ('talks in Kyiv') is no party."""
    name = _untagged_name(np.tok, np.ctx)
    if name is None:
        return None
    info = build_gazetteer().lookup(name) or build_gazetteer().lookup(np.tok.text)
    if info is None or info.kind != "capital" or info.country is None:
        return None
    return [state_ref(info.country, "GOV", np.tok, np.ctx, np.tok.text)]


@resolver("roles_person")
def _roles_person(np: NounPhrase) -> list[ActorRef] | None:
    """A leader's name the tagger missed ("Zelenskiy thanked ..."): a person of the dated
    roles table, with the country of the office held on the article's date. Names the table
    does not know, or cannot tell apart, stay unresolved."""
    name = _untagged_name(np.tok, np.ctx)
    if name is None or not np.tok.text[:1].isupper():
        return None
    if build_gazetteer().lookup(name) is not None:
        return None  # a place or an organisation
    match = lookup_role(name, np.ctx.article_date)
    if match is None:
        return None
    country, sector = person_country(name, np.ctx.article_date)
    if country is None and sector is None:
        return None
    return [ActorRef(name=match.person, country=country, sector=sector, type="PERSON",
                     description=name if name != match.person else None,
                     span=_span(np.tok))]


@resolver("untagged_org")
def _untagged_org(np: NounPhrase) -> list[ActorRef] | None:
    """"Human Rights Watch urged ...": a capitalised name of two or more words the tagger
    missed, ending with an organisation's head word (lexicons/actors.json org_name_heads), is
    an organisation; its country only when its name states one."""
    name = _untagged_name(np.tok, np.ctx)
    if name is None or " " not in name or np.tok.text not in org_name_heads():
        return None
    if not all(w[:1].isupper() for w in name.split() if w.isalpha() and len(w) > 3):
        return None
    country, sector = describe(name, None)
    return [ActorRef(name=clean_actor_text(name), country=country, sector=sector, type="ORG",
                     span=_span(np.tok))]


@resolver("surname")
def _surname(np: NounPhrase) -> list[ActorRef] | None:
    """A surname the tagger missed or took for a common noun ("Mendes later said")."""
    tok = np.tok
    if not tok.text[:1].isupper() or any(c.dep_ == "det" for c in tok.children):
        return None
    person = _person_by_surname(tok, np.ctx)
    return [person] if person is not None else None


@resolver("pair_noun")
def _pair_noun(np: NounPhrase) -> list[ActorRef] | None:
    """'the two sides', 'both countries': the last two parties named before."""
    if np.lemma not in _PAIR_NOUNS or not _names_a_pair(np.tok):
        return None
    pair = _last_two_parties(np.tok, np.ctx, states_only=np.lemma not in ("side", "party"))
    return pair or None


@resolver("voice_noun", tags=False)
def _voice_noun(np: NounPhrase) -> list[ActorRef] | None:
    """"Nadia Cruz's office said", "Carlineo's attorney": the owner's voice."""
    if np.low not in _VOICE_NOUNS:
        return None
    for poss in (c for c in np.tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"):
        refs = resolve_np(poss, np.ctx, np.depth + 1)
        if refs:
            return refs
    if "voice_of_body" in np.ctx.disabled:
        return None
    # "a Microsoft spokesman", "a spokesman for the Red Cross", "a spokeswoman for the
    # prime minister": the body or the leader the voice speaks for
    owners = [c for c in np.tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    owners.extend(p for c in np.tok.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
                  for p in c.children if p.dep_ == "pobj")
    for owner in owners:
        refs = resolve_np(owner, np.ctx, np.depth + 1)
        if refs:
            return _by("voice_of_body", [dataclasses.replace(r, description=np.phrase)
                                          for r in refs])
    return None


@resolver("quantity_of", tags=False)
def _quantity_of(np: NounPhrase) -> list[ActorRef] | None:
    """'a number of Taliban leaders', 'thousands of rifles': look through the quantity."""
    if np.low not in _QUANTITY and np.lemma not in _QUANTITY:
        return None
    for prep in np.tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return resolve_np(pobj, np.ctx, np.depth + 1)
    return None


@resolver("demonym_plural", tags=False)
def _demonym_plural(np: NounPhrase) -> list[ActorRef] | None:
    """'the Russians' (the state); 'dozens of Afghans' (people, counted)."""
    tok = np.tok
    gaz = build_gazetteer()
    if np.low not in gaz.demonym_plurals or not tok.text[0].isupper():
        return None
    code = gaz.demonym_plurals[np.low]
    if not code:
        return None
    if counted_people(tok):
        return _by("demonym_people",
                   [civilian_group(tok.text, code, tok, _mention_id(tok, np.ctx))])
    return _by("demonym_state", [state_ref(code, "GOV", tok, np.ctx, tok.text)])


@resolver("role_with_country")
def _role_with_country(np: NounPhrase) -> list[ActorRef] | None:
    """An unnamed person in a role with a country: "the Venezuelan opposition leader"."""
    tok = np.tok
    gaz = build_gazetteer()
    role = np.lemma if np.lemma in gaz.role_nouns else _role_bigram(np)
    if np.sector is not None or role is None or tok.tag_ != "NN":
        return None
    role_sector = gaz.role_nouns[role]
    for child in tok.children:
        if child.dep_ == "compound" and child.lower_ in gaz.institution_nouns:
            role_sector = gaz.institution_nouns[child.lower_]
    for kind, info, mtok in np.mods:
        if kind == "country":
            if mtok is not None and mtok.pos_ == "PRON" and _named_in_apposition(tok, np.ctx):
                return None  # rule named_role_apposition: the apposition names the person
            return [ActorRef(name=np.phrase, country=info.country, sector=role_sector,
                             type="PERSON", span=_span(tok),
                             mention_id=_mention_id(mtok, np.ctx))]
    return None


def _role_bigram(np: NounPhrase) -> str | None:
    """Rule `role_bigram` (evargs26, issue 11): 'the Saudi crown prince', 'the Chilean vice
    president': a role the lexicon lists only as two words (its compound and its head) is
    that role, so the country its other modifier states is the role holder's ('prince' alone
    is no office)."""
    if "role_bigram" in np.ctx.disabled:
        return None
    gaz = build_gazetteer()
    for c in np.tok.children:
        if c.dep_ in ("compound", "amod") and c.i == np.tok.i - 1:
            pair = f"{c.lower_} {np.lemma}"
            if pair in gaz.role_nouns:
                return pair
    return None


def _named_in_apposition(tok: Token, ctx: ActorContext) -> bool:
    """Rule `named_role_apposition` (evargs26, issue 11): 'Its leader, Marta Solis, accused
    ...': a role whose country only a possessive pronoun gives ('its' read as the story's
    country, though it may be a union's or a party's) is the person its apposition names,
    not a country's office holder (a wrong country and no name); the apposition resolver
    names her. A role with its country said ('Chile's foreign minister, X') keeps it."""
    if "named_role_apposition" in ctx.disabled:
        return False
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" and
               (m := ctx.by_token.get(c.i)) is not None and m.label == "PERSON"
               for c in tok.children)


@resolver("regional_role")
def _regional_role(np: NounPhrase) -> list[ActorRef] | None:
    """"Ohio's governor", "Delhi's chief minister", "Catalonia's president": a role a region
    owns (a state or province the subdivisions or lexicons/regions.json know) is a person
    of that region's country, in the role's sector; nobody is named, nobody guessed."""
    tok = np.tok
    gaz = build_gazetteer()
    if tok.tag_ != "NN" or np.lemma not in gaz.role_nouns:
        return None
    titled = [c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
    sector = gaz.role_nouns.get(" ".join([*titled, np.lemma])) or gaz.role_nouns[np.lemma] \
        or np.sector
    if sector is None:
        return None
    for child in tok.children:  # "police commander": the police's
        if child.dep_ == "compound" and child.lower_ in gaz.institution_nouns:
            sector = gaz.institution_nouns[child.lower_]
    for child in tok.children:
        if child.dep_ not in ("poss", "compound") or child.pos_ != "PROPN":
            continue
        mention = np.ctx.by_token.get(child.i)
        name = mention.canonical if mention is not None else child.text
        code = region_aliases_folded().get(fold_name(name)) or subdivision_country(name)
        if code is None and gaz.lookup(name) is not None:
            continue  # a state or its seat ("Delhi" is also a seat: the region wins here)
        if code is None and mention is not None and mention.label == "GPE":
            code = country_of_place(child, np.ctx)  # "Kisumu's police commander": a town's
        elif code is None and mention is not None and mention.label in ("ORG", "FAC", "LOC"):
            from newsweave.extract.geo import geocode  # a town the tagger took for a body

            loc = geocode(name)
            code = loc.country if loc is not None and unambiguous_place(loc) else None
        if code:
            return [ActorRef(name=np.phrase, country=code, sector=sector, type="PERSON",
                             span=_span(tok), description=np.phrase,
                             mention_id=_mention_id(child, np.ctx))]
    return None


@resolver("apposition", tags=False)
def _apposition(np: NounPhrase) -> list[ActorRef] | None:
    """"newspaper The Nation", "the group, Islamic State": the name in apposition."""
    tok, ctx = np.tok, np.ctx
    gaz = build_gazetteer()
    for child in tok.children:
        if child.dep_ != "appos" or child.pos_ != "PROPN":
            continue
        if ctx.by_token.get(child.i) is not None:
            refs = resolve_np(child, ctx, np.depth + 1)
            if refs:
                return refs
        name = clean_actor_text(tok.doc[child.left_edge.i:child.right_edge.i + 1].text)
        named = gaz.lookup(name)
        if named is not None:
            return _by("apposition_name", [_info_ref(named, ctx, child, None)])
        if np.sector and name:
            return _by("apposition_org",
                       [ActorRef(name=name, country=np.country_mod(), sector=np.sector,
                                 type="ORG", span=_span(child))])
    return None


@resolver("modifier_actor")
def _modifier_actor(np: NounPhrase) -> list[ActorRef] | None:
    """A noun whose modifiers name countries, groups or parties: "Taliban leaders", "Russian
    officials", "a Republican club", "Iraqi Kurds" (decides once any modifier names one)."""
    if not np.mods:
        return None
    tok, ctx, sector, phrase, low = np.tok, np.ctx, np.sector, np.phrase, np.low
    gaz = build_gazetteer()
    out = []
    for kind, info, mtok in np.mods:
        if kind == "party_unit":  # "the Democratic club": its own actor, party's country
            out.append(ActorRef(name=phrase, country=info.country, sector="PTY",
                                type="ORG", span=_span(tok),
                                mention_id=_mention_id(mtok, ctx)))
        elif kind == "group":  # "Taliban leaders", "IS militants", "NATO forces"
            ref = _info_ref(info, ctx, mtok, phrase)
            if mtok.head.i != tok.i and mtok.head.dep_ == "compound" and \
                    "nested_group_modifier" not in ctx.disabled:
                ref = dataclasses.replace(ref, rules=[*ref.rules, "nested_group_modifier"])
            out.append(ref)
        elif kind == "country" and sector is None and not np.is_rebel and \
                (led := _led_coalition(np, mtok)) is not None:
            out.append(led)
        elif kind == "country" and (sector or np.is_rebel):
            scoped = _scoped_body(np, info.country, mtok) if sector in STATE_SECTORS and \
                not np.is_rebel else None
            if scoped is not None:
                out.append(scoped)
            elif np.is_rebel:
                out.append(ActorRef(name=f"{demonym_for(info.country)} {low}".strip(),
                                    country=info.country, sector="REB", type="ORG",
                                    description=phrase, span=_span(tok),
                                    mention_id=_mention_id(mtok, ctx)))
            elif sector in STATE_SECTORS:
                sec = _sector_for_noun(tok, sector)
                out.append(state_ref(info.country, sec, mtok, ctx, phrase))
            else:  # "Pakistani newspaper", "Russian companies"
                out.append(ActorRef(name=phrase, country=info.country, sector=sector,
                                    type="ORG", span=_span(tok),
                                    mention_id=_mention_id(mtok, ctx),
                                    rules=["group_leaders"] if np.group_leaders else []))
        elif kind == "country" and (body := _owned_body(np, info.country, mtok)):
            out.append(body)
        elif kind == "country" and people_noun(tok):
            # "a Russian hacker", "two Swedish nationals", "Iraqi Kurds": that country's
            # people (a role noun gives the sector, else unknown)
            many = tok.tag_ in ("NNS", "NNPS")
            role = gaz.role_nouns.get(np.lemma)
            for child in tok.children:  # "police officers", "army officers"
                if child.dep_ == "compound" and child.lower_ in gaz.institution_nouns:
                    role = gaz.institution_nouns[child.lower_]
            out.append(ActorRef(name=_LEADING_OWNER.sub("", phrase), country=info.country,
                                sector=role or ("CIV" if many else None),
                                type="NORP" if many else "PERSON", span=_span(tok),
                                mention_id=_mention_id(mtok, ctx)))
    if not out and "country_unnamed_noun" not in ctx.disabled:
        out = _country_unnamed_noun(np)
    return out


def _country_unnamed_noun(np: NounPhrase) -> list[ActorRef]:
    """Rule `country_unnamed_noun` (evtypes28, issue 11): 'Chilean truckers blocked the
    roads', 'a Dutch foundation pledged ...', 'Zambia's main opposition party walked out':
    a country modifier on a noun that no rule above gave a sector, but that the lexicon of
    unnamed actors knows (unnamed_actors.json, agent_groups.json, a sector noun of
    actors.json), is that country's group or body with the noun's sector; before, the
    modifier decided for no one and the event was lost. Not for commentators ('Dutch
    experts'), things that are no party (_NOT_A_PARTY), 'no'/'any' phrases, or a country
    reached through a possessive pronoun ('his party' is the party of a person, not any
    party of his country)."""
    if np.dets & _NOT_AN_ACTOR_MODS or np.lemma in _COMMENTATORS or np.low in _COMMENTATORS:
        return []
    found = _unnamed_noun_sector(np)
    if found is None or found[0] in _NOT_A_PARTY:
        return []
    _name, sector, kind = found
    out = []
    for what, info, mtok in np.mods:
        if what != "country" or info.country is None or mtok.pos_ == "PRON":
            continue  # ('his party', 'their joint commission': whose, not which country's)
        out.append(ActorRef(name=_LEADING_OWNER.sub("", np.phrase), country=info.country,
                            sector=sector, type="ORG" if kind == "org" else "NORP",
                            span=_span(np.tok), mention_id=_mention_id(mtok, np.ctx),
                            rules=["country_unnamed_noun"]))
    return out


def _owned_body(np: NounPhrase, code: str | None, mtok: Token) -> ActorRef | None:
    """Rule `owned_body` (evact19, issue 11): 'Kenya's electoral commission', 'the Kenyan
    security council', 'Nigeria's main labour union': a body a country owns, named by a head
    noun of such bodies (lexicons/actors.json owned_body_nouns), is that country's own actor
    with the noun's sector, under its own name; before, no one (or a party the words only
    looked like). Not indefinite ('a Kenyan committee'), nor with a word of civil life
    ('Kenya's Olympic committee'), nor owned through a pronoun ('his security council')."""
    nouns, civil = owned_body_nouns()
    sector = nouns.get(np.lemma) or nouns.get(np.low)
    if sector is None or code is None or np.sector is not None or np.indefinite or \
            mtok.pos_ == "PRON" or "owned_body" in np.ctx.disabled:
        return None  # ('his security council': whose, only as far as 'his' is known)
    if any(t.lower_ in civil for t in np.tok.subtree if t.i < np.tok.i):
        return None
    return ActorRef(name=_LEADING_OWNER.sub("", np.phrase), country=code, sector=sector,
                    type="ORG", span=_span(np.tok), mention_id=_mention_id(mtok, np.ctx),
                    rules=["owned_body"])


def _scoped_body(np: NounPhrase, code: str | None, mtok: Token) -> ActorRef | None:
    """Rules `regional_demonym` and `legislature_body` (actors18, issue 11): 'Tigrayan
    leaders', 'the Catalan government' are the region's leaders, not the state's government
    (lexicons/actors.json regional_demonyms); 'Nigeria's senate', 'the Kenyan parliament' are
    the state's legislature, a body of its own, not the state (legislature_nouns). Both keep
    the state's country; None for any other state organ."""
    words = scope_words()
    two = f"{mtok.doc[mtok.i - 1].lower_} {mtok.lower_}" if mtok.i > 0 else ""
    if (mtok.lower_ in words["region"] or two in words["region"]) and \
            "regional_demonym" not in np.ctx.disabled:
        return ActorRef(name=_LEADING_OWNER.sub("", np.phrase), country=code,
                        sector=_sector_for_noun(np.tok, np.sector or "GOV"),
                        type="NORP" if np.tok.tag_ in ("NNS", "NNPS") else "ORG",
                        span=_span(np.tok), mention_id=_mention_id(mtok, np.ctx),
                        rules=["regional_demonym"])
    if np.sector == "LEG" and {np.low, np.lemma} & words["legislature"] and \
            "legislature_body" not in np.ctx.disabled and code is not None:
        name = f"{demonym_for(code)} {np.tok.text[:1].upper()}{np.tok.text[1:]}"
        return ActorRef(name=name, country=code, sector="LEG", type="ORG",
                        description=np.phrase if np.phrase != name else None,
                        span=_span(np.tok), mention_id=_mention_id(mtok, np.ctx),
                        rules=["legislature_body"])
    return None


def _led_coalition(np: NounPhrase, mtok: Token) -> ActorRef | None:
    """Rule `led_coalition` (actors18, issue 11): 'the Saudi-led coalition', 'a French-led
    mission': a group of no sector of its own that one country leads is that country's, as an
    organisation under its own name (lexicons/actors.json led_group_nouns give its sector);
    before, it was no one."""
    nouns = led_group_nouns()
    if "led_coalition" in np.ctx.disabled or not (np.lemma in nouns or np.low in nouns):
        return None
    code = _led_by(mtok)
    if code is None:
        return None
    return ActorRef(name=_LEADING_OWNER.sub("", np.phrase), country=code,
                    sector=nouns.get(np.lemma, nouns.get(np.low)), type="ORG",
                    span=_span(np.tok), mention_id=_mention_id(mtok, np.ctx),
                    rules=["led_coalition"])


# people who act for the body they are "of": "envoys of the government", "foreign ministers
# of the bloc" (not "supporters of", "victims of": those are not the body's own voice)
_AGENTS_OF = frozenset({"minister", "envoy", "delegate", "delegation", "representative",
                        "official", "leader", "negotiator", "diplomat", "chief", "head",
                        "ambassador", "spokesman", "spokeswoman", "spokesperson", "commander",
                        "member", "emissary", "mediator", "officer", "lawyer", "adviser",
                        "advisor", "agent", "investigator", "inspector", "expert"})


@resolver("agents_of")
def _agents_of(np: NounPhrase) -> list[ActorRef] | None:
    """"Envoys of the Venezuelan government", "foreign ministers of ASEAN", "the defence
    chiefs of the two Koreas": people acting for a state or organisation named in an
    'of' phrase act as that body (each body, for a coordination)."""
    forms = {np.lemma, np.low, np.low.removesuffix("s"), np.lemma.removesuffix("s")}
    if not forms & _AGENTS_OF:
        return None
    preps = ("of", "from") if "agents_from" not in np.ctx.disabled else ("of",)
    owners = [p for c in np.tok.children if c.dep_ == "prep" and c.lower_ in preps
              for p in c.children if p.dep_ == "pobj"]
    if not owners:
        return None
    # ("officers from the Columbus Police Department", "officials from the ministry": sent
    # by the body named with 'from' as with 'of', rule agents_from)
    refs = [r for r in resolve_np(owners[0], np.ctx, np.depth + 1)
            if r.type != "PERSON" and (r.country or r.sector)]
    if not refs:
        return None
    return [dataclasses.replace(r, description=np.phrase, span=_span(np.tok),
                                rules=[*r.rules]) for r in refs]


@resolver("fighters_of")
def _fighters_of(np: NounPhrase) -> list[ActorRef] | None:
    """Rule fighters_of (evseed24): "fighters of Boko Haram", "militants of al-Shabaab",
    "gunmen loyal to Ansar Dine": an armed group's fighters named by its
    'of' phrase or as loyal to it act as that group (a group, not a state or a person:
    "troops of Mali" and "forces loyal to the general" are read by other rules)."""
    words = build_gazetteer().rebel_nouns | argument_words()["group_unit_nouns"]
    if not {np.lemma, np.low, np.lemma + "s"} & words:
        return None
    owners = [p for c in np.tok.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"]
    owners += [p for a in np.tok.children if a.dep_ == "amod" and a.lower_ == "loyal"
               for c in a.children if c.dep_ == "prep" and c.lower_ == "to"
               for p in c.children if p.dep_ == "pobj"]
    if not owners:
        return None
    refs = [r for r in resolve_np(owners[0], np.ctx, np.depth + 1)
            if r.type == "ORG" and r.sector not in STATE_SECTORS]
    if not refs:
        return None
    return [dataclasses.replace(r, description=np.phrase, span=_span(np.tok),
                                rules=[*r.rules, "fighters_of"]) for r in refs]


# who an unnamed opposition is: "the opposition", "the socialist opposition", "opposition
# leaders", "opposition lawmakers" (the people of a party outside government)
_OPPOSITION_MEMBERS = frozenset({"leader", "party", "lawmaker", "legislator", "politician",
                                 "figure", "group", "coalition", "alliance", "bloc", "camp",
                                 "deputy", "mp", "senator", "member", "activist", "supporter",
                                 "candidate", "movement", "force"})


@resolver("bare_opposition")
def _bare_opposition(np: NounPhrase) -> list[ActorRef] | None:
    """'the opposition', 'the main opposition', 'opposition leaders': the opposition of the
    country the sentence (else the story) names, marked inferred. A demonym or country of
    its own ("the Venezuelan opposition") is read earlier; with no country known it is the
    opposition still, with none."""
    tok = np.tok
    own = np.low == "opposition" or np.lemma == "opposition"
    member = np.lemma in _OPPOSITION_MEMBERS and any(
        c.dep_ in ("compound", "amod") and c.lower_ == "opposition" for c in tok.children)
    if not (own or member) or np.indefinite or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("to", "from", "against") for c in tok.children):
        return None  # "opposition to the war" is a stance, "opposition from farmers" a reaction
    code = np.country_mod() or fallback_country(tok, np.ctx)
    phrase = _LEADING_OWNER.sub("", np.phrase)
    return [ActorRef(name=phrase, country=code, sector="OPP", type="ORG" if own else "NORP",
                     span=_span(tok), mention_id=_mention_id(tok, np.ctx),
                     country_inferred=code is not None)]


@resolver("institution_in_place")
def _institution_in_place(np: NounPhrase) -> list[ActorRef] | None:
    """"A court in Yekaterinburg", "prosecutors in a provincial city": a state organ placed
    in a town acts for the town's country (the place's own country, from the geocoder)."""
    if np.sector not in STATE_SECTORS or np.mods:
        return None
    for prep in np.tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for pobj in prep.children:
            code = country_of_place(pobj, np.ctx) if pobj.dep_ == "pobj" else None
            if code is None:
                continue
            sector = _sector_for_noun(np.tok, np.sector or "GOV")
            ref = state_ref(code, sector, None, np.ctx, np.phrase)
            return [dataclasses.replace(ref, span=_span(np.tok))]
    return None


def country_of_place(tok: Token, ctx: ActorContext, setting: bool = False) -> str | None:
    """The country of the place a token names ('Lyon', 'Kaduna state', 'Russia'): by the
    gazetteer (countries, capitals), else by the geocoder, preferring the story's country
    for a town name several countries share. None for what is not a place name. `setting`:
    the parse puts the token where a place goes ('in X', 'the outskirts of X'), so a name
    the tagger took for a person or an organisation is still looked up as a place."""
    mention = ctx.by_token.get(tok.i)
    if "date_not_place" not in ctx.disabled and date_word(tok) and \
            (mention is None or tok.ent_type_ in ("DATE", "TIME")):
        return None  # rule `date_not_place` (evseedargs23): "in March" is when, not a town
    if mention is not None and "region_country" not in ctx.disabled:
        code = region_aliases_folded().get(fold_name(mention.canonical))
        if code is not None and build_gazetteer().lookup(mention.canonical) is None:
            return code  # "police in Tigray": a region regions.json knows, any tag
    if mention is not None and mention.label not in ("GPE", "LOC") and not (
            setting and mention.label in ("PERSON", "ORG", "FAC", "NORP")):
        return None
    if mention is None and tok.pos_ != "PROPN":
        return None
    gaz = build_gazetteer()
    name = mention.canonical if mention is not None else _proper_compound(tok)
    code = ctx.namesakes.get(name) or gaz.country_of(name)
    if code:
        return code
    if mention is not None and mention.country:
        return mention.country
    from newsweave.extract.geo import geocode  # the geo index loads on first use

    loc = geocode(name, [ctx.story_country] if ctx.story_country else [])
    if loc is None:
        # "police in Ohio", "gunmen in Kaduna": a state or province the geocoder's towns
        # do not hold
        return subdivision_country(name) if "subdivision_country" not in ctx.disabled \
            else None
    if "namesake_town" not in ctx.disabled and not _same_place_name(loc.name, name) and \
            ctx.country_counts and loc.country not in ctx.country_counts and \
            loc.country != ctx.story_country:
        # found under another name (a camp 'Yida' as Jeddah, 'Qana' as Qina) in a country
        # the article never names: more likely a namesake than the place meant; unknown
        return None
    if "unnamed_country_town" not in ctx.disabled and _called_a_village(tok) and \
            not _known_without_context(loc) and loc.country not in ctx.country_counts and \
            loc.country != ctx.story_country and not _borders_a_named_country(loc.country, ctx):
        # rule `unnamed_country_town` (evargs25, narrowed by the lead): 'shelled the village
        # of X' where only a small town of a country the article never names, nor borders,
        # is called X: a village the index does not hold, more likely than that far-off
        # town; unknown. Only for a place the text calls a village: a small town named
        # alone ('troops raided X') is likelier the town the index knows
        return None
    return loc.country


def _called_a_village(tok: Token) -> bool:
    """'the village of X', 'X village', 'a hamlet called X', 'X, a village': the text itself
    says the place is small (argument_words village_nouns)."""
    nouns = set(argument_words()["village_nouns"])
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in nouns:
        return True
    if tok.dep_ in ("compound", "appos", "oprd") and head.lemma_.lower() in nouns:
        return True
    return any(c.dep_ in ("appos", "compound") and c.lemma_.lower() in nouns
               for c in tok.children)


def _borders_a_named_country(country: str | None, ctx: ActorContext) -> bool:
    """'Russian troops shelled X' for a small Ukrainian town X: a town in a country next to
    one the article names is a plausible place of the story, so unnamed_country_town keeps
    its country (a namesake far away, a German town for a Serbian attack, is not)."""
    from newsweave.extract.geo import country_neighbours

    if country is None:
        return False
    named = {*ctx.country_counts, *([ctx.story_country] if ctx.story_country else [])}
    return bool(named & country_neighbours().get(country, frozenset()))


# how many people a town has at least to be told by its name alone, in an article that never
# names its country (a capital, a province and a country always are)
WELL_KNOWN_TOWN_POPULATION = 100_000


def _known_without_context(loc: Location) -> bool:
    """A place well enough known to give its country by its name alone: a country, a
    province, a capital, a town that names a province of its country (the province's seat,
    'Kidal', 'Jenin') or a town of WELL_KNOWN_TOWN_POPULATION people or more."""
    if loc.kind != "city" or loc.feature_code == "PPLC":
        return True
    from newsweave.extract.geo import fold, geo_index, subdivision_index

    if any(sub.country == loc.country for sub in subdivision_index().get(fold(loc.name), ())):
        return True
    cities = geo_index().cities.get(loc.name.lower(), ())
    same = [c for c in cities if c.geonameid == loc.geonameid] or \
        [c for c in cities if c.country == loc.country]
    return max((c.population for c in same), default=0) >= WELL_KNOWN_TOWN_POPULATION


# how alike two spellings of one place name are at least ('Khan Younis' / 'Khan Yunis')
SAME_PLACE_NAME_RATIO = 80


def _same_place_name(found: str, asked: str) -> bool:
    """The geocoder's name is the one asked for, up to case, accents and transliteration."""
    from rapidfuzz import fuzz

    return fuzz.ratio(_folded(found), _folded(asked)) >= SAME_PLACE_NAME_RATIO


def _folded(name: str) -> str:
    """A place name compared without case, accents or punctuation ('Dnipró' = 'dnipro')."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum())


@resolver("group_acronym")
def _group_acronym(np: NounPhrase) -> list[ActorRef] | None:
    """"IS militants" with "IS" tagged as a verb: the group the acronym names."""
    if not np.is_rebel:
        return None
    tok = np.tok
    prev = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > tok.sent.start else None
    if prev is not None and prev.text.isupper():
        group = build_gazetteer().lookup(prev.text)
        if group is not None and group.kind == "group":
            return [_info_ref(group, np.ctx, None, f"{prev.text} {np.phrase}")]
    return None


@resolver("story_group")
def _story_group(np: NounPhrase) -> list[ActorRef] | None:
    """'the militants' in a story about one armed group: that group."""
    if not np.is_rebel or np.ctx.top_group is None:
        return None
    if not any(c.lower_ in ("the", "these", "those") for c in np.tok.children):
        return None
    if "demonstrative_description" not in np.ctx.disabled and \
            any(c.lower_ in ("these", "those") for c in np.tok.children):
        described = _described_group_before(np)
        if described:
            return described
    if "nearest_armed_group" not in np.ctx.disabled:
        near = nearest_armed_group(np.tok, np.ctx)
        if near is not None:
            if _group_named_beside(np.tok, near, np.ctx):
                return None
            ref = _info_ref(near, np.ctx, None, np.phrase)
            return [dataclasses.replace(ref, rules=[*ref.rules, "nearest_armed_group"])]
    if _group_named_beside(np.tok, np.ctx.top_group, np.ctx):
        return None
    return [_info_ref(np.ctx.top_group, np.ctx, None, np.phrase)]


def _group_named_beside(tok: Token, info: ActorInfo, ctx: ActorContext) -> bool:
    """Rule `group_named_beside` (evargs25): 'the rebels pledged allegiance to X', 'the
    militants fought alongside X': a group the same clause names as another party is not
    who 'the rebels' of that clause are (never borrow an actor from another argument)."""
    if "group_named_beside" in ctx.disabled:
        return False
    verb = tok.head
    while verb.dep_ in ("prep", "pobj", "dobj", "conj") and verb.head.i != verb.i:
        verb = verb.head  # 'two of the rebels', 'the rebels and their allies'
    own = {t.i for t in tok.subtree}
    gaz = build_gazetteer()
    for t in verb.subtree:
        m = ctx.by_token.get(t.i)
        if t.i in own or m is None or m.label not in ("ORG", "NORP", "GPE", "PERSON"):
            continue
        if gaz.lookup(m.canonical) == info:
            return True
    return False


_VICTIM_DEPS = frozenset({"dobj", "pobj", "nsubjpass"})


def _described_group_before(np: NounPhrase) -> list[ActorRef]:
    """Rule demonstrative_description (evseed24): "Hundreds of foreign jihadists crossed
    into the valley ... Many of those fighters later joined X": 'these' or
    'those' fighters point back to the armed people last described by what they are (this
    sentence or the one before), when no armed group was named after that description:
    the description's own group, with its country if it states one."""
    gaz = build_gazetteer()
    tok, ctx = np.tok, np.ctx
    sents, idx = _sentence_of(tok)
    start = sents[max(0, idx - 1)].start
    for t in reversed(tok.doc[start:tok.i]):
        mention = ctx.by_token.get(t.i)
        if mention is not None and mention.label in ("ORG", "NORP"):
            info = gaz.lookup(mention.canonical)
            if info is not None and info.kind == "group" and \
                    t.dep_ not in ("poss", "compound", "amod", "nmod", "case"):
                # a named group is nearer: nearest_armed_group reads it (one that only owns
                # or modifies another thing, 'the group's offensive', is no antecedent)
                return []
        if t.pos_ != "NOUN" or not (t.lower_ in gaz.rebel_nouns or
                                    t.lemma_.lower() in gaz.rebel_nouns):
            continue
        if any(c.lower_ in ("the", "these", "those") for c in t.children):
            return []  # itself an anaphor
        refs = resolve_np(t, ctx, np.depth + 1)
        # (the description named where they were described: 'Chechen extremists')
        return [dataclasses.replace(r, span=_span(tok),
                                    rules=[*r.rules, "demonstrative_description"])
                for r in refs]
    return []


def nearest_armed_group(tok: Token, ctx: ActorContext) -> ActorInfo | None:
    """Rule `nearest_armed_group` (evseedargs23, issue 11): "... fighters who call themselves
    Islamic State seized villages. The fighters kidnapped twelve villagers" in a story
    mostly about the Taliban: 'the fighters', 'the militants' are the armed group named last
    before them (this sentence and the three before), not the story's main group. A group
    named only as a modifier of someone acted on ('killed nine Taliban members') is not
    whose fighters they are; None when no armed group is named there."""
    gaz = build_gazetteer()
    found: ActorInfo | None = None
    for m in _mentions_just_before(tok, ctx):
        if m.label not in ("ORG", "NORP"):
            continue
        info = gaz.lookup(m.canonical)
        if info is None or info.kind != "group" or info.sector not in ("REB", "INS", "PRM"):
            continue
        span = ctx.doc.char_span(m.span[0], m.span[1], alignment_mode="expand")
        if span is not None and span.root.dep_ in ("compound", "amod") and \
                span.root.head.dep_ in _VICTIM_DEPS:
            continue
        found = info
    return found


@resolver("rebel_noun")
def _rebel_noun(np: NounPhrase) -> list[ActorRef] | None:
    """'insurgents', 'a militant': unnamed rebels."""
    if not np.is_rebel:
        return None
    tok, low = np.tok, np.low
    plural = low if tok.tag_ in ("NNS", "NNPS") or low.endswith(("s", "men")) else low + "s"
    base = based_in(tok) if "based_in" not in np.ctx.disabled else None
    rules = ["based_in"] if base else []
    people = next((c for c in tok.children if c.dep_ in ("amod", "compound") and
                   c.i < tok.i and c.lower_ in anaphor_modifiers()["people"]), None)
    if people is not None and "people_rebels" not in np.ctx.disabled:
        # rule `people_rebels` (evact17): "Kurdish fighters", "Tuareg rebels": the fighters
        # of a people of no one state, named so; a country only where they are said to be
        plural = f"{people.text} {plural}"
        if base is None:
            base = _place_country(tok, np.ctx)
        rules.append("people_rebels")
    return [ActorRef(name=plural, country=base, sector="REB", type="ORG",
                     description=np.phrase, span=_span(tok), rules=rules)]


def based_in(tok: Token) -> str | None:
    """'Pakistan-based militants', 'insurgents based in Yemen': the country of the place a
    group is said to be based in (a state, capital or territory the gazetteer knows; a town
    it does not know gives none)."""
    gaz = build_gazetteer()
    for mod in tok.children:
        if mod.dep_ == "acl" and mod.lower_ == "based":  # "militants based in Pakistan"
            for prep in (c for c in mod.children if c.dep_ == "prep" and c.lower_ == "in"):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    code = gaz.country_of(tok.doc[pobj.left_edge.i:pobj.i + 1].text)
                    if code:
                        return code
            continue
        if mod.dep_ not in ("amod", "compound") or mod.lower_ not in ("based", "-based"):
            continue
        words = [t for t in mod.subtree if t.i < mod.i and t.text not in ("-", "–")]
        if words:
            code = gaz.country_of(tok.doc[words[0].i:words[-1].i + 1].text)
            if code:
                return code
    return None


@resolver("unnamed_attacker")
def _unnamed_attacker(np: NounPhrase) -> list[ActorRef] | None:
    """'an assailant', 'the gunman', 'a suicide bomber': whoever attacked, not known to the
    text; kept under that noun with no country or sector (unknown beats wrong)."""
    gaz = build_gazetteer()
    tok = np.tok
    if tok.pos_ != "NOUN":
        return None
    words = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1]
    if " ".join([*words, np.low]) in gaz.attacker_nouns:
        name = " ".join([*words, np.lemma])  # "suicide bomber"
    elif np.low in gaz.attacker_nouns:
        name = np.lemma
    else:
        return None
    return [ActorRef(name=name, type="NORP", description=np.phrase, span=_span(tok))]


# verbs whose object is told what it did with 'of' ("accused the president of fraud")
_CHARGING_VERBS = frozenset({"accuse", "suspect", "convict", "acquit", "clear", "charge",
                             "absolve", "warn", "remind", "rob", "deprive", "relieve"})


def _of_a_charge(prep: Token) -> bool:
    """'accused the president of stealing the vote', 'convicted the minister of fraud': the
    parser hangs the charge on the object; an 'of' that says what the object did (a gerund,
    or any 'of' after a charging verb's object) does not say whose office it is."""
    if "title_of_charge" in disabled_rules():
        return False
    title = prep.head
    if any(c.dep_ == "pcomp" for c in prep.children):
        return True
    return title.dep_ == "dobj" and title.head.lemma_.lower() in _CHARGING_VERBS


@resolver("title_anaphor")
def _title_anaphor(np: NounPhrase) -> list[ActorRef] | None:
    """'the prime minister', 'the senator', 'the country's president': the person the article
    introduced with that title ("Prime Minister Boris Johnson"), the nearest one before;
    failing that, for heads of state and government and ministers, who held the office in
    the story's country on the article's date (the dated roles table)."""
    tok, ctx = np.tok, np.ctx
    gaz = build_gazetteer()
    if tok.tag_ not in ("NN", "NNP"):
        return None
    words = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    phrase = " ".join([*(w.lower_ for w in words), np.lemma])
    if "title_adjective" not in ctx.disabled:
        # "the prime minister", "the foreign minister": the parser makes the first word of
        # the title an adjective; the title is the whole phrase the roles know
        titled = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
        longer = " ".join([*(w.lower_ for w in titled), np.lemma])
        if len(titled) > len(words) and longer in gaz.role_nouns:
            phrase = longer
    if phrase not in gaz.role_nouns and np.lemma not in gaz.role_nouns:
        return None
    if gaz.role_nouns.get(phrase, gaz.role_nouns.get(np.lemma)) is None:
        return None  # "the leader", "the head": of what?
    owners = [c for c in tok.children if c.dep_ == "poss"]
    the = "the" in np.dets or any(o.lemma_.lower() in ("country", "nation") for o in owners)
    if not the or any(c.dep_ == "prep" and c.lower_ == "of" and not _of_a_charge(c)
                      for c in tok.children) or \
            any(c.dep_ == "amod" and c.lower_ in ("former", "late", "then", "new", "next")
                for c in tok.children) or (owners and not the):
        return None
    # "president" is not "the president of the Farm Bureau"; rule title_not_in_clause
    # (evprec28): nor "the president's agenda" (another's office, told in a possessive)
    own_only = "title_not_in_clause" not in ctx.disabled
    pattern = re.compile(rf"\b{re.escape(phrase)}\b(?!\s+(?:of|for|at)\b)" +
                         (r"(?!\s*['\u2019]s\b)" if own_only else ""))
    families = party_families(c.text for c in tok.children if c.i < tok.i)
    for i, (title, mention) in reversed(_person_titles(ctx)):
        if i >= tok.i:
            continue
        if families and "party_disagrees" not in ctx.disabled and \
                (theirs := _title_families(mention, ctx)) and not theirs & families:
            # rule party_disagrees: "the Democratic senator" is not the Republican senator
            # named before (unknown beats the other party's man)
            continue
        if pattern.search(_own_title_part(title) if own_only else title):
            person = mention_actor(mention, ctx, None)
            if person is not None:
                return [dataclasses.replace(person, span=_span(tok), description=np.phrase)]
    story, rules = ctx.story_country, ["roles_table"]
    seat = _reporting_seat(tok) if "seat_reported_office" not in ctx.disabled else None
    if seat is not None:
        story, rules = seat, ["roles_table", "seat_reported_office"]
    elif story is not None and "other_argument_country" not in ctx.disabled and \
            _other_argument_names(tok, story, ctx):
        # rule other_argument_country: "the prime minister spoke with the Indian premier"
        # with India the story's country: the title is not India's office (unknown beats
        # borrowing the other party's country)
        return None
    if story is None or ctx.article_date is None:
        return None
    match = lookup_role(f"the {demonym_for(story)} {phrase}", ctx.article_date)
    if match is None or match.country != story:
        return None
    return [ActorRef(name=match.person, country=match.country, sector="GOV", type="PERSON",
                     description=np.phrase, span=_span(tok), country_inferred=seat is None,
                     rules=rules)]


def _own_title_part(title: str) -> str:
    """Rule `title_not_in_clause` (evprec28): the part of a person's title words and
    description that can hold his own title: up to a relative clause ('a former deputy who
    cast himself as heir to the president's agenda' holds no presidency)."""
    words = title.split()
    cut = next((k for k, w in enumerate(words) if w.strip(",") in _RELATIVE), len(words))
    return " ".join(words[:cut])


def party_families(words: Iterable[str]) -> set[str]:
    """The party families capitalised words tell ('Democratic' -> {'democratic'})."""
    table = party_family_words()
    return {table[w] for w in words if w in table}


def _title_families(mention: Mention, ctx: ActorContext) -> set[str]:
    """The party families a named person's title words and description tell ('Republican
    Senator John Carter', 'John Carter, a Republican')."""
    span = ctx.doc.char_span(mention.span[0], mention.span[1], alignment_mode="expand")
    words = [t.text for t in ctx.doc[max(0, span.start - 4):span.start]] if span else []
    return party_families([*words, *(mention.description or "").split()])


def _other_argument_names(tok: Token, code: str, ctx: ActorContext) -> bool:
    """Whether another phrase of `tok`'s own clause (outside `tok`'s phrase) names the
    country `code` by a demonym or a place or state name: 'the prime minister spoke with the
    Indian premier' names India for the premier, not for the prime minister."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    gaz = build_gazetteer()
    own = {t.i for t in tok.subtree}
    # ('derided his rival as a puppet of Moscow': a complement, the rule
    # complement_country's to judge)
    own |= {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
            for t in c.subtree}
    for t in verb.subtree:
        if t.i in own or t.pos_ not in ("PROPN", "ADJ") or t.idx < ctx.dateline_end:
            continue  # (the dateline names where the story is, for everyone)
        m = ctx.by_token.get(t.i)
        if gaz.country_of(t.text) == code or (
                m is not None and m.label in ("GPE", "NORP") and
                gaz.country_of(m.canonical) == code):
            return True
    return False


# offices held in one place whose holder acts for the state there when the text names no
# person: courts, prosecution, police and local government
_LOCAL_OFFICE_SECTORS = frozenset({"JUD", "COP"})
_LOCAL_OFFICE_NOUNS = frozenset({"mayor", "governor"})


@resolver("described_party", tags=False)
def _described_party(np: NounPhrase) -> list[ActorRef] | None:
    """'the driver', 'the suspect', 'the union leader': a description the article tied to a
    person it named (an apposition "Ana Ruiz, the driver", a role "Ana Ruiz, the leader of
    the union", a copula, the one person just named) is that person, linked by the resolver
    of descriptions the quote layer resolves described speakers with (extract.referents
    SpeakerResolver.described_party); a description it links to no one named, or to one of
    two named holders of its word (rule `described_rival`), stays to the rules after
    (unknown beats wrong). Bodies ("the group") are left to org_anaphor and its kin. Rule
    `described_party`, with the resolver's steps after it. (Tried after title_anaphor, whose
    titles before a name come first.)"""
    tok, ctx = np.tok, np.ctx
    if ctx.described is None or tok.pos_ != "NOUN" or ctx.by_token.get(tok.i) is not None:
        return None
    gaz = build_gazetteer()
    if any(c.dep_ == "compound" and f"{c.lower_} {np.low}" in gaz.institution_nouns
           for c in tok.children):
        return None  # ("the coast guard": a body, not a guard)
    found = ctx.described(tok)
    if found is None:
        return None
    mention, steps = found
    ref = mention_actor(mention, ctx, tok)
    if ref is None:
        return None
    return [dataclasses.replace(ref, span=_span(tok), description=np.phrase,
                                rules=[*ref.rules, "described_party", *steps])]


@resolver("office_noun")
def _office_noun(np: NounPhrase) -> list[ActorRef] | None:
    """'the judge sentenced him', 'a federal prosecutor charged', 'the mayor of Chicago': an
    office named with no person the article introduced with it (title_anaphor) is the state
    organ it belongs to, in the country of its 'of' place, else the one the sentence or the
    story names (as for 'the court'). A country is never taken from another argument."""
    tok, ctx = np.tok, np.ctx
    gaz = build_gazetteer()
    if tok.tag_ not in ("NN", "NNP") or tok.pos_ != "NOUN":
        return None
    words = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    phrase = " ".join([*(w.lower_ for w in words), np.lemma])
    sector = gaz.role_nouns.get(phrase) or gaz.role_nouns.get(np.lemma)
    if sector not in _LOCAL_OFFICE_SECTORS and np.lemma not in _LOCAL_OFFICE_NOUNS:
        return None
    if not np.dets & {"the", "a", "an"} or any(
            c.dep_ == "amod" and c.lower_ in ("former", "late", "then", "retired", "ex")
            for c in tok.children):
        return None
    if "office_appos_name" not in ctx.disabled:
        # rule `office_appos_name` (evreal12): "arrested the governor, Samuel Kiprop": the
        # person the apposition names holds the office, and is the party
        # (the parser may hang the name on the verb: 'arrested the governor, Samuel Kiprop,')
        after = [tok.right_edge.i + 2] if tok.right_edge.i + 2 < len(tok.doc) and \
            tok.doc[tok.right_edge.i + 1].text == "," else []
        # rule `office_place_appos` (evargs25): "arrested the mayor of Lakeview County,
        # John Ambrose,": the parser hangs the name on the office's place
        placed = [a for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of"
                  for p in prep.children if p.dep_ == "pobj"
                  for a in p.children if a.dep_ == "appos"] \
            if "office_place_appos" not in ctx.disabled else []
        named = next((t for t in [*(c for c in tok.children if c.dep_ == "appos"),
                                  *(tok.doc[i] for i in after), *placed]
                      if t.i > tok.i and (m := ctx.by_token.get(t.i)) is not None and
                      m.label == "PERSON"), None)
        if named is not None:
            people = resolve_np(named, ctx, np.depth + 1)
            extra = ["office_place_appos"] if named in placed else []
            if people:
                return [dataclasses.replace(r, rules=[*r.rules, "office_appos_name", *extra])
                        for r in people]
    code = None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "in")):
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            code = code or country_of_place(pobj, ctx, setting=True)
    if code is None and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None  # "the judge of the football match": of something else
    code = code or fallback_country(tok, ctx) or _town_country(tok, ctx) or \
        lent_country(tok, ctx)
    if code is None:
        return None
    ref = state_ref(code, sector or "GOV", None, ctx, np.phrase)
    return [dataclasses.replace(ref, span=_span(tok))]


def _person_titles(ctx: ActorContext) -> list[tuple[int, tuple[str, Mention]]]:
    """Each person mention with the title words before it and its description, lower-cased
    ("prime minister", "japan's foreign minister"): built once per article."""
    if ctx.person_titles is None:
        out: list[tuple[int, tuple[str, Mention]]] = []
        for i, m in ctx.persons:
            span = ctx.doc.char_span(m.span[0], m.span[1], alignment_mode="expand")
            if span is None:
                continue
            start = span.start  # the title words right before the name
            while start > max(span.sent.start, span.start - 6) and \
                    ctx.doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ", "PART") and \
                    ctx.doc[start - 1].ent_type_ != "PERSON":
                start -= 1
            title = " ".join([ctx.doc[start:span.start].text.lower(),
                              (m.description or "").lower()])
            out.append((i, (title, m)))
        ctx.person_titles = out
    return ctx.person_titles


@resolver("igo_anaphor")
def _igo_anaphor(np: NounPhrase) -> list[ActorRef] | None:
    """'the body', 'the bloc': the international organisation just named."""
    if np.dets != {"the"} or np.low not in igo_anaphors():
        return None
    mods = [c for c in np.tok.children if c.dep_ in ("amod", "compound", "nmod")]
    if mods and ("described_igo" in np.ctx.disabled or not all(
            c.dep_ == "amod" and c.lower_ in anaphor_modifiers()["igo"] for c in mods)):
        # rule `described_igo` (evact17): "the regional bloc", "the continental body" point
        # back as the bare noun does; any other word ("the new bloc") may name another
        return None
    body = _recent_igo(np.tok, np.ctx)
    return [_info_ref(body, np.ctx, None, np.phrase)] if body is not None else None


# bare nouns that may stand for an organisation no list knows (org_anaphor)
_UNKNOWN_ORG_ANAPHORS = frozenset({"organization", "organisation", "group", "charity"})
_CIVIL_ORG_MODIFIERS = frozenset({"rights", "human", "aid", "advocacy", "humanitarian",
                                  "relief", "medical", "campaign", "environmental",
                                  "watchdog", "charitable", "nonprofit", "non-profit"})


@resolver("org_anaphor")
def _org_anaphor(np: NounPhrase) -> list[ActorRef] | None:
    """'the party', 'the ministry', 'the court': the organisation named last before, in this
    sentence or the three before, whose name ends with the noun ('the Labour Party') or that
    the gazetteer knows as that kind of organisation."""
    tok = np.tok
    kinds = org_anaphors().get(np.lemma)
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "prep")]
    # "the rights group", "the aid organisation": a civil organisation, named before
    civil_mods = bool(mods) and np.lemma in _UNKNOWN_ORG_ANAPHORS and \
        all(c.dep_ in ("amod", "compound") and c.lower_ in _CIVIL_ORG_MODIFIERS for c in mods)
    # rule `armed_group_anaphor` (evact17): "the militant group", "the armed movement": the
    # armed group the gazetteer knows, named just before
    armed_mods = bool(mods) and "group" in (kinds or ()) and not civil_mods and \
        "armed_group_anaphor" not in np.ctx.disabled and \
        all(c.dep_ in ("amod", "compound") and c.lower_ in anaphor_modifiers()["armed"]
            for c in mods)
    if kinds is None or np.dets != {"the"} or tok.tag_ != "NN" or \
            (mods and not civil_mods and not armed_mods):
        return None
    gaz = build_gazetteer()
    found: Mention | None = None
    for m in _mentions_just_before(tok, np.ctx):
        if m.label not in ("ORG", "NORP", "FAC"):
            continue
        if "place_named_not_antecedent" not in np.ctx.disabled and \
                named_as_place(m, np.ctx):
            continue
        if "people_not_org_antecedent" not in np.ctx.disabled and \
                m.canonical.lower() in gaz.demonym_plurals:
            continue  # rule `people_not_org_antecedent`: see named_as_place
        words = m.canonical.lower().split()
        info = gaz.lookup(m.canonical)
        if armed_mods:
            if info is not None and info.kind == "group" and info.sector == "REB":
                found = m
            continue
        if not civil_mods and ((len(words) > 1 and words[-1] == np.lemma) or (
                info is not None and info.kind in kinds)):
            found = m
        elif (info is None or info.sector == "NGO") and m.label == "ORG" and \
                np.lemma in _UNKNOWN_ORG_ANAPHORS and \
                m.canonical.lower() not in _outlet_names() and \
                not any(ch.isdigit() for ch in m.canonical) and \
                "unknown_org_antecedent" not in np.ctx.disabled:
            # "Oxfam said ... The charity delivered food", "Human Rights Watch ... the group
            # said": a civil organisation, or one no list knows (not an outlet), is what a
            # bare 'the organisation', 'the group', 'the rights group' stands for
            found = m
    refs = _resolved_where_named(found, np)
    extra = ["armed_group_anaphor"] if armed_mods else []
    return [dataclasses.replace(r, span=_span(tok), rules=[*r.rules, *extra])
            for r in refs] or None


def named_as_place(m: Mention, ctx: ActorContext) -> bool:
    """Rule `place_named_not_antecedent` (evseedargs23, issue 11): "seized villages in the
    districts of Darzab and Qush Tepa. ... the group executed elders": a name the tagger
    called an organisation that the sentence gives as a place (the 'of' of a place-kind noun,
    the object of 'in', 'near', 'at', or a conjunct of such a name) is no antecedent of 'the
    group'; a name the gazetteer knows as an organisation keeps its standing. Rule
    `people_not_org_antecedent` (the same session): nor is a people the tagger called an
    organisation ("many of them Uzbeks and Tajiks ... the group")."""
    if build_gazetteer().lookup(m.canonical) is not None:
        return False
    span = ctx.doc.char_span(m.span[0], m.span[1], alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    if root.dep_ != "pobj":
        return False
    prep = root.head
    words = argument_words()
    if prep.lower_ in words["place_object_preps"]:
        return True
    return prep.lower_ == "of" and prep.head.lemma_.lower() in words["place_kind_nouns"]


@functools.lru_cache(maxsize=1)
def _outlet_names() -> frozenset[str]:
    """Every name of a known news outlet (lexicons/outlets.json), lower case."""
    rows = load_json("outlets.json")["outlets"]
    return frozenset(a.lower() for row in rows for a in [row["name"], *row.get("aliases", [])])


_HEADLINE_JOIN = re.compile(r"\s[-–—|:]\s")
_NOT_BUSINESS_KINDS = frozenset({"state", "capital", "seat", "igo", "party", "media", "group"})


@resolver("business_anaphor")
def _business_anaphor(np: NounPhrase) -> list[ActorRef] | None:
    """'the carrier', 'the iPhone maker', 'the company': the last company named in this
    sentence or the three before (an organisation no list knows as a state, a body of
    states, a party, an outlet or an armed group); 'the agency', 'the regulator': the last
    organisation whose name ends as an agency's does ('... Administration'). Unknown when
    none is named: nobody is guessed."""
    tok = np.tok
    business, agencies, heads = business_anaphors()
    is_agency = np.lemma in agencies
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or np.dets != {"the"} or \
            not (np.lemma in business or is_agency) or \
            any(c.dep_ in ("prep", "relcl", "acl", "poss") for c in tok.children):
        return None
    gaz = build_gazetteer()
    found: Mention | None = None
    for m in _mentions_just_before(tok, np.ctx):
        if m.label != "ORG" or _HEADLINE_JOIN.search(m.canonical) or \
                m.canonical.lower() in _outlet_names():
            continue  # "Computerworld - Microsoft": a headline's parts; an outlet reports
        info = gaz.lookup(m.canonical)
        if is_agency:
            words = m.canonical.lower().split()
            if (info is not None and info.kind == "agency") or \
                    (len(words) > 1 and words[-1] in heads):
                found = m
        elif info is None or (info.kind not in _NOT_BUSINESS_KINDS and \
                info.kind != "agency" and info.sector in (None, "BUS")):
            found = m
    refs = [r for r in _resolved_where_named(found, np) if r.type == "ORG"]
    return [dataclasses.replace(r, span=_span(tok),
                                description=r.description or np.phrase) for r in refs] or None


@resolver("prep_country")
def _prep_country(np: NounPhrase) -> list[ActorRef] | None:
    """"officials from Mexico, Canada and Japan", "police in Hong Kong": those countries'."""
    if np.sector not in STATE_SECTORS or np.indefinite or np.low not in BARE_STATE_NOUNS:
        return None
    codes = _prep_countries(np.tok, np.ctx)
    if not codes:
        return None
    sector = _sector_for_noun(np.tok, np.sector or "GOV")
    return [state_ref(code, sector, np.tok, np.ctx, np.phrase) for code in codes]


@resolver("bare_state_noun")
def _bare_state(np: NounPhrase) -> list[ActorRef] | None:
    """'the government', 'police', 'security forces': the country the sentence (else the
    story) names."""
    if np.sector not in STATE_SECTORS or np.indefinite or not _bare_state_noun(np.tok, np.dets):
        return None
    if "host_state" not in np.ctx.disabled and any(
            c.dep_ in ("amod", "compound") and c.lower_ in argument_words()["host_modifiers"]
            for c in np.tok.children):
        return _host_state(np)
    code = fallback_country(np.tok, np.ctx)
    if np.low in ("country", "nation") and "its" not in np.dets:
        code = _preceding_country(np.tok, np.ctx) or code
    sector = _sector_for_noun(np.tok, np.sector or "GOV")
    if not code and sector in ("COP", "JUD") and "local_organ" not in np.ctx.disabled:
        # "police detained 30 students in a provincial town": police and courts act where
        # they are, so the one country the sentence's towns are in (the geocoder)
        code = _town_country(np.tok, np.ctx)
        if code:
            ref = state_ref(code, sector, None, np.ctx, np.phrase)
            return [dataclasses.replace(ref, rules=["local_organ"])]
    if not code:
        # "police said": the country the article's places and mentions agree on
        code = lent_country(np.tok, np.ctx)
        if code:
            ref = state_ref(code, sector, None, np.ctx, np.phrase)
            return [dataclasses.replace(ref, rules=["dominant_country"])]
        return None
    return [state_ref(code, sector, None, np.ctx, np.phrase)]


def _host_state(np: NounPhrase) -> list[ActorRef] | None:
    """Rule `host_state` (evargs25): 'the Chilean ambassador criticised the host
    government', 'Kenyan peacekeepers clashed with host forces in Bangui': the state a
    foreign party is the guest of is never the guest's own country, so neither the story's
    country nor a demonym's; the one country the sentence names by a place name (a country,
    a capital, a town the gazetteer knows) other than the guests' demonyms, else unknown."""
    gaz = build_gazetteer()
    guests: set[str] = set()
    named: set[str] = set()
    for t in np.tok.sent:
        m = np.ctx.by_token.get(t.i)
        if m is None or t.i != _span_root(t, m, np.ctx).i:
            continue
        if m.label == "NORP":
            guests.add(gaz.country_of(m.canonical) or "")
        elif m.label in ("GPE", "LOC"):
            code = country_of_place(t, np.ctx)
            if code:
                named.add(code)
    named -= guests
    if len(named) != 1:
        return None
    sector = _sector_for_noun(np.tok, np.sector or "GOV")
    ref = state_ref(named.pop(), sector, None, np.ctx, np.phrase)
    return [dataclasses.replace(ref, rules=[*ref.rules, "host_state"])]


@resolver("police_officers")
def _police_officers(np: NounPhrase) -> list[ActorRef] | None:
    """'two plainclothes officers', 'NYPD officers', 'the officers' after 'police said': officers
    are the police of the country the sentence (else the story) names when a police word
    modifies them or is said before them (or in their sentence); an army's or a company's
    officers ('army officers', 'chief financial officer') are left to the other rules."""
    tok = np.tok
    if np.low not in officer_nouns() or tok.pos_ != "NOUN" or not _police_near(tok):
        return None
    code = fallback_country(tok, np.ctx)
    if not code:
        return None
    return [state_ref(code, "COP", None, np.ctx, np.phrase)]


_NOT_POLICE_OFFICERS = frozenset({"army", "military", "naval", "navy", "executive", "financial",
                                  "operating", "commanding", "medical", "press", "information",
                                  "security", "compliance", "loan", "probation", "parole",
                                  "correction", "corrections", "customs", "immigration",
                                  "election", "electoral", "returning", "union", "party",
                                  "intelligence", "cabinet", "air", "marine", "coast", "border"})


def _police_near(tok: Token) -> bool:
    """A police word among the officers' own modifiers, else (with no other kind of officer
    named by them) in the article up to the end of their sentence."""
    cues = police_cues()
    mods = [t for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")
            for t in c.subtree]
    if "place_of_police" not in disabled_rules() and \
            not any(m.lower_ in _NOT_POLICE_OFFICERS for m in mods) and \
            any(m.lower_ in cues for m in mods):
        # rule place_of_police: "Bloomington Police officers", "Denver police officers":
        # the town's name before the police word is whose police, no other kind of officer
        return True
    if any(m.lower_ in _NOT_POLICE_OFFICERS or (m.pos_ == "PROPN" and m.lower_ not in cues)
           for m in mods):
        return False
    if any(m.lower_ in cues for m in mods):
        return True
    sent = tok.sent
    start = 0  # the article up to the end of the officers' sentence
    return any(t.lower_ in cues or t.lemma_.lower() in cues
               for t in tok.doc[start:sent.end] if t.i != tok.i)


def _town_country(tok: Token, ctx: ActorContext) -> str | None:
    """The one country the places of `tok`'s sentence are in, towns included (None when they
    are in several countries or the sentence names none)."""
    found: set[str] = set()
    for t in tok.sent:
        m = ctx.by_token.get(t.i)
        if m is not None and m.label in ("GPE", "LOC") and t.i == _span_root(t, m, ctx).i:
            code = country_of_place(t, ctx)
            if code:
                found.add(code)
    return found.pop() if len(found) == 1 else None


def _span_root(tok: Token, mention: Mention, ctx: ActorContext) -> Token:
    """The last token of the mention `tok` is in (a name is looked up once, by its head)."""
    node = tok
    while node.i + 1 < len(node.doc) and ctx.by_token.get(node.i + 1) is mention:
        node = node.doc[node.i + 1]
    return node


@resolver("unnamed_person")
def _unnamed_person(np: NounPhrase) -> list[ActorRef] | None:
    """"the brother of the accused gunman", "her sister", "a witness": one person the text
    names by kinship or by part in a case. An actor called by the noun, described by its
    phrase and its 'of' owner; no country or sector is guessed for them (unknown beats
    wrong), and a plural or a modified name ("a witness's lawyer") is left to other rules."""
    tok = np.tok
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or np.lemma not in unnamed_person_nouns():
        return None
    owner = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    phrase = np.phrase
    if owner is not None:
        obj = next((c for c in owner.children if c.dep_ == "pobj"), None)
        if obj is not None:
            doc = tok.doc
            phrase = doc[tok.left_edge.i: obj.right_edge.i + 1].text
    return [ActorRef(name=np.lemma, type="PERSON",
                     description=phrase if phrase.lower() != np.low else None,
                     span=_span(tok))]


def _first_word(tok: Token, ctx: ActorContext) -> bool:
    """Rule `dateline_first_word` (evreal10): 'ATHENS, Greece (AP) — Protesters clashed with
    police': the first word after a dateline opens the sentence as much as a sentence's
    first word does, and the tagger takes it, capitalised, for a name the same way; a
    capitalised plain word (no entity, lower case after its first letter) is a noun."""
    if tok.pos_ != "PROPN" or not tok.text[1:].islower() or tok.ent_type_ or \
            ctx.dateline_end == 0 or tok.idx < ctx.dateline_end or \
            ctx.by_token.get(tok.i) is not None or "dateline_first_word" in ctx.disabled:
        return False
    between = tok.doc.text[ctx.dateline_end:tok.idx]
    return not any(ch.isalnum() for ch in between)


@resolver("agency_members")
def _agency_members(np: NounPhrase) -> list[ActorRef] | None:
    """Rule `agency_members` (evact17): "Interior Ministry officials", "Customs Service
    agents": people named by the state agency before them act for it, under its name with
    its country (stated, or the story's as inferred) and sector; an agency no list knows
    would otherwise leave them no one."""
    tok, ctx = np.tok, np.ctx
    if np.lemma not in _AGENTS_OF and tok.lower_ not in _AGENTS_OF:
        return None
    for mod in tok.children:
        if mod.dep_ != "compound" or mod.i != tok.i - 1 or mod.pos_ != "PROPN":
            continue
        mention = ctx.by_token.get(mod.i)
        if mention is None or mention.label != "ORG":
            continue
        agency = mention_actor(mention, ctx, None)
        if agency is None or agency.sector not in STATE_SECTORS or agency.type != "ORG" or \
                agency.country is None:
            continue
        return [dataclasses.replace(agency, span=_span(tok), description=np.phrase,
                                    mention_id=mention.mention_id)]
    return None


@resolver("civilian_group")
def _civilian_group(np: NounPhrase) -> list[ActorRef] | None:
    """"protesters", "Morales supporters", "students": an unnamed civilian group."""
    tok, sector = np.tok, np.sector
    if sector is None and np.lemma in _GROUP_HEADS and "group_of_sector" not in np.ctx.disabled:
        sector = _group_sector(tok)  # "opposition groups", "student groups"
    crowd = np.low in crowd_nouns() and "crowd_noun" not in np.ctx.disabled
    if sector not in build_gazetteer().civil_sectors or \
            (tok.pos_ != "NOUN" and not _first_word(tok, np.ctx)) or \
            (not crowd and (tok.tag_ not in ("NNS", "NNPS") or np.indefinite)):
        return None
    low, lemma, phrase = np.low, np.lemma, np.phrase
    country = np.country_mod() or _place_country(tok, np.ctx)
    rules: list[str] = []
    if country is None and "based_place" not in np.ctx.disabled:
        country = _based_place_country(tok, np.ctx)
        rules = ["based_place"] if country else []
    if country is None and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and \
            "acting_in_place" not in np.ctx.disabled:
        # "farmers blocked roads across France", "students marched in Lyon": unnamed
        # people acting in a place are of its country (their own clause's place only)
        country = _clause_setting(tok.head, np.ctx)
    name = lemma if lemma.endswith("s") else low
    if np.group_leaders:  # "union leaders": whose leaders they are is part of the name
        name = f"{tok.doc[tok.i - 1].lower_} {low}"
        rules = [*rules, "group_leaders"]
    return [ActorRef(name=name, country=country, sector=sector,
                     type="NORP", description=phrase if phrase.lower() != low else None,
                     span=_span(tok), rules=rules)]


def _based_place_country(tok: Token, ctx: ActorContext) -> str | None:
    """Rule `based_place` (evargs26, issue 11): 'blacklisted three companies based in
    Shenzhen', 'charities headquartered in Lyon': the country of the place an unnamed group
    is said to be based in (a state or region the gazetteer knows, else a town the place
    index gives one country), stated, so read for a recipient as for an actor."""
    gaz = build_gazetteer()
    for acl in (c for c in tok.children if c.dep_ == "acl" and
                c.lemma_.lower() in ("base", "headquarter", "locate")):
        for prep in (c for c in acl.children if c.dep_ == "prep" and c.lower_ in ("in", "from")):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                m = ctx.by_token.get(pobj.i)
                code = gaz.country_of(m.canonical if m is not None else pobj.text)
                if code is None and m is not None and m.label in ("GPE", "LOC"):
                    code = m.country
                code = code or country_of_place(pobj, ctx)
                if code:
                    return code
    return None


@resolver("named_group")
def _named_group(np: NounPhrase) -> list[ActorRef] | None:
    """"Kurds attacked ...", "Catholics protested ...": a plural group the tagger names
    (NORP) that is no country's people in our lexicon acts as itself, kept under its name
    with no country unless a demonym or an 'in <place>' phrase of the noun states one
    (never one borrowed from another argument). Its mention, if any, is kept."""
    tok = np.tok
    mention = np.ctx.by_token.get(tok.i)
    if mention is None or mention.label != "NORP" or tok.tag_ not in ("NNS", "NNPS") or \
            not tok.text[:1].isupper() or np.indefinite or not _acting_position(tok):
        return None
    country = np.country_mod() or _place_country(tok, np.ctx)
    return [ActorRef(name=mention.canonical, country=country, type="NORP",
                     span=_span(tok), mention_id=mention.mention_id)]


def _acting_position(tok: Token) -> bool:
    """The subject of a clause or the agent of a passive ('attacked by Kurds'): where a
    tagged group acts. Elsewhere the tagger's NORP is as often a thing ('two Webcasts')."""
    return tok.dep_ == "nsubj" or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")


@functools.cache
def agent_groups() -> dict[str, str | None]:
    """lexicons/agent_groups.json: plural group noun -> sector (or None)."""
    return dict(load_json("agent_groups.json")["groups"])


@resolver("agent_group")
def _agent_group(np: NounPhrase) -> list[ActorRef] | None:
    """"criminals stole ...", "investors sued ...", "regulators fined ...": an unnamed
    group of agents from lexicons/agent_groups.json, kept under its noun with the list's
    sector and no country unless a demonym or an 'in <place>' phrase of the noun states one
    (a country named elsewhere in the sentence is not theirs). A state sector's group is
    the organ of the story's country, marked as inferred (group_story_state), as a state
    organ named without a country is elsewhere in the chain."""
    tok = np.tok
    if tok.pos_ != "NOUN" and not (tok.pos_ == "PROPN" and tok.is_sent_start) and \
            not _first_word(tok, np.ctx):
        return None  # "Scammers targeted ...": the tagger may take a first word for a name
    groups = agent_groups()
    words = [c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")
             and c.i == tok.i - 1]
    two = f"{words[0]} {np.low}" if words else None
    noun = two if two in groups else np.low if np.low in groups else None
    if noun is None or tok.tag_ not in ("NNS", "NNPS", "NNP") or np.indefinite:
        return None  # "no investors": not a group that acted
    sector = groups[noun]
    country = np.country_mod() or _place_country(tok, np.ctx)
    inferred, rules = False, []
    if country is None and sector in STATE_SECTORS and np.ctx.story_country and \
            "group_story_state" not in np.ctx.disabled:
        country, inferred, rules = np.ctx.story_country, True, ["group_story_state"]
    return [ActorRef(name=noun, country=country, sector=sector, type="NORP",
                     description=np.phrase if np.phrase.lower() != noun else None,
                     span=_span(tok), country_inferred=inferred, rules=rules)]


@functools.cache
def _unnamed_lexicon() -> dict[str, dict[str, str | None]]:
    """lexicons/unnamed_actors.json (loaded and checked once)."""
    data = load_json("unnamed_actors.json")
    return {k: dict(v) for k, v in data.items() if isinstance(v, dict)}


def unnamed_actor_nouns() -> tuple[dict[str, str | None], dict[str, str | None]]:
    """lexicons/unnamed_actors.json: organisation nouns and people nouns -> sector (or None)."""
    data = _unnamed_lexicon()
    return data["organisations"], data["people"]


# words before a head noun that make it no actor ("a former mayor" still is one; "the
# football club's stadium" is handled by the caller, which resolves heads only)
_NOT_AN_ACTOR_MODS = frozenset({"no", "any", "every", "each"})


def _unnamed_noun_sector(np: NounPhrase) -> tuple[str, str | None, str] | None:
    """(name, sector, kind) of a head noun our lexicons give a sector or list as an actor
    noun: kind is 'role' (one office holder), 'org' (a body) or 'group' (people); None when
    the noun is no actor noun of ours. A two-word noun ('coast guard', 'central bank',
    'truck drivers') is tried before its head."""
    gaz = build_gazetteer()
    tok = np.tok
    orgs, people = unnamed_actor_nouns()
    groups = agent_groups()
    prev = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i == tok.i - 1]
    two = f"{prev[0].lower_} {np.low}" if prev else None
    two_lemma = f"{prev[0].lower_} {np.lemma}" if prev else None
    plural = tok.tag_ in ("NNS", "NNPS")
    for key in (k for k in (two, two_lemma) if k):
        if key in orgs:
            return key, orgs[key], "org"
        if key in people:
            return key, people[key], "group"
        if key in gaz.role_nouns and not plural:
            return key, gaz.role_nouns[key], "role"
        if key in gaz.institution_nouns:
            return key, gaz.institution_nouns[key], "group" if plural else "org"
    if np.low in orgs or np.lemma in orgs:
        return np.low, orgs.get(np.low, orgs.get(np.lemma)), "org"
    if np.low in people:
        return np.low, people[np.low], "group"
    if np.low in groups:
        return np.low, groups[np.low], "group"
    if not plural and np.lemma in gaz.role_nouns:
        return np.lemma, np.sector or gaz.role_nouns[np.lemma], "role"
    if np.sector is not None:
        return np.low, np.sector, "group" if plural else "org"
    if np.is_rebel:
        return np.low, "REB", "group"
    if plural and np.lemma in gaz.role_nouns:
        return np.low, gaz.role_nouns[np.lemma], "group"  # "defence chiefs", "senators"
    return None  # ("people", "men": who they are is for the rules of crowds and victims)


def _acting_noun(tok: Token) -> bool:
    """The subject of a clause, the agent of a passive or of an act noun ('the raid by
    police'), or an owner ('the union's demand'), or a noun joined to one of these."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in ("nsubj", "poss"):
        return True
    return tok.dep_ == "pobj" and (tok.head.dep_ == "agent" or tok.head.lower_ == "by")


@resolver("unnamed_actor", tags=False)
def _unnamed_actor(np: NounPhrase) -> list[ActorRef] | None:
    """'Police arrested two men', 'the senator criticized the president', 'the league fined
    the club', 'the union called on Boeing': a role, an organ, a body or a group named by a
    common noun that no earlier rule could tie to a name or a country (the last of the
    chain), where it acts (the subject, an agent, an owner: see unnamed_party for the other
    side of an event). Unknown beats wrong, but an unnamed actor beats no event: the actor
    is kept under its noun with the sector the noun gives and only a country the phrase
    states itself ('in Lima'); a state organ or office takes the story's country, marked as
    inferred (unnamed_story_country)."""
    tok, ctx = np.tok, np.ctx
    if any(tok.doc[i].pos_ == "PRON" and tok.doc[i].lower_ not in _RELATIVE
           for i in ctx.resolving):
        return None  # "he", "they": a role noun seldom is what a later pronoun means
    relative = any(c.dep_ == "relcl" and any(t.i in ctx.resolving for t in c.children)
                   for c in tok.children)
    if not _acting_noun(tok) and not relative:
        return None  # ("bloggers who criticized ...": they act where their 'who' does)
    if np.lemma in _COMMENTATORS or np.low in _COMMENTATORS:
        return None  # "experts warned", "observers invited": who comments, not who acts
    return _unnamed_refs(np)


# people who comment on the news rather than act in it ('analysts said', 'experts warned')
_COMMENTATORS = frozenset({"analyst", "expert", "observer", "pundit", "witness", "scholar",
                           "researcher", "academic", "professor", "critic", "commentator",
                           "lecturer", "columnist"})


# nouns of our sector lists that are things or a status, not a party of an event by
# themselves ('lifted the state of emergency', 'fired missiles', 'drones struck', 'the full
# force of'): left to the rules for weapons and their owners
_NOT_A_PARTY = frozenset({"state", "office", "palace", "units", "unit",
                          "missile", "missiles", "drone", "drones", "jet", "jets", "rocket",
                          "rockets", "aircraft", "artillery", "tanks", "warships", "warship",
                          "helicopter", "helicopters", "gunships", "gunship", "bomber",
                          "bombers", "submarine", "submarines", "destroyer", "destroyers",
                          "frigate", "frigates", "airstrike", "airstrikes", "warplane",
                          "warplanes", "speedboats", "gunboats", "howitzers", "force",
                          "fighter jet", "fighter jets", "air strike", "air strikes",
                          "drone strike", "drone strikes", "missile strike",
                          "missile strikes"})


def unnamed_party(tok: Token, ctx: ActorContext) -> ActorRef | None:
    """The other side of an event named by a common noun ('criticized the president', 'fined
    the club', 'apologized to passengers'), when no rule found a recipient: as for
    unnamed_actor, but never a thing our sector lists hold (weapons, 'the state of
    emergency') nor a noun with a modifier that names someone ('the Taliban-appointed
    envoy')."""
    if "unnamed_actor" in ctx.disabled or tok.pos_ != "NOUN":
        return None
    kin = tok.lower_ in _KIN_GROUPS and "kin_of_person" not in ctx.disabled
    if any((m := ctx.by_token.get(t.i)) is not None and m.label in ("ORG", "NORP", "PERSON")
           and not (kin and m.label == "PERSON" and _owner_of(t, tok))
           for t in tok.subtree if t.i != tok.i):
        # (rule kin_of_person: "met with Horton's family", "apologized to the victim's
        # relatives": a named person's family is a party of its own)
        return None
    refs = _unnamed_refs(NounPhrase(tok, ctx, 0), story=False,
                         organ_country="unnamed_recipient_country" not in ctx.disabled)
    return refs[0] if refs else None


# a person's kin, a party of its own even when named through the person ('Horton's family')
_KIN_GROUPS = frozenset({"family", "families", "relatives", "parents", "children", "kin"})


def _owner_of(t: Token, noun: Token) -> bool:
    """Token t is (inside) the possessive owner of `noun` ('Horton' of "Horton's family")."""
    while t.head.i != t.i and t.i != noun.i:
        if t.dep_ == "poss" and t.head.i == noun.i:
            return True
        t = t.head
    return False


# nouns for many states ('other countries should do more') and modifiers that say a body
# is not the story country's own ('foreign ministers', 'other governments'): no story country
_MANY_STATES = frozenset({"countries", "states", "nations", "governments", "capitals"})
_NOT_OWN = frozenset({"other", "foreign", "neighbouring", "neighboring", "international",
                      "regional", "western", "eastern", "arab", "african", "european",
                      "allied", "rival", "visiting"})


def _a_place_mention(tok: Token, ctx: ActorContext) -> bool:
    m = ctx.by_token.get(tok.i)
    return m is not None and m.label in ("GPE", "LOC")


def _place_modifier_country(np: NounPhrase) -> str | None:
    """'a LeFlore County jury', 'the Lagos state government': a place named before the noun
    (as a compound) is where the body sits: that place's country."""
    compounds = [c for c in np.tok.children if c.dep_ == "compound"]
    if "place_of_police" not in np.ctx.disabled:
        # "Bloomington Police officers": the place modifies the modifier
        compounds += [g for c in compounds for g in c.children if g.dep_ == "compound"]
    for c in compounds:
        m = np.ctx.by_token.get(c.i)
        if c.dep_ == "compound" and c.i < np.tok.i and m is not None and \
                m.label in ("GPE", "LOC") and c.idx >= np.ctx.dateline_end:
            code = country_of_place(c, np.ctx) or subdivision_country(m.canonical)
            if code:
                return code
    return None


def _named_otherwise(tok: Token) -> bool:
    """'Defenders of the Wildlife', 'Friends of the Earth', 'forces loyal to the movement':
    a common noun that heads a name or is given an owner the chain could not resolve."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of" and tok.text[:1].isupper() and any(
                t.pos_ == "PROPN" for p in c.children for t in p.subtree):
            return True
        if c.dep_ == "amod" and c.lower_ in ("loyal", "allied", "linked", "affiliated"):
            return True
    return False


def _unnamed_refs(np: NounPhrase, story: bool = True, organ_country: bool = False
                  ) -> list[ActorRef] | None:
    """`story`: an actor (subject, agent, owner); `organ_country`: a state organ on the
    other side takes the story's country too (rule unnamed_recipient_country: 'overpowered
    two prison guards', 'asked the courts to ...' in a story about one country)."""
    tok = np.tok
    if _named_otherwise(tok):
        return None
    if np.low == "opposition" and any(c.dep_ == "prep" and c.lower_ == "to"
                                      for c in tok.children):
        return None  # "the opposition to the dam grew": a stance, not a party
    if tok.pos_ != "NOUN" and not (tok.pos_ == "PROPN" and tok.is_sent_start and
                                   tok.text[1:].islower()) and not _first_word(tok, np.ctx):
        return None  # "Police arrested ...": the tagger may take a first word for a name
    if np.dets & _NOT_AN_ACTOR_MODS or np.ctx.by_token.get(tok.i) is not None:
        return None  # "no police", and any name the tagger found is the other rules' call
    found = _unnamed_noun_sector(np)
    if found is None and not story and tok.tag_ == "NNS" and people_noun(tok):
        # the other party may be any people ("praised volunteers"): civilians when unknown
        found = (np.low, "CIV", "group")
    if found is None or found[0] in _NOT_A_PARTY:
        return None
    name, sector, kind = found
    if story and sector == "JUD" and kind != "group" and (
            np.country_mod() or _place_country(tok, np.ctx) or
            fallback_country(tok, np.ctx)):
        # "a jury in Canada found him guilty": a court whose country is known is its
        # state's court (events.court_subject), not an unnamed body
        return None
    if np.low in crowd_nouns():
        kind = "group"  # "a crowd", "the mob"
    if " " not in name:
        # "the aviation regulator", "the health ministry": named with its noun compounds
        words: list[str] = []
        for c in reversed([c for c in tok.lefts if c.dep_ == "compound"]):
            if c.i != tok.i - len(words) - 1 or c.pos_ != "NOUN":
                break
            words.insert(0, c.lower_)
        name = " ".join([*words, name])
    if np.low in officer_nouns() and " " not in found[0]:
        # "officers shot a man" after "police said"; other officers are of no sector of ours
        sector = "COP" if _police_near(tok) else None
    country = np.country_mod() or _place_country(tok, np.ctx) or _place_modifier_country(np)
    inferred, rules = False, ["unnamed_actor"]
    if country is None and "nested_owner_country" not in np.ctx.disabled:
        country = _nested_owner_country(tok, np.ctx)
        if country is not None:
            rules.append("nested_owner_country")
    if story and country is None and sector == "GOV" and \
            "seat_reported_office" not in np.ctx.disabled:
        country = _reporting_seat(tok)
        if country is not None:
            rules.append("seat_reported_office")
    borrowed = story and country is None and np.ctx.story_country is not None and \
        "other_argument_country" not in np.ctx.disabled and \
        _other_argument_names(tok, np.ctx.story_country, np.ctx)
    if (story or (organ_country and sector in STATE_SECTORS)) and country is None and \
            sector in POLITICAL_SECTORS and np.ctx.story_country and not borrowed \
            and "unnamed_story_country" not in np.ctx.disabled and \
            np.low not in _MANY_STATES and not {
                c.lower_ for c in tok.children if c.dep_ == "amod"} & _NOT_OWN and not any(
                c.dep_ in ("amod", "compound") and c.text[:1].isupper() and len(c.text) > 1
                and not _a_place_mention(c, np.ctx)
                for c in tok.children if c.i < tok.i and c.idx >= np.ctx.dateline_end) \
            and not _serves_abroad(tok, np.ctx):
        # "ISLAMABAD - A court sentenced ...", "the finance minister" in a story about
        # India: a state organ or office serves the story's country (marked as inferred,
        # and dropped when it is the other party's: no_borrowed_country); not when a
        # capitalised modifier says whose it is ("Western diplomats", "Arab states")
        country, inferred = np.ctx.story_country, True
        rules.append("unnamed_story_country" if story else "unnamed_recipient_country")
    rtype = {"role": "PERSON", "org": "ORG"}.get(kind, "NORP")
    phrase = np.phrase
    if tok.left_edge.idx < np.ctx.dateline_end:  # "LAGOS, May 4 - A court": not the dateline
        phrase = clean_actor_text(tok.doc[next(
            t.i for t in tok.doc[tok.left_edge.i:tok.i + 1]
            if t.idx >= np.ctx.dateline_end and t.is_alpha):tok.i + 1].text)
    return [ActorRef(name=name, country=country, sector=sector, type=rtype,
                     description=phrase if phrase.lower() != name else None,
                     span=_span(tok), country_inferred=inferred, rules=rules)]


_GROUP_HEADS = frozenset({"group", "organisation", "organization", "movement", "coalition"})


def _serves_abroad(tok: Token, ctx: ActorContext) -> bool:
    """Rule `diplomat_no_story_country` (evprec28): 'according to a diplomat who attended the
    talks', 'an envoy said': a diplomat with no country of his own in the text serves a
    state abroad, most often not the one the story is about, so he takes no story country
    (argument_words foreign_service_nouns); unknown beats the host's. 'The foreign minister'
    and 'the ministry' still serve the story's country."""
    return "diplomat_no_story_country" not in ctx.disabled and (
        tok.lemma_.lower() in argument_words()["foreign_service_nouns"] or
        tok.lower_ in argument_words()["foreign_service_nouns"])


def _nested_owner_country(tok: Token, ctx: ActorContext) -> str | None:
    """Rule `nested_owner_country` (evact17): "Kenya's doctors' union", "Chile's teachers'
    union": the country owning the people who own the body (one level down)."""
    gaz = build_gazetteer()
    for owner in tok.children:
        if owner.dep_ != "poss" or owner.pos_ != "NOUN":
            continue
        for top in owner.children:
            if top.dep_ != "poss" or top.pos_ != "PROPN":
                continue
            mention = ctx.by_token.get(top.i)
            text = mention.canonical if mention is not None else top.text
            code = ctx.namesakes.get(text) or gaz.country_of(text)
            if code is not None:
                return code
    return None


def _group_sector(tok: Token) -> str | None:
    """'opposition groups', 'human rights groups', 'student organisations': the civil sector
    a modifier gives a plural group noun (None when no modifier names one)."""
    gaz = build_gazetteer()
    for c in tok.children:
        if c.dep_ not in ("compound", "amod") or c.i > tok.i:
            continue
        words = [c.lower_, c.lemma_.lower(), f"{c.lower_}s"]
        sector = next((gaz.institution_nouns[w] for w in words if w in gaz.institution_nouns),
                      None)
        if sector is None and c.lower_ == "rights":
            sector = "CIV"  # "rights groups", "human rights organisations"
        if sector in gaz.civil_sectors:
            return sector
    return None


def people_noun(tok: Token) -> bool:
    """A noun for people: 'hacker', 'nationals', or a capitalised plural group ('Kurds')."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if low in person_nouns() or lemma in person_nouns():
        return True
    if lemma in build_gazetteer().role_nouns:
        return True
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.text.endswith("s") and \
        tok.tag_ in ("NNPS", "NNS", "NNP") and len(tok.text) > 3


_PAIR_NOUNS = frozenset({"side", "party", "country", "nation", "government", "neighbour",
                         "neighbor", "capital"})


def _sentence_of(tok: Token) -> tuple[tuple[Span, ...], int]:
    """The doc's sentences and the position of `tok`'s among them (from the doc's index:
    listing the sentences per pronoun made long articles quadratic)."""
    index = doc_index(tok.doc)
    return index.sents, index.sent_number(tok.i)


def _names_a_pair(tok: Token) -> bool:
    """'the two sides', 'both countries', 'the two governments' (plural, counted as two)."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return False
    return any((c.dep_ == "nummod" and c.lower_ in ("two", "2")) or
               (c.dep_ in ("det", "predet") and c.lower_ == "both") for c in tok.children)


def _last_two_parties(tok: Token, ctx: ActorContext, states_only: bool) -> list[ActorRef]:
    """The two parties 'the two sides' refers to: the last two different actors named
    before it, in its sentence and the two before (none if fewer than two)."""
    sents, idx = _sentence_of(tok)
    start = sents[max(0, idx - 2)].start_char
    found: list[ActorRef] = []
    own = _own_subject(tok) if "pair_not_own_subject" not in ctx.disabled else set()
    for m in reversed(mentions_between(ctx, start, tok.idx)):
        span = ctx.doc.char_span(m.span[0], m.span[1], alignment_mode="expand")
        if span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in (
                "in", "at", "near", "to", "from", "into", "inside", "across", "around"):
            continue  # "met in Washington": where they met, not a side
        if span is not None and span.root.i in own:
            continue  # "Argentina and Bolivia urged the two governments": not themselves
        ref = mention_actor(m, ctx, None)
        if ref is not None and span is not None and \
                "pair_modifier_of_nonparty" not in ctx.disabled and \
                _modifies_nonparty(span.root, ctx):
            # "to sell the club to a US investment group": the group is the side, of the
            # modifier's country, not that state itself
            ref = ActorRef(name=_np_text(span.root.head, ctx.dateline_end),
                           country=ref.country, type="ORG", span=ref.span,
                           rules=["pair_modifier_of_nonparty"])
        if ref is not None and states_only and ref.type != "GPE" and \
                "organ_stands_for_state" not in ctx.disabled:
            ref = organ_as_state(ref, ctx)
        if ref is None or (states_only and ref.type != "GPE"):
            continue
        key = ref.country if ref.type == "GPE" else ref.name
        if ref.type == "GPE" and ref.country is None:
            continue
        if all((f.country if f.type == "GPE" else f.name) != key for f in found):
            found.append(ref)
        if len(found) == 2:
            return [dataclasses.replace(f, span=_span(tok),
                                        description=_np_text(tok, ctx.dateline_end))
                    for f in reversed(found)]
    return []


def _modifies_nonparty(root: Token, ctx: ActorContext) -> bool:
    """Rule `pair_modifier_of_nonparty` (evprec28): a name that only modifies a noun ('a US
    investment group', 'a Dutch shipping firm') is no side of 'the two sides' when that noun's
    own phrase names no actor we know: the side is the group or the firm (of the name's
    country, no sector), not the state ('US and Chinese officials ... the two sides' keeps
    both states: the officials resolve). A noun that is the title of a named person ('Westfield
    striker Sam Bello') is no group: the name before it stays the side (the club)."""
    head = root.head
    if root.dep_ not in ("amod", "compound", "nmod") or head.i == root.i or \
            head.pos_ != "NOUN":
        return False
    if head.dep_ == "compound" and head.head.ent_type_ == "PERSON":
        return False
    return not resolve_np(head, ctx)


def organ_as_state(ref: ActorRef, ctx: ActorContext) -> ActorRef | None:
    """Rule `organ_stands_for_state` (evseedargs23, issue 11): "The Afghan Foreign Ministry
    raised the findings with Tehran ... the two countries would hold a meeting": a state's
    own organ (a ministry, an army: a state sector and a country) named before 'the two
    countries' stands for its state; anything else is no country (None)."""
    if ref.country is None or ref.sector not in STATE_SECTORS or ref.type == "PERSON":
        return None
    state = state_ref(ref.country, "GOV", None, ctx, None)
    return dataclasses.replace(state, span=ref.span, mention_id=ref.mention_id,
                               rules=[*ref.rules, "organ_stands_for_state"])


def _own_subject(tok: Token) -> set[int]:
    """Rule `pair_not_own_subject` (evreal13, session 17): the tokens of the subject of the
    verb 'the two governments' is an object or prepositional object of ('Argentina and Bolivia
    urged the two governments to calm tensions', 'Qatar and Kuwait offered talks between the
    two sides'): the two sides acted on are not the ones acting (empty for a subject)."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    if tok.dep_ in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return set()
    return {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and tok not in
            c.subtree for t in c.subtree}


def _person_by_surname(tok: Token, ctx: ActorContext) -> ActorRef | None:
    """A surname the tagger missed ('King and Weeks were abducted') that is the last name of
    exactly one person the article names in full elsewhere."""
    if not tok.text[:1].isupper() or len(tok.text) < 3:
        return None
    if ctx.persons_by_surname is None:  # built once: a scan per token was quadratic
        ctx.persons_by_surname = {}
        for _i, m in ctx.persons:
            if " " in m.canonical:
                ctx.persons_by_surname.setdefault(m.canonical.split()[-1], {})[m.canonical] = m
    found = ctx.persons_by_surname.get(tok.text, {})
    if len(found) != 1:
        return None
    m = next(iter(found.values()))
    ref = mention_actor(m, ctx, None)
    if ref is None:
        return None
    return dataclasses.replace(ref, span=_span(tok))


def _prep_countries(tok: Token, ctx: ActorContext) -> list[str]:
    """The countries an 'from/of/in X' phrase of a state noun names, with conjuncts."""
    gaz = build_gazetteer()
    codes: list[str] = []
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "of", "in"):
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            for t in [pobj, *[c for c in pobj.subtree if c.dep_ == "conj"]]:
                m = ctx.by_token.get(t.i)
                info = gaz.lookup(m.canonical) if m is not None else gaz.lookup(t.text)
                code = info.country if info is not None and info.kind in (
                    "state", "capital") else None
                if code and code not in codes:
                    codes.append(code)
    return codes


def _recent_igo(tok: Token, ctx: ActorContext) -> ActorInfo | None:
    """The international organisation named last before `tok`, in its sentence or the two
    before: 'the Arab League ... called for an emergency meeting of the body'."""
    gaz = build_gazetteer()
    sents, idx = _sentence_of(tok)
    start = sents[max(0, idx - 2)].start_char
    best: tuple[int, ActorInfo] | None = None
    for m in ctx.mentions:
        if not start <= m.span[0] < tok.idx:
            continue
        info = gaz.lookup(m.canonical) or gaz.lookup(m.text)
        if info is not None and info.kind == "igo" and (best is None or m.span[0] > best[0]):
            best = (m.span[0], info)
    return best[1] if best else None


def _clause_setting(verb: Token, ctx: ActorContext) -> str | None:
    """The country of the first place a clause sets itself in ('... roads with tractors
    across France'), wherever the parser hung the 'in'/'across' phrase in the clause."""
    gaz = build_gazetteer()
    for prep in verb.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "across", "throughout", "inside"):
            continue
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            m = ctx.by_token.get(pobj.i)
            if m is None or m.label not in ("GPE", "LOC"):
                continue
            code = gaz.country_of(m.canonical) or country_of_place(pobj, ctx)
            if code:
                return code
    return None


def _place_country(tok: Token, ctx: ActorContext) -> str | None:
    """'protesters in Bolivia', 'teachers in a provincial town': the country of an
    'in'/'from' phrase of the noun (a town's by the geocoder)."""
    gaz = build_gazetteer()
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "from", "across", "inside"):
            for t in prep.subtree:
                m = ctx.by_token.get(t.i)
                code = gaz.country_of(m.canonical if m is not None else t.text)
                if code is None and m is not None and m.label in ("GPE", "LOC"):
                    code = m.country
                if code is None and t.dep_ == "pobj" and t.head.i == prep.i and \
                        "town_country" not in ctx.disabled:
                    code = country_of_place(t, ctx)
                if code:
                    return code
    return None


BARE_STATE_NOUNS = frozenset({"government", "authorities", "army", "police", "military", "regime",
                         "administration", "forces", "troops", "soldiers", "officials",
                         "prosecutors", "ministry", "cabinet", "parliament", "lawmakers",
                         "judiciary", "legislators", "policemen", "cops", "court", "senate",
                         "country", "nation", "junta"})
_NEEDS_THE = frozenset({"government", "regime", "junta", "administration", "army", "military",
                        "ministry", "cabinet", "parliament", "judiciary", "court", "senate",
                        "country", "nation"})


def _bare_state_noun(tok: Token, dets: set[str]) -> bool:
    """'the government', 'police', 'security forces', 'officials': a state organ the sentence
    or the story names the country of (singular organs need 'the')."""
    low = tok.lower_
    if low not in BARE_STATE_NOUNS:
        return False
    if low in _NEEDS_THE:
        return bool(dets & {"the", "its", "this"})  # "this administration"
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound")]
    # "security forces", "riot police", "senior officials"; not "market forces"
    return all(m.lower_ in _STATE_MODIFIERS for m in mods)


_STATE_MODIFIERS = frozenset({"security", "riot", "government", "state", "federal", "local",
                              "senior", "top", "military", "special", "armed", "police",
                              "border", "national", "regime", "defense", "defence",
                              "intelligence", "naval", "air", "ground", "elite", "provincial",
                              "regional", "foreign", "other", "many", "several", "some",
                              "western", "u.s.-led", "coalition", "traffic", "paramilitary",
                              "municipal", "city"})


def _mention_root(tok: Token, mention: Mention, ctx: ActorContext) -> Token:
    """The top token of the mention in the parse (modifiers attach to it)."""
    node = tok
    while node.head.i != node.i and ctx.by_token.get(node.head.i) is mention:
        node = node.head
    return node


def _preceding_country(tok: Token, ctx: ActorContext, exclude: str | None = None
                       ) -> str | None:
    """'According to the Jordanian government, the country had admitted ...': the country
    named last before 'the country' in its sentence (by name or demonym), other than
    `exclude`."""
    gaz = build_gazetteer()
    for t in reversed(list(tok.doc[tok.sent.start:tok.i])):
        m = ctx.by_token.get(t.i)
        if m is not None and m.label in ("GPE", "NORP"):
            info = gaz.lookup(m.canonical)
            code = info.country if info is not None and info.kind == "state" and \
                info.country else gaz.country_of(t.text)
            if code and code != exclude:
                return code
    return None


def preceding_other_country(tok: Token, ctx: ActorContext, exclude: str) -> str | None:
    """Rule `country_not_the_doer` (session 24): 'the French invasion of the country', 'a
    Kenyan raid into the country': a bare 'the country' that came out as the doer's own is
    the country named last before it in its sentence other than the doer's."""
    if tok.lower_ not in ("country", "nation"):
        return None
    return _preceding_country(tok, ctx, exclude)


def unambiguous_place(loc: Location) -> bool:
    """A geocoded place whose name can stand for one country only: a province, a capital,
    or a town every namesake of which (GeoNames towns of 15,000+ people) is in its country."""
    if loc.country is None:
        return False
    if loc.kind == "province" or loc.feature_code == "PPLC":
        return True
    if loc.kind != "city":
        return False
    from newsweave.extract.geo import fold, geo_index

    namesakes = geo_index().cities.get(fold(loc.name))
    return bool(namesakes) and all(c.country == loc.country for c in namesakes)


_SPEECH_VENUE_PREPS = frozenset({"in", "at"})


def _speech_venue_place(place: Token, ctx: ActorContext) -> bool:
    """Rule `speech_venue_place` (evargs25): 'told reporters in Nairobi that the army had
    shelled villages', 'speaking in Nairobi, ... accused the army', 'a news conference in
    Nairobi': a place named as where someone spoke is not whose 'the army' or 'the
    government' the sentence means (an organ borrows no country from a speech's venue)."""
    if "speech_venue_place" in ctx.disabled:
        return False
    node = place
    while node.dep_ in ("compound", "amod") and node.head.i != node.i:
        node = node.head  # 'Nairobi' of 'the Nairobi hotel'
    if node.dep_ != "pobj" or node.head.lower_ not in _SPEECH_VENUE_PREPS:
        return False
    head = node.head.head
    from newsweave.extract.event_lexicon import classes_of, reporting_verbs
    from newsweave.extract.false_senses import false_sense_words

    if head.pos_ in ("VERB", "AUX"):
        return head.lemma_.lower() in reporting_verbs() or head.lemma_.lower() == "speak"
    return head.pos_ == "NOUN" and (head.lower_ in false_sense_words().press_nouns or
                                    "speech_setting" in classes_of([head]))


def _meeting_venue_place(place: Token, ctx: ActorContext) -> bool:
    """Rule `meeting_venue_place` (evargs26, issue 11): 'government negotiators and
    opposition delegates held talks in Barbados', 'the two sides met in Geneva': a place
    named as where a meeting is held (the in/at phrase of a meeting noun or verb,
    argument_words venue_meeting_words) is often a third country's, not whose 'the
    government' or 'the opposition' the sentence means (an organ borrows no country from a
    meeting's venue)."""
    if "meeting_venue_place" in ctx.disabled:
        return False
    node = place
    while node.dep_ in ("compound", "amod") and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ not in ("in", "at"):
        return False
    head = node.head.head
    from newsweave.extract.lexicon import argument_words

    return head.pos_ in ("NOUN", "VERB") and \
        head.lemma_.lower() in argument_words()["venue_meeting_words"]


def fallback_country(tok: Token, ctx: ActorContext, exclude: str | None = None
                     ) -> str | None:
    """For a bare 'the government': the one country the sentence names, else the story's.
    `exclude` is a country that cannot be meant (the other party of the event)."""
    gaz = build_gazetteer()
    found: set[str] = set()
    for t in tok.sent:
        m = ctx.by_token.get(t.i)
        if m is not None and m.label == "GPE" and (_speech_venue_place(t, ctx) or
                                                   _meeting_venue_place(t, ctx)):
            continue
        if m is not None and m.label == "GPE":
            info = gaz.lookup(m.canonical)
            if m.canonical in ctx.namesakes:  # "Georgia" the US state
                found.add(ctx.namesakes[m.canonical])
            elif info is not None and info.kind in ("state", "capital") and info.country:
                found.add(info.country)
        if m is not None and "region_country" not in ctx.disabled and \
                gaz.lookup(m.canonical) is None and t.i == _span_root(t, m, ctx).i:
            # "police arrested protesters in Tigray", "the government in Catalonia": a
            # region of one country (tagged as a place, or listed in regions.json whatever
            # the tagger called it) names that country
            code = region_aliases_folded().get(fold_name(m.canonical))
            if code is None and m.label in ("GPE", "LOC"):
                code = subdivision_country(m.canonical)
            if code:
                found.add(code)
    found.discard(exclude or "")
    if len(found) == 1:
        return found.pop()
    if "qualified_organ" not in ctx.disabled and tok.lower_ in BARE_STATE_NOUNS:
        code = _earlier_qualified_organ(tok, ctx)
        if code and code != exclude:
            return code
    story = ctx.top_country or ctx.place_country
    if story == exclude:
        return None
    return story


def _organ_countries(tok: Token, ctx: ActorContext) -> set[str]:
    """The countries a state noun's own modifiers name: 'the Sudanese army', 'Kenya's police',
    'Kyrgyz and Tajik troops' (two), 'the army of Chad'."""
    gaz = build_gazetteer()
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        mods += [c for c in prep.children if c.dep_ == "pobj"]
    mods += [c for m in list(mods) for c in m.children if c.dep_ == "conj"]
    codes: set[str] = set()
    for m in mods:
        mention = ctx.by_token.get(m.i)
        code = gaz.country_of(m.text)
        if code is None and mention is not None and mention.label in ("GPE", "NORP"):
            info = gaz.lookup(mention.canonical)
            if info is not None and info.kind == "state" and info.country:
                code = info.country
        if code:
            codes.add(code)
    return codes


def _earlier_qualified_organ(tok: Token, ctx: ActorContext) -> str | None:
    """Rule `qualified_organ` (evreal12): 'the Sudanese army and the RSF agreed ... The army
    blamed the RSF': a bare 'the army' ('the police', 'the government') is the organ of the
    country its last earlier mention named ('the Sudanese army'), before the story's most
    named country (a mediator's, the United States', may be named more). Unknown stays
    unknown (the story's) when that mention named two countries ('Kyrgyz and Tajik troops')."""
    for t in reversed(list(tok.doc[:tok.sent.start])):
        if t.lemma_.lower() != tok.lemma_.lower() or t.pos_ != "NOUN":
            continue
        codes = _organ_countries(t, ctx)
        if len(codes) == 1:
            return codes.pop()
        if codes:
            return None
    return None


def _sector_for_noun(tok: Token, default: str) -> str:
    gaz = build_gazetteer()
    for child in tok.children:  # "security forces" keep MIL; "Foreign Ministry" GOV
        if child.dep_ == "compound" and child.lower_ in gaz.institution_nouns and \
                gaz.institution_nouns[child.lower_] == "COP":
            return "COP"
    return default


def pronoun_owned_group(ref: ActorRef, pron: Token, noun: Token, ctx: ActorContext) -> bool:
    """Rule `pronoun_owned_group` (evseedargs23, issue 11): "Islamic State claimed that its
    fighters had killed nine soldiers", "the movement denied that its envoys had asked for
    arms": the fighters, men, envoys or negotiators of an armed group that a possessive
    pronoun stands for are that group's (before, only an owner with a country counted, as
    that country's fighters or its state's envoys, or they fell to no one)."""
    if "pronoun_owned_group" in ctx.disabled or pron.dep_ != "poss" or \
            ref.sector not in ("REB", "INS", "PRM") or ref.type != "ORG":
        return False
    words = build_gazetteer().rebel_nouns | _AGENTS_OF | argument_words()["group_unit_nouns"]
    return noun.lower_ in words or noun.lemma_.lower() in words


def _armed_group_name(tok: Token, ctx: ActorContext) -> bool:
    """The token names an armed group of the gazetteer ('RSF', 'Hamas', 'al-Shabaab')."""
    mention = ctx.by_token.get(tok.i)
    gaz = build_gazetteer()
    info = gaz.lookup(mention.canonical if mention is not None else tok.text) or \
        gaz.lookup(tok.text)
    return info is not None and info.kind == "group" and info.sector in ("REB", "PRM", "INS")


def _modifier_actors(tok: Token, ctx: ActorContext, depth: int = 0
                     ) -> list[tuple[str, ActorInfo, Token]]:
    """Countries or groups among the modifiers of a noun ("Afghan and NATO forces")."""
    gaz = build_gazetteer()
    out: list[tuple[str, ActorInfo, Token]] = []
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    if "nested_demonym" not in ctx.disabled:
        # rule `nested_demonym` (evreal12): "Kyrgyz border guards", "Chinese coast guard
        # ships": a demonym the parser hung on a noun compound modifies the whole phrase
        for m in list(mods):
            if m.dep_ == "compound" and m.pos_ == "NOUN" and m.i < tok.i:
                mods.extend(c for c in m.children if c.dep_ in ("amod", "compound") and
                            c.i < m.i and c.pos_ in ("PROPN", "ADJ") and
                            gaz.country_of(c.text) is not None)
    if "nested_group_modifier" not in ctx.disabled and not any(
            g.dep_ in ("cc", "conj") for x in mods for g in x.children):
        # rule `nested_group_modifier` (evargs25): "an RSF supply line", "Hamas weapons
        # depots": an armed group's name the parser hung on a noun compound owns the whole
        # phrase, as a demonym does (nested_demonym); not among coordinated owners
        # ('government and Taliban security checkpoints': each owner is read elsewhere)
        for m in list(mods):
            if m.dep_ == "compound" and m.pos_ == "NOUN" and m.i < tok.i:
                mods.extend(c for c in m.children if c.dep_ == "compound" and
                            c.i < m.i and c.pos_ == "PROPN" and _armed_group_name(c, ctx) and
                            c.i not in {x.i for x in mods})
    for m in list(mods):
        mods.extend(c for c in m.children if c.dep_ == "conj")
    if "combining_form" not in ctx.disabled:
        # rule `combining_form` (evargs15): "Sino-Indian troops", parsed with "Sino" hung on
        # the demonym: the short form before the hyphen is a party of its own
        for m in list(mods):
            mods.extend(c for c in m.children if c.i == m.i - 2 and _combining_form(c))
    if "joint_hyphen_parties" not in ctx.disabled and _joint(tok):
        # rule `joint_hyphen_parties` (evargs16): "a joint Kenyan-Somali force", "a joint
        # US-Iraqi raid", parsed with the first country hung on the second: each country of
        # a joint unit is a party of its own (not "a Somali-American doctor": one person)
        for m in list(mods):
            mods.extend(c for c in m.children if _hyphened_country(c, m) and
                        c.i not in {x.i for x in mods})
    if "pro_anti_modifier" not in ctx.disabled:
        # "pro-Russian rebels", "anti-American protesters": whom they side with or against,
        # not whose they are (unknown beats wrong)
        mods = [m for m in mods if not _pro_or_anti(m)]
    for first, second, pair_code in (_compound_demonyms(mods)
                                     if "compound_demonym" not in ctx.disabled else []):
        # "Bosnian Serb leaders", "Turkish Cypriot police": one people of one state
        out.append(("country", ActorInfo(gaz.country_names.get(pair_code, pair_code),
                                         pair_code, "GOV", "GPE", "state"), second))
        mods = [m for m in mods if m.i not in (first.i, second.i)]
    if "led_by_country" not in ctx.disabled:
        for m in list(mods):
            # "Saudi-led coalition jets", "the U.S.-led coalition": the leader's country
            if m.dep_ == "compound":
                mods.extend(c for c in m.children if c.dep_ == "amod" and _led_by(c))
        for m in mods:
            code = _led_by(m)
            if code:
                out.append(("country", ActorInfo(gaz.country_names.get(code, code), code,
                                                 "GOV", "GPE", "state"), m))
        mods = [m for m in mods if not _led_by(m)]
    for m in mods:
        if m.dep_ == "compound" and m.pos_ == "PROPN" and ctx.by_token.get(m.i) is None and \
                m.left_edge.i < m.i:
            # "Border Patrol agents": a name of several words the tagger missed
            chain = gaz.lookup(tok.doc[m.left_edge.i:m.i + 1].text)
            if chain is not None and chain.kind in ("group", "igo", "agency", "party", "media"):
                out.append(("group", chain, m))
                continue
        if m.pos_ == "PRON":
            for ref in resolve_np(m, ctx, depth + 1):
                if pronoun_owned_group(ref, m, tok, ctx):
                    out.append(("group", ActorInfo(ref.name, ref.country, ref.sector, "ORG",
                                                   "group"), m))
                elif ref.country:
                    out.append(("country", ActorInfo(ref.name, ref.country, ref.sector,
                                                     "GPE", "state"), m))
            continue
        mention = ctx.by_token.get(m.i)
        if mention is not None and mention.label == "PERSON" and \
                gaz.lookup(mention.canonical) is None and \
                tok.lower_ in gaz.institution_nouns and \
                gaz.institution_nouns[tok.lower_] in STATE_SECTORS:
            person = mention_actor(mention, ctx, m)
            if person is not None and person.country:
                out.append(("country", ActorInfo(gaz.country_names.get(person.country,
                                                                       person.country),
                                                 person.country, "GOV", "GPE", "state"), m))
            continue
        text = mention.canonical if mention is not None else m.text
        info = gaz.lookup(text) or gaz.lookup(m.text)
        if info is not None and info.kind == "party" and mention is None and m.is_lower and \
                "lowercase_party_word" not in ctx.disabled:
            # rule lowercase_party_word (evact19): "Nigeria's main labour union", "green
            # groups": a party's name written in lower case is a common word, no party
            info = None
        if info is not None and info.kind == "party" and info.country and \
                (tok.lower_ in gaz.institution_nouns or tok.lemma_.lower() in gaz.role_nouns):
            # "Republican lawmakers", "BJP leaders": organs of the party's country
            out.append(("country", ActorInfo(gaz.country_names.get(info.country, info.country),
                                             info.country, "GOV", "GPE", "state"), m))
            continue
        if info is not None and info.kind == "party" and (
                tok.lower_ in gaz.party_units or tok.lemma_.lower() in gaz.party_units):
            out.append(("party_unit", info, m))  # "a Republican club" is not the party
            continue
        if info is not None and info.kind in ("group", "igo", "seat", "agency", "media",
                                              "party"):
            out.append(("group", info, m))
            continue
        code = ctx.namesakes.get(text if mention is not None else m.text) or \
            gaz.country_of(m.text) or (gaz.country_of(text) if mention is not None else None)
        if code is None and "combining_form" not in ctx.disabled:
            code = _combining_form(m)
        if code:
            out.append(("country", ActorInfo(gaz.country_names.get(code, code), code, "GOV",
                                             "GPE", "state"), m))
        elif m.dep_ in ("nmod", "compound") and m.lower_ in ("government", "army", "police") \
                and m.pos_ == "NOUN":
            # "the Venezuelan government and opposition negotiators": the organ's own
            # demonym before the sentence's other places
            code = next((c for c in (gaz.country_of(k.text) for k in m.children
                                     if k.dep_ in ("amod", "compound", "poss")) if c), None) \
                or fallback_country(m, ctx)
            if code:
                sec = gaz.institution_nouns[m.lower_]
                out.append(("country", ActorInfo(gaz.country_names.get(code, code), code, sec,
                                                 "GPE", "state"), m))
    return out


def _joint(tok: Token) -> bool:
    """A noun said to be done or manned together ("a joint patrol", "combined forces")."""
    return any(c.dep_ == "amod" and c.lower_ in argument_words()["joint_words"]
               for c in tok.children)


def _hyphened_country(first: Token, second: Token) -> bool:
    """`first` a country's name or demonym joined by a hyphen to `second`, itself one
    ("Kenyan-Somali", "US-Iraqi")."""
    doc = first.doc
    gaz = build_gazetteer()
    return first.i == second.i - 2 and doc[first.i + 1].text in ("-", "–") and \
        gaz.country_of(first.text) is not None and gaz.country_of(second.text) is not None


def _combining_form(mod: Token) -> str | None:
    """The country of a short form joined by a hyphen to a demonym or country name: "Franco"
    in "Franco-German", "Sino" in "Sino-Indian" (lexicons/actors.json combining_forms);
    None before anything else ("Indo-Pacific")."""
    gaz = build_gazetteer()
    code = gaz.combining_forms.get(mod.lower_)
    doc = mod.doc
    if code is None or mod.i + 2 >= len(doc) or doc[mod.i + 1].text not in ("-", "–"):
        return None
    return code if gaz.country_of(doc[mod.i + 2].text) is not None else None


def _pro_or_anti(mod: Token) -> bool:
    """A modifier written after 'pro-' or 'anti-' ("pro-Kremlin", "anti-American")."""
    doc = mod.doc
    if mod.i >= 2 and doc[mod.i - 1].text in ("-", "–") and \
            doc[mod.i - 2].lower_ in ("pro", "anti"):
        return True
    return mod.lower_.startswith(("pro-", "anti-"))


def _compound_demonyms(mods: list[Token]) -> list[tuple[Token, Token, str]]:
    """Two modifiers side by side that the gazetteer knows together as one demonym of one
    state ("Bosnian Serb" BIH, "Turkish Cypriot" CYP, "Kosovo Albanian" XKX): each word
    alone would name another country, or a second one."""
    gaz = build_gazetteer()
    by_i = {m.i: m for m in mods}
    out: list[tuple[Token, Token, str]] = []
    for m in mods:
        nxt = by_i.get(m.i + 1)
        if nxt is None:
            continue
        code = gaz.demonyms.get(f"{m.lower_} {nxt.lower_}")
        if code is not None and " " not in m.text:
            out.append((m, nxt, code))
    return out


def _led_by(mod: Token) -> str | None:
    """The country a '-led' modifier names: "U.S.-led" (one token), "Saudi-led" ("Saudi" "-"
    "led")."""
    gaz = build_gazetteer()
    low = mod.lower_
    if low.endswith("-led") and len(low) > 4:
        return gaz.country_of(mod.text[:-4])
    if low == "led" and mod.dep_ == "amod":
        for c in mod.children:
            if c.dep_ in ("npadvmod", "compound", "nmod", "amod") and c.i < mod.i:
                return gaz.country_of(c.text)
    return None


_COUNTING_WORDS = frozenset({"some", "many", "several", "few", "more", "numerous", "hundreds",
                             "thousands", "dozens", "scores", "other", "fellow", "stranded",
                             "undocumented", "ordinary"})


def counted_people(tok: Token) -> bool:
    """'nearly 150 Indians', 'dozens of Afghans', 'some Syrians': people counted or
    quantified are a group of civilians, not the state ('the Russians' stays the state)."""
    if any(c.dep_ == "nummod" or (c.dep_ in ("det", "amod", "quantmod") and
                                  c.lower_ in _COUNTING_WORDS) for c in tok.children):
        return True
    prep = tok.head if tok.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "of" and prep.head.i != prep.i and (
        prep.head.lower_ in _QUANTITY or prep.head.lemma_.lower() in _QUANTITY or
        prep.head.pos_ == "NUM")


def civilian_group(surface: str, code: str, tok: Token, mention_id: str | None) -> ActorRef:
    """A demonym group ('150 Indians') as an actor: that country's civilians."""
    count = " ".join(t.text for t in tok.lefts if t.dep_ in ("nummod", "amod", "det", "quantmod")
                     and t.lower_ not in ("the", "a", "an"))
    return ActorRef(name=surface, country=code, sector="CIV", type="NORP",
                    description=f"{count} {surface}".strip() if count else None,
                    span=_span(tok), mention_id=mention_id)


def _np_text(tok: Token, dateline_end: int = 0) -> str:
    """The noun phrase up to `tok`, never reaching back into the dateline: the parser may
    hang "LONDON -" on "Britain's" in "LONDON - Britain's Brexit secretary resigned"."""
    left = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "poss", "nmod", "cc",
                                                 "conj", "det", "nummod", "case")]
    start = min([tok.i, *[t.left_edge.i for t in left]])
    while start < tok.i and tok.doc[start].idx < dateline_end:
        start += 1
    toks = tok.doc[start:tok.i + 1]
    return clean_actor_text(toks.text)


def _span(tok: Token) -> tuple[int, int]:
    return (tok.idx, tok.idx + len(tok.text))


def _mention_id(tok: Token | None, ctx: ActorContext) -> str | None:
    if tok is None:
        return None
    m = ctx.by_token.get(tok.i)
    return m.mention_id if m is not None else None


def state_ref(code: str | None, sector: str, tok: Token | None, ctx: ActorContext,
              surface: str | None = None) -> ActorRef:
    gaz = build_gazetteer()
    name = gaz.state_name(code) or (code or "unknown")
    return ActorRef(name=name, country=code, sector=sector, type="GPE",
                    description=surface if surface and surface != name else None,
                    span=_span(tok) if tok is not None else None,
                    mention_id=_mention_id(tok, ctx))


def _info_ref(info: ActorInfo, ctx: ActorContext, tok: Token | None,
              surface: str | None) -> ActorRef:
    if info.kind in ("state", "capital", "seat"):
        return state_ref(info.country, info.sector or "GOV", tok, ctx, surface)
    return ActorRef(name=info.name, country=info.country, sector=info.sector, type=info.type,
                    description=surface if surface and surface != info.name else None,
                    span=_span(tok) if tok is not None else None,
                    mention_id=_mention_id(tok, ctx))


def mention_actor(m: Mention, ctx: ActorContext | None = None, tok: Token | None = None
                  ) -> ActorRef | None:
    """The actor a named mention stands for when it acts (None for plain places)."""
    gaz = build_gazetteer()
    span = (m.span[0], m.span[1])
    if m.label == "PERSON" and " " not in m.canonical:
        state = gaz.lookup(m.canonical)
        if state is not None and state.kind == "state":  # "Jordan" tagged as a person
            return ActorRef(name=state.name, country=state.country, sector="GOV", type="GPE",
                            span=span, mention_id=m.mention_id)
    if m.label == "PERSON":
        country, sector = m.country, m.sector
        head_rule: list[str] = []
        if country is None and sector is None:
            country, sector = describe_person(m.canonical, m.description)
        if ctx is not None and tok is not None and (country is None or sector is None):
            c2, s2 = _person_context(tok, ctx)
            country = country or c2
            sector = sector or s2
        if ctx is not None and country is None:
            # only a stated country travels: a bare title ("President X") would otherwise
            # get the story's country, which is often the other party's
            c3, s3, _d = ctx.person_roles.get(m.canonical, (None, None, None))
            if c3 is not None and (sector is None or s3 in (None, sector)):
                country, sector = c3, sector or s3
            elif c3 is None and sector is None and s3 in _LOCAL_OFFICE_SECTORS and \
                    "introduced_role" not in ctx.disabled:
                # "Prosecutor Anthony Evans" introduced once, "Evans contended" later: a court
                # or police office stated where the article introduced the name travels with
                # it (its country only as the story's, inferred below; a political office
                # does not travel: a senator in a story about another country is anyone's)
                sector = s3
            elif c3 is None and sector is None and s3 == "GOV" and \
                    "introduced_head_office" not in ctx.disabled and \
                    _introduced_head_office(m, ctx):
                # rule `introduced_head_office` (evact17): "President William Kamau"
                # introduced once, "Kamau praised the commission" later: a head of state or
                # government keeps the office (the story's country is inferred below)
                sector, head_rule = s3, ["introduced_head_office"]
        if ctx is not None and country is None:
            # a leader named without a country gets it from the dated roles table, for the
            # article's date (newsweave.extract.roles)
            title = m.description or (_bare_title(m, tok, ctx)
                                      if "titled_surname" not in ctx.disabled else None)
            c4, s4 = person_country(m.canonical, ctx.article_date, title)
            if c4 is not None or s4 == "IGO":
                country, sector = c4, s4 if s4 == "IGO" else (sector or s4)
        inferred = False
        if country is None and sector in POLITICAL_SECTORS and ctx is not None and \
                ctx.story_country:
            # "Senator Maria Lopez" in a story about the US: a politician with no stated
            # country serves the story's country (marked as inferred)
            country, inferred = ctx.story_country, True
        rules: list[str] = list(head_rule)
        if country is None and sector in POLITICAL_SECTORS and ctx is not None and \
                tok is not None:
            # "Senator X" where no story country was found: the one the article's places
            # and mentions agree on, when the sentence names no other
            country = lent_country(tok, ctx)
            if country is not None:
                inferred, rules = True, [*rules, "dominant_country"]
        return ActorRef(name=m.canonical, country=country, sector=sector, type="PERSON",
                        description=m.description, span=span, mention_id=m.mention_id,
                        country_inferred=inferred, rules=rules)
    info = gaz.lookup(m.canonical) or gaz.lookup(m.text)
    if info is not None and ctx is not None and m.canonical in ctx.namesakes:
        # "Georgia" the US state: a place of that country, acting as its state government
        ref = state_ref(ctx.namesakes[m.canonical], "GOV", None, ctx, m.canonical)
        return dataclasses.replace(ref, span=span, mention_id=m.mention_id,
                                   rules=["namesake_state"])
    if info is not None and ctx is not None and "foreign_party_alias" not in ctx.disabled and \
            foreign_party_alias(m, info, ctx):
        # rule foreign_party_alias (evprec28): 'Conservatives in the House' in a story about
        # the US is no British party: a one-word plural alias of a party of a country the
        # article never names gives no party (unknown beats wrong)
        return ActorRef(name=m.canonical, type="ORG", span=span, mention_id=m.mention_id,
                        rules=["foreign_party_alias"])
    if info is not None:
        if info.kind in ("state", "capital", "seat"):
            ref = ActorRef(name=gaz.state_name(info.country) or info.name, country=info.country,
                           sector=info.sector, type="GPE", span=span, mention_id=m.mention_id)
            if ref.name != m.canonical:
                ref.description = m.canonical
            return ref
        return ActorRef(name=info.name, country=info.country, sector=info.sector,
                        type=info.type, span=span, mention_id=m.mention_id,
                        description=m.canonical if m.canonical != info.name else None)
    if m.label in ("ORG", "NORP"):
        country, sector = describe(m.canonical, None)
        low = m.canonical.lower()
        plural_of = gaz.demonym_plurals.get(low) if " " not in low else None
        if m.label == "ORG" and plural_of and m.canonical[:1].isupper() and \
                (ctx is None or "demonym_org_tag" not in ctx.disabled):
            # rule `demonym_org_tag` (evact17): "Slovaks" tagged as an organisation is the
            # people of that country, as the demonym's plural tagged right
            if tok is not None and counted_people(tok):
                people = civilian_group(m.canonical, plural_of, tok, m.mention_id)
                return dataclasses.replace(people, rules=[*people.rules, "demonym_org_tag"])
            return ActorRef(name=gaz.state_name(plural_of) or m.canonical, country=plural_of,
                            sector="GOV", type="GPE", span=span, mention_id=m.mention_id,
                            description=m.canonical, rules=["demonym_org_tag"])
        if m.label == "NORP":
            code = gaz.demonym_plurals.get(low)
            if code:
                if tok is not None and counted_people(tok):
                    return civilian_group(m.canonical, code, tok, m.mention_id)
                return ActorRef(name=gaz.state_name(code) or m.canonical, country=code,
                                sector="GOV", type="GPE", span=span, mention_id=m.mention_id,
                                description=m.canonical)
            return None  # "Afghan" alone is a modifier, not an actor
        if country is not None and sector in STATE_SECTORS:
            # "Russian Interior Ministry": an agency with its country and sector, under its
            # own name (not the bare country)
            return ActorRef(name=m.canonical, country=country, sector=sector, type="ORG",
                            span=span, mention_id=m.mention_id, rules=["agency"])
        if country is None and sector in STATE_SECTORS and ctx is not None and \
                ctx.story_country:
            # "the Justice Department" in a story about the US: keeps its own name, with
            # the story's country marked as inferred
            return ActorRef(name=m.canonical, country=ctx.story_country, sector=sector,
                            type="ORG", span=span, mention_id=m.mention_id,
                            country_inferred=True)
        rules = []
        if sector is None and (ctx is None or "org_name_sector" not in ctx.disabled):
            # "Gulf Airways", "the Transport Workers Union": a company or a body the tagger
            # found acts with the sector the last word of its name gives
            last = m.canonical.split()[-1].lower() if m.canonical.split() else ""
            ends = _unnamed_lexicon()["name_ends"]
            if ends.get(last) is not None and len(m.canonical.split()) > 1:
                sector, rules = ends[last], ["org_name_sector"]
        return ActorRef(name=m.canonical, country=country, sector=sector, type="ORG",
                        span=span, mention_id=m.mention_id, rules=rules)
    return None


def foreign_party_alias(m: Mention, info: ActorInfo, ctx: ActorContext) -> bool:
    """Rule `foreign_party_alias` (evprec28): a party named only by a one-word plural alias
    ('Conservatives', 'Liberals', 'Democrats'), whose country is not the story's and is never
    named in the article, is a word for people of that leaning here, not that foreign party
    ('Conservatives in the House were less pleased' in a story about the US). 'Tories' in a
    story about Britain, 'the Conservative Party' and 'Conservatives' in a story that names
    Britain keep the party."""
    if info.sector != "PTY" or info.country is None or ctx.story_country is None or \
            info.country == ctx.story_country or ctx.country_counts.get(info.country, 0):
        return False
    first = ctx.doc.char_span(m.span[0], m.span[1], alignment_mode="expand")
    if first is not None and first.start > 0 and not first[0].is_sent_start and \
            ctx.doc[first.start - 1].text[:1].isupper():
        return False  # "the Christian Democrats": a longer name (rule party_name_whole)
    words = m.text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return len(words) == 1 and words[0] != info.name and words[0].endswith("s") and \
        words[0][:1].isupper()


def _introduced_head_office(m: Mention, ctx: ActorContext) -> bool:
    """Whether the article introduces this person with a head of state's or government's
    title of no stated country ("President William Kamau", "Prime Minister Tomas Kral")."""
    heads = _HEAD_OFFICES | {"prime minister"}
    for _i, (title, other) in _person_titles(ctx):
        if other.canonical != m.canonical:
            continue
        words = title.split()
        if not (any(w in heads for w in words) or "prime minister" in title) or \
                any(w in ("former", "ex-", "late", "vice", "deputy") for w in words):
            return False
        # "President Mbeki met Sudan's president": the office the article gives the
        # story's country by itself is someone else's
        return not any(office in words and any(c == ctx.story_country for c, _s in found)
                       for office, found in _offices_with_country(ctx).items())
    return False


# words of a leader's title written before the name ("President", "Prime Minister",
# "Defence Secretary"): the title the dated roles table matches a surname against
_TITLE_WORDS = frozenset({"president", "prime", "minister", "premier", "chancellor", "king",
                          "queen", "emperor", "supreme", "leader", "foreign", "defence",
                          "defense", "secretary", "of", "state"})


def _bare_title(m: Mention, tok: Token | None, ctx: ActorContext) -> str | None:
    """The title words just before a person's name that the mention does not keep as a
    description ("President Chavez" -> "President"): with the article date they tell the
    roles table which office holder a surname is."""
    if tok is None:
        return None
    start = tok.i
    while start > 0 and ctx.by_token.get(start - 1) is m:
        start -= 1
    words: list[str] = []
    i = start - 1
    while i >= tok.sent.start and tok.doc[i].lower_ in _TITLE_WORDS:
        words.insert(0, tok.doc[i].text)
        i -= 1
    while words and words[0].lower() in ("of", "state"):
        words.pop(0)  # "the head of state Chavez": no title of ours
    return " ".join(words) or None


def _person_context(tok: Token, ctx: ActorContext) -> tuple[str | None, str | None]:
    """Country and sector from the words around a person's name in this sentence."""
    gaz = build_gazetteer()
    country: str | None = None
    sector: str | None = None
    mention = ctx.by_token.get(tok.i)
    head = tok
    while head.head.i != head.i and ctx.by_token.get(head.head.i) is mention and \
            head.head.i > head.i:
        head = head.head
    for child in head.children:
        if child.dep_ in ("compound", "amod", "poss", "appos") and \
                ctx.by_token.get(child.i) is not mention:
            if any(t.lower_ in ("born", "-born") or t.lower_.endswith("-born")
                   for t in child.subtree):
                continue  # "the Uzbek-born envoy": a birthplace, not whom he serves
            for t in child.subtree:
                if t.dep_ == "pobj" and t.head.lower_ in ("to", "for", "on"):
                    continue
                if child.dep_ == "appos" and "appos_clause" not in ctx.disabled and \
                        _in_clause_below(t, child):
                    continue  # "X, sister of the teen killed by police": not X's role
                c = gaz.country_of(t.text)
                if c is None and t.i + 1 < len(t.doc) and t.i + 1 <= child.right_edge.i:
                    # two-word demonyms and names: "Sri Lankan President X", "New Zealand"
                    c = gaz.country_of(f"{t.text} {t.doc[t.i + 1].text}")
                if c and country is None:
                    country = c
                info = gaz.lookup(t.text)
                if info is not None and info.kind == "group":
                    return info.country, info.sector
                low = t.lower_
                if t.i + 1 <= child.right_edge.i and sector is None and \
                        "title_bigram" not in ctx.disabled:
                    # "District Attorney Dave Rossi", "State Trooper Mary Minor": a title of
                    # two words whose last word alone says nothing ('attorney')
                    pair = f"{low} {t.doc[t.i + 1].lower_}"
                    if gaz.role_nouns.get(pair):
                        sector = gaz.role_nouns[pair]
                if low in gaz.role_nouns and gaz.role_nouns[low] and sector is None:
                    sector = gaz.role_nouns[low]
    return country, sector


def with_stated_role(ref: ActorRef | None, ctx: ActorContext) -> ActorRef | None:
    """A person as a quote or a reporting clause names them (a speaker, with no country or
    sector of its own) gets the office the article stated for that name where it introduced
    it ("Assistant District Attorney Anthony Evans" ... "Evans contended"): its country when
    stated, else for a court or police office the story's country, marked inferred."""
    if ref is None or ref.type != "PERSON" or ref.country is not None or \
            ref.sector is not None or "introduced_role" in ctx.disabled:
        return ref
    country, sector, _desc = ctx.person_roles.get(ref.name, (None, None, None))
    inferred = False
    if country is None and sector in _LOCAL_OFFICE_SECTORS and ctx.story_country:
        # (prosecutors, judges and police act where the story is; a senator named in a
        # story about another country may be anyone's, so a political office gets none)
        country, inferred = ctx.story_country, True
    if country is None and sector is None:
        return ref
    return dataclasses.replace(ref, country=country, sector=sector, country_inferred=inferred,
                               rules=[*ref.rules, "introduced_role"])


def _in_clause_below(tok: Token, top: Token) -> bool:
    """`tok` sits in a clause ('killed by police', 'who fled') inside the phrase `top`."""
    node = tok
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return True
        node = node.head
    return False


def _resolve_pronoun(tok: Token, ctx: ActorContext, depth: int) -> list[ActorRef]:
    """A small, conservative pronoun resolver (no coreference model is available)."""
    low = tok.lower_
    doc = ctx.doc
    if low in _RELATIVE:
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "of" and \
                head.head.lower_ in argument_words()["quantifier_partitives"]:
            head = head.head.head  # "X, both of whom fired": the clause of "both"
        if head.dep_ == "relcl":
            refs = resolve_np(head.head, ctx, depth + 1)
            if refs and tok.dep_ == "nsubj" and (_plain_places(refs) or
                                                  _named_place(head.head)) and \
                    "place_not_agent" not in ctx.disabled:
                # "the attack on a school in the town of Jabaliya, which also wounded 100
                # people": a town does not act; the relative hangs on the wrong noun
                return []
            if refs or low not in ("who", "which"):
                return refs
            # "the Taliban, who have long refused": the noun just before the comma
            prev = tok.i - 1
            while prev >= tok.sent.start and tok.doc[prev].is_punct:
                prev -= 1
            if prev >= tok.sent.start and tok.doc[prev].pos_ in ("PROPN", "NOUN"):
                return resolve_np(tok.doc[prev], ctx, depth + 1)
        return []
    if low in _PRONOUNS_FIRST or low in _PRONOUNS_SPEAKER:
        for (start, end), speaker in ctx.quote_speakers:
            if not start <= tok.idx < end:
                continue
            if low in _PRONOUNS_FIRST and speaker.country and speaker.sector in STATE_SECTORS:
                return [state_ref(speaker.country, "GOV", None, ctx, tok.text)]
            if "speaker_pronoun" not in ctx.disabled and (
                    speaker.mention_id is not None or speaker.name[:1].isupper()):
                # (a named speaker: not '..., read the press release')
                # '"I urge X to ...," said Y', '"we are liaising with X," a spokesman said':
                # the speaker (for 'we', the speaker stands for the side speaking)
                return _by("speaker_pronoun", [dataclasses.replace(
                    speaker, rules=list(speaker.rules), span=None)])
        return []
    if low in _PRONOUNS_PERSON:
        if "conjoined_clause_subject" not in ctx.disabled:
            refs = _conjoined_clause_subject(tok, low, ctx, depth)
            if refs:
                return _by("conjoined_clause_subject", refs)
        teller = _reporting_subject(tok)
        if teller is not None and "reporting_subject" not in ctx.disabled:
            # "the officer who pulled the trigger says he killed the teenager": he is the officer,
            # known or not (the nearest named person would be a guess, often the victim)
            return _by("reporting_subject", resolve_np(teller, ctx, depth + 1))
        title = _title_before(tok, ctx) if "title_antecedent" not in ctx.disabled else None
        if title is not None:
            # "calls for the prime minister to quit, ignoring his appeals": a title said in
            # the pronoun's sentence, with no named person after it, is nearer than any name
            # (unresolved, the pronoun stays unknown: an earlier name would be a guess)
            return _by("title_antecedent", resolve_np(title, ctx, depth + 1))
        sents, idx = _sentence_of(tok)
        window_start = sents[max(0, idx - 3)].start
        cands: list[tuple[int, int, Mention, Token]] = []
        persons = ctx.persons  # sorted by token: only the window's are looked at
        lo = bisect.bisect_left(persons, window_start, key=lambda p: p[0])
        hi = bisect.bisect_left(persons, tok.i, key=lambda p: p[0])
        for i, m in persons[lo:hi]:
            root = doc[i]
            while root.head.i != root.i and ctx.by_token.get(root.head.i) is m:
                root = root.head
            if root.dep_ == "poss":
                continue  # "Putin's special envoy" is about the envoy
            subject = root.dep_ in ("nsubj", "nsubjpass") or (
                root.dep_ == "pobj" and root.head.dep_ == "agent")
            cands.append((0 if subject else 1, -i, m, root))
        if cands and "people_not_person" not in ctx.disabled:
            # rule people_not_person: "three Palestinians ... died. ..., he said": a people
            # the tagger took for a person name (a plural demonym) is no antecedent of he/she
            plurals = build_gazetteer().demonym_plurals
            cands = [c for c in cands if c[2].canonical.lower() not in plurals]
        if cands and "titled_name_not_person" not in ctx.disabled:
            cands = [c for c in cands if not titled_name_not_person(c[2], ctx)]
        if cands and "co_argument" not in ctx.disabled:
            # rule co_argument: "He shot Wilhelm": a person pronoun is never the other
            # argument of its own verb (that would take "himself")
            own = _co_arguments(tok, ctx)
            cands = [c for c in cands if c[2].canonical not in own]
        if cands and "object_not_subject" not in ctx.disabled:
            subjects = _own_subject_persons(tok, ctx, depth)
            cands = [c for c in cands if c[2].canonical not in subjects]
        if cands and "pronoun_gender" not in ctx.disabled:
            # "she" is not a man named before: a person the article shows to be of the
            # other gender is no antecedent (unknown gender stays a candidate)
            wanted = pronoun_gender(low)
            cands = [c for c in cands if person_gender(c[2], ctx) in (None, wanted)]
        if cands and "other_gender_pronoun" not in ctx.disabled:
            taken = _other_gender_referents(tok, low, ctx, depth)
            cands = [c for c in cands if c[2].canonical not in taken]
        if cands:
            cands.sort(key=lambda c: (c[0], c[1]))
            rank, _, m, root = cands[0]
            if rank == 1 and "role_subject_antecedent" not in ctx.disabled and \
                    tok.dep_ in ("nsubj", "nsubjpass"):
                # rule role_subject_antecedent: "The prosecutor rejected an offer from Lee.
                # He said ...": with no named subject to take up, a definite role noun
                # that is a subject after the last name named is the one meant
                role = _role_subject_between(root.i, tok, ctx)
                # a role word of the other gender ('the spokeswoman' for 'he') is not meant
                if role is not None and gender_words()[0].get(role.lower_) not in \
                        (None, pronoun_gender(low)):
                    role = None
                if role is not None:
                    refs = resolve_np(role, ctx, depth + 1)
                    if refs:
                        return _by("role_subject_antecedent", refs[:1])
            return [mention_actor(m, ctx, root) or ActorRef(name=m.canonical)]
        if "role_antecedent" not in ctx.disabled:
            return _by("role_antecedent", _role_antecedent(tok, ctx, depth))
        return []
    if low in _PRONOUNS_THING or low in _PRONOUNS_PLURAL:
        if _is_expletive(tok) and not _willing_it(tok, ctx):
            return []
        return _antecedent(tok, ctx, plural=low in _PRONOUNS_PLURAL, depth=depth)
    return []


_PLACE_NOUNS = frozenset({"town", "city", "village", "district", "neighbourhood",
                          "neighborhood", "camp", "province", "region", "suburb", "area",
                          "county", "port", "island", "enclave", "settlement"})


def _named_place(tok: Token) -> bool:
    """'the town of Jabaliya', 'the village of Qana': a name given to a place noun."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "of" and \
        prep.head.lemma_.lower() in _PLACE_NOUNS


def _plain_places(refs: list[ActorRef]) -> bool:
    """Every ref a place that is no state, capital or seat (a town, a district): no party."""
    gaz = build_gazetteer()
    for ref in refs:
        if ref.type not in ("GPE", "LOC", "FAC") or ref.sector is not None:
            return False
        info = gaz.lookup(ref.name)
        if info is not None and info.kind in ("state", "capital", "seat"):
            return False
    return True


def titled_name_not_person(m: Mention, ctx: ActorContext) -> bool:
    """Rule `titled_name_not_person` (evrec28b, issue 11): 'A man was shot at the station.
    The Valley Herald says he was detained nearby': a name the tagger took for a person but
    that the text gives with 'the' right before it ('The Valley Herald', 'the Sentinel'), or
    that is a known news outlet, is a newspaper or an organisation, never what he/she stands
    for (the pronoun stays unknown when no other person is near: no arrested newspaper)."""
    if m.canonical.lower() in _outlet_names() or m.text.lower() in _outlet_names():
        return True
    text = ctx.doc.text
    for other in [m, *(o for o in ctx.mentions if o.local_key == m.local_key and o is not m)]:
        before = text[max(0, other.span[0] - 5):other.span[0]]
        if re.search(r"(?:^|\W)the\s+$", before, re.IGNORECASE) and \
                not _names_a_modifier(other, ctx):
            return True
    return False


def _names_a_modifier(m: Mention, ctx: ActorContext) -> bool:
    """'the Ruiz administration', 'the Obama years': a person's name that only modifies the
    noun after it; the 'the' before it is that noun's, so it says nothing of the name."""
    span = ctx.doc.char_span(m.span[0], m.span[1], alignment_mode="expand")
    return span is not None and span.root.dep_ in ("compound", "amod", "nmod") and \
        span.root.head.i > span.root.i and span.root.head.pos_ == "NOUN"


def _role_antecedent(pron: Token, ctx: ActorContext, depth: int) -> list[ActorRef]:
    """'Kenya expelled the Ugandan envoy. He accused Kenya of lying': with no named person
    before it (in its sentence or the one before), a person pronoun stands for the nearest
    person named by a role with a country ('the Ugandan envoy'), in any position, object
    included. A role with no country, or a plural, is no antecedent."""
    gaz = build_gazetteer()
    sents, idx = _sentence_of(pron)
    start = sents[max(0, idx - 1)].start
    for k in range(pron.i - 1, start - 1, -1):
        cand = ctx.doc[k]
        mention = ctx.by_token.get(k)
        if mention is not None and mention.label == "PERSON":
            return []  # a named person nearer ('Gray's cousin'): not for a role to take
        if cand.pos_ != "NOUN" or cand.tag_ != "NN" or cand.dep_ == "poss" or \
                gaz.role_nouns.get(cand.lemma_.lower()) is None or \
                not any(c.dep_ == "det" and c.lower_ == "the" for c in cand.children):
            continue  # (only a definite role: 'the Ugandan envoy', not 'a spokesman')
        refs = [r for r in resolve_np(cand, ctx, depth + 1) if r.country is not None and (
            r.type == "PERSON" or (r.type == "GPE" and r.sector in STATE_SECTORS))]
        if refs:
            return refs[:1]
    return []


def _co_arguments(pron: Token, ctx: ActorContext) -> set[str]:
    """The persons named as the other arguments of a pronoun's own verb (its objects, and
    the objects of its prepositions), and for a subject pronoun any person named after it in
    its clause: 'He shot Wilhelm', 'He said Wilhelm had left' -> {'Wilhelm'}."""
    verb = pron.head
    if verb.pos_ not in ("VERB", "AUX"):
        return set()
    nodes = [c for c in verb.children if c.dep_ in ("dobj", "dative", "attr", "oprd")]
    nodes += [p for c in verb.children if c.dep_ in ("prep", "agent")
              for p in c.children if p.dep_ == "pobj"]
    out: set[str] = set()
    for node in nodes:
        for t in [node, *(c for c in node.children if c.dep_ in ("compound", "appos"))]:
            m = ctx.by_token.get(t.i)
            if m is not None and m.label == "PERSON":
                out.add(m.canonical)
    if pron.dep_ in ("nsubj", "nsubjpass"):
        # "He knew Wilhelm was an agent": a subject pronoun is no name inside its own clause
        for t in verb.subtree:
            m = ctx.by_token.get(t.i)
            if t.i > pron.i and m is not None and m.label == "PERSON":
                out.add(m.canonical)
    return out


def _role_subject_between(start: int, pron: Token, ctx: ActorContext) -> Token | None:
    """A definite role noun ('the prosecutor', 'the frustrated judge') that is the subject of
    a main clause from the sentence of token `start` up to the pronoun, with no named person
    as a subject after it."""
    gaz = build_gazetteer()
    found: Token | None = None
    for t in pron.doc[pron.doc[start].sent.start:pron.i]:
        m = ctx.by_token.get(t.i)
        if m is not None and m.label == "PERSON":
            if t.dep_ in ("nsubj", "nsubjpass"):
                found = None
            continue
        if t.pos_ == "NOUN" and t.tag_ == "NN" and t.dep_ in ("nsubj", "nsubjpass") and \
                t.head.dep_ in ("ROOT", "conj") and gaz.role_nouns.get(t.lemma_.lower()) and \
                any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) and \
                not any(c.dep_ == "poss" for c in t.children):
            found = t
    return found


def _title_before(pron: Token, ctx: ActorContext) -> Token | None:
    """The last 'the <office>' ('the prime minister', 'the governor') before a person pronoun
    in its sentence, when no named person comes between them (None otherwise)."""
    gaz = build_gazetteer()
    for t in reversed(list(pron.doc[pron.sent.start:pron.i])):
        if ctx.by_token.get(t.i) is not None and ctx.by_token[t.i].label == "PERSON":
            return None  # a name is nearer
        if t.pos_ != "NOUN" or t.dep_ in ("compound", "poss", "amod"):
            continue
        role = gaz.role_nouns.get(t.lower_)
        if role is None:
            continue
        dets = {c.lower_ for c in t.children if c.dep_ == "det"}
        return t if "the" in dets and not any(c.dep_ == "poss" for c in t.children) else None
    return None


def person_gender(m: Mention, ctx: ActorContext) -> str | None:
    """"F", "M", or None when the article does not tell (or tells both): the titles and role
    words right before any mention of the person ("Mrs.", "spokeswoman", "King") and in
    its description, else a given name used for one gender only. Worked out once a name."""
    if m.canonical in ctx.person_genders:
        return ctx.person_genders[m.canonical]
    titles = gender_words()[0]
    found: set[str] = set()
    for _i, other in ctx.persons:
        if other.canonical != m.canonical:
            continue
        span = ctx.doc.char_span(other.span[0], other.span[1], alignment_mode="expand")
        if span is None:
            continue
        k = span.start - 1
        while k >= max(span.sent.start, span.start - 4):
            t = ctx.doc[k]
            word = t.lower_.rstrip(".")
            if word in titles:
                found.add(titles[word])
                break
            if t.pos_ not in ("PROPN", "NOUN", "ADJ", "PUNCT") or t.lower_ in (",", ";"):
                break
            k -= 1
        for word in (other.description or "").lower().replace(".", " ").split():
            if word in titles:
                found.add(titles[word])
    if not found:
        by_name = given_name_gender(m.canonical)
        if by_name is not None:
            found.add(by_name)
    gender = found.pop() if len(found) == 1 else None
    ctx.person_genders[m.canonical] = gender
    return gender


def _other_gender_referents(tok: Token, low: str, ctx: ActorContext, depth: int) -> set[str]:
    """Rule `other_gender_pronoun` (evargs26, issue 11): 'He said he had offered her party a
    deal and that she had turned it down': a person a pronoun of the other gender earlier in
    the same sentence stands for is not the one this pronoun means, even when neither the
    name nor a title tells that person's gender (otherwise 'she' could take the man 'he'
    was read as). The names those earlier pronouns resolve to."""
    wanted = pronoun_gender(low)
    if wanted is None:
        return set()
    out: set[str] = set()
    for t in tok.doc[tok.sent.start:tok.i]:
        if t.lower_ in _PRONOUNS_PERSON and pronoun_gender(t.lower_) not in (None, wanted):
            out.update(r.name for r in resolve_np(t, ctx, depth + 1) if r.type == "PERSON")
    return out


def _reporting_subject(pron: Token) -> Token | None:
    """The unnamed person who says what a 'he'/'she' clause tells: 'the officer says he ...',
    'the minister said she would ...' (a noun subject of the verb the clause complements)."""
    if pron.dep_ not in ("nsubj", "nsubjpass") or pron.head.dep_ != "ccomp":
        return None
    verb = pron.head.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN":
        return None
    gaz = build_gazetteer()
    if subj.lemma_.lower() not in gaz.role_nouns and not people_noun(subj):
        return None
    return subj


def _reporting_seat(tok: Token) -> str | None:
    """Rule `seat_reported_office` (evact19, issue 11): 'The White House said the president
    had spoken with the Saudi crown prince', '..., the Kremlin said' after its clause:
    an unnamed office of a government that a seat of government reports the acts of is that
    seat's state's, not the story's (which may be the other party's). The country of the
    seat that is the subject of the verb the office's clause complements, else None."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
        return None
    verb = tok.head.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    gaz = build_gazetteer()
    phrase = tok.doc[subj.left_edge.i:subj.i + 1].text
    info = gaz.lookup(phrase) or gaz.lookup(subj.text)
    return info.country if info is not None and info.kind == "seat" else None


def _reporting_body(pron: Token, plural: bool) -> Token | None:
    """Rule `reporting_body` (evact19, issue 11): the noun subject of the verb an 'it'/'they'
    clause complements, when it agrees in number and is no person: 'the federation said it
    would appeal', 'the rebels said they had ...' (the body that says it)."""
    if pron.dep_ not in ("nsubj", "nsubjpass") or pron.head.dep_ != "ccomp":
        return None
    verb = pron.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.i > pron.i:
        return None
    if (subj.tag_ in ("NNS", "NNPS")) != plural:
        return None
    if not plural and (subj.lemma_.lower() in build_gazetteer().role_nouns or
                       people_noun(subj) or subj.ent_type_ == "PERSON"):
        return None  # "the spokesman said it ...": it is whom he speaks for
    return subj


def _main_subject(tok: Token) -> bool:
    """The subject of its sentence's main verb (not of a clause inside it)."""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT"


def _own_subject_persons(pron: Token, ctx: ActorContext, depth: int) -> set[str]:
    """Rule object_not_subject (evargs28): 'Kovac met the union leader Novak. He urged him to
    call off the strike', 'she asked him to resign': an object pronoun is never the subject of
    its own clause (that would take 'himself'), so the persons that subject names or stands
    for (a name, or he/she resolved first) are no antecedent of it. Empty for a pronoun that
    is no object."""
    out: set[str] = set()
    for subj in _local_subject(pron):
        if subj.pos_ == "PRON" and subj.lower_ not in _PRONOUNS_PERSON:
            continue
        mention = ctx.by_token.get(subj.i)
        if mention is not None and mention.label == "PERSON":
            out.add(mention.canonical)
        elif subj.pos_ == "PRON" and depth < 4:
            # (a subject pronoun read as a person of an earlier sentence only: one named in
            # the pronouns' own sentence may be the object's antecedent misread as the subject)
            start = pron.sent.start_char
            out.update(r.name for r in _resolve_pronoun(subj, ctx, depth + 1)
                       if r.type == "PERSON" and r.span is not None and r.span[1] <= start)
    return out


def _co_argument_states(pron: Token, ctx: ActorContext, depth: int) -> set[str]:
    """The countries of the states a subject pronoun's own verb names as its other arguments
    ('It accused Bishkek of ...' -> {'KGZ'}): the pronoun is none of them."""
    verb = pron.head
    if pron.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return set()
    nodes = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    nodes += [p for c in verb.children if c.dep_ == "prep"
              for p in c.children if p.dep_ == "pobj"]
    out: set[str] = set()
    for node in nodes:
        mention = ctx.by_token.get(node.i)
        if node.pos_ != "PROPN" or (mention is not None and mention.label == "PERSON"):
            continue
        for r in resolve_np(node, ctx, depth + 1):
            if r.country and r.sector in STATE_SECTORS:
                out.add(r.country)
    return out


def _is_expletive(tok: Token) -> bool:
    """'It is not clear whether ...', 'it remains to be seen'."""
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = tok.head
    return any(c.dep_ in ("ccomp", "xcomp", "acomp", "attr") for c in head.children) and \
        head.lemma_ in ("be", "seem", "remain", "appear")


def _willing_it(tok: Token, ctx: ActorContext) -> bool:
    """Rule `willing_it` (evtypes28, issue 11): 'Peru said it was ready to invade', 'it is
    prepared to cut supplies': an 'it' whose adjective is one of readiness or will with an
    act to do (modality.json planned_heads: ready, willing, prepared, determined) is the
    party that would act, not the empty subject of 'it is clear that', so it has an
    antecedent."""
    from newsweave.extract.modality import planned_heads

    if "willing_it" in ctx.disabled:
        return False
    heads = planned_heads()
    return any(c.dep_ == "acomp" and c.pos_ == "ADJ" and c.lemma_.lower() in heads and
               any(x.dep_ == "xcomp" for x in c.children) for c in tok.head.children)


def _antecedent(tok: Token, ctx: ActorContext, plural: bool, depth: int) -> list[ActorRef]:
    """The nearest preceding subject (same sentence, then up to two before) naming an actor;
    inside 'asked X to end its support', the possessive is X's (the one asked to act)."""
    if tok.dep_ == "poss":
        controller = _controlled_object(tok)
        if controller is not None:
            refs = [r for r in resolve_np(controller, ctx, depth + 1) if r.type != "PERSON"]
            if refs and ((len(refs) > 1) == plural or not plural):
                return refs
    if plural and "them_conjoined_object" not in ctx.disabled:
        refs = _conjoined_object(tok, ctx, depth)
        if refs:
            return _by("them_conjoined_object", refs)
    teller = _reporting_body(tok, plural) if "reporting_body" not in ctx.disabled else None
    if teller is not None:
        # "The employers' federation said it feared ...": the body that says it, known or
        # not (unresolved, an earlier subject would be a guess: unknown beats wrong)
        return _by("reporting_body", [r for r in resolve_np(teller, ctx, depth + 1)
                                      if r.type != "PERSON"])
    sents, idx = _sentence_of(tok)
    local = _local_subject(tok) if "object_pronoun" not in ctx.disabled else []
    main_first = "main_subject_first" not in ctx.disabled and _main_subject(tok)
    same_states = _co_argument_states(tok, ctx, depth) \
        if "co_argument_state" not in ctx.disabled else set()
    for k in range(idx, max(-1, idx - 3), -1):
        sent = sents[k]
        cands = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.i < tok.i and
                 t.pos_ != "PRON" and t.lower_ not in _RELATIVE and t not in local]
        if k < idx and main_first:
            # rule main_subject_first: "Its security committee said Kyrgyz guards attacked a
            # post ... It accused Bishkek of ...": a pronoun subject of a main clause takes
            # up an earlier sentence's main subject before the subjects of its clauses
            top = [t for t in cands if _main_subject(t)]
            cands = [*(t for t in cands if t not in top), *top]
        if k == idx and local:
            # "X criticised Kenya's conduct, calling on it to ...": not X (that would be
            # 'itself'), so a state or body named as an owner before it is a candidate too
            owners = [t for t in sent if t.dep_ == "poss" and t.pos_ == "PROPN" and
                      t.i < tok.i and not any(t.i == s.i for s in local)]
            cands = sorted([*cands, *owners], key=lambda t: t.i)
        for cand in reversed(cands):
            refs = resolve_np(cand, ctx, depth + 1)
            if plural and len(refs) > 1 and all(r.type == "PERSON" and r.mention_id
                                                for r in refs) and \
                    "they_named_people" not in ctx.disabled:
                # rule they_named_people (evreal9): "Ada Obi and Uche Eze filed a suit.
                # They asked the court to ...": 'they' after a subject of two or more named
                # people is those people (one person, or a role noun, is no antecedent)
                return _by("they_named_people", refs)
            refs = [r for r in refs if r.type != "PERSON"]
            if not refs:
                continue
            if same_states and all(r.country in same_states and r.sector in STATE_SECTORS
                                   for r in refs):
                # rule co_argument_state: "It accused Bishkek of ...": a pronoun is not the
                # state its own verb names as another argument (that would take "itself")
                continue
            is_plural = len(refs) > 1 or cand.tag_ in ("NNS", "NNPS") or \
                any(r.sector == "REB" for r in refs)
            if plural and not is_plural:
                continue
            if not plural and len(refs) > 1:
                continue
            if not plural and tok.lower_ == "it" and cand.tag_ in ("NNS", "NNPS") and \
                    "it_not_plural_group" not in ctx.disabled and \
                    all(r.type not in ("GPE", "LOC") for r in refs):
                # rule it_not_plural_group (evprec28): "Conservatives in the House were
                # unhappy. Forty Republicans voted against it": 'it' is no plural group
                # ('the Philippines said it ...', a state, stays)
                continue
            return refs
    return []


def _conjoined_object(pron: Token, ctx: ActorContext, depth: int) -> list[ActorRef]:
    """Rule `them_conjoined_object` (evreal13, session 17): 'thanked the donors and asked them
    to ...', 'raided the homes of six activists and arrested them': the object 'them' of a
    verb conjoined to an earlier one is the party in that verb's object (its last plural noun
    that names an actor), not a subject further back. Empty when there is none."""
    verb = pron.head
    if pron.dep_ not in ("dobj", "dative") or verb.dep_ != "conj" or \
            verb.head.pos_ not in ("VERB", "AUX"):
        return []
    for obj in (c for c in verb.head.children if c.dep_ in ("dobj", "dative")):
        for t in sorted(obj.subtree, key=lambda t: -t.i):
            if t.tag_ not in ("NNS", "NNPS") or t.i >= pron.i:
                continue
            refs = [r for r in resolve_np(t, ctx, depth + 1) if r.type != "LOC"]
            if refs:
                return refs
    return []


_CLIMB_DEPS = frozenset({"prep", "pcomp", "advcl", "xcomp", "dobj", "pobj", "conj"})


def _conjoined_clause_subject(pron: Token, low: str, ctx: ActorContext,
                              depth: int) -> list[ActorRef]:
    """Rule `conjoined_clause_subject` (evreal13, session 17): 'The opposition leader, Jorge
    Huaman, said the ambassador had only written what everyone knew, and he accused Ortega
    of ...': he/she, the subject of a clause conjoined to an earlier verb, is that verb's
    subject when it names one person (its apposition's name counts: 'the leader, Jorge
    Huaman'), not a person or title inside the earlier verb's own complement, which the
    nearest-first readings would take. Empty when the earlier subject names no person or
    one of the other gender."""
    verb = pron.head
    if pron.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "conj" or \
            verb.head.pos_ not in ("VERB", "AUX"):
        return []
    subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON":
        return []
    # (the parser may hang 'Jorge Huaman' on the of-phrase: 'the leader of the bloc, X')
    heads = [subj, *(t for t in subj.subtree if t.dep_ == "appos" and t.head.i >= subj.i)]
    for head in reversed(heads):
        mention = ctx.by_token.get(head.i)
        if mention is None or mention.label != "PERSON":
            continue
        if "pronoun_gender" not in ctx.disabled and \
                person_gender(mention, ctx) not in (None, pronoun_gender(low)):
            return []
        refs = [r for r in resolve_np(head, ctx, depth + 1) if r.type == "PERSON"]
        if len(refs) == 1:
            return refs
    return []


def _local_subject(pron: Token) -> list[Token]:
    """The subject of an object pronoun's own clause ('calling on it': the one calling; up
    through non-finite clauses that take their subject from above), which the pronoun
    cannot stand for (that takes a reflexive). Empty for a pronoun that is no object."""
    if pron.dep_ not in ("dobj", "pobj", "dative"):
        return []
    node = pron.head
    for _ in range(8):
        subj = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj if node.pos_ in ("VERB", "AUX") else []
        if node.dep_ not in _CLIMB_DEPS or node.head.i == node.i:
            return []
        node = node.head
    return []


_CONTROL_VERBS = frozenset({"ask", "urge", "request", "call", "press", "pressure", "push",
                            "tell", "order", "force", "persuade", "encourage", "invite",
                            "allow", "help", "want", "expect", "require"})


def _controlled_object(pron: Token) -> Token | None:
    """'requested Moscow to end its support': Moscow, the object whose own act the clause is."""
    node = pron
    for _ in range(6):
        if node.head.i == node.i:
            return None
        if node.dep_ in ("xcomp", "ccomp") and node.pos_ in ("VERB", "AUX"):
            parent = node.head
            if parent.lemma_.lower() not in _CONTROL_VERBS:
                return None
            objs = [c for c in parent.children if c.dep_ in ("dobj", "dative")]
            if not objs:  # "called on X to end its support"
                objs = [p for c in parent.children if c.dep_ == "prep" and
                        c.lower_ in ("on", "upon") for p in c.children if p.dep_ == "pobj"]
            if not objs and node.dep_ == "ccomp":  # "wants the UK to extradite its ..."
                objs = [c for c in node.children if c.dep_ == "nsubj"]
            return objs[0] if objs else None
        if node.dep_ in ("nsubj", "nsubjpass", "relcl", "advcl"):
            return None
        node = node.head
    return None


def actor_group_terms(ref: ActorRef) -> set[str]:
    """Lower-cased names an actor can be recognised by (name, description, canonical alias)."""
    out = {ref.name.lower()}
    if ref.description:
        out.add(ref.description.lower())
    info = build_gazetteer().lookup(ref.name)
    if info is not None:
        out.add(info.name.lower())
    return out
