"""Small readings of the dependency parse that triggers, arguments and attributes all use: a
verb's object, its subject tokens, its clause subject, whether it is passive, whether it has a
preposition."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from newsweave.extract.ablation import enabled
from newsweave.nlp.syntax import to_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token


def object_of(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in ("dobj", "attr") or (c.dep_ == "nsubjpass"):
            if c.dep_ == "dobj" and enabled("amount_first_object"):
                return amount_first_object(c) or c
            return c
    return None


def amount_first_object(obj: Token) -> Token | None:
    """Rule `amount_first_object` (session 18): 'Russia fined Google 20 million roubles', 'the
    league fined the club 2 million euros': the parser hangs the first of two objects on an
    amount that follows it (an nmod of 'roubles'); the party is that first object, not the
    amount. Only when the object is a sum of money (the parser's MONEY name, or a word of the
    event lexicon's money class: not 'support the Firefox 2 browser') and the noun before the
    number is a name or a noun of its own."""
    if obj.ent_type_ != "MONEY" and not {obj.lower_, obj.lemma_.lower()} & _money_words():
        return None
    first = next((c for c in obj.children if c.dep_ == "nmod" and c.i < obj.i and
                  c.pos_ in ("PROPN", "NOUN")), None)
    if first is None:
        return None
    nums = [c.i for c in obj.children if c.dep_ == "nummod"]
    return first if not nums or first.i < min(nums) else None


@functools.lru_cache(maxsize=1)
def _money_words() -> frozenset[str]:
    """The event lexicon's money class, read from its data here: this layer sits below
    event_lexicon, which reads hyphenated words through it."""
    from newsweave.extract.lexicon import load_json

    return frozenset(w.lower() for w in load_json("event_lexicon.json")["classes"]["money"])


def small_clause_subject(verb: Token) -> Token | None:
    """'declared the ambassador persona non grata': the parser makes the declared one the
    subject of a complement clause ('persona') with no auxiliary or marker; that subject is
    the verb's real object."""
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp") and not any(
                g.dep_ in ("aux", "auxpass", "mark") for g in c.children):
            subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return subj
    return None


def has_prep(tok: Token, preps: list[str]) -> bool:
    return any((c.dep_ in ("prep", "prt", "dative") and c.lower_ in preps) for c in tok.children)


def clause_subject(verb: Token) -> Token | None:
    """'wants the UK to extradite him': the subject of the infinitive clause."""
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp") and to_infinitive(c):
            subj = [x for x in c.children if x.dep_ == "nsubj"]
            if subj:
                return subj[0]
    obj = object_of(verb)
    if obj is not None and any(c.dep_ == "xcomp" for c in verb.children):
        return obj
    return None


def subject_tokens(verb: Token) -> list[Token]:
    out = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    for c in verb.children:
        if c.dep_ == "agent" and not object_agent(verb, c):
            out.extend(p for p in c.children if p.dep_ == "pobj")
    return out


def object_agent(verb: Token, agent: Token) -> bool:
    """Rule `object_by_agent` (evreal10): 'X condemned the airstrike by Sudanese forces', 'a
    statement condemning the killing by police': the parser hangs the object's 'by' phrase on
    an active verb as its agent; after the verb's object, with no passive participle to take
    it, it names who did the object's act, not who does the verb's."""
    return verb.tag_ != "VBN" and enabled("object_by_agent") and any(
        c.dep_ == "dobj" and c.i < agent.i for c in verb.children)


def is_passive(verb: Token) -> bool:
    deps = {c.dep_ for c in verb.children}
    return "nsubjpass" in deps or ("auxpass" in deps and "nsubj" not in deps) or \
        gapped_passive(verb) or misparsed_relative(verb) or adverbial_passive(verb)


def adverbial_passive(verb: Token) -> bool:
    """Rule `adverbial_passive` (evreal8): 'X went on trial accused of killing Y', 'Backed
    by Russia, the rebels advanced': a past participle hung on a clause as an adverbial, with
    no subject, auxiliary or object of its own, is a passive whose patient is that clause's
    subject (event_arguments.patients_of), not an act of it."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX") \
            or not enabled("adverbial_passive"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "mark", "expl")
           for c in verb.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.head.children)


def gapped_passive(verb: Token) -> bool:
    """'stores were looted and 200 people arrested': a participle joined to a passive verb,
    with a subject of its own and no auxiliary, shares that verb's 'were' (its subject is
    its patient)."""
    if verb.tag_ != "VBN" or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    deps = {c.dep_ for c in verb.children}
    if "nsubj" not in deps or deps & {"aux", "auxpass", "dobj"}:
        return False
    head_deps = {c.dep_ for c in verb.head.children}
    return "nsubjpass" in head_deps or "auxpass" in head_deps


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def misparsed_relative(verb: Token) -> bool:
    """'Two officers charged over the shooting appeared in court': the parser reads the
    participle of a reduced relative as the clause's verb (the noun its subject) and hangs
    the sentence's own verb on it. A past participle with a subject but no auxiliary and no
    object, whose later finite verb has no subject of its own, is that relative: its
    'subject' is its patient."""
    if verb.tag_ != "VBN" or not enabled("misparsed_relative"):
        return False
    deps = {c.dep_ for c in verb.children}
    if "nsubj" not in deps or deps & {"aux", "auxpass", "nsubjpass", "dobj", "dative"}:
        return False
    # the sentence's verb: hung on the participle, or (in a longer sentence) its sibling
    # just after the participle's phrase ("The news came as two officers charged over the
    # shooting prepared to ...")
    after = [c for c in verb.children if c.i > verb.i]
    if enabled("coordinated_participle"):
        # rule coordinated_participle (evreal8): "X said Gibbons aimed and missed his
        # rival", the first verb mistagged as a participle: a finite verb joined to it by
        # 'and' or 'but' is its conjunct, with its subject, not the verb of a sentence the
        # participle's phrase is the subject of
        joins = [c.i for c in verb.children if c.dep_ == "cc"]
        after = [c for c in after if not (c.dep_ == "conj" and
                                          any(verb.i < j < c.i for j in joins))]
    if verb.dep_ in ("advcl", "ccomp", "conj"):
        after.extend(c for c in verb.head.children if c.i == verb.right_edge.i + 1)
    return any(c.dep_ in ("advcl", "conj", "dep") and c.tag_ in _FINITE_TAGS and
               not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
               for c in after)


def reduced_passive(verb: Token) -> bool:
    """'a man convicted of threatening her', 'protesters detained by police': a past
    participle modifying a noun is a passive whose patient is that noun."""
    # (not a sentence's own verb the parser hung on its subject noun: see
    # event_arguments.inherited_subject)
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ != "ROOT" and \
        verb.head.pos_ in ("NOUN", "PROPN", "PRON") and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children)


def hyphenated_noun(tok: Token) -> str | None:
    """'build-up' when `tok` is the 'up' of 'build - up' written without spaces (the
    tokenizer splits hyphenated words; evaccuse, session 7); None otherwise."""
    if tok.i < 2 or not enabled("hyphenated_noun"):
        return None
    hyphen, first = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or first.whitespace_ or not first.is_alpha:
        return None
    return f"{first.lower_}-{tok.lower_}"


VERDICT_WORDS = frozenset({"guilty", "culpable", "liable"})


def convicted_by_verdict(tok: Token) -> list[Token] | None:
    """'the jury found him guilty of murder', 'she was found guilty', 'finding X, 27, guilty':
    who a verdict of guilt is about (the subject of 'guilty', or the word it describes, as
    the parser hangs them; empty for a passive, whose subject it is), or None when the verb's
    complement is no word of guilt or is negated ('found not guilty' is an acquittal; 'found
    the weapon' no verdict)."""
    near = [c for c in tok.children if c.dep_ in (
        "oprd", "acomp", "xcomp", "ccomp", "advcl", "dobj", "attr", "amod")]
    words = near + [g for c in near for g in c.children if g.dep_ in ("acomp", "amod", "appos")]
    for w in words:
        if w.lower_ not in VERDICT_WORDS:
            continue
        if any(n.dep_ == "neg" or n.lower_ in ("not", "innocent") for n in w.children) or \
                any(n.dep_ == "neg" and n.i > tok.i for n in tok.children):
            return None
        subj = [c for c in w.children if c.dep_ == "nsubj"]
        if not subj and w.head.i != tok.i:
            subj = [w.head]  # "found Tremblay guilty": 'guilty' hangs on Tremblay
        return subj
    return None
