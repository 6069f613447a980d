"""Events told in someone's words: what a quote or a reported clause says happened, what it
only hopes for or demands, and the speech acts a quote performs (evquoted5, session 11).

Each rule is a small named function, switchable with NEWSWEAVE_ABLATE (names in
`newsweave.extract.ablation.SPEECH_RULES`); `newsweave.extract.events` calls them while it
assembles an article's events:
- `hoped_for`: 'X said he hoped Russia would withdraw', 'we hope the militias will lay down
  their weapons': an act someone hopes or wishes another will do has not happened.
- `wished_act` (session 14): 'is considering closing the border', 'officials expect Spain to
  recognise the state': an option weighed, or another party's act wished for or forecast, is
  no report (one's own hope and a decided plan stay planned).
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
- `evaluative_stance` (session 12): '"The ministry never cared about the miners," X
  said', 'X said Britain had behaved recklessly', '"Washington's policies have ruined our
  economy"': an evaluative statement about another party in a speaker's words, with no
  accusing word, judges that party (an ACCUSE, through `events._reported_wrongdoing`); the
  stance words are data (lexicons/event_speech.json).
- `risk_not_threat` (session 12): 'the camp was bombed, officials said, threatening to raise
  tensions with Sudan': a participle saying what a happening threatens to bring about is a
  risk, not a threat anyone makes.
- `retaliation_idiom` (session 12): 'Iran said Israel would pay a heavy price', '"Washington
  will regret this," the ministry said': a speaker saying another party will pay, regret or
  face consequences threatens it (`events._retaliation_idioms`).
- `chanted_accusation` (session 12): 'marchers chanted "thieves, thieves"', 'placards read:
  "Liars in office"': a crowd's chant or banner with a word of blame accuses whom it names
  (`events._chanted_accusations`).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from newsweave.extract.ablation import enabled
from newsweave.extract.lexicon import load_json
from newsweave.model import Quote
from newsweave.nlp.syntax import to_infinitive

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


def _passive_verb(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def wished_act(tok: Token) -> bool:
    """Rule `wished_act` (session 14): an act a party weighs or considers doing ('Finland is
    considering closing the border', 'the cabinet is weighing sanctions') is an option, and
    another party's act a subject wants, expects or predicts ('officials expect Spain to
    recognise the state', 'Kyiv wants Berlin to send tanks') has not happened: neither is a
    report. One's own hope or wish ('hopes to sign an accord') is a plan and stays (planned,
    session 11), and so do a decided plan ('will sign', 'plans to sign') and a schedule ('is
    expected to sign'). Words: lexicons/event_speech.json option_verbs, others_act_verbs."""
    if not enabled("wished_act"):
        return False
    words = speech_words()
    options, others = words["option_verbs"], words["others_act_verbs"]
    node = tok
    if tok.pos_ != "VERB":
        # 'is weighing sanctions': a noun weighed is the option's object, when nobody owns
        # it ('weighed Ukraine's request': a request made); 'expect X to sign a pact': the
        # object of an act wished for or forecast
        if tok.dep_ != "dobj" or any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in
                                                           ("by", "from"))
                                     for c in tok.children):
            return False
        node = tok.head
        if node.pos_ != "VERB":
            return False
        if node.lemma_.lower() in options:
            return not _passive_verb(node)
        # 'want Moldavia to sign a pact': the noun of an act wished for goes with its verb
    for _ in range(3):
        if node.dep_ == "conj" and node.head.i != node.i:
            node = node.head  # 'is considering closing and sealing': the first conjunct
            continue
        if node.dep_ not in ("xcomp", "ccomp") or node.head.i == node.i:
            return False
        head = node.head
        lemma = head.lemma_.lower()
        if head.pos_ == "VERB" and not _passive_verb(head):
            if lemma in options:
                return True
            if lemma in others and node.dep_ == "ccomp" and \
                    any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
                return True
        if node.dep_ != "xcomp":
            return False
        node = head  # 'is considering trying to close': up the infinitives
    return False


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
            to_infinitive(c)]
    if not acts or acts[0].lemma_.lower() in speech_words()["outcome_verbs"] or \
            (trigger_types or {}).get(acts[0].i) in speech_words()["force_types"] or \
            acts[0].lemma_.lower() in speech_words()["force_verbs"]:
        return None
    if not any(c.dep_ in ("dobj", "prep", "ccomp") for c in acts[0].children):
        return None
    if any(c.dep_ == "neg" for c in tok.children):
        return None  # "never failed to pay": praise, not blame
    return tok


def _phrase_match(verb: Token, entries: frozenset[str]) -> bool:
    """The verb is one of `entries`: its lemma alone, or its lemma and a particle or a
    preposition it governs ('sell out', 'hide behind')."""
    lemma = verb.lemma_.lower()
    if lemma in entries:
        return True
    return any(f"{lemma} {c.lower_}" in entries for c in verb.children
               if c.dep_ in ("prt", "prep"))


def _negated_or_only(tok: Token) -> bool:
    """'does not care', 'has never respected', 'cares only about': a duty left undone."""
    heads = [tok, tok.head] if tok.dep_ in ("acomp", "oprd") else [tok]
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in ("never", "only"))
               for h in heads for c in h.children)


def evaluative_stance(tok: Token) -> Token | None:
    """Rule `evaluative_stance`: the clause verb of an evaluative statement about its
    subject that names no wrong from the accusing lexicon, or None:
    - a stance verb ('have ruined our economy', 'is bullying its neighbours', 'sold out the
      country', 'hid behind civilians'), or one that takes a party as object ('has failed our
      farmers', 'abandoned the flood victims');
    - a duty negated or limited ('does not care about the miners', 'has never respected a
      single agreement', 'is not interested in peace', 'cares only about power');
    - a verb whose object is a wrong ('spread lies', 'sow division') or 'no' regard ('showed
      no regard for civilian life'), or that uses something as a weapon;
    - an act done in a judging manner ('behaved recklessly') or 'for no reason at all';
    - a copula saying what the subject is or has become ('a safe haven for terrorists', 'a
      puppet of Washington', 'is behind every attack on our bases').
    The caller (`events._reported_wrongdoing`) keeps it only when a speaker other than the
    writer says it of another party, asserted."""
    if not enabled("evaluative_stance"):
        return None
    words = speech_words()
    if tok.pos_ == "VERB" and not any(c.dep_ == "neg" for c in tok.children):
        if _phrase_match(tok, words["stance_verbs"]):
            return tok
        if _phrase_match(tok, words["object_stance_verbs"]) and \
                any(c.dep_ == "dobj" for c in tok.children):
            return tok
        for c in tok.children:
            if c.dep_ == "dobj" and c.lemma_.lower() in words["wrong_objects"]:
                return tok
            if c.dep_ == "advmod" and c.lower_ in words["stance_adverbs"]:
                return tok
            if c.dep_ == "prep" and c.lower_ == "as" and any(
                    p.lemma_.lower() in words["weapon_nouns"] or p.lower_ in words["weapon_nouns"]
                    for p in c.children if p.dep_ == "pobj") and \
                    any(o.dep_ == "dobj" for o in tok.children):
                return tok
            if c.dep_ == "prep" and c.lower_ == "for" and any(
                    p.lower_ == "reason" and any(d.lower_ == "no" for d in p.children)
                    for p in c.children if p.dep_ == "pobj"):
                return tok
    duty = undone_duty(tok)
    if duty is not None:
        return duty
    if tok.dep_ in ("attr", "acomp", "oprd") and tok.head.lemma_.lower() in _COPULAS and \
            not any(c.dep_ == "neg" for c in tok.head.children) and \
            tok.lower_ in words["stance_words"]:
        return tok.head
    if tok.dep_ == "prep" and tok.lower_ == "behind" and \
            tok.head.lemma_.lower() in _COPULAS and any(
                p.dep_ == "pobj" and p.lemma_.lower() in _HARMS for p in tok.children):
        return tok.head  # "Iran is behind every attack on our bases"
    return None


def undone_duty(tok: Token) -> Token | None:
    """Part of rule `evaluative_stance`: a duty negated or limited, whose negation is the
    charge itself ('doesn't care about you', 'has never respected', 'is not interested in
    peace', 'cares only about power', 'showed no regard for civilian life'); the clause
    verb, or None."""
    if not enabled("evaluative_stance"):
        return None
    words = speech_words()
    if tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in words["no_objects"] and
            any(d.lower_ == "no" for d in c.children) for c in tok.children):
        return tok
    if tok.lemma_.lower() in words["duty_verbs"] and _negated_or_only(tok):
        if tok.pos_ == "VERB" and tok.dep_ not in ("xcomp", "aux", "amod"):
            return tok
        if tok.dep_ in ("acomp", "oprd") and tok.head.lemma_.lower() in _COPULAS:
            return tok.head
    return None


# copulas of a judged state ('is', 'has become', 'remains')
_COPULAS = frozenset({"be", "become", "remain", "stay"})
# what a party is said to be behind
_HARMS = frozenset({"attack", "attacks", "killing", "killings", "bombing", "bombings",
                    "violence", "unrest", "plot", "coup", "campaign", "murder", "murders",
                    "assassination", "massacre", "shelling", "strike", "strikes", "raid",
                    "raids", "abduction", "kidnapping", "hack", "hacking", "riots", "crisis"})


# what a banner, sign or placard is: its words are its carriers' speech
_SIGN_NOUNS = frozenset({"banner", "banners", "sign", "signs", "placard", "placards", "poster",
                         "posters", "slogan", "slogans", "graffiti", "leaflet", "leaflets",
                         "pamphlet", "pamphlets", "t-shirt", "t-shirts"})


def chanted_words(verb: Token) -> list[Token] | None:
    """Part of rule `chanted_accusation`: the words a crowd chants or shouts, or a banner
    reads, when a quote opens right after the verb ('chanted "thieves, thieves"', 'placards read:
    "Liars in office"'; not 'shouting that they "would burn it down"', a report of what was
    shouted); None for any other verb. Reading is a banner's or a
    sign's only."""
    if not enabled("chanted_accusation") or verb.pos_ != "VERB" or \
            verb.lemma_.lower() not in speech_words()["chant_verbs"]:
        return None
    if verb.lemma_.lower() == "read" and not any(
            c.dep_ == "nsubj" and c.lower_ in _SIGN_NOUNS for c in verb.children):
        return None
    sent = verb.sent
    opening = next((t for t in sent if t.i > verb.i and not (t.is_punct and not t.is_quote)),
                   None)
    if opening is None or not opening.is_quote:
        return None  # the chant opens right after its verb (not 'shouting that they "would ..."')
    quoted: list[Token] = []
    inside = False
    for t in sent:
        if t.i <= verb.i:
            continue
        if t.text in ('"', "\u201c", "\u201d", "\u2018", "\u2019") or \
                (t.is_quote and t.text not in ("'s",)):
            inside = not inside
            continue
        if inside:
            quoted.append(t)
    return quoted or None


def blames(words: list[Token]) -> bool:
    """Chanted words blame someone: a word of blame (charge_words, stance_words) or of the
    event lexicon's insult and wrongdoing classes."""
    from newsweave.extract.event_lexicon import lexicon

    class_of = lexicon()["class_of"]
    own = speech_words()["charge_words"] | speech_words()["stance_words"]
    for t in words:
        low, lemma = t.lower_, t.lemma_.lower()
        if low in own or lemma in own:
            return True
        if {"insult", "wrongdoing_word"} & set(class_of.get(low, ())):
            return True
    return False


def a_risk(tok: Token) -> bool:
    """Rule `risk_not_threat`: 'threatening to inflame the dispute', 'threatening to derail the
    talks' as a participle adjunct (no subject of its own): what the happening told before it
    threatens to bring about (a risk_verbs infinitive) is no threat made by anyone. A finite
    threat ('Russia threatened to derail the talks') is left alone."""
    if not enabled("risk_not_threat") or tok.lemma_.lower() != "threaten" or \
            tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "xcomp", "acl", "conj"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in speech_words()["risk_verbs"]
               for c in tok.children)


_FUTURE = frozenset({"will", "would", "'ll", "shall", "wo"})
# a price paid as a punishment ('a heavy price'), not a cost ('a higher price for fuel')
_HEAVY = frozenset({"heavy", "steep", "terrible", "huge", "painful", "bitter", "dear", "severe",
                    "harsh", "high", "big", "hefty"})
# the idioms whose negation is the threat itself ('will not go unanswered')
_NEGATED_IDIOMS = frozenset({"go unanswered", "go unpunished"})


def idiom_object_negated(verb: Token) -> bool:
    """Rule `idiom_object_negated` (session 28): 'would face no consequences', 'will pay no
    price': an idiom's object with a negating determiner (negating_determiners of
    lexicons/false_senses.json) negates it as 'not' does: no threat. 'Will face serious
    consequences' stays one."""
    from newsweave.extract.false_senses import false_sense_words

    if not enabled("idiom_object_negated"):
        return False
    nots = false_sense_words().negating_determiners
    return any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ in nots
                                        for d in c.children) for c in verb.children)


def retaliation_idiom(tok: Token) -> Token | None:
    """Rule `retaliation_idiom`: the verb of a clause in the future that tells its subject it
    will pay, regret or face the consequences ('would pay a heavy price', 'will regret this
    decision', 'will face serious consequences', 'will not go unanswered'); None otherwise.
    A clause not in the future ('paid a high price for the war') or negated ('will not pay a
    price') is none; the caller keeps it only when a speaker says it of another party."""
    if not enabled("retaliation_idiom") or tok.pos_ not in ("VERB", "AUX"):
        return None
    kids = list(tok.children)
    if not any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in kids):
        return None
    lemma = tok.lemma_.lower()
    idioms = speech_words()["retaliation_idioms"]
    words = {f"{lemma} {c.lemma_.lower()}" for c in kids if c.dep_ in ("dobj", "advmod", "acomp",
                                                                       "oprd", "xcomp") and
             (c.lemma_.lower() != "price" or any(m.lower_ in _HEAVY for m in c.children))}
    found = [w for w in words if w in idioms] or ([lemma] if lemma in idioms else [])
    if not found:
        return None
    negated = any(c.dep_ == "neg" for c in kids) or idiom_object_negated(tok)
    if negated != (found[0] in _NEGATED_IDIOMS):
        return None
    return tok
