"""Events told in someone's words: what a quote or a reported clause says happened, what it
only hopes for or demands, and the speech acts a quote performs (evquoted5, session 11).

Each rule is a small named function, switchable with NEWSWEAVE_ABLATE (names in
`newsweave.extract.ablation.SPEECH_RULES`); `newsweave.extract.events` calls them while it
assembles an article's events:
- `hoped_for`: 'X said he hoped Russia would withdraw', 'we hope the militias will lay down
  their weapons': an act someone hopes or wishes another will do has not happened.
- `obliged_content`: 'X said Israel must withdraw': the act a speaker says a party must or
  should do is the content of a demand (a REQUEST, `events._obligation_events`), not an act.
- `own_side_subject`: '"If they cross, our artillery will destroy them," the general said':
  the speaker's own side ('our artillery', 'my government') acting in a quote is the speaker's
  party, as 'we' is (for `events._said_conditional_force`).
- `quoted_imperative`: '"Stop bombing our hospitals," the minister told the coalition': an
  order or a plea in a direct quote is a REQUEST from its speaker, to whom the cue names.
- `failed_duty`: 'X said the government had failed to protect refugees': a speaker saying
  another party failed to do what it should blames it (an ACCUSE, through
  `events._reported_wrongdoing`).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from newsweave.extract.ablation import enabled
from newsweave.extract.lexicon import load_json
from newsweave.model import Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@functools.cache
def speech_words() -> dict[str, frozenset[str]]:
    """lexicons/event_speech.json (checked on load): the words each rule below reads."""
    data = load_json("event_speech.json")
    return {part: frozenset(words) for part, words in data.items() if isinstance(words, list)}


def hoped_for(tok: Token) -> bool:
    """Rule `hoped_for`: the event's clause is the content of a hope or a wish ('said he
    hoped Russia would withdraw its troops', 'expressed hope that talks could resume', '"We
    hope the militias will lay down their weapons"'). An infinitive of one's own hope ('hopes
    to visit Moscow') is a plan and is left to modality."""
    if not enabled("hoped_for"):
        return False
    node = tok
    if tok.pos_ != "VERB":
        # a noun hoped for is the clause's subject or object ("hoped talks could resume");
        # a setting of the clause ("would speak at a vigil") is no part of the hope
        if tok.dep_ not in ("nsubj", "nsubjpass", "dobj") or \
                tok.head.pos_ not in ("VERB", "AUX"):
            return False
        node = tok.head
    for _ in range(2):  # "hoped X would withdraw and hand back ...": the first conjunct
        if node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
    if node.dep_ not in ("ccomp", "acl", "advcl") or node.head.i == node.i:
        return False
    head = node.head
    hope = speech_words()["hope_words"]
    if head.lemma_.lower() not in hope and head.lower_ not in hope:
        return False
    if node.dep_ == "advcl":  # "in the hope that": a clause marked by 'that' only
        return any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)
    return True


def obliged_content(tok: Token) -> bool:
    """Rule `obliged_content`: the verb's clause carries a modal of obligation ('Israel must
    withdraw', 'the army should release them', 'Kyiv ought to stop'): what a party is told it
    must do has not been done (a speaker's demand is the REQUEST `_obligation_events`
    makes). A negated obligation ('must not attack') and a passive ('must be countered')
    are left alone."""
    if not enabled("obliged_content") or tok.pos_ != "VERB":
        return False
    kids = list(tok.children)
    if any(c.dep_ == "neg" for c in kids) or any(c.dep_ == "auxpass" for c in kids):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in kids):
        return False  # "must have fired": an inference about the past, not an obligation
    return any(c.dep_ == "aux" and c.lower_ in speech_words()["obligation_modals"]
               for c in kids)


def own_side_subject(subj: Token, quotes: list[Quote]) -> bool:
    """Rule `own_side_subject`: a subject owned by the speaker of the direct quote it stands
    in ('our artillery', 'my government', 'our forces') speaks for the speaker's side."""
    if not enabled("own_side_subject"):
        return False
    if not any(c.dep_ == "poss" and c.lower_ in speech_words()["own_side_possessives"]
               for c in subj.children):
        return False
    return any(q.kind == "direct" and q.speaker is not None and
               q.span[0] <= subj.idx < q.span[1] for q in quotes)


def quoted_imperatives(doc: Doc, quotes: list[Quote]) -> list[tuple[Token, Quote]]:
    """Rule `quoted_imperative`: (verb, quote) for each order or plea that opens a direct
    quote or one of its sentences ('"Stop bombing our hospitals," X said', '"Please release
    our children"', '"Do not hide things like this"'): a base-form verb with no subject of
    its own, not one that only steers the talk ('Look, ...', 'Let me be clear', 'Imagine
    ...') and not a question."""
    if not enabled("quoted_imperative"):
        return []
    out: list[tuple[Token, Quote]] = []
    for q in quotes:
        if q.kind != "direct" or q.speaker is None:
            continue
        span = doc.char_span(q.span[0], q.span[1], alignment_mode="expand")
        if span is None:
            continue
        starts = {span.start} | {s.start for s in doc.sents
                                 if span.start < s.start < span.end}
        for start in sorted(starts):
            verb = _opening_imperative(doc, start, span.end)
            if verb is not None:
                out.append((verb, q))
    return out


def _opening_imperative(doc: Doc, start: int, end: int) -> Token | None:
    i = start
    while i < end and (doc[i].is_punct or doc[i].lower_ in speech_words()["imperative_openers"]):
        i += 1
    if i >= end:
        return None
    verb = doc[i]
    if verb.tag_ != "VB" or verb.pos_ not in ("VERB", "AUX") or \
            verb.lemma_.lower() in speech_words()["discourse_imperatives"] or \
            verb.lemma_.lower() == "be":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    if any(t.text == "?" for t in verb.sent if t.i >= verb.i and t.i < end):
        return None  # "Stop them how?": a question
    # the verb opens a clause of its own (not "to stop" or a participle of a noun phrase)
    return verb if verb.dep_ in ("ROOT", "ccomp", "parataxis", "advcl", "conj", "xcomp") and \
        not any(c.dep_ == "aux" for c in verb.children if c.lower_ not in ("do", "n't")) \
        else None


def failed_duty(tok: Token, trigger_types: dict[int, str] | None = None) -> Token | None:
    """Rule `failed_duty`: 'X has failed to protect refugees', 'the mayor failed to address
    the causes of this tension': a party said to have failed to do something to someone or
    something (the infinitive has an object), not an outcome it missed ('failed to win a
    majority', 'failed to reach a deal'). Returns the verb 'fail'; the caller checks that a
    speaker says it of another party. Failing at an act of force or pressure ('has failed to
    force the population to surrender', by the lexicon's type of the infinitive) is a boast
    of the other side's defeat, not blame."""
    if not enabled("failed_duty") or tok.lemma_.lower() != "fail" or tok.pos_ != "VERB":
        return None
    acts = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and
            any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    if not acts or acts[0].lemma_.lower() in speech_words()["outcome_verbs"] or \
            (trigger_types or {}).get(acts[0].i) in speech_words()["force_types"] or \
            acts[0].lemma_.lower() in speech_words()["force_verbs"]:
        return None
    if not any(c.dep_ in ("dobj", "prep", "ccomp") for c in acts[0].children):
        return None
    if any(c.dep_ == "neg" for c in tok.children):
        return None  # "never failed to pay": praise, not blame
    return tok
