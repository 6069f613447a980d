"""Factuality of an event from its clause: asserted, alleged, planned, denied, negated,
hypothetical or unconfirmed, with the cue word that set it.

We walk from the event's predicate up the dependency tree: auxiliaries, negations and adverbs
of each clause on the way count, and so do the words that govern it ("poised to", "denied",
"reports that", "claimed"). The walk stops at a reporting verb: "He did not say that X
attacked" does not negate the attack. Cue words are data (lexicons/modality.json).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

from newsweave.extract.ablation import enabled
from newsweave.extract.false_senses import negative_adjunct
from newsweave.extract.lexicon import load_json
from newsweave.nlp.doctext import doc_text
from newsweave.nlp.syntax import to_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token

# subjects that say nobody did it (hook, evprecision)
_NEGATIVE_PRONOUNS = frozenset({"nobody", "noone", "nothing"})


def _negative_subject(subject: Token) -> bool:
    """'Neither he nor ...', 'No one', 'None of them', 'Nobody': a subject that says nobody."""
    first = subject.doc[subject.left_edge.i]
    return subject.lower_ in _NEGATIVE_PRONOUNS or _none_of(subject) or (
        first.lower_ in ("not", "neither", "no", "none") and
        first.dep_ in ("neg", "preconj", "det", "advmod"))


def _none_of(subject: Token) -> bool:
    """Rule `negative_quantifier`: 'None of the marchers was arrested', 'none were hurt': a
    subject 'none' says nobody underwent or did the act."""
    return subject.lower_ == "none" and enabled("negative_quantifier")


# most specific first: a denied plan is denied, a reported plan is alleged
PRIORITY = ("denied", "unconfirmed", "negated", "alleged", "hypothetical", "planned")


@functools.lru_cache(maxsize=1)
def _cues() -> dict[str, Any]:
    data = dict(load_json("modality.json"))
    data["_unconfirmed"] = [re.compile(p, re.I) for p in data["unconfirmed_patterns"]]
    for key, value in list(data.items()):
        if isinstance(value, list) and key != "_unconfirmed" and \
                all(isinstance(v, str) for v in value):
            data[key] = frozenset(value)
    return data


def planned_heads() -> frozenset[str]:
    """Adjectives and verbs of readiness or intent ('ready to', 'plans to'): what they govern
    is planned (read here, and by actors' willing_it for the 'it' they describe)."""
    words: frozenset[str] = _cues()["planned_heads"]
    return words


def inquiry_heads() -> frozenset[str]:
    """Verbs whose whether-clause is an inquiry's subject ('to establish whether X shelled'):
    an allegation, not an open question (false_senses.open_question leaves it here)."""
    words: frozenset[str] = _cues().get("inquiry_heads", frozenset())
    return words


def _unconfirmed_cue(trigger: Token) -> str | None:
    """The words ('not clear whether', 'could not confirm') before the trigger in its sentence
    that report the event as unconfirmed, if any."""
    before = doc_text(trigger.doc)[trigger.sent.start_char:trigger.idx]
    for pattern in _cues()["_unconfirmed"]:
        m = pattern.search(before)
        if m:
            return m.group(0).strip()
    return None


def unconfirmed_before(trigger: Token) -> bool:
    """'It is not clear whether', 'could not confirm' before the trigger in its sentence: the
    event is reported as unconfirmed (false_senses.open_question leaves it here)."""
    return _unconfirmed_cue(trigger) is not None


def claim_making_heads() -> frozenset[str]:
    """Verbs that make a claim or a charge ('accuse', 'blame'): their own event is the claim
    being made, whatever is said of its content (rule `disputed_charge`)."""
    words: frozenset[str] = _cues()["claim_making_heads"]
    return words


def alleged_modifiers() -> frozenset[str]:
    """Adjectives that make an event noun an allegation ('the reported bombing')."""
    words: frozenset[str] = _cues()["alleged_modifiers"]
    return words


def modality_of(trigger: Token, media_names: frozenset[str] = frozenset()
                ) -> tuple[str, str | None]:
    """(modality, cue) for the event whose predicate (verb or event noun) is `trigger`."""
    cues = _cues()
    found: dict[str, str] = {}
    # rule `content_noun_scope`: once the walk has passed a noun whose content the event is
    # ("declined to comment on reports that troops attacked"), what governs the noun (a
    # refusal, a negation, a modal) is said of the report, not of the event
    content_noun = False

    def note(kind: str, cue: str) -> None:
        if content_noun and kind in _CONTENT_NOUN_BLIND:
            return
        found.setdefault(kind, cue)

    # nominal events: "no meeting took place", "plans for talks"
    for child in trigger.children:
        if child.dep_ == "det" and child.lower_ == "no":
            note("negated", child.text)
    # "Not the U.S. nor its allies are preventing ...", "No country has recognised ..."
    for subject in (c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")):
        first = subject.doc[subject.left_edge.i]
        if first.lower_ in ("not", "neither", "no", "none") and \
                first.dep_ in ("neg", "preconj", "det", "advmod"):
            note("negated", first.text)
        elif subject.lower_ in _NEGATIVE_PRONOUNS or _none_of(subject):
            note("negated", subject.text)  # "Nobody met the envoy", "None of them was"
    node = trigger
    pending_would: str | None = None
    steps = 0
    crossed_report = False
    skip_local = False
    question = False
    while steps < 10:
        steps += 1
        if not crossed_report and not skip_local:
            for child in node.children:
                low = child.lower_
                if child.dep_ == "neg" and _not_until(node):
                    pass  # "it wasn't until June that police arrested him": it happened
                elif child.dep_ == "neg" or (child.dep_ == "advmod" and low == "never"):
                    note("negated", child.text)
                elif negative_adjunct(child):
                    note("negated", child.text)  # "At no time did X agree" (false_senses)
                elif node.i != trigger.i and child.dep_ == "nsubj" and \
                        trigger.dep_ in ("dobj", "attr") and trigger.head.i == node.i and \
                        _negative_subject(child):
                    # "Neither he nor his aides had contact with the rebels": the subject of
                    # the verb that has the event noun
                    note("negated", child.text)
                elif child.dep_ in ("aux", "auxpass"):
                    if child.dep_ == "aux" and low in ("can", "could") and \
                            _evidential(node, cues):
                        pass  # "he can be seen hitting a rival": what a video shows
                    elif low in cues["planned_aux"]:
                        note("planned", child.text)
                    elif low in cues["hypothetical_aux"]:
                        if low == "would":
                            pending_would = child.text
                        else:
                            note("hypothetical", child.text)
                elif child.dep_ == "advmod" and low in cues["alleged_adverbs"]:
                    note("alleged", child.text)
                elif child.dep_ == "mark" and low in ("whether", "if") and \
                        node.head.lemma_.lower() in inquiry_heads():
                    # "an effort to establish whether X withheld aid": the inquiry's subject
                    # is an allegation, not a mere possibility
                    note("alleged", node.head.text)
                elif child.dep_ == "mark" and low in cues["hypothetical_marks"] and \
                        node.dep_ not in ("ROOT",):
                    note("hypothetical", child.text)
                    if low in ("whether", "if") and node.dep_ in ("ccomp", "csubj"):
                        # "declined to say whether X would attack": an open question; what
                        # governs the question ("declined", "not") is not said of the event
                        question = True
                elif child.dep_ in ("npadvmod", "appos") and _denied_charge(child, cues) and \
                        not (node.i == trigger.i and
                             trigger.lemma_.lower() in cues["claim_making_heads"]):
                    # rule `disputed_charge`: "Zambia armed the rebels, a claim Lusaka denies";
                    # "X accused Y of arming them, a charge Y denies" denies the arming only
                    note("denied", _denied_charge(child, cues) or child.text)
                elif child.dep_ == "advcl" and _conditional_outcome(node, child, cues):
                    # rule `conditional_outcome`: "if the talks fail, X will impose
                    # sanctions", "faces 30 years if convicted": the outcome of a condition
                    note("hypothetical", _mark_of(child))
                elif child.dep_ == "prep" and low == "according":
                    for pobj in child.subtree:
                        if pobj.dep_ == "pobj" and pobj.lower_ in cues["alleged_nouns"]:
                            note("alleged", pobj.text)
        if question or node.dep_ == "ROOT" or node.head.i == node.i:
            break
        rel, parent = node.dep_, node.head
        lemma = parent.lemma_.lower()
        if node.i == trigger.i and rel == "dobj" and trigger.pos_ == "NOUN" and \
                lemma in cues["act_claiming_heads"] and enabled("claimed_act_noun"):
            # rule `claimed_act_noun`: "Al-Shabaab claimed the ambush": the act is the
            # claimant's own word, alleged as "claimed responsibility for the ambush" is
            note("alleged", parent.text)
        if node.i == trigger.i and rel == "pobj" and _reaction_to(parent, cues):
            break  # "was not surprised by the riot": a reaction takes its event as given
        if rel == "xcomp" and lemma in cues["unmeant_heads"] and _past_negated(parent) and \
                enabled("unmeant_act"):
            # rule `unmeant_act`: "he did not mean to shoot the women": he shot them
            break
        if rel == "conj" and _own_subject(node) and enabled("own_subject_conjunct"):
            # "two officers prepared to go before a judge and riot police fired teargas": a
            # conjunct with a subject of its own is a clause of its own; what its head's
            # subject prepares, wants or refuses (the head's own words and the verbs whose
            # infinitive it is) is not said of it; a report above both still is
            while parent.dep_ == "xcomp" and parent.head.i != parent.i:
                parent = parent.head
            node, skip_local = parent, True
            continue
        if rel in ("nsubj", "nsubjpass") and node.i == trigger.i and \
                lemma in _SCHEDULING_HEADS and any(c.dep_ == "auxpass" for c in parent.children) \
                and enabled("scheduled_subject"):
            note("planned", parent.text)  # "a rally is expected on Friday", "is scheduled"
        if rel == "relcl":
            break  # "the Taliban, who have long refused ...": the writer's own aside
        if node.i == trigger.i and rel == "ccomp" and disputed_claim(trigger):
            break  # "X accused Y of arming rebels, a charge Y denies": the accusation was made
        if rel == "acl" and node.i == trigger.i and node.tag_ == "VBN" and \
                parent.pos_ in ("NOUN", "PROPN") and enabled("participle_aside") and \
                not _content_clause(node):
            # "denied claims that militants were in the school bombed by Israel on Tuesday":
            # a past participle describing a noun is the writer's aside, as a relative
            # clause is; what is said or denied of the noun is not said of it
            break
        if rel == "pobj" and parent.lower_ in cues["adjunct_preps"]:
            crossed_report = True  # "since the invasion": the main clause's cues don't apply
        # "Its contacts ... do not mean": a nominal subject is not negated by its verb
        skip_local = node.pos_ in ("NOUN", "PROPN") and rel in ("nsubj", "nsubjpass") and \
            lemma not in cues["occurrence_verbs"]
        if not skip_local and rel in ("nsubj", "nsubjpass") and node.i != trigger.i and \
                trigger.pos_ == "NOUN" and lemma not in cues["occurrence_verbs"] and \
                enabled("quantified_subject"):
            # rule `quantified_subject`: "whether any of his tariffs will be removed": an event
            # noun inside a subject headed by a quantifier is the subject's noun all the same
            skip_local = True
        if parent.lower_ == "matter" and any(c.lower_ == "no" and c.dep_ in ("neg", "det")
                                             for c in parent.children):
            break  # "no matter how many people he killed": a concession, asserted on its own
        # "..., while the Arab League condemned it", "after he was arrested": a subordinate
        # clause of time or contrast is asserted on its own; the main clause's cues are not ours
        if rel == "advcl" and _future_time_clause(node, parent, cues):
            note("planned", parent.text)
        if rel == "advcl" and any(c.dep_ == "mark" and c.lower_ in cues["detached_marks"]
                                  for c in node.children):
            break
        if parent.pos_ in ("NOUN", "PROPN") and parent.lower_ in cues["responsibility_nouns"]:
            # "claimed responsibility for shooting down", "denied responsibility for"
            owner = parent.head.head if parent.dep_ == "pobj" else parent.head
            owner_lemma = owner.lemma_.lower()
            if owner_lemma in cues["denied_heads"]:
                note("denied", owner.text)
            elif owner_lemma in cues["alleged_heads"]:
                note("alleged", owner.text)
        if parent.pos_ == "NOUN" and parent.lower_ in cues["hypothetical_nouns"] and \
                rel in ("prep", "pobj", "acl", "ccomp", "pcomp"):
            note("hypothetical", parent.text)  # "hopes for talks", "the threat of an attack"
        if rel == "prep" and parent.pos_ == "VERB" and lemma in cues["alleged_heads"] and \
                any(c.dep_ == "pcomp" for c in node.children):
            note("alleged", parent.text)  # "accused of blocking aid", "suspected of arming"
        if rel == "prep" and node.lower_ == "of" and parent.pos_ in ("NOUN", "PROPN") and \
                parent.dep_ == "dobj" and parent.head.lemma_.lower() in cues["alleged_heads"] \
                and any(c.dep_ == "pcomp" for c in node.children) and \
                enabled("accused_object_of"):
            # "accused China's coast guard of firing": the parser hangs "of" on the accused
            note("alleged", parent.head.text)
        if parent.pos_ in ("NOUN", "PROPN"):
            if parent.lower_ in cues["alleged_nouns"] and rel in ("acl", "ccomp", "relcl") and \
                    parent.head.lemma_.lower() in cues["denied_heads"] | cues["rejecting_heads"]:
                note("denied", parent.head.text)  # "rejected any suggestion that Russia was"
            if parent.lower_ in cues["alleged_nouns"] and rel in ("acl", "ccomp", "relcl"):
                note("alleged", parent.text)
                content_noun = enabled("content_noun_scope")
            elif parent.lower_ in cues["planned_nouns"] and rel in ("acl", "prep", "pobj"):
                if enabled("no_plans") and any(c.dep_ == "det" and c.lower_ == "no"
                                               for c in parent.children):
                    # rule no_plans: "has no plans to pull out", "no intention of attending"
                    note("negated", parent.text)
                note("planned", parent.text)
            elif parent.lower_ in cues["denied_nouns"]:
                note("denied", parent.text)
        elif rel == "xcomp" or (rel in ("ccomp", "pcomp") and lemma in cues["denied_heads"]):
            if lemma in cues["denied_heads"] and _undenied(parent):
                crossed_report = True  # rule `undenied_content`: "did not deny that X shelled"
            elif lemma in cues["denied_heads"]:
                note("denied", parent.text)
            elif lemma in cues["negating_heads"]:
                note("negated", parent.text)
            elif lemma in cues["alleged_heads"]:
                note("alleged", parent.text)
            elif lemma in cues["planned_heads"]:
                note("planned", parent.text)
            elif lemma in cues["hypothetical_heads"] and rel == "xcomp":
                note("hypothetical", parent.text)  # "are likely to remain"
            elif lemma == "be" and trigger.i > parent.i and to_infinitive(node) and \
                    rel == "xcomp":
                note("planned", parent.text)  # "is to be delivered"
        elif rel == "ccomp":
            if lemma in cues["alleged_heads"]:
                note("alleged", parent.text)
            elif lemma in cues["alleged_by_media_heads"]:
                subj = [c for c in parent.children if c.dep_ == "nsubj"]
                if subj and any(_in_names(s, media_names) or s.lower_ in ("media", "reports")
                                for s in subj):
                    note("alleged", parent.text)
            if lemma in cues["reporting_verbs"]:
                if pending_would and parent.tag_ == "VBD":
                    note("planned", pending_would)  # backshifted "will"
                    pending_would = None
                crossed_report = True
        if rel == "advcl" and any(c.dep_ == "mark" and c.lower_ in cues["hypothetical_marks"]
                                  for c in node.children):
            note("hypothetical", next(c.text for c in node.children if c.dep_ == "mark"))
        node = parent
    if pending_would:
        note("hypothetical", pending_would)
    if "alleged" not in found:
        alleging = _trailing_allegation(trigger, cues)
        if alleging is not None:
            note("alleged", alleging.text)
    if "alleged" not in found:
        alleging = _misparsed_allegation(trigger, cues)
        if alleging is not None:
            note("alleged", alleging.text)
    # sentence-level: "could not confirm", "not clear whether" before the event
    cue = _unconfirmed_cue(trigger)
    if cue is not None:
        note("unconfirmed", cue)
    for kind in PRIORITY:
        if kind in found:
            return kind, found[kind]
    return "asserted", None


# what a noun whose content the event is does not pass down to it (rule `content_noun_scope`)
_CONTENT_NOUN_BLIND = frozenset({"negated", "planned", "hypothetical"})


def _mark_of(clause: Token) -> str:
    """The subordinating word of a clause ('if', 'unless')."""
    return next((c.text for c in clause.children if c.dep_ == "mark"), clause.text)


def _conditional_outcome(node: Token, clause: Token, cues: dict[str, Any]) -> bool:
    """Rule `conditional_outcome`: an if/unless clause on a verb in the future or with a modal
    ('X will impose sanctions if the talks fail', 'could be executed if'), or on a verb of
    prospect ('faces 30 years in prison if convicted'): the verb's act is only the outcome of
    a condition. A threat or an offer with a condition ('threatened to strike if') is made
    all the same: the clause hangs on the threatened act, not on 'threatened'."""
    if not enabled("conditional_outcome") or not any(
            c.dep_ == "mark" and c.lower_ in cues["condition_marks"] for c in clause.children):
        return False
    if node.lemma_.lower() in cues["prospect_heads"]:
        return True
    modals = cues["planned_aux"] | cues["hypothetical_aux"]
    return any(c.dep_ == "aux" and c.lower_ in modals for c in node.children)


def conditional_only(trigger: Token) -> bool:
    """Rule `conditional_only`: 'If talks fail, Serbia could recall its ambassador', 'Kenya
    would send police if the mission got more money': an act under 'could', 'would', 'might'
    or 'may' with an if/unless clause on its verb is only the outcome a condition would have,
    no event of the text (the modality would be hypothetical; events.py drops it). A verb of
    prospect ('faces life if convicted') keeps its event, and so does a threat or offer a
    party makes (events.py turns those into THREATEN before asking)."""
    if not enabled("conditional_only"):
        return False
    cues = _cues()
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" else trigger
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in cues["prospect_heads"]:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in cues["conditional_only_aux"]
               for c in verb.children):
        return False
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cues["condition_marks"]
                                         for m in c.children) for c in verb.children)


def _undenied(verb: Token) -> bool:
    """Rule `undenied_content`: 'did not deny that the army shelled the village', 'never
    denied it': a denial verb that is itself negated denies nothing."""
    return enabled("undenied_content") and any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in verb.children)


def disputed_claim(verb: Token) -> bool:
    """Rule `disputed_charge`: 'X accused Y of arming the rebels, a charge Y denies', 'X
    blamed Y for the attack, a claim Y rejects': the parser hangs the accusation on the
    denial, whose object is the charge; what is denied is the charge's content, not that the
    accusation was made (the accusation is the writer's own report)."""
    if not enabled("disputed_charge") or verb.dep_ != "ccomp":
        return False
    cues = _cues()
    if verb.lemma_.lower() not in cues["claim_making_heads"]:
        return False
    head = verb.head
    if head.lemma_.lower() not in cues["denied_heads"] | cues["rejecting_heads"]:
        return False
    # the charge noun between the accusation and the denial, however the parser hangs it
    # ('a charge Y denies': the denial's object, its subject's compound)
    doc = verb.doc
    return head.i > verb.right_edge.i and any(
        doc[i].pos_ == "NOUN" and doc[i].lower_ in cues["alleged_nouns"]
        for i in range(verb.right_edge.i + 1, head.i))


def _denied_charge(noun: Token, cues: dict[str, Any]) -> str | None:
    """The denying verb of 'a charge Lusaka denies', 'a claim the army rejects' set off after
    a clause (rule `disputed_charge`), if `noun` is such a charge."""
    verb = _charge_denial(noun, cues)
    return verb.text if verb is not None else None


def _charge_denial(noun: Token, cues: dict[str, Any]) -> Token | None:
    if not enabled("disputed_charge") or noun.lower_ not in cues["alleged_nouns"]:
        return None
    heads = cues["denied_heads"] | cues["rejecting_heads"]
    return next((c for c in noun.children
                 if c.dep_ == "relcl" and c.lemma_.lower() in heads), None)


def charge_denier(clause: Token) -> Token | None:
    """The subject of 'a charge Lusaka denies' set off after `clause` (rule `disputed_charge`):
    the denier is who tells the denied event, the act's doer stays its actor."""
    cues = _cues()
    for child in clause.children:
        if child.dep_ in ("npadvmod", "appos"):
            verb = _charge_denial(child, cues)
            if verb is not None:
                return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


def _trailing_allegation(trigger: Token, cues: dict[str, Any]) -> Token | None:
    """Rule `trailing_allegation`: 'Horton was walking home when the gunman fired from the
    roof, prosecutors charge', 'the army shelled the camp, the group alleges': an alleging
    verb at the sentence's root that takes the clause the event is in (or hangs on it, set off
    after it) makes the event alleged even where the walk stopped at a clause of time."""
    if not enabled("trailing_allegation"):
        return None
    root = trigger.sent.root
    heads = cues["alleged_heads"]
    if root.lemma_.lower() in heads and root.i > trigger.i and any(
            c.dep_ in ("ccomp", "parataxis") and c.left_edge.i <= trigger.i <= c.right_edge.i
            for c in root.children) and _has_subject(root):
        return root
    for c in root.children:
        if c.dep_ == "parataxis" and c.left_edge.i > trigger.i and c.lemma_.lower() in heads \
                and _has_subject(c):
            return c
    return None


# the forms a verb of allegation takes when the parser reads it as a noun
_ALLEGING_FORMS = frozenset({"allege", "alleges", "contend", "contends", "claim", "claims",
                             "charge", "say", "says", "maintain", "maintains", "insist",
                             "insists"})


def _misparsed_allegation(trigger: Token, cues: dict[str, Any]) -> Token | None:
    """Rule `misparsed_allegation` (session 23): 'Prosecutors allege Simpson shot Flynn',
    'police claim Smith fired first': with no 'that', the parser may read the verb of
    allegation as a compound noun inside the subject of the reported clause ('Prosecutors
    allege Simpson' as one name), so the walk up the tree never meets it. The word right
    after the subject's first word, lower-case, one of the alleging verbs (alleged_heads)
    in a present form, with a noun before it, makes the clause alleged."""
    if not enabled("misparsed_allegation"):
        return None
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # 'shot and killed'
    if node.dep_ != "ROOT":
        return None
    for subj in (c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")):
        first = subj.left_edge
        if first.i + 1 > subj.i or first.pos_ not in ("NOUN", "PROPN"):
            continue
        word = subj.doc[first.i + 1]
        if word.dep_ == "compound" and word.text.islower() and \
                word.lower_ in _ALLEGING_FORMS and word.lemma_.lower() in cues["alleged_heads"]:
            return word
    return None


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _reaction_to(prep: Token, cues: dict[str, Any]) -> bool:
    """Rule `factive_reaction`: the event noun is what a feeling is about ('not surprised by
    the riot', 'angry at the arrests', 'shocked by the attack'): a reaction takes its event as
    having happened, so the feeling's negation or modal is not the event's."""
    if prep.lower_ not in cues["emotive_preps"] or not enabled("factive_reaction"):
        return False
    head = prep.head
    return head.lemma_.lower() in cues["emotive_heads"] or head.lower_ in cues["emotive_heads"]


def _past_negated(verb: Token) -> bool:
    """'did not mean', "didn't mean": a negated past."""
    return any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ == "did" for c in verb.children)


def _evidential(node: Token, cues: dict[str, Any]) -> bool:
    """Rule `seen_on_video`: 'he can be seen taunting a rival', 'can be heard shouting': a
    passive of seeing or hearing with 'can' tells what a recording shows, not a possibility."""
    return node.lemma_.lower() in cues["evidential_heads"] and any(
        c.dep_ == "auxpass" for c in node.children) and enabled("seen_on_video")


# passive verbs that put their subject event on a calendar ('a protest is scheduled')
_SCHEDULING_HEADS = frozenset({"schedule", "expect", "set", "slate", "plan"})


def _content_clause(node: Token) -> bool:
    """Rule `content_clause_acl` (hook, evquoted5, session 11): 'denied claims that its
    forces had shelled the plant': a clause on a noun with its own subject or a 'that' is
    what the noun says (its content), not a participle describing the noun."""
    return enabled("content_clause_acl") and any(
        c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "mark" and c.lower_ == "that")
        for c in node.children)


def _not_until(node: Token) -> bool:
    """Rule `not_until`: 'it wasn't until June that police arrested him', 'did not leave
    until Monday': a negation with 'until' says when it happened, not that it did not."""
    return enabled("not_until") and any(
        c.dep_ == "prep" and c.lower_ in ("until", "till") for c in node.children)


_FUTURE_AUX = frozenset({"will", "'ll", "shall"})


def _future_time_clause(clause: Token, main: Token, cues: dict[str, Any]) -> bool:
    """Rule `future_time_clause`: 'the U.S. will keep its base after its troops leave Syria':
    a present-tense clause of time under a main clause in the future is still to come."""
    if not enabled("future_time_clause") or not _present_clause(clause):
        return False
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in ("after", "before", "when", "once",
                                                             "until", "as soon as")
               for c in clause.children):
        return False
    if main.lemma_.lower() in cues["prospect_heads"]:
        return True  # "faces life in prison when he is sentenced in May"
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in main.children)


def _present_clause(clause: Token) -> bool:
    """A clause in the simple present, active ('after its troops leave') or passive ('when
    he is sentenced'): no other auxiliary."""
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if clause.tag_ in ("VBP", "VBZ"):
        return not auxes
    return clause.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" and \
        auxes[0].tag_ in ("VBP", "VBZ")


def _own_subject(verb: Token) -> bool:
    """The verb has a subject of its own (not shared with the verb it is conjoined to)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _in_names(tok: Token, names: frozenset[str]) -> bool:
    span = tok.doc[tok.left_edge.i: tok.right_edge.i + 1].text.lower()
    return any(n in span for n in names)
