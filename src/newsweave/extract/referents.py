"""Who a phrase means: a named mention, a pronoun, a description or an anonymous source.

One resolver shared by two layers: the quote layer asks it who a cue's subject is (the
described speaker), the event layer who a description heading an event's actor or recipient
means ("the driver", "the minister", "the group": extract.events _description_linker, actor
rule described_party). (Moved here from extract/quote_speakers.py, helper evargs15.)

There is no coreference model in the environment, so this is a small salience-based resolver:
named people and organizations become referents as they appear (outside quotation marks), and
every resolved speaker is noted again where it speaks. A pronoun takes the most recent salient
referent of a fitting kind; a definite description ("the envoy", "the expert") takes a recent
referent whose roles fit (roles come from appositions and titles: data/lexicons/
quote_speakers.json groups role nouns that may refer to one person); an indefinite one
("an official at the foreign ministry in Vienna, who spoke on condition of anonymity")
becomes an anonymous speaker that keeps its description.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, TypeVar

from newsweave.extract.ablation import enabled
from newsweave.extract.gazetteer import party_family_words
from newsweave.extract.gender import (
    FEMALE,
    MALE,
    gender_words,
    given_name_gender,
    pronoun_gender,
    title_gender,
)
from newsweave.extract.lexicon import load_json
from newsweave.model import ActorRef, Article, Mention
from newsweave.nlp.abbreviations import abbreviations
from newsweave.nlp.docindex import doc_index, inside_any
from newsweave.nlp.doctext import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PERSON = "person"
GROUP = "group"
ORG = "org"
_ORG_LABELS = {"ORG", "NORP", "GPE", "FAC", "LOC"}
# words that open a clause fronted before a main clause ("While X ..., she said")
_SUBORDINATORS = frozenset({"while", "although", "though", "after", "before", "when",
                            "because", "since", "as", "if", "once", "whereas"})
# words of rank that single out one of a kind ("the world's top chip maker")
_RANK_WORDS = frozenset({"top", "leading", "no.", "number-one", "foremost", "premier"})
_CLAUSE_DEPS = {"relcl", "acl", "advcl", "appos", "punct", "cc", "conj"}


@functools.lru_cache(maxsize=1)
def speaker_lexicon() -> dict[str, Any]:
    return load_json("quote_speakers.json")  # type: ignore[no-any-return]


@functools.lru_cache(maxsize=1)
def channel_lexicon() -> dict[str, Any]:
    return load_json("quote_channels.json")  # type: ignore[no-any-return]


@functools.lru_cache(maxsize=1)
def role_classes() -> dict[str, set[str]]:
    """role noun -> the class names it belongs to."""
    out: dict[str, set[str]] = {}
    for cls, nouns in speaker_lexicon()["role_classes"].items():
        for noun in nouns:
            out.setdefault(noun, set()).add(cls)
    return out


@functools.lru_cache(maxsize=1)
def role_class_names() -> frozenset[str]:
    """Every class name of role_classes ("official", "lawyer", ...)."""
    return frozenset(c for classes in role_classes().values() for c in classes)


_Step = TypeVar("_Step", bound=Callable[..., Any])


def _step(name: str) -> Callable[[_Step], _Step]:
    """A named step of speaker resolution: what it finds is noted on the resolver's trace,
    and the steps that led to the speaker become its ActorRef.rules (provenance)."""
    def wrap(method: _Step) -> _Step:
        @functools.wraps(method)
        def traced(self: SpeakerResolver, *args: Any, **kwargs: Any) -> Any:
            found = method(self, *args, **kwargs)
            trace = self.__dict__.get("trace")  # (none on a resolver made without __init__)
            if found is not None and trace is not None:
                trace.append((name, found))
            return found
        return traced  # type: ignore[return-value]
    return wrap


def _the_one(found: dict[str, Referent]) -> tuple[ActorRef, str, set[str]] | None:
    """The speaker when exactly one named referent fits (unknown beats a guess between two)."""
    if len(found) != 1:
        return None
    r = next(iter(found.values()))
    return replace(r.actor), r.kind, set(r.roles)


def _leads_to(found: object, actor: ActorRef) -> bool:
    """Whether a step's find is the speaker `actor` or what it was made from (the same
    tuple or actor, the mention or referent named, or a token inside its span)."""
    if isinstance(found, tuple) and found and isinstance(found[0], ActorRef):
        found = found[0]
    if isinstance(found, ActorRef):
        return found is actor or (found.name == actor.name and found.span == actor.span)
    if isinstance(found, Referent):
        return _leads_to(found.actor, actor)
    if isinstance(found, Mention):
        return found.mention_id == actor.mention_id if actor.mention_id else \
            found.canonical == actor.name
    span = actor.span
    idx = getattr(found, "idx", None)
    return span is not None and idx is not None and span[0] <= idx < span[1]


def _asked_participle_clause(tok: Token) -> bool:
    """'Asked whether ...', 'Asked by a voter if ...': a bare participle "asked" heading a
    clause (no auxiliary, no subject of its own; the tagger may call it a past tense)."""
    return tok.lemma_.lower() == "ask" and tok.tag_ in ("VBN", "VBD") and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children)


def _leaves_quotation_open(paragraph: str) -> bool:
    """Whether a paragraph ends inside a quotation (its last curly mark an opening one, or
    an odd number of straight double marks): the quotation runs on into the next one."""
    curly = [c for c in paragraph if c in "\u201c\u201d"]
    if curly:
        return curly[-1] == "\u201c"
    return paragraph.count('"') % 2 == 1


@dataclass
class Referent:
    pos: int  # character offset where it was seen
    actor: ActorRef
    kind: str  # person | group | org
    roles: set[str] = field(default_factory=set)
    salient: bool = False  # a speaker or a subject
    spoke: bool = False  # noted where it speaks


@functools.lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    titles = abbreviations().titles
    return frozenset(role_classes()) | frozenset(gender_words()[0]) | frozenset(
        titles) | frozenset(titles.values())


def _headline_lines(text: str) -> list[tuple[int, int]]:
    from newsweave.extract.quote_marks import is_headline_case, paragraphs

    return [(a, b) for a, b in paragraphs(text) if is_headline_case(text[a:b])]


def _dateline_ranges(text: str) -> list[tuple[int, int]]:
    """Datelines ("CONCORD, N.H. - ", "ANKARA (Reuters) - ") opening one of the first three
    paragraphs (after a headline line, the dateline opens the second): the place the story was
    filed from, which no pronoun means and which says nothing."""
    from newsweave.extract.dateline import dateline_end
    from newsweave.extract.quote_marks import paragraphs

    out = []
    for a, b in paragraphs(text)[:3]:
        end = dateline_end(text[a:b])
        if end:
            out.append((a, a + end))
    return out


def _age_nominal(head: Token) -> bool:
    """"the 56-year-old", "a 23-year-old": a person named by age alone."""
    if head.lower_ not in ("old", "year-old") and not head.lower_.endswith("-year-old"):
        return False
    toks = [t for t in head.subtree if t.dep_ not in ("det", "punct") or t.text == "-"]
    words = "".join(t.text_with_ws for t in toks).replace(" ", "").lower()
    return re.fullmatch(r"\d+-?years?-old", words) is not None


_RELATIVE_CLAUSE = re.compile(r"\b(?:who|whom|whose|which|that|where|when)\b", re.I)


def _words(text: str | None) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]+", text or "")}


_LONG_GENDER = {FEMALE: "female", MALE: "male"}


def _pronoun_gender(pronoun: str) -> str | None:
    """"female" / "male" for a he/she pronoun (extract/gender.py), else None."""
    return _LONG_GENDER.get(pronoun_gender(pronoun) or "")


def _word_gender(word: str) -> str | None:
    """"female" for "woman", "girl"; "male" for "man", "boy"; else None (the role words of
    data/lexicons/person_gender.json, through extract/gender.py: one list for every
    resolver)."""
    return _LONG_GENDER.get(title_gender(word) or "")


def _gender(r: Referent) -> str | None:
    """"female" or "male" when a role or title says so ("spokeswoman", "Mrs.", "King"),
    else None."""
    # of a name only a title in front counts: "Mrs. Lee", "King Abdullah"; not "Tishana King"
    name = r.actor.name.split()
    first = {w.rstrip(".") for w in _words(name[0])} if len(name) > 1 else set()
    genders = {title_gender(w) for w in r.roles | _words(r.actor.description) | first}
    female, male = FEMALE in genders, MALE in genders
    if female == male:
        return None
    return "female" if female else "male"


@functools.lru_cache(maxsize=1)
def _outlet_aliases() -> frozenset[str]:
    """Every name of a known news outlet (data/lexicons/outlets.json), lower case."""
    rows = load_json("outlets.json")["outlets"]
    return frozenset(a.lower() for row in rows for a in [row["name"], *row.get("aliases", [])])


def _organization_named(m: Mention) -> Mention:
    """"Dick Clark Productions" tagged as a person is an organization: its last word says
    so (data/lexicons/quote_speakers.json organization_name_words)."""
    words = m.canonical.lower().split()
    if m.label == "PERSON" and len(words) > 1 and \
            words[-1] in speaker_lexicon()["organization_name_words"]:
        return replace(m, label="ORG")
    return m


def _people_by_role(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Al-Sawarmi Khalid, spokesman for the army," tagged as an organization is a person:
    its apposition is a role only people have."""
    lex = speaker_lexicon()
    org_nouns = set(lex["organization_nouns"]) | set(lex["generic_org_nouns"])
    # (rule facility_person_by_role: "Ana Ruiz, a veteran strategist," tagged as a place or
    # building is a person as well)
    labels = ("ORG", "FAC") if enabled("facility_person_by_role") else ("ORG",)
    keys = set()
    for m in mentions:
        if m.label not in labels:
            continue
        span = doc.char_span(m.span[0], m.span[1], alignment_mode="expand")
        if span is None:
            continue
        if any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in role_classes()
               and c.lemma_.lower() not in org_nouns for c in span.root.children):
            keys.add(m.local_key)
    if not keys:
        return mentions
    return [replace(m, label="PERSON") if m.label in labels and m.local_key in keys else m
            for m in mentions]


def _title_role(tok: Token) -> str | None:
    """The role a title before a name gives ("Gov." -> governor, "Secretary" -> secretary)."""
    word = tok.lower_.rstrip(".")
    titles = abbreviations().titles
    if word in titles:
        return titles[word]
    if tok.pos_ == "PROPN" and word in role_classes():
        return word
    return None


def _people_group(tok: Token) -> bool:
    """A plural noun for people ("critics", "residents", "officials"), by the speaker
    lexicon's people nouns and role classes."""
    lemma = tok.lemma_.lower()
    lex = speaker_lexicon()
    return lemma in lex["people_nouns"] or lemma in role_classes() or \
        lemma in lex["generic_person_nouns"]


def _may_mean_subject(pron: Token, subject: Token) -> bool:
    """Whether a pronoun after a subject can be a vote on the subject's gender: not an
    object of a verb or preposition ('Ana Ruiz found him': him is someone else) and not
    inside a clause on another noun ('WIRED spoke to a mother, who knew her son': her is
    the mother)."""
    if pron.dep_ in ("dobj", "dative", "pobj", "iobj") and pron.lower_ in ("him", "her",
                                                                          "them"):
        return False
    if any(a.dep_ in ("relcl", "acl") and a.head.i != subject.i for a in pron.ancestors):
        return False
    # (rule apposition_owner_not_subject: nor the owner in the subject's own apposition --
    # 'Tom Reyes, her brother, laughed': "her" is someone else, never Reyes)
    if enabled("apposition_owner_not_subject") and pron.dep_ == "poss" and any(
            a.dep_ == "appos" and a.head.i == subject.i for a in pron.ancestors):
        return False
    # (rule pronoun_under_other_subject: nor inside a clause with a subject of its own that
    # is a noun -- 'Ruiz said the president had called Lee to tell him he was doing well':
    # "he" is Lee's, not Ruiz's)
    return not (enabled("pronoun_under_other_subject") and any(
        a.i != subject.head.i and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") and
            c.i != subject.i for c in a.children)
        for a in [pron.head, *pron.head.ancestors] if a.i != subject.head.i and
        subject.head in a.ancestors))


def _person_noun(word: str) -> bool:
    """A noun for a person: a role, a people noun, a generic person noun, or a word for a
    man or a woman ("aunt", "spokeswoman")."""
    lex = speaker_lexicon()
    return word in lex["people_nouns"] or word in role_classes() or \
        word in lex["generic_person_nouns"] or title_gender(word) is not None


def person_noun(word: str) -> bool:
    """Whether lemma `word` is a noun for a person (see `_person_noun`)."""
    return _person_noun(word)


def _may_be_described(r: Referent, modifiers: set[str]) -> bool:
    """Whether a description whose nouns before its head are `modifiers` ("the regional
    civil protection agency": protection) may mean referent `r`: a name that spoke or acted
    as a subject always may; one only named in passing ("near the Kessel glacier", "told the
    Daily Post"), or one known only by a description ("the meteorology agency"), only when
    its name, roles or description hold one of those nouns."""
    if not modifiers or ((r.spoke or r.salient) and r.actor.mention_id is not None):
        return True  # (an unnamed one is known by its description's words only)
    return bool(modifiers & (r.roles | _words(r.actor.name) | _words(r.actor.description)))


@functools.lru_cache(maxsize=1)
def _addressee_verbs() -> frozenset[str]:
    """Reporting verbs whose object is who was told ('told reporters', 'briefed diplomats')."""
    return frozenset(load_json("reporting_verbs.json")["addressee_object"])


def _spoken_to(tok: Token) -> bool:
    """Rule one_not_the_audience: the people spoken to through a preposition of audience
    (quote_channels.json audience_preps) after a verb of speaking or reporting or a channel
    noun ('spoke to reporters', 'said to the crowd', 'in remarks to supporters', 'talked with
    students'): a "one" who speaks next is not one of them."""
    if not enabled("one_not_the_audience") or tok.dep_ != "pobj":
        return False
    prep, lex = tok.head, channel_lexicon()
    if prep.lower_ not in lex["audience_preps"]:
        return False
    over = prep.head
    lemma = over.lemma_.lower()
    if over.pos_ in ("VERB", "AUX"):
        return lemma in lex["speak_verbs"] or lemma in load_json("reporting_verbs.json")["verbs"]
    return over.pos_ == "NOUN" and lemma in lex["channel_nouns"]


def _audience_last_resort(tok: Token, head: Token) -> bool:
    """Rule audience_last_resort: one_not_the_audience and one_not_the_addressee pass over
    the people spoken to ('Three aides spoke to reporters. "...," one said.' is an aide);
    when no other group was named before ('Lee spoke to voters in Ohio. "...," one said.',
    'Lee told voters the plant would stay open. "...," one said.'), "one" is one of them
    after all: passing them over too left "one" with no one, and the quotation was lost or
    went to the last speaker, who is no "one" of a group. Only people spoken to in an
    earlier sentence, and never for "no one" ('told reporters that no one could conclude
    ...' names no speaker)."""
    return enabled("audience_last_resort") and tok.sent.start != head.sent.start and \
        not (head.i > 0 and head.doc[head.i - 1].lower_ == "no")


def _org_called(acl: Token, noun: Token, lemma: str, description: str
                ) -> tuple[ActorRef, str, set[str]] | None:
    """Rule org_called_name: 'a coalition called Save Our Parks', 'a group named Keep It
    Local': the words in capitals right after "called"/"named" on a noun for an organization
    (however the tagger read them: "Keep" a verb) are its name, up to a comma or a word in
    lower case. That organization, or None (no word in capitals there)."""
    doc = acl.doc
    end = acl.i
    for tok in doc[acl.i + 1:min(acl.i + 8, len(doc))]:
        if tok.is_punct or not tok.text[:1].isupper() or \
                not tok.text.replace("-", "").isalnum() or tok.ent_type_ in ("DATE", "TIME"):
            break  # (not 'a firm called Monday to say ...': a day)
        end = tok.i
    if end == acl.i or (end == acl.i + 1 and doc[end].pos_ not in ("PROPN", "NOUN")):
        return None
    first, last = doc[acl.i + 1], doc[end]
    name = doc_text(doc)[first.idx:last.idx + len(last.text)]
    return (ActorRef(name=name, type="ORG", description=description,
                     span=(first.idx, last.idx + len(last.text))), ORG, {lemma})


def _withholds_name(head: Token) -> bool:
    """'the woman, who asked that her name not be used', 'the official, speaking on
    condition of anonymity': a source described as unnamed on purpose is no one named
    before."""
    words = speaker_lexicon()["withheld_name"]
    for t in head.subtree:
        if t.i <= head.i:
            continue
        if t.lower_ in words["anonymity"]:
            return True
        if t.lemma_.lower() in words["negated"] and any(
                c.dep_ == "neg" for c in [*t.children, *t.head.children]):
            return True
    return False


def _full_name(text: str) -> bool:
    """Two or three capitalized words ("Nadia Farouk"), as a person's name is written."""
    words = text.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:2].islower() for w in words)


def _says_what_one_is(tok: Token) -> bool:
    """'Ruiz, who described herself as a fan who ...', 'Ruiz is a nurse who ...', 'Ruiz,
    a nurse who ...': a noun that says what someone already there is (the object of 'as'
    after an object, a predicate, an apposition) brings in no one new (rule
    predicate_noun_no_newcomer, quotes14, from the judged ECB+ sample)."""
    if not enabled("predicate_noun_no_newcomer"):
        return False
    if tok.dep_ in ("attr", "oprd", "appos"):
        return True
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else None
    return verb is not None and verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("dobj", "nsubjpass") for c in verb.children)


def _can_be_person(r: Referent) -> bool:
    """Whether "he" or "she" can mean referent `r`: a named one, a name the tagger missed
    (capitalized), or a description by a noun for a person ("the teenager"); not a thing a
    cue gave a voice ('a sample came in called ...', 'the book that introduced me', 'the
    testimony concluded'), which only "it" takes up."""
    if r.actor.mention_id is not None:
        return True
    words = r.actor.name.split()
    if len(words) == 1 and len(words[0]) > 1 and words[0].isupper():
        return False  # an acronym the tagger did not take for anyone ("WIRED", "NASA")
    if words and all(w[:1].isupper() for w in words if w[:1].isalpha()):
        return True
    return any(_person_noun(w) for w in r.roles | _words(r.actor.name))


def _titles_apart(lemma: str, role: str) -> bool:
    """Two specific titles that share only a broad class ("president" and "secretary", both
    an official's): two people, unless one of them is a word for any office holder ("the
    lawmaker"). Titles of a narrower class together ("DA" and "attorney") may be one."""
    lex = speaker_lexicon()
    shared = role_classes().get(lemma, set()) & role_classes().get(role, set())
    return role in role_classes() and bool(shared) and \
        shared <= set(lex["broad_role_classes"]) and \
        lemma not in lex["office_holder_nouns"] and role not in lex["office_holder_nouns"]


def _org_group(tok: Token) -> bool:
    """A plural noun for organizations of a kind ("banks", "automakers", "startups")."""
    lex = speaker_lexicon()
    return tok.lemma_.lower() in lex["generic_org_nouns"]


def _product_trade(head: Token, lemma: str) -> bool:
    """'the copper miner', 'the copper and gold miner': a trade noun with a product before it
    names a business, not a person (rule product_trade_noun; 'the miner' alone stays one)."""
    return lemma in speaker_lexicon()["trade_agent_nouns"] and head.tag_ == "NN" and any(
        c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" and c.i < head.i
        for c in head.children) and enabled("product_trade_noun")


_PARTY_TAG = re.compile(r"^\s*[,(]\s*([RDI])-[A-Z]")
_PARTY_AFTER = re.compile(r"^\s*,\s*(?:a|an|the)\s+(?:[a-z]+\s+){0,2}([A-Z][a-z]+)\b")
_PARTY_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:[A-Z][a-z]*\.?\s+){1,3}$")
# the party tags of US copy ("(R-Utah)"): the family each names in party_family_words' values
_TAG_FAMILY = {"R": "Republican", "D": "Democratic", "I": "Independent"}


def _parties_beside(text: str, spans: list[tuple[int, int]]) -> set[str]:
    """The party families the text gives a person beside their name ("Tom Reeve, a
    Republican", "Tom Reeve (R-Utah)", "Republican Sen. Tom Reeve"; the one table of party
    words, gazetteer.party_family_words)."""
    words = party_family_words()
    found: set[str] = set()
    for start, end in spans:
        tag = _PARTY_TAG.match(text[end:end + 8])
        if tag is not None and _TAG_FAMILY[tag.group(1)] in words:
            found.add(words[_TAG_FAMILY[tag.group(1)]])
        for pattern, window in ((_PARTY_AFTER, text[end:end + 40]),
                                (_PARTY_BEFORE, text[max(0, start - 40):start])):
            hit = pattern.search(window)
            if hit is not None and hit.group(1) in words:
                found.add(words[hit.group(1)])
    return found


def issuing_agent(child: Token) -> Token | None:
    """Rule issued_by_agent: 'an estimate released Monday by the budget office', 'a statement
    issued by the ministry', 'a survey conducted by Gallup': the agent of a restrictive
    participle that puts out the document (quote_speakers.json issuing_participles) is whose
    it is; not the agent of 'obtained by reporters' (they only hold it), nor of papers one may
    release for another ('documents released by the committee': held_document_nouns), nor
    of a participle set off by commas ('The memo, written by a consultant, warned')."""
    lex = speaker_lexicon()
    if child.dep_ != "acl" or child.tag_ != "VBN" or child.i < child.head.i or \
            child.lemma_.lower() not in lex["issuing_participles"] or \
            child.head.lemma_.lower() in lex["held_document_nouns"] or \
            any(t.text == "," for t in child.doc[child.head.i + 1:child.i]) or \
            not enabled("issued_by_agent"):
        return None  # ('The memo, written by a consultant, warned': the memo speaks)
    agent = next((c for c in child.children if c.dep_ == "agent"), None)
    return next((g for g in agent.children if g.dep_ == "pobj"), None) \
        if agent is not None else None


def _owner_before_cue_noun(owner: Token) -> Token:
    """'X rose, an analysis by a research firm shows.': the tagger read the closing reporting
    verb as a plural noun and hung the author's words on it; the author is the noun before
    that verb, which says nothing itself (rule cue_read_as_author)."""
    from newsweave.extract.quote_cues import reporting_lexicon

    lemma = owner.lemma_.lower()
    if not enabled("cue_read_as_author") or owner.tag_ != "NNS" or \
            lemma not in reporting_lexicon()["verbs"] or \
            owner.lower_ not in (lemma + "s", lemma + "es") or \
            any(not t.is_punct for t in owner.doc[owner.i + 1:owner.sent.end]):
        return owner  # (only the sentence's last word before its full stop)
    before = owner.doc[owner.i - 1]
    if before.head.i == owner.i and before.dep_ == "compound" and before.pos_ in ("NOUN", "PROPN"):
        return before
    return owner


class SpeakerResolver:
    """Resolves speaker phrases in text order; remembers who has spoken."""

    def __init__(self, doc: Doc, article: Article, mentions: list[Mention],
                 quote_ranges: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.article = article
        self.quote_ranges = quote_ranges
        self.sent_starts = [s.start_char for s in doc.sents]
        # the sentences of narration: not those wholly inside quotation marks (a speaker's
        # quoted lines put no distance between the speaker and the narration after them)
        self.narration_starts = [s.start_char for s in doc.sents if not all(
            inside_any(t.idx, quote_ranges) for t in s if t.is_alpha)] \
            if enabled("quoted_lines_no_distance") else self.sent_starts
        self.referents: list[Referent] = []
        # (step name, what it found) while one speaker phrase is resolved: see _step
        self.trace: list[tuple[str, object]] = []
        self._depth = 0
        self._roles_by_name: dict[str, set[str]] | None = None  # see _roles_named
        self.channels: list[tuple[int, str, ActorRef, str, set[str]]] = []
        self.reports: list[tuple[int, int, Referent]] = []  # see note()
        self.by_token: dict[int, Mention] = {}
        mentions = _people_by_role(doc, [_organization_named(m) for m in mentions])
        self.person_mentions = [m for m in mentions if m.label == "PERSON"]
        # every name the tagger found somewhere, to recognize it where it missed it
        self.by_name: dict[str, Mention] = {}
        for m in mentions:
            if m.label in ("PERSON", "ORG"):
                self.by_name.setdefault(m.text.lower(), m)
                self.by_name.setdefault(m.canonical.lower(), m)
        roles_by_key: dict[str, set[str]] = {}
        for m in mentions:
            span = doc.char_span(m.span[0], m.span[1], alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                self.by_token[t.i] = m
            if m.label == "PERSON":
                roles_by_key.setdefault(m.local_key, set()).update(
                    self._mention_roles(m, span.root))
        headlines = _headline_lines(doc_text(doc))
        self.datelines = _dateline_ranges(doc_text(doc))
        # who the article calls "he" or "she" (name -> gender), and single names the tagger
        # took for organizations that the article speaks of as a person ("Guzel said she")
        self.genders: dict[str, str] = {}
        # (name -> where the first sentence voting on its gender names it: rule
        # gender_known_before)
        self.gender_seen: dict[str, int] = {}
        self.person_names: set[str] = set()
        self._pronoun_evidence(mentions, headlines)
        titles = _title_words()
        for m in mentions:
            # a related-headline line or subhead ("Ruiz Slams Budget Deal") and a bare title
            # the tagger took for a name ("Councilwoman") are no one a pronoun can mean
            if self._in_quote(m.span[0]) or any(a <= m.span[0] < b for a, b in headlines) or \
                    any(a <= m.span[0] < b for a, b in self.datelines):
                continue
            if m.canonical.lower().rstrip(".") in titles:
                named = self._name_after_title(m)
                if named is not None:
                    self.referents.append(named)
                continue
            span = doc.char_span(m.span[0], m.span[1], alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            # "the Bush administration weakened ...": a person's name modifying a noun for a
            # thing is not the subject ("the Liberation Army rebel group" is)
            salient = root.dep_ in ("nsubj", "nsubjpass") or (
                # (a name opening its sentence that the parser made the root: "Lee, who had
                # never sung, worried about ...")
                (root.dep_ == "ROOT" and root.pos_ == "PROPN" and
                 span.start == root.sent.start) or (
                    root.dep_ in ("appos", "compound") and
                    root.head.dep_ in ("nsubj", "nsubjpass") and
                    not (m.label == "PERSON" and root.dep_ == "compound" and
                         root.head.pos_ == "NOUN" and
                         root.head.lemma_.lower() not in role_classes()))) or (
                # "Mr. Hale's approach is not limited to trade. He has ...": the person who
                # owns a main clause's subject is who the next sentence's "he" takes up
                m.label == "PERSON" and root.dep_ == "poss" and
                root.head.dep_ in ("nsubj", "nsubjpass") and root.head.head.dep_ == "ROOT"
                and enabled("possessor_of_subject")) or (
                # 'Vann used his time to ask Ruiz about agencies. She said ...': the one asked
                # is who answers next (rule the_one_asked_answers)
                m.label == "PERSON" and root.dep_ == "dobj" and
                root.head.lemma_.lower() in ("ask", "question", "press", "quiz") and
                enabled("the_one_asked_answers")) or (
                # 'Shares of Acme fell after the snack maker said ...': the company whose
                # stock is the subject is what the sentence is about (rule shares_of_company)
                m.label == "ORG" and root.dep_ == "pobj" and root.head.lower_ in ("of", "in")
                and root.head.head.dep_ in ("nsubj", "nsubjpass") and
                root.head.head.lemma_.lower() in speaker_lexicon()["share_nouns"] and
                enabled("shares_of_company")) or (
                # 'Katrin Vell, one of the party's leaders, accused ...' parsed with "one" as
                # the subject and the name as a modifier: the name set off before the
                # subject of its own verb is that subject (rule name_beside_parsed_subject)
                m.label == "PERSON" and root.dep_ not in (
                    "nsubj", "nsubjpass", "dobj", "pobj", "appos", "poss") and
                span.end + 1 < len(doc) and doc[span.end].text == "," and
                doc[span.end + 1].dep_ in ("nsubj", "nsubjpass") and
                doc[span.end + 1].head.i == root.head.i and root.head.i > span.end and
                enabled("name_beside_parsed_subject"))
            if m.label not in _ORG_LABELS and m.label != "PERSON":
                continue
            kind = PERSON if m.label == "PERSON" or m.canonical in self.person_names else ORG
            if m.canonical.lower() in speaker_lexicon()["organization_nouns"]:
                kind = ORG  # ("Congress, not the president, writes the laws": no person)
            roles = set(roles_by_key.get(m.local_key, set()))
            if kind == ORG:
                roles |= _words(m.canonical) | self._mention_roles(m, root)
            self.referents.append(Referent(pos=m.span[0], actor=self._mention_actor(m),
                                           kind=kind, roles=roles, salient=salient))
        # a surname the tagger missed in one place ("Envoy Novak, however, went on ...")
        for tok in doc:
            # (or read as a plural noun: "Gibbons told police")
            if (tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.text[:1].isupper())) and \
                    tok.dep_ in ("nsubj", "nsubjpass") and not self._in_quote(tok.idx):
                owner = self._by_surname(tok)
                if owner is not None:
                    self.referents.append(Referent(
                        pos=tok.idx, actor=self._mention_actor(owner), kind=PERSON,
                        roles=set(roles_by_key.get(owner.local_key, set())), salient=True))
        # a two- or three-word name the tagger missed everywhere, as a main-clause subject
        # ("Ana Ruiz stepped up to the microphone. '...,' she said"): someone he or she can
        # mean (not a name ending in a word for an organization)
        lex = speaker_lexicon()
        org_words = set(lex["organization_nouns"]) | set(lex["generic_org_nouns"]) | set(
            lex["organization_name_words"])
        for tok in doc:
            if tok.pos_ != "PROPN" or tok.dep_ not in ("nsubj", "nsubjpass") or \
                    tok.head.dep_ != "ROOT" or tok.i in self.by_token or \
                    self._in_quote(tok.idx) or tok.ent_type_ or \
                    any(a <= tok.idx < b for a, b in headlines):
                continue
            parts = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
            if parts and parts[0].i + len(parts) != tok.i:
                continue
            while parts and (parts[0].lower_.rstrip(".") in titles or
                             parts[0].lower_ in role_classes()):
                parts = parts[1:]  # "Mayor Ana Ruiz": the name after the title
            words = [*parts, tok]
            if not 1 <= len(parts) <= 2 or any(
                    w.pos_ != "PROPN" or not w.is_title or w.i in self.by_token or w.ent_type_
                    or w.lower_ in org_words or w.lower_.rstrip(".") in titles
                    for w in words):
                continue
            name = doc_text(doc)[words[0].idx:tok.idx + len(tok.text)]
            self.referents.append(Referent(
                pos=words[0].idx, actor=ActorRef(name=name, type="PERSON",
                                                 span=(words[0].idx, tok.idx + len(tok.text))),
                kind=PERSON, salient=True))
        self.referents.sort(key=lambda r: r.pos)
        # a person given by a role as the subject ("The striker was blunt after the loss.
        # '...,' he told reporters"): resolved to someone named if it can be, else kept as a
        # described referent that a later pronoun can take
        # (or by a plain word for a man or woman the article never names: "The man cleaned
        # his house. As he related, '...'")
        role_nouns = set(role_classes()) | {
            w for w in speaker_lexicon()["generic_person_nouns"] if _word_gender(w)}
        for tok in doc:
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "NOUN" or \
                    tok.tag_ != "NN" or tok.lemma_.lower() not in role_nouns or \
                    tok.i in self.by_token or self._in_quote(tok.idx) or not any(
                    c.dep_ in ("det", "poss") for c in tok.children):
                continue
            found = self._described(tok)
            if found is not None and found[1] == PERSON:
                actor, kind, roles = found
                self.note(actor, tok.idx, kind, roles)
        # a person a new description brings in with a who-clause, wherever it stands ("The
        # magazine spoke to one mother, who knew her son ... '...,' she said"): the one
        # the text goes on about (not one it names: that is a mention)
        for tok in doc:
            if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.i in self.by_token or \
                    self._in_quote(tok.idx) or not _person_noun(tok.lemma_.lower()) or \
                    not any(c.dep_ == "relcl" and any(g.lower_ in ("who", "whom") and
                                                      g.dep_ in ("nsubj", "dobj", "nsubjpass")
                                                      for g in c.children)
                            for c in tok.children) or \
                    not any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one")
                            for c in tok.children) or _says_what_one_is(tok):
                continue
            found = self._described(tok)
            if found is not None and found[1] == PERSON and found[0].mention_id is None:
                actor, kind, roles = found
                self.referents.insert(bisect.bisect_right(
                    self.referents, tok.idx, key=lambda r: r.pos), Referent(
                    pos=tok.idx, actor=actor, kind=kind, roles=roles, salient=True))
        # people named together as a subject ("Mira Voss and her brother Dale agreed ...
        # They wrote that ..."): a group "they" can take, spoken for by the first named
        # (or "he and his wife explained": the one "he" means first)
        for tok in doc:
            first = self.by_token.get(tok.i)
            pronoun = tok.lower_ in ("he", "she")
            if tok.dep_ not in ("nsubj", "nsubjpass") or (
                    not pronoun and (first is None or first.label != "PERSON")) or \
                    self._in_quote(tok.idx) or not any(
                    c.dep_ == "conj" and ((c.i in self.by_token and
                                           self.by_token[c.i].label == "PERSON") or
                                          _person_noun(c.lemma_.lower()))
                    for c in tok.children):
                continue
            if first is not None and not pronoun:
                actor, roles = self._mention_actor(first), set(
                    roles_by_key.get(first.local_key, set()))
            else:
                found = self.resolve(tok)
                if found is None or found[1] != PERSON:
                    continue
                actor, roles = found[0], found[2]
            self.referents.insert(bisect.bisect_right(
                self.referents, tok.idx, key=lambda r: r.pos), Referent(
                pos=tok.idx, actor=actor, kind=GROUP, roles=roles, salient=True))
        # a group given by a plural noun as a main-clause subject ("Critics of the plan
        # often cite delays. They have argued that ..."): a referent "they" can take
        # (or of organizations: "Neo-banks are all the rage. They say ...")
        for tok in doc:
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ != "NNS" or \
                    tok.head.dep_ != "ROOT" or tok.i in self.by_token or \
                    self._in_quote(tok.idx) or not (_people_group(tok) or _org_group(tok)):
                continue
            found = self._described(tok)
            if found is not None and (found[1] == GROUP or (
                    found[1] == ORG and found[0].mention_id is None and _org_group(tok))):
                actor, kind, roles = found
                self.note(actor, tok.idx, kind, roles)

    # ------------------------------------------------------------------ helpers

    def _pronoun_evidence(self, mentions: list[Mention], headlines: list[tuple[int, int]]
                          ) -> None:
        """Gender from the pronouns of sentences about one named subject ("Tishana King
        says she saw it", "Lee, 39, said her son ..."): a sentence whose only named person
        is its subject and whose pronouns outside quotation marks are all "she/her" (or all
        "he/his") is a vote; a name whose votes agree gets that gender. A name the tagger
        labelled an organization (one to three capitalized words, no organization noun)
        that such a sentence speaks of as "she" or "he" is a person."""
        lex = speaker_lexicon()
        org_words = set(lex["organization_nouns"]) | set(lex["generic_org_nouns"]) | set(
            lex["organization_name_words"])
        sents = list(self.doc.sents)
        by_sent: dict[int, list[tuple[Mention, Span]]] = {}
        for m in mentions:
            # (a single name the tagger took for a place counts too: "Tommy, who retired
            # early, said his ...")
            if m.label not in ("PERSON", "ORG", "GPE") or self._in_quote(m.span[0]) or any(
                    a <= m.span[0] < b for a, b in headlines):
                continue
            span = self.doc.char_span(m.span[0], m.span[1], alignment_mode="expand")
            if span is not None:
                by_sent.setdefault(self.sentence_index(m.span[0]), []).append((m, span))
        votes: dict[str, set[str]] = {}
        for si, found in by_sent.items():
            subjects = [(m, span) for m, span in found
                        if span.root.dep_ in ("nsubj", "nsubjpass")]
            if len(subjects) != 1:
                continue
            m, span = subjects[0]
            root = span.root
            if root.head.dep_ != "ROOT":  # 'X would go, he said': "he" is not X
                continue
            if any(x.label == "PERSON" and x.local_key != m.local_key for x, _s in found):
                continue
            party_word = m.text.lower().endswith("s") and \
                m.text.lower()[:-1] in speaker_lexicon()["party_member_nouns"]
            if (m.label == "NORP" or party_word) and enabled("party_word_no_person"):
                # ('Republicans, she argued, could not agree': a party or nationality word
                # is no one "she" means)
                continue
            if m.label != "PERSON":
                words = m.text.split()
                if len(words) > 3 or not all(w[:1].isupper() for w in words) or any(
                        t.pos_ != "PROPN" for t in span if not t.is_punct) or \
                        _words(m.text) & org_words:
                    continue
            genders = {_pronoun_gender(t.lower_) for t in sents[si] if t.pos_ == "PRON" and
                       t.i > root.i and not self._in_quote(t.idx) and
                       _may_mean_subject(t, root)} - {None}
            if len(genders) != 1:
                continue
            name = self._mention_actor(m).name
            votes.setdefault(name, set()).update(g for g in genders if g)
            first = self.gender_seen.get(name)
            self.gender_seen[name] = m.span[0] if first is None else min(first, m.span[0])
            if m.label != "PERSON":
                self.person_names.add(m.canonical)
        self.genders = {name: next(iter(g)) for name, g in votes.items() if len(g) == 1}

    def _gender_of(self, r: Referent, by_name: bool = False, before: int | None = None
                   ) -> str | None:
        """What the article says of the person's gender: its pronouns about them, else a
        title or role; with `by_name`, else a given name used for one gender only
        ("Maria Lopez", extract/gender.py) of a named person. A given name is only good
        enough to rule a person out ("she" is not "David Cohen"), never to prefer one.
        With `before`, pronouns only of sentences before that offset count (rule
        gender_known_before: what the text says later does not pick between the people
        a description may take up)."""
        known = self.genders.get(r.actor.name)
        if known is not None and before is not None and enabled("gender_known_before") and \
                self.gender_seen.get(r.actor.name, -1) >= before:
            known = None
        if known is None:
            known = _gender(r)
            if known is not None and r.kind == PERSON and r.actor.mention_id is not None:
                # ("Rosa Diaz, the state party chairman ... She added": a woman's given name
                # outweighs a role word many women hold as written)
                named = _LONG_GENDER.get(given_name_gender(r.actor.name) or "")
                if named is not None and named != known:
                    known = named
        if known is None and by_name and r.kind == PERSON and r.actor.mention_id is not None:
            known = _LONG_GENDER.get(given_name_gender(r.actor.name) or "")
        return known

    def _name_after_title(self, m: Mention) -> Referent | None:
        """"Councilwoman Ana Ruiz" where the tagger took only the title for a name: the
        capitalized words after the title are the person."""
        span = self.doc.char_span(m.span[0], m.span[1], alignment_mode="expand")
        if span is None:
            return None
        run = []
        for tok in self.doc[span.end:span.end + 4]:
            if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
                break
            run.append(tok)
        if not run:
            return None
        name = doc_text(self.doc)[run[0].idx:run[-1].idx + len(run[-1].text)]
        actor = ActorRef(name=name, type="PERSON", description=m.canonical,
                         span=(run[0].idx, run[-1].idx + len(run[-1].text)))
        salient = run[-1].dep_ in ("nsubj", "nsubjpass")
        return Referent(pos=run[0].idx, actor=actor, kind=PERSON,
                        roles={m.canonical.lower().rstrip(".")}, salient=salient)

    @_step("name_after_abbreviation")
    def _person_after_abbreviation(self, head: Token
                                   ) -> tuple[ActorRef, str, set[str]] | None:
        """'said Bloomington Police Sgt. Ana Ruiz', 'said Commander Col. Inf. Ali Noor': the
        sentence splitter ended the sentence at a title's full stop, so the speaker phrase
        stops at the title. The person named right after the stop (through at most one more
        abbreviation) speaks, described by the words before."""
        doc = self.doc
        last = head.right_edge if head.right_edge.i >= head.i else head
        if not (last.is_alpha and last.text[:1].isupper() and len(last.text) <= 5):
            return None
        titles = abbreviations().titles
        if last.lower_ not in titles and not any(
                t.lower_ in titles
                for t in doc[max(head.left_edge.i, last.i - 3):last.i]):
            return None
        at = last.i + 1
        for _ in range(2):
            if at >= len(doc) or doc[at].text != "." or doc[at].whitespace_ == "":
                return None
            nxt = doc[at + 1] if at + 1 < len(doc) else None
            if nxt is None:
                return None
            m = self.by_token.get(nxt.i)
            if m is not None and m.label == "PERSON" and m.span[0] == nxt.idx:
                description = doc_text(doc)[head.left_edge.idx:last.idx + len(last.text)]
                return self._from_mention(m, description=description)
            if not (nxt.is_alpha and nxt.text[:1].isupper() and len(nxt.text) <= 5):
                return None
            at = nxt.i + 1
        return None

    def _place_near(self, pos: int, words: list[str]) -> bool:
        """Whether each of `words` (place names, lower case) stands in the sentence at
        character `pos` or the one before it."""
        i = doc_index(self.doc).first_token_from(pos)
        if i >= len(self.doc):
            return False
        sent = self.doc[i].sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        text = self.doc[start:sent.end].text.lower()
        return all(w in text for w in words)

    @_step("of_whom_antecedent")
    def _of_whom_antecedent(self, head: Token) -> Token | None:
        """For a subject 'all of whom' / 'most of whom', the nearest plural noun before it in
        its sentence, with nothing but a comma between its phrase and the subject."""
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        whom = next((g for g in of.children if g.dep_ == "pobj"), None) \
            if of is not None else None
        if whom is None or whom.lower_ != "whom" or head.i == 0 or \
                self.doc[head.i - 1].text != ",":
            return None
        for t in reversed(self.doc[head.sent.start:head.i - 1]):
            if t.tag_ in ("NNS", "NNPS") and t.pos_ in ("NOUN", "PROPN"):
                return t
        return None

    @_step("title_alone_mention")
    def _name_after_abbreviation_mention(self, head: Token) -> Mention | None:
        """The person named right after title `head` (past its full stop), if any."""
        at = head.i + 1
        if at < len(self.doc) and self.doc[at].text == ".":
            at += 1
        m = self.by_token.get(at) if at < len(self.doc) else None
        if m is None or m.label != "PERSON" or m.span[0] != self.doc[at].idx or \
                m.canonical.lower().rstrip(".") in abbreviations().titles:
            return None
        return m

    @_step("name_after_title_run")
    def _name_after_title_run(self, head: Token) -> tuple[ActorRef, str, set[str]] | None:
        """"Former star running back Ty Cole and other players have alleged": the parser
        made a word of the title the subject and hung the name below it. A person named in
        the subject phrase after nothing but title words (no comma, preposition or clause
        marker between) speaks, described by those words."""
        if head.pos_ != "NOUN" or head.i in self.by_token or head.tag_ != "NN":
            return None
        doc = self.doc
        start = head.left_edge.i
        if doc[start].pos_ == "DET":
            start += 1
        for t in doc[start:head.right_edge.i + 1]:
            m = self.by_token.get(t.i)
            if m is not None:
                if m.label != "PERSON" or t.i <= head.i or t.i - start > 6:
                    return None
                words = doc_text(doc)[doc[start].idx:t.idx].strip()
                return self._from_mention(m, description=words or None)
            if t.is_punct or t.pos_ not in ("ADJ", "NOUN", "VERB", "ADV", "ADP") or (
                    t.pos_ == "ADP" and t.dep_ != "advmod") or (
                    t.pos_ == "VERB" and t.tag_ != "VBG"):
                return None
        return None

    def _in_quote(self, pos: int) -> bool:
        return inside_any(pos, self.quote_ranges)

    def sentence_index(self, pos: int) -> int:
        return max(bisect.bisect_right(self.sent_starts, pos) - 1, 0)

    def narration_index(self, pos: int) -> int:
        """The sentence index of `pos` counting only sentences of narration."""
        return max(bisect.bisect_right(self.narration_starts, pos) - 1, 0)

    def _mention_roles(self, m: Mention, root: Token) -> set[str]:
        # "a Republican who led a bid to let judges decide": what the person did, in a
        # clause on the description, gives no role ("judges" is not one)
        roles = _words(_RELATIVE_CLAUSE.split(m.description or "", maxsplit=1)[0])
        # "Mrs. Dana Holt", "Mr Tran": the honorific before the name says who "she" or "he" is
        honorifics = set(gender_words()[0])
        if m.label == "PERSON" and m.span[0] > 0:
            first = self.doc.char_span(m.span[0], m.span[1], alignment_mode="expand")
            if first is not None and first.start > 0:
                before = self.doc[first.start - 1]
                word = before.lower_.rstrip(".")
                if word in honorifics and before.text[:1].isupper():
                    roles.add(word)
        # (nor does a clause on the name itself: 'Pell, who launched a fashion line,' is no
        # fashion anything)
        said_of = {x.i for c in root.children if c.dep_ in ("relcl", "acl") and c.i > root.i
                   for x in c.subtree} if enabled("clause_gives_no_role") else set()
        for t in root.subtree:
            if t.i in said_of:
                continue
            if t.dep_ in ("compound", "amod", "appos", "nmod") and t.pos_ == "NOUN":
                roles.add(t.lemma_.lower())
            title = _title_role(t)
            if title is not None and t.i < root.i:
                roles.add(title)
            if t.dep_ == "appos":
                clause = {x.i for c in t.subtree if c.i != t.i and c.dep_ in (
                    "relcl", "acl", "advcl", "ccomp", "xcomp") for x in c.subtree}
                roles |= {x.lemma_.lower() for x in t.subtree
                          if x.pos_ == "NOUN" and x.i not in clause}
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            roles |= {x.lemma_.lower() for x in root.head.subtree
                      if x.pos_ == "NOUN" and x.i < root.i}
        # pre-modifiers: "Berlin-based energy analyst Jana Hofer"
        i = root.left_edge.i - 1
        while i >= root.sent.start and self.doc[i].pos_ in ("NOUN", "ADJ", "PROPN") and \
                self.doc[i].i not in self.by_token:
            if self.doc[i].pos_ == "NOUN":
                roles.add(self.doc[i].lemma_.lower())
            title = _title_role(self.doc[i])
            if title is not None:
                roles.add(title)
            i -= 1
        if enabled("possessor_is_no_role"):
            # ('Ben Tuttle, the president's top economic adviser': the adviser is no
            # president; a person noun owning the description is someone else's role)
            near = [*root.subtree, *(root.head.subtree if root.dep_ == "appos" else [])]
            owners = {t.lemma_.lower() for t in near if t.dep_ == "poss" and
                      t.pos_ == "NOUN" and _person_noun(t.lemma_.lower())}
            held = {t.lemma_.lower() for t in near if t.dep_ != "poss" and t.pos_ == "NOUN"}
            # (the description the mention carries: "the president's top economic adviser")
            said = m.description or ""
            owners |= {w.lower() for w in re.findall(r"(\w+)'s\b", said)
                       if _person_noun(w.lower())}
            held |= set(re.findall(r"\w+", re.sub(r"\w+'s\b", " ", said).lower())) - {"s"}
            roles -= owners - held
        return roles

    def _mention_actor(self, m: Mention) -> ActorRef:
        name = m.canonical
        if m.label == "PERSON" and len(name.split()) == 1:
            full = self._surname_owner(name)  # "Hofer" -> "Jana Hofer"
            if full is not None:
                name = full.canonical
        person = m.label != "PERSON" and m.canonical in self.person_names
        owner = self._country_owner(m)
        if owner is not None:  # ("Pakistan's Foreign Office": rule country_owned_body)
            name = f"{owner} {name}"
        cause = self._group_named_for(m)
        if cause is not None:  # ("Americans for Fair Trade": rule group_named_for_cause)
            group = ActorRef(name=cause, type="ORG", description=m.description,
                             span=(m.span[0], m.span[0] + len(cause)), mention_id=m.mention_id)
            self._note("group_named_for_cause", group)
            return group
        return ActorRef(name=name, entity_id=m.entity_id, country=m.country,
                        sector=m.sector, type="PERSON" if person else m.label,
                        description=m.description, span=m.span, mention_id=m.mention_id)

    def _group_named_for(self, m: Mention) -> str | None:
        """Rule group_named_for_cause: "Americans for Fair Trade said", "Parents for Safer
        Roads said": a group's name made of a nationality or group word (a NORP mention, as
        the tagger reads "Americans") and "for" with a cause in capitals is the group's whole
        name, not the people of the nationality. The name, or None (also when a lower-case
        word follows "for": "Americans for years have said ...")."""
        if not enabled("group_named_for_cause") or m.label != "NORP":
            return None
        index = doc_index(self.doc)
        i = index.first_token_from(m.span[1])
        if i + 1 >= len(self.doc) or self.doc[i].lower_ != "for" or \
                self.doc[i].head.idx >= m.span[1] or self.doc[i].head.idx < m.span[0]:
            return None
        end = i
        for tok in self.doc[i + 1:]:
            if tok.pos_ == "PROPN" and tok.text[:1].isupper():
                end = tok.i
            elif tok.lower_ not in ("and", "of", "the", "&") or tok.i == i + 1:
                break
        if end == i:
            return None
        return self.text_of(m.span[0], self.doc[end].idx + len(self.doc[end].text))

    def text_of(self, start: int, end: int) -> str:
        """The document's text between two character offsets."""
        return doc_text(self.doc)[start:end]

    def _country_owner(self, m: Mention) -> str | None:
        """Rule country_owned_body: "Pakistan's Foreign Office said", "China's Foreign
        Ministry said": the country a body's name leaves out, written as its possessor, is
        part of whose body it is ("Pakistan's"); the name of a body that ends in a noun for
        a body (quote_speakers.json organization_nouns), not a company's own name
        ("Russia's Gazprom"). The possessor's words, or None."""
        if m.label != "ORG" or not m.canonical or not enabled("country_owned_body") or \
                m.canonical.split()[-1].lower() not in speaker_lexicon()["organization_nouns"]:
            return None
        span = self.doc.char_span(m.span[0], m.span[1], alignment_mode="expand")
        if span is None or span.start == 0:
            return None
        poss = next((c for t in span for c in t.children
                     if c.dep_ == "poss" and c.i < span.start), None)
        if poss is None or poss.ent_type_ != "GPE" or poss.right_edge.i + 1 != span.start or \
                self.doc[span.start - 1].dep_ != "case":
            return None
        start = next(t for t in poss.subtree if t.dep_ != "det").idx
        return doc_text(self.doc)[start:span.start_char].strip() or None

    def note(self, actor: ActorRef, pos: int, kind: str, roles: set[str] | None = None,
             reported: tuple[int, int] | None = None) -> None:
        """Remember a resolved speaker where it speaks (it becomes the most salient), and
        the span of what it reported (`reported`), whose subjects are its words' subjects."""
        known = set(roles or set()) | self._roles_named(actor.name)
        ref = Referent(pos=pos, actor=actor, kind=kind, roles=known, salient=True, spoke=True)
        idx = bisect.bisect_right(self.referents, pos, key=lambda r: r.pos)
        self.referents.insert(idx, ref)
        self._roles_named(actor.name).update(known)
        if reported is not None and reported[0] < reported[1]:
            self.reports.append((reported[0], reported[1], ref))

    def _reporter_of(self, r: Referent) -> Referent | None:
        """The speaker whose reported clause holds referent `r` ("Blacks said that Gray had
        been shot": Gray is inside Blacks' words), the first one noted."""
        sent = self.sentence_index(r.pos)
        for a, b, speaker in self.reports:
            # (or, not speaking itself, later in the sentence of its cue: 'They rode off, he
            # testified, and Lee was armed' -- the parser ends the reported clause early)
            if (a <= r.pos < b or (not r.spoke and self.sentence_index(speaker.pos) == sent)) \
                    and \
                    speaker.pos < r.pos and speaker is not r and \
                    speaker.actor.name != r.actor.name:
                return speaker
        return None

    def _roles_named(self, name: str) -> set[str]:
        """Every role seen with referents of this name (kept per name: a loop over all
        referents per quote made long articles quadratic)."""
        if self._roles_by_name is None:
            self._roles_by_name = {}
            for r in self.referents:
                self._roles_by_name.setdefault(r.actor.name, set()).update(r.roles)
        return self._roles_by_name.setdefault(name, set())

    # ------------------------------------------------------------------ resolution

    def named_within(self, start: int, end: int, speakers_too: bool = False) -> frozenset[str]:
        """The people named outside quotation marks between characters `start` and `end`:
        the ones a pronoun subject of the verb that reports that span cannot mean (with
        `speakers_too`, also those who speak there: a subject before a parenthetical cue)."""
        k = bisect.bisect_left(self.referents, start, key=lambda r: r.pos)
        names = set()
        for r in self.referents[k:]:
            if r.pos >= end:
                break
            if r.kind == PERSON and (speakers_too or not r.spoke) and \
                    not self._in_quote(r.pos):
                names.add(r.actor.name)
        return frozenset(names)

    def resolve(self, head: Token | None, bound: frozenset[str] = frozenset()
                ) -> tuple[ActorRef, str, set[str]] | None:
        """(actor, kind, roles) for the speaker phrase headed by `head`, or None. `bound`:
        names a pronoun speaker cannot mean because its verb reports a clause that names
        them ('Smith was on bail, he said': he is not Smith). The actor's `rules` name the
        steps that found it."""
        return self._traced(self._resolve, head, bound)

    def described_party(self, head: Token) -> ActorRef | None:
        """For the event layer: the named person or body a description heading an event's
        actor or recipient means ("the driver" after "its driver, Tomas Wend", "the
        alliance" after "the Green Harbor Alliance"), resolved as a described speaker is;
        None when it means no one named (an anonymous party is not linked) or when another
        named one of its kind before it was given the description's word too ("one driver,
        Ann Roe ... another driver, Tom Poe ... the driver": unknown beats wrong)."""
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
            return None  # ("her mother", "his lawyer": someone of someone's, left alone)
        found = self.resolve(head)
        # (only through the description: not a name found inside the phrase -- "police who
        # said he aimed at Sgt. Ana Ruiz" are not Ruiz -- nor a document's author nor one
        # named only later, and only a person: a body has the actor layer's own anaphors,
        # org_anaphor and the like)
        if found is None or found[0].mention_id is None or found[1] != PERSON or \
                "described" not in found[0].rules or \
                {"named_mention", "name_after_abbreviation", "through_document",
                 "named_later"} & set(found[0].rules):
            return None
        actor, kind, roles = found
        lemma = head.lemma_.lower()
        if not _person_noun(lemma):
            return None  # ("the main road" is no one, whatever roles a misparse gave)
        # only one given that very word ("the governor" is no finance officer, though both
        # are officials; "the suspect" is not the person just named, often the victim); and
        # a full name, never one stray word the tagger took for a person
        same = speaker_lexicon()["same_office"]
        if (lemma not in roles and not any(same.get(r, r) == same.get(lemma, lemma)
                                           for r in roles)) or " " not in actor.name.strip():
            return None
        if not enabled("described_rival"):
            return actor
        rivals = {r.actor.name for r in self._latest_before(head.idx)
                  if r.kind == kind and r.actor.mention_id is not None and lemma in r.roles}
        return None if rivals - {actor.name} else actor

    def resolve_quoted(self, head: Token) -> tuple[ActorRef, str, set[str]] | None:
        """A speaker named inside someone's quotation ('"... the officers said, ‘Stop.’"'):
        a name or a description only; a pronoun there speaks from the quoted speaker's side
        and is left alone."""
        return self._traced(self._resolve_quoted, head)

    def _traced(self, resolve: Callable[..., tuple[ActorRef, str, set[str]] | None],
                *args: Any) -> tuple[ActorRef, str, set[str]] | None:
        """`resolve(*args)`, its actor carrying the names of the steps that led to it (the
        outermost call of a recursive resolution collects them)."""
        if self._depth == 0:
            self.trace = []
        self._depth += 1
        try:
            found = resolve(*args)
        finally:
            self._depth -= 1
        if found is None or self._depth > 0:
            return found
        actor, kind, roles = found
        steps = list(dict.fromkeys(name for name, step in self.trace if _leads_to(step, actor)))
        return replace(actor, rules=steps or ["subject_phrase"]), kind, roles

    def _resolve(self, head: Token | None, bound: frozenset[str] = frozenset()
                 ) -> tuple[ActorRef, str, set[str]] | None:
        if head is None:
            return None
        lex = speaker_lexicon()
        if self._in_quote(head.idx):
            return None  # '"Crooked Hillary," as he calls her, responded': a quoted name
        dateline = next(((a, b) for a, b in self.datelines if a <= head.idx < b), None)
        if dateline is not None:
            # "CONCORD, N.H. - The campaign of Ana Ruiz said": the parser made the place the
            # subject and the speaker its apposition; the place says nothing
            after = next((t for t in head.subtree if t.idx >= dateline[1] and
                          t.dep_ in ("appos", "conj", "nsubj", "compound") and
                          t.head.idx < dateline[1]), None)
            return self.resolve(after, bound) if after is not None else None
        lower = head.lower_
        if head.pos_ == "PROPN" and head.text.isupper() and len(head.text) > 1:
            lower = head.text  # "US", "IT": an acronym, not a pronoun
        pos = head.idx
        from newsweave.extract.quote_indirect import described_group

        group = described_group(head)
        if group is not None:  # 'with most of those polled saying ...'
            return ActorRef(name=group[0], type=None, span=group[1]), GROUP, set()
        titled = self._person_after_abbreviation(head)
        if titled is not None:  # 'said Police Sgt. Ana Ruiz': the name after "Sgt."
            return titled
        if head.dep_ in ("nsubj", "nsubjpass") and enabled("surname_before_apposition"):
            # 'Pike, a Republican, has argued ...': the tagger missed the surname opening
            # the sentence and the parser made the apposition the subject
            bearer = self._surname_before_apposition(head)
            if bearer is not None:
                self._note("surname_before_apposition", bearer)
                return self._from_mention(bearer, description=self._full_text(head))
        if lower in lex["person_pronouns"]:
            gender = _pronoun_gender(lower)
            other = self._other_in_clause(head, gender)
            excluded = bound | ({other[0].name} if other is not None else set())
            found = self._fronted_clause_person(head, gender, excluded) or \
                self._described_subject_before(head, gender) or \
                self._antecedent(pos, (PERSON,), gender=gender, exclude=excluded) or \
                self._antecedent(pos, (PERSON,), gender=gender, exclude=bound)
            if found is not None and gender is not None and head.dep_ in ("nsubj", "nsubjpass"):
                # 'Ana Ruiz wrote. "...," she said. ... "...," he said.': whom the text has
                # called "she" is no "he" later (a given name alone may not say: "Jo", "Elise")
                self.genders.setdefault(found[0].name, gender)
            return found
        if lower in lex["group_pronouns"]:
            return self._singular_they(pos) or self._antecedent(pos, (GROUP, ORG))
        if lower in lex["thing_pronouns"]:
            if head.dep_ == "expl":
                return None
            paper = self._document_before(head) if enabled("it_the_document") else None
            if paper is not None:
                return self._described(paper)
            if lower == "it" and enabled("it_is_no_group"):
                # ('The opinion is blunt. Leaders of both chambers said ... The legislature,
                # it says, ...': "it" means no plural group, only an organization)
                return self._antecedent(pos, (ORG,))
            return self._antecedent(pos, (ORG, GROUP))
        if _age_nominal(head):  # "the 56-year-old said": the person just named
            return self._antecedent(pos, (PERSON,))
        if head.pos_ == "NUM" and lower != "one" and head.dep_ in ("nsubj", "nsubjpass") and \
                enabled("number_of_group") and any(
                    c.dep_ == "prep" and c.lower_ == "of" and any(
                        g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS") for g in c.children)
                    for c in head.children):
            return self._one_of(head)  # 'two of the people said': some of that group
        if lower in ("one", "another") and head.dep_ in ("nsubj", "nsubjpass"):
            beside = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i and
                           c.pos_ in ("PROPN", "NOUN")), None)
            if beside is not None and enabled("named_one_of"):
                # 'One of them, Ana Ruiz, said', 'One, a teacher who ..., said': the one
                # set off by commas is who speaks, not one of the group before
                found = self.resolve(beside, bound)
                if found is not None:
                    return found
            return self._one_of(head)  # '"...," one said' after 'Residents gathered ...'
        if lower == "other" and head.dep_ in ("nsubj", "nsubjpass") and any(
                c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return self._one_of(head)  # 'Two envoys spoke. One said ... The other said ...'
        if head.dep_ in ("nsubj", "nsubjpass") and enabled("of_whom_antecedent"):
            # 'five nurses at the clinic, all of whom said ...': the people the relative
            # pronoun takes up, the plural noun before it
            group_noun = self._of_whom_antecedent(head)
            if group_noun is not None:
                return self.resolve(group_noun, bound)
        if lower in ("all", "both", "each") and head.dep_ == "nsubj":
            # "all of them say": the group "them" means
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"),
                      None)
            whole = next((g for g in of.children if g.dep_ == "pobj"), None) \
                if of is not None else None
            if whole is not None and whole.lower_ in lex["group_pronouns"]:
                return self.resolve(whole, bound)
        if lower in lex["quantifier_speakers"] and head.dep_ == "nsubj":
            return self._some_of(head)  # 'Some said the gun was never drawn; others said'
        if lower == "both" and head.dep_ == "nsubj" and enabled("both_of_group") and \
                not any(c.dep_ == "prep" for c in head.children):
            # ('Two Democrats are undecided. Both said ...': the pair the text was about,
            # the latest plural counted as two in this sentence or the one before; no
            # other group is guessed)
            sent = self.sentence_index(head.idx)
            for tok in reversed(self.doc[max(head.i - 80, 0):head.i]):
                if self.sentence_index(tok.idx) < sent - 1:
                    break
                if tok.tag_ in ("NNS", "NNPS") and not self._in_quote(tok.idx) and any(
                        c.dep_ == "nummod" and c.lower_ == "two" for c in tok.children):
                    core = " ".join(t.text for t in self._core_tokens(tok) if t.lower_ != "two")
                    return (ActorRef(name=f"both {core}", type=None,
                                     description=self._full_text(tok),
                                     span=(head.idx, head.idx + len(head.text))),
                            GROUP, {tok.lemma_.lower()})
            return (ActorRef(name="both", type=None, span=(head.idx, head.idx + len(head.text))),
                    GROUP, set())
        if lower in lex["non_speakers"] or head.pos_ in ("PRON", "DET", "NUM") or (
                head.pos_ == "NOUN" and lower in lex["non_speaker_nouns"]):
            return None  # ("Only time will tell if ...": no one speaks)
        if head.pos_ in ("ADV", "ADJ") and head.i not in self.by_token and \
                head.dep_ in ("nsubj", "nsubjpass") and lower in role_classes() and any(
                    c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children) and \
                enabled("role_tagged_as_adverb"):
            # 'The forward said ...' (the tagger made the role an adverb): a role noun
            return self._described(head, as_noun=True)
        if head.pos_ == "ADJ" and head.i not in self.by_token and head.dep_ == "nsubj" and \
                head.text.islower() and enabled("adjective_subject_as_noun") and any(
                    (c.dep_ == "det" and c.lower_ in ("a", "an", "the", "this")) or
                    (c.dep_ == "nummod" and c.lower_ == "one") for c in head.children):
            # ('One senior, who feared harassment, said ...': a word the tagger took for an
            # adjective, with an article or "one" and a verb of its own, is a noun)
            return self._described(head, as_noun=True)
        if head.pos_ in ("ADV", "ADJ", "INTJ") and head.i not in self.by_token:
            # 'says Early', 'Oh warned' (rule surname_read_as_interjection): a word the
            # tagger did not take for a name speaks only as the surname of a person of the
            # article
            bearer = self._surname_owner(head.text) if head.text[:1].isupper() else None
            if bearer is not None and head.pos_ == "INTJ":
                self._note("surname_read_as_interjection", bearer)
            if bearer is not None and family_name_first(bearer.canonical) == head.text:
                self._note("family_name_first", bearer)  # ('Oh' of 'Oh Jae-won')
            return self._from_mention(bearer) if bearer is not None else None
        mention = self.by_token.get(head.i)
        party_member = self._party_member(head)
        if party_member is not None:
            return party_member
        if mention is not None and mention.canonical.lower().rstrip(".") in \
                abbreviations().titles and enabled("title_alone_mention"):
            # "Cmdr. Ana Ruiz, a spokesperson for ..., told": the tagger took the title alone
            # for a name and the parser hung the name on it; the person named after it speaks
            named = self._name_after_abbreviation_mention(head)
            if named is not None:
                return self._from_mention(named, description=head.text)
        if mention is not None and mention.label in ("NORP", "GPE"):
            # "Another Republican, Representative Ana Ruiz of Florida, wrote": a party or
            # nationality set beside a person's name is that person
            named = next((self.by_token[c.i] for c in head.children if c.dep_ == "appos" and
                          c.i in self.by_token and self.by_token[c.i].label == "PERSON"),
                         None)
            if named is not None:
                return self._from_mention(named)
        if mention is not None and mention.label != "PERSON":
            titled_person = self._person_titled_by(head, mention)
            if titled_person is not None:  # "Acme Corp chief executive Jane Roe said"
                return titled_person
        if mention is not None:
            apposed = self._acronym_apposed_owner(head)
            if apposed is not None:  # ('The super PAC said' after 'Vale Fund, a super PAC')
                self._note("acronym_apposed_to_name", apposed)
                return self._from_mention(apposed, description=self._core_text(head))
            if mention.label != "PERSON" and len(mention.text.split()) == 1:
                # a surname the tagger labelled ORG here ("said Novak")
                person = self._surname_owner(mention.text) or \
                    self._given_name_owner(mention.text)
                if person is not None:
                    return self._from_mention(person)
            return self._from_mention(mention)
        # "the commander, Brig Gen X", "the minister's special envoy to Geneva, Ana Ruiz",
        # "the group, WeWorkers Coalition,"
        org_head = head.lemma_.lower() in lex["organization_nouns"] or \
            head.lemma_.lower() in lex["generic_org_nouns"]
        for t in head.subtree:
            if t.dep_ == "appos" and t.i > head.i and not any(
                    a.dep_ in ("relcl", "acl", "poss") for a in t.ancestors if a.i != head.i
                    and head in a.ancestors):
                if t.lower_.rstrip(".") in abbreviations().titles and \
                        enabled("title_apposition_no_name"):
                    # ('A police spokeswoman, Sgt. Ann Roe, said': the parser set the title
                    # apart as an apposition of its own; the name after it is the person)
                    nxt = next((x for x in t.doc[t.i + 1:t.i + 3] if not x.is_punct), None)
                    self._note("title_apposition_no_name", nxt)  # (a token of the name)
                    continue
                m = self.by_token.get(t.i)
                if m is None and t.pos_ == "PROPN":
                    m = self.by_name.get(self._core_text(t).lower())
                if m is not None and (m.label == "PERSON" or (org_head and m.label == "ORG")):
                    return self._from_mention(m, description=self._core_text(head))
                if m is not None and not org_head and m.label != "PERSON" and \
                        enabled("person_appos_over_org") and any(
                            x.dep_ == "appos" and x.i > t.i and x.i in self.by_token and
                            self.by_token[x.i].label == "PERSON" for x in head.subtree):
                    # ('A lawyer with the aid group Bet Tzedek, Ana Ruiz, said': the group
                    # named in the phrase is not the lawyer; the person set off after it is)
                    continue
                if m is not None and not org_head and _person_noun(head.lemma_.lower()) and \
                        _full_name(self._core_text(t)):
                    # "Lyle's attorney, Nadia Farouk, said": a full name set off beside a
                    # noun for a person is that person, whatever the tagger called it
                    return ActorRef(name=self._core_text(t), type="PERSON",
                                    description=self._core_text(head),
                                    span=(t.left_edge.idx, t.idx + len(t.text))), PERSON, set()
                if m is None and not org_head and t.pos_ == "PROPN" and \
                        _person_noun(head.lemma_.lower()) and \
                        2 <= len(self._core_text(t).split()) <= 3 and \
                        all(w[:1].isupper() for w in self._core_text(t).split()):
                    # "The mayor, Ana Ruiz, said": a name the tagger missed, set off as the
                    # person's name
                    return ActorRef(name=self._core_text(t), type="PERSON",
                                    description=self._core_text(head),
                                    span=(t.left_edge.idx, t.idx + len(t.text))), PERSON, set()
                if m is None and org_head and t.pos_ == "PROPN" and t.text[:1].isupper():
                    # "The group that owns her music, Big Machine, says": a name the tagger
                    # missed, set off as the organization's name
                    return ActorRef(name=self._core_text(t), type="ORG",
                                    description=self._core_text(head),
                                    span=(t.left_edge.idx, t.idx + len(t.text))), ORG, set()
        called = self._called(head)
        if called is not None:
            return called
        titled_name = self._name_after_title_run(head)
        if titled_name is not None:  # "Former star running back Ty Cole and others alleged"
            return titled_name
        named = self._named_after_clause(head, org_head)
        if named is not None:
            return self._from_mention(named, description=self._core_text(head))
        named = self._self_named_in_relative(head)
        if named is not None:  # ('the commander said' later is he too)
            actor, kind, roles = self._from_mention(named, description=self._core_text(head))
            return actor, kind, roles | {head.lemma_.lower()}
        lemma = head.lemma_.lower()
        # a surname the tagger read as another word ('says Early' after 'Chris Early')
        # (also opening a sentence: "Gibbons told police ..." read as a plural noun)
        if head.pos_ == "PROPN" or head.text[:1].isupper():
            named = self._by_surname(head)
            if named is None and head.pos_ == "PROPN":
                # "Big Machine have denied it": a name the tagger found elsewhere
                named = self.by_name.get(self._core_text(head).lower())
            if named is not None:
                return self._from_mention(named)
        # ("agency" is a news agency only when the description says so: not "Indonesia's
        # meteorology agency" or "the national disaster agency")
        document = lemma in lex["document_nouns"] and (
            lemma not in lex["organization_nouns"] or
            any(t.lower_ in lex["news_words"] for t in self._core_tokens(head) if t.i < head.i))
        if document:
            # "Pakistan's English-language newspaper The Nation reported"
            for child in head.children:
                if child.dep_ == "appos" and child.pos_ == "PROPN":
                    name = self._core_text(child)
                    return ActorRef(name=name, type="ORG", description=self._core_text(head),
                                    span=(child.idx, child.idx + len(child.text))), ORG, set()
            # "a statement from the company", "the group's statement", "the TexAuto Facts
            # report from InfoNation": whose document it is
            for child in head.children:
                owner = child if child.dep_ == "poss" else None
                if child.dep_ == "prep" and child.lower_ in ("from", "by", "of") and not (
                        child.lower_ == "of" and lemma in lex["studied_of_nouns"] and
                        enabled("studied_not_owner")):
                    # ('a study of 9,000 pupils': who was studied, not whose study it is)
                    owner = next((g for g in child.children if g.dep_ == "pobj"), None)
                agent = issuing_agent(child) if owner is None else None
                issued_by = agent is not None
                if agent is not None:
                    owner = agent
                author = _owner_before_cue_noun(owner) if owner is not None else None
                if owner is not None and author is not None and \
                        author.lemma_.lower() not in lex["document_nouns"]:
                    found = self.resolve(author)
                    if author.i != owner.i:
                        self._note("cue_read_as_author", found)
                    if issued_by and found is not None:
                        self._note("issued_by_agent", found)
                        # ('... released by Beijing. The statement said ...': its too)
                        self.note_channel(head.idx, lemma, *found)
                    if found is not None:
                        return self._through_document(found, head)
            published = self._published_in(head)
            if published is not None:
                # "a report in the Argus Leader": the paper; "the report" later is its too
                self.note_channel(head.idx, lemma, *published)
                return published
            inner = self._mention_inside(head)
            if inner is not None:
                # "The NCAA report says ...": later "the report said" is the NCAA's too
                actor, kind, roles = self._from_mention(inner)
                self.note_channel(head.idx, lemma, actor, kind, roles)
                return self._through_document((actor, kind, roles), head)
            # "the statement said": the one who just spoke through a statement
            if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "its")
                   for c in head.children):
                issued = self._issuer(head.idx, lemma)
                if issued is not None:  # (who issued it, described by the document)
                    return self._through_document(issued, head)
                if lemma in lex["outlet_nouns"]:
                    outlet = self._recent_outlet(head.idx)
                    if outlet is not None:
                        return outlet
        described = self._described(head)
        if described is None or described[0].mention_id is None:
            described = self._spokesperson_for_owner(head) or described
        if document and enabled("document_recipient_not_owner") and any(
                c.dep_ == "prep" and c.i > head.i and
                c.lower_ in lex["recipient_preps"] for c in head.children):
            self._note("document_recipient_not_owner", described)
        if described is None and document and not any(
                t.dep_ == "det" and t.lower_ in ("the", "this", "that", "its")
                for t in head.subtree if t.i < head.i):
            # "A 1998 federal handbook described ...": a document no one is named for
            # speaks itself (however the parser read the noun)
            start = head.left_edge.idx if head.left_edge.i < head.i else head.idx
            return ActorRef(name=self._core_text(head), type=None, description=doc_text(
                self.doc)[start:head.idx + len(head.text)],
                span=(start, head.idx + len(head.text))), ORG, set()
        return described

    @_step("through_document")
    def _through_document(self, found: tuple[ActorRef, str, set[str]], head: Token
                          ) -> tuple[ActorRef, str, set[str]]:
        """The owner of a document that speaks ("according to its annual report", "the
        state's finances website"), described by the document: who it is and what it spoke
        through."""
        actor, kind, roles = found
        return replace(actor, description=self._full_text(head)), kind, roles

    @_step("singular_they")
    def _singular_they(self, pos: int) -> tuple[ActorRef, str, set[str]] | None:
        """'Kym Ross, a spokesperson for the app, confirmed the change. "...," they said.':
        a spokesperson whose gender the text never gives, the subject of the sentence before,
        is the "they" that speaks (no group or organization since is the subject)."""
        sent = self.sentence_index(pos)
        for r in self._latest_before(pos):
            back = sent - self.sentence_index(r.pos)
            if back > 1:
                return None
            if back == 0 or not self._main_subject(r.pos):
                continue
            if r.kind != PERSON:
                return None
            spokes = "spokesperson" in {c for role in r.roles | self._roles_named(r.actor.name)
                                        for c in role_classes().get(role, set())}
            if not spokes or self._gender_of(r, by_name=True) is not None:
                return None
            return replace(r.actor), r.kind, set(r.roles)
        return None

    @_step("fronted_clause_person")
    def _fronted_clause_person(self, head: Token, gender: str | None,
                               excluded: Collection[str]
                               ) -> tuple[ActorRef, str, set[str]] | None:
        """'While the campaign did not appeal to Ana Ruiz, a health officer, she said ...':
        the one person a clause fronted before the pronoun's own clause names (and whose
        gender does not rule her out) is whom the pronoun means."""
        verb = head.head
        if head.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ROOT":
            return None
        other = {"female": "male", "male": "female"}.get(gender or "")
        names: dict[str, Mention] = {}
        for clause in verb.children:
            # (the parser may take a fronted "While ..." clause for the object)
            opener = clause.left_edge
            if clause.i > head.i or not (clause.dep_ == "advcl" or (
                    clause.dep_ == "ccomp" and opener.i == head.sent.start and
                    opener.lower_ in _SUBORDINATORS)):
                continue
            if enabled("asked_clause_not_answerer") and _asked_participle_clause(clause):
                # ('Asked whether Lee would run, she said': Lee is what she was asked about)
                self._note("asked_clause_not_answerer", head)
                continue
            for t in clause.subtree:
                m = self.by_token.get(t.i)
                if m is not None and m.label == "PERSON" and not self._in_quote(t.idx):
                    names.setdefault(self._mention_actor(m).name, m)
        if len(names) != 1:
            return None
        name, m = next(iter(names.items()))
        found = self._from_mention(m)
        ref = Referent(pos=m.span[0], actor=found[0], kind=PERSON, roles=found[2])
        if name in excluded or (other is not None and
                                self._gender_of(ref, by_name=True) == other):
            return None
        return found

    @_step("person_titled_by_org")
    def _person_titled_by(self, head: Token, org: Mention
                          ) -> tuple[ActorRef, str, set[str]] | None:
        """'Harbor Department deputy director Ana Ruiz told reporters': the parser made the
        organization the subject and hung the person's name on it; with a role noun and no
        comma between them, the person speaks (described by organization and role)."""
        for t in head.subtree:
            m = self.by_token.get(t.i)
            if m is None or m.label != "PERSON" or t.i <= head.i or m.span[0] < org.span[1]:
                continue
            between = doc_text(self.doc)[org.span[1]:m.span[0]]
            if re.search(r"[,;:()\[\]—–]", between) or not any(
                    _person_noun(w) for w in _words(between)):
                return None
            actor, kind, roles = self._from_mention(m)
            if not actor.description:
                actor.description = re.sub(r"\s+", " ", doc_text(self.doc)[
                    org.span[0]:m.span[0]]).strip()
            return actor, kind, roles
        return None

    def pronoun_named_in_quotation(self, head: Token, start: int
                                   ) -> tuple[ActorRef, str, set[str]] | None:
        """Rule pronoun_named_in_quotation: '"I think Tom Hale lost. In his own words, he said
        the deal was dead," Ruiz said.': a "he" or "she" reporting inside a quotation (from
        character `start`) that has named one person before it, and only one, is that
        person (not one the text has called by the other pronoun). None otherwise: a pronoun
        there with no one named before it in the quotation speaks from the quoted speaker's
        side."""
        gender = _pronoun_gender(head.lower_)
        if not enabled("pronoun_named_in_quotation") or gender is None or \
                head.lower_ not in ("he", "she"):
            return None
        named = {m.canonical: m for i, m in self.by_token.items()
                 if start <= self.doc[i].idx < head.idx and m.label == "PERSON"}
        if len(named) != 1:
            return None
        mention = next(iter(named.values()))
        known = self.genders.get(mention.canonical) or \
            _LONG_GENDER.get(given_name_gender(mention.canonical) or "")
        if known is not None and known != gender:
            return None
        return self._traced(self._pronoun_named_before, mention)

    def _pronoun_named_before(self, mention: Mention) -> tuple[ActorRef, str, set[str]]:
        self._note("pronoun_named_in_quotation", mention)
        return self._from_mention(mention)

    def _resolve_quoted(self, head: Token) -> tuple[ActorRef, str, set[str]] | None:
        mention = self.by_token.get(head.i)
        if mention is not None and mention.label in ("PERSON", "ORG"):
            return self._from_mention(mention)
        if head.pos_ != "NOUN" or head.lower_ in speaker_lexicon()["non_speakers"]:
            return None
        return self._described(head)

    @_step("named_after_clause")
    def _named_after_clause(self, head: Token, org_head: bool) -> Mention | None:
        """"The company that runs the awards, Dick Clark Productions, denies ...": a name set
        off by commas at the end of a subject phrase whose clause took it for its own
        apposition names the head (a person for a role noun, an organization for an
        organization noun)."""
        if not any(c.dep_ in ("relcl", "acl") and c.i > head.i for c in head.children):
            return None
        toks = [t for t in head.subtree]
        while toks and toks[-1].is_punct:
            toks = toks[:-1]
        if not toks:
            return None
        m = self.by_token.get(toks[-1].i)
        if m is None or not (m.label == "PERSON" or (org_head and m.label == "ORG")):
            return None
        span = self.doc.char_span(m.span[0], m.span[1], alignment_mode="expand")
        if span is None or span.start < 1 or self.doc[span.start - 1].text != "," or \
                span.end >= len(self.doc) or self.doc[span.end].text != "," or \
                span.root.dep_ != "appos":
            return None
        if m.label == "PERSON" and head.lemma_.lower() not in role_classes() and \
                head.lemma_.lower() not in speaker_lexicon()["people_nouns"]:
            return None
        return m

    @_step("spokesperson_for_owner")
    def _spokesperson_for_owner(self, head: Token) -> tuple[ActorRef, str, set[str]] | None:
        """Rule spokesperson_for_owner: 'The Taliban distanced themselves ... the group's
        spokesman said', 'the ministry's spokeswoman said': an unnamed spokesperson whose
        possessor is an organization or group the text names (or takes up) speaks for it,
        and is written as 'spokesman for the Taliban' is: the organization's name ends the
        speaker's, as in a spokesperson of a named body ('a spokesman for the Taliban')."""
        lemma = head.lemma_.lower()
        if not enabled("spokesperson_for_owner") or head.pos_ != "NOUN" or \
                head.tag_ != "NN" or "spokesperson" not in role_classes().get(lemma, set()):
            return None
        owner = next((c for c in head.children if c.dep_ == "poss" and
                      c.pos_ in ("NOUN", "PROPN")), None)
        if owner is None:
            return None
        found = self.resolve(owner)
        if found is None or found[1] not in (ORG, GROUP) or not found[0].name or \
                found[0].name.lower().startswith(("the ", "a ")):
            return None
        start = head.left_edge.idx
        return ActorRef(name=f"{head.text} for {found[0].name}", type=None,
                        description=doc_text(self.doc)[start:head.idx + len(head.text)],
                        span=(head.idx, head.idx + len(head.text))), PERSON, {lemma}

    @_step("self_named_in_relative")
    def _self_named_in_relative(self, head: Token) -> Mention | None:
        """Rule self_named_in_relative: 'A commander reached by telephone, who gave his name
        only as Abdul Haq, said ...', 'a shopkeeper who identified herself as Mina Rahimi':
        the name a person gives for himself in a relative clause on the description
        (quote_speakers.json self_naming_verbs, with 'name' or a reflexive for object and
        'as' the name) is whom the description means."""
        if not enabled("self_named_in_relative"):
            return None
        lex = speaker_lexicon()
        for rel in head.children:
            if rel.dep_ != "relcl" or rel.i < head.i or \
                    rel.lemma_.lower() not in lex["self_naming_verbs"] or \
                    not any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in rel.children):
                continue
            obj = next((c for c in rel.children if c.dep_ == "dobj"), None)
            if obj is None or not (obj.lemma_.lower() == "name" or obj.lower_ in (
                    "himself", "herself", "themselves")) or any(
                    c.dep_ == "poss" and c.pos_ != "PRON" for c in obj.children):
                continue  # (not 'who gave the suspect's name as ...': another's name)
            name = next((g for c in rel.children if c.dep_ == "prep" and c.lower_ == "as"
                         for g in c.children if g.dep_ == "pobj"), None)
            m = self.by_token.get(name.i) if name is not None else None
            if m is not None and m.label == "PERSON":
                return m
        return None

    @_step("recent_outlet")
    def _recent_outlet(self, pos: int) -> tuple[ActorRef, str, set[str]] | None:
        """"The newspaper said" after "The Harbor Gazette reported": the latest news outlet
        (a name with a word of outlet names, or a known outlet) cited in the last six
        sentences."""
        words = set(speaker_lexicon()["outlet_name_words"])
        known = _outlet_aliases()
        sent = self.sentence_index(pos)
        for r in self._latest_before(pos):
            if self.sentence_index(r.pos) < sent - 6:
                break
            if r.kind != ORG or r.actor.type not in ("ORG", None):
                continue
            name = r.actor.name
            if name.lower() in known or _words(name) & words:
                return replace(r.actor), r.kind, set(r.roles)
        return None

    @_step("called_name")
    def _called(self, head: Token) -> tuple[ActorRef, str, set[str]] | None:
        """'a military spokesman called Abu Ubaida', 'a farmer named Ana Ruiz': a role noun
        (the head or its apposition) given a name by "called"/"named" is that person, however
        the tagger labelled the name."""
        nouns = [head] + [t for t in head.children if t.dep_ == "appos" and t.pos_ == "NOUN"]
        for noun in nouns:
            lemma = noun.lemma_.lower()
            # (rule org_called_name: 'a coalition called Save Our Parks', a group given its
            # name: that organization)
            org = enabled("org_called_name") and \
                lemma in speaker_lexicon()["generic_org_nouns"]
            if lemma not in role_classes() and lemma not in speaker_lexicon()["people_nouns"] \
                    and not org:
                continue
            for acl in noun.children:
                if acl.dep_ != "acl" or acl.lemma_.lower() not in ("call", "name") or \
                        acl.tag_ != "VBN":
                    continue
                if org:
                    found = _org_called(acl, noun, lemma, self._core_text(noun))
                    if found is not None:
                        self._note("org_called_name", found)
                        return found
                    continue
                name = next((g for g in acl.children if g.dep_ in ("oprd", "dobj", "attr")
                             and g.pos_ == "PROPN" and g.i == acl.i + 1 + sum(
                                 1 for x in g.lefts if x.i > acl.i)), None)
                if name is None:
                    continue
                m = self.by_token.get(name.i)
                if m is not None:
                    actor, _kind, roles = self._from_mention(m, description=self._core_text(noun))
                    return replace(actor, type="PERSON"), PERSON, roles | {lemma}
                text = self._core_text(name)
                return ActorRef(name=text, type="PERSON", description=self._core_text(noun),
                                span=(name.left_edge.idx, name.idx + len(name.text))), \
                    PERSON, {lemma}
        return None

    @_step("some_of_group")
    def _some_of(self, head: Token) -> tuple[ActorRef, str, set[str]]:
        """'Some said ...; others said ...', 'many of the residents say': an unnamed part of
        a group speaks; its name is the quantifier (with the group it is part of)."""
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                group = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if group is not None and group.pos_ in ("NOUN", "PROPN"):
                    return (ActorRef(name=f"{head.lower_} of the {self._core_text(group)}",
                                     type=None, description=self._full_text(head),
                                     span=(head.idx, group.idx + len(group.text))),
                            GROUP, {group.lemma_.lower()})
        whole = self._people_subject_before(head)
        if whole is not None:
            # 'Fans reacted online, with some saying ...', 'Residents were divided. Some
            # thanked him; others said ...': part of the people the sentence or the one
            # before has for its subject
            core = self._core_text(whole)
            if whole.is_sent_start and whole.pos_ != "PROPN":
                core = core[:1].lower() + core[1:]
            return (ActorRef(name=f"{head.lower_} of the {core}", type=None,
                             description=self._full_text(whole),
                             span=(head.idx, head.idx + len(head.text))),
                    GROUP, {whole.lemma_.lower()})
        return (ActorRef(name=head.lower_, type=None, span=(head.idx, head.idx + len(head.text))),
                GROUP, set())

    def _people_subject_before(self, head: Token) -> Token | None:
        """The plural noun for people ("fans", "residents") that is the subject of a main
        clause before `head`, in its sentence or the one before, else None."""
        sent = self.sentence_index(head.idx)
        for tok in reversed(self.doc[max(head.i - 80, 0):head.i]):
            if self.sentence_index(tok.idx) < sent - 1:
                break
            # (or a party's members, which the tagger takes for a name: "Republicans")
            lemma = tok.lemma_.lower() if tok.tag_ == "NNS" else tok.lower_[:-1] \
                if tok.tag_ == "NNPS" and tok.lower_.endswith("s") else ""
            if tok.dep_ in ("nsubj", "nsubjpass") and \
                    tok.head.dep_ == "ROOT" and not self._in_quote(tok.idx) and (
                        lemma in speaker_lexicon()["people_nouns"] or (
                            tok.tag_ == "NNS" and enabled("people_by_any_person_noun") and (
                                _person_noun(lemma) or
                                lemma.endswith(tuple(speaker_lexicon()["agent_suffixes"]))))):
                # (rule people_by_any_person_noun: a role or an agent noun too: 'Coal
                # miners in the crowd cheered. Several said ...')
                return tok
        return None

    @_step("one_of_group")
    def _one_of(self, head: Token) -> tuple[ActorRef, str, set[str]] | None:
        """"one"/"another" as a speaker: one of the people a plural noun named just before
        ("Residents gathered outside. '...,' one said." -> one of the residents)."""
        sent = self.sentence_index(head.idx)
        word = "the other" if head.lower_ == "other" else head.lower_
        audience: Token | None = None  # the people spoken to, passed over (see below)
        for prep in head.children:  # "one of the workers said"
            if prep.dep_ == "prep" and prep.lower_ == "of":
                group = next((g for g in prep.children if g.dep_ == "pobj" and
                              g.tag_ in ("NNS", "NNPS")), None)
                if group is not None:
                    return (ActorRef(name=f"{word} of the {self._core_text(group)}",
                                     type="PERSON", description=f"a {group.lemma_.lower()}",
                                     span=(head.idx, group.idx + len(group.text))),
                            PERSON, {group.lemma_.lower()})
        for tok in reversed(self.doc[max(head.i - 120, 0):head.i]):
            if self.sentence_index(tok.idx) < sent - 2:
                break
            if tok.tag_ != "NNS" or self._in_quote(tok.idx) or tok.ent_type_ in (
                    "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL") or \
                    tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr",
                                     "conj"):
                continue
            lemma = tok.lemma_.lower()
            if lemma not in speaker_lexicon()["people_nouns"] and lemma not in role_classes():
                continue  # "one" of the residents, the officials; not of the media or years
            if tok.dep_ in ("dobj", "dative") and enabled("one_not_the_addressee") and \
                    tok.head.lemma_.lower() in _addressee_verbs():
                # 'Delegates told reporters A, though one said B': not a reporter
                audience = audience or tok
                continue
            if _spoken_to(tok):
                # 'Three aides spoke to reporters. "...," one said.': not a reporter
                audience = audience or tok
                continue
            return self._one_of_plural(head, word, tok)
        if word == "another" and enabled("another_after_one"):
            found = self._another_after_one(head)
            if found is not None:
                return found
        if audience is not None and _audience_last_resort(audience, head):
            found = self._one_of_plural(head, word, audience)
            self._note("audience_last_resort", found)
            return found
        return None

    def _one_of_plural(self, head: Token, word: str, tok: Token
                       ) -> tuple[ActorRef, str, set[str]]:
        """'one of the residents': "one" (or "another") of the people plural noun `tok`
        names."""
        core = self._core_text(tok)
        first = self._core_tokens(tok)[:1]
        if first and first[0].is_sent_start and first[0].pos_ != "PROPN":
            core = core[:1].lower() + core[1:]
        name = f"{word} of the {core}"
        roles = {tok.lemma_.lower()}
        return (ActorRef(name=name, type="PERSON", description=f"a {tok.lemma_.lower()}",
                         span=(head.idx, head.idx + len(head.text))), PERSON, roles)

    @_step("another_after_one")
    def _another_after_one(self, head: Token) -> tuple[ActorRef, str, set[str]] | None:
        """Rule another_after_one: '"...," said one official. Another added: "..."': with no
        plural named before, "another" is another of the one just before ("one official",
        in this sentence or the two before): "another official", no one named (never the
        first one, whose earlier cue would otherwise take the quotation)."""
        sent = self.sentence_index(head.idx)
        for tok in reversed(self.doc[max(head.i - 80, 0):head.i]):
            if self.sentence_index(tok.idx) < sent - 2:
                break
            if tok.tag_ != "NN" or self._in_quote(tok.idx) or not any(
                    c.dep_ == "nummod" and c.lower_ == "one" for c in tok.children):
                continue
            lemma = tok.lemma_.lower()
            if lemma not in speaker_lexicon()["people_nouns"] and lemma not in role_classes():
                continue
            core = " ".join(t.text for t in self._core_tokens(tok) if t.lower_ != "one")
            return (ActorRef(name=f"another {core}", type="PERSON", description=f"a {lemma}",
                             span=(head.idx, head.idx + len(head.text))), PERSON, {lemma})
        return None

    @_step("published_in")
    def _published_in(self, head: Token) -> tuple[ActorRef, str, set[str]] | None:
        """'a report in the Argus Leader of Sioux Falls': the publication a document noun
        appeared in, by its name (the capitalized words up to the name's head; a place
        after "of" is where it is published, not who speaks)."""
        prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"
                     and c.i == head.i + 1), None)
        pub = next((g for g in prep.children if g.dep_ == "pobj"), None) \
            if prep is not None else None
        if pub is None or pub.pos_ != "PROPN":
            return None
        m = self.by_token.get(pub.i)
        if m is not None and m.label == "ORG":
            return self._from_mention(m)
        if m is not None:  # a person or place is no publication
            return None
        words = [t for t in pub.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [pub]
        if len(words) < 2 and pub.lower_ not in speaker_lexicon()["outlet_name_words"]:
            return None  # 'a study in Science' could be a field
        start, end = words[0].idx, pub.idx + len(pub.text)
        return ActorRef(name=doc_text(self.doc)[start:end], type="ORG",
                        description=self._core_text(head), span=(start, end)), ORG, set()

    def note_channel(self, pos: int, channel: str, actor: ActorRef, kind: str,
                     roles: set[str]) -> None:
        """Remember who spoke through a document ("the military said in a statement")."""
        self.channels.append((pos, channel.lower(), replace(actor), kind, set(roles)))

    @_step("document_issuer")
    def _issuer(self, pos: int, noun: str) -> tuple[ActorRef, str, set[str]] | None:
        sent = self.sentence_index(pos)
        for at, channel, actor, kind, roles in reversed(self.channels):
            if at < pos and self.sentence_index(at) >= sent - 6 and \
                    channel.split()[-1:] == [noun]:
                return replace(actor), kind, set(roles)
        # "The mayor's office released a statement on Monday. '...,' the statement said."
        from newsweave.extract.quote_cues import reporting_lexicon

        issue_verbs = set(reporting_lexicon()["issue_verbs"])
        for tok in self.doc:
            if tok.idx >= pos:
                break
            if self.sentence_index(tok.idx) < sent - 3 or tok.lemma_.lower() != noun:
                continue
            # ("wrote in a letter to lawmakers that ... The letter said ...": the writer)
            verb = tok.head if tok.dep_ == "dobj" and \
                tok.head.lemma_.lower() in issue_verbs else (
                    tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" and
                    tok.head.head.lemma_.lower() in reporting_lexicon()["verbs"] else None)
            if verb is None:
                continue
            # two subjects ('Hours after the vote, three groups filed a lawsuit'): the one
            # nearest the verb
            subj = min((c for c in verb.children if c.dep_ == "nsubj"),
                       key=lambda c: abs(c.i - verb.i), default=None)
            if subj is not None and subj.lemma_.lower() != noun:
                found = self.resolve(subj)
                if found is not None:
                    return found
        return None

    @_step("named_mention")
    def _from_mention(self, m: Mention, description: str | None = None
                      ) -> tuple[ActorRef, str, set[str]]:
        actor = self._mention_actor(m)
        if m.label == "ORG" and actor.name != m.canonical:
            self._note("country_owned_body", actor)
        if description and not actor.description:
            actor.description = description
        kind = PERSON if m.label == "PERSON" or m.canonical in self.person_names else ORG
        if m.canonical.lower() in speaker_lexicon()["organization_nouns"]:
            kind = ORG  # ("Congress writes the laws. He urged ...": no person)
        return actor, kind, set(self._roles_named(actor.name))

    @_step("by_surname")
    def _by_surname(self, tok: Token) -> Mention | None:
        """A person mention the tagger missed here but found elsewhere ("Envoy Novak"); with
        a given name in front ("Teresa Nielsen Hayden explained"), only a person of that
        given name: a relative who shares the surname is someone else."""
        if tok.i in self.by_token:
            return None
        given = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and
                 c.i < tok.i and c.text[:1].isupper() and c.i not in self.by_token]
        owner = self._surname_owner(tok.text)
        if given and owner is not None and \
                owner.canonical.split()[0].lower() != given[0].lower_:
            full = self.by_name.get(self._core_text(tok).lower())
            return full if full is not None and full.label == "PERSON" else None
        return owner

    @_step("given_name_owner")
    def _given_name_owner(self, word: str) -> Mention | None:
        """The one person of the article whose full name starts with given name `word`
        ("Dale wrote" after "her brother Dale Ford"), if exactly one does."""
        word = word.lower()
        owners = {m.canonical for m in self.person_mentions
                  if len(m.canonical.split()) > 1 and m.canonical.split()[0].lower() == word}
        if len(owners) != 1:
            return None
        name = next(iter(owners))
        return next(m for m in self.person_mentions if m.canonical == name)

    @_step("surname_owner")
    def _surname_before_apposition(self, head: Token) -> Mention | None:
        """Rule surname_before_apposition: 'Pike, a Republican, has argued that ...', 'Early,
        a lawyer for the family, said ...': a subject that is an indefinite noun phrase set
        off by commas right after the word opening the sentence, a word the tagger did not
        take for a name, is an apposition of that word; the word speaks when a person of the
        article has it as surname (else the subject stays as parsed). The person, or None."""
        doc = head.doc
        left, right = head.left_edge.i, head.right_edge.i
        if right < len(doc) and doc[right].text != ",":
            right += 1  # (the closing comma, when the parser did not hang it on the phrase)
        if left < 2 or right >= len(doc) or doc[left - 1].text != "," or \
                doc[right].text != "," or \
                not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
            return None
        word = doc[left - 2]
        if word.i != word.sent.start or word.pos_ not in ("ADV", "ADJ", "INTJ", "NOUN") or \
                word.ent_type_ or word.i in self.by_token or not word.text[:1].isupper() or \
                not word.text.isalpha() or word.text.isupper():
            return None
        return self._surname_owner(word.text)

    def _surname_owner(self, word: str) -> Mention | None:
        """The person (full name preferred) whose surname is `word`, if any."""
        word = word.lower()
        owners = [m for m in self.person_mentions if len(m.canonical.split()) > 1 and (
            m.canonical.split()[-1].lower() == word or
            (family_name_first(m.canonical) or "").lower() == word)]
        if not owners:
            return None
        # the full name used most, then the one introduced first: a tagger's stray
        # "Hosting Cook" loses to "Tim Cook"
        counts: dict[str, int] = {}
        for m in owners:
            counts[m.canonical] = counts.get(m.canonical, 0) + 1
        return min(owners, key=lambda m: (-counts[m.canonical], m.span[0]))

    @_step("named_inside_document")
    def _mention_inside(self, head: Token) -> Mention | None:
        """The organization or person a document noun belongs to ("a UN report")."""
        best: Mention | None = None
        # not inside a clause on the noun: "the memo, obtained by the AP," is not the AP's
        clauses = {x.i for t in head.subtree if t.dep_ in ("relcl", "acl") and t.i != head.i
                   for x in t.subtree}
        if enabled("document_recipient_not_owner"):
            # (rule document_recipient_not_owner: 'filings with the election commission',
            # 'a letter to the governor': to whom the document went, not whose it is)
            clauses |= {x.i for c in head.children if c.dep_ == "prep" and c.i > head.i and
                        c.lower_ in speaker_lexicon()["recipient_preps"] for x in c.subtree}
        for t in head.subtree:
            if t.i in clauses:
                continue
            m = self.by_token.get(t.i)
            if m is not None and m.label in ("ORG", "PERSON") and best is None:
                best = m
        return best

    def _core_tokens(self, head: Token) -> list[Token]:
        """The phrase up to the first comma or clause after its head, without determiners."""
        clauses = {x.i for c in head.children if c.dep_ in ("relcl", "acl") and c.i > head.i
                   for x in c.subtree}
        # "said board chair Lena Ortiz in a memo to employees": the channel the parser
        # hung on the speaker is not part of the name
        channel_nouns = set(channel_lexicon()["channel_nouns"])
        channels = {x.i for c in head.subtree if c.dep_ == "prep" and c.i > head.i and
                    any(g.dep_ == "pobj" and g.lemma_.lower() in channel_nouns
                        for g in c.children) for x in c.subtree}
        if head.lemma_.lower() in speaker_lexicon()["document_nouns"] and \
                enabled("document_recipient_not_owner"):
            # ('filings with the election commission said': the filings; to whom they went
            # is no part of the name)
            channels |= {x.i for c in head.children if c.dep_ == "prep" and c.i > head.i and
                         c.lower_ in speaker_lexicon()["recipient_preps"] for x in c.subtree}
        toks: list[Token] = []
        # ("BALTIMORE - A former aide to the mayor testified": the dateline the parser hung
        # on the speaker is no part of it; rule dateline_not_speaker)
        cut = next((b for a, b in self.datelines if a <= head.idx >= b and
                    head.sent.start_char <= b), None) \
            if enabled("dateline_not_speaker") else None
        for t in head.subtree:
            if t.i < head.i and cut is not None and t.idx < cut:
                continue
            if t.i > head.i and (t.text in (",", "(", ";", "—", "–") or t.i in clauses or
                                 t.i in channels):
                break
            if t.i > head.i and toks and t.i > toks[-1].i + 1 and \
                    enabled("contiguous_speaker_phrase"):
                break  # ('X's embassy said A, a position the protesters rejected': a noun
                # the parser hung on the speaker past its verb is not its name)
            toks.append(t)
        # "the", "his" go; a named possessor stays ("the Kremlin's point man")
        while toks and toks[0].i < head.i and (
                toks[0].dep_ in ("det", "predet", "punct", "case") or
                (toks[0].dep_ == "poss" and toks[0].pos_ == "PRON")):
            toks = toks[1:]
        while toks and toks[-1].i > head.i and toks[-1].lower_ in (
                "itself", "himself", "herself", "themselves") and \
                enabled("emphatic_self_not_name"):
            toks = toks[:-1]  # ('The proposal itself says': the proposal)
        while toks and toks[-1].i > head.i and toks[-1].dep_ == "case":
            toks = toks[:-1]  # "Schiff's claim that": the possessor is "Schiff"
        if toks and toks[-1].i == head.i + 1 and toks[-1].dep_ == "case":
            toks = toks[:-1]
        # "neo-banks", "ex-wife": pieces of the head word the tokenizer split at a hyphen
        # (and the parser hung elsewhere) belong to it
        doc = head.doc
        first = toks[0].i if toks else head.i
        while first >= 2 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_ \
                and not doc[first - 2].whitespace_ and doc[first - 2].is_alpha and \
                doc[first - 2] not in toks:
            toks = [doc[first - 2], doc[first - 1], *toks]
            first -= 2
        return toks

    def _core_text(self, head: Token) -> str:
        toks = self._core_tokens(head)
        if not toks:
            return head.text
        return doc_text(self.doc)[toks[0].idx: toks[-1].idx + len(toks[-1].text)]

    def _full_text(self, head: Token) -> str:
        toks = [t for t in head.subtree]
        if enabled("contiguous_speaker_phrase"):  # (a phrase ends where a gap opens)
            gap = next((k for k in range(1, len(toks)) if toks[k].i > head.i and
                        toks[k].i > toks[k - 1].i + 1), None)
            toks = toks[:gap] if gap is not None else toks
        while toks and (toks[0].dep_ in ("det", "predet") or toks[0].is_punct):
            toks = toks[1:]
        while toks and toks[-1].is_punct:
            toks = toks[:-1]
        if not toks:
            return head.text
        return re.sub(r"\s+", " ",
                      doc_text(self.doc)[toks[0].idx: toks[-1].idx + len(toks[-1].text)])

    @_step("described")
    def _described(self, head: Token, as_noun: bool = False
                   ) -> tuple[ActorRef, str, set[str]] | None:
        """A speaker given by a description: resolve definite ones, keep new ones anonymous
        (`as_noun`: a role word the tagger took for another part of speech)."""
        lex = speaker_lexicon()
        lemma = head.lemma_.lower()
        if head.pos_ not in ("NOUN", "PROPN") and not as_noun:
            return None
        if head.i >= 2 and head.doc[head.i - 1].text == "-":
            # "front-runner", split by the tokenizer
            joined = f"{head.doc[head.i - 2].lower_}-{lemma}"
            if joined in role_classes():
                lemma = joined
        plural = head.tag_ in ("NNS", "NNPS")
        core = self._core_tokens(head)
        # (a person after the head's preposition is someone else: 'a friend of the actress',
        # 'a spokesman for the governor' are no actress and no governor)
        other = {x.i for c in head.children if c.dep_ == "prep" and c.i > head.i
                 for g in c.children if g.dep_ == "pobj" and
                 _person_noun(g.lemma_.lower()) for x in g.subtree} \
            if enabled("someone_elses_role") else set()
        # (nor is the measure of an age: 'the 33-year-old actress')
        roles = {t.lemma_.lower() for t in core if t.pos_ == "NOUN" and t.i not in other and
                 not (t.dep_ == "npadvmod" and t.head.dep_ == "amod" and
                      enabled("someone_elses_role"))}
        if lemma != head.lemma_.lower():  # "front-runner": its pieces are no modifiers
            roles -= {head.lemma_.lower(), head.doc[head.i - 2].lemma_.lower()}
        roles.add(lemma)
        org_noun = lemma in lex["organization_nouns"] or head.lower_ in lex["organization_nouns"]
        trade = not org_noun and _product_trade(head, lemma)
        org_noun = org_noun or trade
        kind = GROUP if plural and not org_noun else (ORG if org_noun else PERSON)
        definite = any(t.dep_ == "poss" or (t.dep_ == "det" and t.lower_ in
                                             ("the", "this", "that"))
                       for t in head.children)
        if definite and not plural and not _withholds_name(head):
            modifiers = roles - {lemma}
            # "the spokesman for X" and "Morrison's lawyer" name someone new, unless just seen
            # (a lower-case word the tagger took for a name names no one: "secretary of state")
            products = self._made_things(head, lemma) if kind == ORG else set()
            naming = [t for t in core if t.i != head.i and t.i in self.by_token and
                      t.text[:1].isupper() and (t.i > head.i or t.dep_ == "poss" or
                                                self.by_token[t.i].label in ("ORG", "PERSON"))]
            named = any(t.i not in products for t in naming)
            places = self._places(core, head)
            filters: list[str] = []  # the filter rules that changed what the phrase says
            if kind == ORG:
                seated = self._unless_seat(places, core, lemma)
                # (nor is a brand a place: "the maker of Toastie crackers")
                made = {head.doc[i].lower_ for i in products}
                kept = [(w, c) for w, c in seated if w not in made]
                filters += ["based_place_open"] * (len(seated) < len(places))
                filters += ["maker_of_products"] * (len(kept) < len(seated) or
                                                    named != bool(naming))
                places = kept
            if kind == PERSON:  # "the Republican front-runner": a party is no place
                places = [(w, c) for w, c in places if c is not None]
            # "the world's top chip maker", "the country's largest bank": a rank singles out
            # one organization, which the text must have called so; not the one named last
            ranked = any(t.tag_ in ("JJS", "RBS") or t.lower_ in _RANK_WORDS
                         for t in core if t.i < head.i)
            # ("Pilots at Nordvik Air voted to strike, their union said": what a pronoun
            # possesses is not the organization its own sentence names)
            owned = any(t.dep_ == "poss" and t.pos_ == "PRON" for t in head.children)
            found = self._by_role(head.idx, lemma, kind, modifiers, recent_only=named,
                                  places=places, ranked=ranked, owned=owned)
            if found is not None and kind == ORG and \
                    self._owned_by_someone_else(head, found[0]):
                found = None  # ('His campaign' is not 'Ann Ruiz's campaign' met before)
                self._note("pronoun_owner_not_other_owner", head)
            filters += ["product_trade_noun"] * trade
            for rule in filters:
                self._note(rule, found)
            if found is None and named and kind == PERSON:
                # "the Relief Fund official said" after "Martin Hale, the director of
                # operations at the Relief Fund": a role of the organization a recent
                # person was introduced with
                found = self._member_of(head.idx, lemma, self._named_orgs(core, head))
            if found is None and named and kind == PERSON and enabled("org_title_holder"):
                # "The Acme founder said" after "Acme co-founder Ana Ruiz ..." far back:
                # the one person the text titled with that organization and that role
                found = self._titled_with_org(head.idx, lemma, self._named_orgs(core, head))
            if found is None and not named and kind == PERSON and places and all(
                    country is not None for _w, country in places):
                # "the Portuguese coach": the person just named, nothing said of a country
                found = self._of_nationality(head.idx, lemma, places)
            if found is None and not named and lemma in lex["generic_person_nouns"] and \
                    not any(t.dep_ == "poss" for t in head.children):
                # "the teenager told police" after "16-year-old Dario Gibbons ..."
                found = self._recent_person(
                    head.idx, _word_gender(lemma), others=self._beside_noun(head),
                    past_spokespeople="spokesperson" not in role_classes().get(lemma, set())
                    and enabled("past_the_spokesperson"))
            # (not "the source told us": an unnamed informant is never the person just
            # named, whom the article is about)
            if found is None and not named and lemma in role_classes() and \
                    "source" not in role_classes()[lemma] and \
                    not any(t.dep_ == "poss" for t in head.children):
                # 'Kasich said he would stay. "...," the Ohio governor said.': a title for the
                # person just quoted, when nothing is known of his roles
                found = self._recent_person(
                    head.idx, _word_gender(lemma), window=2, unknown_roles=True,
                    past_spokespeople="spokesperson" not in role_classes()[lemma] and
                    enabled("past_the_spokesperson"))
            if found is None and kind == PERSON and lemma in role_classes() and not named and \
                    not any(t.dep_ == "poss" for t in head.children) and \
                    enabled("previous_subject_role"):
                # 'The mogul told supporters ... The presumptive nominee said': the one the
                # sentence before was about, whose known offices do not clash with this one
                found = self._previous_subject(head, lemma)
            if found is None and kind == PERSON and not named and \
                    lemma not in role_classes() and lemma not in lex["people_nouns"] and \
                    lemma not in lex["generic_person_nouns"] and \
                    lemma not in lex["non_speaker_nouns"] and \
                    lemma.endswith(tuple(lex["agent_suffixes"])) and \
                    not (lemma in lex["document_nouns"] and enabled("document_is_no_role")) and \
                    not any(t.dep_ == "poss" for t in head.children) and \
                    enabled("unknown_role_previous_subject"):
                # 'Ann Lowe drew a crowd. The evangelist told them ...': a role no lexicon
                # knows, for the one person the sentence before was about
                found = self._previous_subject(head, lemma)
            if found is None and kind == PERSON and not named and \
                    self._ranked_as_number(head, lemma):
                # 'Ana Lund withdrew ... The world number one said': a rank with a number
                # is a person, the one the last sentences were about (rule ranked_as_number)
                found = self._recent_person(head.idx, None, window=2)
                self._note("ranked_as_number", found)
            if found is None and kind == PERSON and lemma in role_classes():
                found = self._named_later(head, lemma, core)
            if found is not None and kind == PERSON and self._reporter_named_so(head, found[0]):
                found = None  # (the one whose words hold the title is someone else)
                self._note("title_in_own_words", head)
            if found is not None and kind == PERSON and self._party_clash(core, head, found[0]):
                found = None  # (unknown beats wrong: the description stays a description)
                self._note("party_word_agrees", head)
            if found is not None:
                return found
        if definite and not plural and kind == PERSON and _withholds_name(head):
            found = self._earlier_unnamed(head.idx, lemma)
            if found is not None:
                return found
        if definite and plural and kind == GROUP and \
                not any(t.dep_ == "poss" for t in head.children):
            found = self._group_again(head.idx, lemma, head.lower_, roles - {lemma})
            if found is not None:
                return found
        if not definite and not plural and kind == PERSON and \
                any(t.dep_ == "det" and t.lower_ in ("a", "an") for t in head.children) and \
                enabled("named_after_lead"):
            found = self._introduced_next(head, lemma)
            if found is not None:
                return found
        name = self._core_text(head)
        full = self._full_text(head)
        owner = next((t for t in head.children if t.dep_ == "poss" and
                      t.lower_ in ("his", "her")), None)
        if owner is not None and kind == ORG and not plural and \
                head.dep_ in ("nsubj", "nsubjpass") and enabled("pronoun_owner_named"):
            # ('Mabry signed the law. His office noted ...': the office of the person "his"
            # means, named so ("Gordon Mabry's office"); unknown when no one fits)
            held = self._antecedent(owner.idx, (PERSON,), gender=_pronoun_gender(owner.lower_))
            here = self.sentence_index(owner.idx)
            if held is not None and any(
                    r.actor.name == held[0].name and here - 1 <= self.sentence_index(r.pos)
                    for r in self._latest_before(owner.idx)):
                rest = " ".join(t.text for t in core if t.i != owner.i)
                name = f"{held[0].name}'s {rest}"
        actor = ActorRef(name=name, type="ORG" if kind == ORG else (
            "PERSON" if kind == PERSON else None),
            description=full if full != name else None,
            span=(core[0].idx, core[-1].idx + len(core[-1].text)) if core else None)
        actor = self._whose_owner(head, actor, core) or actor
        inner = next((self.by_token[t.i] for t in core if t.i in self.by_token and
                      self.by_token[t.i].label in ("NORP", "GPE")), None)
        if inner is not None and inner.country:
            actor.country = inner.country
        return actor, kind, roles

    @_step("unnamed_takes_up_unnamed")
    def _earlier_unnamed(self, pos: int, lemma: str) -> tuple[ActorRef, str, set[str]] | None:
        """Rule unnamed_takes_up_unnamed: 'A senior security official said A.' / '"B," said
        the official, who spoke on condition of anonymity': a source described as unnamed
        on purpose is no one named before, but may be the unnamed one of its noun just
        before (within three sentences, with no named holder of that noun since)."""
        if not enabled("unnamed_takes_up_unnamed"):
            return None
        sent = self.sentence_index(pos)
        for r in self._latest_before(pos):
            if self.sentence_index(r.pos) < sent - 3:
                return None
            if r.kind != PERSON or lemma not in r.roles:
                continue
            if r.actor.mention_id is not None:
                return None  # (a named official since: the unnamed one is someone else)
            return replace(r.actor), r.kind, set(r.roles)
        return None

    def _owned_by_someone_else(self, head: Token, actor: ActorRef) -> bool:
        """Rule pronoun_owner_not_other_owner: 'Ann Ruiz's campaign said A. ... Tom Hale
        reported ... His campaign said B': an organization a pronoun owns ("his campaign")
        is not one met before as owned by a person the pronoun does not mean."""
        owner = next((t for t in head.children if t.dep_ == "poss" and
                      t.lower_ in ("his", "her")), None)
        if owner is None or not enabled("pronoun_owner_not_other_owner") or \
                "'s " not in actor.name:
            return False
        held = self._antecedent(owner.idx, (PERSON,), gender=_pronoun_gender(owner.lower_))
        return held is not None and actor.name.split("'s ")[0] != held[0].name

    def _acronym_apposed_owner(self, head: Token) -> Mention | None:
        """Rule acronym_apposed_to_name: 'The Vale Fund, a super PAC backing Ruiz, paid for
        the ads. ... The super PAC said ...': an acronym of a kind of body (tagged as a name)
        after "the", which the text set off earlier beside a named body as what that body is,
        is that body again, not a body named by the acronym. Only when every earlier use of
        the acronym was such an apposition of one and the same name (an acronym that names
        a body of its own, 'the NRA', or that two bodies were called, stays as it is)."""
        if not enabled("acronym_apposed_to_name") or head.pos_ != "PROPN" or \
                not head.text.isupper() or len(head.text) < 2 or not any(
                    c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children):
            return None
        owners: set[str] = set()
        found: Mention | None = None
        for tok in self.doc[:head.i]:
            if tok.text != head.text:
                continue
            owner = self.by_token.get(tok.head.i) if tok.dep_ == "appos" else None
            if owner is None or owner.label == "PERSON" or " " not in owner.text.strip() or \
                    tok.head.text == head.text or not any(
                        c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
                return None  # (the acronym used as a name of its own, or set off otherwise)
            owners.add(owner.canonical)
            found = owner
        return found if len(owners) == 1 else None

    def _reporter_named_so(self, head: Token, actor: ActorRef) -> bool:
        """Rule title_in_own_words: 'Tom Reyes said the farm secretary had promised him that
        help was coming': a title inside the words someone reported is not that someone (one
        tells of oneself as "I" or "he", not by one's own title)."""
        if not enabled("title_in_own_words"):
            return False
        return any(a <= head.idx < b and speaker.pos < head.idx and
                   speaker.actor.name == actor.name for a, b, speaker in self.reports)

    @_step("the_group_again")
    def _group_again(self, pos: int, lemma: str, plural_word: str, modifiers: set[str]
                     ) -> tuple[ActorRef, str, set[str]] | None:
        """Rule the_group_again: 'Two European diplomats said A. ... B, the diplomats said.':
        "the" and a plural noun take up the unnamed group of that noun that spoke last, in
        this or the three sentences before (a group of another noun, or one not seen, stays
        a description)."""
        if not enabled("the_group_again"):
            return None
        sent = self.sentence_index(pos)
        for r in self._latest_before(pos):
            if self.sentence_index(r.pos) < sent - 3:
                return None
            if r.kind != GROUP or not r.spoke or r.actor.mention_id is not None or \
                    lemma not in r.roles or not modifiers <= r.roles or \
                    self._phrase_head_word(r.actor) != plural_word:
                continue  # ('residents of the refugee camp' are no 'the refugees')
            return replace(r.actor), r.kind, set(r.roles)
        return None

    def _phrase_head_word(self, actor: ActorRef) -> str | None:
        """The head word, as written, of the phrase an unnamed actor was described by ("two
        European diplomats in Geneva": diplomats)."""
        if actor.span is None:
            return None
        span = self.doc.char_span(actor.span[0], actor.span[1], alignment_mode="expand")
        return span.root.lower_ if span is not None and len(span) else None

    def _party_clash(self, core: list[Token], head: Token, actor: ActorRef) -> bool:
        """'Senator Tom Reeve, a Republican, said A. The Democratic senator said B': a party
        word of the description that the person it resolved to is known not to belong to
        (the text gave that person another party) means someone else (rule
        party_word_agrees; lexicons/actors.json party_family_words, the table
        evact19's party_disagrees reads too)."""
        if not enabled("party_word_agrees") or actor.mention_id is None:
            return False
        words = party_family_words()
        said = {words[t.text] for t in core if t.i < head.i and t.text in words}
        if not said:
            return False
        theirs = _parties_beside(doc_text(self.doc), [
            m.span for m in self.person_mentions if m.canonical == actor.name])
        return bool(theirs) and not said & theirs

    def _note(self, rule: str, found: object) -> None:
        """Note a filter rule as a step that led to `found` (provenance for rules that only
        take candidates away, which no step of their own returns)."""
        trace = self.__dict__.get("trace")
        if found is not None and trace is not None:
            trace.append((rule, found))

    def _unless_seat(self, places: list[tuple[str, str | None]], core: list[Token],
                     lemma: str) -> list[tuple[str, str | None]]:
        """Rule based_place_open: "the Chicago-based maker" gives where a business sits,
        which the text need not have said of the company it takes up: a city of unknown
        country before "-based" does not rule out the company just named."""
        if not places or not enabled("based_place_open") or \
                lemma not in speaker_lexicon()["business_org_nouns"]:
            return places
        doc = self.doc
        seats = {t.lower_ for t in core if t.i + 2 < len(doc) and doc[t.i + 1].text == "-"
                 and doc[t.i + 2].lower_ == "based"}
        return [(w, c) for w, c in places if not (w in seats and c is None)]

    def _made_things(self, head: Token, lemma: str) -> set[int]:
        """Rule maker_of_products: the tokens of what a business is said to make or sell
        ("the Chicago-based maker of Toastie crackers and Kettle Hollow chips", "the
        retailer of Brisa shoes"): brands before a common noun name no one new, so the
        description may take up the company the text is about."""
        if not enabled("maker_of_products") or \
                lemma not in speaker_lexicon()["business_org_nouns"]:
            return set()
        made = {x.i for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"
                for x in g.subtree}
        if made:  # ("... of Brisko crackers and Tamber chips": the second hung on the maker)
            made |= {x.i for c in head.children if c.dep_ in ("conj", "appos") and
                     c.i > max(made) and
                     c.pos_ == "NOUN" and c.tag_ == "NNS" for x in c.subtree}
        return made

    @_step("whose_owner_named")
    def _whose_owner(self, head: Token, actor: ActorRef, core: list[Token]) -> ActorRef | None:
        """'Ruiz sent it to the state treasurer, whose office confirmed ...', 'Ana Pike, whose
        spokesman said ...': 'whose' is the noun its clause hangs on, so the speaker is that
        one's office or spokesman ("state treasurer's office", "Ana Pike's spokesman"), not
        "whose office"; none when the clause is not found."""
        if not enabled("whose_owner_named") or not any(
                t.dep_ == "poss" and t.lower_ == "whose" for t in head.children):
            return None
        verb = head.head
        while verb.dep_ != "relcl" and verb.dep_ in ("ccomp", "conj", "xcomp") and \
                verb.head is not verb:
            verb = verb.head
        owner = verb.head
        if verb.dep_ != "relcl" or owner.i >= head.i or owner.pos_ not in ("NOUN", "PROPN"):
            return None
        mention = self.by_token.get(owner.i)
        owner_name = self._mention_actor(mention).name if mention is not None else \
            self._core_text(owner)
        rest = " ".join(t.text for t in core if t.lower_ != "whose")
        if not owner_name or not rest:
            return None
        return replace(actor, name=f"{owner_name}'s {rest}", description=None)

    @_step("named_later")
    def _named_later(self, head: Token, lemma: str, core: list[Token]
                     ) -> tuple[ActorRef, str, set[str]] | None:
        """'A fire gutted the chapel on Friday, the church's minister said. ... "We have no
        idea," the Rev. Ann Cole of the Hill Church said.': a description in the lead that
        means no one named before is the first person named as a subject in the next three
        sentences whose role fits it (or, with no role known, whose sentence names what the
        description's possessor names: "church")."""
        sent = self.sentence_index(head.idx)
        # only a lead names its speaker after the fact (or, further on, the very next
        # sentence by the very title: 'The president of Ghana said ... . "...," President
        # Ivo Marek said.')
        later = sent > 2
        if later and (not enabled("named_next_sentence") or
                      any(t.dep_ == "poss" for t in head.children)):
            return None  # ("the district's superintendent" further on stays anonymous)
        classes = role_classes().get(lemma, set())
        owners = {t.lemma_.lower() for t in core if t.i < head.i and t.pos_ == "NOUN"}
        sents = list(self.doc.sents)
        # one the lead itself names ("the church attended by Gov. Ann Pike") is its subject,
        # not the one describing it
        named_here = {r.actor.name for r in self.referents
                      if not r.spoke and self.sentence_index(r.pos) == sent}
        for r in self.referents:
            if r.pos <= head.idx or r.actor.name in named_here:
                continue
            at = self.sentence_index(r.pos)
            if at > sent + (1 if later else 3):
                break
            if r.kind != PERSON or not r.salient or r.actor.mention_id is None:
                continue
            roles = r.roles | self._roles_named(r.actor.name)
            if later:
                # (the title set right before the name: not 'His deputy minister, Ana Ruiz')
                before_name = doc_text(self.doc)[max(0, r.pos - 40):r.pos].lower().split()
                if lemma in roles and before_name and before_name[-1].rstrip(".") == lemma:
                    return replace(r.actor), r.kind, set(r.roles)
                continue
            fits = lemma in roles or any(classes & role_classes().get(x, set()) for x in roles)
            if fits and lemma not in roles and self._other_title(r, lemma, head, core):
                continue
            if not fits and not roles and owners:
                words = {t.lemma_.lower() for t in sents[at]}
                fits = owners <= words
            if fits:
                return replace(r.actor), r.kind, set(r.roles)
        return None

    @functools.cached_property
    def _nationality_words(self) -> frozenset[str]:
        """The article's nationality words (NORP), read once, not at each title weighed."""
        return frozenset(t.lower_ for t in self.doc if t.ent_type_ == "NORP")

    def _two_holders(self, r: Referent, lemma: str, modifiers: set[str],
                     before: Iterator[Referent]) -> bool:
        """Rule two_holders_no_guess: "the president" with no word of its own, when the one
        found was brought in with a nationality ("French President Paul Garnier") and the
        text has another holder of that very title without it ("the American president"),
        means either: no guess (wrong is worse than unknown)."""
        if not enabled("two_holders_no_guess") or modifiers or r.kind != PERSON:
            return False
        nationality = self._nationality_words & r.roles
        if not nationality:
            return False

        def of_body(x: Referent) -> bool:  # "the president of the Federal Reserve Bank"
            return f"{lemma} of " in f"{x.actor.name} {x.actor.description or ''}".lower()

        # (one set beside the name is the same person: "Vail's lawyer, Martin Coyle")
        near_r = [x.pos for x in self.referents if x.actor.name == r.actor.name]
        return not of_body(r) and any(
            o.actor.name != r.actor.name and lemma in o.roles and o.salient and
            o.kind == PERSON and not of_body(o) and not nationality <= o.roles and
            all(abs(o.pos - p) > 60 for p in near_r) and
            o.actor.name.lower() not in r.actor.name.lower() and
            r.actor.name.lower() not in o.actor.name.lower() for o in before)

    def _other_title(self, r: Referent, lemma: str, head: Token, core: list[Token]) -> bool:
        """Rule distinct_titles_named_later: a person brought in by a title of their own ("The
        alliance's secretary general, Jonas Eklund") is not the one a description by another
        specific title and a nationality the person is not known by means ("the American
        president warned ..." in the lead), though both titles are an official's (a class
        word on either side, "the official", still fits; "the bloc's chief negotiator" may
        be "the French diplomat" named next)."""
        if not enabled("distinct_titles_named_later") or not r.actor.description:
            return False
        known = r.roles | _words(r.actor.name) | _words(r.actor.description)
        places = self._places(core, head)
        if not places or all(word in known for word, _c in places):
            return False
        class_names = role_class_names()
        if lemma in class_names:
            return False
        words = r.actor.description.lower().replace("'s", " ").split()
        titles = [w for w in words if w in role_classes()]
        return lemma not in words and not any(w in class_names for w in titles) and \
            any(_titles_apart(lemma, w) for w in titles)

    @_step("it_the_document")
    def _document_before(self, head: Token) -> Token | None:
        """'The indictment does not say when ..., but it says she devised a scheme': the
        document a speaking "it" takes up, the nearest document noun before it as a subject
        (or, in its own sentence, a preposition's object: 'not explained in the indictment,
        but it says'), in its sentence or the one before; None when a name or an
        organization stands nearer."""
        docs = set(speaker_lexicon()["document_nouns"])
        sent = head.sent
        start = sent.start
        if start > 0:
            start = self.doc[start - 1].sent.start
        # (a name inside the document's own phrase or in what it reported does not stand
        # between: 'The memo, written for a party PAC, warned the party could lose its
        # House majority. It urged ...'; rule name_inside_document_phrase)
        inside: set[int] = set()
        if enabled("name_inside_document_phrase"):
            for t in self.doc[start:head.i]:
                if t.lemma_.lower() in docs and t.dep_ in ("nsubj", "nsubjpass"):
                    inside |= {x.i for x in t.subtree}
                    inside |= {x.i for c in t.head.children if c.dep_ == "ccomp"
                               for x in c.subtree}
                    # (rule document_object_not_nearer: nor one in the object of its own
                    # verb -- 'The audit faulted the agency's own rules. It says ...' is
                    # the audit, the subject both sentences are about)
                    if enabled("document_object_not_nearer"):
                        inside |= {x.i for c in t.head.children if c.dep_ == "dobj"
                                   for x in c.subtree}
        for i in range(head.i - 1, start - 1, -1):
            tok = self.doc[i]
            if i in self.by_token and self.by_token[i].label in ("PERSON", *_ORG_LABELS) and \
                    i not in inside:
                return None
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in docs or \
                    tok.tag_ not in ("NN",) or self._in_quote(tok.idx):
                continue
            if tok.dep_ == "pobj" and tok.sent == sent and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) and \
                    enabled("indefinite_channel_not_it"):
                # ('In a statement, it said ...': a document its own sentence brings in as
                # the way something was said is not what "it" means; who issued it is)
                continue
            if tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "pobj" and tok.sent == sent):
                return tok
            return None
        return None

    @_step("introduced_next")
    def _introduced_next(self, head: Token, lemma: str
                         ) -> tuple[ActorRef, str, set[str]] | None:
        """'A Republican senator who opposes the bill said ... Sen. Ana Ruiz of Ohio is one
        of three holdouts': a lead that brings its speaker in as "a <noun>" names her in one
        of the next two sentences, as a subject that fits the noun (its role, or a word for a
        woman or man of her gender) and that is not itself speaking there; not one named
        before the noun."""
        from newsweave.extract.quote_cues import reporting_lexicon

        sent = self.sentence_index(head.idx)
        if sent > 2:
            return None
        generic = lemma in speaker_lexicon()["generic_person_nouns"]
        gender = _word_gender(lemma)
        other = {"female": "male", "male": "female"}.get(gender or "")
        before = {r.actor.name for r in self.referents if r.pos < head.idx}
        verbs = reporting_lexicon()["verbs"]
        for r in self.referents:
            if r.pos <= head.idx:
                continue
            at = self.sentence_index(r.pos)
            if at == sent:
                continue
            if at > sent + 2:
                break
            if r.kind != PERSON or not r.salient or r.actor.mention_id is None or \
                    r.actor.name in before or self._in_quote(r.pos):
                continue
            if other is not None and self._gender_of(r, by_name=True) == other:
                continue
            tok = self._token_at(r.pos)
            if tok is None:
                continue
            while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
                tok = tok.head  # ("Tina" in "Tina Kowal": the name's head)
            verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else tok.head.head
            desc = (r.actor.description or "").lower().split()
            if desc[:1] == ["the"] and desc[-1:] == [lemma] and \
                    enabled("same_noun_names_lead") and not _withholds_name(head):
                # 'A former aide to the mayor testified ... The aide, Ana Ruiz, told jurors':
                # the lead's noun taken up by "the" beside the name is that very one
                return replace(r.actor), r.kind, set(r.roles)
            roles = r.roles | self._roles_named(r.actor.name)
            if verb.lemma_.lower() in verbs and not (
                    lemma in roles and at == sent + 1 and not _withholds_name(head) and
                    enabled("titled_speaker_named_next")):
                # (rule titled_speaker_named_next: but the lead's very title on the first
                # person named in the next sentence, speaking there too, is that one: 'A
                # federal judge blocked the law, ruling A. ... Judge Ana Lister wrote B')
                return None  # someone else speaking next
            # (its very role: "a senior official" is not the president named next)
            if (lemma in roles and not _withholds_name(head)) or (
                    generic and not roles and verb.lemma_ == "be" and
                        tok.dep_ == "nsubj"):  # ('Tina Kowal is the only witness')
                return replace(r.actor), r.kind, set(r.roles)
            return None  # (the first person named next is the one or no one)
        return None

    @_step("of_nationality")
    def _of_nationality(self, pos: int, lemma: str, places: list[tuple[str, str | None]]
                        ) -> tuple[ActorRef, str, set[str]] | None:
        """'Talks with Silva's agents went on. The Portuguese coach had been out of work':
        a nationality and a role for the person named last (subject or not) in this or the
        two sentences before, when nothing says that person is of another country or holds
        a role of another kind."""
        sent = self.sentence_index(pos)
        classes = role_classes().get(lemma, set())
        class_words = role_class_names()
        for r in self._latest_before(pos):
            if self.sentence_index(r.pos) < sent - 2:
                return None
            if r.kind != PERSON or r.actor.mention_id is None:
                continue
            if r.actor.country is not None and all(r.actor.country != c for _w, c in places):
                return None
            roles = r.roles | self._roles_named(r.actor.name)
            if roles and lemma not in roles and not any(
                    classes & role_classes().get(x, set()) and (
                        lemma in class_words or x in class_words) for x in roles):
                return None  # ("the Afghan president" is not the secretary general)
            return replace(r.actor), r.kind, set(r.roles)
        return None

    def _places(self, core: list[Token], head: Token) -> list[tuple[str, str | None]]:
        """Nationality and place words before the head ("the French foreign ministry")."""
        out = []
        for t in core:
            if t.i >= head.i:
                continue
            m = self.by_token.get(t.i)
            if (m is not None and m.label in ("NORP", "GPE")) or t.ent_type_ in ("NORP", "GPE"):
                out.append((t.lower_, m.country if m is not None else None))
        return out

    @_step("by_role")
    def _by_role(self, pos: int, lemma: str, kind: str, modifiers: set[str],
                 recent_only: bool = False, places: list[tuple[str, str | None]] | None = None,
                 ranked: bool = False, owned: bool = False
                 ) -> tuple[ActorRef, str, set[str]] | None:
        """An earlier referent that "the <modifiers> <lemma>" can refer to (with `ranked`,
        "the world's top chip maker", only one the text described with that rank)."""
        if ranked:
            return self._ranked(pos, kind)
        head = self._token_at(pos)
        if head is not None and enabled("other_is_someone_else") and kind == PERSON and any(
                t.lower_ in ("other", "another") and t.i < head.i
                for t in head.subtree if t.head.i == head.i or t.head.head.i == head.i):
            # "One of the diplomats said A. The other diplomat said B": not the first one
            return None
        classes = role_classes().get(lemma, set())
        class_words = role_class_names()
        holder_named = any(r.kind == kind and lemma in r.roles for r in self._latest_before(pos))
        sent = self.sentence_index(pos)

        def same_place(r: Referent) -> bool:
            names = r.roles | _words(r.actor.name) | _words(r.actor.description)
            return all(word in names or (country is not None and r.actor.country == country)
                       for word, country in places or [])

        def place_open(r: Referent) -> bool:
            """A nationality the referent is not known to lack: "The German automaker says"
            right after "Volkswagen is showing ..." (no country known for Volkswagen)."""
            return same_place(r) or (r.actor.country is None and all(
                country is not None for _word, country in places or []))

        same = speaker_lexicon()["same_office"] if enabled("same_office_title") else {}
        office = same.get(lemma, lemma)

        def holds(roles: set[str]) -> bool:
            # ('the congressman' for 'Representative Ana Ruiz': one office, other words)
            return lemma in roles or any(same.get(x, x) == office for x in roles)

        def fits(r: Referent, exact_only: bool) -> bool:
            if not modifiers <= r.roles or not same_place(r):
                return False
            if holds(r.roles):
                return True
            if exact_only:
                return False
            # (two different titles are two people when the article has a holder of this
            # one: "the president" after the president spoke is no attorney general; a class
            # word on one side -- "the official" for a minister -- still fits)
            # (rule distinct_titles_by_role: nor is "the president" the secretary general
            # when no president was named -- two specific titles stay two people)
            return any(classes & role_classes().get(role, set()) and (
                lemma in class_words or role in class_words or not (
                    holder_named or (enabled("distinct_titles_by_role") and kind == PERSON
                                     and _titles_apart(lemma, role))))
                for role in r.roles)

        singular = head is not None and head.tag_ == "NN" and \
            enabled("singular_not_plural_group")

        def plural_group(r: Referent) -> bool:
            # ('Both companies have struggled. ... The company said': one company is not the
            # plural subject met before; rule singular_not_plural_group)
            seen = self._token_at(r.pos)
            return r.actor.mention_id is None and seen is not None and (
                seen.tag_ == "NNS" or self._plural_head(r))

        def before() -> Iterator[Referent]:
            # ('the company and the regulator said A. ... the company said B': one of a pair
            # described together is not the pair; rule singular_not_pair)
            return (r for r in self._latest_before(pos) if r.kind == kind and not (
                r.actor.mention_id is None and " and " in r.actor.name and
                enabled("singular_not_pair")) and not (singular and plural_group(r)))

        # (a) a salient referent in this or the two previous sentences whose roles fit
        # (one only named inside someone's words yields to one with this very role: "the
        # mayor said" after "Mayor Lou Marek said he was not sure Harrigan could deliver" is
        # Marek, not the nominee in his words)
        exact_near = next((r for r in before() if self.sentence_index(r.pos) >= sent - 2 and
                           r.salient and holds(r.roles) and modifiers <= r.roles and
                           same_place(r)), None)
        for r in before():
            if self.sentence_index(r.pos) < sent - 2:
                break
            # (a description of someone else only by its own word: "the senator" is not
            # "his party's nominee" met just before, though both may run for office)
            if r.salient and fits(r, exact_only=recent_only or (
                    r.actor.mention_id is None and r.actor.type == "PERSON" and
                    r.actor.name[:1].islower())):
                if exact_near is not None and lemma not in r.roles and not r.spoke and \
                        self._reporter_of(r) is not None:
                    r = exact_near
                if lemma in r.roles and self._two_holders(r, lemma, modifiers, before()):
                    return None
                return replace(r.actor), r.kind, set(r.roles)
        if not places and not recent_only and modifiers and kind == PERSON:
            found = self._modified_title_holder(pos, modifiers, holds, before())
            if found is not None:
                return replace(found.actor), found.kind, set(found.roles)
        if places and enabled("place_unknown_holder") and not any(
                fits(r, exact_only=True) for r in before()):
            # "Ghana's president said" after "President Ivo Marek said": the one holder of
            # the title in the article, of no known country, is the country's
            # (and the place named where the text brought that holder in: not another
            # country's president, left unnamed)
            holders = [r for r in before() if lemma in r.roles and modifiers <= r.roles and
                       r.actor.mention_id is not None and place_open(r)]
            if len({r.actor.name for r in holders}) == 1 and \
                    self._place_near(holders[-1].pos, [w for w, _c in places]):
                return replace(holders[0].actor), holders[0].kind, set(holders[0].roles)
        if recent_only:  # "the spokesman for X" names someone new
            return None
        # (b) any earlier referent with exactly this role, one that has spoken first ("the
        # judge said" after the sentencing judge spoke, not the judge of the old case)
        exact = [r for r in before() if fits(r, exact_only=True)]
        # (then one that acted as a subject: "the judge" after "Judge Ana Ruiz sentenced
        # him" and a later "he killed Judge Tom Hale" is Ruiz)
        chosen = next((r for r in exact if r.spoke), None) or \
            next((r for r in exact if r.salient), exact[0] if exact else None)
        if chosen is not None:
            return replace(chosen.actor), chosen.kind, set(chosen.roles)
        # (c) a recent referent whose role class fits
        skipped = False
        for r in before():
            if self.sentence_index(r.pos) < sent - 6:
                break
            if fits(r, exact_only=False):
                if self._unnamed_other_title(r, lemma, holds):
                    skipped = True
                    continue
                if skipped:
                    self._note("described_own_title", r)
                return replace(r.actor), r.kind, set(r.roles)
        # "the company", "the group": the organization just named
        # (one that has just spoken first: "Starline, the label, says ... The singer
        # thanked the Music Awards. But the company says ...")
        if kind == ORG and (lemma in speaker_lexicon()["generic_org_nouns"] or (
                head is not None and _product_trade(head, lemma))):
            # (a named one: "the agency" is not "the companies" that spoke before)
            before_head = {t.lemma_.lower() for t in self._core_tokens(head)
                           if t.pos_ == "NOUN" and t.i < head.i} if head is not None else set()
            # ("the finance workers' union", "the nurses' union": a body of the people its
            # possessor names is no organization named before without those words)
            members = {t.lemma_.lower() for t in self._core_tokens(head)
                       if t.dep_ == "poss" and t.tag_ == "NNS" and t.i < head.i} \
                if head is not None and enabled("members_body") else set()
            near = [r for r in before() if self.sentence_index(r.pos) >= sent - 2 and
                    r.actor.type == "ORG" and r.kind == ORG and (
                        r.actor.mention_id is not None or r.actor.name[:1].isupper()) and
                    _may_be_described(r, before_head) and (not members or bool(
                        members & (r.roles | _words(r.actor.name) |
                                   _words(r.actor.description)))) and
                    not (owned and self.sentence_index(r.pos) == sent)]
            orgs = [r for r in near if same_place(r)]
            if enabled("cited_source_not_described"):
                cited_names = self._cited_names(pos, lemma)
                uncited = [r for r in orgs if r.actor.name not in cited_names]
                past_cited = self._past_cited_sources(pos, lemma, cited_names, before_head,
                                                       orgs)
                if uncited and len(uncited) < len(orgs):
                    orgs = [self._uncited(r) for r in uncited]
                if past_cited is not None:
                    return replace(past_cited.actor), past_cited.kind, set(past_cited.roles)
            org = next((r for r in orgs if r.spoke), None)
            if org is None and orgs and self._in_passing(orgs[0]):
                org = self._org_that_spoke(pos, lemma, before_head)
            if org is None:
                org = orgs[0] if orgs else None
            if org is None and places:
                # "The German automaker": the latest organization of no known country
                org = next((r for r in near if place_open(r)), None)
            if org is None and not near:
                org = self._sole_org_before(pos, lemma, before_head, same_place)
            if org is not None:
                return replace(org.actor), org.kind, set(org.roles)
        return None

    def _unnamed_other_title(self, r: Referent, lemma: str,
                             holds: Callable[[set[str]], bool]) -> bool:
        """'A senior Democratic lawmaker said A. The Democratic leader told reporters B': a
        person the text only described, with another title, is not who this title means
        (the two share a class only; rule described_own_title)."""
        if not enabled("described_own_title") or r.kind != PERSON:
            return False
        unnamed = r.actor.mention_id is None and r.actor.name[:1].islower()
        return unnamed and not holds(r.roles) and lemma not in r.roles

    @_step("sole_org_named_before")
    def _sole_org_before(self, pos: int, lemma: str, modifiers: set[str],
                         same_place: Callable[[Referent], bool]) -> Referent | None:
        """'Brightline Software released ... (three sentences on) ... The company said':
        with no organization in the sentences just before, "the company" (a business noun:
        not "the union", "the agency") is the one organization the article named before as a
        subject or speaker, when exactly one fits: never a ministry, an army or a party, and
        one whose name or description holds the description's own nouns ("the software
        company"); none when two fit (unknown beats a guess)."""
        lex = speaker_lexicon()
        if not enabled("sole_org_named_before") or lemma not in lex["business_org_nouns"]:
            return None
        sectors = frozenset(lex["non_business_sectors"])
        # (any one named before counts against the others, a subject or not: "Brightline
        # and Corvane released ..." is two)
        fits = [r for r in self._latest_before(pos) if r.kind == ORG and
                r.actor.type == "ORG" and r.actor.mention_id is not None and
                modifiers <= r.roles | _words(r.actor.name) | _words(r.actor.description)
                and same_place(r) and r.actor.sector not in sectors]
        if len({r.actor.name for r in fits}) != 1:
            return None
        return next((r for r in fits if r.salient or r.spoke), None)

    @_step("modified_title_holder")
    def _modified_title_holder(self, pos: int, modifiers: set[str],
                               holds: Callable[[set[str]], bool], before: Iterator[Referent]
                               ) -> Referent | None:
        """'Representative Ana Ruiz said she would run. The three-term congresswoman told
        ...', '"...," Judge Lee said. The 61-year-old appeals court judge added ...': a
        definite title with words of description the text never gave its holder (a tenure,
        an age, a court) still means the named holder of that title who is a subject or
        speaker of this or the two sentences of narration before, when no one else there
        holds it. Not when a modifier makes it another office ('the deputy
        minister', 'the vice president') or is itself a title (rule modified_title_holder)."""
        if not enabled("modified_title_holder"):
            return None
        lex = speaker_lexicon()
        if modifiers & set(lex["other_office_modifiers"]) or \
                any(m in role_classes() for m in modifiers):
            return None
        holders = []
        here = self.narration_index(pos)
        for r in before:
            if self.narration_index(r.pos) < here - 2:
                break
            if holds(r.roles) and r.kind == PERSON:
                holders.append(r)
        if len({r.actor.name for r in holders}) != 1:
            return None
        return next((r for r in holders if r.salient and r.actor.mention_id is not None), None)

    def _token_at(self, pos: int) -> Token | None:
        i = doc_index(self.doc).first_token_from(pos)
        return self.doc[i] if i < len(self.doc) and self.doc[i].idx == pos else None

    def _in_passing(self, r: Referent) -> bool:
        """A name inside another noun's phrase, neither speaking nor acting: "an analyst at
        Barrow Securities", "versions of IE"."""
        if r.spoke or r.salient:
            return False
        tok = self._token_at(r.pos)
        if tok is None:
            return False
        while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
            tok = tok.head
        return tok.dep_ == "pobj" and tok.head.pos_ == "ADP" and \
            tok.head.head.pos_ in ("NOUN", "PROPN")

    def _cited_source(self, r: Referent) -> bool:
        """A name seen only as the source a figure is cited from ("..., according to
        Thomson Reuters I/B/E/S", "according to Crunchbase"): a data provider, not what
        the article is about."""
        tok = self._token_at(r.pos)
        if tok is None:
            return False
        if tok.lower_ == "according":  # (noted as the speaker at its cue)
            return True
        while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
            tok = tok.head
        return tok.dep_ == "pobj" and tok.head.lower_ == "to" and \
            tok.head.head.lower_ == "according"

    def _cited_names(self, pos: int, lemma: str) -> set[str]:
        """The organizations the text has so far met only as cited sources (_cited_source),
        but for those called by the description's own noun ("according to the agency X ...
        the agency said" is X)."""
        cited: set[str] = set()
        other: set[str] = set()
        for r in self._latest_before(pos):
            if r.kind == ORG:
                called = lemma in r.roles | _words(r.actor.name) | _words(r.actor.description)
                (cited if self._cited_source(r) and not called else other).add(r.actor.name)
        return cited - other

    def _plural_head(self, r: Referent) -> bool:
        """Rule plural_description_head: a description counted before its noun ("at least
        two Championship clubs", "all three carmakers") is plural by its noun, the root of
        its span: no "the club" or "the company" said of one of them."""
        span = r.actor.span
        if span is None or not enabled("plural_description_head"):
            return False
        words = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        return words is not None and words.root.tag_ == "NNS" and any(
            t.tag_ == "CD" or t.lower_ in ("both", "all", "several", "many")
            for t in words if t.i < words.root.i)

    @_step("cited_source_not_described")
    def _uncited(self, r: Referent) -> Referent:
        """An organization left once the cited sources near are dropped (noted as the
        rule's find, for provenance)."""
        return r

    @_step("cited_source_not_described")
    def _past_cited_sources(self, pos: int, lemma: str, cited: set[str], modifiers: set[str],
                            orgs: list[Referent]) -> Referent | None:
        """'Brennard cut its forecast. Analysts had expected more, according to Thomson
        Reuters. The company said ...': "the company" (a business noun) is not an
        organization the text only cited a figure from (the caller drops such sources when
        another organization is near); when every organization near is such a source or
        named in passing, it is the last one that spoke or acted in the eight sentences
        before and was cited from nowhere (None when the rule has nothing to say: the usual
        choice stands). `cited`: the caller's _cited_names(pos, lemma)."""
        if not cited or not any(r.actor.name in cited for r in orgs) or any(
                r.actor.name not in cited and not self._in_passing(r) for r in orgs):
            return None
        sent = self.sentence_index(pos)
        org_nouns = set(speaker_lexicon()["organization_nouns"])
        for r in self._latest_before(pos):
            if self.sentence_index(r.pos) < sent - 8:
                break
            if r.kind == ORG and r.actor.type == "ORG" and (r.spoke or r.salient) and \
                    r.actor.name not in cited and r.actor.name[:1].isupper() and \
                    _may_be_described(r, modifiers) and \
                    not (_words(r.actor.name) & org_nouns) - {lemma}:
                return r
        return None

    @_step("org_that_spoke")
    def _org_that_spoke(self, pos: int, lemma: str, modifiers: set[str]) -> Referent | None:
        """'Corvane cut its forecast, it said in a statement. ... "...," said an analyst at
        Barrow Securities. The company also confirmed ...': with no organization near that
        spoke or acted, "the company" is the last named one of its kind that has spoken (in
        the last eight sentences), not one named in passing."""
        sent = self.sentence_index(pos)
        # (and of the kind: "the company" is no "Department of Agriculture")
        org_nouns = set(speaker_lexicon()["organization_nouns"])
        for r in self._latest_before(pos):
            if self.sentence_index(r.pos) < sent - 8:
                break
            if r.kind == ORG and r.actor.type == "ORG" and r.spoke and \
                    r.actor.name[:1].isupper() and _may_be_described(r, modifiers) and \
                    not (_words(r.actor.name) & org_nouns) - {lemma}:
                return r
        return None

    @_step("ranked_candidate")
    def _ranked(self, pos: int, kind: str) -> tuple[ActorRef, str, set[str]] | None:
        """The referent an earlier description gave the same rank and noun ("Nordchip, the
        world's top chip maker, ..."), by the words of its description, else None."""
        head = next((t for t in self.doc if t.idx == pos), None)
        if head is None:
            return None
        words = _words(self._core_text(head))
        for r in self._latest_before(pos):
            if r.kind == kind and r.actor.description and words <= _words(r.actor.description):
                return replace(r.actor), r.kind, set(r.roles)
        # (or set beside a name earlier: "Nordchip, the world's top chip maker, ...")
        for t in self.doc[:head.i]:
            if t.lemma_ != head.lemma_ or t.dep_ != "appos" or \
                    not words <= _words(self._core_text(t)):
                continue
            if t.head.i in self.by_token:
                return self._from_mention(self.by_token[t.head.i])
            if t.head.pos_ == "PROPN":  # a name the tagger missed
                name = self._core_text(t.head)
                return ActorRef(name=name, type="ORG" if kind == ORG else "PERSON",
                                description=self._core_text(t),
                                span=(t.head.idx, t.head.idx + len(t.head.text))), kind, set()
        # (or the only one of its kind the last sentences name, or have for the subject of
        # their main clause: "Intel lost a partner to AMD this week. But the world's top
        # chip maker said ..."; with two such, none)
        sent = self.sentence_index(pos)
        near: dict[str, Referent] = {}
        subjects: set[str] = set()
        for r in self._latest_before(pos):
            if self.sentence_index(r.pos) >= sent - 2 and r.kind == kind and (
                    kind != ORG or r.actor.type == "ORG"):
                near.setdefault(r.actor.name, r)
                if self._main_subject(r.pos):
                    subjects.add(r.actor.name)
        if len(near) > 1:
            near = {name: r for name, r in near.items() if name in subjects}
        # ("Italy's largest telecoms union said" after "an interview with the Daily Post":
        # a name in passing that lacks what the description says is not it)
        modifiers = {t.lemma_.lower() for t in self._core_tokens(head)
                     if t.pos_ == "NOUN" and t.i != head.i}
        near = {name: r for name, r in near.items() if _may_be_described(r, modifiers)}
        if len(near) == 1:
            r = next(iter(near.values()))
            return replace(r.actor), r.kind, set(r.roles)
        return None

    def _subject_at(self, pos: int) -> Token | None:
        """The token heading the phrase that starts at character `pos` (past its compound
        words), or None when no token starts there."""
        i = doc_index(self.doc).first_token_from(pos)
        if i >= len(self.doc) or self.doc[i].idx != pos:
            return None
        tok = self.doc[i]
        while tok.dep_ == "compound" and tok.head.i > tok.i:
            tok = tok.head
        return tok

    def _main_subject(self, pos: int) -> bool:
        """Whether the word at character `pos` heads the subject of its sentence's main
        verb (or is the first name of a subject joined by "and")."""
        tok = self._subject_at(pos)
        return tok is not None and tok.dep_ in ("nsubj", "nsubjpass") and \
            tok.head.dep_ == "ROOT"

    def _asked_about(self, at: int, pos: int) -> bool:
        """'Asked whether Lee would run, she said ...': one named inside the question a
        participle "asked" puts to the pronoun at `pos`, in its own sentence, is what the
        pronoun was asked about, not the pronoun (the one asked answers; rule
        asked_clause_not_answerer)."""
        if not enabled("asked_clause_not_answerer") or \
                self.sentence_index(at) != self.sentence_index(pos) or at >= pos:
            return False
        index = doc_index(self.doc)
        i, j = index.first_token_from(at), index.first_token_from(pos)
        if i >= len(self.doc) or j >= len(self.doc):
            return False
        pronoun = self.doc[j]
        for anc in self.doc[i].ancestors:
            if anc.dep_ == "advcl" and _asked_participle_clause(anc) and \
                    anc.head.i == pronoun.head.i and pronoun not in anc.subtree:
                return True
        return False

    def _inner_subject(self, pos: int) -> bool:
        """Whether the word at character `pos` heads the subject of a clause inside its
        sentence ('whether Hale was there', 'the night Roy died'), not of the main verb or
        of a verb joined to it."""
        tok = self._subject_at(pos)
        return tok is not None and tok.dep_ in ("nsubj", "nsubjpass") and \
            tok.head.dep_ not in ("ROOT", "conj")

    def _named_orgs(self, core: list[Token], head: Token) -> list[set[str]]:
        """The words of each organization named before the head of a description ("the
        Relief Fund official" -> [{"relief", "fund"}])."""
        seen: dict[str, set[str]] = {}
        for t in core:
            m = self.by_token.get(t.i)
            if t.i < head.i and m is not None and m.label == "ORG":
                seen.setdefault(m.mention_id, _words(m.text))
        return [w for w in seen.values() if w]

    @_step("described_subject_before")
    def _described_subject_before(self, head: Token, gender: str | None
                                  ) -> tuple[ActorRef, str, set[str]] | None:
        """'A neighbour, a retired postman, heard the crash. He said ...': a he/she opening
        its sentence means the person the sentence before brought in as its main subject
        by a description alone ("a neighbour", "a woman"), not someone named further back
        (rule described_subject_before)."""
        if not enabled("described_subject_before") or head.dep_ not in ("nsubj",) or \
                head.i != head.sent.start or head.sent.start == 0:
            return None
        prev = self.doc[head.sent.start - 1].sent
        subj = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN" or \
                subj.i in self.by_token or self._in_quote(subj.idx) or \
                not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children) or \
                any(t.pos_ == "PROPN" or t.i in self.by_token for t in subj.subtree):
            return None  # ('A spokesman, Ed Lee, said ... He said': the name is who speaks)
        lemma = subj.lemma_.lower()
        lex = speaker_lexicon()
        if lemma not in lex["people_nouns"] and lemma not in role_classes() and \
                lemma not in lex["generic_person_nouns"]:
            return None
        other = {"female": "male", "male": "female"}.get(gender or "")
        if other is not None and _word_gender(lemma) == other:
            return None
        if "\n" in doc_text(self.doc)[subj.idx:head.idx]:
            return None  # (in the same paragraph only)
        return self._described(subj)

    @_step("previous_subject_role")
    def _previous_subject(self, head: Token, lemma: str
                          ) -> tuple[ActorRef, str, set[str]] | None:
        """The one named person who is the main subject of the sentence before `head`'s, in
        its paragraph, with no office known but `lemma`."""
        from newsweave.extract.quote_marks import paragraphs

        # (rule previous_subject_past_quotation: 'Ana Lowe said, "... / "... / ...," the
        # evangelist said': sentences wholly quoted between are the same speaker's words,
        # and paragraphs that open with a quotation mark continue the speaker's paragraph)
        # (not for a source: an unnamed informant is never the person just named)
        past = enabled("previous_subject_past_quotation") and \
            "source" not in role_classes().get(lemma, set())
        index = self.narration_index if past else self.sentence_index
        sent = index(head.idx)
        paras = paragraphs(doc_text(self.doc))
        para = next(((a, b) for a, b in paras if a <= head.idx < b), None)
        first_para_start = para[0] if para is not None else 0
        if past and para is not None:
            para = self._quoted_paragraphs_back(paras, para)
        found: dict[str, Referent] = {}
        for r in self._latest_before(head.idx):
            at = index(r.pos)
            if at < sent - 1:
                break
            if at != sent - 1 or para is None or not para[0] <= r.pos < para[1] or \
                    r.kind != PERSON or r.actor.mention_id is None or not r.salient or \
                    not (r.spoke or self._main_subject(r.pos)):
                continue
            offices = {x for x in r.roles | self._roles_named(r.actor.name)
                       if x in role_classes()}
            # (rule former_title_any_office: "the former prime minister" may hold any office
            # now -- 'The secretary general, Ana Lund, told reporters ... The former Danish
            # prime minister said')
            # (rule unknown_role_no_clash: a noun no lexicon knows as an office -- 'the
            # evangelist' after 'the charity's president Ana Lowe' -- clashes with none)
            if offices and lemma not in offices and not (
                    enabled("unknown_role_no_clash") and self._unlisted_calling(lemma)) and not (
                    enabled("former_title_any_office") and any(
                        c.lower_ in ("former", "ex") and c.dep_ == "amod"
                        for c in head.children)):
                return None  # ('Spokesman Ed Lee said ... the governor said': not Lee)
            found.setdefault(r.actor.name, r)
        one = _the_one(found)
        if one is not None:
            r = found[one[0].name]
            offices = {x for x in r.roles | self._roles_named(r.actor.name)
                       if x in role_classes()}
            if offices and lemma not in offices and self._unlisted_calling(lemma):
                self._note("unknown_role_no_clash", one)
            if past and (self.sentence_index(r.pos) != self.sentence_index(head.idx) - 1 or
                         r.pos < first_para_start):
                self._note("previous_subject_past_quotation", one)
        return one

    @staticmethod
    def _unlisted_calling(lemma: str) -> bool:
        """'evangelist', 'novelist': a noun no lexicon lists as a role whose ending makes it a
        person's calling (quote_speakers.json unlisted_person_suffixes; rule
        unknown_role_no_clash)."""
        return lemma not in role_classes() and lemma.endswith(
            tuple(speaker_lexicon()["unlisted_person_suffixes"]))

    @staticmethod
    def _ranked_as_number(head: Token, lemma: str) -> bool:
        """'the world number one', 'the No. 2': a rank noun (quote_speakers.json rank_nouns)
        with a number after it or on it (rule ranked_as_number)."""
        if not enabled("ranked_as_number") or lemma not in speaker_lexicon()["rank_nouns"]:
            return False
        return any(c.dep_ == "nummod" or c.like_num for c in head.children) or (
            head.i + 1 < len(head.doc) and head.doc[head.i + 1].like_num)

    def _quoted_paragraphs_back(self, paras: list[tuple[int, int]], para: tuple[int, int]
                                ) -> tuple[int, int]:
        """`para` grown back over the paragraphs of a quotation run on into it (the one
        before leaves a quotation open, whether or not this one opens it again), then over
        the paragraph before the quotation's first one, where its speaker was last the
        subject (rule previous_subject_past_quotation); `para` itself when no quotation
        runs on into it."""
        text = doc_text(self.doc)
        start, end = para
        before = [p for p in paras if p[1] <= start]
        grew = False
        while before:
            a, b = before[-1]
            if not _leaves_quotation_open(text[a:b]):
                break
            start, grew = a, True
            before.pop()
        if grew and before:
            start = before[-1][0]
        return start, end

    @_step("party_member_speaker")
    def _party_member(self, head: Token) -> tuple[ActorRef, str, set[str]] | None:
        """'"...," the California Democrat said': the person the text has just been about
        (not when the phrase names its person itself: 'the Texas Republican, Ana Ruiz,')."""
        party = head.lower_ in speaker_lexicon()["party_member_nouns"]
        # (rule demonym_speaker: 'the Queenslander', 'the Texan', 'the Ohioan': one singular
        # word the tagger took for a nationality or people, with "the", is a person too)
        mention = self.by_token.get(head.i)
        demonym = not party and enabled("demonym_speaker") and mention is not None and \
            mention.label in ("NORP", "PERSON") and len(mention.text.split()) == 1 and \
            head.text[:1].isupper() and head.lower_.endswith(
                tuple(speaker_lexicon()["demonym_suffixes"])) and not any(
                m.label == "PERSON" and len(m.canonical.split()) > 1 and
                head.lower_ in m.canonical.lower().split() for m in self.person_mentions)
        if not enabled("party_member_speaker") or not (party or demonym) or \
                head.tag_ not in ("NNP", "NN") or not any(
                    c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children) or \
                any(c.dep_ in ("appos", "relcl", "acl", "prep") for c in head.children):
            return None
        return self._recent_person(head.idx, None, window=3)

    @_step("titled_with_org")
    def _titled_with_org(self, pos: int, lemma: str, orgs: list[set[str]]
                         ) -> tuple[ActorRef, str, set[str]] | None:
        """The one person named before `pos` with role `lemma` whose name the text set right
        after a title naming one of `orgs` ("Acme co-founder Ana Ruiz")."""
        if not orgs:
            return None
        text = doc_text(self.doc)
        found: dict[str, Referent] = {}
        for r in self._latest_before(pos):
            if r.kind != PERSON or r.actor.mention_id is None or lemma not in r.roles:
                continue
            window = set(re.findall(r"[a-z0-9]+", text[max(0, r.pos - 50):r.pos].lower()))
            if any(org <= window for org in orgs) and lemma in window:
                found.setdefault(r.actor.name, r)
        return _the_one(found)

    @_step("member_of")
    def _member_of(self, pos: int, lemma: str, orgs: list[set[str]]
                   ) -> tuple[ActorRef, str, set[str]] | None:
        """The latest person in the last six sentences whose description names one of
        `orgs` and whose roles share a role class with `lemma`."""
        classes = role_classes().get(lemma, set())
        if not orgs or not classes:
            return None
        sent = self.sentence_index(pos)
        for r in self._latest_before(pos):
            if self.sentence_index(r.pos) < sent - 6:
                break
            if r.kind != PERSON:
                continue
            roles = r.roles | self._roles_named(r.actor.name)
            said = _words(r.actor.description) | roles
            if not any(org <= said for org in orgs):
                continue
            if lemma in roles or any(classes & role_classes().get(role, set())
                                     for role in roles):
                return replace(r.actor), r.kind, set(r.roles)
        return None

    def _beside_noun(self, head: Token) -> set[str]:
        """The named people "the <noun>" shares a sentence with, here or earlier, as someone
        else ('Dempsey talked with the man'): that noun never means them."""
        lemma = head.lemma_.lower()
        out: set[str] = set()
        for tok in head.doc[:head.i + 1]:  # (its own sentence too: 'once the man told
            # Dempsey ...')
            if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN" or tok.i in self.by_token \
                    or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                    or self._in_quote(tok.idx):
                continue
            sent = tok.sent
            # (not whom that noun itself was taken to mean)
            # (nor the one it was taken to mean there: 'The actress checked in, although
            # her publicist would not say why Reid did' when it was taken as Reid)
            taken = {r.actor.name for r in self.referents if r.pos == tok.idx} \
                if enabled("noun_taken_as_name") else set()
            out |= {r.actor.name for r in self.referents if r.kind == PERSON and
                    sent.start_char <= r.pos < sent.end_char and r.pos != tok.idx and
                    r.actor.mention_id is not None and not (
                        r.pos <= tok.idx < r.pos + len(r.actor.name))} - taken
        return out

    @_step("recent_person")
    def _recent_person(self, pos: int, gender: str | None, window: int = 6,
                       unknown_roles: bool = False, others: Collection[str] = (),
                       past_spokespeople: bool = False
                       ) -> tuple[ActorRef, str, set[str]] | None:
        """The person a generic noun ("the man", "the teenager") takes up: the latest named
        person the text has been about in the last few sentences, of that gender if the
        noun has one (with `unknown_roles`, only someone whose roles the text has not given:
        "the governor" is not the spokesman just quoted; with `past_spokespeople`, the one
        before that spokesman is taken instead)."""
        sent = self.narration_index(pos)
        other = {"female": "male", "male": "female"}.get(gender or "")
        pool = [r for r in self.referents if r.pos < pos and r.kind == PERSON and r.salient and
                r.actor.mention_id is not None and self.narration_index(r.pos) >= sent - window
                and (other is None or self._gender_of(r, by_name=True) != other)
                and r.actor.name not in others]
        if past_spokespeople:
            # ('Reid entered rehab, her rep said. The actress ...': not the rep)
            pool = [r for r in pool if not self._speaks_for_another(r)]
        if unknown_roles and pool:
            last = self._speaker_over_named(pool)
            if self._roles_named(last.actor.name) | last.roles or last.actor.description:
                return None
            if last is not pool[-1]:
                self._note("title_for_the_speaker", (last.actor, last.kind, last.roles))
            pool = [last]
        if not pool:
            return None
        fitting = [r for r in pool if gender is not None and
                   self._gender_of(r, before=pos) == gender]
        pool = fitting or pool
        if gender is not None and pool[-1:] != ([r for r in pool if self._gender_of(r) ==
                                                 gender] or pool)[-1:]:
            self._note("gender_known_before", (pool[-1].actor, pool[-1].kind, pool[-1].roles))
        # (the subject of a main clause over one named inside it: "Ana Ruiz did not know
        # Lee was coming. The agent said ..." is Ruiz)
        last_sent = self.sentence_index(pool[-1].pos)
        mains = [r for r in pool if self.sentence_index(r.pos) == last_sent and
                 self._main_subject(r.pos)]
        r = (mains or pool)[-1]
        return replace(r.actor), r.kind, set(r.roles)

    def _speaker_over_named(self, pool: list[Referent]) -> Referent:
        """Rule title_for_the_speaker: the person a bare title takes up ("the governor said")
        is the latest one of `pool`, unless that one is only named inside what a named person
        of the pool reported ('Ann Ruiz said Tom Pratt should quit. "...," the governor said':
        the one just quoted, Ruiz, not Pratt). The reporter then stands for the title, and
        what is known of her roles decides whether it fits."""
        last = pool[-1]
        if not enabled("title_for_the_speaker") or last.spoke:
            return last
        reporter = self._reporter_of(last)
        if reporter is None or reporter.kind != PERSON or reporter.actor.mention_id is None:
            return last  # ('Aides said Tom Pratt would run. The senator ...': Pratt)
        if not any(r.actor.name == reporter.actor.name for r in pool):
            return last
        return reporter

    def _speaks_for_another(self, r: Referent) -> bool:
        """Whether referent `r` is known only as someone who speaks for others (a spokesman,
        a rep, a publicist)."""
        roles = self._roles_named(r.actor.name) | r.roles
        classed = [role_classes()[x] for x in roles if x in role_classes()]
        return any("spokesperson" in c for c in classed)

    def _other_in_clause(self, head: Token, gender: str | None
                         ) -> tuple[ActorRef, str, set[str]] | None:
        """'after she told him she was pregnant': a pronoun of the other gender in the
        speaker's own clause means someone else; who that is (the latest fitting referent)."""
        other = {"female": "male", "male": "female"}.get(gender or "")
        if other is None:
            return None
        verb = head.head
        for c in verb.children:
            obj = c
            if c.dep_ == "prep":
                obj = next((g for g in c.children if g.dep_ == "pobj"), c)
            if obj.i != head.i and obj.dep_ in ("dobj", "dative", "pobj") and \
                    _pronoun_gender(obj.lower_) == other:
                return self._antecedent(obj.idx, (PERSON,), gender=other)
        return None

    @_step("antecedent")
    def _antecedent(self, pos: int, kinds: tuple[str, ...], gender: str | None = None,
                    exclude: Collection[str] = ()) -> tuple[ActorRef, str, set[str]] | None:
        """The referent a pronoun at `pos` means, in this order: the latest salient one
        (a subject) in this or the three sentences before, the latest salient one up to six
        sentences back, the latest one in the four sentences, the latest salient one before.
        A subject named a few sentences back beats a name in passing just before
        ("Brandt faces ... He was detained over a letter sent to the mayor's office. In the
        letter, he demanded ...")."""
        sent = self.sentence_index(pos)
        # "he" is not the spokeswoman, "she" not the chairman
        other = {"female": "male", "male": "female"}.get(gender or "")
        latest_recent: Referent | None = None
        nearer: Referent | None = None  # (rule known_gender_nearer)
        found: Referent | None = None

        def unfit(r: Referent) -> bool:
            return r.kind not in kinds or (kinds == (PERSON,) and not _can_be_person(r)) or (
                other is not None and self._gender_of(r, by_name=True) == other) or \
                r.actor.name in exclude or (gender is not None and self._plural_common_noun(r)) \
                or asked(r)

        passed: list[Referent] = []

        def asked(r: Referent) -> bool:
            if self._asked_about(r.pos, pos):
                passed.append(r)
                return True
            return False

        # newest first, so the first referent of each kind met is the latest one
        for r in self._latest_before(pos):
            if unfit(r):
                continue
            back = sent - self.sentence_index(r.pos)
            if back <= 6:
                if r.salient:
                    found = r  # the latest salient one within six sentences: it wins
                    if enabled("main_subject_first") and self._inner_subject(r.pos) and \
                            self._reporter_of(r) is None:
                        # 'Lee declined to say whether Hale was there the night Roy died.
                        # "...," he said': the subject of a clause inside the sentence
                        # yields to the subject of its main verb
                        r_sent = self.sentence_index(r.pos)
                        main = next((o for o in self._latest_before(r.pos)
                                     if self.sentence_index(o.pos) == r_sent and o.salient
                                     and not unfit(o) and self._main_subject(o.pos)), None)
                        if main is not None:
                            found = main
                            break
                    # 'Blacks said Gray had been shot. He said he had spoken to ...': a
                    # subject inside what someone reported is less salient than the one
                    # who reported it, when that one fits the pronoun too
                    reporter = self._reporter_of(r)
                    if reporter is not None and reporter.kind in kinds and (
                            other is None or self._gender_of(reporter, by_name=True) != other) \
                            and reporter.actor.name not in exclude and not (
                                enabled("reporter_fits_pronoun") and unfit(reporter)):
                        # (rule reporter_fits_pronoun: a reporter no "she" can mean is passed
                        # over: 'The transcript shows that Ruiz declined to answer. She told
                        # the panel ...' is Ruiz, not the transcript)
                        found = reporter
                    break
                if back <= 3 and latest_recent is None:
                    latest_recent = r
                if back <= 3 and nearer is None and self._known_gender_fits(r, gender, pos):
                    nearer = r
            elif latest_recent is not None:  # no salient one within six sentences
                found = latest_recent
                break
            elif r.salient:
                found = r
                break
        else:
            found = latest_recent
        if found is None:
            return None
        if nearer is not None and nearer is not found and \
                self.sentence_index(found.pos) < self.sentence_index(nearer.pos) and \
                self._gender_of(found, by_name=True) is None:
            found = nearer
            self._note("known_gender_nearer", (found.actor, found.kind, found.roles))
        result = replace(found.actor), found.kind, set(found.roles)
        if passed:
            self._note("asked_clause_not_answerer", result)
        return result

    def _known_gender_fits(self, r: Referent, gender: str | None, pos: int) -> bool:
        """Rule known_gender_nearer: '"...," said Ana Ruiz. ... "...," said Sgt. Lee Park.
        That is a view Ruiz shares. "...," she said.': a named person the text has already
        made a speaker or a subject, whose gender the text gives (its pronouns or a title
        before the pronoun at `pos`, not a given name) as the pronoun's, named after the
        latest salient referent and in a later sentence than it (one the parser took for no
        subject, 'Ruiz shares' read as a noun), is whom the pronoun means when that salient
        one's gender is not known at all (Park is no "she" the text ever gave). Not someone
        named in the salient one's own sentence ('Lee welcomed Ruiz's return. "...," she
        said' stays Lee's)."""
        if not enabled("known_gender_nearer") or gender is None or r.kind != PERSON or \
                r.actor.mention_id is None or r.salient or \
                self._gender_of(r, before=pos) != gender:
            return False
        return any(o.actor.name == r.actor.name and (o.salient or o.spoke)
                   for o in self.referents if o.pos < r.pos)

    def _plural_common_noun(self, r: Referent) -> bool:
        """'Ideas included shops and offices.' / '"...," he said.': a plural common noun the
        tagger took for a name where it opens a sentence is no "he" or "she"."""
        if not enabled("plural_noun_not_person") or " " in r.actor.name.strip():
            return False
        i = doc_index(self.doc).first_token_from(r.pos)
        if i >= len(self.doc):
            return False
        tok = self.doc[i]
        return tok.text == r.actor.name and tok.tag_ == "NNS" and \
            tok.lemma_.lower() != tok.lower_

    def _latest_before(self, pos: int) -> Iterator[Referent]:
        """The referents before character `pos`, newest first (the list is kept sorted)."""
        k = bisect.bisect_left(self.referents, pos, key=lambda r: r.pos)
        return (self.referents[i] for i in range(k - 1, -1, -1))


def age_nominal(head: Token) -> bool:
    """"the 34-year-old": a person named by age alone (for the event layer's actors)."""
    return _age_nominal(head)


def _stated_ages(text: str, span: tuple[int, int]) -> set[str]:
    """The ages written beside one mention of a name: "Ana Ruiz, 34,", "Ana Ruiz (34)",
    "34-year-old Ana Ruiz"."""
    after = re.match(r"\s*(?:,|\()\s*(\d{1,3})\b", text[span[1]:span[1] + 8])
    before = re.search(r"\b(\d{1,3})-year-old\s+(?:\w+\.?\s+){0,2}$",
                       text[max(0, span[0] - 40):span[0]])
    return {m.group(1) for m in (after, before) if m is not None}


def aged_party(resolver: SpeakerResolver, head: Token) -> ActorRef | None:
    """For the event layer, rule `aged_party` (evargs16): "Police charged Ana Ruiz, 34, ...
    The 34-year-old was released on bail": an age standing for a person means the person
    the resolver takes it for (the one just named, as for an age-named speaker) only when
    the article gave that person that very age; else None (unknown beats wrong: "a car
    hit Ana Ruiz ... the 34-year-old driver" may be someone else)."""
    if not _age_nominal(head):
        return None
    found = resolver.resolve(head)
    if found is None or found[1] != PERSON or found[0].mention_id is None or \
            " " not in found[0].name.strip():
        return None
    age = re.match(r"\d+", "".join(t.text for t in head.subtree if t.like_num))
    text = resolver.article.text
    spans = {m.span for m in resolver.by_token.values()
             if m.canonical == found[0].name or m.mention_id == found[0].mention_id}
    if age is None or not any(age.group(0) in _stated_ages(text, sp) for sp in spans):
        return None
    return found[0]


def _fresh_state(built: SpeakerResolver) -> SpeakerResolver:
    """A copy of a just-built resolver whose remembered state (referents, noted speakers and
    channels, genders, roles by name) is its own: what one layer notes while it resolves
    must not change what the other layer resolves."""
    copy = object.__new__(SpeakerResolver)
    for key, value in vars(built).items():
        if isinstance(value, dict):
            value = {k: set(v) if isinstance(v, set) else v for k, v in value.items()}
        elif isinstance(value, (list, set)):
            value = type(value)(value)
        setattr(copy, key, value)
    return copy


class ArticleResolvers:
    """One article's resolver of speaker phrases, built once (its constructor reads the whole
    article: about a tenth of the event stage's time when each layer built its own) and
    handed to the quote layer and the event layer as separate copies, each as it stood
    freshly built, so each layer's records are what its own resolver would have given."""

    def __init__(self, doc: Doc, article: Article, mentions: list[Mention]) -> None:
        self.doc, self.article, self.mentions = doc, article, mentions
        self._built: SpeakerResolver | None = None

    def fresh(self) -> SpeakerResolver:
        """A resolver as it stands right after construction (built on first use)."""
        if self._built is None:
            from newsweave.extract.quote_marks import find_quote_marks

            ranges = [(m.start, m.end) for m in find_quote_marks(self.article.text)]
            self._built = SpeakerResolver(self.doc, self.article, self.mentions, ranges)
        return _fresh_state(self._built)


_GIVEN_NAME_HYPHENED = re.compile(r"[A-Z][a-z]+-[a-z]+")


def family_name_first(name: str) -> str | None:
    """Rule family_name_first: 'Oh Jae-won', 'Moon Ji-ho': a two-word name whose second word
    is a given name hyphened in two syllables (the second in lower case) is written family
    name first, as Korean names are in English copy; its family name is the first word
    ('Oh warned that ...' is Oh Jae-won). None for any other name ('Jean-Luc Picard',
    'Mary Smith-Jones')."""
    words = name.split()
    if not enabled("family_name_first") or len(words) != 2 or \
            not _GIVEN_NAME_HYPHENED.fullmatch(words[1]) or not words[0].isalpha() or \
            not words[0][:1].isupper():
        return None
    return words[0]
