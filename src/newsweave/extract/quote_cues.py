"""Reporting cues in a parsed article: who speaks (the subject), what is reported (the clause),
to or through whom (the channel), when, and with what stance.

A cue is a reporting verb from data/lexicons/reporting_verbs.json ("said", "told", "denied",
"pointed out") or an "according to X" phrase. The reported clause comes from the dependency
parse: the verb's clausal complement ("said that ..."), the clause a parenthetical cue hangs
on ("rates will fall, analysts say"), a gerund or clausal object of denial-type verbs
("denied selling user data"), or the object of naming verbs for quoted fragments ("called
the report 'pure fiction'"). Also: a request's addressee and infinitive ("urged lawmakers to
reject the bill"), the noun phrase a denial or claim takes ("denied any connection to the
attack"), the participle of an issued document ("issued a statement saying ..."), and statement
nouns with a that-clause ("Olsen's claim that ...", "expressed hope that ..."). Lines in headline
case (related-headline links) give no cues.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newsweave.extract import quote_indirect
from newsweave.extract.ablation import enabled
from newsweave.extract.lexicon import load_json
from newsweave.nlp.docindex import doc_index, inside_any
from newsweave.nlp.doctext import doc_text
from newsweave.nlp.syntax import to_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# dependencies to climb from a cue without a subject to the verb that has it
# ("was quoted as saying" -> quoted; "stressed ... and said" -> stressed; "adding that" -> said)
_CLIMB_DEPS = ("xcomp", "pcomp", "prep", "conj", "advcl")
_CONTENT_MARKS = {"that", "whether", "if"}
_AMOUNT_ENTS = {"DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"}
_NOT_CHANNELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "GPE", "LOC", "PERSON", "NORP",
                 "EVENT", "QUANTITY", "MONEY", "PERCENT"}


_VERB_LISTS = ("fragment_only", "object_content", "clause_object", "passive_speaker",
               "infinitive_content", "directive_infinitive", "commitment_infinitive",
               "byline_verbs", "document_subject_only",
               "finite_clause_only", "about_content", "as_content", "conditional_content")


@functools.lru_cache(maxsize=1)
def reporting_lexicon() -> dict[str, Any]:
    lex: dict[str, Any] = load_json("reporting_verbs.json")
    check_reporting_lexicon(lex)
    return lex


def check_reporting_lexicon(lex: dict[str, Any]) -> None:
    """Every verb list and np_object key names a verb of "verbs" (one vocabulary), every
    stance is a known one; a broken file fails on load with the key that is wrong."""
    stances = {"assert", "deny", "confirm", "question"}
    verbs = lex.get("verbs")
    if not isinstance(verbs, dict) or not verbs:
        raise ValueError("reporting_verbs.json: 'verbs' must be a non-empty object")
    bad = sorted(v for v, stance in verbs.items() if stance not in stances)
    if bad:
        raise ValueError(f"reporting_verbs.json: unknown stance for {bad}")
    for key in _VERB_LISTS:
        items = lex.get(key)
        if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
            raise ValueError(f"reporting_verbs.json: {key!r} must be a list of verbs")
        unknown = sorted(set(items) - set(verbs))
        if unknown:
            raise ValueError(f"reporting_verbs.json: {key!r} names no verb of 'verbs': {unknown}")
    np_object = lex.get("np_object")
    if not isinstance(np_object, dict) or not all(
            k in verbs and isinstance(v, list) for k, v in np_object.items()):
        raise ValueError("reporting_verbs.json: 'np_object' must map verbs to noun lists")
    for key in ("issue_verbs", "according_to", "issued_statement_nouns",
                "possessed_voice_nouns"):
        if not isinstance(lex.get(key), list):
            raise ValueError(f"reporting_verbs.json: {key!r} must be a list")


@functools.lru_cache(maxsize=1)
def channel_lexicon() -> dict[str, Any]:
    return load_json("quote_channels.json")  # type: ignore[no-any-return]


@dataclass
class Cue:
    """One reporting cue with its parts, as token indices into the doc."""

    token: Token  # the reporting verb, or "according"
    lemma: str  # "say", "point out", "according to"
    stance: str | None
    negated: bool = False
    speaker: Token | None = None  # head token of the speaker phrase
    content: list[Token] = field(default_factory=list)  # the reported clause, in order
    content_root: Token | None = None
    chain: list[Token] = field(default_factory=list)  # the cue and the verbs it hangs from
    channel: str | None = None
    date_ent: Span | None = None
    date_text: str | None = None
    fragment_only: bool = False
    np_content: bool = False  # the content is a noun phrase ('denied any connection to X')
    # named rules that found the cue's parts (provenance, carried onto its quotes' rules)
    rules: list[str] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.token.idx

    @property
    def span(self) -> tuple[int, int]:
        end = self.token.idx + len(self.token.text)
        if self.lemma == "according to" and self.token.i + 1 < len(self.token.doc):
            nxt = self.token.doc[self.token.i + 1]
            end = nxt.idx + len(nxt.text)
        for child in self.token.children:
            if child.dep_ == "prt" and child.i == self.token.i + 1:
                end = child.idx + len(child.text)
        return (self.token.idx, end)


def _inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    return inside_any(pos, ranges)


def _lemma_of(tok: Token) -> str | None:
    verbs: dict[str, str] = reporting_lexicon()["verbs"]
    lemma = tok.lemma_.lower()
    made = quote_indirect.made_clear(tok)
    if made is not None:  # 'made clear the talks were over', 'made it plain that ...'
        return made if made in verbs else None
    if lemma == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children) \
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        return "put it"  # 'as Lee put it, "..."'
    for child in tok.children:
        if child.dep_ == "prt":
            phrasal = f"{lemma} {child.lower_}"
            return phrasal if phrasal in verbs else None  # "ruled out" is no "rule"
        if child.dep_ == "advmod" and child.lower_ == "back" and child.i == tok.i + 1 and \
                f"{lemma} back" in verbs and enabled("back_as_particle"):
            return f"{lemma} back"  # 'shot back that ...', "back" tagged an adverb
    if lemma in reporting_lexicon()["clause_only_senses"] and any(
            c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "NUM") for c in tok.children) \
            and not any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
        # 'staff should add trusted sites', 'added 20 jobs': no speech (but 'added Lee had
        # left', the clause's subject read as the object, is)
        return None
    return lemma if lemma in verbs else None


def _is_cue(tok: Token) -> bool:
    return tok.pos_ == "VERB" and _lemma_of(tok) is not None


def _chain(tok: Token) -> list[Token]:
    """The cue and the verbs above it through non-clausal links (xcomp, pcomp, prep, conj)."""
    chain = [tok]
    cur = tok
    on_object = _participle_on_object(tok)
    if on_object is not None:  # ('repeated that position, telling an interviewer ...')
        chain.append(on_object)
        cur = on_object
    while cur.dep_ in _CLIMB_DEPS and cur.head.i != cur.i:
        # ('..., adding that', and 'would not be specific, except to say that ...',
        # 'called the office to say ...': the speaker is the subject above)
        if cur.dep_ == "advcl" and cur.tag_ != "VBG" and not (
                cur.tag_ == "VB" and to_infinitive(cur) and
                any(c.dep_ == "ccomp" for c in cur.children)):
            break  # (not 'fought back tears to recall the night ...': no clause said)
        if cur.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in cur.children):
            break  # 'X would not comment, but Lee said ...': a clause of its own
        outer = _cue_joined_to_report(cur) or _participle_after_relative(cur)
        if outer is not None:  # 'noted that Lee had won twice and said ...': the noter
            chain.append(outer)
            cur = outer
            continue

        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            chain.append(cur)
        elif cur.pos_ != "ADP":
            break
    return chain


def _cue_joined_to_report(tok: Token) -> Token | None:
    """'The official noted that Lee had won twice and said it would be a mistake ...': a
    cue with no subject that the parser joined to the verb of another cue's reported clause
    (or of a relative clause: 'the decrees which had praised him and vowed to ...'), when
    that verb is told in a tense of the reported past ('had won', 'would win') and the cue
    in the plain past: it goes on with the subject of the verb above, not the clause's
    subject. That verb, or None."""
    head = tok.head
    if tok.dep_ != "conj" or tok.tag_ != "VBD" or not _is_cue(tok) or \
            any(c.dep_ in SUBJECT_DEPS for c in tok.children) or \
            not any(c.dep_ in ("ccomp", "xcomp") and c.i > tok.i for c in tok.children) or \
            not (any(c.dep_ in ("aux", "auxpass") and c.lower_ in _REPORTED_PAST_AUX
                     for c in head.children) or _mute_subject_report(tok)) or \
            _aspect_infinitive(tok):
        return None
    if head.dep_ == "ccomp" and _is_cue(head.head) and head.head.i < head.i:
        return head.head
    if head.dep_ == "relcl":
        # ('rolled back the decrees which had praised him and vowed to ...': the verb the
        # noun hangs from, whose subject vowed)
        return _verb_above_relative(head, tok)
    return None


def _mute_subject_report(tok: Token) -> bool:
    """Rule mute_subject_goes_on: 'Analysts said the price was low but questioned whether the
    firm could last': a cue with no subject joined to the verb of another cue's reported
    clause, told in the plain past, whose subject is a thing that cannot speak (a common noun
    for no person, organization or document: "the price", "the road"): the cue goes on with
    the one who said the clause, whatever its tense. Not when that subject can speak ('said
    the minister was tired but insisted that ...' stays the minister's)."""
    head = tok.head
    if not enabled("mute_subject_goes_on") or head.dep_ != "ccomp" or \
            not _is_cue(head.head) or head.head.i > head.i:
        return False
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.pos_ == "NOUN" and subj.ent_type_ == "" and \
        not _speaks(subj)


def _naming_participle(tok: Token) -> tuple[Token | None] | None:
    """Rule naming_participle_agent: 'the Swiss franc, often called the "swissie,"', 'the
    plan, called "reckless" by critics': a past participle of one of reporting_verbs.json
    naming_participles hung on a noun gives the noun a name or a label; the noun is never
    who said it. Who did is the participle's agent ("by critics"); with none, no one named
    said it and the words are no one's quote. (None when `tok` is no such participle, else
    the agent or None in a 1-tuple.)"""
    if not enabled("naming_participle_agent") or tok.tag_ not in ("VBN", "VBD") or \
            tok.lemma_.lower() not in reporting_lexicon()["naming_participles"] or \
            any(c.dep_ in ("aux", "auxpass", "dobj") for c in tok.children):
        return None
    # (a participle the tagger read as a past tense too, where a comma sets it off the noun
    # it hangs on: not 'The statement called the demands "extreme"', a main verb misparsed;
    # nor a relative with its own subject: 'a decision the owner called "an outrage"')
    on_noun = tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") and \
        tok.head.i < tok.i and not any(c.dep_ in SUBJECT_DEPS for c in tok.children) and \
        (tok.tag_ == "VBN" or any(t.text == "," for t in tok.doc[tok.head.i + 1:tok.i]))
    # ('The franc, often called the "swissie," rose ...': the parser made the participle the
    # root and the noun its subject; a comma sets the participle off the noun)
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    set_off = tok.tag_ == "VBN" and subj is not None and subj.pos_ in ("NOUN", "PROPN") and \
        any(t.text == "," for t in tok.doc[subj.i + 1:tok.i])
    if not (on_noun or set_off):
        return None
    agent = _agent(tok)
    if agent is None:  # ('called "reckless" by critics' read with "by" as a preposition)
        agent = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"
                      for g in c.children if g.dep_ == "pobj"), None)
    return (agent,)


def _surname_over_participle(tok: Token, chain: list[Token]) -> Token | None:
    """Rule surname_over_participle: 'Tully denied that, telling reporters that ...': the
    tagger read the surname opening the sentence as an adverb (or a name hung as an adverb)
    of the verb a participle cue is set off from; that verb has no subject, so the word is
    who speaks. Only a candidate, like surname_read_as_adverb: the speaker resolver takes it
    only when a person of the article has that surname."""
    if not enabled("surname_over_participle") or tok.tag_ != "VBG" or tok.dep_ != "advcl" or \
            len(chain) < 2 or chain[1].i != tok.head.i or chain[1].pos_ != "VERB" or \
            any(c.dep_ in SUBJECT_DEPS for c in chain[1].children):
        return None
    verb = chain[1]
    word = verb.doc[verb.i - 1] if verb.i > 0 else None
    if word is None or word.head.i != verb.i or word.dep_ not in ("advmod", "npadvmod") or \
            word.pos_ not in ("ADV", "PROPN") or not word.text[:1].isupper() or \
            not word.text.isalpha() or word.text.isupper() or word.ent_type_ not in ("", "PERSON"):
        return None
    return word


def _reports_in_person(tok: Token) -> bool:
    """Rule report_in_person: 'was ordered to report to prison on Monday', 'told to report
    for duty': "report" with "to" or "for" and a place or service one presents oneself at
    (reporting_verbs.json report_in_person_nouns) and no clause or object of its own is
    going there, not telling anything (a quotation nearby is not its words)."""
    if not enabled("report_in_person") or tok.lemma_.lower() != "report" or any(
            c.dep_ in ("ccomp", "xcomp", "dobj", "advcl") for c in tok.children):
        return False
    places = reporting_lexicon()["report_in_person_nouns"]
    return any(c.dep_ == "prep" and c.lower_ in ("to", "for") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in places for g in c.children)
        for c in tok.children)


def _aspect_infinitive(tok: Token) -> bool:
    """'said she had voted for him and continued to support him': a verb that reports only a
    quoted fragment ("continue") followed by a to-infinitive tells how long something went
    on, not what was said; it neither speaks nor leaves the reported clause (rule
    aspect_infinitive_not_report)."""
    if not enabled("aspect_infinitive_not_report") or \
            tok.lemma_.lower() not in reporting_lexicon()["fragment_only"]:
        return False
    return any(c.dep_ == "xcomp" and c.i > tok.i and to_infinitive(c) and
               c.left_edge.i == tok.i + 1 for c in tok.children)


def _asked_to_say(tok: Token) -> bool:
    """Rule asked_to_say_not_said: 'reporters pressed the mayor to say whether taxes would
    rise', 'she was urged to explain why': a reporting verb that is the to-infinitive of a
    verb of pressing someone to speak (reporting_verbs.json speech_request_verbs) tells what
    was asked for, not what anyone said; it reports nothing ('prompted critics to argue that
    ...', a verb of causing speech, is not listed and still reports)."""
    return enabled("asked_to_say_not_said") and tok.dep_ == "xcomp" and \
        to_infinitive(tok) and tok.head.i < tok.i and \
        tok.head.lemma_.lower() in reporting_lexicon()["speech_request_verbs"]


def _refusal_infinitive_misparsed(tok: Token) -> bool:
    """Rule refusal_infinitive_advcl: 'declined on Tuesday to say whether she backed the
    plan': with a phrase between them, the parser hangs the refused infinitive on the verb of
    refusing as a clause of purpose, not its complement; it is refused all the same
    (negated, as 'declined to say whether' is)."""
    return enabled("refusal_infinitive_advcl") and tok.dep_ == "advcl" and \
        to_infinitive(tok) and tok.head.i < tok.i and \
        tok.head.lemma_.lower() in reporting_lexicon()["refusal_verbs"] and \
        not any(c.dep_ in SUBJECT_DEPS for c in tok.children)


def _musing_state(tok: Token) -> bool:
    """Rule musing_state_not_said: 'the chemist began to wonder whether the salt was to
    blame', 'allies had to wonder whether help would come', 'the ruling left parents
    wondering if ...', 'the delay has investors wondering whether ...': a musing verb under a
    verb of beginning, having or leaving (reporting_verbs.json musing_holders) tells a state
    of mind, not a question anyone voiced ('wondered aloud' still is: musing_aloud)."""
    lex = reporting_lexicon()
    if not enabled("musing_state_not_said") or tok.lemma_.lower() not in lex["musing_verbs"] \
            or any(c.lower_ in lex["musing_aloud"] for c in tok.children):
        return False
    holders = lex["musing_holders"]
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in holders:
        return True  # 'began to wonder', 'had to wonder', 'kept wondering'
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "dobj" and \
            tok.head.head.lemma_.lower() in holders:
        return True  # 'left parents wondering'
    # 'has investors wondering': read as a perfect with a subject between (no such tense)
    return tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" and
                                     c.i < tok.i for c in tok.children)


def _told_in_passive(tok: Token, lemma: str, speaker: Token | None
                     ) -> tuple[bool, Token | None]:
    """Rule passive_audience_not_speaker: 'Ruiz said tenants had complained about the smell
    and had been told that the heating was safe': a verb of telling someone
    (reporting_verbs.json addressee_object) in the passive with no 'by' phrase has no
    speaker; the subject it shares with the verb it is joined to is the one told. When that
    verb is one of talking to someone (talked_to_verbs: 'she had met the minister and was
    assured that ...'), the one talked to is who told. (True, that one or None) when the
    rule applies, else (False, None)."""
    if not enabled("passive_audience_not_speaker") or speaker is None or \
            lemma not in reporting_lexicon()["addressee_object"] or \
            not any(c.dep_ == "auxpass" for c in tok.children) or \
            any(c.dep_ == "agent" for c in tok.children) or speaker.head.i == tok.i:
        return False, None
    verb = tok.head
    if tok.dep_ != "conj" or verb.lemma_.lower() not in \
            reporting_lexicon()["talked_to_verbs"]:
        return True, None
    told = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
        for g in c.children if g.dep_ == "pobj"]
    return True, (told[0] if len(told) == 1 and told[0].pos_ in ("NOUN", "PROPN") else None)


def _verb_above_relative(relcl: Token, tok: Token) -> Token | None:
    """The verb the noun of a relative clause about a thing ('that'/'which' its subject)
    hangs from, before `tok`, else None."""
    if relcl.dep_ != "relcl" or not any(c.dep_ in SUBJECT_DEPS and c.tag_ == "WDT"
                                        for c in relcl.children):
        return None
    outer = relcl.head
    while outer.pos_ not in ("VERB", "AUX") and outer.head.i != outer.i:
        outer = outer.head
    return outer if outer.pos_ in ("VERB", "AUX") and outer.i < tok.i else None


def _object_gap_relative(tok: Token, chain: list[Token]) -> bool:
    """Rule object_relative_says_nothing: 'the arms embargo it helped write', 'the bill she
    proposed', 'the speech he gave': a reporting verb in a relative clause whose subject is
    its own (no 'who' or 'that') and whose object is the noun the clause hangs on (no object
    or clause of its own) tells what was made of that thing, not words anyone said: it
    introduces no quotation beside it."""
    if not enabled("object_relative_says_nothing"):
        return False
    rel = next((v for v in chain if v.dep_ == "relcl"), None)
    # (right after its noun: not '"...," Lee said' that the parser hung on a noun far back)
    # (and holding no punctuation: not '"... a stock that had been clobbered," Lee said'
    # that the parser made one relative clause of quotation and cue)
    if rel is None or rel.head.pos_ not in ("NOUN", "PROPN") or \
            rel.left_edge.i != rel.head.i + 1 or any(t.is_punct for t in rel.subtree):
        return False
    subj = next((c for c in rel.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or subj.tag_ in ("WP", "WDT") or subj.lower_ == "that":
        return False
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") and c.i > tok.i
                   for c in tok.children)


def _subject_gap_report(tok: Token) -> list[Token]:
    """Rule subject_gap_relative_report: '..., a reason experts have said does not stop him':
    a reporting verb in a relative clause with a subject of its own and nothing reported,
    on a noun that is the subject of a verb after it; what was said is that verb's clause
    (the noun standing for its gap). Empty when the form is not there."""
    if not enabled("subject_gap_relative_report") or tok.dep_ != "relcl" or \
            any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in tok.children):
        return []
    subj = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
    noun = tok.head
    verb = noun.head
    if subj is None or subj.tag_ in ("WP", "WDT") or subj.lower_ == "that" or \
            noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass") or \
            verb.pos_ not in ("VERB", "AUX") or verb.i <= tok.i or \
            (verb.tag_ not in (*_FINITE_TAGS, "MD") and not any(
                c.dep_ == "aux" and c.i > tok.i for c in verb.children)):
        return []
    own = {t.i for t in noun.subtree}
    return _strip([t for t in verb.subtree if t.i > tok.i and t.i not in own])


def _participle_on_object(tok: Token) -> Token | None:
    """Rule participle_on_object: 'Beck repeated that position on Sunday, telling an
    interviewer that voters had rejected the coalition': a cue participle set off by a
    comma that the parser hung on the object of a verb with a subject, as if it modified
    the noun, goes with that verb (Beck tells, not the position). That verb, or None."""
    if tok.dep_ != "acl" or tok.tag_ != "VBG" or tok.i == 0 or \
            tok.doc[tok.i - 1].text != "," or not _is_cue(tok) or \
            any(c.dep_ in SUBJECT_DEPS for c in tok.children) or \
            not enabled("participle_on_object"):
        return None
    noun, verb = tok.head, tok.head.head
    if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") or \
            not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    return verb


def _participle_after_relative(tok: Token) -> Token | None:
    """'Her allies voted down an amendment that would have declared ..., arguing that ...':
    a participle set off by a comma after a relative clause about a thing goes with the
    verb that thing hangs from (the allies argue, not the amendment). That verb, or None."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or not _is_cue(tok) or tok.i == 0 or \
            tok.doc[tok.i - 1].text != "," or \
            any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        return None
    return _verb_above_relative(tok.head, tok)


# auxiliaries of a clause told in the reported past: 'said Lee had won', 'said it would'
_REPORTED_PAST_AUX = frozenset({"had", "would", "could", "might", "should"})


def _governing(tok: Token, chain: list[Token]) -> list[Token]:
    """The verbs of `chain` above the cue whose negation is the cue's ('would not say',
    'declined to comment'): not a verb the cue is only joined to ('did not deny it and
    said ...')."""
    above: list[Token] = []
    cur = tok
    for verb in chain[1:]:
        if cur.dep_ == "conj" or verb.i == tok.i:
            break
        above.append(verb)
        cur = verb
    return above


def _subject(tok: Token, chain: list[Token], para: tuple[int, int] | None = None
             ) -> Token | None:
    """The head of the speaker phrase: the subject of the cue or of a verb it hangs from.

    Only the paragraph of the cue counts: the parser runs an unpunctuated subheading
    ('6. "The Gordon problem"') into the next paragraph's first sentence.
    """
    lex = reporting_lexicon()
    a, b = para if para is not None else (0, len(doc_text(tok.doc)))
    if not any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        # '..., but Early still says': a surname read as an adverb beside the cue is its
        # subject, not the subject of the clause it is joined to (a capitalized adverb
        # inside a sentence is a name; the resolver takes it only as a known surname)
        adverb = quote_indirect.surname_read_as_adverb(tok)
        if adverb is not None and adverb.i != adverb.sent.start:
            return _in_paragraph(adverb, a, b)
        unjoined = _subject_before_unjoined_conjunct(tok)
        if unjoined is not None:
            return _in_paragraph(unjoined, a, b)
    for n, verb in enumerate(chain):
        lemma = verb.lemma_.lower()
        # 'prompted some users to argue that ...', 'led officials to say': the one made to
        # speak is the object of the verb above, not its subject
        # (not 'called the office to say ...': the caller speaks)
        if n > 0 and chain[n - 1].dep_ == "xcomp" and chain[n - 1].head.i == verb.i and \
                lemma not in lex["contact_verbs"]:
            obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < chain[n - 1].i
                        and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
            # ('spent 45 seconds explaining how ...': a stretch of time speaks for no one)
            if obj is not None and obj.ent_type_ not in _AMOUNT_ENTS:
                return _in_paragraph(obj, a, b)
        # 'the Daily Ledger quoted witness Dana Reed as saying': the one quoted speaks
        # (and 'the Ledger reported, quoting her lawyer Ana Ruiz as saying ...': the
        # participle has no subject of its own)
        if n > 0 and lemma in lex["passive_speaker"] and (any(
                c.dep_ == "nsubj" for c in verb.children) or (
                verb.tag_ == "VBG" and enabled("quoting_as_saying"))):
            obj = next((c for c in verb.children if c.dep_ == "dobj" and
                        c.pos_ in ("NOUN", "PROPN", "PRON")), None)
            if obj is not None:
                # "quoted witness Dana Reed": the name after a role noun, however parsed
                doc = obj.doc
                end = obj.i
                while end + 1 < len(doc) and doc[end + 1].ent_type_ == "PERSON" and \
                        doc[end + 1].i < verb.i + 8:
                    end += 1
                return _in_paragraph(doc[end], a, b)
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS or c.dep_ == "expl"]
        # two subjects ('BUFFALO, N.Y. - ... Wild coach Bruce Boudreau expressed'): the one
        # nearest the verb is the real one, a dateline or a stray noun is further away
        subjects.sort(key=lambda c: (c.i > verb.i, abs(verb.i - c.i)))
        if len(subjects) > 1 and not _speaks(subjects[0]) and \
                any(_speaks(c) for c in subjects[1:]) and enabled("speaking_subject_first"):
            # ('A woman who says she saw the shooting says ...': the parser gave the cue the
            # relative clause's last noun too; the one who can speak is its subject)
            subjects.sort(key=lambda c: not _speaks(c))
        # 'said study co-author Ana Lind': the tokenizer split "co-author" and the parser
        # took its first piece for a subject beside the name; the piece is no speaker
        pieces = [c for c in subjects if _hyphen_piece(c)]
        if pieces and len(pieces) < len(subjects):
            subjects = [c for c in subjects if c not in pieces]
        flipped = quote_indirect.subject_after_parenthetical_cue(verb, subjects)
        if flipped is not None:  # 'The merger, said Lee, "opens ..."': Lee (also for
            # a participle on that cue: '..., said Ina, a nurse, adding that ...')
            subjects = [flipped, *(s for s in subjects if s.i != flipped.i)]
        for found in subjects:
            child = _in_paragraph(found, a, b)
            if child is None:
                continue
            if child.dep_ == "expl":
                return _agent(verb)
            if child.dep_ in ("nsubj", "csubj"):
                if verb.i == tok.i and _said_thing(child):
                    continue  # ('He paused, said a short prayer and left': no speaker)
                if child.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
                    return _person_before_set_off_who(child, verb) or \
                        _subject_of_extraposed_relative(child, verb) or verb.head
                return child
            # a passive cue names its speaker in the agent ('it was said by X'), except
            # 'X was quoted as saying'; a passive verb above the cue does not ('the
            # commission is frustrated ..., saying')
            if verb.i != tok.i or lemma in lex["passive_speaker"]:
                return child
            return _agent(verb)
        # 'The group, X, formed ... and sent a letter stating ...': with no main verb found,
        # the parser hangs the sentence's verb on the subject noun as a clause
        if verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in (
                "NOUN", "PROPN") and verb.head.i < verb.i:
            return _in_paragraph(verb.head, a, b)
        if _verbless_root_subject(verb):
            return _in_paragraph(verb.head, a, b)
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
            # "Zakharova, whose statement said ..." is rare; "the envoy, speaking ..." is not
            continue
    # "Olsen, asked whether he would run, said ...": the parser makes the participle a clause
    # of "said" and gives it the subject
    for c in tok.children:
        if c.dep_ in ("ccomp", "advcl") and c.i < tok.i and _asked_participle(c):
            subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return _in_paragraph(subj, a, b)
    # "Judge Ana Ruiz, writing for the court, said ...": the parser gives the subject to the
    # participle set off before the cue
    if not any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        for c in tok.children:
            # (or a clause: 'Lee, probably casting his last vote, said ...', with an adverb
            # between the comma and the participle)
            deps = ("advcl", "ccomp") if enabled("participle_aside_subject") else ("advcl",)
            if c.dep_ in deps and c.i < tok.i and c.tag_ in ("VBG", "VBN"):
                subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and
                             g.i < c.i and g.pos_ in ("PROPN", "NOUN")), None)
                if subj is None:
                    continue
                before = c.i - 1
                while before > subj.i and tok.doc[before].pos_ == "ADV" and \
                        enabled("participle_aside_subject"):
                    before -= 1
                if tok.doc[before].text == "," and (c.dep_ == "advcl" or
                                                    tok.doc[tok.i - 1].text == ","):
                    return _in_paragraph(subj, a, b)
    over = _surname_over_participle(tok, chain)
    if over is not None:
        return _in_paragraph(over, a, b)
    issuer = _document_issuer(tok, a, b)
    if issuer is not None:
        return issuer
    stranded = _stranded_subject(tok) or _name_after_fronted_phrase(tok)
    if stranded is not None:
        return _in_paragraph(stranded, a, b)
    taken = _subject_taken_as_object(tok)
    if taken is not None:
        return _in_paragraph(taken, a, b)
    described = quote_indirect.participle_speaker(tok)
    if described is not None and _speaks(described):
        return _in_paragraph(described, a, b)
    return _inverted_speaker(tok) or quote_indirect.surname_read_as_adverb(tok) or \
        quote_indirect.surname_read_as_interjection(tok)


def _name_after_quotation(tok: Token, quote_ranges: list[tuple[int, int]]) -> Token | None:
    """'"... the last word," Barre-lun, who farms goats, told the paper.': a name right after
    the closing mark, set off by commas up to the cue, speaks, however the parser linked it
    (it hung the cue on the quoted verb and gave it the quoted subject)."""
    doc = tok.doc
    ends = [b for a, b in quote_ranges if b <= tok.idx]
    if not ends or tok.i == 0:
        return None
    end = max(ends)
    first = doc_index(doc).first_token_from(end)
    if first >= tok.i or doc[first].sent != tok.sent or doc[tok.i - 1].text != "," or \
            doc[first].pos_ != "PROPN" or not doc[first].text[:1].isupper():
        return None
    last = first
    while last + 1 < tok.i and (doc[last + 1].pos_ == "PROPN" or (
            doc[last + 1].text == "-" and last + 2 < tok.i and
            doc[last + 2].pos_ == "PROPN")):
        last += 1
    if doc[last + 1].text != ",":
        return None
    # between the name and the cue only a clause or phrase about the name
    between = doc[last + 2:tok.i - 1]
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("relcl", "acl", "aux", "auxpass")
           for t in between):
        return None
    head = max(doc[first:last + 1], key=lambda t: (t.head.i < first or t.head.i > last, t.i))
    return head


_NAME_PHRASE_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET"})


def _name_between_quotation_and_cue(tok: Token, quote_ranges: list[tuple[int, int]]
                                    ) -> tuple[int, Token] | None:
    """'"...," team general manager Ana Ruiz said.': a noun phrase filling all the room
    between a closing quotation mark and the cue speaks, however the parser linked it (it
    can hang the name on the last quoted word as an apposition and leave the cue without a
    subject). Only titles, names and a determiner may stand there: no verb, no comma.
    (the phrase's first token, its last word)"""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].pos_ not in ("PROPN", "NOUN"):
        return None
    ends = [b for _a, b in quote_ranges if b <= tok.idx]
    if not ends:
        return None
    end = max(ends)
    if not doc_text(doc)[max(end - 2, 0):end].rstrip().endswith(tuple("\"”'’")):
        return None
    first = doc_index(doc).first_token_from(end)
    if first >= tok.i or tok.i - first > 8 or doc[first].sent != tok.sent:
        return None
    between = doc[first:tok.i]
    # ('"...," Mercy's Table president Ana Ruiz said': an owner's possessive in the title)
    if any(t.pos_ not in _NAME_PHRASE_POS and not (t.is_punct and t.text in ".-") and
           not t.text.endswith(".") and not (
               t.tag_ == "POS" and first < t.i < tok.i - 2 and
               enabled("possessive_in_name_phrase")) for t in between):
        return None
    if not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in between) and \
            not _person_noun_token(doc[tok.i - 1]):
        return None
    return first, doc[tok.i - 1]


def _name_right_after_aside(tok: Token) -> Token | None:
    """'This system, says Ana Ruiz, an immunologist at ..., helps ...': a cue set off by a
    comma before it and followed by a name the parser made the subject of the main verb;
    the name speaks (its last word, else None)."""
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].text != "," or tok.i + 1 >= len(doc):
        return None
    last = tok.i
    if enabled("titled_name_after_cue"):
        # ('..., said chief clerk Ana Ruiz, ready to ...': lower-case title words first)
        while last + 1 < len(doc) and last - tok.i < 3 and doc[last + 1].pos_ in (
                "NOUN", "ADJ") and doc[last + 1].text[:1].islower() and \
                doc[last + 1].is_alpha:
            last += 1
        if last > tok.i and (last + 1 >= len(doc) or doc[last + 1].pos_ != "PROPN"):
            return None
    first_name = last
    while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN" and \
            doc[last + 1].text[:1].isupper() and last - first_name < 4:
        last += 1
    if last == first_name or last + 1 >= len(doc) or doc[last + 1].text not in (",", "."):
        return None
    return doc[last]


def _hyphen_piece(tok: Token) -> bool:
    """The first piece of a word the tokenizer split at a hyphen ("co" of "co-author")."""
    doc = tok.doc
    return not tok.whitespace_ and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and \
        not doc[tok.i + 1].whitespace_ and doc[tok.i + 2].is_alpha


def _subject_taken_as_object(tok: Token) -> Token | None:
    """'As we have noted, a study by the institute concluded that ...': the parser read the
    subject as the object of the fronted "as" clause and left the cue without one."""
    if tok.tag_ not in _FINITE_TAGS:
        return None
    for clause in tok.children:
        if clause.dep_ != "advcl" or clause.i > tok.i or not any(
                c.dep_ == "mark" and c.lower_ == "as" for c in clause.children):
            continue
        obj = next((c for c in clause.children if c.dep_ == "dobj" and c.i > clause.i and
                    c.pos_ in ("NOUN", "PROPN")), None)
        if obj is not None and any(t.text == "," for t in tok.doc[clause.i:obj.left_edge.i]):
            return obj
    return None


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _their_own(tok: Token) -> bool:
    """'her rep', 'his lawyer': a role someone has for the one a pronoun means."""
    from newsweave.extract.referents import role_classes

    return tok.pos_ == "NOUN" and tok.lemma_.lower() in role_classes() and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)


def _stranded_subject(tok: Token) -> Token | None:
    """'... arrested after employees of a dealership said he tried ...': the parser hung the
    noun phrase right before a finite cue on a preposition and left the cue without a
    subject; that phrase is the one speaking."""
    if tok.tag_ not in _FINITE_TAGS or tok.i == 0:
        return None
    end = tok.i - 1
    # ('... a clinic in Malibu, her rep, Tom Hale, told a website.': the comma after the
    # speaker's phrase, hung on the clause, ends it; only an appositive speaks then)
    comma = tok.i > 1 and tok.doc[end].text == "," and enabled("stranded_after_place")
    if comma:
        end -= 1
    best: Token | None = None
    cur: Token | None = tok.doc[end]
    while cur is not None and cur.i < tok.i and cur.right_edge.i == end:
        if cur.pos_ in ("NOUN", "PROPN") and cur.dep_ == "pobj" and not comma:
            best = cur
        if cur.dep_ == "appos" and cur.pos_ in ("NOUN", "PROPN") and cur.left_edge.i > 0 and \
                tok.doc[cur.left_edge.i - 1].text == "," and _speaks(cur) and \
                cur.head.dep_ == "pobj" and (cur.head.ent_type_ in _PLACE_ENTS or
                                             not _speaks(cur.head) or _their_own(cur)) and \
                enabled("stranded_after_place"):
            # '... on a freeway outside San Diego, the state police said.': the parser set
            # the speaker beside the place as its appositive; a place says nothing
            return cur
        cur = cur.head if cur.head.i != cur.i else None
    return best


def _name_after_fronted_phrase(tok: Token) -> Token | None:
    """Rule fronted_phrase_name: 'In a statement to a trade paper, Ruiz, 61, said he would
    retire', 'At a meeting with the governor, Lee, a Democrat, said ...': the parser hung the
    name set off after a phrase that opens the sentence on that phrase's last noun, as its
    apposition, and left the finite cue with no subject; a name that can speak, set off by a
    comma right after the phrase and running (with its own aside) up to the cue, is the one
    who speaks. Not a description ('..., the mayor, said' keeps its parse) and not when the
    cue has a subject ('In a letter to Ana Ruiz, the mayor, Lee said ...')."""
    if not enabled("fronted_phrase_name") or tok.tag_ not in _FINITE_TAGS or \
            any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        return None
    doc = tok.doc
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.i > tok.i or prep.left_edge.i != tok.sent.start or \
                prep.right_edge.i not in (tok.i - 1, tok.i - 2):
            continue
        for name in prep.subtree:
            if name.dep_ == "appos" and name.pos_ == "PROPN" and name.head.dep_ == "pobj" and \
                    name.head.i < name.left_edge.i and \
                    doc[name.left_edge.i - 1].text == "," and \
                    name.right_edge.i in (tok.i - 1, tok.i - 2) and _speaks(name):
                return name
    return None


def _negative_speaker(speaker: Token | None) -> bool:
    """Rule no_one_says_nothing: 'No one said the fire was set on purpose', 'told reporters
    that no one could conclude he was fit to serve', 'nobody confirmed that ...': a subject
    that is no one (quote_speakers.json negative_quantifiers: the word itself, its
    determiner, or "no" before "one") reports nothing; before, "one" was taken for one of a
    group named nearby."""
    from newsweave.extract.referents import speaker_lexicon

    if not enabled("no_one_says_nothing") or speaker is None:
        return False
    words = set(speaker_lexicon()["negative_quantifiers"])
    doc = speaker.doc
    return speaker.lower_ in words or any(
        c.dep_ == "det" and c.lower_ in words for c in speaker.children) or (
        speaker.lower_ in ("one", "body") and speaker.i > 0 and
        doc[speaker.i - 1].lower_ in words)


def _display_speaker(speaker: Token | None) -> bool:
    """Rule display_text_no_speaker: 'A sign outside the diner read "Build it already"',
    'placards that said "No war"': a common noun for a thing that displays words
    (quote_speakers.json display_nouns) is no speaker, and the words it shows are no one's
    quote (who wrote them is not told)."""
    from newsweave.extract.referents import speaker_lexicon

    return enabled("display_text_no_speaker") and speaker is not None and \
        speaker.pos_ == "NOUN" and \
        speaker.lemma_.lower() in speaker_lexicon()["display_nouns"]


def _subject_before_unjoined_conjunct(tok: Token) -> Token | None:
    """Rule unjoined_conjunct_subject: '..., a ruling the county's chief clerk said she would
    fight': the parser read the noun phrase before the cue as an appositive and joined the
    cue to the sentence's first verb with no 'and' between; the phrase right before the cue,
    a noun that can speak, is its subject (not the first verb's)."""
    if not enabled("unjoined_conjunct_subject") or tok.dep_ != "conj" or \
            tok.tag_ not in _FINITE_TAGS or tok.i == 0 or \
            any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        return None
    if any(c.dep_ in ("cc", "preconj") and tok.head.i < c.i < tok.i
           for c in tok.head.children) or any(c.dep_ == "cc" for c in tok.children):
        return None
    noun = tok.doc[tok.i - 1]
    while noun.dep_ in ("compound", "amod", "poss") and noun.head.i < tok.i and \
            noun.head.i > noun.i:
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.right_edge.i != tok.i - 1 or \
            noun.dep_ not in ("appos", "dobj", "pobj", "npadvmod", "attr") or \
            not _speaks(noun):
        return None
    return noun


def _verbless_root_subject(verb: Token) -> bool:
    """Rule object_complement_read_as_root: 'The statement called Ruiz's demands "reckless."'
    parsed with the quoted complement as the sentence's root, its subject the noun before
    the verb, and the verb a participle on that noun: the sentence has no verb but this one,
    whose subject that noun is (the verb has an object of its own before the complement)."""
    head = verb.head
    root = head.head
    return enabled("object_complement_read_as_root") and verb.dep_ == "acl" and \
        head.i < verb.i and head.pos_ in ("NOUN", "PROPN") and \
        head.dep_ in ("nsubj", "nsubjpass") and root.dep_ == "ROOT" and \
        root.pos_ in ("ADJ", "NOUN") and root.i > verb.i and \
        any(c.dep_ in ("dobj", "oprd") and c.i < root.i for c in verb.children) and \
        not any(t.pos_ in ("VERB", "AUX") for t in root.sent if t.i > verb.i)


def _subject_of_extraposed_relative(who: Token, relcl: Token) -> Token | None:
    """Rule extraposed_relative_subject: 'a witness had come forward who claimed to have seen
    it': a "who" clause set after its noun's verb, which the parser hung on that verb; the
    one it is on is that verb's subject, a noun for someone before it."""
    head = relcl.head
    if not enabled("extraposed_relative_subject") or who.lower_ != "who" or \
            head.pos_ not in ("VERB", "AUX") or head.i > relcl.i:
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and
                 c.pos_ in ("NOUN", "PROPN") and c.i < head.i), None)
    return subj if subj is not None and _speaks(subj) else None


_NOT_WHO_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "GPE", "LOC"})


def _person_before_set_off_who(who: Token, relcl: Token) -> Token | None:
    """Rule who_after_apposition: 'Ana Ruiz, a lawyer expected to run for mayor in 2021, who
    has said ...': a "who" clause set off by a comma that the parser hung on the last word of
    an apposition (a bare office, a date, a place) is on the named person that apposition
    describes."""
    head = relcl.head
    if not enabled("who_after_apposition") or who.lower_ != "who" or who.i == 0 or \
            who.doc[who.i - 1].text != "," or head.i >= who.i:
        return None
    bare_office = head.pos_ == "NOUN" and head.tag_ == "NN" and head.dep_ == "pobj" and \
        not any(c.dep_ in ("det", "poss") for c in head.children)
    if not (bare_office or head.ent_type_ in _NOT_WHO_ENTS or head.pos_ == "NUM"):
        return None
    for above in head.ancestors:
        if above.dep_ == "appos" and above.head.pos_ == "PROPN":
            return above.head
        if above.dep_ == "ROOT" or above.pos_ == "PROPN":
            return None
    return None


def _asked_participle(tok: Token) -> bool:
    """'asked whether ...', 'when asked about ...', 'Olsen, asked if ...': the one asked
    answers; the participle itself is no statement of anyone named."""
    if tok.lemma_.lower() != "ask" or any(c.dep_ == "aux" for c in tok.children):
        return False
    if tok.tag_ == "VBN":
        return True
    # "Olsen, asked whether ..., said": a parenthetical the parser read as a finite clause
    return tok.i > 0 and tok.doc[tok.i - 1].text == "," and tok.head.i > tok.i and \
        tok.dep_ in ("ccomp", "advcl", "acl", "appos")


def _issued_by(speaker: Token | None) -> Token | None:
    """Rule issued_by_agent, after 'according to': 'according to an estimate released
    Monday by the budget office' is the office's (as 'according to the office's estimate'
    is); a document noun (quote_speakers.json document_nouns) is left to the speaker
    resolver, which keeps the document as the description."""
    from newsweave.extract.referents import issuing_agent, speaker_lexicon

    if speaker is None or speaker.pos_ != "NOUN" or \
            speaker.lemma_.lower() in speaker_lexicon()["document_nouns"]:
        return None
    return next((a for c in speaker.children if (a := issuing_agent(c)) is not None), None)


def _named_asker(tok: Token) -> tuple[Token, Token] | None:
    """Rule asked_by_named_asker: 'Asked by a voter whether he would run, Lee said ...': the
    one who put the question is named, and the question ('he would run') is his report
    of what he asked, as 'the voter asked whether he would run' would be. The head of the
    asker's phrase and the question's verb, when the participle has a 'by' agent that is no
    pronoun and a question clause (opened by whether, if or a wh-word); else None (a bare
    'Asked whether ...' names no asker: the one asked answers, and the question is no one's
    report)."""
    if not enabled("asked_by_named_asker"):
        return None
    agent = next((c for c in tok.children if c.dep_ == "agent" and c.lower_ == "by"), None)
    asker = next((g for g in agent.children if g.dep_ == "pobj"), None) \
        if agent is not None else None
    if asker is None or asker.pos_ not in ("NOUN", "PROPN"):
        return None
    question = next((c for c in tok.children if c.dep_ in ("ccomp", "advcl") and c.i > asker.i
                     and (any(m.dep_ == "mark" and m.lower_ in ("whether", "if")
                              for m in c.children) or
                          c.left_edge.tag_ in ("WDT", "WP", "WRB"))), None)
    return (asker, question) if question is not None else None


def _issued_document(tok: Token) -> Token | None:
    """'issued a statement saying ...': the document noun the participle describes."""
    from newsweave.extract.referents import speaker_lexicon

    noun = tok.head
    if tok.dep_ != "acl" or noun.lemma_.lower() not in speaker_lexicon()["document_nouns"]:
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB" or \
            verb.lemma_.lower() not in reporting_lexicon()["issue_verbs"]:
        return None
    return noun


def _document_issuer(tok: Token, a: int, b: int) -> Token | None:
    """The subject of the verb that issued the document ('The ministry issued a statement
    saying ...' -> ministry)."""
    noun = _issued_document(tok)
    if noun is None:
        return None
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj"):
            return _in_paragraph(child, a, b)
    return None


def _in_paragraph(head: Token, a: int, b: int) -> Token | None:
    """`head`, or the head-most token of its phrase that lies in the paragraph [a, b)."""
    if a <= head.idx < b:
        return head
    inside = [t for t in head.subtree if a <= t.idx < b and not t.is_punct and
              not t.is_space]
    if not inside:
        return None
    return min(inside, key=lambda t: (len(list(t.ancestors)), -t.i))


def _inverted_speaker(tok: Token) -> Token | None:
    """'..., said another witness, X.': the parser makes the speaker after the verb an object.

    Only for a cue that follows a comma or a closing quotation mark and has no clause after it.
    """
    if tok.i == 0 or tok.dep_ not in ("ROOT", "parataxis", "conj", "ccomp"):
        return None
    prev = tok.doc[tok.i - 1]
    if prev.text not in (",", "\"", "”", "’", "'"):
        return None
    for c in tok.children:
        if c.dep_ in ("ccomp", "xcomp") and c.i > tok.i:
            return _participle_title(c)
    for child in tok.children:
        if child.i > tok.i and child.dep_ in ("dobj", "attr", "npadvmod", "oprd") and \
                child.pos_ in ("NOUN", "PROPN") and not _said_thing(child):
            return child
    return None


def _said_thing(obj: Token) -> bool:
    """Rule inverted_object_is_said: 'He listened, said a few words in Dutch and hung up':
    the object after the cue is what was said, not an inverted speaker ('..., said a
    witness'): a common noun for no one who can speak (no person, organization or
    document; see _speaks), after a cue that goes on with a verb of its own joined after
    the noun ('and hung up'), however the parser linked the noun (object or subject)."""
    if not enabled("inverted_object_is_said") or obj.pos_ != "NOUN" or _speaks(obj) or \
            obj.i < obj.head.i:
        return False
    return any(c.dep_ == "conj" and c.pos_ == "VERB" and c.i > obj.i
               for c in obj.head.children)


def _told_thing_object(tok: Token) -> bool:
    """Rule told_thing_no_audience: 'the exit polls told a story that the party had feared':
    the object of a verb of telling is a thing told (reporting_verbs.json told_thing_nouns:
    a story, a joke, a lie), so a "that" after it opens a relative clause on that thing, not
    what was told to an audience ('told reporters at the briefing that ...', 'told a news
    conference that ...' are)."""
    if not enabled("told_thing_no_audience"):
        return False
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "dative") and c.i > tok.i), None)
    return obj is not None and obj.lemma_.lower() in reporting_lexicon()["told_thing_nouns"]


def _hypothetical_for_to(tok: Token) -> bool:
    """Rule hypothetical_for_to_cue: 'the emails would make it hard for the city's lawyers to
    argue that the deal was fair', 'it is easy for critics to say that ...': a cue that is
    the to-infinitive of a 'for X to V' phrase on an adjective of ease or difficulty
    (reporting_verbs.json hypothetical_adjectives) tells what X could or could not say, not
    what anyone said."""
    if not enabled("hypothetical_for_to_cue") or not to_infinitive(tok) or \
            not any(c.dep_ == "mark" and c.lower_ == "for" and c.i < tok.i
                    for c in tok.children):
        return False
    head = tok.head
    adjective = head if head.pos_ == "ADJ" else next(
        (c for c in head.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
    return adjective is not None and \
        adjective.lemma_.lower() in reporting_lexicon()["hypothetical_adjectives"]


def _absolute_participle(tok: Token) -> set[int]:
    """Rule absolute_phrase_not_said: '"I am sorry," Dunn said, his voice breaking': a noun
    phrase with a present participle and no verb with tense, after the cue and set off by a
    comma ('his voice breaking', 'his hands shaking'), tells how it was said, not what: its
    words (returned) are no part of the reported clause. The parser hangs it on the cue, or
    hangs the cue on it (the cue its parataxis)."""
    if not enabled("absolute_phrase_not_said"):
        return set()
    doc = tok.doc
    own = {t.i for t in tok.subtree}
    heads = [c for c in tok.children if c.dep_ in ("ccomp", "advcl")]
    if tok.dep_ == "parataxis":
        heads.append(tok.head)
    for root in heads:
        phrase = [t for t in root.subtree if t.i > tok.i and (t.i not in own or root in
                                                             tok.children)]
        if root.tag_ != "VBG" or root.i < tok.i or not phrase or \
                phrase[0].i == 0 or doc[phrase[0].i - 1].text != "," or \
                any(c.dep_ in ("aux", "auxpass", "mark", "dobj", "ccomp") and c.i > tok.i
                    for c in root.children):
            continue
        holder = [c for c in root.children if tok.i < c.i < root.i and
                  c.dep_ in ("nsubj", "compound", "poss") and c.pos_ in ("NOUN", "PRON")]
        if holder and not any(t.tag_ in _FINITE_TAGS for t in phrase):
            return {t.i for t in phrase}
    return set()


def _colon_between(clause: Token, cue: Token) -> bool:
    """'It will not help its image, either: the company has confirmed that ...': a clause
    ended by a colon or semicolon before the cue is the writer's, not what was confirmed."""
    return any(t.text in (":", ";") for t in cue.doc[clause.right_edge.i:cue.i])


def _names_someone(tok: Token, noun_lists: tuple[str, ...]) -> bool:
    """A name, a pronoun, a role word, or a lemma in one of the speaker lexicon's `noun_lists`:
    the one test behind 'someone' and 'a subject that can speak'."""
    from newsweave.extract.referents import role_classes, speaker_lexicon

    if tok.pos_ in ("PRON", "PROPN") or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    lex = speaker_lexicon()
    lemma = tok.lemma_.lower()
    return lemma in role_classes() or any(lemma in lex[name] for name in noun_lists)


def _name_set_off(doc: Doc, i: int) -> tuple[Token, int] | None:
    """A person's name between commas at token i (", Ana Ruiz,"): its last token and the
    index after the closing comma, else None."""
    def name_word(t: Token) -> bool:  # (the tagger misses many a name there)
        return t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.text[:1].isupper() and
                                           t.ent_type_ in ("", "PERSON"))

    if i + 2 >= len(doc) or doc[i].text != "," or not name_word(doc[i + 1]):
        return None
    j = i + 1
    while j + 1 < len(doc) and j - i < 4 and name_word(doc[j + 1]):
        j += 1
    if j == i + 1 and doc[j].ent_type_ != "PERSON":
        return None  # one capitalized word alone may be anything
    if j + 1 >= len(doc) or doc[j + 1].text != ",":
        return None
    return doc[j], j + 2


def _document_nouns() -> set[str]:
    from newsweave.extract.referents import speaker_lexicon

    return set(speaker_lexicon()["document_nouns"])


def _speaks_for_itself(noun: Token) -> bool:
    """A possessed noun after "according to" that is the source itself, not its possessor's
    words: a person ("his aunt", "her lawyer, Ana Ruiz") or a thing kept by someone named
    in front of it ("his police record", "her medical file")."""
    from newsweave.extract.referents import _person_noun

    if _person_noun(noun.lemma_.lower()) or any(c.dep_ == "appos" for c in noun.children):
        return True
    if enabled("owned_org_speaks") and _org_noun(noun):
        return True  # 'according to his employer', 'according to her union': it speaks
    return any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") for c in noun.children)


def _org_noun(noun: Token) -> bool:
    from newsweave.extract.referents import speaker_lexicon

    lex = speaker_lexicon()
    lemma = noun.lemma_.lower()
    return lemma in lex["organization_nouns"] or lemma in lex["generic_org_nouns"]


def _person_noun_token(noun: Token) -> bool:
    from newsweave.extract.referents import _person_noun

    return _person_noun(noun.lemma_.lower())


def _owned_document(noun: Token) -> bool:
    """'according to its latest annual report', 'the state's spending website': a document
    speaks (the resolver names its owner and keeps the document as the description), not
    a judgement of the possessor's ('his reading', 'its estimate')."""
    from newsweave.extract.referents import speaker_lexicon

    lemma = noun.lemma_.lower()
    return lemma in _document_nouns() and lemma not in speaker_lexicon()["organization_nouns"]


def _before_date_of_relative(tok: Token, speaker: Token) -> Token | None:
    """The speaker a relative cue ('..., which said') takes up when the parser hung the
    relative on a date or number just before it: the nearest document, person or group to
    the left of the date (a document before its 'by' phrase: 'a report by officials')."""
    if speaker.ent_type_ not in ("DATE", "TIME", "CARDINAL") or tok.dep_ != "relcl" or \
            not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP")
                    for c in tok.children):
        return None
    for t in reversed(tok.doc[tok.sent.start:speaker.left_edge.i]):
        if t.pos_ not in ("NOUN", "PROPN") or t.dep_ in ("compound", "poss"):
            continue
        if t.lemma_.lower() in _document_nouns():
            return t
        if _someone(t):
            prep = t.head if t.dep_ == "pobj" else None
            if prep is not None and prep.lower_ in ("by", "from", "of") and \
                    prep.head.lemma_.lower() in _document_nouns():
                return prep.head
            return t
        return None  # (a thing nearer the date: no speaker to take up)
    return None


def _object_holding_clause(tok: Token) -> tuple[list[Token], Token | None]:
    """'said other councils that had made the change had seen rates rise': the parser took
    the clause's subject for the verb's object and its verb for a clause inside the
    subject's relative; the object's phrase is what was said."""
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i and
                c.pos_ in ("NOUN", "PROPN")), None)
    if obj is None:
        return [], None
    for rel in obj.children:
        if rel.dep_ != "relcl":
            continue
        inner = next((c for c in rel.children if c.dep_ == "ccomp" and c.i > rel.i and
                      any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) and
                      c.tag_ in ("VBD", "VBZ", "VBP", "VBN", "MD")), None)
        if inner is not None:
            return _strip([t for t in tok.sent if t.i in _subtree_ids(obj)]), inner
    return [], None


def _finding_clause(tok: Token, root: Token | None, speaker: Token | None) -> bool:
    """What a finding verb reports though the parser gave it no finite verb: a clause opened
    by "that" ('found that 3.1 percent of children ... caught the flu', "percent" taken for
    its head), or a document's finding with a participle ('the poll showed Ellis leading')."""
    if root is None or root.dep_ != "ccomp" or root.head.i != tok.i or root.i < tok.i:
        return False
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in root.children):
        # (a verb of its own somewhere: not 'found that "a little rich"')
        return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in root.subtree)
    return root.tag_ == "VBG" and _finding_subject(speaker) and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)


def _relative_read_as_clause(root: Token) -> bool:
    """A clause the parser hung on the cue whose subject is a relative pronoun right after a
    noun ('in a brief remark that few will recall, she told ...'): a relative clause on that
    noun, not a clause reported ('That will never happen, he said' keeps its clause: no noun
    before its "That")."""
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ not in ("that", "which", "who") or subj.i == 0:
        return False
    before = subj.doc[subj.i - 1]
    return before.pos_ in ("NOUN", "PROPN") or (before.dep_ == "pobj" and before.pos_ != "PRON")


def _generic_hypothetical(tok: Token, speaker: Token | None) -> bool:
    """A cue under a modal of possibility whose speaker is anyone of a kind ("a lawyer might
    suggest", "critics could argue", "any parent may tell you"): what such a one would say,
    not a report of what someone said."""
    if speaker is None or speaker.pos_ != "NOUN" or speaker.ent_type_:
        return False
    verb = tok.head if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") else tok
    if not any(c.dep_ == "aux" and c.lower_ in reporting_lexicon()["possibility_modals"]
               for c in (*tok.children, *verb.children)):
        return False
    dets = [c.lower_ for c in speaker.children if c.dep_ == "det"]
    if speaker.tag_ == "NNS":
        return not dets or dets[0] in ("any", "some")
    return bool(dets) and dets[0] in ("a", "an", "any")


def _shown_to_come(tok: Token) -> bool:
    """'the record will show that ...', 'let the record show ...': a finding to come or wished
    for, not one made."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might",
                                                "should", "'ll")
               for c in tok.children) or tok.head.lemma_.lower() == "let"


def _finding_subject(speaker: Token | None) -> bool:
    """A document, figures or findings ('the report', 'government data', 'figures from the
    agency'): what a finding verb (found, show) reports with it as subject."""
    if speaker is None or speaker.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = speaker.lemma_.lower()
    return lemma in _document_nouns() or lemma in reporting_lexicon()["finding_nouns"] or \
        speaker.lower_ in reporting_lexicon()["finding_nouns"]


def _fronted_finding(tok: Token, speaker: Token | None, content: list[Token]) -> bool:
    """'Teenagers who sleep less score lower, a study of 9,000 pupils has found.': the clause
    before the comma is what a document found, though the parser took its first noun for the
    verb's subject (no finite clause of the cue's own)."""
    if not content or speaker is None or not _finding_subject(speaker) or \
            not speaker.i < tok.i or content[-1].i >= speaker.left_edge.i:
        return False
    comma = speaker.left_edge.i - 1
    return comma > 0 and tok.doc[comma].text == "," and content[0].i == tok.sent.start and \
        content[-1].i < comma and any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in content) \
        and sum(t.is_alpha for t in content) >= 4


def _someone(tok: Token) -> bool:
    """A person, group or organization: a name, a pronoun, or a noun for people."""
    return _names_someone(tok, ("people_nouns", "organization_nouns", "generic_org_nouns",
                                "generic_person_nouns"))


def _participle_title(clause: Token) -> Token | None:
    """'..., said the company's recently named chair Ana Ruiz in an email': the parser read
    the participle before the title as a clause after the cue; its object is the speaker."""
    if clause.tag_ != "VBN" or any(g.dep_ in ("aux", "auxpass") for g in clause.children):
        return None
    return next((g for g in clause.children if g.dep_ == "dobj" and g.pos_ == "PROPN" and (
        g.ent_type_ == "PERSON" or any(t.dep_ == "compound" and t.pos_ == "NOUN"
                                       for t in g.children))), None)


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for gc in child.children:
                if gc.dep_ == "pobj":
                    return gc
    return None


def _subtree_ids(tok: Token) -> set[int]:
    return {t.i for t in tok.subtree}


def _content(tok: Token, lemma: str, fragment_only: bool) -> tuple[list[Token], Token | None]:
    """The reported clause of a reporting verb (tokens in order) and its root."""
    lex = reporting_lexicon()
    sent = tok.sent
    roots: list[Token] = []
    if fragment_only or lemma in lex["object_content"]:
        roots = [c for c in tok.children if c.i > tok.i and c.dep_ in
                 ("dobj", "oprd", "xcomp", "ccomp", "attr", "npadvmod", "dative")]
        if lemma in lex["object_content"] and roots:
            roots += [c for c in tok.children if c.i > tok.i and c.dep_ == "prep"]
        elif roots:  # 'described her daughter as "brave"', 'introduced him as "someone ..."'
            roots += [c for c in tok.children if c.i > tok.i and c.dep_ == "prep" and
                      c.lower_ == "as"]
        if not roots and lemma in lex["about_content"]:
            # 'talked of Sudan's "pending invasion" of its neighbor': what was spoken of
            roots = [g for c in tok.children if c.i > tok.i and c.dep_ == "prep" and
                     c.lower_ in ("of", "about") for g in c.children if g.dep_ == "pobj"]
    else:
        # a clause before the cue that reports with its own verb, subject and clause ("X
        # argued that ..., and the ministry says ...") is that verb's, whatever the parser
        # says; "A man pleaded guilty ..., prosecutors said" is not
        roots = [c for c in tok.children if c.dep_ == "ccomp" and not (
            c.i < tok.i and _lemma_of(c) is not None and
            any(g.dep_ in SUBJECT_DEPS for g in c.children) and
            any(g.dep_ == "ccomp" for g in c.children)) and not _asked_participle(c) and
            not (c.i > tok.i and _participle_title(c) is not None) and
            not (c.i < tok.i and _colon_between(c, tok))]
        if lemma in lex["clause_object"] and any(
                c.dep_ == "dobj" and c.i > tok.i and any(
                    g.dep_ in ("acl", "ccomp", "relcl") and _that_clause(g) for g in c.children)
                for c in tok.children):
            # 'X is active in Y - it denies claims that it works for Z': the claims denied
            # follow the verb; the clause before the dash is the writer's
            roots = [c for c in roots if c.i > tok.i]
        if len(roots) == 1:
            roots = _subject_in_relative(tok, roots[0]) or roots
        if not roots:
            # 'told a radio host that Dovic really had the knife': the parser made the clause,
            # that-mark and subject included, an open complement
            roots = [c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i and
                     any(g.dep_ in SUBJECT_DEPS for g in c.subtree) and
                     c.left_edge.lower_ == "that"]
        if not roots:
            roots = _misattached_clause(tok)
        if not roots:
            roots = _clause_under_participle_phrase(tok)
        if not roots:
            roots = _clause_after_time_word(tok)
        if not roots:
            roots = quote_indirect.gerund_subject_clause(tok)
        if not roots:
            roots = quote_indirect.clause_on_nested_object(tok)
        if not roots and lemma not in lex["addressee_object"]:
            roots = _clause_as_object(tok, lemma)
        if not roots and lemma in _CLAUSE_ONLY:
            roots = quote_indirect.clause_hidden_in_object(tok)
        if not roots and lemma in lex["clause_object"]:
            for c in tok.children:
                gerund = c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG"
                # "denied reports that ...": the object noun carries the clause
                noun_clause = c.dep_ == "dobj" and any(
                    g.dep_ in ("acl", "ccomp", "relcl") and _that_clause(g) for g in c.children)
                if gerund or noun_clause:
                    roots.append(c)
    if roots:
        ids: set[int] = set()
        for r in roots:
            ids |= _subtree_ids(r)
            for c in r.children:  # (not a cue joined to it that goes on with this speaker)
                joined = _cue_joined_to_report(c)
                if joined is not None and joined.i == tok.i:
                    ids -= _subtree_ids(c)
                    ids -= {g.i for g in r.children if g.dep_ == "cc" and g.i < c.i and
                            g.i > r.i}
        ids |= quote_indirect.clause_coordinated_before(tok, roots, _is_cue)
        ids |= _subject_read_as_object(tok, roots)
        ids |= _backshifted_conjunct(tok, ids)
        ids -= quote_indirect.participle_reports_inside(roots[0], _is_cue)
        ids -= _contrasted_report(roots[0])
        ids -= _time_word_marks(roots[0])
        toks = [t for t in sent if t.i in ids]
        if toks and not any(t.i > toks[-1].i and not (t.is_punct or t.is_space) for t in sent):
            toks += _rest_of_broken_sentence(sent)
        if toks and toks[0].i < tok.i and not any(
                t.i < toks[0].i and not (t.is_punct or t.is_space) for t in sent):
            toks = _start_of_broken_sentence(sent) + toks
        return _strip(_without_leading_date(toks, tok, roots[0])), roots[0]
    if tok.dep_ == "parataxis" and tok.head.pos_ in ("VERB", "AUX") and not fragment_only:
        head = tok.head
        before = _quoted_clause_before(tok)
        if before:  # 'But doing this "may slow it", he said, so staff should ...'
            return _strip(before), head if head.i < tok.i else before[-1]
        own = _subtree_ids(tok)
        toks = [t for t in head.subtree if t.i not in own and sent.start <= t.i < sent.end]
        return _strip(toks), head
    if tok.dep_ == "advcl" and tok.i < tok.head.i and tok.head.pos_ in ("VERB", "AUX") and \
            not fragment_only and any(c.dep_ == "mark" and c.lower_ == "as" and c.i < tok.i
                                      for c in tok.children):
        # 'As Dr. Jane Roe noted at the time, the risk was moderate': the main clause
        # (all of it after the comma that closes the as-clause: 'as Lee notes, being able
        # to smell smoke gives ...', where the parser hung the subject on the cue)
        head = tok.head
        comma = next((t.i for t in sent if t.i > tok.i and t.text == ","), sent.end)
        own = {i for i in _subtree_ids(tok) if i < comma}
        toks = [t for t in head.subtree if t.i not in own and t.i > tok.i and
                sent.start <= t.i < sent.end]
        return _strip(toks), head
    if not fragment_only:
        return _clause_read_without_verb(tok)
    return [], None


# links a verb misread as a modifier hangs by ('could last years': "last" an amod of "years")
_NOT_CLAUSE_DEPS = frozenset({"amod", "compound", "npadvmod", "dobj", "attr", "appos", "nmod"})


def _clause_read_without_verb(tok: Token) -> tuple[list[Token], Token | None]:
    """Rule clause_read_without_verb: 'Experts say the drought could last years': the tagger
    read the reported clause's verb as an adjective ("last") or the parser hung it on a noun
    as a modifier, so no clause was made of it. A subject opening the words right after the
    cue (or after its "that"), hung on such a word that takes a modal or auxiliary after that
    subject, opens what was said, to the end of the sentence."""
    if not enabled("clause_read_without_verb"):
        return [], None
    doc, sent = tok.doc, tok.sent
    start = tok.i + 1
    if start < sent.end and doc[start].lower_ == "that":
        start += 1
    subj = next((t for t in doc[start:sent.end] if t.dep_ in ("nsubj", "nsubjpass") and
                 t.left_edge.i == start), None)
    if subj is None or subj.head.i < subj.i or (
            subj.head.pos_ in ("VERB", "AUX") and subj.head.dep_ not in _NOT_CLAUSE_DEPS):
        return [], None
    head = subj.head
    if not any(c.dep_ in ("aux", "auxpass") and subj.i < c.i < head.i for c in head.children):
        return [], None
    return _strip(list(doc[start:sent.end])), head


_SENTENCE_ENDS = frozenset(".!?;:\"”’'…)-—–")


_BACKSHIFT_MODALS = frozenset({"would", "could", "might", "should"})


def _subject_read_as_object(tok: Token, roots: list[Token]) -> set[int]:
    """Rule object_is_clause_subject: 'Lee added the Hawks allowed too many "easy" baskets',
    'the board advises all residents over 70 get a second dose': the parser made the
    reported clause's subject the cue's object and its finite verb, left with no subject, a
    clause of the cue; the object, and what the parser hung on the cue between it and that
    verb, are part of what was said (before, the quote began at the verb). Not after a verb
    whose object is who was told ('told reporters ...') or who is quoted ('quoted ...')."""
    lex = reporting_lexicon()
    if not enabled("object_is_clause_subject") or len(roots) != 1 or \
            tok.lemma_.lower() in lex["addressee_object"] or \
            tok.lemma_.lower() in lex["passive_speaker"]:
        return set()  # (nor 'quoted an email from an aide who wrote ...': who is quoted)
    root = roots[0]
    if root.dep_ != "ccomp" or root.head.i != tok.i or root.i < tok.i or \
            any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("mark", "expl") for c in root.children) or \
            not (root.tag_ in _FINITE_TAGS or any(c.dep_ == "aux" and c.tag_ == "MD"
                                                  for c in root.children)):
        return set()
    obj = next((c for c in tok.children if c.dep_ == "dobj" and tok.i < c.i < root.i and
                c.pos_ in ("NOUN", "PROPN")), None)
    if obj is None or obj.left_edge.i != tok.i + 1:
        return set()
    return set(range(obj.left_edge.i, root.left_edge.i))


def _backshifted_conjunct(tok: Token, ids: set[int]) -> set[int]:
    """'said he disagreed with the findings but would not seek re-election': the parser joined
    a second predicate with no subject of its own to the cue, but its modal is told in the
    reported past ("would", "could"), so it goes on with the reported clause right before
    it: the words reported take it in (token ids, with its "but"/"and"; rule
    backshifted_conjunct_reported). Not a cue itself ('but would not comment further')."""
    if not ids or not enabled("backshifted_conjunct_reported"):
        return set()
    end = max(ids)
    for verb in tok.children:
        if verb.dep_ != "conj" or verb.i <= end or verb.pos_ not in ("VERB", "AUX") or \
                _is_cue(verb) or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            continue
        modal = verb.left_edge
        cc = verb.doc[modal.i - 1]
        if modal.lower_ not in _BACKSHIFT_MODALS or modal.head.i != verb.i or \
                cc.dep_ != "cc" or cc.lower_ not in ("but", "and") or cc.i != end + 1:
            continue
        return {cc.i} | {t.i for t in verb.subtree if t.i < verb.sent.end and
                         not (t.is_punct and t.i == verb.right_edge.i)}
    return set()


def _contrasted_report(root: Token) -> set[int]:
    """'said the plan would fail, while her rival argued that it would save money': a
    clause set against the reported one ("while", "whereas") that reports someone else's
    words is their statement, not part of the first (token ids, with the comma before it)."""
    ids: set[int] = set()
    for clause in root.children:
        if clause.dep_ not in ("advcl", "conj") or clause.i < root.i or not _is_cue(clause) or \
                not any(c.dep_ in SUBJECT_DEPS for c in clause.children) or \
                not any(c.dep_ == "mark" and c.lower_ in ("while", "whereas")
                        for c in clause.children):
            continue
        ids |= {t.i for t in clause.subtree}
        left = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
        if left is not None and left.text == ",":
            ids.add(left.i)
    return ids


def _quoted_clause_before(tok: Token) -> list[Token]:
    """'But doing this "may slow the system", he said, so staff should add ...': a cue
    (with its subject) set off by a comma right after a closing quotation mark reports the
    words of its sentence before that comma, the quotation among them, not the clause the
    parser hung it on after it. Empty when the cue does not follow a quotation so."""
    sent = tok.sent
    doc = tok.doc
    first = min([tok.i, *(c.left_edge.i for c in tok.children
                          if c.dep_ in SUBJECT_DEPS and c.i < tok.i)])
    if first - 2 < sent.start or doc[first - 1].text != "," or \
            doc[first - 2].text not in ("\"", "”", "’", "'"):
        return []
    toks = [t for t in doc[sent.start:first - 1] if not (t.dep_ == "cc" and t.i == sent.start)]
    return toks if sum(t.is_alpha for t in toks) >= 3 else []


def _without_leading_date(toks: list[Token], cue: Token, root: Token) -> list[Token]:
    """'said Tuesday the bridge would reopen', 'said on Monday it would cut jobs': the day
    right after the cue dates the saying, not the reported clause (the parser often hangs it
    on the clause); the words before the clause's subject, when they are only that."""
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if not toks or subject is None or toks[0].i != cue.i + 1 or subject.i < toks[0].i:
        return toks
    lead = [t for t in toks if t.i < subject.left_edge.i]
    if not lead or not all(t.ent_type_ in ("DATE", "TIME") or (
            t.pos_ == "ADP" and t.lower_ in ("on", "at", "in")) or t.lower_ in ("late", "early")
            for t in lead) or not any(t.ent_type_ in ("DATE", "TIME") for t in lead):
        return toks
    return [t for t in toks if t.i >= subject.left_edge.i]


def _rest_of_broken_sentence(sent: Span) -> list[Token]:
    """'he downloaded old Doctor | Who scripts from the internet': the parser ended a
    sentence where nothing ends it (no closing punctuation, no line break, the next word
    neither capitalized after a full stop nor opening a quotation); the words up to the
    next real sentence end belong to the clause the first part opened."""
    doc = sent.doc
    out: list[Token] = []
    while sent.end < len(doc):
        last = sent[-1]
        if last.text[-1:] in _SENTENCE_ENDS or last.whitespace_.count("\n") or \
                last.is_space or doc[sent.end].text[:1] in "\"“‘'(" or doc[sent.end].is_space:
            break
        sent = doc[sent.end].sent
        out += [t for t in sent]
    return out


def _start_of_broken_sentence(sent: Span) -> list[Token]:
    """'The quake struck off | the coast of Aceh, the agency said.': the words of a
    sentence the parser ended before them where nothing ends it (see
    _rest_of_broken_sentence), for a clause reported by a cue after them."""
    doc = sent.doc
    out: list[Token] = []
    while sent.start > 0:
        before = doc[sent.start - 1]
        if before.text[-1:] in _SENTENCE_ENDS or before.whitespace_.count("\n") or \
                before.is_space or sent[0].text[:1] in "\"“‘'(" or sent[0].is_space:
            break
        sent = before.sent
        out = list(sent) + out
    return out


def _np_object(tok: Token, lemma: str) -> tuple[list[Token], Token | None]:
    """'denied any connection to the attack', 'claimed responsibility for the bombing': the
    object noun phrase is what was denied or claimed (only nouns the lexicon lists for the
    verb, so 'denied bail' and 'claimed three lives' are no statements)."""
    nouns = reporting_lexicon()["np_object"].get(lemma)
    if not nouns or any(c.dep_ == "dative" for c in tok.children):
        return [], None
    for c in tok.children:
        if c.dep_ != "dobj" or c.i < tok.i or c.pos_ not in ("NOUN", "PROPN"):
            continue
        if "*" in nouns or c.lemma_.lower() in nouns or c.lower_ in nouns:
            toks = [t for t in tok.sent if t.i in _subtree_ids(c)]
            return _strip(toks), c
    return [], None


def _directive(tok: Token, lemma: str) -> tuple[list[Token], Token | None]:
    """'asked the council to convene a session', 'urged lawmakers to reject the bill',
    'called on the board to resign': the addressee and the infinitive are the request."""
    if lemma not in reporting_lexicon()["directive_infinitive"]:
        return [], None
    infinitive = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.i > tok.i
                       and to_infinitive(c)),
                      None)
    addressee = None
    if infinitive is None and enabled("addressee_preposition"):
        infinitive, addressee = _infinitive_after_addressee(tok)
    if infinitive is None and enabled("addressee_holds_infinitive"):
        held = _infinitive_held_by_addressee(tok)
        if held is not None:
            return held
    if infinitive is None:
        return [], None
    addressee = addressee or next((c for c in tok.children if c.dep_ in ("dobj", "dative") and
                                   tok.i < c.i < infinitive.i), None)
    if addressee is None:
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("on", "upon") and \
                    tok.i < prep.i < infinitive.i:
                addressee = next((g for g in prep.children if g.dep_ == "pobj"), None)
    # 'asked not to be named' is a request for anonymity, not a statement: an addressee
    # (or the clause's own subject, 'urged that lawmakers act') is needed
    has_subject = any(g.dep_ in SUBJECT_DEPS for g in infinitive.children)
    if addressee is None and not has_subject:
        return [], None
    # 'called Singh's house to let the family know': a call to a place is a phone call, not
    # a request; the one called on must be someone
    if lemma == "call" and addressee is not None and addressee.dep_ == "dobj" and \
            not _someone(addressee):
        return [], None
    # ('will call two former ministers to give evidence': a summons, not a request)
    if lemma == "call" and addressee is not None and addressee.dep_ == "dobj" and \
            _summons(infinitive):
        return [], None
    # ('called the office to say he would not come': a call made to say something)
    if lemma in reporting_lexicon()["contact_verbs"] and addressee is not None and \
            addressee.dep_ == "dobj" and _lemma_of(infinitive) is not None:
        return [], None
    ids = _subtree_ids(infinitive) | (_subtree_ids(addressee) if addressee is not None
                                      else set())
    toks = [t for t in tok.sent if t.i in ids and not (  # (not the "with" of 'pleaded with')
        t.dep_ == "mark" and t.head.i == infinitive.i and t.lower_ == "with")]
    return _strip(toks), infinitive


def _infinitive_held_by_addressee(tok: Token) -> tuple[list[Token], Token] | None:
    """'urged anyone with information to call the police', 'urged everyone eligible to get a
    vaccine': the parser hung the infinitive inside the addressee's phrase (on "information",
    on "eligible"); the addressee and the infinitive are still the request."""
    addressee = next((c for c in tok.children if c.dep_ in ("dobj", "dative") and c.i > tok.i),
                     None)
    if addressee is None or not (_someone(addressee) or addressee.pos_ == "PRON"):
        return None
    scope = [addressee] + [c for c in tok.children if c.dep_ == "prep" and
                           c.i == addressee.right_edge.i + 1]
    for top in scope:
        for t in top.subtree:
            if t.i > addressee.i and t.dep_ in ("acl", "xcomp", "relcl") and \
                    t.pos_ in ("VERB", "AUX") and to_infinitive(t) and \
                    not any(g.dep_ in SUBJECT_DEPS for g in t.children):
                toks = [u for u in tok.sent if addressee.left_edge.i <= u.i <= t.right_edge.i]
                return _strip(toks), t
    return None


def _infinitive_after_addressee(tok: Token) -> tuple[Token | None, Token | None]:
    """'pleaded with the agency to reconsider', 'appealed to the governor to intervene': the
    addressee after "with" or "to" and the infinitive the parser hung on that preposition
    (with the addressee as its subject) or on the verb (the infinitive, the addressee)."""
    for clause in tok.children:  # ("with" made the infinitive's marker, the addressee its
        # subject)
        if clause.dep_ in ("advcl", "xcomp", "ccomp") and clause.i > tok.i and any(
                a.dep_ == "mark" and a.lower_ in ("with", "to") for a in clause.children) and \
                to_infinitive(clause) and \
                any(a.dep_ in SUBJECT_DEPS for a in clause.children):
            return clause, None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.i < tok.i or prep.lower_ not in ("with", "to"):
            continue
        inner = next((g for g in prep.children if g.dep_ == "pcomp" and to_infinitive(g) and any(
            a.dep_ in SUBJECT_DEPS for a in g.children)), None)
        if inner is not None:  # (its subject is the addressee, inside its subtree)
            return inner, None
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        after = next((c for c in tok.children if c.dep_ in ("advcl", "xcomp") and
                      pobj is not None and c.i > pobj.i and
                      c.i == pobj.right_edge.i + 2 and
                      to_infinitive(c)), None)
        if pobj is not None and after is not None:
            return after, pobj
    return None, None


def _summons(infinitive: Token) -> bool:
    """An infinitive that summons someone before the caller ('to testify', 'to appear',
    'to give evidence'), lexicon summons_infinitives."""
    lex = reporting_lexicon()["summons_infinitives"]
    lemma = infinitive.lemma_.lower()
    return lemma in lex["verbs"] or (lemma in lex["with_object"] and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lex["with_object"][lemma]
        for c in infinitive.children))


def _promised_infinitive(tok: Token) -> tuple[list[Token], Token | None]:
    """The to-infinitive a promise or vow takes ('vowed to appeal the ruling'), with no
    subject of its own, of three words or more."""
    for c in tok.children:
        if c.dep_ == "xcomp" and c.i > tok.i and c.pos_ in ("VERB", "AUX") and \
                to_infinitive(c) and \
                not any(g.dep_ in SUBJECT_DEPS for g in c.children):
            toks = [t for t in tok.sent if t.i in _subtree_ids(c)]
            if sum(t.is_alpha for t in toks) >= 3:
                return _strip(toks), c
    return [], None


def _quoted_infinitive(tok: Token, quote_ranges: list[tuple[int, int]]
                       ) -> tuple[list[Token], Token | None]:
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp") and c.i > tok.i:
            toks = [t for t in tok.sent if t.i in _subtree_ids(c)]
            if any(_inside(t.idx, quote_ranges) for t in toks):
                return _strip(toks), c
    return [], None


def _that_clause(tok: Token) -> bool:
    """A finite clause introduced by "that" with its own subject."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children) and any(
        c.dep_ in SUBJECT_DEPS for c in tok.children)


def _misattached_clause(tok: Token) -> list[Token]:
    """'said in a statement that X ...': the parser often hangs the clause on the noun.

    Also 'told teachers who covered the lawn that the Legislature should ...', where the
    clause hangs on the relative clause describing the addressee.
    """
    out = []
    for prep in tok.children:
        # ('had been told by a recruiter that most graduates found work': the passive's
        # agent too; rule agent_holds_clause)
        if prep.dep_ != "prep" and not (prep.dep_ == "agent" and
                                        enabled("agent_holds_clause")):
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            # ('argued during the trial that auditors had approved many of them': read as a
            # relative clause on "trial" whose "that" is an object, though it has its own)
            out += [c for c in pobj.children
                    if c.dep_ in ("acl", "relcl", "ccomp") and (_that_clause(c) or (
                        c.dep_ == "relcl" and c.i > pobj.i and _content_after_that(c)))]
            # 'said in a letter to both parties that dozens of programs had closed': one
            # phrase further down, a that-clause with its own subject ending the sentence
            for inner in pobj.children:
                if inner.dep_ != "prep" or out:
                    continue
                for pobj2 in inner.children:
                    if pobj2.dep_ == "pobj":
                        out += [c for c in pobj2.children if _closing_that_clause(c, pobj2)]
    addressed = tok.lemma_.lower() in reporting_lexicon()["addressee_object"]
    for obj in tok.children:
        if obj.dep_ not in ("dobj", "dative") or obj.i < tok.i:
            continue
        for rel in obj.children:
            if rel.dep_ in ("relcl", "acl") and _lemma_of(rel) is None:
                out += [c for c in rel.children if c.dep_ == "ccomp" and _that_clause(c)]
            # 'told the paper that he fought the man': read as a relative clause on the
            # addressee whose "that" is an object, though the clause has its own object or
            # no gap for "that" to fill
            # (not 'told a story that party leaders had dreaded': the thing told holds the
            # relative; rule told_thing_no_audience)
            if addressed and rel.dep_ == "relcl" and rel.i > obj.i and \
                    _content_after_that(rel):
                if not _told_thing_object(tok):
                    out.append(rel)
            # 'told an aide she regrets the delay': read as a relative clause with no "that"
            # on the addressee; a pronoun opening it right after the addressee is the
            # subject of what was told
            elif addressed and rel.dep_ == "relcl" and rel.i > obj.i and \
                    enabled("pronoun_clause_after_addressee"):
                subj = next((c for c in rel.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.i == obj.i + 1 and \
                        subj.lower_ in _CLAUSE_PRONOUNS and rel.left_edge.i == subj.i:
                    out.append(rel)
    return out


_CLAUSE_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})


def _clause_under_participle_phrase(tok: Token) -> list[Token]:
    """Rule clause_past_participle_phrase: 'said in a letter sent to the council that the
    budget was balanced', 'wrote in a column published beside the editorial that he would
    vote for Lee': the parser hung the reported clause inside the past participle phrase on
    the cue's noun (as the participle's clause, or as a clause or relative on the
    participle's own object); a clause marked by "that" (not a relative pronoun "that": 'a
    letter sent to the council that she had signed' is a relative, however it is read),
    with a subject of its own, ending the sentence there is what was said."""
    if not enabled("clause_past_participle_phrase"):
        return []
    last = max((t.i for t in tok.sent if not (t.is_punct or t.is_space)), default=tok.i)
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.i < tok.i:
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            for part in pobj.children:
                if part.dep_ != "acl" or part.tag_ != "VBN" or any(
                        c.dep_ in SUBJECT_DEPS for c in part.children):
                    continue
                found = [c for c in part.children if c.dep_ == "ccomp" and _that_clause(c)]
                found += [c for p2 in part.children if p2.dep_ in ("prep", "dative")
                          for o2 in p2.children if o2.dep_ == "pobj"
                          for c in o2.children if c.i > o2.i and
                          c.dep_ in ("acl", "relcl", "ccomp") and _that_clause(c)]
                found = [c for c in found if c.right_edge.i >= last and
                         c.left_edge.lower_ == "that"]
                if found:
                    return found[:1]
    return []


def _clause_after_time_word(tok: Token) -> list[Token]:
    """'She has argued before that the mill should stay open': the parser took "before" for
    the subordinator of the that-clause and hung it on the cue as an adverbial clause; a
    clause marked by "that" too, with a subject of its own, is what was said (rule
    time_word_before_that)."""
    if not enabled("time_word_before_that"):
        return []
    return [clause for clause in tok.children if _time_word_marks(clause)]


def _time_word_marks(clause: Token) -> set[int]:
    """The time word and "that" of 'argued before that ...' (see _clause_after_time_word),
    which belong to no one's words; empty when `clause` is not such a clause."""
    cue = clause.head
    if clause.dep_ != "advcl" or clause.i < cue.i or not enabled("time_word_before_that"):
        return set()
    marks = [c for c in clause.children if c.dep_ == "mark" and c.i < clause.i]
    if len(marks) == 2 and marks[0].i == cue.i + 1 and \
            marks[0].lower_ in ("before", "previously", "earlier") and \
            marks[1].lower_ == "that" and marks[1].i == marks[0].i + 1 and \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return {m.i for m in marks}
    return set()


def _closing_that_clause(rel: Token, noun: Token) -> bool:
    """A "relative clause" right after `noun` opened by "that", with a subject of its own,
    that runs to the end of its sentence: the reported clause of a cue above."""
    that = next((c for c in rel.children if c.lower_ == "that" and c.i < rel.i), None)
    if rel.dep_ != "relcl" or that is None or that.i != rel.left_edge.i or \
            that.i != noun.i + 1:
        return False
    rest = [t for t in rel.sent if t.i > rel.right_edge.i]
    return any(c.dep_ in SUBJECT_DEPS and c.i != that.i for c in rel.children) and \
        all(t.is_punct or t.is_space for t in rest)


def _content_after_that(rel: Token) -> bool:
    """A "relative clause" opened by "that" right after the noun, with a subject of its own
    and an object or complement of its own too: no gap, so no relative clause."""
    that = next((c for c in rel.children if c.lower_ == "that" and c.i < rel.i), None)
    if that is None or that.i != rel.left_edge.i or that.dep_ not in ("dobj", "mark", "nsubj"):
        return False
    subject = any(c.dep_ in SUBJECT_DEPS and c.i != that.i for c in rel.children)
    filled = that.dep_ == "mark" or any(
        c.dep_ in ("dobj", "prep", "ccomp", "xcomp", "acomp", "attr", "advcl")
        and c.i > rel.i for c in rel.children)
    return subject and filled


def _subject_in_relative(tok: Token, root: Token) -> list[Token]:
    """'told relatives that the quiz aired on Saturday night was a hit': the parser made
    "that the quiz aired ..." a relative clause on the addressee and left the reported
    verb without a subject; both pieces are the reported clause."""
    if root.dep_ != "ccomp" or root.i < tok.i or any(
            c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in root.children):
        return []
    for obj in tok.children:
        if obj.dep_ not in ("dobj", "dative") or obj.i > root.i:
            continue
        for rel in (c for x in [obj, *obj.conjuncts] for c in x.children):
            if rel.dep_ == "relcl" and rel.right_edge.i + 1 == root.left_edge.i and \
                    rel.left_edge.lower_ == "that" and \
                    any(c.dep_ in SUBJECT_DEPS and c.i > rel.left_edge.i for c in rel.children):
                return [rel, root]
    return []


_FINITE_TAGS = ("VBD", "VBZ", "VBP")
# verbs that take a clause, hardly ever a noun ('said people registered' is a clause)
_CLAUSE_ONLY = {"say", "claim", "argue", "insist", "contend", "add", "assert"}


def _clause_as_object(tok: Token, lemma: str) -> list[Token]:
    """'said more than 15,000 people registered': the parser reads the clause's subject as
    the object and its verb as a clause on that noun; a finite verb there gives it away."""
    tags = _FINITE_TAGS + (("VBN",) if lemma in _CLAUSE_ONLY else ())
    for obj in tok.children:
        if obj.dep_ != "dobj" or obj.i < tok.i:
            continue
        # ('said many of the shootings involved ...': the clause hangs on the "of" noun)
        nouns = [obj] + [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj"]
        for clause in (c for noun in nouns for c in noun.children):
            if clause.dep_ not in ("acl", "relcl") or clause.i < obj.i:
                continue
            finite = clause.tag_ in tags or any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
            relative = any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("dobj", "mark")
                           for c in clause.children if c.tag_ in ("WDT", "WP", "WP$") or
                           c.lower_ == "that")
            # ('users should add sites they trust': a clause with a subject of its own is a
            # relative clause on the object, whose gap the object fills)
            relative = relative or any(c.dep_ in SUBJECT_DEPS for c in clause.children)
            if finite and not relative:
                return [obj]
    return []


def _according_content(tok: Token) -> tuple[list[Token], Token | None]:
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT" and head.head.i != head.i:
        head = head.head
    if head.i == tok.i:
        return [], None
    # 'A were killed and B hurt when ..., according to X': said of both clauses, not only
    # of the last one the parser hung it on
    # (not across "but": 'It is not clear whether ..., but the group has tried ...,
    # according to X' leaves the writer's doubt to the writer)
    while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and tok.i > head.i and \
            not _contrast(head.head):
        head = head.head
    # '..., when shells landed near a school, according to X.' closing the sentence: said of
    # the whole sentence, not only of the clause the parser hung it on
    sent = tok.sent
    root = sent.root
    last = max(t.i for t in tok.subtree)
    if root.pos_ in ("VERB", "AUX") and root.i < tok.i and head.i != root.i and \
            not _contrast(root) and all(
            t.is_punct or t.is_space for t in tok.doc[last + 1:sent.end]):
        head = root
    own = quote_indirect.with_its_commas(_subtree_ids(tok), len(tok.doc),
                                         lambda i: tok.doc[i].text == ",")
    own -= _subject_read_as_apposition(tok, head)
    sent = tok.sent
    toks = [t for t in head.subtree if t.i not in own and sent.start <= t.i < sent.end]
    return _strip(toks), head


def _subject_read_as_apposition(tok: Token, head: Token) -> set[int]:
    """Rule subject_read_as_apposition: 'According to Ana Ruiz, the trade envoy, some 500
    rifles, known as carbines, will arrive this month': the parser hung the clause's subject
    on the source as one more apposition, and the clause's verb has no subject. The last
    apposition of the source, a thing (no person, role or name) after the first one and
    right before the verb's words, is what was said about (its token ids, else none)."""
    if not enabled("subject_read_as_apposition") or head.pos_ not in ("VERB", "AUX") or \
            any(c.dep_ in (*SUBJECT_DEPS, "expl") for c in head.children):
        return set()
    from newsweave.extract.referents import person_noun

    source = next((c for t in (tok, *tok.children) for c in t.children if c.dep_ == "pobj"),
                  None)
    appos = [c for c in source.children if c.dep_ == "appos"] if source is not None else []
    if len(appos) < 2:
        return set()
    last = appos[-1]
    if last.pos_ != "NOUN" or person_noun(last.lemma_.lower()) or last.ent_type_ or \
            last.right_edge.i >= head.i or head.i - last.right_edge.i > 4:
        return set()
    return set(range(last.left_edge.i, head.left_edge.i if head.left_edge.i > last.i else head.i))


def _possessed_words_cue(tok: Token, quote_ranges: list[tuple[int, int]],
                         para: tuple[int, int]) -> Cue | None:
    """Rule possessed_words_cue: 'The plan, in her words, was "a slow disaster."', 'In his
    own words, "nobody is listening."': "in" with a possessive pronoun and a noun of
    possessed_voice_nouns gives the quoted words of the clause it is set in to the one the
    pronoun means, as 'in the words of X' does; only when that clause quotes."""
    if not enabled("possessed_words_cue"):
        return None
    nouns = set(reporting_lexicon()["possessed_voice_nouns"])
    noun = next((c for c in tok.children if c.dep_ == "pobj" and c.lower_ in nouns and
                 c.i <= tok.i + 3), None)
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.tag_ == "PRP$"),
                 None) if noun is not None else None
    if owner is None:
        return None
    content, root = _clip(*_according_content(tok), para)
    if not content or not _quoted(content, quote_ranges):
        return None
    return Cue(token=tok, lemma="in the words of", stance="assert", speaker=owner,
               content=content, content_root=root, chain=[tok], rules=["possessed_words_cue"])


def _contrast(verb: Token) -> bool:
    """A clause joined to this verb by "but" or "yet": two voices may be speaking."""
    return any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in verb.children)


def _marks_the_clause(mark: Token, toks: list[Token]) -> bool:
    """'said that/whether ...' introduces the reported clause itself; 'said if Nadia can reach
    enough voters, she ...' opens a condition inside it, which stays."""
    ids = {t.i for t in toks}
    if quote_indirect.whether_clause_is_subject(mark):
        return False  # 'said whether Kim runs depends on the polls': the clause's subject
    if mark.lower_ == "that" and mark.head.dep_ in ("aux", "auxpass"):
        return True  # "that Kimani was holding": the parser hung it on the auxiliary
    return mark.dep_ != "mark" or mark.head.i not in ids or \
        mark.head.head.i not in ids or mark.head.head.i == mark.head.i


def _standing(tok: Token) -> tuple[list[Token], Token | None]:
    """Rule standing_in_a_poll: 'a survey found Ruiz ahead by two points', 'the poll showed
    the senator behind among women': a poll's finding put as who stands where (the object
    and a standing word, reporting_verbs.json standing_words, with what follows them)."""
    words = set(reporting_lexicon()["standing_words"])
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    stand = next((c for c in tok.children if c.dep_ in ("advmod", "acomp", "oprd", "prep")
                  and c.lower_ in words and obj is not None and c.i == obj.right_edge.i + 1),
                 None)
    if obj is None or stand is None:
        return [], None
    ids = _subtree_ids(obj) | _subtree_ids(stand)
    ids |= {x for c in tok.children if c.i > stand.i and c.dep_ in ("prep", "npadvmod")
            for x in _subtree_ids(c)}
    return _strip([t for t in tok.sent if t.i in ids]), stand


def _that_determiner(tok: Token) -> bool:
    """Rule that_determiner_kept: 'said that plan had been ordered by a court' -- "that" is
    the determiner of a singular noun (no bare singular noun is a subject), part of what
    was said, not the complementizer."""
    return (enabled("that_determiner_kept") and tok.lower_ == "that" and tok.dep_ == "det"
            and tok.head.tag_ == "NN" and tok.head.i == tok.i + 1 and
            tok.head.dep_ in ("nsubj", "nsubjpass")) or _that_read_as_mark(tok)


def _that_read_as_mark(tok: Token) -> bool:
    """Rule that_mark_before_bare_noun: 'She said that doubt was exactly what Russia wanted',
    'said that plan had been ordered by a court': the parser read the determiner as the
    clause's complementizer; "that" right before a singular common noun with no determiner
    of its own (no "someone") that is the subject of the very clause "that" marks stays with
    what was said (were it the complementizer, 'said that inflation was rising' keeps a word
    too many, and still holds all that was said)."""
    if not enabled("that_mark_before_bare_noun") or tok.lower_ != "that" or \
            tok.dep_ != "mark" or tok.i + 1 >= len(tok.doc):
        return False
    noun = tok.doc[tok.i + 1]
    return noun.tag_ == "NN" and noun.pos_ == "NOUN" and \
        noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == tok.head.i and \
        not noun.ent_type_ and \
        not any(c.dep_ in ("det", "poss", "compound", "amod") for c in noun.children)


def _strip(toks: list[Token]) -> list[Token]:
    """Drop leading complementizers and punctuation at both ends of a reported clause."""
    marked = False
    if len(toks) > 2 and toks[0].lower_ in reporting_lexicon()["focus_adverbs"] and \
            toks[1].lower_ in _CONTENT_MARKS and enabled("focus_adverb_before_that"):
        toks = toks[1:]  # ('said only that he was ready': "only" limits the saying)
    while toks and (toks[0].is_punct or toks[0].is_space or
                    (toks[0].lower_ in _CONTENT_MARKS and len(toks) > 1 and
                     toks[1].pos_ not in ("VERB", "AUX") and _marks_the_clause(toks[0], toks)
                     and not _that_determiner(toks[0]) and
                     not (marked and enabled("one_complementizer")))
                    or toks[0].dep_ == "cc"):
        if toks[0].text in "\"“«‘" and len(toks) > 1:
            break  # keep an opening quote mark
        # (rule one_complementizer: 'told him that if he lost he would quit' -- after
        # "that", an "if" opens a condition inside what was said, and stays)
        marked = marked or toks[0].lower_ in _CONTENT_MARKS
        toks = toks[1:]
    while toks and (toks[-1].is_space or toks[-1].dep_ == "cc" or
                    (toks[-1].is_punct and toks[-1].text not in "\"”»’)]")):
        toks = toks[:-1]
    return toks


# ------------------------------------------------------------------------ channel, date


def _np_name(head: Token) -> str:
    """A short name for the noun phrase headed by `head`: its proper-noun run, else the phrase.

    "the Xinhua news agency" -> "Xinhua"; "French news agency AFP" -> "AFP";
    "journalists" -> "journalists"; "a statement" -> "statement".
    """
    generic = set(channel_lexicon()["generic_words"])
    toks = [t for t in head.subtree if t.dep_ not in ("relcl", "acl", "punct") or
            t.text in "-/"]
    toks = [t for t in toks if t.i <= head.i or t.dep_ in ("compound", "flat", "appos")
            or t.head.i != head.i]
    core = [t for t in toks if t.i <= head.i]
    propn_runs: list[list[Token]] = []
    run: list[Token] = []
    for t in core:
        if t.pos_ == "PROPN" or (run and t.text in "-/&" and t.i + 1 <= head.i) or \
                (run and t.lower_ == "of" and t.i + 1 <= head.i and
                 t.doc[t.i + 1].pos_ == "PROPN"):
            run.append(t)
        else:
            if run:
                propn_runs.append(run)
            run = []
    if run:
        propn_runs.append(run)
    if propn_runs:
        best = propn_runs[-1] if head.pos_ == "PROPN" else max(propn_runs, key=len)
        while best and (best[-1].text in "-/&" or best[-1].lower_ == "of"):
            best = best[:-1]
        if best:
            doc = head.doc
            return doc_text(doc)[best[0].idx: best[-1].idx + len(best[-1].text)]
    words = [t for t in core if t.dep_ not in ("det", "poss", "case") and not t.is_punct]
    words = [t for t in words if t.lower_ not in generic or t.i == head.i]
    if not words:
        return head.text
    doc = head.doc
    return doc_text(doc)[words[0].idx: words[-1].idx + len(words[-1].text)]


def _channel(tok: Token, chain: list[Token], content_root: Token | None) -> str | None:
    lex = reporting_lexicon()
    ch = channel_lexicon()
    nouns = set(ch["channel_nouns"])
    audience = set(ch["audience_nouns"])
    for verb in chain:
        vlemma = verb.lemma_.lower()
        # "told Reuters", "told the Kyodo news agency", "told journalists"
        if vlemma in lex["addressee_object"]:
            for child in verb.children:
                if child.dep_ in ("dobj", "dative") and child.pos_ in ("PROPN", "NOUN"):
                    return _np_name(child)
        for child in verb.children:
            if child.dep_ != "prep" and child.dep_ != "agent":
                continue
            prep = child.lower_
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            # "quoted as saying by the Xinhua news agency"
            if pobj is None and prep == "as":
                for g in child.children:
                    if g.dep_ == "pcomp":
                        for gg in g.children:
                            if gg.dep_ in ("prep", "agent") and gg.lower_ == "by":
                                obj = next((x for x in gg.children if x.dep_ == "pobj"), None)
                                if obj is not None:
                                    return _np_name(obj)
                continue
            if pobj is None:
                continue
            if prep == "by" and any(v.lemma_.lower() in lex["passive_speaker"] for v in chain):
                return _np_name(pobj)
            if prep in ("in", "at", "on", "during", "via", "through") and \
                    pobj.lemma_.lower() in nouns:
                # "in an interview with X", "in comments to X"
                for g in pobj.children:
                    if g.dep_ == "prep" and g.lower_ in ch["audience_preps"]:
                        obj = next((x for x in g.children if x.dep_ == "pobj"), None)
                        if obj is not None:
                            return _np_name(obj)
                # "in his CNN interview"
                for g in pobj.children:
                    if g.dep_ in ("compound", "nmod") and g.pos_ == "PROPN":
                        return _np_name(g)
                return _np_name(pobj)
            if prep == "on" and pobj.pos_ == "PROPN" and pobj.ent_type_ not in _NOT_CHANNELS:
                return _np_name(pobj)  # "said on Twitter", "told ... on CNN"
            if prep in ch["audience_preps"] and (pobj.lemma_.lower() in audience or
                                                pobj.lower_ in audience or
                                                pobj.ent_type_ == "ORG"):
                return _np_name(pobj)  # "said to reporters", "speaking to DW"
        # "speaking to reporters", "in comments to X" on a participle attached to the cue
        for child in verb.children:
            if child.dep_ in ("advcl", "xcomp") and child.lemma_.lower() in ch["speak_verbs"] \
                    and child is not content_root:
                for g in child.children:
                    if g.dep_ == "prep" and g.lower_ in ch["audience_preps"]:
                        obj = next((x for x in g.children if x.dep_ == "pobj"), None)
                        if obj is not None:
                            return _np_name(obj)
    return None


def _date(tok: Token, chain: list[Token], content: list[Token], speaker: Token | None,
          quote_ranges: list[tuple[int, int]]) -> tuple[Span | None, str | None]:
    """A DATE entity attached to the cue (not inside the reported clause)."""
    index = doc_index(tok.doc)
    dates = [ent for ent in index.ents_in(index.sent_of(tok.i)) if ent.label_ == "DATE"]
    if not dates:  # most sentences: skip building the token sets below
        return None, None
    content_ids = {t.i for t in content}
    chain_ids = {t.i for t in chain}
    speaker_ids = _subtree_ids(speaker) if speaker is not None else set()
    best: tuple[int, Span] | None = None
    for ent in dates:
        if any(t.i in content_ids for t in ent) or _inside(ent.start_char, quote_ranges):
            continue
        verb = next((a for a in ent.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        attached = verb is not None and verb.i in chain_ids
        if not attached and ent.root.i not in speaker_ids:
            continue
        dist = abs(ent.root.i - tok.i)
        if best is None or dist < best[0]:
            best = (dist, ent)
    if best is None:
        return None, None
    ent = best[1]
    text = ent.text
    head = ent.root.head
    if ent.root.dep_ == "pobj" and head.dep_ == "prep" and head.i == ent.start - 1:
        text = f"{head.text} {text}"
    return ent, re.sub(r"\s+", " ", text)


# ------------------------------------------------------------------------ cues


def _clip(content: list[Token], root: Token | None, para: tuple[int, int]
          ) -> tuple[list[Token], Token | None]:
    """Keep a reported clause inside the cue's paragraph (the parser may run over a line)."""
    a, b = para
    kept = [t for t in content if a <= t.idx < b]
    if len(kept) != len(content):
        kept = _strip(kept)
    if root is not None and not a <= root.idx < b:
        root = kept[0] if kept else None
    return kept, root


def find_cues(doc: Doc, quote_ranges: list[tuple[int, int]],
              paragraphs: list[tuple[int, int]] | None = None) -> list[Cue]:
    """Every reporting cue outside quotation marks, in text order."""
    lex = reporting_lexicon()
    paras = paragraphs or [(0, len(doc_text(doc)))]
    starts = [p[0] for p in paras]

    def para_of(pos: int) -> tuple[int, int]:
        return paras[max(bisect.bisect_right(starts, pos) - 1, 0)]

    according = [a.split() for a in lex["according_to"]]
    cues: list[Cue] = []
    for tok in doc:
        if _inside(tok.idx, quote_ranges):
            continue
        # "according to X"
        matched = False
        for words in according:
            n = len(words)
            if tok.lower_ == words[0] and tok.i + n <= len(doc) and \
                    [t.lower_ for t in doc[tok.i: tok.i + n]] == words:
                last = doc[tok.i + n - 1]
                speaker = next((c for c in last.children if c.dep_ == "pobj"), None)
                if speaker is None:
                    speaker = next((c for c in tok.children if c.dep_ == "pobj"), None)
                # "according to his reading", "according to its estimate": the possessor
                # (not "according to his aunt, Ana Ruiz": a person of his speaks; nor
                # "according to his police record": a record the police keep speaks)
                owner = next((c for c in speaker.children if c.dep_ == "poss"), None) \
                    if speaker is not None and speaker.pos_ == "NOUN" else None
                if owner is not None and speaker is not None and \
                        not _speaks_for_itself(speaker) and not _owned_document(speaker):
                    speaker = owner
                issued = _issued_by(speaker)
                speaker = issued or speaker
                content, root = _clip(*_according_content(tok), para_of(tok.idx))
                summed = quote_indirect.summing_noun_after_cue(tok, content)
                if len(summed) != len(content):  # '..., according to aides, a prospect ...'
                    content = summed
                    if root is not None and root.i not in {t.i for t in content}:
                        root = min(content, key=lambda t: len(list(t.ancestors)))
                after = max((t.i for t in speaker.subtree), default=last.i) + 1 \
                    if speaker is not None else last.i + 1
                # (not 'According to police, Ana Ruiz, 36, of Dover, hit ...': a name after
                # a group or with an age is the clause's subject)
                set_off = _name_set_off(doc, after) if speaker is not None and \
                    speaker.pos_ == "NOUN" and speaker.tag_ == "NN" and \
                    _person_noun_token(speaker) else None
                if set_off is not None and set_off[1] < len(doc) and \
                        doc[set_off[1]].like_num:
                    set_off = None
                if set_off is not None:
                    # 'according to his aunt, Ana Ruiz, "..."' (the parser rarely hangs the
                    # name on the noun): the name speaks, and is no part of what was said
                    speaker, after = set_off
                    content = [t for t in content if t.i >= after]
                    if root is not None and root.i < after:
                        root = content[0] if content else None
                if after + 1 < len(doc) and doc[after].text == ":" and \
                        doc[after + 1].text[:1] in "\"“‘'":
                    # 'Here is how bad it got, in the words of the patient: "..."': the
                    # phrase opens the quotation after the colon; the words before it frame
                    # that quotation and are not said
                    content, root = [], None
                found_by = ["issued_by_agent"] if issued is not None and content else []
                if speaker is not None and any(t.dep_ == "appos" and t.head.i == speaker.i
                                               for t in content):
                    found_by.append("subject_read_as_apposition")
                cue = Cue(token=tok, lemma=" ".join(words), stance="assert",
                          speaker=speaker, content=content, content_root=root, chain=[tok],
                          rules=found_by)
                cue.date_ent, cue.date_text = None, None
                cues.append(cue)
                matched = True
        if not matched and tok.lower_ == "in":
            words_cue = _possessed_words_cue(tok, quote_ranges, para_of(tok.idx))
            if words_cue is not None:
                cues.append(words_cue)
                continue
        if matched or tok.pos_ not in ("VERB", "NOUN") or tok.dep_ in ("amod", "compound"):
            continue
        if tok.pos_ == "NOUN" and not matched:
            noun_cue = _verb_read_as_noun_cue(tok, para_of(tok.idx)) or \
                _statement_noun_cue(tok, para_of(tok.idx)) or \
                _gerund_noun_cue(tok, para_of(tok.idx)) or \
                (_directive_noun_cue(tok, para_of(tok.idx))
                 if enabled("directive_noun_content") else None)
            if noun_cue is not None:
                cues.append(noun_cue)
                continue
        lemma = _lemma_of(tok)
        asked = _named_asker(tok) if lemma is not None and _asked_participle(tok) else None
        asker = asked[0] if asked is not None else None
        if lemma is None or (_asked_participle(tok) and asker is None) or \
                _headline_paragraph(doc, para_of(tok.idx)):
            continue  # a related-headline line ("Minister Says Talks Failed") reports nothing
        if quote_indirect.cue_in_condition(tok):
            continue  # 'only if a doctor concludes A': a supposed report, not a real one
        naming = _naming_participle(tok)
        if naming is not None and naming[0] is None:
            continue  # 'the franc, often called the "swissie"': a name no one named gives
        if _reports_in_person(tok):
            continue  # 'was ordered to report to prison': he goes there, he says nothing
        if _asked_to_say(tok) or _musing_state(tok):
            continue  # 'pressed him to say whether ...', 'began to wonder whether ...'
        fragment_only = lemma in lex["fragment_only"]
        chain = _chain(tok)
        speaker = naming[0] if naming is not None else _subject(tok, chain, para_of(tok.idx))
        inverted = quote_indirect.name_closing_joined_cue(tok, quote_ranges) \
            if lemma not in lex["addressee_object"] else None
        if inverted is not None:  # '..., argued the council.' (parsed as joined to the clause)
            speaker = _in_paragraph(inverted, *para_of(tok.idx)) or speaker
        named_before = None
        if speaker is None or _inside(speaker.idx, quote_ranges):
            named_before = _name_between_quotation_and_cue(tok, quote_ranges) \
                if enabled("name_before_cue") else None
            speaker = named_before[1] if named_before is not None else \
                _name_after_quotation(tok, quote_ranges) or \
                quote_indirect.noun_before_reduced_cue(tok, quote_ranges) or \
                _name_right_after_aside(tok) or speaker
        if speaker is not None and enabled("relative_past_date"):
            # 'a report by customs officials in 2021, which said A': the relative hung on
            # the date; what it takes up is the document or speaker before the date
            speaker = _before_date_of_relative(tok, speaker) or speaker
        if speaker is None and tok.dep_ in ("dep", "conj") and tok.head.i < tok.i and \
                tok.head.lemma_ == "ask" and enabled("asked_aside_subject"):
            # "X's manager, asked about the striker, said only that ...": the parser made
            # "asked" the main verb; its subject is who said it
            speaker = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        after_aside = _name_right_after_aside(tok)
        if after_aside is not None and speaker is not None and speaker.i < tok.i - 1 and \
                max(t.i for t in speaker.subtree) == tok.i - 2:
            # 'The canal plan, says Tom Reyes, an economist, would pay ...': the parser took
            # the clause's subject for the cue's; the name after the cue speaks
            speaker = after_aside
        aside = speaker is not None and after_aside is not None and \
            speaker.i == after_aside.i
        content, root = _clip(*_content(tok, lemma, fragment_only), para_of(tok.idx))
        cue_rules: list[str] = []
        if content and root is not None and root.dep_ in _NOT_CLAUSE_DEPS and \
                not fragment_only and (_clause_read_without_verb(tok)[1] or tok).i == root.i:
            cue_rules.append("clause_read_without_verb")
        if len(chain) > 1 and _participle_on_object(tok) is not None:
            cue_rules.append("participle_on_object")
        unjoined = _subject_before_unjoined_conjunct(tok)
        if speaker is not None and unjoined is not None and unjoined.i == speaker.i:
            cue_rules.append("unjoined_conjunct_subject")
        if speaker is not None and tok.dep_ == "relcl" and any(
                c.lower_ == "who" and c.dep_ == "nsubj" and
                getattr(_person_before_set_off_who(c, tok), "i", None) == speaker.i
                for c in tok.children):
            cue_rules.append("who_after_apposition")
        if speaker is not None and tok.dep_ == "relcl" and any(
                c.lower_ == "who" and c.dep_ == "nsubj" and
                getattr(_subject_of_extraposed_relative(c, tok), "i", None) == speaker.i
                for c in tok.children):
            cue_rules.append("extraposed_relative_subject")
        if speaker is not None and speaker.i == tok.head.i and _verbless_root_subject(tok):
            cue_rules.append("object_complement_read_as_root")
        if asked is not None:  # (rule asked_by_named_asker: the asker put the question)
            speaker = asked[0]
            if not content:  # ('Asked by reporters if ...': the parser's adverbial clause)
                content, root = _clip(_strip([t for t in tok.sent
                                              if t.i in _subtree_ids(asked[1])]),
                                      asked[1], para_of(tok.idx))
            cue_rules.append("asked_by_named_asker")
        if root is not None and _time_word_marks(root):
            cue_rules.append("time_word_before_that")
        if root is not None and _subject_read_as_object(tok, [root]):
            cue_rules.append("object_is_clause_subject")
        if content and _that_read_as_mark(content[0]):
            cue_rules.append("that_mark_before_bare_noun")
        if root is not None and root.dep_ in ("ccomp", "acl", "relcl") and \
                root.head.i != tok.i and \
                any(c.i == root.i for c in _clause_under_participle_phrase(tok)):
            cue_rules.append("clause_past_participle_phrase")
        if naming is not None:
            cue_rules.append("naming_participle_agent")
        if speaker is not None and \
                getattr(_surname_over_participle(tok, chain), "i", None) == speaker.i:
            cue_rules.append("surname_over_participle")
        if speaker is not None and _stranded_subject(tok) is None and \
                getattr(_name_after_fronted_phrase(tok), "i", None) == speaker.i:
            cue_rules.append("fronted_phrase_name")
        if len(chain) > 1 and chain[1].i == tok.head.head.i and _mute_subject_report(tok) and \
                _cue_joined_to_report(tok) is not None:
            cue_rules.append("mute_subject_goes_on")
        if enabled("backshifted_conjunct_reported") and any(
                t.dep_ == "conj" and t.head.i == tok.i and t.left_edge.lower_ in _BACKSHIFT_MODALS
                for t in content):
            cue_rules.append("backshifted_conjunct_reported")
        if not content and not fragment_only and lemma in lex["addressee_object"] and \
                not _told_thing_object(tok):
            content, root = _clip(*quote_indirect.that_clause_past_audience(tok),
                                  para_of(tok.idx))
            content = _strip(content)
            if content:
                cue_rules.append("that_clause_past_audience")
        standing = False
        if not content and lemma in lex["finite_clause_only"] and \
                enabled("standing_in_a_poll") and _finding_subject(speaker):
            content, root = _clip(*_standing(tok), para_of(tok.idx))
            standing = bool(content)
        if lemma in lex["conditional_content"] and not any(
                c.dep_ == "ccomp" and c.i > tok.i and
                any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                for c in tok.children):
            # 'apologized if the remarks hurt anyone' reports the clause; 'apologized for the
            # delay' (no such clause) reports nothing, nor does an apology another cue reports
            # ('told the pastor she apologizes if ...': the telling holds it)
            content, root = _clip(*quote_indirect.conditional_report(tok), para_of(tok.idx))
            if not content or any(_lemma_of(a) is not None for a in tok.ancestors):
                continue
        if speaker is not None and content and speaker.dep_ == "appos" and \
                content[0].i < speaker.left_edge.i and speaker.i < tok.i and \
                speaker.i in {t.i for t in content} and enabled("stranded_after_place"):
            # ('..., the state police said.' hung on the place before it): what was said
            # ends before the speaker's phrase
            content = _strip([t for t in content if t.i < speaker.left_edge.i])
            if root is not None and root.i not in {t.i for t in content}:
                root = min(content, key=lambda t: len(list(t.ancestors))) if content else None
        if named_before is not None:  # (the name the parser hung on the quotation says it)
            content = [t for t in content if not named_before[0] <= t.i < tok.i]
            if root is not None and root.i not in {t.i for t in content}:
                root = min(content, key=lambda t: len(list(t.ancestors))) if content else None
        if speaker is not None and speaker.pos_ == "NOUN" and not _someone(speaker) and \
                not _speaks_for_itself(speaker):
            # 'her eyes aglow, telling me ...', 'his voice breaking, saying ...': a part of
            # someone does not speak; its possessor does (not a document: 'his letter said')
            owner = next((c for c in speaker.children if c.dep_ == "poss" and
                          c.pos_ == "PRON"), None)
            if owner is not None and speaker.lemma_.lower() not in _document_nouns():
                speaker = owner
        if speaker is not None and content and speaker.i < tok.i and \
                speaker.head.dep_ in ("ccomp", "advcl") and speaker.head.head.i == tok.i and \
                speaker.head.tag_ in ("VBG", "VBN") and speaker.head.right_edge.i < tok.i and \
                enabled("participle_aside_subject"):
            # 'Lee, probably casting his last vote, said A': the aside is not what was said
            aside_ids = _subtree_ids(speaker.head)
            content = _strip([t for t in content if t.i not in aside_ids])
            if root is not None and root.i in aside_ids:
                root = min(content, key=lambda t: len(list(t.ancestors))) if content else None
        if aside and speaker is not None and content and root is not None and \
                root.i < tok.i and enabled("titled_name_after_cue"):
            # 'A, said clerk Ana Ruiz, ready to ...': what follows the name describes her
            content = _strip([t for t in content if t.i < tok.i - 1])
        if aside and speaker is not None and content and root is not None and \
                root.i > speaker.i:
            # the aside 'says Ana Ruiz, an immunologist at ...,' is no part of what was said
            commas = [t.i for t in tok.doc[speaker.i:root.i] if t.text == ","]
            if commas:
                content = _strip([t for t in tok.sent if not tok.i - 1 <= t.i <= commas[-1]])
        closing = quote_indirect.closing_cue_misread(tok) if speaker is None else None
        if closing is not None:  # 'A, a new study reports.' with "reports" read as a noun
            speaker = closing[0]
            if not content:
                content, root = _clip(closing[1], closing[2], para_of(tok.idx))
        misread = quote_indirect.fronted_as_misread(tok) if speaker is None else None
        if misread is not None:  # 'As the engineer notes, A.' with "notes" read as a noun
            speaker = misread[0]
            content, root = _clip(misread[1], misread[2], para_of(tok.idx))
        split = quote_indirect.object_split_from_clause(tok, root) \
            if content and lemma not in lex["addressee_object"] else []
        if split:  # 'said tsunamis 10 cm high swept in': the object opens the clause
            content = sorted({t.i: t for t in [*split, *content]}.values(), key=lambda t: t.i)
        if lemma in ("make clear", "make plain"):
            content, root = _clip(*quote_indirect.made_clear_content(tok), para_of(tok.idx))
        np_content = False
        above = quote_indirect.report_above_participle(tok, _is_cue)
        if above is not None:  # 'X said A, adding that B': X adds
            chain = [tok, *_chain(above)]
            speaker = _subject(above, _chain(above), para_of(tok.idx))
        if not content and lemma in lex["infinitive_content"]:
            # 'begged lawmakers "not to lose sight of" the conflict': the infinitive is what
            # was said, when it quotes; otherwise 'urged calm' is no statement
            content, root = _clip(*_quoted_infinitive(tok, quote_ranges), para_of(tok.idx))
            if content and lemma in lex["directive_infinitive"]:
                # (a request keeps its addressee: 'urged senators to avoid "another crisis"')
                request, request_root = _clip(*_directive(tok, lemma), para_of(tok.idx))
                if request and request[0].i < content[0].i:
                    content, root = request, request_root
        if not content and lemma in lex["commitment_infinitive"]:
            # 'promised to vote against any deal that ...': the commitment is what was said
            content, root = _clip(*_promised_infinitive(tok), para_of(tok.idx))
        if (not content or fragment_only) and not _quoted(content, quote_ranges):
            request, request_root = _clip(*_directive(tok, lemma), para_of(tok.idx))
            if request:
                content, root, fragment_only = request, request_root, False
        if not content and lemma in lex["clause_object"]:
            judged = quote_indirect.quoted_as_phrase(tok, quote_ranges)
            if judged and not any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
                cue_rules.append("as_judgement_on_object")
            if judged:  # 'dismissed the report as "pure fiction"': only its quoted words
                judged_root = next(t for t in judged if t.head.i == tok.i)
                content, root = _clip(_strip(judged), judged_root, para_of(tok.idx))
                fragment_only = True
        if fragment_only and not _quoted(content, quote_ranges):
            # 'the "new Gannett," as Reed dubbed the merged firm'
            named = quote_indirect.quoted_before_as_clause(tok, quote_ranges)
            if named:
                content, root = _clip(named, min(named, key=lambda t: len(list(
                    t.ancestors))), para_of(tok.idx))
        if not content and fragment_only:
            # 'a payout that X blasted as "wrong"' (inside what another cue reports, the
            # quoted words are that cue's: 'said the church, which he called "X", is old';
            # but not those of a noun that sums it up: 'said A, a move he called "X"')
            below = quote_indirect.quoted_as_below(tok, quote_ranges) if not any(
                _is_cue(a) for a in tok.ancestors) else []
            if not below:
                below = quote_indirect.summing_judgement(tok, quote_ranges)
                if below:
                    cue_rules.append("summing_judgement_quoted")
                    read = quote_indirect.appos_read_subject(tok)
                    if speaker is None and read is not None:
                        speaker = read[1]  # ('a figure its treasurer, X, described as')
            if below:
                content, root = _clip(below, min(below, key=lambda t: len(list(
                    t.ancestors))), para_of(tok.idx))
        if fragment_only and not _quoted(content, quote_ranges) and _speaks(speaker):
            judged_as = quote_indirect.named_as_judgement(tok)
            if judged_as and not _quoted(judged_as, quote_ranges):
                # 'JP Morgan called the ruling a landmark judgment' (unquoted: indirect)
                content, root, fragment_only = judged_as, judged_as[0], False
                np_content = True
        if not content and lemma in lex["np_object"] and _speaks(speaker):
            content, root = _clip(*_np_object(tok, lemma), para_of(tok.idx))
            np_content = bool(content)
            if np_content and quote_indirect.noun_object_set_aside(tok, _is_cue):
                continue  # 'X, who denies the accusation,', 'denied it, saying A'
        if not content and not fragment_only and lemma not in lex["addressee_object"] and \
                enabled("object_with_clause_relative"):
            content, root = _clip(*_object_holding_clause(tok), para_of(tok.idx))
        if not content and not fragment_only:
            content, root = _clip(*_clause_before(tok, speaker, quote_ranges),
                                  para_of(tok.idx))
        if not content and not fragment_only:
            content, root = _clip(*_clause_after(tok, speaker, quote_ranges),
                                  para_of(tok.idx))
        if not content and not fragment_only:  # 'A, as Lee has said, ...'
            content, root = _clip(*quote_indirect.as_clause_report(tok, quote_ranges),
                                  para_of(tok.idx))
        closing_shown = False
        if speaker is None and lemma in lex["document_subject_only"]:
            shown = quote_indirect.closing_finding_misread(
                tok, lambda n: _finding_subject(n) and
                n.lemma_.lower() not in lex["depiction_nouns"])
            if shown is not None:  # 'A, figures released on Friday show.'
                speaker, closing_shown = shown[0], True
                content, root = _clip(shown[1], shown[2], para_of(tok.idx))
        if lemma in lex["document_subject_only"] and not (
                enabled("finding_verb_show") and _finding_subject(speaker) and
                speaker is not None and speaker.lemma_.lower() not in lex["depiction_nouns"]
                and not _shown_to_come(tok)):
            continue  # 'figures show that A' reports A; 'he showed he could run' does not
        if lemma in lex["finite_clause_only"] and not _finite_clause(root) and \
                not (closing_shown and content) and not standing and not (
                enabled("fronted_finding") and _fronted_finding(tok, speaker, content)) and \
                not (enabled("finding_clause_misparsed") and
                     _finding_clause(tok, root, speaker)):
            continue  # "Russia has found a partner" reports nothing, not even a quotation
        if lemma in lex["finite_clause_only"] and content and content[0].dep_ == "mark" and \
                content[0].lower_ == "that" and enabled("finding_clause_misparsed"):
            content = content[1:]  # ('studies show that using a diary is ...': no "that")
        if not content and lemma in lex["byline_verbs"] and _byline(tok):
            continue  # "Jane Roe reports for the Daily Planet": an author footer
        if lemma in lex["musing_verbs"] and speaker is not None and \
                speaker.tag_ in ("NNS", "NNPS") and (
                    (tok.tag_ in ("VBP", "VBZ") and enabled("generic_musing_no_report")) or
                    (tok.tag_ in ("VBD", "VBN") and enabled("group_musing_past") and
                     not any(c.lower_ in lex["musing_aloud"] for c in tok.children) and
                     not _quoted(content, quote_ranges))):
            continue  # 'Many residents wonder whether it will end': no one said it; nor
            # 'Fans wondered how the show would change' (but 'wondered aloud' is said)
        if root is not None and root.i < tok.i and _relative_read_as_clause(root) and \
                enabled("fronted_relative_misparsed"):
            continue  # 'In a remark that few will recall, Ruiz told the story': no clause
        if _generic_hypothetical(tok, speaker) and enabled("generic_hypothetical_speaker"):
            continue  # 'A lawyer might review the case and suggest a settlement': no one did
        joined_sides = quote_indirect.joined_around_parenthetical_cue(tok, speaker, content)
        if len(joined_sides) != len(content):  # 'The plan, said Ruiz, was a mistake.'
            content = joined_sides
        elif content and root is not None and root.i < tok.i:
            content = _with_fronted_subject(tok, speaker, content)
        elif content and root is not None and speaker is not None and speaker.i < tok.i:
            content = _with_second_subject(tok, speaker, content)
        negated = any(c.dep_ == "neg" for c in tok.children) or any(
            c.dep_ == "neg" for v in _governing(tok, chain) for c in v.children if
            v.lemma_.lower() in lex["verbs"]) or (
            tok.dep_ == "xcomp" and tok.head.lemma_.lower() in lex["refusal_verbs"]) or \
            _refusal_infinitive_misparsed(tok)
        passive_told = _told_in_passive(tok, lemma, speaker)
        if passive_told[0]:
            if passive_told[1] is None:
                continue  # ('... and had been told that A': those told are no speaker)
            speaker = passive_told[1]  # ('had met the minister and was told that A')
            cue_rules.append("passive_audience_not_speaker")
        if _negative_speaker(speaker):
            continue  # ('No one said the fire was set': no one reported it)
        if _display_speaker(speaker):
            continue  # ('A sign outside read "Closed"': words shown, not said)
        if negated and lemma in lex["np_object"] and (np_content or (
                root is not None and root.pos_ in ("NOUN", "PROPN") and
                not _quoted(content, quote_ranges))):
            continue  # 'did not deny the report': no denial, and nothing else said
        summed = quote_indirect.summing_noun_after_cue(tok, content)
        if len(summed) != len(content):  # 'A, the firm said, a move the union condemned'
            content = summed
            if root is not None and root.i not in {t.i for t in content}:
                root = min(content, key=lambda t: len(list(t.ancestors)))
        trimmed = quote_indirect.trim_before_parenthetical(tok, speaker, content)
        if len(trimmed) != len(content):
            content = trimmed
            if root is not None and root.i not in {t.i for t in content}:
                root = min(content, key=lambda t: len(list(t.ancestors)))
        if root is not None and root.i < tok.i and root.dep_ == "advcl" and \
                _asked_participle(root) and enabled("asked_is_no_content"):
            # 'Asked if he would run, Lee said no.': the question put to him is not what he
            # said
            content, root = [], None
        if lemma not in lex["conditional_content"] and asker is None and \
                quote_indirect.condition_as_content(tok, root):
            continue  # 'if you missed A, people pointed it out': no one said A
        if _hypothetical_for_to(tok):
            continue  # 'would make it hard for its lawyers to argue that A': no one did
        absolute = _absolute_participle(tok) if content else set()
        if absolute:  # '"...," Dunn said, his voice breaking.': how, not what
            content = _strip([t for t in content if t.i not in absolute])
            if root is not None and root.i in absolute:
                content, root = [], None
        if quote_indirect.refusal_to_comment(root, content, quote_ranges):
            continue  # 'said she could not comment on the case': nothing was said
        if quote_indirect.impersonal_to_say(tok):
            continue  # "it's safe to say the team did well": the writer's hedge
        if not content and lemma in _CLAUSE_ONLY:
            gap = _subject_gap_report(tok)
            if gap:
                content, root = _clip(gap, tok.head.head, para_of(tok.idx))
                cue_rules.append("subject_gap_relative_report")
        if not content and _object_gap_relative(tok, chain):
            continue  # 'the embargo it helped write, "but ..."': a thing written, no words
        cue = Cue(token=tok, lemma=lemma, stance=lex["verbs"][lemma], negated=negated,
                  speaker=speaker, content=content, content_root=root, chain=chain,
                  fragment_only=fragment_only, np_content=np_content or standing,
                  rules=[r for r in cue_rules if content])
        cue.channel = _channel(tok, chain, root)
        document = _issued_document(tok)
        if cue.channel is None and document is not None:
            cue.channel = _np_name(document)  # "issued a statement saying" -> statement
        cue.date_ent, cue.date_text = _date(tok, chain, content, speaker, quote_ranges)
        cues.append(cue)
        joined = quote_indirect.coordinated_quoted_clause(tok, speaker, quote_ranges, _is_cue)
        if joined is not None and not negated:
            verb, clause = joined
            more, more_root = _clip([t for t in tok.sent if t.i in _subtree_ids(clause)],
                                    clause, para_of(tok.idx))
            if more:  # only its quoted words are reported (fragment_only)
                cues.append(Cue(token=verb, lemma=lemma, stance=cue.stance, speaker=speaker,
                                content=more, content_root=more_root, chain=[verb, *chain],
                                fragment_only=True))
        second = _conjoined_that_clause(tok, content) \
            if enabled("conjoined_that_clause") and not negated and not fragment_only else None
        if second is not None:
            more, more_root = _clip(_strip([t for t in tok.sent if t.i in _subtree_ids(second)]),
                                    second, para_of(tok.idx))
            if more:
                cues.append(Cue(token=second, lemma=lemma, stance=cue.stance, speaker=speaker,
                                content=more, content_root=more_root, chain=[second, *chain],
                                channel=cue.channel, date_ent=cue.date_ent,
                                date_text=cue.date_text))
    for cue in cues:
        _whole_last_word(cue)
    cues.sort(key=lambda c: c.token.i)  # (stable: a joined clause's cue after its verb)
    return cues


def _whole_last_word(cue: Cue) -> None:
    """Rule content_hyphen_word: a reported clause does not end inside a hyphenated word.
    The parser may hang the second half of "flip-flopped" beside the first, so the clause
    of 'her claim that she had flip-flopped on subsidies' ended at "flip"; the words the
    second half heads (right after the hyphen) join the clause."""
    if not cue.content or not enabled("content_hyphen_word"):
        return
    doc = cue.token.doc
    last = max(t.i for t in cue.content)
    if last + 2 >= len(doc) or doc[last + 1].text != "-" or doc[last].whitespace_ or \
            doc[last + 1].whitespace_ or not doc[last + 2].is_alpha:
        return
    second = doc[last + 2]
    ids = {t.i for t in cue.content}
    more = sorted(second.subtree, key=lambda t: t.i)
    if second.i in ids or second.sent.start != doc[last].sent.start or \
            cue.token in more or more[0].i < last + 1 or (
            cue.speaker is not None and cue.speaker in more):
        return
    cue.content = sorted([*cue.content, doc[last + 1],
                          *(t for t in more if t.i not in ids and t.i != last + 1)],
                         key=lambda t: t.i)
    cue.rules.append("content_hyphen_word")


def _conjoined_that_clause(tok: Token, content: list[Token]) -> Token | None:
    """'told reporters that the claim was false, and that the army was not blocking anyone':
    the parser joined the second that-clause to the reporting verb as its conjunct; a verb
    opened by "that" is no clause of its own but a second thing reported (the verb of the
    clause, or None)."""
    if not content:
        return None
    for verb in tok.children:
        if verb.dep_ == "conj" and verb.i > tok.i and verb.pos_ in ("VERB", "AUX") and \
                any(c.dep_ == "mark" and c.lower_ == "that" and c.i < verb.i
                    for c in verb.children) and \
                not any(t.i == verb.i for t in content):
            return verb
    return None


def _gerund_noun_cue(noun: Token, para: tuple[int, int]) -> Cue | None:
    """'X voiced support for lifting the ban' (quote_indirect.gerund_statement)."""
    lex = reporting_lexicon()
    found = quote_indirect.gerund_statement(noun, lex["gerund_nouns"],
                                            lex["gerund_voicing_verbs"])
    if found is None:
        return None
    speaker, gerund = found
    a, b = para
    # the stance noun stays in the clause: 'opposition to building the dam' is what was said
    content = _strip([t for t in noun.doc[noun.i:gerund.right_edge.i + 1] if a <= t.idx < b])
    if not content:
        return None
    return Cue(token=noun, lemma=noun.lemma_.lower(), stance="assert",
               speaker=_in_paragraph(speaker, a, b), content=content, content_root=gerund,
               chain=[noun, noun.head])


def _verb_read_as_noun_cue(noun: Token, para: tuple[int, int]) -> Cue | None:
    """'A regional paper reports that the mayor resigned', 'Local media reports that ...'
    (rule reporting_verb_read_as_noun, quotes14, from the census of real news): the tagger
    reads the verb's -s form as a plural noun heading the sentence, the subject as its
    modifier and the reported clause as the noun's. A reporting verb's -s form at the root,
    with a noun before it and a that-clause (or a clause with its own subject) after it, is
    that verb: the noun before it speaks."""
    if not enabled("reporting_verb_read_as_noun") or noun.tag_ != "NNS" or \
            noun.dep_ != "ROOT":
        return None
    lex = reporting_lexicon()
    lemma = noun.lemma_.lower()
    if lemma not in lex["verbs"] or lemma in lex["fragment_only"] or \
            noun.lower_ not in (lemma + "s", lemma + "es"):
        return None
    speaker = next((c for c in reversed(list(noun.lefts))
                    if c.dep_ in ("compound", "nsubj") and c.pos_ in ("NOUN", "PROPN")), None)
    clause = next((c for c in noun.rights if c.dep_ in ("acl", "ccomp", "relcl") and (
        _that_clause(c) or (c.dep_ == "ccomp" and any(g.dep_ in SUBJECT_DEPS
                                                       for g in c.children)))), None)
    if speaker is None or clause is None:
        return None
    a, b = para
    content = _strip([t for t in noun.sent if t.i in _subtree_ids(clause) and a <= t.idx < b])
    if not content:
        return None
    return Cue(token=noun, lemma=lemma, stance=lex["verbs"][lemma],
               speaker=_in_paragraph(speaker, a, b), content=content, content_root=clause,
               chain=[noun])


def _statement_noun_cue(noun: Token, para: tuple[int, int]) -> Cue | None:
    """'Olsen's claim that the vote was rigged', 'X expressed hope that the talks resume':
    a statement noun with a that-clause, and who voiced it."""
    nouns = reporting_lexicon()["statement_nouns"]
    lemma = noun.lemma_.lower()
    stance = nouns["speech"].get(lemma) or nouns["attitude"].get(lemma)
    if stance is None:
        return None
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and
                   c.i > noun.i and _that_clause(c)), None)
    if clause is None:
        return None
    speaker: Token | None = None
    chain = [noun]
    verb = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and \
            verb.lemma_.lower() in reporting_lexicon()["voicing_verbs"]:
        speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        chain = [noun, verb]
    if speaker is None and lemma in nouns["speech"]:
        speaker = next((c for c in noun.children if c.dep_ == "poss"), None)
        if speaker is None:
            for prep in noun.children:
                if prep.dep_ == "prep" and prep.lower_ in ("by", "from") and prep.i < clause.i:
                    speaker = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if speaker is None:
        return None
    a, b = para
    content = [t for t in noun.sent if t.i in _subtree_ids(clause) and a <= t.idx < b]
    content = _strip(content)
    if not content:
        return None
    return Cue(token=noun, lemma=lemma, stance=stance, speaker=_in_paragraph(speaker, a, b),
               content=content, content_root=clause, chain=chain)


def _directive_noun_cue(noun: Token, para: tuple[int, int]) -> Cue | None:
    """'delivered a plea to the council to act', 'renewed her call for lawmakers to pass the
    budget', 'repeated his demand that the army withdraw': a noun of asking, with the one
    asked and the act asked for (reporting_verbs.json directive_nouns), and who asked."""
    lex = reporting_lexicon()
    lemma = noun.lemma_.lower()
    if lemma not in lex["directive_nouns"] or noun.pos_ != "NOUN":
        return None
    verb = noun.head
    voiced = noun.dep_ == "dobj" and verb.pos_ == "VERB" and \
        verb.lemma_.lower() in (*lex["voicing_verbs"], *lex["directive_voicing_verbs"])
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None) if voiced else None
    if speaker is None:
        speaker = next((c for c in noun.children if c.dep_ == "poss"), None)
    if speaker is None:
        return None
    preps = [c for c in noun.children if c.dep_ == "prep" and c.i > noun.i and
             c.lower_ in (("on", "upon", "for") if lemma == "call" else ("to", "on", "for"))]
    if not preps and voiced:  # ('delivered a plea | to the council | to act': on the verb)
        preps = [c for c in verb.children if c.dep_ == "prep" and
                 c.i == noun.right_edge.i + 1 and c.lower_ in ("to", "on")]
    addressee = next((g for p in preps for g in p.children if g.dep_ == "pobj"), None)

    # the act: an infinitive or that-clause on the noun, or one the parser hung on the verb
    # right after the noun's phrase ('for lawmakers to pass' read as a clause of "renewed")
    start = (addressee.right_edge.i if addressee is not None else noun.right_edge.i) + 1
    act = next((c for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp", "advcl") and
                c.i > noun.i and (to_infinitive(c) or (_that_clause(c) and lemma != "call"))),
               None)
    if act is None and voiced:
        act = next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and
                    c.left_edge.i == start and (to_infinitive(c) or any(
                        a.dep_ == "mark" and a.lower_ == "for" for a in c.children))), None)
    if act is None or (lemma == "call" and addressee is None and not any(
            a.dep_ == "mark" and a.lower_ == "for" for a in act.children)):
        return None
    ids = _subtree_ids(act) | (_subtree_ids(addressee) if addressee is not None else set())
    a, b = para
    content = _strip([t for t in noun.sent if t.i in ids and a <= t.idx < b and not (
        t.dep_ == "mark" and t.head.i == act.i and t.lower_ == "for")])
    if not content:
        return None
    return Cue(token=noun, lemma=lemma, stance="assert", speaker=_in_paragraph(speaker, a, b),
               content=content, content_root=act, chain=[noun, verb] if voiced else [noun])


def _clause_before(tok: Token, speaker: Token | None, quote_ranges: list[tuple[int, int]]
                   ) -> tuple[list[Token], Token | None]:
    """'Fines are set by income, not by wealth, a court clerk told reporters.': a cue and
    its speaker closing the sentence after a comma report the clause before them, also when
    the parser did not link that clause to the cue (long sentences). Needs a finite verb in
    the clause, nothing but the cue's own phrase after it, and no quotation marks (quoted
    words are attributed by their marks)."""
    if speaker is None:
        return [], None
    sent = tok.sent
    start = min(tok.i, speaker.left_edge.i)
    if start <= sent.start or tok.doc[start - 1].text != ",":
        return [], None
    if (any(t.pos_ in ("VERB", "AUX") for t in tok.doc[tok.i + 1:sent.end]) and
            not quote_indirect.noun_phrase_tail_only(tok)) or any(
            t.i < tok.i and t.pos_ in ("VERB", "AUX") and not _describes_speaker(t, speaker)
            for t in speaker.subtree):
        return [], None
    toks = _strip(list(tok.doc[sent.start:start - 1]))
    # (quoted words inside the clause make it a mixed quote; a clause quoted whole, or
    # opening with a quotation, goes by its marks)
    quoted = [t for t in toks if _inside(t.idx, quote_ranges)]
    if sum(t.is_alpha for t in toks) < 4 or (quoted and (
            quoted[0].i == toks[0].i or all(_inside(t.idx, quote_ranges) or t.is_punct
                                            for t in toks))) or \
            not any(t.tag_ in _FINITE_TAGS or t.tag_ == "MD" for t in toks):
        return [], None
    ids = {t.i for t in toks}
    root = min(toks, key=lambda t: (t.head.i in ids and t.head.i != t.i, len(list(t.ancestors))))
    if root.pos_ in ("ADP", "SCONJ") and enabled("fronted_phrase_holds_no_clause") and \
            all(_in_relative(t, ids) and root in t.ancestors
                for t in toks if t.tag_ in _FINITE_TAGS or t.tag_ == "MD"):
        # ('And in a short remark that few will remember, the coach told the story': a
        # phrase framing the verb, whose only finite verbs are in a relative clause on its
        # own noun, is no clause reported; quotes14, from the judged ECB+ sample)
        return [], None
    return toks, root


def _in_relative(tok: Token, ids: set[int]) -> bool:
    """Whether `tok` stands in a relative clause (or a clause on a noun) inside `ids`."""
    return any(a.dep_ in ("relcl", "acl") and a.i in ids for a in [tok, *tok.ancestors])


def _describes_speaker(verb: Token, speaker: Token) -> bool:
    """A verb inside a clause that describes the speaker ('two diplomats involved in the
    talks', 'a woman who lives nearby'), not a clause of its own."""
    own = {t.i for t in speaker.subtree}
    for a in [verb, *verb.ancestors]:
        if a.i == speaker.i:
            return False
        if a.dep_ in ("acl", "relcl") and a.head.i in own:
            return True
    return False


def _clause_after(tok: Token, speaker: Token | None, quote_ranges: list[tuple[int, int]]
                  ) -> tuple[list[Token], Token | None]:
    """'... and a third rally on Friday evening, after which, officers said, a man struck a
    guard with a stone': a speaker and cue set off by commas inside a sentence report the
    clause after them when the parser linked it elsewhere. Needs a clause with a subject and a
    finite verb of its own and no quotation marks (quoted words go by their marks)."""
    if speaker is None or speaker.i > tok.i:
        return [], None
    sent = tok.sent
    doc = tok.doc
    start = speaker.left_edge.i
    end = tok.i + 1
    while end < sent.end and doc[end].dep_ in ("npadvmod", "advmod") and doc[end].head == tok:
        end += 1  # "the police said Tuesday,"
    if start <= sent.start or doc[start - 1].text != "," or end >= sent.end or \
            doc[end].text != ",":
        return [], None
    toks = _strip(list(doc[end + 1:sent.end]))
    ids = {t.i for t in toks}
    if sum(t.is_alpha for t in toks) < 4 or any(_inside(t.idx, quote_ranges) for t in toks):
        return [], None
    finite = [t for t in toks if t.tag_ in _FINITE_TAGS or t.tag_ == "MD"]
    verbs = [t.head if t.dep_ in ("aux", "auxpass") else t for t in finite]
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i in ids
               for v in verbs for c in v.children):
        return [], None
    root = min(toks, key=lambda t: (t.head.i in ids and t.head.i != t.i, len(list(t.ancestors))))
    return toks, root


def _finite_clause(root: Token | None) -> bool:
    if root is None or root.dep_ != "ccomp" or root.pos_ not in ("VERB", "AUX") or \
            not any(c.dep_ in SUBJECT_DEPS for c in root.children):
        return False
    # "found that prices fell", "found the deal would fail"; not "found her buried"
    return root.tag_ in _FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ in _FINITE_TAGS or c.tag_ == "MD")
        for c in root.children)


def _speaks(speaker: Token | None) -> bool:
    """A subject that can deny, claim or confirm something: a name, a pronoun, or a noun for
    people, organizations or documents ('the ministry', 'a spokesman', 'the report'); not
    'the installation confirms the approach'."""
    return speaker is not None and _names_someone(
        speaker, ("organization_nouns", "generic_org_nouns", "document_nouns", "people_nouns"))


def can_speak(speaker: Token | None) -> bool:
    """Whether a cue's subject is someone or something that speaks (see `_speaks`):
    'scientific evidence suggested "a causal link"' quotes the evidence of no one."""
    return _speaks(speaker)


def _quoted(content: list[Token], quote_ranges: list[tuple[int, int]]) -> bool:
    return any(_inside(t.idx, quote_ranges) for t in content)


def _byline(tok: Token) -> bool:
    """'X reports for Y', 'X writes about Z for Y': a person's beat and outlet, no statement."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children) for c in tok.children)


def _with_fronted_subject(tok: Token, speaker: Token | None, content: list[Token]
                          ) -> list[Token]:
    """'It will soon, analysts say.': the parser hangs the clause's subject on the cue."""
    extra: set[int] = set()
    for c in tok.children:
        if c.dep_ in SUBJECT_DEPS and c is not speaker and c.i < content[0].i and \
                (speaker is None or c.i < speaker.i):
            extra |= _subtree_ids(c)
    if not extra:
        return content
    ids = extra | {t.i for t in content}
    return [t for t in tok.sent if t.i in ids]


def _with_second_subject(tok: Token, speaker: Token, content: list[Token]) -> list[Token]:
    """'Several said Ms. Lund, though angry, never raised the bat': the parser gave the cue the
    clause's subject as a second subject after it; it opens the reported clause."""
    extra: set[int] = set()
    for c in tok.children:
        if c.dep_ == "nsubj" and c is not speaker and tok.i < c.i < content[0].i and \
                c.pos_ in ("NOUN", "PROPN", "PRON"):
            extra |= _subtree_ids(c)
    if not extra:
        return content
    ids = extra | {t.i for t in content}
    lo, hi = min(ids), max(ids)
    # the commas of "Mr. Gray, while armed, did" hang on the cue: they are the clause's too
    return [t for t in tok.sent if t.i in ids or (lo < t.i < hi and t.is_punct)]


def _headline_paragraph(doc: Doc, para: tuple[int, int]) -> bool:
    from newsweave.extract.quote_marks import is_headline_case

    a, b = para
    return is_headline_case(doc_text(doc)[a:b])


def content_text(doc: Doc, toks: list[Token], skip: set[int] | None = None
                 ) -> tuple[str, tuple[int, int]] | None:
    """The text of a reported clause (contiguous pieces joined by a space) and its span."""
    skip = skip or set()
    # in text order: a non-projective parse can give a subtree out of order
    kept = sorted((t for t in toks if t.i not in skip), key=lambda t: t.i)
    if not kept:
        return None
    kept_ids = {k.i for k in kept}
    pieces: list[tuple[int, int]] = []
    for t in kept:
        a, b = t.idx, t.idx + len(t.text)
        if pieces and t.i - 1 >= 0 and t.i - 1 in kept_ids and pieces[-1][1] <= a:
            pieces[-1] = (pieces[-1][0], b)
        else:
            pieces.append((a, b))
    full = doc_text(doc)
    text = " ".join(full[a:b] for a, b in pieces)
    # "gun ," -> "gun,"; not "a .38-caliber revolver" -> "a.38-caliber"
    text = re.sub(r"\s+([,.;:])(?![\w$])", r"\1", text).strip(" ,;:-–—")
    return text, (pieces[0][0], pieces[-1][1])
