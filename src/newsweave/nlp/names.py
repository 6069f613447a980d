"""Names the small spaCy tagger misses or mislabels, fixed after the parse by named rules.

en_core_web_sm leaves rare names untagged ("Qorvex said it would cut jobs"), reads unfamiliar
surnames as organizations or places ("Otieno", "Mahlangu"), a company as a person ("Tarsana
Mining"), a country as a person at a sentence start ("Jordan closed its airspace"), and an
all-caps dateline as an organization. Each rule below reads the parse and the gazetteer and
proposes (start, end, label) spans; the labelled spans replace the entities they overlap, so
every later reader of `doc.ents` and `token.ent_type_` (mentions, quote speakers, actors) sees
them. What the tagger labelled is kept unless a rule has evidence against it (a title, an
apposition, an organization word, the gazetteer, a pronoun that refers back).

The rules run in order, each on the entities the earlier ones left, and can be switched off
one by one (NEWSWEAVE_ABLATE, newsweave.extract.ablation.NAME_RULES). Which rule labelled a
span is kept in `doc.user_data[FIXES_KEY]` as (start, end, label, rule) tuples.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsweave.extract.lexicon import load_json, load_lines
from newsweave.nlp.dates import MONTHS_AND_WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

log = logging.getLogger(__name__)

FIXES_KEY = "newsweave.names"
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_CAPITALISED = re.compile(r"^[^\W\d_][\w'’.-]*$")
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "de", "del", "della", "di", "da", "dos",
                        "das", "du", "van", "von", "der", "den", "la", "le", "wal", "ul", "abu",
                        "ben", "y", "&"})
_PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
_THING_PRONOUNS = frozenset({"it", "its", "itself"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True)
class NameFix:
    """A span a rule labels (token offsets), and the rule's name."""

    start: int
    end: int
    label: str
    rule: str


@dataclass(frozen=True)
class NameWords:
    """The word lists of lexicons/names.json, merged with the lexicons they extend."""

    titles: frozenset[str]
    person_nouns: frozenset[str]
    org_last: frozenset[str]
    org_first: frozenset[str]
    place_words: frozenset[str]
    place_prepositions: frozenset[str]
    states_with_the: frozenset[str]
    not_subject_names: frozenset[str]
    role_acronyms: frozenset[str]
    given_names: frozenset[str]


@functools.lru_cache(maxsize=1)
def name_words() -> NameWords:
    data = load_json("names.json")
    actors = load_json("actors.json")
    gender = load_json("person_gender.json")
    speakers = load_json("quote_speakers.json")
    not_titles = {w.lower() for w in data["not_titles"]}
    titles = {t.lower().rstrip(".") for t in load_lines("person_titles.txt")}
    titles |= {t.lower() for t in data["title_words"]}
    titles |= {t.lower() for t in gender["female_titles"] + gender["male_titles"]}
    titles |= {r.lower() for r in actors["role_nouns"]}
    titles -= not_titles
    person_nouns = {w.lower() for w in data["person_nouns"]}
    person_nouns |= {w.lower() for w in actors["person_nouns"] + speakers["people_nouns"]}
    person_nouns |= titles
    person_nouns -= not_titles - {"official", "deputy", "general", "king", "queen", "prince"}
    return NameWords(
        titles=frozenset(titles),
        person_nouns=frozenset(person_nouns),
        org_last=frozenset(w.lower() for w in data["org_last_words"] + actors["org_name_heads"]),
        org_first=frozenset(w.lower() for w in data["org_first_words"]),
        place_words=frozenset(w.lower() for w in data["place_words"]),
        place_prepositions=frozenset(data["place_prepositions"]),
        states_with_the=frozenset(data["states_named_with_the"]),
        not_subject_names=frozenset(w.lower() for w in data["not_subject_names"]),
        role_acronyms=frozenset(data["role_acronyms"]),
        given_names=frozenset(n.lower() for n in gender["female_given_names"]
                              + gender["male_given_names"]),
    )


# ------------------------------------------------------------------------- token helpers

@functools.lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """English words of the model's lemmatizer index (WordNet's nouns, verbs, adjectives and
    adverbs): a capitalised word that opens a sentence and is one of them ("Anger",
    "Memorial") is read as that word, not as a name, unless other evidence says so. Rare
    names ("Otieno", "Qorvex") are not in it; empty when the model has no such index."""
    from newsweave.nlp.models import load_spacy

    nlp = load_spacy()
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or "lemma_index" not in lookups.tables:
        return frozenset()
    table = lookups.get_table("lemma_index")
    return frozenset(w for key in table for w in table[key])


def _common_opener(tok: Token) -> bool:
    """A sentence's first word (after any quote mark) that is a common English word."""
    i = tok.i
    while i > tok.sent.start and tok.doc[i - 1].is_punct:
        i -= 1
    words = common_words()
    low = tok.lower_
    return i == tok.sent.start and (low in words or tok.lemma_.lower() in words or
                                    (low.endswith("s") and low[:-1] in words))


def _capitalised(tok: Token) -> bool:
    return bool(_CAPITALISED.match(tok.text)) and tok.text[:1].isupper()


def _name_token(tok: Token) -> bool:
    """A capitalised proper noun (or an all-caps acronym) that can be part of a name."""
    return _capitalised(tok) and tok.pos_ in ("PROPN", "X") and not tok.like_num


@dataclass
class _NameRun:
    """A run of name tokens a rule looks at (see _name_runs); the rule may set `resume` to
    go on from elsewhere than the run's end (past a longer entity, or a suffix it added)."""

    sent: Span
    start: int
    end: int
    resume: int | None = None


def _name_runs(doc: Doc, opens: Callable[[Doc, int], bool] | None = None
               ) -> Iterator[_NameRun]:
    """Each run of name tokens of each sentence, left to right: the walk several rules share.
    A run begins at a token where `opens(doc, i)` holds (default: a name token) and ends
    where _run_from says (one token at least)."""
    for sent in doc.sents:
        i = sent.start
        while i < sent.end:
            if not (opens(doc, i) if opens is not None else _name_token(doc[i])):
                i += 1
                continue
            run = _NameRun(sent, i, max(_run_from(doc, i, sent.end), i + 1))
            yield run
            i = run.end if run.resume is None else run.resume


def _run_from(doc: Doc, i: int, sent_end: int) -> int:
    """The end of the run of name tokens starting at `i` ("Abu Khalid al-Jubouri",
    "Niamh Ó Súilleabháin"): capitalised proper nouns and the particles between them."""
    j = i
    while j < sent_end:
        tok = doc[j]
        if _name_token(tok) or (tok.text in ("-",) and j > i and j + 1 < sent_end
                                and _name_token(doc[j + 1]) and not tok.whitespace_):
            j += 1
            continue
        if tok.lower_ in _PARTICLES and j > i and j + 1 < sent_end and \
                _name_token(doc[j + 1]):
            j += 1
            continue
        if tok.lower_ in _PARTICLES and j > i and j + 2 < sent_end and \
                doc[j + 1].text == "-" and _name_token(doc[j + 2]):
            j += 2  # "al-Qahtani": "al", "-", "Qahtani"
            continue
        break
    return j


def _glued_to_a_word_before(doc: Doc, i: int, joiners: bool = False) -> bool:
    """Token `i` follows a capitalised word of its sentence ("Internet Explorer" with
    "Internet" tagged as a noun), or its possessive ("the Attorney's Office"), or with
    `joiners` an "and" or "of" after one ("Fish and Wildlife Service"): the run is the end of
    a longer name, not a name of its own."""
    if i == 0 or doc[i].is_sent_start:
        return False
    before = doc[i - 1]
    glue = ("'s", "’s", "and", "&", "of") if joiners else ("'s", "’s")
    if before.text in glue and i >= 2 and \
            doc[i - 2].text[:1].isupper() and not doc[i - 2].is_sent_start:
        return True  # "Office" of "the U.S. Attorney's Office", "Fish and Wildlife Service"
    return before.is_alpha and before.text[:1].isupper() and not before.is_sent_start


def _words(span: Span) -> list[str]:
    return [t.lower_.rstrip(".") for t in span if t.is_alpha or t.text.rstrip(".").isalpha()]


def _org_evidence(span: Span) -> bool:
    """The span's own words say it is an organization ("Tarsana Mining", "Bankhaus Riedel",
    "Veltrix Inc.")."""
    words = name_words()
    toks = [t for t in span if not t.is_punct]
    if not toks:
        return False
    last, first = toks[-1].lower_.rstrip("."), toks[0].lower_
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.text in ("-", "–") and not after.whitespace_:
        return False  # "GPS co-ordinates"
    if last in words.org_last and (len(toks) > 1 or last in ("inc", "ltd", "plc", "llc")):
        return True
    return len(toks) > 1 and first in words.org_first


def _gazetteer_type(text: str) -> str | None:
    """GPE for a state or capital the gazetteer knows, ORG for a seat of government, group,
    party, agency, IGO or outlet, else None."""
    kind = _gazetteer_kind(text)
    if kind is None:
        return None
    return "GPE" if kind in ("state", "capital") else "ORG"


def _gazetteer_kind(text: str) -> str | None:
    from newsweave.extract.gazetteer import build_gazetteer

    info = build_gazetteer().lookup(text)
    return None if info is None else info.kind


def _demonym_country(text: str) -> str | None:
    from newsweave.extract.gazetteer import build_gazetteer

    return build_gazetteer().country_of(text)


def _is_place(text: str) -> bool:
    """The gazetteer or the place index knows `text` as a country, a region, a province or
    state, or a city by that name."""
    if _gazetteer_type(text) == "GPE":
        return True
    from newsweave.extract.gazetteer import region_aliases, subdivision_country
    from newsweave.extract.geo import geocode

    if text in region_aliases() or subdivision_country(text) is not None:
        return True
    loc = geocode(text)
    return loc is not None and loc.name.lower() == text.lower()


def _referring_pronoun(doc: Doc, span: Span) -> str | None:
    """PERSON or ORG from the first he/she/his/her or it/its that the clause of the span's
    verb holds after it ("Qorvex said it would cut jobs", "Salazar told Reuters that he had
    left"), else None."""
    head = span.root.head
    if span.root.dep_ not in _SUBJECT_DEPS or head.pos_ not in ("VERB", "AUX"):
        return None
    quoted = False
    for tok in head.subtree:
        if tok.is_quote and tok.i >= span.end:
            quoted = not quoted  # a pronoun inside a quotation is the speaker's own
        if tok.i < span.end or tok.pos_ != "PRON" or quoted or \
                not _refers_from_clause(tok, head):
            continue
        if tok.lower_ in _PERSON_PRONOUNS:
            return "PERSON"
        if tok.lower_ == "its" and tok.dep_ == "poss":
            return "ORG"
        if tok.lower_ == "it" and tok.dep_ in _SUBJECT_DEPS and \
                tok.head.lemma_ not in _IMPERSONAL_VERBS and tok.head.i > tok.i and \
                not any(c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > tok.head.i
                        for c in tok.head.children):
            return "ORG"  # "said it would cut", not "said it was time to go"
    return None


def _refers_from_clause(pron: Token, verb: Token) -> bool:
    """The pronoun (or the noun it possesses) is an argument of the name's own verb ("Aramco
    raised its prices") or the subject of a clause that verb reports ("Qorvex said it would
    cut jobs", "Alibaba said its revenue rose"); not a word of another subject's clause ("the
    team had played its worst game")."""
    word = pron.head if pron.dep_ == "poss" else pron
    if word.head == verb:
        return True
    clause = word.head
    return word.dep_ in _SUBJECT_DEPS and clause.head == verb and \
        clause.dep_ in ("ccomp", "xcomp", "advcl", "conj")


# verbs whose subject "it" is seldom a thing named before ("it was", "it seemed")
_IMPERSONAL_VERBS = frozenset({"be", "seem", "appear", "look", "take", "remain", "become",
                               "matter", "happen", "mean", "rain", "feel", "sound", "cost",
                               "get", "make", "turn", "prove", "emerge"})


def _entity_at(doc: Doc, i: int) -> Span | None:
    if doc[i].ent_iob_ in ("", "O"):
        return None
    for ent in doc.ents:
        if ent.start <= i < ent.end:
            return ent
    return None


# --------------------------------------------------------------------------------- rules

def dateline_place(doc: Doc) -> list[NameFix]:
    """An all-caps place before the dateline's separator is a place ("ADDIS ABABA, Ethiopia
    (AP) — "), not an organization."""
    from newsweave.extract.dateline import dateline_end
    from newsweave.nlp.doctext import doc_text

    end_char = dateline_end(doc_text(doc))
    fixes: list[NameFix] = []
    i = 0
    while i < len(doc) and doc[i].idx < end_char:
        if doc[i].is_upper and doc[i].is_alpha and len(doc[i]) > 1:
            j = i
            while j < len(doc) and doc[j].is_upper and doc[j].is_alpha and doc[j].idx < end_char:
                j += 1
            place = doc[i:j].text.title()
            if _is_place(place):
                fixes.append(NameFix(i, j, "GPE", "dateline_place"))
            i = j
            continue
        i += 1
    return fixes


def titled_person(doc: Doc) -> list[NameFix]:
    """A title or role word before a capitalised name makes a person of the name ("Judge
    Marisol Quintanilla", "Archbishop Teodor Petrescu" tagged ORG, "analyst Ortiz"), unless
    the name is an organization's or a place's ("General Motors", "King Street")."""
    words = name_words()
    fixes: list[NameFix] = []
    for sent in doc.sents:
        i = sent.start
        while i < sent.end - 1:
            title_end = _title_end(doc, i, sent.end)
            if title_end == i:
                i += 1
                continue
            start = title_end
            while start < sent.end and _title_end(doc, start, sent.end) > start:
                start = _title_end(doc, start, sent.end)  # "spokesman Colonel Diallo"
            end = _run_from(doc, start, sent.end)
            if end > start and _personal_name(doc[start:end], words) and \
                    not (end < len(doc) and doc[end].lower_ in words.place_words):
                fixes.append(NameFix(start, end, "PERSON", "titled_person"))
            i = max(end, i + 1)
    return fixes


def _title_end(doc: Doc, i: int, sent_end: int) -> int:
    """The end of a title starting at token `i` ("Prime Minister", "Dr.", "judge"), or `i`."""
    titles = name_words().titles
    for n in (3, 2, 1):
        if i + n > sent_end:
            continue
        toks = doc[i:i + n]
        text = " ".join(t.lower_.rstrip(".") for t in toks)
        if text in titles and all(t.is_alpha or t.text.rstrip(".").isalpha() for t in toks):
            if toks[0].ent_type_ in ("ORG", "GPE", "NORP") and toks[0].ent_iob_ == "I":
                return i  # inside an organization's name ("Supreme Court Justice" is fine)
            return i + n
    return i


def _personal_name(span: Span, words: NameWords) -> bool:
    """Capitalised words that can be a person's name: no organization word, not a place or
    organization the gazetteer knows, not a title again."""
    if _org_evidence(span) or span[-1].lower_ in words.org_last or \
            span[-1].lower_.rstrip(".") in words.place_words:
        return False
    text = span.text
    if _gazetteer_type(text) is not None:
        return False
    return not all(t.lower_ in words.titles for t in span)


def appositive_person(doc: Doc) -> list[NameFix]:
    """A name with a person in apposition ("Obi, the chairwoman of the board", "the
    agency's director, Korsakova", "Lolohea, 34,") or a "who" clause ("Omondi, who heads
    the commission") is a person, whatever the tagger said."""
    words = name_words()
    fixes: list[NameFix] = []
    for run in _name_runs(doc):
        i, end = run.start, run.end
        span = doc[i:end]
        ent = _entity_at(doc, i)
        if any(t.ent_type_ == "PERSON" for t in span):
            run.resume = max(end, ent.end if ent is not None else end)
            continue
        if ent is not None and (ent.start < i or ent.end > end):
            run.resume = max(end, ent.end)
            continue
        if _personal_name(span, words) and not _is_place(span.text) and \
                _has_person_apposition(span, words):
            fixes.append(NameFix(i, end, "PERSON", "appositive_person"))
    return fixes


def _has_person_apposition(span: Span, words: NameWords) -> bool:
    root = span.root
    doc = span.doc
    if root.dep_ == "appos" and root.head.i < span.start and \
            root.head.lemma_.lower() in words.person_nouns and root.head.ent_type_ == "":
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is None or nxt.text != ",":
        return False
    for child in root.children:
        if child.i < span.end:
            continue
        if child.dep_ == "appos" and child.ent_type_ == "" and (
                (child.lemma_.lower() in words.person_nouns and child.tag_ != "NNS") or
                (child.like_num and child.i == span.end + 1 and child.i + 1 < len(doc)
                 and doc[child.i + 1].text == ",")):
            return True
        if child.dep_ == "relcl" and any(t.lower_ == "who" and t.dep_ in _SUBJECT_DEPS
                                          for t in child.children):
            return True
    # "Lolohea, 34, was killed": the age is often parsed as the verb's or a loose child
    return (span.end + 2 < len(doc) and doc[span.end + 1].like_num and
            doc[span.end + 2].text == "," and doc[span.end + 1].text.isdigit() and
            10 <= int(doc[span.end + 1].text) <= 110)


def org_name_word(doc: Doc) -> list[NameFix]:
    """A name whose own words are an organization's ("Tarsana Mining", "Shavlik
    Technologies", "Bankhaus Riedel", "Air Astana") is an organization, tagged as a person,
    a place, a building or not at all."""
    fixes: list[NameFix] = []
    for ent in doc.ents:
        if ent.label_ in ("PERSON", "GPE", "FAC", "LOC", "NORP") and _org_evidence(ent) and \
                ent[-1].lower_ not in name_words().place_words:
            fixes.append(NameFix(ent.start, ent.end, "ORG", "org_name_word"))
    for run in _name_runs(doc, _untagged_free_name):
        i, end, sent = run.start, run.end, run.sent
        # "Veltrix Inc." : the suffix may be tagged as an ordinary noun
        while end < sent.end and doc[end].lower_.rstrip(".") in (
                "inc", "ltd", "corp", "co", "plc", "llc") and not doc[end].ent_type_:
            end += 1
        if end - i >= 2 and _org_evidence(doc[i:end]) and \
                not any(t.ent_type_ for t in doc[i:end]):
            fixes.append(NameFix(i, end, "ORG", "org_name_word"))
        run.resume = end
    return fixes


def _untagged_free_name(doc: Doc, i: int) -> bool:
    """An untagged name token not glued to the word before it (where an organization's
    name may begin)."""
    return not doc[i].ent_type_ and _name_token(doc[i]) and \
        not _glued_to_a_word_before(doc, i, joiners=True)


def state_name(doc: Doc) -> list[NameFix]:
    """A country or capital the gazetteer knows, tagged as a person or an organization on its
    own ("Jordan closed its airspace", "Chad expelled the ambassador") is the place, unless the
    article names a person of that name ("Maxwell Jordan ... Jordan said") or a he/she refers
    back to it. A tagged organization, or an untagged name, after a place preposition that the
    gazetteer or the place index knows is a place ("mayor of Almaty", "met the envoy in
    Tunis"). A state named only with "the" ("the Emirates") is the airline without it."""
    words = name_words()
    person_parts = {p.lower() for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1
                    for p in ent.text.split()}
    fixes: list[NameFix] = []
    for ent in doc.ents:
        text = ent.text
        if text in words.states_with_the:
            before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
            modifier = ent.root.dep_ in ("compound", "amod", "nmod")
            label = "GPE" if before == "the" or modifier else "ORG"
            if ent.label_ != label:
                fixes.append(NameFix(ent.start, ent.end, label, "state_name"))
            continue
        if ent.label_ in ("PERSON", "ORG") and len(ent) == 1 and \
                _gazetteer_type(text) == "GPE" and text.lower() not in person_parts and \
                _referring_pronoun(doc, ent) != "PERSON":
            fixes.append(NameFix(ent.start, ent.end, "GPE", "state_name"))
            continue
        if ent.label_ in ("ORG", "LANGUAGE", "PRODUCT", "WORK_OF_ART", "EVENT") and \
                _after_place_preposition(ent, words) and \
                _gazetteer_type(text) != "ORG" and _is_place(text) and \
                (_gazetteer_type(text) == "GPE" or not _common_name(ent)):
            fixes.append(NameFix(ent.start, ent.end, "GPE", "state_name"))
    for tok in doc:
        if tok.text in words.states_with_the and not tok.ent_type_:
            before = doc[tok.i - 1].lower_ if tok.i > 0 else ""
            label = "GPE" if before == "the" else "ORG"
            fixes.append(NameFix(tok.i, tok.i + 1, label, "state_name"))
        elif not tok.ent_type_ and _name_token(tok) and tok.i > 0 and \
                doc[tok.i - 1].lower_ in words.place_prepositions - {"and", "of"}:
            end = _run_from(doc, tok.i, tok.sent.end)
            if end == tok.i + 1 and _is_place(tok.text) and (
                    _gazetteer_type(tok.text) == "GPE" or not _common_name(doc[tok.i:end])):
                fixes.append(NameFix(tok.i, end, "GPE", "state_name"))
    return fixes


def town_not_person(doc: Doc) -> list[NameFix]:
    """Rule `town_not_person` (evargs26, issue 11): "militants shelled Jenin overnight",
    "troops raided Kharkiv": a lone word tagged as a person (or a product or a work, as the
    tagger reads some towns it does not know) that the place index knows as a
    town of 50,000 people or more (or by an English spelling of lexicons/place_aliases.json)
    is that town when it is the object of a verb or a preposition or modifies a noun ("the
    Jenin camp"), is no part of a person's name the article gives, no given name, follows no
    title, and no he/she refers back to it. A subject stays as tagged ("Kent said")."""
    from newsweave.extract.geo import geo_index, place_aliases

    words = name_words()
    person_parts = {p.lower() for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1
                    for p in ent.text.split()}
    fixes: list[NameFix] = []
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "PRODUCT", "WORK_OF_ART") or len(ent) != 1:
            continue
        tok = ent[0]
        if not _capitalised(tok) or tok.lower_ in person_parts or \
                tok.lower_ in words.given_names or \
                tok.dep_ not in ("dobj", "pobj", "compound", "advmod", "npadvmod"):
            continue
        if ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") in words.titles:
            continue
        town = tok.lower_ in place_aliases() or any(
            c.primary and c.population >= 50_000 for c in geo_index().cities.get(tok.lower_, ()))
        if town and _referring_pronoun(doc, ent) != "PERSON":
            fixes.append(NameFix(ent.start, ent.end, "GPE", "town_not_person"))
    return fixes


def _common_name(span: Span) -> bool:
    """Every word of the span is a common English word and no city of 100,000 people or more
    bears the name ("Police", a town in Poland too; not "Almaty", which WordNet lists)."""
    if not all(t.lower_ in common_words() for t in span):
        return False
    from newsweave.extract.geo import geo_index

    cities = geo_index().cities.get(span.text.lower(), ())
    return not any(c.population >= 100_000 for c in cities)


def _after_place_preposition(ent: Span, words: NameWords) -> bool:
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in words.place_prepositions


def untagged_subject(doc: Doc) -> list[NameFix]:
    """A capitalised name the tagger left untagged that is the subject of a verb ("Qorvex said
    it would cut 400 jobs", "Ruto said the tax would be dropped") is a name rather than
    nothing. Its type: a he/she or it/its that refers back, else the gazetteer, else its own
    organization words, else a known given name (PERSON), else an acronym (ORG), else a
    person (subjects of speech and action verbs in the news are mostly people). Places
    ("Texas sued") and office holders of the roles table ("Zelenskiy thanked") are left to
    the actor resolvers, which know their country; a run of common English words only
    ("Office", "Police") is not taken for a name without other evidence."""
    words = name_words()
    fixes: list[NameFix] = []
    for run in _name_runs(doc, lambda d, k: not d[k].ent_type_ and _name_token(d[k])):
        i, end = run.start, run.end
        tok = doc[i]
        span = doc[i:end]
        if any(t.ent_type_ for t in span) or span.root.dep_ not in _SUBJECT_DEPS or \
                _glued_to_a_word_before(doc, i) or \
                (end - i == 1 and (_common_opener(tok) or tok.text.endswith(".") or
                                   tok.text in words.role_acronyms)) or \
                span.root.head.pos_ not in ("VERB", "AUX") or \
                (end - i == 1 and (tok.lower_ in words.not_subject_names or
                                   tok.lower_ in words.person_nouns or
                                   tok.lemma_.lower() in words.person_nouns)) or \
                tok.lower_ in words.titles or (span.root.head.i < i and \
                span.root.head.lemma_ not in _speech_lemmas()):
            continue
        if _is_place(span.text) or _office_holder(span.text) or _weak_name(span) or \
                all(t.lower_ in common_words() for t in span):
            # places and leaders are the actor resolvers' (gazetteer, roles); a run of
            # common words ("Office", "Big Machine") is a name only by other evidence
            continue
        label = _guess_type(doc, span, words)
        if label is not None:
            fixes.append(NameFix(i, end, label, "untagged_subject"))
    return fixes


@functools.lru_cache(maxsize=1)
def _speech_lemmas() -> frozenset[str]:
    """Reporting verbs that put their subject after them ("said Akinwande")."""
    return frozenset({"say", "add", "tell", "ask", "write", "explain", "insist", "note",
                      "recall", "warn", "continue", "argue", "conclude", "reply", "answer",
                      "declare", "announce", "admit", "acknowledge", "claim", "state"})


def _plural_verb(span: Span) -> bool:
    """The span, a singular proper noun, is the subject of a verb in the plural present
    ("Kelmora have denied", "Kelmora are"), as British usage writes of organizations."""
    head = span.root.head
    if span.root.tag_ != "NNP" or span.root.dep_ not in _SUBJECT_DEPS:
        return False
    verbs = [head, *(c for c in head.children if c.dep_ in ("aux", "auxpass"))]
    first = min(verbs, key=lambda t: t.i)
    return first.tag_ == "VBP"


def _weak_name(span: Span) -> bool:
    """A one-word "name" with a digit ("NKc1") or of two capitals or fewer ("IE", "GW"):
    tickers, units and abbreviations more often than names."""
    if len(span) != 1:
        return False
    text = span.text
    return any(c.isdigit() for c in text) or (text.isupper() and len(text) <= 2)


def _office_holder(text: str) -> bool:
    from newsweave.extract.roles import is_office_holder

    return is_office_holder(text)


def _guess_type(doc: Doc, span: Span, words: NameWords) -> str | None:
    pronoun = _referring_pronoun(doc, span)
    if pronoun is not None:
        return pronoun
    known = _gazetteer_type(span.text)
    if known is not None:
        return known
    if _org_evidence(span) or span[-1].tag_ == "NNPS" or (
            span.start > 0 and doc[span.start - 1].lower_ == "the") or _plural_verb(span):
        return "ORG"  # "Kelmora Mining"; "the Crips", "The Courier": no person takes "the";
        # "Big Machine have denied it": a singular name with a plural verb is a group
    if span[0].lower_ in words.given_names:
        return "PERSON"
    if span.text.isupper() and len(span.text) >= 2:
        return "ORG"
    return "PERSON"


def same_name_in_article(doc: Doc) -> list[NameFix]:
    """A name is one thing through an article: an untagged occurrence of a name tagged
    elsewhere ("Ruto", tagged in one sentence and not at the start of another) takes that
    label, as does one the tagger called a product, a work or a language when the article
    names it as a person, organization or place at least twice ("GiveWell" as a PRODUCT);
    and a person's surname ("Jordan Whitcombe ... Whitcombe said") is the person wherever it
    stands alone, untagged or tagged as a place or an organization."""
    labels: dict[str, dict[str, int]] = {}
    others: dict[str, int] = {}
    surnames: set[str] = set()
    for ent in doc.ents:
        if ent.label_ in _OTHER_LABELS:
            others[ent.text] = others.get(ent.text, 0) + 1
        if ent.label_ not in NAME_LABELS:
            continue
        labels.setdefault(ent.text, {}).setdefault(ent.label_, 0)
        labels[ent.text][ent.label_] += 1
        if ent.label_ == "PERSON" and len(ent) > 1 and _name_token(ent[-1]):
            surnames.add(ent[-1].text)
    fixes: list[NameFix] = []
    for run in _name_runs(doc):
        i, end, sent = run.start, run.end, run.sent
        if i > sent.start and _capitalised(doc[i - 1]) and not doc[i - 1].ent_type_ and \
                doc[i - 1:end].text in labels:
            i -= 1  # "Bright Harbor" with "Bright" read as an adjective
        span = doc[i:end]
        tagged = [t for t in span if t.ent_type_]
        text = span.text
        whole = _entity_at(doc, i)
        if text.lower().rstrip(".") in name_words().place_words or \
                _glued_to_a_word_before(doc, i):
            continue  # "Ave.", "St."; "Explorer" of "Internet Explorer"
        if end - i == 1 and text in surnames and (
                not tagged or doc[i].ent_type_ in ("GPE", "ORG", "NORP", "LOC")) and (
                whole is None or len(whole) == 1):
            # a person's surname first: the tagger's other labels for it are its errors
            fixes.append(NameFix(i, end, "PERSON", "same_name_in_article"))
        elif not tagged and text in labels and _weak_name(span):
            pass  # "IE", "GW", "NKc1": too short or coded to carry a label around
        elif not tagged and text in labels:
            counts = labels[text]
            best = max(sorted(counts), key=lambda k: counts[k])
            fixes.append(NameFix(i, end, best, "same_name_in_article"))
        elif whole is not None and (whole.start, whole.end) == (i, end) and \
                whole.label_ in _OTHER_LABELS and text in labels:
            counts = labels[text]
            best = max(sorted(counts), key=lambda k: counts[k])
            if counts[best] >= 2 and counts[best] > others.get(text, 0):
                fixes.append(NameFix(i, end, best, "same_name_in_article"))
    return fixes


_OTHER_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "LANGUAGE", "EVENT", "LAW"})


def lowercase_entity(doc: Doc) -> list[NameFix]:
    """A "name" without a capital letter ("the naira", "the district hospital", "metro"
    tagged as places) is no name: it is dropped (label "")."""
    return [NameFix(ent.start, ent.end, "", "lowercase_entity") for ent in doc.ents
            if ent.label_ in NAME_LABELS and not any(c.isupper() for c in ent.text)]


def trailing_common_noun(doc: Doc) -> list[NameFix]:
    """A name does not end in a lower-case common noun the tagger glued to it ("the Kelmora
    Hills mine" is "Kelmora Hills"); the words before it keep their label. A word that names
    the kind of organization stays ("the Congress party", known as a whole), unless the
    gazetteer knows the name without it and not with it ("the Kataib Hezbollah militia")."""
    words = name_words()
    fixes: list[NameFix] = []
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "GPE", "NORP", "FAC", "LOC") or len(ent) < 2 or \
                _gazetteer_type(ent.text) is not None:
            continue
        end = ent.end
        while end - ent.start > 1 and doc[end - 1].is_lower and doc[end - 1].is_alpha and \
                doc[end - 1].pos_ == "NOUN":
            end -= 1
        if end == ent.end or not any(_capitalised(t) for t in doc[ent.start:end]):
            continue
        kind_word = any(t.lower_ in words.org_last for t in doc[end:ent.end])
        if kind_word and _gazetteer_type(doc[ent.start:end].text) != "ORG":
            continue
        fixes.append(NameFix(ent.start, end, ent.label_, "trailing_common_noun"))
    return fixes


def _title_case_line(doc: Doc, ent: Span) -> bool:
    """Whether `ent` stands in a headline-cased line ("Minister Named As Envoy To Kabul"):
    three or more words of four letters or more, nearly all capitalised."""
    text = doc.text
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text[start:end if end >= 0 else None])
             if len(w) >= 4]
    capital = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 3 and capital >= 0.8 * len(words)


def headline_name_overreach(doc: Doc) -> list[NameFix]:
    """A headline capitalises every word, so the tagger glues the verb after a name to it
    ("Ana Lund Named Envoy" tags "Ana Lund Named"): when the body names the person with the
    name's first words only ("Ana Lund", or its last word "Lund" alone), the headline's name
    ends there."""
    suffixes = frozenset(w.lower() for w in load_json("person_name_edges.json")["suffixes"])
    body: set[str] = set()
    surnames: set[str] = set()
    body_words: set[str] = set()
    heads: list[Span] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        if _title_case_line(doc, ent):
            heads.append(ent)
        else:
            body.add(ent.text)
            surnames.add(ent[-1].text)  # the surname the body may use alone
            body_words.update(t.text for t in ent)
    fixes: list[NameFix] = []
    for ent in heads:
        if len(ent) < 2 or ent.text in body:
            continue
        for end in range(ent.end - 1, ent.start + 1, -1):  # (two words left at least)
            # (never when a word cut off is part of a name in the body: "Martin Luther
            # King" stays whole when the body calls him "King")
            if any(t.text in body_words or t.lower_.rstrip(".") in suffixes
                   for t in doc[end:ent.end]):
                break  # (nor a suffix: "Jr")
            if doc[ent.start:end].text in body or doc[end - 1].text in surnames:
                fixes.append(NameFix(ent.start, end, "PERSON", "headline_name_overreach"))
                break
    return fixes


def known_org(doc: Doc) -> list[NameFix]:
    """The gazetteer decides: a name it knows as an armed group, party, agency, IGO or outlet
    ("Boko Haram", "Al-Shabaab" tagged as people) is an organization, and one it knows as a
    state or capital that the tagger called a nationality or a language is a place; an
    acronym called a nationality that is no demonym ("NYPD") is an organization."""
    fixes: list[NameFix] = []
    for ent in doc.ents:
        known = _gazetteer_type(ent.text)
        if _gazetteer_kind(ent.text) == "seat":
            continue  # "Delhi", "the Kremlin": a place that stands for a government
        if known == "ORG" and ent.label_ in ("PERSON", "GPE", "FAC", "LOC", "NORP",
                                             "WORK_OF_ART", "PRODUCT") and \
                not (ent.label_ == "NORP" and ent.root.dep_ in ("amod", "compound")):
            fixes.append(NameFix(ent.start, ent.end, "ORG", "known_org"))
        elif known == "GPE" and ent.label_ in ("LANGUAGE", "WORK_OF_ART", "PRODUCT", "EVENT"):
            fixes.append(NameFix(ent.start, ent.end, "GPE", "known_org"))
        elif ent.label_ == "NORP" and len(ent) == 1 and ent.text.isupper() and \
                len(ent.text) >= 3 and _demonym_country(ent.text) is None:
            fixes.append(NameFix(ent.start, ent.end, "ORG", "known_org"))  # "NYPD" as NORP
    return fixes


def date_word_in_name(doc: Doc) -> list[NameFix]:
    """Rule `date_word_in_name` (evseedargs23, issue 11): "In May Ankara signed ...", "On
    Friday Kabul said ...", "In March Pakistan closed ...": a month or weekday that opens a
    place's or an organisation's name (or a date whose last words the gazetteer knows as a
    state or capital) is when; the name is the words after it. Persons are left alone
    ("May" is a surname too)."""
    fixes: list[NameFix] = []
    for ent in doc.ents:
        if len(ent) < 2 or ent[0].lower_ not in MONTHS_AND_WEEKDAYS or \
                not all(_capitalised(t) for t in ent[1:]):
            continue
        rest = doc[ent.start + 1:ent.end]
        if ent.label_ in ("GPE", "LOC", "ORG", "FAC", "NORP"):
            fixes.append(NameFix(ent.start + 1, ent.end, ent.label_, "date_word_in_name"))
        elif ent.label_ == "DATE" and _gazetteer_type(rest.text) == "GPE":
            fixes.append(NameFix(ent.start + 1, ent.end, "GPE", "date_word_in_name"))
    return fixes


def known_name_across_tags(doc: Doc) -> list[NameFix]:
    """Rule `known_name_across_tags` (evseedargs23, issue 11): "Islamic State claimed ..."
    tagged as a nationality ("Islamic") and an untagged word ("State"): a run of capitalised
    words the gazetteer knows as a whole as an armed group, party, agency, IGO or outlet is
    that organization, though the tagger cut it (or took a piece of it for a nationality).
    Only runs of two or three words that start or end an entity the run overlaps."""
    fixes: list[NameFix] = []
    ents = list(doc.ents)
    for ent in ents:
        sent_end = ent.sent.end
        for start, end in ((ent.start, ent.end + 1), (ent.start, ent.end + 2),
                           (ent.start - 1, ent.end), (ent.start - 2, ent.end)):
            if start < ent.sent.start or end > sent_end or not 2 <= end - start <= 3 or \
                    (start, end) == (ent.start, ent.end):
                continue
            added = [t for t in doc[start:end] if not ent.start <= t.i < ent.end]
            # an added word is untagged, or all of a neighbouring entity ("Islamic" + "State")
            inside = all(start <= o.start and o.end <= end for o in ents
                         if o.start < end and start < o.end)
            if not inside or not all(_capitalised(t) for t in added):
                continue
            if _gazetteer_kind(doc[start:end].text) in _ORG_KINDS:
                fixes.append(NameFix(start, end, "ORG", "known_name_across_tags"))
                break
    return fixes


_ORG_KINDS = frozenset({"group", "party", "agency", "igo", "media"})


def person_run(doc: Doc) -> list[NameFix]:
    """A person's name is one run of capitalised words: given names the tagger left out or
    called an organization ("Abdirahman" of "Abdirahman Farah Gelle", "Aurelio" of "Aurelio
    Pacheco Villalba") join the person's span; common English words before it do not
    ("Public Advocate ...")."""
    words = name_words()
    fixes: list[NameFix] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        sent = ent.sent
        start = ent.start
        while start > sent.start and (_name_token(doc[start - 1]) or (
                    _capitalised(doc[start - 1]) and doc[start - 1].dep_ == "compound" and
                    ent.start <= doc[start - 1].head.i < ent.end)) and \
                (doc[start - 1].lower_ not in common_words() or
                 doc[start - 1].lower_ in words.given_names) and \
                not (doc[start - 1].is_upper and len(doc[start - 1]) > 1) and \
                doc[start - 1].lower_.rstrip(".") not in words.titles and \
                _gazetteer_type(doc[start - 1].text) is None and \
                doc[start - 1].lower_ not in words.org_last and \
                (doc[start - 1].ent_iob_ in ("", "O") or _single_ent(doc, start - 1)):
            start -= 1
        end = ent.end
        while end < sent.end and _name_token(doc[end]) and \
                doc[end].lower_ not in words.org_last and \
                _gazetteer_type(doc[end].text) is None and \
                (doc[end].ent_iob_ in ("", "O") or _single_ent(doc, end)):
            end += 1
        if (start, end) != (ent.start, ent.end):
            fixes.append(NameFix(start, end, "PERSON", "person_run"))
        # "Chidera Okafor and Emeka Nwosu": a two-word name joined to a person is a person
        for conj in ent.root.children:
            if conj.dep_ != "conj" or conj.i < ent.end:
                continue
            c_start = conj.i
            while c_start > sent.start and _name_token(doc[c_start - 1]) and \
                    doc[c_start - 1].dep_ == "compound" and \
                    doc[c_start - 1].lower_.rstrip(".") not in words.titles:
                c_start -= 1
            other = doc[c_start:conj.i + 1]
            if any(t.ent_type_ == "PERSON" for t in other):
                continue
            if len(other) >= 2 and all(_name_token(t) for t in other) and \
                    not any(t.ent_type_ in ("PERSON", "ORG", "GPE") and
                            _gazetteer_type(t.text) is not None for t in other) and \
                    _personal_name(other, words) and not _is_place(other.text):
                fixes.append(NameFix(c_start, conj.i + 1, "PERSON", "person_run"))
    return fixes


def given_name(doc: Doc) -> list[NameFix]:
    """A name of two or more words that opens with a known given name ("Adrian Sydney",
    "Paula Austin" tagged as an organization or a place) is a person, unless its own words,
    the gazetteer or the place index say otherwise ("Georgia Power", "Victoria Falls")."""
    words = name_words()
    fixes: list[NameFix] = []
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "GPE", "NORP", "FAC", "LOC") or len(ent) < 2 or \
                ent[0].lower_ not in words.given_names or \
                not all(_name_token(t) for t in ent):
            continue
        if _personal_name(ent, words) and not _is_place(ent.text) and \
                ent[-1].lower_ not in words.place_words:
            fixes.append(NameFix(ent.start, ent.end, "PERSON", "given_name"))
    return fixes


def people_modifier(doc: Doc) -> list[NameFix]:
    """A one-word name before a plural noun of armed or ethnic groups ("Tuareg rebels",
    "Somali troops", "Maasai elders") names a people (NORP) when the tagger left it untagged
    or called it a person; an organization the gazetteer knows stays one."""
    fixes: list[NameFix] = []
    for tok in doc:
        head = tok.head
        if tok.dep_ not in ("amod", "compound") or head.i != tok.i + 1 or \
                head.lower_ not in _PEOPLE_GROUP_NOUNS or not _capitalised(tok) or \
                tok.pos_ not in ("PROPN", "ADJ", "NOUN"):
            continue
        ent = _entity_at(doc, tok.i)
        if ent is not None and (ent.label_ not in ("PERSON",) or len(ent) > 1):
            continue
        if tok.i > 0 and _name_token(doc[tok.i - 1]):
            continue  # part of a longer name
        if _gazetteer_type(tok.text) is None and not _is_place(tok.text):
            fixes.append(NameFix(tok.i, tok.i + 1, "NORP", "people_modifier"))
    return fixes


_PEOPLE_GROUP_NOUNS = frozenset({"troops", "forces", "fighters", "rebels", "militants",
                                 "militiamen", "elders", "tribesmen", "tribes", "clans",
                                 "community", "communities", "refugees", "villagers",
                                 "herders", "nomads", "separatists", "insurgents",
                                 "activists", "survivors", "minority", "civilians"})


def _single_ent(doc: Doc, i: int) -> bool:
    """Token `i` is a one-word ORG, NORP or GPE entity ("Abdirahman" tagged ORG)."""
    ent = _entity_at(doc, i)
    return ent is not None and len(ent) == 1 and ent.label_ in ("ORG", "NORP", "GPE")


def pronoun_type(doc: Doc) -> list[NameFix]:
    """A pronoun that refers back to a name decides between a person and an organization:
    a name the tagger called a person whose clause (or the next sentence, opening with it)
    refers to it with "its" or a thing's "it" ("Lumora said it would appeal the fine") is
    an organization, unless it opens with a known given name; a one- or two-word name it
    called an organization that "he" or "she" refers back to ("Otieno said the fine was
    paid. He declined to say more.") is a person."""
    words = name_words()
    fixes: list[NameFix] = []
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG") or not all(_capitalised(t) for t in ent):
            continue
        own = _referring_pronoun(doc, ent)
        pronoun = own or _next_sentence_pronoun(doc, ent)
        if ent.label_ == "PERSON" and ent[0].lower_ not in words.given_names and \
                own == "ORG" and len(ent) == 1 and not _titled(doc, ent.start) and \
                not _office_holder(ent.text):
            fixes.append(NameFix(ent.start, ent.end, "ORG", "pronoun_type"))
        elif ent.label_ == "ORG" and pronoun == "PERSON" and len(ent) <= 2 and \
                _personal_name(ent, words) and not _is_place(ent.text):
            fixes.append(NameFix(ent.start, ent.end, "PERSON", "pronoun_type"))
    return fixes


def _titled(doc: Doc, i: int) -> bool:
    """A title or role word stands just before token `i` ("President Batjer")."""
    titles = name_words().titles
    return i > 0 and doc[i - 1].lower_.rstrip(".") in titles


def _next_sentence_pronoun(doc: Doc, ent: Span) -> str | None:
    """PERSON or ORG from the subject pronoun that opens the next sentence ("Otieno said the
    fine was paid. He declined to say more."), when the name is the only named or described
    subject before it: nothing else named after it in its sentence, nothing before the
    pronoun in the next."""
    if ent.root.dep_ not in _SUBJECT_DEPS:
        return None
    sent = ent.sent
    if sent.end >= len(doc):
        return None
    if any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in doc[ent.end:sent.end]):
        return None
    people = name_words().person_nouns
    if any(t.dep_ in _SUBJECT_DEPS and t.i >= ent.end and (
            t.pos_ == "PROPN" or t.lemma_.lower() in people) for t in sent):
        return None  # "..., a spokesman said": another subject may be the "he"
    nxt = doc[sent.end].sent
    first = next((t for t in nxt if not t.is_punct and not t.is_space), None)
    if first is None or first.dep_ not in _SUBJECT_DEPS or first.pos_ != "PRON":
        return None
    if first.lower_ in ("he", "she"):
        return "PERSON"
    if first.lower_ == "it" and first.head.lemma_ not in _IMPERSONAL_VERBS:
        return "ORG"
    return None


def business_context(doc: Doc) -> list[NameFix]:
    """A name that owns shares, a stake, a unit or a chief executive ("shares of Tencent",
    "Kering chief executive Luca Dell'Orto", "a unit of Reliance") is a company."""
    nouns = _BUSINESS_NOUNS
    fixes: list[NameFix] = []
    for run in _name_runs(doc, lambda d, k: _name_token(d[k]) or _titled_company_opener(d, k)):
        i, end = run.start, run.end
        span = doc[i:end]
        ent = _entity_at(doc, i)
        movable = ent is None or (ent.start >= i and ent.end <= end and
                                  ent.label_ in ("PERSON", "GPE") and
                                  _gazetteer_type(ent.text) is None and
                                  not _is_place(ent.text) and len(ent) == end - i)
        if movable and not any(t.ent_type_ == "ORG" for t in span) and \
                _owned_by_company(span, nouns):
            fixes.append(NameFix(i, end, "ORG", "business_context"))
    return fixes


def _titled_company_opener(doc: Doc, i: int) -> bool:
    """A capitalised first word of a sentence, tagged as a verb or a noun, before "chief
    executive" ("Kering chief executive ..."): at a sentence start the tagger's word class of
    an unknown name is unreliable."""
    tok = doc[i]
    return bool(tok.is_sent_start) and _capitalised(tok) and not tok.ent_type_ and \
        i + 2 < len(doc) and doc[i + 1].lower_ == "chief" and \
        doc[i + 2].lower_ in ("executive", "financial")


_BUSINESS_NOUNS = frozenset({"traders", "employees", "share", "shares", "stake", "unit",
                             "subsidiary", "division", "shareholder", "shareholders",
                             "stock", "revenue", "profit",
                             "earnings", "chief executive", "ceo", "chairman", "cfo",
                             "board", "customers", "subscribers", "parent", "rival",
                             "bondholders", "founder", "co-founder", "brand"})


def _owned_by_company(span: Span, nouns: frozenset[str]) -> bool:
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in nouns:
        return True
    if root.dep_ in ("compound", "poss", "nmod") and head.lower_ in nouns and head.i > root.i:
        return True
    # "Kering chief executive Luca Dell'Orto": the name before a company title
    nxt = span.doc[span.end:span.end + 2]
    return len(nxt) == 2 and f"{nxt[0].lower_} {nxt[1].lower_}" in ("chief executive",
                                                                      "chief financial")


def unknown_place(doc: Doc) -> list[NameFix]:
    """A "place" neither the gazetteer nor the place index knows that acts as the subject of
    a verb ("Tshabalala criticised the party", "Qualys said") is not a place: it is typed as
    an untagged subject would be; one that owns a named person ("Qualys's Kandek") is the
    organization they work for."""
    words = name_words()
    fixes: list[NameFix] = []
    for ent in doc.ents:
        if ent.label_ != "GPE" or _is_place(ent.text) or \
                _gazetteer_type(ent.text) is not None or not all(_capitalised(t) for t in ent) or \
                any(c.isdigit() for c in ent.text):
            continue
        head = ent.root.head
        if ent.root.dep_ in _SUBJECT_DEPS and head.pos_ in ("VERB", "AUX") and \
                head.lemma_ != "be":  # "with Yida being ten miles away": a place still
            fixes.append(NameFix(ent.start, ent.end, _guess_type(doc, ent, words) or "PERSON",
                                 "unknown_place"))
        elif ent.root.dep_ == "poss" and head.ent_type_ == "PERSON":
            # "Qualys's Kandek": what owns a named person is where they work
            fixes.append(NameFix(ent.start, ent.end, "ORG", "unknown_place"))
    return fixes


def _joined_by_hyphen(doc: Doc, i: int) -> bool:
    """Whether token `i` is a hyphen written inside a word ("Kwan-jin"): no space on
    either side of it."""
    return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ and \
        not doc[i].whitespace_


def _name_piece(tok: Token) -> bool:
    """A word after a hyphen that goes on a person's name: capitalised ("Ortiz-Garcia"),
    tagged a proper noun ("Jae-hun", though "hun" is a word) or no English word
    ("Kwan-jin"); not "Kabul-based", "Obama-era"."""
    return tok.is_alpha and (_capitalised(tok) or tok.tag_ in ("NNP", "NNPS") or
                             tok.lower_ not in common_words())


def hyphen_word_whole(doc: Doc) -> list[NameFix]:
    """A name is not cut inside a hyphenated word: the tagger ends "Kim Kwan-jin" at "Kwan"
    and "the Organisation for Security and Co-operation" at "Co-". A person's name takes
    the piece after a hyphen that is a name's piece; any name that ends in the hyphen
    itself takes the rest of its word."""
    fixes: list[NameFix] = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        end = ent.end
        if end < len(doc) and doc[end].is_alpha and _joined_by_hyphen(doc, end - 1) and \
                _capitalised(doc[end - 2]):
            end += 1  # "Co-" + "operation" (not "BBC sci-" + "fi": no name's word)
        while ent.label_ == "PERSON" and end + 1 < len(doc) and \
                _joined_by_hyphen(doc, end) and _name_piece(doc[end + 1]) and \
                doc[end + 1].ent_type_ in ("", "PERSON"):
            end += 2
        if end != ent.end:
            fixes.append(NameFix(ent.start, end, ent.label_, "hyphen_word_whole"))
    return fixes


_HYPHEN_SUFFIX_WORDS = frozenset({"based", "born", "led", "backed", "run", "made", "owned",
                                  "era", "style", "area", "like", "wide", "bound", "free"})


def _syllable_given_name(doc: Doc, i: int) -> bool:
    """Tokens i..i+3 read "Oh Jae-won", "Kang Min-ho": a capitalised word, a capitalised
    word no English word (or a proper noun), a hyphen inside the word and a short lowercase
    syllable that is no suffix ("Angeles-based", "Cold War-era"); nothing named, no noun
    right after (a name, not the first half of a compound)."""
    if i + 4 > len(doc) or (i > 0 and doc[i - 1].pos_ == "DET"):
        return False
    first, given, hyphen, piece = doc[i:i + 4]
    nxt = doc[i + 4] if i + 4 < len(doc) else None
    return (first.is_alpha and _capitalised(first) and len(first) <= 6 and
            given.is_alpha and _capitalised(given) and
            (given.lower_ not in common_words() or given.tag_ == "NNP") and
            _joined_by_hyphen(doc, i + 2) and hyphen.sent == first.sent and
            piece.is_alpha and piece.text.islower() and len(piece) <= 5 and
            piece.lower_ not in _HYPHEN_SUFFIX_WORDS and not piece.lower_.endswith("ed") and
            all(t.ent_type_ in ("", "PERSON") for t in (first, given, piece)) and
            not (nxt is not None and nxt.pos_ in ("NOUN", "PROPN")))


def hyphenated_given_name(doc: Doc) -> list[NameFix]:
    """A surname and a hyphenated given name ("Oh Jae-won", "Kang Min-ho") is a person even
    when the tagger read the surname as a word ("Oh" an interjection) and left it untagged:
    the speaker of what follows would otherwise be whoever was named before."""
    fixes: list[NameFix] = []
    for sent in doc.sents:
        for i in range(sent.start, sent.end - 3):
            if _syllable_given_name(doc, i):
                ent = _entity_at(doc, i)
                if ent is None or ent.label_ != "PERSON" or ent.end < i + 4:
                    fixes.append(NameFix(i, i + 4, "PERSON", "hyphenated_given_name"))
    return fixes


# ------------------------------------------------------------------------------- the pass

Rule = Callable[["Doc"], list[NameFix]]
NAME_RULES: tuple[tuple[str, Rule], ...] = (
    ("lowercase_entity", lowercase_entity),
    ("trailing_common_noun", trailing_common_noun),
    ("dateline_place", dateline_place),
    ("known_org", known_org),
    ("known_name_across_tags", known_name_across_tags),
    ("date_word_in_name", date_word_in_name),
    ("titled_person", titled_person),
    ("appositive_person", appositive_person),
    ("org_name_word", org_name_word),
    ("business_context", business_context),
    ("state_name", state_name),
    ("town_not_person", town_not_person),
    ("unknown_place", unknown_place),
    ("person_run", person_run),
    ("given_name", given_name),
    ("people_modifier", people_modifier),
    ("pronoun_type", pronoun_type),
    # the article's own labels first, then a guess for what is still untagged, then the
    # guesses carried to the name's other untagged occurrences
    ("same_name_in_article", same_name_in_article),
    ("untagged_subject", untagged_subject),
    ("same_name_in_article", same_name_in_article),
    # last: the runs above may have glued a headline's verb to a name again
    ("headline_name_overreach", headline_name_overreach),
    # (and any rule above may have ended a name inside a hyphenated word)
    ("hyphen_word_whole", hyphen_word_whole),
    # (a surname the tagger took for a word before a hyphenated given name)
    ("hyphenated_given_name", hyphenated_given_name),
)


def rule_names() -> frozenset[str]:
    return frozenset(name for name, _rule in NAME_RULES)


def fix_names(doc: Doc) -> Doc:
    """Run the enabled name rules over a parsed doc, each on the entities the earlier ones
    left; the spans they label replace the entities they overlap."""
    from newsweave.extract.ablation import enabled

    if not doc.has_annotation("DEP"):
        return doc
    done: list[tuple[int, int, str, str]] = list(doc.user_data.get(FIXES_KEY, []))
    for name, rule in NAME_RULES:
        if not enabled(name):
            continue
        fixes = [f for f in rule(doc) if _changes(doc, f)]
        if fixes:
            _apply(doc, fixes)
            done.extend((f.start, f.end, f.label, f.rule) for f in fixes)
    if done:
        doc.user_data[FIXES_KEY] = done
    return doc


def _changes(doc: Doc, fix: NameFix) -> bool:
    ent = _entity_at(doc, fix.start)
    if ent is None:
        return bool(fix.label)
    return (ent.start, ent.end, ent.label_) != (fix.start, fix.end, fix.label)


def _apply(doc: Doc, fixes: Iterable[NameFix]) -> None:
    from spacy.tokens import Span

    chosen: list[NameFix] = []
    taken: set[int] = set()
    for fix in fixes:  # the first fix of a token wins
        toks = set(range(fix.start, fix.end))
        if toks & taken:
            continue
        chosen.append(fix)
        taken |= toks
    kept = [ent for ent in doc.ents if not taken & set(range(ent.start, ent.end))]
    new = [Span(doc, f.start, f.end, label=f.label) for f in chosen if f.label]
    doc.ents = sorted(kept + new, key=lambda s: s.start)
    log.debug("name rules labelled %s", [(s.text, s.label_) for s in new])
