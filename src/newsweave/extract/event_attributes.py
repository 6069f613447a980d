"""Event attributes: mode (modality), attribution (who reports it), date and location."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from newsweave.extract.ablation import enabled
from newsweave.extract.actors import (
    ActorContext,
    resolve_np,
)
from newsweave.extract.event_lexicon import classes_of, lexicon, plover_types, reporting_verbs
from newsweave.extract.event_syntax import object_of
from newsweave.extract.modality import (
    alleged_modifiers,
    charge_denier,
    claim_making_heads,
    disputed_claim,
)
from newsweave.model import ActorRef, Article, Location, Quote
from newsweave.nlp.dates import normalize_date
from newsweave.nlp.docindex import doc_index, span_table

if TYPE_CHECKING:
    from spacy.tokens import Span, Token
_CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though"})


def nominal_modality(noun: Token, modality: str, cue: str | None
                      ) -> tuple[str, str | None]:
    """'possible Russian support', 'to discuss aid': an event noun that is only a topic."""
    lex = lexicon()
    alleged = alleged_modifiers() if enabled("alleged_modifier") else frozenset()
    for c in noun.children:
        if c.dep_ == "amod" and c.lower_ in lex["hypothetical_modifiers"]:
            return "hypothetical", c.text
        if c.dep_ == "amod" and c.lower_ in alleged:
            # rule `alleged_modifier`: "the reported bombing of Guffa", "an alleged raid"
            return "alleged", c.text
        if c.dep_ == "amod" and c.lower_ in lex["planned_modifiers"]:
            if enabled("planned_but_held") and _held_all_the_same(noun):
                # "troops repelled a planned attack", "police dispersed a planned rally": it
                # took place, whatever its makers had planned
                return "asserted", None
            return "planned", c.text
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex["topic_verbs"]:
        return "hypothetical", noun.head.text
    return modality, cue


# verbs whose object (a planned event) took place all the same: beaten back, broken up, joined
_HELD_VERBS = frozenset({"repel", "repulse", "rebuff", "withstand", "fend", "fight", "beat",
                         "push", "drive", "disperse", "break", "attend", "join", "disrupt",
                         "interrupt", "storm", "address"})
_HELD_PARTICLES = {"fend": "off", "fight": "off", "beat": "back", "push": "back",
                   "drive": "back", "break": "up"}


def _held_all_the_same(noun: Token) -> bool:
    """Rule `planned_but_held`: the planned event is the object (or passive subject) of a
    verb that says it took place: 'repelled a planned attack', 'police dispersed a planned
    rally', 'thousands joined a planned march', 'a crowd broke away from a planned vigil';
    'banned' or 'foiled' a planned one is not among them (it stays planned)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "from" and head.head.lower_ == "away":
        return head.head.head.lemma_.lower() == "break"  # "broke away from a planned vigil"
    if noun.dep_ not in ("dobj", "nsubjpass") or head.pos_ != "VERB":
        return False
    lemma = head.lemma_.lower()
    if lemma not in _HELD_VERBS:
        return False
    particle = _HELD_PARTICLES.get(lemma)
    return particle is None or any(c.dep_ in ("prt", "advmod") and c.lower_ == particle
                                   for c in head.children)


def clause_head(tok: Token) -> Token:
    """The verb whose clause carries a (possibly nominal) event."""
    node = tok
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        node = node.head
    return node


def event_mode(tok: Token, sense: dict[str, Any], etype: str) -> str | None:
    """The PLOVER mode: the sense's own, else from modifiers or the object's class; never
    one the type does not allow (plover_types.json lists each type's modes)."""
    allowed = set(plover_types()[etype]["modes"])
    if sense.get("mode"):
        return str(sense["mode"]) if sense["mode"] in allowed else None
    lex = lexicon()
    words: list[Token] = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
    for c in list(words):
        words.extend(cc for cc in c.children if cc.dep_ == "conj")
    obj = object_of(tok) if tok.pos_ == "VERB" else None
    obj_toks = list(obj.subtree) if obj is not None else []
    words.extend(t for t in obj_toks if t.dep_ in ("amod", "compound"))
    for w in words:
        mode = lex["mode_modifiers"].get(w.lower_)
        if mode and mode in allowed:
            return str(mode)
    by_class = lex["mode_from_class"].get(etype, {})
    classes = classes_of(obj_toks or [tok])
    for cls in by_class:  # data order is priority: weapons before money
        if cls in classes and by_class[cls] in allowed:
            return str(by_class[cls])
    return None


def attribution(tok: Token, clause: Token, quotes: list[Quote], ctx: ActorContext,
                 article: Article) -> tuple[ActorRef | None, str | None]:
    """Who says the event happened: a quote's speaker, a reporting clause, 'according to'."""
    pos = tok.idx
    containing = [q for q in span_table(quotes).containing(pos) if q.speaker is not None]
    if containing:
        q = min(containing, key=lambda q: q.span[1] - q.span[0])
        return q.speaker, q.quote_id
    reporting = reporting_verbs()
    claim_heads = claim_making_heads()
    node = clause
    for _ in range(8):
        for c in node.children:
            if c.dep_ == "prep" and c.lower_ == "according":
                for p in c.subtree:
                    if p.dep_ == "pobj":
                        refs = resolve_np(p, ctx)
                        if refs:
                            return _not_outlet(refs[0], article), None
        denier = charge_denier(node) if clause.lemma_.lower() not in claim_heads else None
        if denier is not None:
            # "Zambia armed the rebels, a claim Lusaka denies": the denier tells the denial
            refs = resolve_np(denier, ctx)
            if refs:
                return _not_outlet(refs[0], article), None
        if node.head.i == node.i:
            break
        rel, parent = node.dep_, node.head
        if rel == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS
                                  for c in node.children):
            return None, None  # "X said ..., while Y condemned it": the writer's own words
        if node.i == clause.i and disputed_claim(node):
            return None, None  # "X accused Y of arming rebels, a charge Y denies": the writer's
        accuser = _accuser(node, parent, claim_heads)
        if accuser is not None:
            refs = resolve_np(accuser, ctx)
            if refs:
                return _not_outlet(refs[0], article), None
        if rel in ("ccomp", "parataxis", "xcomp") and parent.lemma_.lower() in reporting:
            subj = [c for c in parent.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                refs = resolve_np(subj[0], ctx)
                if refs:
                    return _not_outlet(refs[0], article), None
            return None, None
        node = parent
    # "X attacked Y, officials said": the reporting verb is a child of the event's verb
    for c in clause.children:
        if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in reporting:
            subj = [s for s in c.children if s.dep_ == "nsubj"]
            if subj:
                refs = resolve_np(subj[0], ctx)
                if refs:
                    return _not_outlet(refs[0], article), None
    return None, None


def _accuser(prep: Token, verb: Token, claim_heads: frozenset[str]) -> Token | None:
    """Rule `accuser_asserts`: 'Lesotho accused Malawi of arming the rebels', 'blamed the
    militia for the attack': the accuser tells the act it charges (the act is alleged, and
    the accuser is who alleges it); a passive ('was accused of') names no accuser."""
    if prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "with") or \
            verb.lemma_.lower() not in claim_heads or not enabled("accuser_asserts"):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _not_outlet(ref: ActorRef, article: Article) -> ActorRef | None:
    if article.outlet and ref.name.lower() == article.outlet.lower():
        return None
    return ref


def event_date(tok: Token, clause: Token, sent: Span, article: Article, planned: bool = False
               ) -> tuple[str | None, str | None, str | None]:
    """The date phrase attached to the event's clause (or the only one in the sentence); a
    planned event's bare weekday or month is the next one ('due to sign on Friday')."""
    dates = [e for e in doc_index(sent.doc).ents_in(sent) if e.label_ in ("DATE", "TIME")
             and not _bare_number(e) and not _duration(e)]
    if not dates:
        return None, None, None
    attached = []
    for ent in dates:
        node = ent.root
        for _ in range(4):
            if node.i in (tok.i, clause.i):
                attached.append(ent)
                break
            if node.head.i == node.i:
                break
            node = node.head
    pool = attached or (dates if len(dates) == 1 else [])
    unanchored: str | None = None
    for ent in pool:
        start = ent.start
        if start > 0 and ent.doc[start - 1].lower_ in ("on", "in", "since", "last", "by"):
            text = ent.doc[start - 1:ent.end].text
        else:
            text = ent.text
        value, precision = normalize_date(text, article.published, future=planned)
        if value is not None:
            return value, text, precision
        if unanchored is None and not article.published and \
                normalize_date(text, _ANY_ANCHOR)[0] is not None:
            unanchored = text  # "on Thursday" in an undated article: kept, never guessed
    return None, unanchored, None


def _bare_number(ent: Span) -> bool:
    """'Christopher Simpson, 27, was found guilty': a bare number of one or two digits the
    parser calls a date is an age or a count, never a day of the month ('on the 27th' and
    'March 27' have more words) (evtypes, session 8)."""
    return ent.text.isdigit() and len(ent.text) <= 2


_DURATION = re.compile(r"^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
                       r"[- ](?:hour|day|week|month|year|minute)s?(?:[- ]long|[- ]old)?$", re.I)


def _duration(ent: Span) -> bool:
    """Rule `duration_not_date`: 'a 24-hour walkout', 'a 48-hour strike', 'a three-day
    visit', 'a 10-year sentence': a length of time, not a date (read as one, '24-hour' became
    the 24th of the month and '48-hour' the year 1948)."""
    return enabled("duration_not_date") and bool(_DURATION.match(ent.text.strip()))


_ANY_ANCHOR = "2000-06-15"  # tells a relative date (resolvable given a date) from noise


def event_location(tok: Token, clause: Token, sent: Span, locations: list[Location],
              ctx: ActorContext) -> Location | None:
    """The geocoded place the event's clause names ('in Dushanbe'), most specific first."""
    in_sent = span_table(locations).starting_in(sent.start_char, sent.end_char)
    if not in_sent:
        return None
    scored: list[tuple[int, int, Location]] = []
    for loc in in_sent:
        assert loc.span is not None
        span = sent.doc.char_span(loc.span[0], loc.span[1], alignment_mode="expand")
        if span is None:
            continue
        prep = None
        node = span.root
        for _ in range(3):  # "in [Tajikistan's capital] Dushanbe", "in the province of X"
            if node.dep_ == "pobj" and node.head.lower_ in ("in", "near", "at", "inside",
                                                            "outside", "into"):
                prep = node.head
                break
            if node.head.i == node.i or node.dep_ not in ("pobj", "appos", "compound", "conj"):
                break
            node = node.head.head if node.dep_ == "pobj" else node.head
        if prep is None:
            continue
        node, attached = prep, False
        for _ in range(5):
            if node.i in (tok.i, clause.i):
                attached = True
                break
            if node.head.i == node.i:
                break
            node = node.head
        specificity = 0 if loc.kind == "city" else 1
        if attached:
            scored.append((0, specificity, loc))
    if not scored:
        return None
    scored.sort(key=lambda s: (s[0], s[1]))
    best = scored[0][2]
    return Location(name=best.name, country=best.country, lat=best.lat, lon=best.lon,
                    span=best.span, kind=best.kind)
