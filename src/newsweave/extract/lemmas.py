"""Repair one class of verb lemmas the rule lemmatizer gets wrong, before triggers are read.

The English rule lemmatizer strips "-ed"/"-ing" and keeps the stem when its index knows it,
so "staged" becomes "stag", "waged" "wag" and "raging" "rag" (all three are words). English
spelling settles it: a stem ending consonant-vowel-consonant doubles its last letter before
"-ed"/"-ing" ("wagged", "stagging"), so an undoubled "staged" comes from "stage". We take the
"-e" lemma when the spelling says so and the lemmatizer's own verb index knows that verb;
"visited" keeps "visit" (no verb "visite").
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Container
from typing import TYPE_CHECKING, Any

from newsweave.extract.ablation import enabled

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

logger = logging.getLogger(__name__)

_VOWELS = frozenset("aeiou")
_NEVER_DOUBLED = frozenset("wxy")  # "showed", "taxed", "played" are never doubled
_SUFFIXES = ("ed", "ing")


@functools.lru_cache(maxsize=1)
def verb_index() -> frozenset[str]:
    """The verbs the bundled lemmatizer knows (its lemma_index table), or nothing."""
    from newsweave.nlp.models import load_spacy

    try:
        lemmatizer: Any = load_spacy().get_pipe("lemmatizer")
        table = lemmatizer.lookups.get_table("lemma_index")
        return frozenset(table["verb"])
    except (KeyError, ValueError, AttributeError):  # another lemmatizer: no repair
        logger.debug("no verb lemma index; lemmas are not repaired")
        return frozenset()


def _undoubled_cvc(stem: str) -> bool:
    """'stag', 'wag', 'hop': consonant, vowel, consonant at the end (would double)."""
    if len(stem) < 3:
        return False
    a, b, c = stem[-3], stem[-2], stem[-1]
    return a not in _VOWELS and b in _VOWELS and c not in _VOWELS and c not in _NEVER_DOUBLED


def repaired_lemma(tok: Token, verbs: frozenset[str]) -> str | None:
    """The right lemma of a verb form the lemmatizer cut one letter short, else None."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    low, lemma = tok.lower_, tok.lemma_.lower()
    for suffix in _SUFFIXES:
        if low == lemma + suffix and _undoubled_cvc(lemma) and lemma + "e" in verbs:
            return lemma + "e"
    if low == lemma + "es" and tok.tag_ == "VBZ" and _undoubled_cvc(lemma) and \
            lemma[-1] not in "sz" and lemma + "e" in verbs and enabled("es_lemma"):
        # rule `es_lemma` (evprecision4): "hopes" -> "hop": a stem ending consonant-vowel-
        # consonant takes a plain "-s" ("hops"), so "-es" comes from the "-e" verb ("hope")
        return lemma + "e"
    return None


def repair_lemmas(doc: Doc) -> int:
    """Fix the verb lemmas of `doc` in place ('staged' -> 'stage'); how many were fixed."""
    verbs = verb_index()
    if not verbs:
        return 0
    fixed = 0
    for tok in doc:
        right = repaired_lemma(tok, verbs)
        if right is not None:
            tok.lemma_ = right
            fixed += 1
    return fixed


# a noun's own dependents: a noun tagged as a verb still has them ('its annual drills')
_NOMINAL_DEPS = frozenset({"det", "poss", "amod", "compound", "nummod"})
# where a noun stands in its clause
_NOUN_SLOTS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass"})
# what only a verb has
_VERB_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "aux", "auxpass", "neg", "xcomp",
                        "ccomp", "prt", "dative", "agent"})


def mistagged_noun(tok: Token, nouns: Container[str]) -> bool:
    """A plural event noun the tagger took for a verb ('held joint air force drills', 'began
    its annual military drills': 'drills' tagged VERB as the object of 'held'): it stands
    where a noun stands, has a noun's dependents and none of a verb's, and is a noun of the
    event lexicon in its written form."""
    return tok.pos_ == "VERB" and tok.dep_ in _NOUN_SLOTS and tok.lower_ in nouns and \
        tok.tag_ in ("VBZ", "NNS", "VBP") and tok.lower_.endswith("s") and \
        any(c.dep_ in _NOMINAL_DEPS for c in tok.children) and \
        not any(c.dep_ in _VERB_DEPS for c in tok.children)


# light verbs a feeling or a view is expressed with ('expressed dismay that ...')
_EXPRESSING_VERBS = frozenset({"express", "voice", "register", "convey"})


def expressed_noun(tok: Token, nouns: Container[str]) -> bool:
    """Rule `expressed_noun` (evreal12): 'the EU expressed dismay that Serbia had not handed
    over the suspects': a noun of the event lexicon right after a verb of expressing, taken
    for a verb whose clause it governs; it has none of a verb's own subject, auxiliaries or
    object."""
    head = tok.head
    return tok.pos_ == "VERB" and tok.lower_ in nouns and head.i == tok.i - 1 and \
        head.lemma_.lower() in _EXPRESSING_VERBS and tok.dep_ in ("ccomp", "xcomp", "dobj") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "neg")
                    for c in tok.children) and enabled("expressed_noun")


def repair_nominal_verbs(doc: Doc, nouns: Container[str]) -> int:
    """Retag event nouns the tagger took for verbs as nouns, in place (their lemma is their
    written form, the key of the event lexicon's nouns); how many were fixed."""
    fixed = 0
    for tok in doc:
        if expressed_noun(tok, nouns):
            tok.dep_ = "dobj"  # what is expressed: the verb's object
        elif not mistagged_noun(tok, nouns):
            continue
        tok.pos_ = "NOUN"
        tok.lemma_ = tok.lower_
        fixed += 1
    return fixed
