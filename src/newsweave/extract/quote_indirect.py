"""Reported speech without quotation marks that the dependency parse hides: small named rules
that give back a cue's reported clause or its speaker when the parser broke the sentence.

Each rule is called by newsweave.extract.quote_cues only where its own reading found nothing:

- whether_clause_is_subject: 'said whether the deal survives depends on the vote' keeps the
  "whether": the clause is the subject of what was said, not the question itself.
- clause_hidden_in_object: 'said the plan to widen the road is dead', 'said many of the
  stores had closed': the parser took the clause's subject as the verb's object and hung the
  clause's verb deep inside it.
- participle_speaker: 'with most of those surveyed saying the plan was fair': the ones the
  participle describes speak.
- trim_before_parenthetical: '..., after which, the police said, a man threw a bottle' does
  not report the writer's clause before "after which" (or before a semicolon).
- described_group: 'those polled', 'those who marched' speak as a group.
- gerund_statement: 'X voiced support for lifting the ban' reports what X advocates.
- clause_on_nested_object: 'said in an interview with a radio station that ...' finds the
  that-clause the parser hung on a noun prepositions below the cue.
- quoted_as_phrase: 'dismissed the report as "pure fiction"' is a mixed quote.
- coordinated_quoted_clause: '..., but she did worry there would be "serious fallout"':
  the speaker's quoted words in a clause joined to the cue.
- with_its_commas: 'The bridge, according to engineers, could collapse' -> 'The bridge could
  collapse'.
- report_above_participle / participle_reports_inside: 'X said A, adding that B': "adding"
  is X's (not the subject of A's), and B is not part of A.
- subject_after_parenthetical_cue: 'The merger, said Lee, "opens doors"': Lee speaks.
- surname_read_as_adverb: 'says Early' with Early a surname the tagger read as an adverb.
- surname_read_as_interjection: 'Oh warned that ...' with Oh a surname the tagger read as an
  interjection.
- as_clause_report: 'A, as Lee has said, ...' and 'As Lee said, A.' report A.
- noun_phrase_tail_only: 'A, he says, two markets where ...' and 'A, said X, a nurse, adding
  that B': the cue still reports A.
- name_closing_joined_cue: '..., argued the council.': the parser joined the cue to the
  clause before and made the speaker its object.
- joined_around_parenthetical_cue: 'The plan, said Mayor Ruiz, was a mistake.', 'It is, said
  Rep. Lee, D-Wash., the city's "last sour note."': a cue set off by commas inside its clause
  reports both sides of it.
- named_as_judgement: 'JP Morgan called the ruling a landmark judgment': a naming verb's
  object and the judgement it puts on it, unquoted, are reported speech (indirect).
- object_split_from_clause: 'said tsunamis 10 cm high swept in' keeps "tsunamis".
- noun_object_set_aside: 'X, who denies the accusation, ...', 'denied the allegations, saying
  A', 'a deal that would let both sides claim victory': a denied or claimed noun phrase is no
  statement in an aside, in an unrealised infinitive, or beside a clause the speaker gives.
- refusal_to_comment: 'said she could not comment on the case' reports no content.
- cue_in_condition: 'only if a doctor concludes A', 'If the mayor says A, ...': a report
  the sentence only supposes was made by no one.
- object_subject_of_broken_clause: 'said the regime in Lagos, the old capital, is trying to
  ...' keeps the subject the parser took for the cue's object, past the aside's comma.
- condition_as_content: 'if you have not noticed A, people pointed it out' reports no A.
- made_clear / made_clear_content: 'made (it) clear (that) A' reports A.
- quoted_before_as_clause: 'the "new Gannett," as Reed dubbed the merged firm': the quoted
  words right before an "as" clause with a naming verb are its speaker's.
- quoted_as_below: 'a payout that X blasted on a call as "morally wrong"': the quoted "as"
  phrase the parser hung below the verb (its object is a relative pronoun) is what was said.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from newsweave.extract.ablation import enabled
from newsweave.nlp.docindex import inside_any
from newsweave.nlp.doctext import doc_text
from newsweave.nlp.syntax import to_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token

logger = logging.getLogger(__name__)

_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_FINITE_TAGS = ("VBD", "VBZ", "VBP")
_RELATIVE_WORDS = {"that", "which", "who", "whom", "whose"}
# pronoun objects that are what was said, not the subject of a clause ('said nothing he regrets')
_SAID_PRONOUNS = {"nothing", "something", "anything", "everything", "little", "much", "so",
                  "this", "it", "what", "all", "more", "less", "enough"}


def _finite(verb: Token, participles: bool) -> bool:
    """A verb with tense of its own: 'closed', 'is based', 'would fall' (with participles:
    'involved' too, which the parser tags either way after a noun)."""
    tags = _FINITE_TAGS + (("VBN",) if participles else ())
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return verb.tag_ in tags or any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ in _FINITE_TAGS or c.tag_ == "MD")
        for c in verb.children)


def _relative_clause(verb: Token) -> bool:
    """'the things that he said', 'the words he used': a clause describing its noun, with a
    relative word or a gap where the object should be."""
    if any(c.lower_ in _RELATIVE_WORDS and c.i < verb.i for c in verb.children):
        return True
    if verb.dep_ != "relcl":
        return False
    has_subject = any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    filled = any(c.dep_ in ("dobj", "attr", "ccomp", "xcomp", "acomp", "oprd") and c.i > verb.i
                 for c in verb.children)
    return not (has_subject and filled) and not any(
        c.dep_ == "nsubjpass" for c in verb.children)


def whether_clause_is_subject(mark: Token) -> bool:
    """'said whether Kim will run depends on the polls': the parser makes two clauses of the
    reporting verb, a 'whether' clause and a later one without a subject; the first is the
    subject of the second, so its 'whether' belongs to what was said."""
    if mark.lower_ not in ("whether", "if") or mark.dep_ != "mark":
        return False
    clause = mark.head
    if clause.dep_ != "ccomp":
        return False
    cue = clause.head
    return any(c.dep_ == "ccomp" and c.i > clause.right_edge.i and
               not any(g.dep_ in _SUBJECT_DEPS for g in c.children)
               for c in cue.children)


def clause_hidden_in_object(tok: Token) -> list[Token]:
    """'said the plan to widen the road is dead', 'said many of the stores had closed': for a
    verb that takes a clause and hardly ever a noun, an object whose phrase holds a verb with
    tense (not in a relative clause) is a clause's subject with its verb. Returns the object
    (the root of the reported clause) or nothing."""
    for obj in tok.children:
        if obj.dep_ != "dobj" or obj.i < tok.i or obj.lower_ in _SAID_PRONOUNS:
            continue
        if obj.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "PRON", "DET"):
            continue
        inner = [t for t in obj.subtree if t.i != obj.i and _finite(t, participles=True)
                 and t.dep_ not in ("amod", "compound", "aux", "auxpass")]
        if inner and not any(_relative_clause(v) for v in inner):
            logger.debug("clause hidden in the object of %r: %r", tok.text, obj.text)
            return [obj]
    return []


def participle_speaker(tok: Token) -> Token | None:
    """'with 60 percent of those asked saying the plan was fair', 'residents reporting gunfire
    all night': a participle cue describing a noun phrase has it as its speaker."""
    if tok.dep_ != "acl" or tok.tag_ != "VBG" or tok.head.i > tok.i:
        return None
    head = tok.head
    if head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    # 'the third witness testifying Tuesday' describes a person, it reports nothing
    # ('the witness testifying who listened in': a relative clause the parser hung on it)
    if not any(c.dep_ in ("ccomp", "dobj") and c.i > tok.i and not _relative_clause(c)
               for c in tok.children):
        return None
    return head


def described_group(head: Token) -> tuple[str, tuple[int, int]] | None:
    """'those polled', 'those surveyed', 'those who marched': a demonstrative pronoun with a
    participle or relative clause right after it is a group the sentence describes (the name
    is that short phrase, with its span); a bare 'those' or 'these' is no one."""
    if head.lower_ not in ("those", "these") or head.pos_ != "PRON":
        return None
    clause = next((c for c in head.children if c.dep_ in ("acl", "relcl") and
                   c.i == head.i + 1 + (head.doc[head.i + 1].lower_ == "who")), None)
    if clause is None:
        return None
    # 'those polled', 'those interviewed by the paper', 'those who marched on Sunday'
    end = max([clause.i] + [c.right_edge.i for c in clause.children if c.i > clause.i and
                            c.dep_ in ("prt", "agent", "prep", "npadvmod", "dobj")])
    words = list(head.doc[head.i:end + 1])
    if len(words) > 8 or any(t.is_punct for t in words):
        return None
    span = (words[0].idx, words[-1].idx + len(words[-1].text))
    return doc_text(head.doc)[span[0]:span[1]], span


# relative words opening a new clause of the writer's ('..., after which, X said, ...');
# 'when' and 'while' open a clause inside the reported one ('it fell when, X said, ...')
_BOUNDARY_WORDS = {"which", "whom"}


def _set_off_by_commas(tok: Token, speaker: Token) -> tuple[int, int] | None:
    """The token span of 'the police said' in '..., the police said, ...', else None."""
    doc = tok.doc
    sent = tok.sent
    start = min(tok.i, speaker.left_edge.i)
    end = max(t.i for t in (tok, *(c for c in tok.children if c.dep_ == "prt")))
    if start <= sent.start or doc[start - 1].text != "," or end + 1 >= sent.end or \
            doc[end + 1].text != ",":
        return None
    return start, end


def trim_before_parenthetical(tok: Token, speaker: Token | None, content: list[Token]
                              ) -> list[Token]:
    """'The crowd grew; later, officials said, a man set a car on fire.', '..., after which,
    the police said, someone threw a rock': a cue set off by commas inside a sentence
    reports the clause it interrupts, not the writer's clause before a semicolon or the
    relative word that opens the interrupted clause."""
    if speaker is None or not content:
        return content
    span = _set_off_by_commas(tok, speaker)
    if span is None:
        return content
    start, end = span
    before = [t for t in content if t.i < start]
    if not before or not any(t.i > end for t in content):
        return content
    doc = tok.doc
    cut = None
    for i in range(start - 1, tok.sent.start - 1, -1):
        t = doc[i]
        if t.text == ";" or (t.lower_ in _BOUNDARY_WORDS and t.tag_ in ("WDT", "WP")):
            cut = i
            break
    if cut is None:
        return content
    kept = [t for t in content if t.i > cut]
    while kept and (kept[0].is_punct or kept[0].dep_ == "cc"):
        kept = kept[1:]
    return kept or content


def summing_noun_after_cue(tok: Token, content: list[Token]) -> list[Token]:
    """'A will close, the company said, a move the union condemned.', 'A, Lee suggested, a
    prospect the chairman denied': a noun after the cue, set off by a comma, that sums up
    what was said and whose clause says what someone else made of it, is no part of what
    was said (rule summing_apposition)."""
    if not content or not enabled("summing_apposition"):
        return content
    doc = tok.doc
    for t in content:
        if t.i <= tok.i or t.pos_ != "NOUN" or t.left_edge.i < 1 or \
                doc[t.left_edge.i - 1].text != "," or \
                not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
            continue
        if not any(c.dep_ in ("relcl", "acl") and c.i > t.i and
                   any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                   for c in t.children) and not (enabled("summing_judgement_quoted") and any(
                appos_read_subject(v) is not None for v in t.subtree if v.i > t.i)):
            continue
        if any(u.i > t.right_edge.i and not u.is_punct for u in content):
            continue  # ('said the plan, a proposal the council approved, would cost more':
            # an apposition inside what was said)
        cut = t.left_edge.i - 1
        kept = [u for u in content if u.i < cut]
        while kept and kept[-1].is_punct:
            kept = kept[:-1]
        return kept or content
    return content


def gerund_statement(noun: Token, nouns: dict[str, list[str]], verbs: list[str]
                     ) -> tuple[Token, Token] | None:
    """'Berg has voiced support for lifting the ban', 'the union expressed opposition to
    building the dam': a stance noun voiced by its subject, with a preposition and a gerund,
    reports what the subject advocates (the noun, its preposition and the gerund: 'opposition
    to building the dam'). Returns (speaker, gerund) or None; 'offered support
    for the families' (no gerund) and 'support for rebuilding grew' (no voice) are none."""
    preps = nouns.get(noun.lemma_.lower())
    verb = noun.head
    if not preps or noun.dep_ != "dobj" or verb.pos_ != "VERB" or \
            verb.lemma_.lower() not in verbs:
        return None
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return None
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps or prep.i < noun.i:
            continue
        gerund = next((g for g in prep.children if g.dep_ in ("pcomp", "pobj") and
                       g.tag_ == "VBG"), None)
        if gerund is not None:
            return speaker, gerund
    return None


def clause_on_nested_object(tok: Token, depth: int = 3) -> list[Token]:
    """'said Tuesday in an interview with a local radio station that the budget was
    balanced': the parser hung the that-clause as a relative clause on a noun two or three
    prepositions below the cue. A clause with the complementizer "that" (not a relative "that"
    standing for the noun) and a subject of its own is the reported clause."""
    out: list[Token] = []
    frontier = [c for c in tok.children if c.dep_ == "prep" and c.i > tok.i]
    for _ in range(depth):
        nxt: list[Token] = []
        for prep in frontier:
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                out += [c for c in pobj.children if c.dep_ in ("acl", "relcl", "ccomp") and
                        c.i > pobj.i and any(m.dep_ == "mark" and m.lower_ == "that"
                                             for m in c.children) and
                        any(m.dep_ in _SUBJECT_DEPS for m in c.children)]
                nxt += [g for g in pobj.children if g.dep_ == "prep"]
        if out:
            return out[:1]
        frontier = nxt
    return []


# parts of speech of an audience and the phrases after it, before a that-clause the parser lost
_AUDIENCE_PHRASE_POS = frozenset({"NOUN", "PROPN", "PRON", "DET", "ADJ", "ADP", "NUM", "PART",
                                  "SCONJ", "ADV"})
_TENSE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def that_clause_past_audience(tok: Token) -> tuple[list[Token], Token | None]:
    """'told reporters after a fourth round of meetings that time was running short', 'told
    reporters at the daily briefing that the aide was "staying"': a verb with an audience and
    no clause of its own, where the parser hung the that-clause on a noun of the phrases after
    the audience (or read "that" as a determiner). The words after "that" to the end of the
    sentence (or to a ';', or a ', and' before a new subject) are the reported clause when
    only nouns and prepositions stand between the audience and "that" (no 'and': 'informed
    X of A and that B' coordinates B with the verb's own clause), the word after it is no
    verb (not 'the briefing that followed'), and a verb with tense is among them (rule
    that_clause_past_audience). ([], None) otherwise."""
    if not enabled("that_clause_past_audience") or not any(
            c.dep_ in ("dobj", "dative") and c.i > tok.i for c in tok.children):
        return [], None
    doc, sent = tok.doc, tok.sent
    for j in range(tok.i + 1, min(sent.end, tok.i + 16)):
        t = doc[j]
        if t.lower_ == "that" and j > tok.i + 1:
            clause = list(doc[j + 1:sent.end])
            for k, x in enumerate(clause):
                # ('..., and he predicted that ...': a clause of the narrator's own ends it)
                m = k + 1
                while m < len(clause) and clause[m].text in "\"'”’":
                    m += 1  # (a quotation closing before the 'and')
                if x.text == ";" or (x.text == "," and m + 1 < len(clause) and
                                     clause[m].pos_ == "CCONJ" and
                                     clause[m + 1].pos_ in ("PRON", "PROPN", "DET")):
                    clause = clause[:m] if x.text == "," else clause[:k]
                    break
            if len(clause) < 3 or clause[0].pos_ in ("VERB", "AUX") or \
                    clause[0].is_punct or doc[j - 1].text == ",":
                return [], None
            finite = [x for x in clause if x.tag_ in _TENSE_TAGS and x.pos_ in ("VERB", "AUX")]
            if not finite:
                return [], None
            root = finite[0]
            if root.dep_ in ("aux", "auxpass") and root.head in clause:
                root = root.head
            return clause, root
        if t.pos_ not in _AUDIENCE_PHRASE_POS and not (t.is_punct and t.text in ",-"):
            return [], None
    return [], None


def report_above_participle(tok: Token, is_cue: Callable[[Token], bool]) -> Token | None:
    """'Adler said the city would hire 200 officers, adding that the money would come from
    the state': the parser hung "adding" on the reported verb ("hire"), whose subject ("the
    city") is not the one adding; the reporting verb above that clause ("said") is."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "xcomp", "conj") or \
            any(c.dep_ in _SUBJECT_DEPS for c in tok.children):
        return None
    clause = tok.head
    if clause.dep_ != "ccomp" or clause.i > tok.i:
        return None
    report = clause.head
    if report.i > tok.i or not is_cue(report):
        return None
    return report


def participle_reports_inside(root: Token, is_cue: Callable[[Token], bool]) -> set[int]:
    """Token ids of 'adding that ...' / 'saying ...' reports hung inside a reported clause
    (see report_above_participle): they are a second statement, not part of the first."""
    ids: set[int] = set()
    for t in root.subtree:
        # ('he was uncooperative, refusing to exit his car': no clause, no second statement)
        if t.i > root.i and report_above_participle(t, is_cue) is not None and any(
                c.dep_ == "ccomp" for c in t.children):
            ids |= {g.i for g in t.subtree}
            left = t.doc[t.left_edge.i - 1] if t.left_edge.i > 0 else None
            if left is not None and left.text == ",":
                ids.add(left.i)
    return ids


def quoted_as_phrase(tok: Token, quote_ranges: list[tuple[int, int]]) -> list[Token]:
    """'dismissed the report as "pure fiction"', 'rejected the claims as "baseless lies"': a
    denial's object and the quoted judgement after "as" are what was said (a mixed quote);
    without quotation marks the same words are the writer's summary, no quote."""
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None:
        return []
    as_phrase = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" and
                      c.i > obj.i), None)
    if as_phrase is None and enabled("as_judgement_on_object"):
        # rule as_judgement_on_object: 'dismissed the survey's spread as "static"', the "as"
        # phrase hung by the parser on the object noun, closing it, is the verb's judgement
        as_phrase = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "as"
                          and c.i > obj.i and c.right_edge.i == obj.right_edge.i), None)
    if as_phrase is None or not any(inside_any(t.idx, quote_ranges) for t in as_phrase.subtree):
        return []
    ids = {t.i for t in obj.subtree} | {t.i for t in as_phrase.subtree}
    return [t for t in tok.sent if t.i in ids]


_SAME_SPEAKER_PRONOUNS = {"he", "she", "they", "we", "i"}


def coordinated_quoted_clause(tok: Token, speaker: Token | None,
                              quote_ranges: list[tuple[int, int]],
                              is_cue: Callable[[Token], bool]) -> tuple[Token, Token] | None:
    """'She said she was not concerned, but she did worry there would be "serious fallout"':
    a clause joined to the cue whose subject is the speaker again (a pronoun, or the same
    word) and whose own clause quotes words: those quoted words are the speaker's too (a
    mixed quote), though the verb that joins them ("worry") is no reporting verb. Returns
    (the joined verb, its clause) or None; another subject ('but her deputy feared ...')
    speaks for itself."""
    if speaker is None:
        return None
    for verb in tok.children:
        if verb.dep_ != "conj" or verb.i < tok.i or is_cue(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not (subject.lower_ in _SAME_SPEAKER_PRONOUNS or
                                   subject.lower_ == speaker.lower_):
            continue
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        if clause is not None and any(inside_any(t.idx, quote_ranges) for t in clause.subtree):
            return verb, clause
    return None


def with_its_commas(own: set[int], doc_len: int, is_comma: Callable[[int], bool]) -> set[int]:
    """'The bridge, according to city engineers, could collapse': a phrase set off by commas
    inside the reported clause leaves with both its commas (not 'The bridge,, could')."""
    if not own:
        return own
    lo, hi = min(own), max(own)
    before, after = lo - 1, hi + 1
    if before >= 0 and after < doc_len and is_comma(before) and is_comma(after):
        return own | {before, after}
    return own


def clause_coordinated_before(tok: Token, roots: list[Token], is_cue: Callable[[Token], bool]
                              ) -> set[int]:
    """'A car was used in the robbery, but police cannot say who drove it, the chief said':
    the parser hangs the trailing cue on the first clause as a conjunct and gives it only the
    second as its clause; a cue that ends the sentence reports both. Token ids of the first
    clause (the cue's head without the cue's own subtree), or none."""
    head = tok.head
    if tok.dep_ != "conj" or head.i >= tok.i or head.pos_ not in ("VERB", "AUX") or \
            is_cue(head) or not roots or any(r.i > tok.i for r in roots) or \
            min(r.left_edge.i for r in roots) <= head.i:
        return set()
    if not any(c.dep_ == "cc" and head.i < c.i < roots[0].left_edge.i for c in head.children):
        return set()  # no 'and'/'but' joining two clauses before the cue
    if any(t.pos_ in ("VERB", "AUX") for t in tok.sent if t.i > tok.i):
        return set()  # the cue does not end the sentence: it reports what follows
    own = {t.i for t in tok.subtree}
    return {t.i for t in head.subtree if t.i not in own and t.i < tok.i}


def gerund_subject_clause(tok: Token) -> list[Token]:
    """'said hiring Jones as coach was an inspired choice': the parser made the gerund an
    open complement of the cue and the finite verb whose subject it is a clause under it;
    a gerund after the cue with a finite verb in its phrase is a reported clause."""
    for c in tok.children:
        if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > tok.i and any(
                _finite(t, participles=False) and t.i > c.i and t.dep_ in ("advcl", "ccomp", "conj")
                and t.head.i == c.i for t in c.subtree):
            return [c]
    return []


def noun_before_reduced_cue(tok: Token, quote_ranges: list[tuple[int, int]]) -> Token | None:
    """'"...," the patient described in the report.': right after a quotation, the parser
    read the cue as a participle describing the noun before it; that noun is who speaks.
    Only when the noun phrase starts right after the closing mark and the cue's phrase
    ends the sentence."""
    if tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD") or tok.i == 0:
        return None
    head = tok.head
    if head.i != tok.i - 1 or head.pos_ not in ("NOUN", "PROPN"):
        return None
    doc = tok.doc
    start = next(t.idx for t in head.subtree if not t.is_punct)  # (the mark can hang on it)
    if not any(b <= start and not doc.text[b:start].strip(" ,") for _a, b in quote_ranges):
        return None
    after = [t for t in tok.sent if t.i > tok.right_edge.i]
    if not all(t.is_punct for t in after):
        return None
    return head


def subject_after_parenthetical_cue(verb: Token, subjects: list[Token]) -> Token | None:
    """'The merger, said Lee, "opens new markets"': a cue set off by commas after a fronted
    noun phrase, with a name right after it. The parser gives the cue both as subjects; the
    name speaks, the noun before is what the quotation is about."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    before = [s for s in subjects if s.i < verb.i]
    after = [s for s in subjects if s.i > verb.i and s.dep_ == "nsubj"]
    if not before or not after:
        return None
    name = after[0]
    if name.left_edge.i != verb.i + 1 or not (name.pos_ == "PROPN" or
                                              name.ent_type_ == "PERSON"):
        return None
    end = name.right_edge.i + 1
    if end < len(doc) and doc[end].text not in (",", ".", ";", ":"):
        return None
    return name


def surname_read_as_adverb(tok: Token) -> Token | None:
    """'"...," says Early.' / 'Early says ...': a surname the tagger read as an adverb right
    next to a cue that has no subject. Only a candidate: the speaker resolver takes it only
    when a person of the article has that surname."""
    near = [*tok.children, *(g for c in tok.children if c.pos_ == "ADV" for g in c.children)]
    for child in near:
        # (one adverb may stand between: 'Early still says')
        between = tok.doc[min(child.i, tok.i) + 1:max(child.i, tok.i)]
        if child.dep_ in ("advmod", "npadvmod") and (abs(child.i - tok.i) == 1 or (
                abs(child.i - tok.i) == 2 and between[0].pos_ == "ADV" and
                between[0].text.islower())) and \
                child.text[:1].isupper() and child.text.isalpha() and \
                not child.text.isupper() and child.pos_ in ("ADV", "ADJ") and \
                not child.ent_type_:
            return child
    return None


def surname_read_as_interjection(tok: Token) -> Token | None:
    """'Oh warned that ...', 'Without relief, Oh warned, the talks would fail': a word
    opening a sentence or set off by a comma that the tagger read as an interjection ("Oh",
    "Ah") right before a finite cue that has no subject. Only a candidate, like a
    surname read as an adverb: the speaker resolver takes it only when a person of the
    article has that surname (rule surname_read_as_interjection)."""
    if not enabled("surname_read_as_interjection") or tok.i == 0 or \
            any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in tok.children):
        return None
    word = tok.doc[tok.i - 1]
    opens = word.i == word.sent.start or tok.doc[word.i - 1].text == ","
    if word.pos_ == "INTJ" and word.head.i == tok.i and opens and \
            word.text[:1].isupper() and word.text.isalpha() and not word.text.isupper() and \
            tok.tag_ in ("VBD", "VBZ", "VBP"):
        return word
    return None


def _clause_tokens(toks: list[Token]) -> tuple[list[Token], Token | None]:
    """`toks` without edge punctuation, and their head-most token, when they hold a clause
    of four words or more with a finite verb; else nothing."""
    while toks and (toks[0].is_punct or toks[0].lower_ in ("and", "but")):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if sum(t.is_alpha for t in toks) < 4 or not any(_finite(t, False) for t in toks):
        return [], None
    ids = {t.i for t in toks}
    root = min(toks, key=lambda t: (t.head.i in ids and t.head.i != t.i,
                                    len(list(t.ancestors))))
    return toks, root


def as_clause_report(tok: Token, quote_ranges: list[tuple[int, int]]
                     ) -> tuple[list[Token], Token | None]:
    """'The chip works with any processor, as Lee has said many times, and ...' and 'As Lee
    said, the chip works with any processor.': a cue in an "as" clause with nothing said
    of its own reports the main clause beside it (up to the next comma-joined clause)."""
    doc = tok.doc
    mark = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    # (the parser may hang a short 'as Lee notes,' anywhere)
    misparsed = mark is not None and tok.i - mark.i <= 4 and tok.i + 1 < len(doc) and \
        doc[tok.i + 1].text == ","
    if mark is None or (tok.dep_ != "advcl" and not misparsed) or any(
            c.dep_ in ("ccomp", "dobj", "xcomp", "attr", "oprd") for c in tok.children):
        return [], None
    sent = tok.sent
    own = {t.i for t in tok.subtree}
    opener = doc[sent.start:mark.i - 1] if mark.i > sent.start else None
    # ('For example, as Lee notes, A.': a short opener with no verb is no clause said)
    short_opener = opener is not None and doc[mark.i - 1].text == "," and len(opener) <= 3 \
        and not any(t.pos_ in ("VERB", "AUX") for t in opener)
    if mark.i > sent.start and doc[mark.i - 1].text == "," and not short_opener:
        toks = [t for t in doc[sent.start:mark.i - 1]]  # 'A, as Lee said, ...'
    elif mark.i == sent.start or short_opener:  # 'As Lee said, A.'
        after = next((t.i for t in doc[tok.i + 1:sent.end] if t.text == ","), sent.end)
        if after >= sent.end or after > max(own) + 3:
            return [], None
        toks = [t for t in doc[after + 1:sent.end]]
    else:
        return [], None
    # (a quotation there is the cue's own to frame; a word or two in scare quotes is not)
    words = [t for t in toks if not t.is_punct]
    if sum(inside_any(t.idx, quote_ranges) for t in words) * 2 > len(words) or (
            short_opener and any(inside_any(t.idx, quote_ranges) for t in toks[:2])):
        return [], None
    return _clause_tokens(toks)


def fronted_as_misread(tok: Token) -> tuple[Token, list[Token], Token | None] | None:
    """'As the engineer notes, keeping the pylons saves money.': the parser read the cue
    of a fronted "as" clause as a plural noun (and its subject as a modifier of it). The
    word before the cue is the speaker and the rest of the sentence after the comma is what
    was said: (speaker, content, content root), else None."""
    doc = tok.doc
    sent = tok.sent
    if doc[sent.start].lower_ != "as" or tok.pos_ != "NOUN" or not tok.lower_.endswith("s") \
            or tok.i + 2 >= sent.end or doc[tok.i + 1].text != ",":
        return None
    between = doc[sent.start + 1:tok.i]
    if not len(between) or any(t.pos_ in ("VERB", "AUX", "ADP") or t.is_punct
                               for t in between):
        return None
    speaker = between[-1]
    if speaker.pos_ not in ("NOUN", "PROPN"):
        return None
    toks, root = _clause_tokens([t for t in doc[tok.i + 2:sent.end]])
    return (speaker, toks, root) if toks else None


def closing_cue_misread(tok: Token) -> tuple[Token, list[Token], Token | None] | None:
    """'A, a new study reports.': the parser read a cue closing its sentence as a plural
    noun and its subject as a modifier of it: (that modifier as the speaker, the clause
    before the comma and its root), else None."""
    doc = tok.doc
    sent = tok.sent
    if tok.pos_ != "NOUN" or not tok.lower_.endswith("s") or tok.i == sent.start or \
            any(not (t.is_punct or t.is_space) for t in doc[tok.i + 1:sent.end]):
        return None
    before = doc[tok.i - 1]
    if before.dep_ != "compound" or before.head.i != tok.i or \
            before.pos_ not in ("NOUN", "PROPN"):
        return None
    start = tok.i - 1  # ("a" and "new" hang on the misread cue too)
    while start - 1 > sent.start and doc[start - 1].dep_ in ("det", "amod", "compound",
                                                              "nummod", "poss", "case"):
        start -= 1
    if doc[start - 1].text != ",":
        return None
    toks, root = _clause_tokens([t for t in doc[sent.start:start - 1]])
    return (before, toks, root) if toks else None


def closing_finding_misread(tok: Token, finds: Callable[[Token], bool]
                            ) -> tuple[Token, list[Token], Token | None] | None:
    """'Unemployment rose in March, figures released on Friday show.': a finding verb closing
    its sentence that the parser read as a noun ("on Friday show"): the document or finding
    noun opening the phrase after the last comma (`finds`) speaks, and the clause before
    that comma is what it shows (rule closing_finding_misread)."""
    doc = tok.doc
    sent = tok.sent
    if not enabled("closing_finding_misread") or tok.pos_ != "NOUN" or \
            tok.lower_ not in ("show", "shows") or \
            any(not (t.is_punct or t.is_space) for t in doc[tok.i + 1:sent.end]):
        return None
    comma = next((t.i for t in reversed(doc[sent.start:tok.i]) if t.text == ","), None)
    if comma is None or comma == sent.start or tok.i - comma > 8:
        return None
    noun = next((t for t in doc[comma + 1:tok.i] if t.pos_ in ("NOUN", "PROPN") and
                 t.dep_ != "compound"), None)
    if noun is None or not finds(noun):
        return None
    toks, root = _clause_tokens([t for t in doc[sent.start:comma]])
    return (noun, toks, root) if toks else None


def noun_phrase_tail_only(tok: Token) -> bool:
    """'Growth will come from laptops, he says, two markets where the firm is small.': what
    follows a closing cue after a comma is a noun phrase (its verbs all in clauses on its
    nouns), not a clause the cue reports."""
    doc = tok.doc
    sent = tok.sent
    end = tok.i + 1
    while end < sent.end and doc[end].head.i == tok.i and doc[end].dep_ in (
            "npadvmod", "advmod", "nsubj", "compound"):
        end += 1
    if end >= sent.end or doc[end].text != ",":
        return False
    tail = [t for t in doc[end + 1:sent.end] if not t.is_punct]
    if not tail or tail[0].pos_ not in ("NUM", "DET", "ADJ", "NOUN", "PROPN"):
        return False
    ids = {t.i for t in tail}
    # the cue's own participle ('..., said Ina, a nurse, adding that ...') is no clause it
    # reports either
    aside = {x.i for c in tok.children if c.dep_ == "advcl" and c.tag_ == "VBG" and
             c.i > tok.i for x in c.subtree}
    for t in tail:
        if t.pos_ in ("VERB", "AUX") and t.i not in aside and not any(
                a.i in ids and a.dep_ in ("relcl", "acl") for a in [t, *t.ancestors]):
            return False
    return True


def _could_be_addressee(noun: Token) -> bool:
    """'warned residents the storm ...': a noun for people is whom the cue spoke to."""
    from newsweave.extract.referents import role_classes, speaker_lexicon

    lemma = noun.lemma_.lower()
    lex = speaker_lexicon()
    return lemma in lex["people_nouns"] or lemma in role_classes() or \
        lemma in lex["generic_person_nouns"] or lemma in ("reporter", "journalist", "public",
                                                         "audience", "crowd", "lawmaker")


def object_split_from_clause(tok: Token, root: Token | None) -> list[Token]:
    """'said tsunamis 10 to 40 centimeters high swept into towns': the parser made the
    clause's first noun the cue's object and the rest a clause of its own; the object
    right before that clause belongs to it."""
    if root is None or root.dep_ != "ccomp" or root.head.i != tok.i or root.i < tok.i or \
            root.left_edge.tag_ in ("WRB", "WDT", "WP"):  # ('... the life of X when he ...')
        return []
    for obj in tok.children:
        if obj.dep_ == "dobj" and tok.i < obj.i and (obj.pos_ == "NOUN" or (
                obj.pos_ == "PROPN" and obj.text.islower())) and \
                not obj.ent_type_ and not _could_be_addressee(obj) and \
                _only_aside_comma(obj, root) and \
                not any(c.dep_ == "mark" for c in root.children):
            return [*obj.subtree, *obj.doc[obj.right_edge.i + 1:root.left_edge.i]]
    return []


def _only_aside_comma(obj: Token, root: Token) -> bool:
    """The object runs up to the clause ('said tsunamis ... swept'), or only the comma that
    closes an aside inside it stands between ('said the regime in Lagos, the old capital, is
    trying to ...')."""
    between = obj.doc[obj.right_edge.i + 1:root.left_edge.i]
    if not len(between):
        return True
    return enabled("object_subject_of_broken_clause") and [t.text for t in between] == [","] \
        and any(t.dep_ == "appos" for t in obj.subtree) and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)


_MADE_WORDS = ("clear", "plain")


def made_clear(tok: Token) -> str | None:
    """'made clear the talks were over', 'made it plain that ...': "make clear" as one
    reporting verb (the parser hangs "clear" on the clause or on "it")."""
    if tok.lemma_.lower() != "make" or tok.pos_ != "VERB":
        return None
    doc = tok.doc
    at = tok.i + 1
    if at < len(doc) and doc[at].lower_ == "it":
        at += 1
    if at < len(doc) and doc[at].lower_ in _MADE_WORDS:
        return f"make {doc[at].lower_}"
    return None


def made_clear_content(tok: Token) -> tuple[list[Token], Token | None]:
    """The clause after "made (it) clear (that)", to the end of the sentence."""
    doc = tok.doc
    at = tok.i + 1
    while at < tok.sent.end and (doc[at].lower_ in ("it", "that") or
                                 doc[at].lower_ in _MADE_WORDS):
        at += 1
    return _clause_tokens(list(doc[at:tok.sent.end]))


def quoted_as_below(tok: Token, quote_ranges: list[tuple[int, int]]) -> list[Token]:
    """'a payout that X blasted on a call as "morally wrong"', 'what Y described as "sound
    science"': a judging verb whose object is a relative word; the "as" phrase after it
    (hung on the verb or on a noun below it) whose words are all quoted is what was said."""
    if not any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lower_ in _RELATIVE_WORDS | {
            "what"} for c in tok.children) and tok.dep_ != "relcl":
        return []
    return _quoted_as_phrase(tok, quote_ranges)


def _quoted_as_phrase(tok: Token, quote_ranges: list[tuple[int, int]]) -> list[Token]:
    """The "as" phrase below a judging verb whose words are all quoted (with its marks), or
    []."""
    own = {t.i for t in tok.subtree}
    for t in tok.subtree:
        if t.i <= tok.i or t.dep_ != "prep" or t.lower_ != "as":
            continue
        words = [x for x in t.subtree if x.i > t.i and not x.is_punct]
        if words and all(inside_any(x.idx, quote_ranges) for x in words) and \
                all(x.i in own for x in words):
            return [x for x in t.subtree if x.i > t.i]
    return []


def appos_read_subject(verb: Token) -> tuple[Token, Token] | None:
    """'a figure its treasurer, Dana Holt, described as "..."': the parser read the subject of
    a summing noun's clause ('its treasurer') as an apposition of that noun and hung the verb,
    with no subject of its own, on the apposition or on the noun as a participle. (the
    summing noun, the subject), or None."""
    if verb.dep_ != "acl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    head = verb.head
    if head.dep_ == "appos" and head.pos_ == "NOUN" and head.head.i < head.i and \
            any(c.dep_ == "poss" for c in head.children):
        return head.head, head
    subject = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN" and
                    head.i < c.i < verb.i and any(g.dep_ == "poss" for g in c.children)),
                   None)
    return (head, subject) if subject is not None else None


def summing_judgement(tok: Token, quote_ranges: list[tuple[int, int]]) -> list[Token]:
    """Rule summing_judgement_quoted: 'The club was fined, a decision its owner, Tom Reyes,
    described as "a disgrace."', 'Lee said the depot would close, a move he described as "a
    betrayal."': a judging verb in the clause of a noun set off by a comma that sums up what
    came before ('a decision', 'a move': see summing_apposition) reports the quoted words of
    its "as" phrase, said by the clause's own subject, even under another cue (the summing
    noun is no part of that cue's report) and when the parser read the relative clause as a
    participle ('acl' with a subject of its own). The quoted words, or []."""
    if not enabled("summing_judgement_quoted") or tok.dep_ not in ("relcl", "acl"):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i and c.tag_ not in ("WDT", "WP")
           for c in tok.children):
        noun = tok.head
    elif (read := appos_read_subject(tok)) is not None:
        noun = read[0]
    else:
        return []
    doc = tok.doc
    if noun.pos_ != "NOUN" or noun.i > tok.i or noun.left_edge.i < 1 or \
            doc[noun.left_edge.i - 1].text != "," or \
            not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return []
    return _quoted_as_phrase(tok, quote_ranges)


def name_closing_joined_cue(tok: Token, quote_ranges: list[tuple[int, int]]) -> Token | None:
    """'The result will be "erroneous findings", argued the council.': a cue after a comma
    that the parser joined to the clause before (conj), with no subject of its own and a
    noun phrase object that ends the sentence: that noun phrase speaks (not the subject of
    the clause before, which the cue would inherit)."""
    doc = tok.doc
    if tok.dep_ != "conj" or tok.i == 0 or doc[tok.i - 1].text != "," or any(
            c.dep_ in _SUBJECT_DEPS for c in tok.children) or \
            inside_any(tok.head.idx, quote_ranges):  # (a quotation goes by its marks)
        return None
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "attr") and c.i > tok.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.left_edge.i > tok.i + 2:
        return None
    end = obj.right_edge.i + 1
    if end < tok.sent.end and not doc[end].is_punct:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in doc[end:tok.sent.end]):
        return None
    return obj


def quoted_before_as_clause(tok: Token, quote_ranges: list[tuple[int, int]]) -> list[Token]:
    """'the "new Gannett," as Reed dubbed the merged firm, will ...': a naming verb in an
    "as" clause set off by a comma reports the quotation that ends right before it."""
    doc = tok.doc
    mark = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if mark is None or mark.i < 2 or any(
            c.dep_ == "dobj" and c.lower_ in ("him", "her", "them", "me", "us", "you")
            for c in tok.children):
        return []  # ('"Sleepy Joe," as his rival calls him': a nickname, said of a person)
    k = mark.i - 1
    while k > tok.sent.start and (doc[k].is_punct or doc[k].text in ("'", '"')):
        k -= 1  # back over ',' and the closing mark (either order)
    end = doc[k]
    if not inside_any(end.idx, quote_ranges) or k == mark.i - 1:
        return []
    words: list[Token] = []
    while k >= tok.sent.start and inside_any(doc[k].idx, quote_ranges) and \
            doc[k].text not in ('"', "“", "”"):
        words.insert(0, doc[k])
        k -= 1
    return words if sum(t.is_alpha for t in words) >= 1 else []


def joined_around_parenthetical_cue(tok: Token, speaker: Token | None, content: list[Token]
                                    ) -> list[Token]:
    """'The plan, said Mayor Ruiz, was a mistake.': a cue and its speaker set off by commas
    inside the clause they report. When the content found lies on one side and the other
    side has no finite verb of its own, both sides are the clause (else `content` as is).
    The speaker's phrase is the comma-separated pieces after the cue but the last (a name
    and short appositions such as a party and state)."""
    doc = tok.doc
    sent = tok.sent
    if not content or speaker is None or speaker.i < tok.i or tok.i - 1 <= sent.start or \
            doc[tok.i - 1].text != ",":
        return content
    pieces: list[list[Token]] = [[]]
    for t in doc[tok.i + 1:sent.end]:
        if t.text == ",":
            pieces.append([])
        else:
            pieces[-1].append(t)
    if len(pieces) < 2 or speaker.i not in {t.i for t in pieces[0]} or any(
            len(p) > 8 or not p for p in pieces[:-1]):
        return content
    head = [t for t in doc[sent.start:tok.i - 1]]
    tail = [t for t in pieces[-1] if not (t.is_punct and t.text in ".!?")]
    if not head or not tail:
        return content
    ids = {t.i for t in content}
    head_finite = any(_finite(t, False) for t in head)
    tail_finite = any(_finite(t, False) for t in tail)
    # ('Prices will fall, said X, an economist': a whole clause before, a description after)
    if ids <= {t.i for t in head} and not tail_finite and _lacks_complement(head):
        return head + tail
    if ids <= {t.i for t in tail} and not head_finite:
        return head + tail
    return content


def _lacks_complement(toks: list[Token]) -> bool:
    """'It is' / 'The reason was': a copula with nothing after it is no whole clause."""
    ids = {t.i for t in toks}
    verbs = [t for t in toks if t.pos_ == "AUX" and t.lemma_.lower() == "be" and
             t.dep_ not in ("aux", "auxpass")]
    return bool(verbs) and all(not any(c.i in ids and c.dep_ in (
        "attr", "acomp", "ccomp", "xcomp", "prep", "advmod", "oprd") for c in v.children)
        for v in verbs)


_NAMING_VERBS = ("call", "dub", "label", "brand", "term")
_IDIOM_NOUNS = {"day", "night", "quits", "halt", "truce"}  # 'called it a day'


def named_as_judgement(tok: Token) -> list[Token]:
    """'JP Morgan called the ruling a landmark judgment', 'the senator called the report a
    hoax': a naming verb with an object and an indefinite noun phrase put on it (not
    'called it a day')."""
    if tok.lemma_.lower() not in _NAMING_VERBS or tok.pos_ != "VERB":
        return []
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    judged = next((c for c in tok.children if c.dep_ in ("oprd", "xcomp", "attr") and
                   obj is not None and c.i > obj.right_edge.i and c.pos_ == "NOUN"), None)
    if judged is None and obj is not None:
        # (or hung on the object's last noun as an apposition with no comma before it:
        # 'called the ruling on the case a landmark judgment')
        judged = next((t for t in obj.subtree if t.dep_ == "appos" and t.pos_ == "NOUN" and
                       t.right_edge.i == obj.right_edge.i and
                       tok.doc[t.left_edge.i - 1].text != ","), None)
    if obj is None or judged is None or judged.lemma_.lower() in _IDIOM_NOUNS or not any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in judged.children):
        return []
    ids = {t.i for t in obj.subtree} | {t.i for t in judged.subtree}
    return [t for t in tok.sent if t.i in ids]


_CONDITION_MARKS = (("if",), ("in", "case"))


def conditional_report(tok: Token) -> tuple[list[Token], Token | None]:
    """'The mayor apologized to parents if the delay had caused harm': an apology reports the
    clause its "if" or "in case" opens, right after the verb or its "to" phrase (the parser
    often hangs that clause on a verb higher up); ([], None) when none follows."""
    if not enabled("conditional_report"):
        return [], None
    doc = tok.doc
    sent = tok.sent
    at = tok.i + 1
    to_phrase = next((c for c in tok.children if c.dep_ in ("prep", "dative") and
                      c.lower_ == "to" and c.i == at), None)
    if to_phrase is not None:
        at = to_phrase.right_edge.i + 1
    for mark in _CONDITION_MARKS:
        words = [t.lower_ for t in doc[at:at + len(mark)]]
        if tuple(words) != mark:
            continue
        start = at + len(mark)
        end = start
        while end < sent.end and doc[end].text not in (";", ":") and not (
                doc[end].text == "," and end + 1 < sent.end and
                doc[end + 1].lower_ in ("but", "and", "while", "although")):
            end += 1
        toks = [t for t in doc[start:end] if not (t.is_punct and t.i == end - 1)]
        if not any(t.pos_ in ("VERB", "AUX") for t in toks):
            return [], None
        inside = {t.i for t in toks}
        root = next((t for t in toks if t.pos_ in ("VERB", "AUX") and
                     t.head.i not in inside), None) or \
            min(toks, key=lambda t: len(list(t.ancestors)))
        return toks, root
    return [], None


def noun_object_set_aside(tok: Token, is_cue: Callable[[Token], bool]) -> bool:
    """'X, who denies the accusation, has ...' (an aside about the speaker), 'a deal that would
    allow both leaders to claim victory' (an infinitive under a verb that reports nothing: no
    claim was made), 'denied the allegations, saying A' and 'deny the reports and say A' (the
    clause is what the speaker said; the noun phrase only names what it answers): a cue whose
    noun-phrase object would be what was said reports nothing of its own."""
    if not enabled("noun_object_set_aside"):
        return False
    if tok.dep_ == "relcl":
        return True
    if tok.tag_ == "VB" and tok.dep_ in ("xcomp", "ccomp", "advcl") and to_infinitive(tok) \
            and not is_cue(tok.head):
        return True
    joined = [c for c in tok.children if c.dep_ in ("conj", "advcl") and c.i > tok.i]
    if tok.dep_ == "conj":
        joined.append(tok.head)
    return any(is_cue(v) and any(c.dep_ == "ccomp" for c in v.children) for v in joined)


_NO_COMMENT_VERBS = ("comment", "elaborate", "speculate")


def refusal_to_comment(root: Token | None, content: list[Token],
                       quote_ranges: list[tuple[int, int]]) -> bool:
    """'said she could not comment on the investigation', 'said he would not speculate': a
    refusal to comment is all that was reported, no statement of content (but not when the
    clause goes on: 'would not speculate but was "cautiously optimistic"', 'could not comment
    because the case is pending')."""
    if root is None or not enabled("refusal_to_comment") or \
            root.lemma_.lower() not in _NO_COMMENT_VERBS or \
            not any(c.dep_ == "neg" for c in root.children):
        return False
    ids = {t.i for t in content}
    return not any(c.dep_ in ("conj", "ccomp", "advcl") and c.i in ids
                   for c in root.children) and \
        not any(inside_any(t.idx, quote_ranges) for t in content)


_EXPLETIVES = frozenset({"it", "that", "this"})


def impersonal_to_say(tok: Token) -> bool:
    """Rule impersonal_to_say: "it's safe to say X", "it is too early to say whether X":
    an infinitive cue under a copula whose subject is the empty "it" and whose complement is
    an adjective is the writer's hedge, no one's report (the "it" is no pronoun for the team
    named before it)."""
    if not enabled("impersonal_to_say") or tok.tag_ != "VB" or tok.dep_ != "xcomp" or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    head = tok.head
    if head.pos_ == "ADJ" and head.dep_ == "acomp":  # ('it is safe to say': 'to say' on 'safe')
        head = head.head
    return head.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.pos_ == "ADJ" for c in head.children) and any(
        c.dep_ in ("nsubj", "expl") and c.lower_ in _EXPLETIVES for c in head.children)


_SUPPOSING_MARKS = ("if", "unless")


def cue_in_condition(tok: Token) -> bool:
    """'can be moved only if a doctor concludes the risk is gone', 'If the mayor says the plan
    is dead, ...': a cue opening a condition supposes a report that no one made."""
    return enabled("cue_in_condition") and tok.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _SUPPOSING_MARKS and c.i < tok.i for c in tok.children)


def condition_as_content(tok: Token, root: Token | None) -> bool:
    """'if you have not noticed what is wrong, many people pointed it out': the condition set
    on a cue is not what was said (a verb that reports its if-clause, 'apologized if ...', is
    read by conditional_report before this)."""
    return root is not None and enabled("condition_is_no_content") and \
        root.dep_ == "advcl" and root.head.i == tok.i and any(
            c.dep_ == "mark" and c.lower_ in _SUPPOSING_MARKS for c in root.children)
