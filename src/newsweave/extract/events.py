"""PLOVER 2.0 events from the dependency parse: who did what to whom, how sure, said by whom.

A predicate is a verb or an event noun found in the trigger lexicon (lexicons/
event_lexicon.json, senses tried in order), or a verb the lexicon misses whose predicate phrase
is close enough to our type prototypes (lexicons/plover_types.json) in the bundled sentence-
embedding space. Arguments come from the parse: the subject (or the "by" agent, or the subject
inherited through "poised to", "decided to", conjunctions and purpose clauses) is the actor;
the object, dative, "to X", "with X", "on X" or "against X" is the recipient. Event nouns take
their actor from a possessive, a modifier ("Russian aid", "Taliban attack"), "by"/"from"/
"between" phrases, or the subject of a light verb ("held a meeting", "launched attacks").
An event needs at least one resolvable actor; types that PLOVER says need a recipient need one.
Modality comes from newsweave.extract.modality, attribution from the quotes (an event inside a
quote takes its speaker) or from the reporting clause ("X said that ...", "according to X").
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from newsweave.extract import drop_trace
from newsweave.extract.ablation import enabled
from newsweave.extract.actors import (
    ActorContext,
    build_context,
    build_gazetteer,
    dominant_country,
    fallback_country,
    organ_place_countries,
    people_noun,
    state_ref,
    unnamed_party,
    with_stated_role,
)
from newsweave.extract.event_arguments import (
    a_kind_of_thing,
    acceptable_actor,
    accused_noun_party,
    arguments,
    as_protesters,
    complement_country,
    conditional_act_target,
    crime_accusation,
    demanded_clause,
    dispute_clash,
    domestic_recipient,
    implicit_protesters,
    inherited_subject,
    insurgent_home_place,
    judged_thing_owner,
    modifier_partners,
    mutual_fight_verb,
    no_borrowed_country,
    other_side,
    owner_actors,
    patients_of,
    pronoun_owned_by_actor,
    protested_state,
    protesters_as_recipients,
    recipient_args,
    resolve_all,
    same_actor,
    same_side,
    unborrowed_state,
    unnamed_group,
    unnamed_recipients,
    venue_not_accused,
)
from newsweave.extract.event_attributes import (
    attribution,
    clause_head,
    event_date,
    event_location,
    event_mode,
    nominal_modality,
)
from newsweave.extract.event_lexicon import (
    Arg,
    Candidate,
    classes_of,
    lexicon,
    plover_types,
    reporting_verbs,
)
from newsweave.extract.event_speech import (
    a_risk,
    blames,
    chanted_words,
    evaluative_stance,
    failed_duty,
    hoped_for,
    obliged_content,
    own_side_subject,
    quoted_imperatives,
    retaliation_idiom,
    speech_words,
    undone_duty,
    wished_act,
)
from newsweave.extract.event_syntax import (
    hyphenated_noun,
    is_passive,
    object_of,
    reduced_passive,
    subject_tokens,
)
from newsweave.extract.event_triggers import convicted_by_verdict, trigger_candidates
from newsweave.extract.false_senses import (
    act_on_someone,
    false_sense_words,
    future_office_holder,
    negative_adjunct,
)
from newsweave.extract.gazetteer import STATE_SECTORS
from newsweave.extract.geo import article_locations, story_countries
from newsweave.extract.lexicon import argument_words
from newsweave.extract.modality import conditional_only, modality_of
from newsweave.model import ActorRef, Article, Event, Location, Mention, Quote, stable_id
from newsweave.nlp.docindex import doc_index
from newsweave.nlp.syntax import to_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsweave.extract.referents import ArticleResolvers
SPEECH_CONTENT_TYPES = frozenset({"REQUEST", "THREATEN", "REJECT", "ACCUSE"})
# verbs whose object event is only asked for, threatened or refused
ASKED_CONTENT_TYPES = frozenset({"REQUEST", "THREATEN", "REJECT"})
# types whose agentless passive still tells an event ("were killed", "was abducted")
AGENTLESS_TYPES = frozenset({"ASSAULT"})
# what explodes or is fired: "a car bomb killed 12 people" is an attack by an unknown doer
_MEANS_WORDS = frozenset({"bomb", "bombs", "explosion", "explosions", "blast", "blasts",
                          "airstrike", "airstrikes", "strike", "strikes", "shelling",
                          "bombardment", "barrage", "salvo", "device", "ied", "ieds",
                          "gunfire", "shot", "shots", "missile", "missiles", "rocket",
                          "rockets", "shell", "shells", "mortar", "mortars", "grenade",
                          "grenades", "drone", "drones", "mine", "mines", "landmine",
                          "landmines", "attack", "attacks", "raid", "raids", "bullet",
                          "bullets"})
RECIPROCAL_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
_MUTUAL_FIGHTING = frozenset({"clash", "clashes", "skirmish", "skirmishes", "battle",
                              "fighting", "firefight", "gunfight"})


@functools.lru_cache(maxsize=1)
def _media_names() -> frozenset[str]:
    gaz = build_gazetteer()
    names = {k for k, v in gaz.folded.items() if v.kind == "media"}
    names |= {k.lower() for k, v in gaz.exact.items() if v.kind == "media"}
    return frozenset(names | {"newspaper", "agency", "media", "daily", "outlet", "channel",
                              "television", "broadcaster", "website", "reports"})


def _description_linker(doc: Doc, article: Article, mentions: list[Mention],
                        resolvers: ArticleResolvers | None = None
                        ) -> Callable[[Token], tuple[Mention, list[str]] | None]:
    """Who a description heading an event's argument means, through the one resolver of
    descriptions the quote layer uses for described speakers (extract.referents; `resolvers`:
    the article's one, shared with the quote layer, else one built here): the named
    mention it links the description to, and the steps that linked it; None when it links to
    no one named (a new, anonymous party)."""
    from newsweave.extract.referents import ArticleResolvers, age_nominal, aged_party

    resolver = (resolvers or ArticleResolvers(doc, article, mentions)).fresh()
    by_id = {m.mention_id: m for m in mentions}

    def described(tok: Token) -> tuple[Mention, list[str]] | None:
        found = aged_party(resolver, tok) if age_nominal(tok) else \
            resolver.described_party(tok)
        mention = by_id.get(found.mention_id or "") if found is not None else None
        return (mention, list(found.rules)) if found is not None and mention is not None \
            else None
    return described


def extract_events(
    doc: Doc, article: Article, mentions: list[Mention], quotes: list[Quote],
    resolvers: ArticleResolvers | None = None,
) -> tuple[list[Event], list[Location]]:
    """PLOVER events of one article, and every geocoded place it mentions (`resolvers`: the
    article's resolver of descriptions, built once for the quote layer and this one)."""
    countries = story_countries(mentions)
    locations = article_locations(mentions, countries)
    speakers = [(q.span, q.speaker) for q in quotes if q.speaker is not None]
    ctx = build_context(doc, mentions, speakers, published=article.published)  # date: roles
    if "described_party" not in ctx.disabled:
        ctx.described = _description_linker(doc, article, mentions, resolvers)
    # rule mission_owner_country: a place a mission's office speaks from ('the Danish foreign
    # ministry said in Copenhagen') is not where the story happens
    placed = _placed_locations(doc, locations) if enabled("mission_owner_country") \
        else locations
    if ctx.top_country is None and enabled("place_country"):
        ctx.place_country = place_country(
            _foreign_neighbourhoods_out(doc.text, placed)
            if enabled("neighbourhood_not_town") else placed)
        ctx.story_country = ctx.story_country or ctx.place_country
    ctx.dominant_country = dominant_country(
        [loc.country or "" for loc in placed] + organ_place_countries(mentions),
        ctx.placed_counts)
    candidates = trigger_candidates(doc, ctx)
    trigger_types = {c.trigger.i: c.sense["type"] for c in candidates}
    abducting = {c.trigger.i for c in candidates if c.sense.get("mode") == "abduct"}
    themed = {c.trigger.i for c in candidates if "obj" in c.sense and c.trigger.pos_ == "VERB"}
    # "demanded the release of", "requested the withdrawal of", "threatened an invasion": what
    # is asked for, threatened or refused has not happened
    asked = {c.trigger.i for c in candidates
             if c.trigger.pos_ == "VERB" and c.sense["type"] in ASKED_CONTENT_TYPES}
    conditional = _conditional_acts(doc)
    # "its demand that Congo disband the militias": the act a request noun asks for
    demanded = {clause.i for c in candidates if c.trigger.pos_ == "NOUN" and
                c.sense["type"] == "REQUEST"
                for clause in [demanded_clause(c.trigger)] if clause is not None}
    orders = quoted_imperatives(doc, quotes)
    ordered = {t.i for verb, q in orders for t in verb.subtree
               if q.span[0] <= t.idx < q.span[1]}
    events: list[Event] = []
    for cand in candidates:
        if _inside_speech_content(cand.trigger, trigger_types):
            drop_trace.note(cand.trigger, cand.sense["type"], "loop", "inside_speech_content")
            continue
        if cand.trigger.i in ordered:
            drop_trace.note(cand.trigger, cand.sense["type"], "loop", "quoted_imperative")
            continue  # '"Stop bombing our hospitals," X said': what is ordered is not done
        if a_risk(cand.trigger):
            drop_trace.note(cand.trigger, cand.sense["type"], "loop", "risk_not_threat")
            continue  # "..., threatening to inflame the dispute": a risk, not a threat made
        if retaliation_idiom(cand.trigger) is not None:
            drop_trace.note(cand.trigger, cand.sense["type"], "loop", "retaliation_idiom")
            continue  # "Washington will regret this": the speaker's threat (_retaliation_idioms)
        if hoped_for(cand.trigger) or obliged_content(cand.trigger):
            drop_trace.note(cand.trigger, cand.sense["type"], "loop", "hoped_or_obliged")
            continue  # "said he hoped Russia would withdraw", "said Israel must withdraw"
        if wished_act(cand.trigger):
            drop_trace.note(cand.trigger, cand.sense["type"], "loop", "wished_act")
            continue  # "wants to sign a deal", "is considering closing the border"
        if _undone_by_head(cand.trigger, trigger_types):
            drop_trace.note(cand.trigger, cand.sense["type"], "loop", "undone_by_head")
            continue
        if enabled("invited_meeting") and _invited_meeting(cand.trigger, trigger_types):
            drop_trace.note(cand.trigger, cand.sense["type"], "loop", "invited_meeting")
            continue  # "invited X to visit": the invitation is the (planned) meeting
        if enabled("asked_content") and _theme_of_typed_verb(cand.trigger, asked) and \
                not _answered_speech(cand.trigger, cand.sense["type"]):
            drop_trace.note(cand.trigger, cand.sense["type"], "loop", "asked_content")
            continue  # (a demand rejected was made: not asked content)
        if cand.sense["type"] != "PROTEST" and _theme_of_typed_verb(cand.trigger, themed) \
                and not _answered_speech(cand.trigger, cand.sense["type"]) and \
                not _agentless_theme(cand.trigger, trigger_types):
            # (a protest crushed or dispersed still took place; so was a demand rejected)
            drop_trace.note(cand.trigger, cand.sense["type"], "loop", "theme_of_typed_verb")
            continue
        if cand.trigger.i in conditional:
            drop_trace.note(cand.trigger, cand.sense["type"], "loop", "conditional_act")
            continue  # "will withdraw ... unless": the threat's content (_conditional_threats)
        if enabled("raid_release") and _raid_release(cand, trigger_types, abducting):
            drop_trace.note(cand.trigger, cand.sense["type"], "loop", "raid_release")
            continue  # "gunmen stormed the jail and freed 40 inmates": the raid, no release
        if cand.trigger.i in demanded:
            drop_trace.note(cand.trigger, cand.sense["type"], "loop", "demanded_clause")
            continue  # "the demand that Congo disband the militias": asked, not done
        if enabled("said_conditional_force") and _said_conditional_force(cand, quotes):
            # "Turkey said it would launch an offensive if the fighters did not withdraw":
            # force a party says it will use on a condition is a threat it makes now
            cand = Candidate(cand.trigger, {**cand.sense, "type": "THREATEN", "mode": None,
                                            "asserted": True,
                                            "_conditional_force": cand.sense["type"]},
                             cand.method, cand.confidence)
        if _a_preference(cand.trigger) or _a_promised_thing(cand):
            drop_trace.note(cand.trigger, cand.sense["type"], "loop", "preference_or_promise")
            continue
        if not cand.sense.get("asserted") and conditional_only(cand.trigger):
            drop_trace.note(cand.trigger, cand.sense["type"], "loop", "conditional_only")
            continue  # "Serbia could recall its envoy if talks fail": only a condition's outcome
        if enabled("described_state") and _a_described_state(cand.trigger):
            drop_trace.note(cand.trigger, cand.sense["type"], "loop", "described_state")
            continue  # "listed the wolf as threatened": a status, not a threat
        if enabled("claimed_right") and _a_claimed_right(cand.trigger):
            drop_trace.note(cand.trigger, cand.sense["type"], "loop", "claimed_right")
            continue  # "we have every right to protect our farmers": no act yet
        if enabled("asked_by_noun") and _asked_by_noun(cand.trigger):
            drop_trace.note(cand.trigger, cand.sense["type"], "loop", "asked_by_noun")
            continue  # "ignored calls for his resignation": only asked for
        if enabled("readiness_threat") and _readiness_to_use_force(cand):
            # "the army is prepared to attack X": a declared readiness to use force
            cand = Candidate(cand.trigger, {**cand.sense, "type": "THREATEN", "mode": None,
                                            "asserted": True, "_readiness": True},
                             cand.method, cand.confidence)
        built = _build(cand, article, ctx, quotes, locations)
        if not built:
            drop_trace.note(cand.trigger, cand.sense["type"], "build", _why_unbuilt(cand, ctx))
        events.extend(built)
    built_all = list(events)
    events.extend(_obligation_events(doc, article, ctx, quotes, locations, trigger_types))
    events.extend(_conditional_threats(doc, article, ctx, quotes, locations))
    if enabled("said_retaliation"):
        told = {(e.sentence_span, e.actor.name) for e in events
                if e.type == "THREATEN" and e.actor is not None}
        # one threat a statement: "said it would retaliate by expelling X if ..." is told
        events.extend(e for e in _said_retaliation(doc, article, ctx, quotes, locations,
                                                   trigger_types)
                      if e.actor is None or (e.sentence_span, e.actor.name) not in told)
    if enabled("reported_wrongdoing"):
        events.extend(_reported_wrongdoing(doc, article, ctx, quotes, locations,
                                           trigger_types))
    if enabled("critical_of"):
        events.extend(_critical_of(doc, article, ctx, quotes, locations))
    if enabled("owned_wrong"):
        events.extend(_owned_wrongs(doc, article, ctx, quotes, locations, trigger_types))
    if enabled("called_wrong"):
        events.extend(_called_wrongs(doc, article, ctx, quotes, locations))
    if enabled("said_of_wrong"):
        events.extend(_said_of_wrongs(doc, article, ctx, quotes, locations))
    events.extend(_quoted_requests(orders, article, ctx, quotes, locations))
    events.extend(_chanted_accusations(doc, article, ctx, quotes, locations))
    events.extend(_retaliation_idioms(doc, article, ctx, quotes, locations))
    if enabled("host_of_talks"):
        events.extend(_hosted_talks(doc, article, ctx, quotes, locations, events))
    events = _drop_told_victims(doc, events)
    if enabled("article_assailant"):
        events = _article_assailant(events)
    if enabled("purpose_visit_recipient"):
        events = _purpose_visit_recipients(doc, events, ctx)  # "visited X to apologize"
    if enabled("venue_not_accused"):
        events = venue_not_accused(doc, events)  # "a complaint with the tribunal": where
    if enabled("described_suspect"):
        events = _described_suspect(events, doc.text)
    if enabled("dispersed_protesters"):
        events = _dispersed_protesters(doc, events)  # "Police dispersed them": the sit-in's
    if enabled("protesters_recipient"):
        events = protesters_as_recipients(events)  # "200 people were arrested": protesters
    if enabled("undergone_act_doer"):
        events = _undergone_act_doers(doc, events)  # "condemned his detention": the police
    if enabled("answered_act"):
        events = _answered_acts(doc, events)  # "Beijing rejected the protest": Manila's
    if enabled("undergone_act_patient"):
        events = _undergone_act_patients(doc, events)  # "called his arrest ...": the arrested
    if enabled("domestic_recipient"):
        events = [domestic_recipient(e) for e in events]  # a state's own people
    if enabled("victim_side_accuser"):
        events.extend(_victim_side_accusations(events))
    if enabled("own_victim_accuser"):
        told = {(e.span, e.actor.name) for e in events if e.type == "ACCUSE" and e.actor}
        events.extend(e for e in _own_victim_accusations(doc, events)
                      if (e.span, e.actor.name if e.actor else None) not in told)
    if enabled("story_civilians"):
        events = [_story_civilians(doc, e, ctx) for e in events]
    final = _dedupe(events)
    if drop_trace.active():
        kept = {(e.sentence_span, e.type) for e in final}
        for e in built_all:
            if (e.sentence_span, e.type) not in kept:
                drop_trace.note_event(e.trigger, e.sentence, e.type, "post", "dropped")
    return final, locations


def _why_unbuilt(cand: Candidate, ctx: ActorContext) -> str:
    """(For drop_trace only) why _build made no event of a candidate: no actor, no recipient
    a type or sense needs, or another of its checks."""
    if not drop_trace.active():
        return ""
    try:
        actors, recipients = arguments(cand, ctx)
        if not actors and cand.trigger.pos_ == "NOUN":
            actors = _of_object_agents(cand.trigger, ctx) or \
                _received_of_givers(cand.trigger, recipients, ctx)[0]
    except Exception:  # the trace must never break extraction
        return "error"
    if not actors:
        return "no_actor"
    requires = plover_types()[cand.sense["type"]]["requires_recipient"] or \
        cand.sense.get("needs_recipient")
    if requires and not recipients:
        return "no_recipient"
    if "sectors" in cand.sense:
        return "sectors"
    if cand.trigger.pos_ == "NOUN" and (_only_possible(cand.trigger) or
                                        _any_act(cand.trigger)):
        return "hypothetical_noun"
    return "other"


def _story_civilians(doc: Doc, ev: Event, ctx: ActorContext) -> Event:
    """Rule story_civilians (evseed24): unnamed civilians an act of force or coercion hits
    ('the rebels abducted nine villagers', 'gunmen shot three farmers'; the lexicon class
    story_civilian_word, not protesters or crowds) with no place of their own named
    (placed_groups) are the people of the one country the sentence names, else of the
    story's country (never the country of the state that did it): a weaker claim, marked
    inferred, and given last, so that no rule that reads a victim's stated country (an
    accusation by the victim's side) reads it."""
    rec = ev.recipient
    if ev.type not in _ACCUSABLE_TYPES or rec is None or rec.country is not None or \
            rec.type != "NORP" or rec.mention_id is not None:
        return ev
    head = rec.name.lower().rsplit(" ", 1)[-1]
    if head not in lexicon()["classes"]["story_civilian_word"]:
        return ev  # (crowds and protesters are left alone: whose side they are is disputed)
    words = doc.char_span(ev.span[0], ev.span[1], alignment_mode="expand")
    if words is None or not len(words):
        return ev
    # (not the country of a state that did it: 'Sudanese aircraft bombed two villagers' may
    # hit another country's people; an armed group at home hits its own country's)
    actor = ev.actor
    own = actor.country if actor is not None and actor.sector in STATE_SECTORS else None
    code = fallback_country(words[0], ctx, exclude=own)
    if not code:
        return ev
    return dataclasses.replace(ev, recipient=dataclasses.replace(
        rec, country=code, country_inferred=True, rules=[*rec.rules, "story_civilians"]))


# acts of force a party reports against its own side: telling them is accusing their doer
_ACCUSABLE_TYPES = frozenset({"ASSAULT", "COERCE"})


def _victim_side_accusations(events: list[Event]) -> list[Event]:
    """'Hamas said Israeli forces had attacked a school in Gaza', '"The Russian army shells
    our cities," the Ukrainian president said': a party telling of an attack or a coercion
    done to its own side (the victim of its own country, the doer of another) accuses the
    doer: an ACCUSE from the speaker to the doer, asserted (the accusation is made), beside
    the act itself. A third party's account ('the Pentagon said Russian forces shelled
    Kharkiv') and the writer's own account accuse nobody (evtypes3, session 9)."""
    out: list[Event] = []
    for ev in events:
        speaker, doer, victim = ev.attributed_to, ev.actor, ev.recipient
        if ev.type not in _ACCUSABLE_TYPES or speaker is None or doer is None or \
                victim is None or ev.modality not in ("asserted", "alleged"):
            continue
        if enabled("mutual_fight_told") and _mutual_fight(ev):
            continue
        if speaker.country is None or speaker.country != victim.country or \
                doer.country == speaker.country or same_side(speaker, doer):
            continue
        if doer.country is None and not (
                enabled("victim_side_unknown_doer") and not doer.country_inferred and
                not speaker.country_inferred and not victim.country_inferred):
            # rule `victim_side_unknown_doer` (session 11): 'military officials said Hamas
            # militants fired mortar shells at the troops': a doer of no known country told
            # by the victim's own side is accused all the same (stated countries only)
            continue
        start, end = ev.span
        rules = [*ev.rules, "victim_side_accuser"] + \
            (["victim_side_unknown_doer"] if doer.country is None else [])
        out.append(dataclasses.replace(
            ev, event_id=stable_id("evt", ev.article_id, start, end, "ACCUSE", speaker.name),
            type="ACCUSE", actor=speaker, recipient=doer, mode=None, modality="asserted",
            modality_cue=None, details=[], rules=rules))
    return out


def _mutual_fight(ev: Event) -> bool:
    """Rule `mutual_fight_told` (session 23): 'a local doctor conceded there were skirmishes
    between the rebels and the police', 'the fighting between the militia and the army': a clash or
    a battle is fought by both sides (mutual_fight_words of lexicons/false_senses.json), so
    telling of one done with one's own side accuses nobody: no victim side."""
    return ev.trigger.lower() in false_sense_words().mutual_fight_words


def _chanted_accusations(doc: Doc, article: Article, ctx: ActorContext, quotes: list[Quote],
                         locations: list[Location]) -> list[Event]:
    """Rule `chanted_accusation` (session 12): 'marchers chanted "thieves, thieves"', 'they
    shouted "the mayor lies, the children die"', 'placards read: "Liars in office"': a
    crowd's quoted chant or a banner with a word of blame (event_speech.blames)
    is an ACCUSE from the crowd (its subject; 'they' the nearest group before it; a banner's
    carriers: the protesters) to each party the words name, or to no named party."""
    out: list[Event] = []
    for verb in doc:
        words = chanted_words(verb)
        if not words or not blames(words):
            continue
        subj = subject_tokens(verb)
        crowd = [a for a in resolve_all(subj, ctx) if acceptable_actor(a[0])]
        if not crowd and subj and subj[0].lower_ in _THEY:
            crowd = _they_party(subj[0], ctx)
        if not crowd and (not subj or _crowd(subj[0]) or subj[0].tag_ == "NNS"):
            # an unnamed crowd ('march participants', 'dozens') or its banners
            crowd = implicit_protesters(verb, ctx)
        if not crowd:
            continue
        named = [r for t in words if t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "NORP", "GPE")
                 or t.lower_ in ("government", "state", "police", "regime", "army")
                 for r in resolve_all([t], ctx)
                 if acceptable_actor(r[0]) and not same_actor(r[0], crowd[0][0])]
        seen: list[Arg] = []
        for r in named:
            if not any(same_actor(r[0], s[0]) for s in seen):
                seen.append(r)
        sense: dict[str, Any] = {"type": "ACCUSE", "asserted": True, "speech_act": True,
                                 "_rule": "chanted_accusation"}
        out.extend(_assemble(Candidate(verb, sense, method="lexicon"), sense, article, ctx,
                             quotes, locations, [(crowd[0], r) for r in seen[:2]] or
                             [(crowd[0], None)]))
    return out


def _retaliation_idioms(doc: Doc, article: Article, ctx: ActorContext, quotes: list[Quote],
                        locations: list[Location]) -> list[Event]:
    """Rule `retaliation_idiom` (session 12): 'Iran said Israel would pay a heavy price for
    the strike', '"Washington will regret this decision," the ministry said', 'Moscow warned
    that the move would not go unanswered': a speaker telling another party it will pay,
    regret or face the consequences is a THREATEN from the speaker to that party (the
    clause's subject, or the owner of a thing: 'the move' has none, so no recipient),
    asserted. The writer's own forecast threatens nobody; nor does the speaker's own side."""
    out: list[Event] = []
    for tok in doc:
        pred = retaliation_idiom(tok)
        if pred is None:
            continue
        speaker, _ = attribution(pred, clause_head(pred), quotes, ctx, article)
        speaker = with_stated_role(speaker, ctx)
        if speaker is None or not acceptable_actor(speaker):
            continue
        subj = subject_tokens(pred)
        warned = object_of(pred.head) if pred.dep_ == "ccomp" else None
        if subj and subj[0].pos_ == "PRON" and warned is not None:
            # "warned Greece that it would pay a heavy price": 'it' is the one warned
            subj = [warned]
        targets = [r for r in resolve_all(subj, ctx) if acceptable_actor(r[0])]
        if not targets and subj and subj[0].pos_ == "NOUN":
            targets = [o for o in owner_actors(subj[0], ctx) if acceptable_actor(o[0])]
        if subj and subj[0].lower_ in ("we", "i", "us"):
            continue  # "we will pay a price": the speaker's own side
        pairs: list[tuple[Arg | None, Arg | None]] = [
            ((speaker, pred), t) for t in targets[:2] if not same_side(speaker, t[0])]
        if targets and not pairs:
            continue
        sense: dict[str, Any] = {"type": "THREATEN", "asserted": True, "speech_act": True,
                                 "_rule": "retaliation_idiom"}
        out.extend(_assemble(Candidate(pred, sense, method="lexicon"), sense, article, ctx,
                             quotes, locations, pairs or [((speaker, pred), None)]))
    return out


def _hosted_meeting(verb: Token) -> tuple[Token | None, list[Token]]:
    """The meeting a host verb hosts and the words naming its host: 'X hosted talks', 'X will
    host talks' (the object; the subject), 'talks hosted by X', 'the talks were hosted by X'
    (the noun; the by-agent). None for hosting only offered or proposed ('offered to host
    talks', 'a proposal by X to host talks'): the offer is an event of its own."""
    if is_passive(verb) or reduced_passive(verb) or \
            (verb.tag_ == "VBN" and verb.dep_ == "acl"):
        agents = [p for c in verb.children if c.dep_ == "agent"
                  for p in c.children if p.dep_ == "pobj"]
        if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
            return verb.head, agents
        subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
        return (subj[0] if subj else None), agents
    if verb.dep_ in ("xcomp", "acl", "relcl", "advcl"):
        # "offered to host talks", "a proposal by Kenya to host talks": hosting only offered,
        # proposed or wanted is the offer's own event (and its host may be no subject here)
        return None, []
    return object_of(verb), subject_tokens(verb)


def _hosted_talks(doc: Doc, article: Article, ctx: ActorContext, quotes: list[Quote],
                  locations: list[Location], events: list[Event]) -> list[Event]:
    """Rule `host_of_talks` (evargs26, issue 11): 'Freedonia hosted talks between the army and
    the rebels', 'the talks, hosted by Ruritania's president', 'offered to host a meeting
    between the two ministers': who hosts a meeting (argument_words host_verbs and
    hosted_meeting_nouns) takes part in it, a CONSULT (mode third-party) of the host with each
    party its 'between' phrase names (with no one when it names none), whose modality is the
    host verb's ('will host' is planned; an offer to host is the offer's event, not this
    one). The meeting's own event keeps its parties;
    none for a host that is one of them or already consults in the sentence, nor for a host
    of things that are no meeting ('hosted the World Cup', 'hosted refugees', 'the final
    round of the tournament': a round is a meeting alone or of talks). A bare 'the
    government' between others that the resolver read as the host's own is no party."""
    words = argument_words()
    told = {(e.sentence_span, e.actor.name) for e in events
            if e.type == "CONSULT" and e.actor is not None}
    out: list[Event] = []
    for verb in doc:
        offer = _offer_of(verb)
        if offer is not None:  # rule offered_hosting: "offered to mediate between X and Y"
            out.extend(_offered_mediation(verb, offer, article, ctx, quotes, locations))
            continue
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in words["host_verbs"]:
            continue
        meeting, host_toks = _hosted_meeting(verb)
        if meeting is None or meeting.lower_ not in words["hosted_meeting_nouns"]:
            continue
        measured = _of_objects(meeting)
        if meeting.lower_ in words["act_partitives"] and any(
                p.lower_ not in words["hosted_meeting_nouns"] for p in measured):
            continue  # "hosted the final round of the tournament": no meeting
        hosts = [h for h in resolve_all(host_toks, ctx) if acceptable_actor(h[0])]
        parties = _between_parties([meeting, *measured], ctx)
        sense: dict[str, Any] = {"type": "CONSULT", "mode": "third-party",
                                 "_rule": "host_of_talks"}
        for host in hosts:
            if ((verb.sent.start_char, verb.sent.end_char), host[0].name) in told or \
                    any(same_actor(host[0], p[0]) and "bare_state_noun" not in p[0].rules
                        for p in parties):
                continue  # (a bare 'the government' between others is not the host's own)
            others = [p for p in parties if not same_side(host[0], p[0])]
            pairs: list[tuple[Arg | None, Arg | None]] = \
                [(host, p) for p in others] or [(host, None)]
            out.extend(_assemble(Candidate(verb, sense, method="lexicon"), sense, article,
                                 ctx, quotes, locations, pairs))
    return out


def _of_objects(tok: Token) -> list[Token]:
    """The objects of `tok`'s own 'of' phrases ('a round of talks', 'the endorsement of the
    governor')."""
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj"]


def _between_parties(nodes: list[Token], ctx: ActorContext) -> list[Arg]:
    """The parties the 'between' phrases of a meeting's words name ('talks between X and Y',
    'a round of talks between ...'), for the host of the talks or the one offering them."""
    parties: list[Arg] = []
    for node in nodes:
        for between in (c for c in node.children if c.dep_ == "prep" and
                        c.lower_ == "between"):
            for pobj in (p for p in between.children if p.dep_ == "pobj"):
                parties.extend(resolve_all([pobj], ctx))
    return parties


def _offer_of(verb: Token) -> Token | None:
    """The verb of offering ('offered', 'volunteered': argument_words offering_verbs) whose
    to-infinitive `verb` is, when `verb` hosts a meeting or mediates (host_verbs,
    mediating_verbs); None otherwise, or with rule offered_hosting off."""
    words = argument_words()
    lemma = verb.lemma_.lower()
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in words["offering_verbs"] or \
            verb.head.pos_ != "VERB" or \
            lemma not in (*words["host_verbs"], *words["mediating_verbs"]) or \
            not enabled("offered_hosting"):
        return None
    if lemma in words["host_verbs"]:
        meeting = object_of(verb)
        if meeting is None or meeting.lower_ not in words["hosted_meeting_nouns"]:
            return None
    return verb.head


def _offered_mediation(verb: Token, offer: Token, article: Article, ctx: ActorContext,
                       quotes: list[Quote], locations: list[Location]) -> list[Event]:
    """Rule `offered_hosting` (evargs27, issue 11): 'Qatar offered to host talks between
    the government and the rebels', 'the bishops offered to mediate', 'Norway volunteered
    to host a new round': an offer to host a meeting or to mediate is the offerer's planned
    part in it, a CONSULT (mode third-party, modality planned) with each party the meeting's
    or the verb's 'between' phrase names (none when it names none). The offer's own AGREE
    stays: PLOVER codes an offer to cooperate as AGREE (plover_types.json's example 'offered
    to mediate between the parties', the sentence suites), and the article golds code the
    offered part in the talks; both happened in the text. Not for an offer of anything else
    ('offered to share information' keeps its own event), nor for a party that is the
    offerer's own side."""
    words = argument_words()
    hosts = [h for h in resolve_all(subject_tokens(offer) or inherited_subject(offer), ctx)
             if acceptable_actor(h[0])]
    nodes = [verb]
    if verb.lemma_.lower() in words["host_verbs"]:
        meeting = object_of(verb)
        nodes = [meeting, *_of_objects(meeting)] if meeting is not None else []
    parties = _between_parties(nodes, ctx)
    sense: dict[str, Any] = {"type": "CONSULT", "mode": "third-party",
                             "_rule": "offered_hosting"}
    out: list[Event] = []
    for host in hosts:
        others = [p for p in parties if not same_side(host[0], p[0])]
        pairs: list[tuple[Arg | None, Arg | None]] = \
            [(host, p) for p in others] or [(host, None)]
        out.extend(dataclasses.replace(e, modality="planned", modality_cue=offer.text)
                   for e in _assemble(Candidate(verb, sense, method="lexicon"), sense, article,
                                      ctx, quotes, locations, pairs))
    return out


def _they_party(they: Token, ctx: ActorContext) -> list[Arg]:
    """The nearest group or organisation before a 'they' (this sentence or two before)."""
    sents = [*[s for s in they.doc.sents if s.end <= they.sent.start][-2:], they.sent]
    for tok in reversed([t for s in sents for t in s if t.i < they.i]):
        if tok.dep_ not in _ANTECEDENT_DEPS or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.tag_ not in ("NNS", "NNPS") and tok.ent_type_ not in ("ORG", "NORP", "GPE") \
                and tok.lower_ not in ("police", "army", "government", "regime", "military"):
            continue
        found = [r for r in resolve_all([tok], ctx) if acceptable_actor(r[0])]
        if not found and _crowd(tok):
            found = implicit_protesters(tok, ctx)
        if found:
            return found[:1]
    return []


_OWN_POSSESSIVES = frozenset({"my", "our"})
_OWN_PRONOUNS = frozenset({"us", "me"})


def _own_victim(verb: Token) -> bool:
    """The act's patient is the speaker's own: 'my cousin', 'our village', 'us'."""
    patients = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    patients += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "on")
                 for p in c.children if p.dep_ == "pobj"]
    return any(p.lower_ in _OWN_PRONOUNS or any(
        c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in p.children)
        for p in patients)


def _own_victim_accusations(doc: Doc, events: list[Event]) -> list[Event]:
    """Rule `own_victim_accuser` (session 12): '"The police beat our children in the
    street," said Maria Lopez', 'a farmer said soldiers had shelled his village' told as
    '"... shelled our village"': a speaker telling of an act of force done to their own
    ('my brother', 'our village', 'us') accuses its doer, whatever their countries (the
    domestic case `_victim_side_accusations` leaves out: a family and the police of one
    country): an ACCUSE from the speaker to the doer, asserted, beside the act."""
    out: list[Event] = []
    for ev in events:
        speaker, doer = ev.attributed_to, ev.actor
        if ev.type not in _ACCUSABLE_TYPES or speaker is None or doer is None or \
                ev.modality not in ("asserted", "alleged") or same_side(speaker, doer):
            continue
        verbs = [t for t in _trigger_tokens(doc, ev) if t.pos_ == "VERB"]
        if not verbs or not _own_victim(verbs[0]):
            continue
        start, end = ev.span
        out.append(dataclasses.replace(
            ev, event_id=stable_id("evt", ev.article_id, start, end, "ACCUSE", speaker.name),
            type="ACCUSE", actor=speaker, recipient=doer, mode=None, modality="asserted",
            modality_cue=None, details=[], rules=[*ev.rules, "own_victim_accuser"]))
    return out


_NEIGHBOURHOOD = re.compile(r"(?:'s)?\s+(?:neighbou?rhoods?|section|enclave)\b", re.I)


def _foreign_neighbourhoods_out(text: str, locations: list[Location]) -> list[Location]:
    """Rule `neighbourhood_not_town` (evreal9): 'the West Hill neighborhood', 'its Brownsville
    section': a place named as a neighbourhood lies in a town the article names; when the
    geocoder put it in a country none of the article's other places is in (a town of
    another country sharing its name), it does not vote for the story's country. Alone, it
    still does ('the teen's Brooklyn neighborhood')."""
    def quarter(loc: Location) -> bool:
        return loc.span is not None and _NEIGHBOURHOOD.match(text, loc.span[1]) is not None

    towns = {loc.country for loc in locations if not quarter(loc)}
    return [loc for loc in locations if not quarter(loc) or not towns or loc.country in towns]


def _placed_locations(doc: Doc, locations: list[Location]) -> list[Location]:
    """The places of `locations` that may tell where the story happens: not one named only
    as a mission's home ('the Danish foreign ministry said in Copenhagen'; actors.py
    mission_owner, rule mission_owner_country)."""
    from newsweave.extract.actors import mission_owner

    out: list[Location] = []
    for loc in locations:
        span = doc.char_span(loc.span[0], loc.span[1], alignment_mode="expand") \
            if loc.span is not None else None
        if span is None or not mission_owner(span):
            out.append(loc)
    return out


def place_country(locations: list[Location]) -> str | None:
    """The country an article's places are in, when they agree: at least two place mentions,
    two thirds of them in one country (a local story names its city, not its country)."""
    counts = Counter(loc.country for loc in locations if loc.country)
    if not counts:
        return None
    (code, n), = counts.most_common(1)
    if n >= 2 and n * 3 >= 2 * sum(counts.values()):
        return code
    if len(counts) == 1 and enabled("single_place_country"):
        # a local story that names its place once ("police in Fort Smith said ..."): the
        # place's country when the name can mean no other (a province, a capital, or a town
        # whose namesakes all lie in that one country); unknown beats a namesake's
        from newsweave.extract.actors import unambiguous_place
        if any(unambiguous_place(loc) for loc in locations if loc.country == code):
            return code
    if len(counts) > 1 and enabled("namesake_town_defers"):
        # rule namesake_town_defers (evreal7): "Queens" and "Richmond Hill" (a Canadian
        # town's namesake): when the places that can mean one country only all agree, a town
        # whose name other countries share does not outvote them
        from newsweave.extract.actors import unambiguous_place
        sure = {loc.country for loc in locations if loc.country and unambiguous_place(loc)}
        if len(sure) == 1:
            return sure.pop()
    return None


def _drop_told_victims(doc: Doc, events: list[Event]) -> list[Event]:
    """'Fighters attacked a checkpoint. Twelve policemen were killed': the agentless killing
    is the toll of the attack just told (same or previous sentence), not a second event."""
    starts = [s.start_char for s in doc.sents]

    def sent_no(e: Event) -> int:
        return max(0, bisect.bisect_right(starts, e.span[0]) - 1)

    told = {sent_no(e) for e in events if e.type == "ASSAULT" and e.actor is not None}
    return [e for e in events if not (
        e.actor is None and "agentless_passive" in e.rules and
        (sent_no(e) in told or sent_no(e) - 1 in told))]


def _named_person(ref: ActorRef) -> bool:
    """A person the article names (from a name mention: 'Jan Novak', 'Novak')."""
    return ref.type == "PERSON" and ref.mention_id is not None and \
        all(w[:1].isupper() for w in ref.name.split())


def _own_doer(ref: ActorRef) -> bool:
    """An attacker that may be the article's named one: a named person, or an unnamed
    private person or band ('a gang member', 'the youths'); a state, force, organisation or a
    party of some country is someone else."""
    return _named_person(ref) or (ref.country is None and ref.sector in (None, "CIV") and
                                  ref.type not in ("ORG", "GPE"))


@functools.cache
def _act_noun_types(part: str) -> dict[str, frozenset[str]]:
    """noun -> event types, from a map of lexicons/event_speech.json ('answered_act_nouns':
    what an answer may answer, 'undergone_act_nouns': what one may undergo)."""
    from newsweave.extract.lexicon import load_json

    data = load_json("event_speech.json")
    return {noun: frozenset(types) for noun, types in data[part].items()}


def _purpose_visit_recipients(doc: Doc, events: list[Event], ctx: ActorContext) -> list[Event]:
    """Rule `purpose_visit_recipient` (evrec28b, issue 11): 'the mayor visited the church to
    apologize', 'the envoy met the rebel leaders to demand the hostages' release': an act told
    by a to-infinitive of purpose hung on a verb of going to see someone (argument_words
    purpose_visit_verbs) is addressed to whom that verb's object names, when no rule gave the
    act another side (of the types purpose_visit_types: acts of words, not of force). Never
    the actor's own side; an object that names no party gives none."""
    words = argument_words()
    verbs = set(words["purpose_visit_verbs"])
    types = {t.upper() for t in words["purpose_visit_types"]}
    out: list[Event] = []
    for ev in events:
        if ev.type not in types or ev.recipient is not None or ev.actor is None:
            out.append(ev)
            continue
        toks = [t for t in _trigger_tokens(doc, ev) if t.pos_ == "VERB" and
                t.dep_ in ("advcl", "xcomp") and t.head.lemma_.lower() in verbs and
                any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and
                not any(c.dep_ in ("dobj", "dative") for c in t.children if c.i < t.i)]
        objs = [c for t in toks[:1] for c in t.head.children if c.dep_ == "dobj"]
        named = [r for r, _t in resolve_all(objs[:1], ctx)]
        if not named and objs and (unnamed := unnamed_party(objs[0], ctx)) is not None:
            named = [unnamed]  # 'the church', 'the rebel leaders': a common noun of a party
        found = [r for r in named if not same_side(r, ev.actor) and not same_actor(r, ev.actor)]
        if not found:
            out.append(ev)
            continue
        ref = dataclasses.replace(found[0], rules=[*found[0].rules, "purpose_visit_recipient"])
        out.append(dataclasses.replace(ev, recipient=ref,
                                       rules=[*ev.rules, "purpose_visit_recipient"]))
    return out


def _trigger_tokens(doc: Doc, ev: Event) -> list[Token]:
    """The tokens of an event's span whose lemma is its trigger (the verb it was made from)."""
    span = doc.char_span(ev.span[0], ev.span[1], alignment_mode="expand")
    return [t for t in span or [] if t.lemma_.lower() == ev.trigger]


# determiners of an act told before: "the protest", "that request", "their demands"
_TOLD_BEFORE = frozenset({"the", "that", "this", "these", "those", "its", "their", "his", "her"})
_ANSWER_REACH = 4  # sentences back an answered act may be told


def _answered_noun(verb: Token) -> Token | None:
    """The earlier act a verb answers, as a noun: its object ('rejected the protest'), the
    subject of its passive ('the request was refused'), or the object of its particle's or
    preposition's phrase ('gave in to the demand', 'bowed to their demands'). The noun is one
    told before (the, that, its) whose maker the phrase does not name ('the demand by X',
    'Moscow's offer' name it: the other rules read those)."""
    nouns = _act_noun_types("answered_act_nouns")
    found = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for prep in (c for c in verb.children if c.dep_ in ("prep", "prt")):
        found += [c for c in prep.children if c.dep_ == "pobj"]
        for inner in (c for c in prep.children if c.dep_ == "prep"):
            found += [c for c in inner.children if c.dep_ == "pobj"]
    for noun in found:
        dets = [c for c in noun.children if c.dep_ in ("det", "poss")]
        if noun.lower_ not in nouns or not any(d.lower_ in _TOLD_BEFORE for d in dets):
            continue
        if any(d.dep_ == "poss" and d.pos_ == "PROPN" for d in dets) or any(
                c.dep_ == "prep" and c.lower_ in ("by", "from", "of") for c in noun.children):
            continue
        return noun
    return None


def _answered_call(verb: Token) -> bool:
    """'refused to attend', 'agreed to join the talks': the verb answers a call or an
    invitation (lexicons/event_speech.json answered_call_verbs)."""
    calls = speech_words()["answered_call_verbs"]
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in calls and
               not any(o.dep_ == "dobj" for o in c.children) for c in verb.children)


def _answered_acts(doc: Doc, events: list[Event]) -> list[Event]:
    """Rule `answered_act` (evreal12): 'Reyes demanded that Chinese ships leave ... Beijing
    rejected the protest', 'Varga demanded the contracts ... Kral gave in to the demand',
    'Argentina asked Spain to extradite him. A court refused that request', 'the union refused
    to attend' (after an invitation): an answer (a rejection, a concession, an acceptance, a
    welcome, a criticism) with no recipient whose object is an act told before ('the protest',
    'that request': lexicons/event_speech.json answered_act_nouns), or a refusal or acceptance
    to attend, answers the maker of the nearest earlier act of that kind, told at most four
    sentences before by another party: the maker is the recipient. Unknown stays unknown when
    no such act was told."""
    answering = speech_words()["answering_types"]
    nouns = _act_noun_types("answered_act_nouns")
    starts = [s.start_char for s in doc.sents]
    out: list[Event] = []
    for ev in events:
        if ev.type not in answering or ev.recipient is not None or ev.actor is None:
            out.append(ev)
            continue
        verbs = _trigger_tokens(doc, ev)
        noun = _answered_noun(verbs[0]) if verbs else None
        if noun is not None:
            kinds = nouns[noun.lower_]
        elif verbs and ev.type in ("REJECT", "AGREE") and _answered_call(verbs[0]):
            kinds = frozenset({"CONSULT", "REQUEST"})
        else:
            out.append(ev)
            continue
        here = bisect.bisect_right(starts, verbs[0].idx)
        before = [e for e in events if e.type in kinds and e is not ev and
                  _answered_other(e, ev.actor, verbs[0].idx)]
        earlier = [e for e in before
                   if here - bisect.bisect_right(starts, e.span[0]) <= _ANSWER_REACH]
        if not earlier and noun is not None and enabled("answered_same_word"):
            # rule answered_same_word (evreal14): "The Philippines lodged a formal protest
            # ... (many paragraphs) ... Beijing rejected the protest": the act the noun names
            # by its own word, told anywhere before in the article, however far back
            same = [e for e in before if e.trigger == noun.lemma_.lower()]
            if same:
                out.append(_latest_actor_received(ev, same, "answered_same_word"))
                continue
        if not earlier:
            out.append(ev)
            continue
        out.append(_latest_actor_received(ev, earlier, "answered_act"))
    return out


def _answered_other(e: Event, actor: ActorRef, at: int) -> bool:
    """An act told before `at` by a party other than the answering `actor` (not the same
    name, not an organ of the same state)."""
    return e.actor is not None and e.span[0] < at and e.actor.name != actor.name and not (
        e.actor.country is not None and e.actor.country == actor.country and
        e.actor.sector in STATE_SECTORS and actor.sector in STATE_SECTORS)


def _latest_actor_received(ev: Event, earlier: list[Event], rule: str) -> Event:
    """`ev` with the actor of the latest of `earlier` (events before it, each with an actor)
    as its recipient, both marked with `rule`."""
    who = max(earlier, key=lambda e: e.span[0]).actor
    assert who is not None
    return _received_by(ev, who, rule)


def _received_by(ev: Event, who: ActorRef, rule: str) -> Event:
    """`ev` with `who` as its recipient, both marked with `rule`."""
    return dataclasses.replace(ev, recipient=dataclasses.replace(who, rules=[*who.rules, rule]),
                               rules=[*ev.rules, rule])


_PATIENT_REACH = 2  # sentences back the act a possessive pronoun's act noun retells may be


def _undergone_act_patients(doc: Doc, events: list[Event]) -> list[Event]:
    """Rule `undergone_act_patient` (evreal13, session 17): 'Police detained the union's
    leader, Felipe Mamani, on Sunday. The union called his arrest a kidnapping': the owner
    of an act noun done to someone ('his arrest', 'her detention', 'their release') is the
    one the same kind of act was just told as done to (at most two sentences before), not
    whoever the pronoun would take up as a subject ('He blamed ...' earlier). Told nowhere
    before, the pronoun's reading stands."""
    starts = [s.start_char for s in doc.sents]
    out: list[Event] = []
    patient_types = argument_words()["patient_types"]
    for ev in events:
        nouns = [t for t in _trigger_tokens(doc, ev) if t.pos_ == "NOUN"]
        poss = [c for n in nouns[:1] for c in n.children
                if c.dep_ == "poss" and c.lower_ in ("his", "her", "their")]
        if ev.type not in patient_types or not poss or ev.recipient is None:
            out.append(ev)
            continue
        person = poss[0].lower_ != "their"
        here = bisect.bisect_right(starts, nouns[0].idx)
        done = [e for e in events if e.type == ev.type and e.recipient is not None and
                e.span[0] < nouns[0].idx and e is not ev and
                (e.recipient.type == "PERSON") == person and
                here - bisect.bisect_right(starts, e.span[0]) <= _PATIENT_REACH]
        if not done:
            out.append(ev)
            continue
        who = max(done, key=lambda e: e.span[0]).recipient
        assert who is not None
        if same_actor(who, ev.recipient):
            out.append(ev)
            continue
        out.append(_received_by(ev, who, "undergone_act_patient"))
    return out


def _last_word(name: str) -> str:
    return name.split()[-1].lower() if name.split() else ""


def _undergone_act_doers(doc: Doc, events: list[Event]) -> list[Event]:
    """Rule `undergone_act_doer` (evreal12): 'Police detained the union leader Juan Mora ...
    Lawmakers condemned his detention', 'protested against the arrest of Mora': condemning
    an act done to someone (lexicons/event_speech.json undergone_act_nouns, its possessive
    or 'of' phrase naming who underwent it) accuses whoever did it, the doer of the nearest
    earlier act of that kind done to the same one (at most four sentences before); never the
    one it was done to. Told nowhere before, the doer stays unknown. So is a demand for
    someone's return or release ('Tajikistan demanded their return', freed_nouns) asked of
    whoever detained or seized them, not of them."""
    nouns = dict(_act_noun_types("undergone_act_nouns"))
    held = frozenset({"COERCE", "ASSAULT"})
    freed = speech_words()["freed_nouns"]
    nouns.update({n: held for n in freed})
    starts = [s.start_char for s in doc.sents]
    out: list[Event] = []
    for ev in events:
        if ev.type not in ("ACCUSE", "PROTEST", "REQUEST") or ev.actor is None:
            out.append(ev)
            continue
        verbs = _trigger_tokens(doc, ev)
        objs = [c for v in verbs[:1] for c in v.children if c.dep_ == "dobj"]
        objs += [p for v in verbs[:1] for c in v.children
                 if c.dep_ == "prep" and c.lower_ in ("against", "over")
                 for p in c.children if p.dep_ == "pobj"]
        noun = next((o for o in objs if o.lower_ in nouns and
                     (o.lower_ in freed) == (ev.type == "REQUEST")), None)
        victims = [c for c in noun.children if c.dep_ == "poss"] if noun is not None else []
        if noun is not None:
            victims = _undergoers(victims, _of_objects(noun))
        # (a doer named in a 'by' phrase, on the noun or hung on the verb, is the other
        # rules' reading: 'condemned the arrest of X by Belarusian authorities')
        if noun is None or not victims or any(
                c.dep_ in ("prep", "agent") and c.lower_ == "by"
                for c in [*noun.children, *verbs[0].children,
                          *(t for v in victims for t in v.children)]):
            out.append(ev)
            continue
        pronoun = victims[0].pos_ == "PRON"
        victim_named = ev.recipient is not None and (
            pronoun or _last_word(ev.recipient.name) in {v.lower_ for v in victims})
        names = {v.lower_ for v in victims}
        if victim_named and ev.recipient is not None:
            names.add(_last_word(ev.recipient.name))
        here = bisect.bisect_right(starts, verbs[0].idx)
        # ('their return' just after 'detained two soldiers': the pronoun is who was held)
        done = [e for e in events if e.type in nouns[noun.lower_] and e.actor is not None and
                e.recipient is not None and e.span[0] < verbs[0].idx and (
                    _last_word(e.recipient.name) in names or
                    (pronoun and here - bisect.bisect_right(starts, e.span[0]) <= 1)) and
                here - bisect.bisect_right(starts, e.span[0]) <= _ANSWER_REACH and
                not same_side(e.actor, ev.actor)]
        if done:
            ev = _latest_actor_received(ev, done, "undergone_act_doer")
        elif victim_named and ev.type in ("ACCUSE", "REQUEST"):
            ev = dataclasses.replace(ev, recipient=None, rules=[*ev.rules, "undergone_act_doer"])
        out.append(ev)
    return out


def _undergoers(owners: list[Token], of_objects: list[Token]) -> list[Token]:
    """Who underwent an act noun: its possessive or its 'of' phrase; with both, the 'of'
    phrase only (rule `possessor_doer`, evargs16: "condemned Venezuela's detention of two
    journalists": the possessive did it, the journalists underwent it)."""
    if owners and of_objects and enabled("possessor_doer"):
        return of_objects
    return owners + of_objects


# verbs one is or goes 'on strike' with ('have been on strike', 'went on strike')
_ON_STRIKE_VERBS = frozenset({"be", "go", "remain", "stay", "come"})
_CROWD_REACH = 2  # sentences back the protest a crowd-control act answers may be told
_CONTROL_FORCES = frozenset({"COP", "MIL"})


def _dispersed_protesters(doc: Doc, events: list[Event]) -> list[Event]:
    """Rule `dispersed_protesters` (evreal12): 'Relatives of the hostages staged a sit-in
    outside the ministry. Police dispersed them with tear gas', 'Supporters blocked the road,
    and police fired tear gas to clear them': an act of force by police or troops told with
    a means of crowd control (lexicons/event_speech.json crowd_control_words) and with no
    recipient, or with 'them' read as the force's own side, is done to the doers of the
    nearest protest told in its sentence or the two before. Unknown stays unknown with no
    protest told so near (riot police may fire tear gas at anyone)."""
    words = speech_words()["crowd_control_words"]
    starts = [s.start_char for s in doc.sents]
    protests = [e for e in events if e.type == "PROTEST" and e.actor is not None and
                e.modality in ("asserted", "alleged") and e.actor.sector not in _CONTROL_FORCES]
    out: list[Event] = []
    for ev in events:
        actor, rec = ev.actor, ev.recipient
        own_side = rec is not None and actor is not None and rec.span is not None and \
            doc.text[rec.span[0]:rec.span[1]].lower() in ("them", "they") and \
            rec.country == actor.country and rec.sector in STATE_SECTORS
        if ev.type not in ("ASSAULT", "COERCE") or actor is None or \
                actor.sector not in _CONTROL_FORCES or not (rec is None or own_side) or \
                not any(w in ev.sentence.lower() for w in words):
            out.append(ev)
            continue
        here = bisect.bisect_right(starts, ev.span[0])
        near = [e for e in protests if e.span[0] <= ev.span[0] and
                here - bisect.bisect_right(starts, e.span[0]) <= _CROWD_REACH]
        if not near:
            out.append(ev)
            continue
        out.append(_latest_actor_received(ev, near, "dispersed_protesters"))
    return out


def _article_assailant(events: list[Event]) -> list[Event]:
    """Rule `article_assailant` (evreal9): 'Jan Novak, 20, fired the shots ... The woman was
    shot in the chest': an attack told without its doer (an agentless passive, or a bullet
    that hit someone) in an article whose attacks have one named doer, and no state, force,
    organisation or other named person among their doers, is that person's. Unknown stays
    unknown when two people, or the police, an army or a group, attack in the article; the
    doer's own harm ('Novak was shot by police') is never his. The modality is `alleged` when
    the article only alleges the doer's attacks, or tells he is accused (charged) and not that
    he was convicted."""
    # attacks told as done or alleged ('did not shoot', 'could attack' tell no doer)
    told = [e for e in events if e.type == "ASSAULT" and e.modality in ("asserted", "alleged")]
    doers = [e.actor for e in told if e.actor is not None]
    named = [(e, e.actor) for e in told if e.actor is not None and _named_person(e.actor)]
    surnames = {a.name.split()[-1].lower() for _, a in named}
    if len(surnames) != 1 or not all(_own_doer(a) for a in doers):
        return events
    surname = surnames.pop()
    doer = max((a for _, a in named), key=lambda a: len(a.name))

    def of_doer(e: Event, etype: str) -> bool:
        return e.type == etype and e.recipient is not None and \
            e.recipient.name.split()[-1].lower() == surname

    # alleged while the doer is only accused (charged, not yet convicted) or only alleged to
    # have attacked
    alleged = all(e.modality == "alleged" for e, _ in named) or (
        any(of_doer(e, "ACCUSE") for e in events) and
        not any(of_doer(e, "SANCTION") and e.modality == "asserted" for e in events))
    out: list[Event] = []
    for e in events:
        victim = e.recipient
        if e.type == "ASSAULT" and e.actor is None and victim is not None and \
                {"agentless_passive", "means_subject"} & set(e.rules) and \
                victim.name.split()[-1].lower() != surname and _own_doer(victim):
            e = dataclasses.replace(
                e, actor=dataclasses.replace(doer, rules=[*doer.rules, "article_assailant"]),
                modality="alleged" if alleged else e.modality,
                rules=[*e.rules, "article_assailant"])
        out.append(e)
    return out


# roles of an article's suspect: the doer of an attack, the one accused, arrested, convicted
_SUSPECT_RECIPIENT_TYPES = frozenset({"ACCUSE", "COERCE", "SANCTION"})
# words before a description that make it another person than the one named ('a second man')
_OTHER_PERSON_WORDS = frozenset({"another", "second", "third", "fourth", "other", "both",
                                 "two", "three", "each", "every", "no", "any"})


@functools.cache
def _suspect_descriptions() -> frozenset[str]:
    from newsweave.extract.lexicon import load_json

    return frozenset(load_json("unnamed_actors.json")["suspect_descriptions"])


def _described_suspect(events: list[Event], text: str) -> list[Event]:
    """Rule `described_suspect` (evreal10): 'Police arrested a man over the fatal crash ...
    Tom Vell, 36, was charged', 'A gang member was convicted Tuesday ... Vell fired from
    the roof': a singular description of a suspect ('a man', 'the defendant', 'the gunman',
    suspect_descriptions of unnamed_actors.json) in a suspect's role (the doer of an attack,
    the one accused, arrested or convicted) is the one person the article names in those
    roles. Unknown stays unknown when two people are named in them, when the description is
    of another ('a second man', 'two men'), or of the other gender than the named one's given
    name ('a woman' is not Tom Vell)."""
    from newsweave.extract.gender import gender_words, given_name_gender

    def roles(e: Event) -> list[ActorRef]:
        out: list[ActorRef] = []
        if e.type == "ASSAULT" and e.actor is not None and \
                e.modality in ("asserted", "alleged"):
            out.append(e.actor)
        if e.type in _SUSPECT_RECIPIENT_TYPES and e.recipient is not None:
            out.append(e.recipient)
        return out

    named = [r for e in events for r in roles(e) if _named_person(r)]
    surnames = {r.name.split()[-1].lower() for r in named}
    if len(surnames) != 1:
        return events
    suspect = max(named, key=lambda r: len(r.name))
    wanted = _suspect_descriptions()

    def described(ref: ActorRef | None) -> bool:
        if ref is None or ref.mention_id is not None or ref.country is not None or \
                ref.name.lower() not in wanted:
            return False
        gender = gender_words()[0].get(ref.name.lower())
        if gender is not None and given_name_gender(suspect.name) not in (None, gender):
            return False
        before = text[max(0, (ref.span or (0, 0))[0] - 40):(ref.span or (0, 0))[0]].lower()
        return ref.span is not None and not set(re.findall(r"[a-z]+", before)[-3:]) & \
            _OTHER_PERSON_WORDS

    def as_suspect(ref: ActorRef) -> ActorRef:
        return dataclasses.replace(suspect, span=ref.span, description=ref.name,
                                   rules=[*suspect.rules, "described_suspect"])

    out: list[Event] = []
    for e in events:
        other = e.recipient if e.type == "ASSAULT" else e.actor
        if other is not None and other.name.split()[-1].lower() in surnames:
            out.append(e)  # (never both sides of one event)
        elif e.type == "ASSAULT" and described(e.actor) and e.actor is not None and \
                e.modality in ("asserted", "alleged"):
            out.append(dataclasses.replace(e, actor=as_suspect(e.actor),
                                           rules=[*e.rules, "described_suspect"]))
        elif e.type in _SUSPECT_RECIPIENT_TYPES and described(e.recipient) and \
                e.recipient is not None:
            out.append(dataclasses.replace(e, recipient=as_suspect(e.recipient),
                                           rules=[*e.rules, "described_suspect"]))
        else:
            out.append(e)
    return out


_PREFERENCE_WORDS = frozenset({"better", "best", "preferable", "rather", "easier", "wiser",
                               "smarter", "safer", "cheaper"})


def _a_preference(tok: Token) -> bool:
    """'it is better to fight them there than here', 'we would rather fight them there than
    here', 'prefers to fight them abroad rather than at home': a preference between acts, not
    one ('attacked rather than negotiate' is still the attack)."""
    if tok.pos_ != "VERB":
        return False
    compared = any(t.lower_ == "than" for t in tok.subtree)
    if compared and any(c.dep_ == "advmod" and c.lower_ in ("rather", "sooner")
                        for c in tok.children) and \
            any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in tok.children):
        return True
    if compared and tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "prefer":
        return True
    if not to_infinitive(tok):
        return False
    head = tok.head
    return head.lower_ in _PREFERENCE_WORDS or any(
        c.lower_ in _PREFERENCE_WORDS and c.dep_ in ("acomp", "advmod", "amod", "attr")
        for c in head.children)


def _a_promised_thing(cand: Candidate) -> bool:
    """'the wall he promised to build': a relative clause describing a thing by a promise
    (its object is the noun it modifies) is no agreement with anyone."""
    tok = cand.trigger
    if cand.sense["type"] != "AGREE" or tok.dep_ not in ("relcl", "acl"):
        return False
    return any(c.dep_ == "xcomp" and not any(x.dep_ in ("dobj", "dative") for x in c.children)
               for c in tok.children)


_THREAT_MARKS = frozenset({"unless"})
# acts of force a party may say it will use if a condition is met (a threat, not the act)
_FORCE_TYPES = frozenset({"ASSAULT", "SANCTION", "COERCE", "MOBILIZE"})
_SELF_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i"})
_FUTURE_WORDS = frozenset({"will", "would", "'ll", "wo", "shall"})


def _said_conditional_force(cand: Candidate, quotes: list[Quote]) -> bool:
    """'Turkey said it would launch an offensive in Syria if Kurdish fighters did not
    withdraw', 'Moscow said it would retaliate by expelling diplomats if its envoys were
    ordered out', 'he warned he will impose tariffs if no deal is reached': an act of force
    (ASSAULT, SANCTION, COERCE, MOBILIZE) in a future clause with an 'if' condition, said by
    the party that would act (the clause's subject is the speaker or stands for it, or, in a
    direct quote, is the speaker's own side: '"If they cross, our artillery will destroy
    them," the general said', rule `own_side_subject`, session 11), is a
    THREATEN from that party, asserted (evtypes4, session 10). The writer's own 'if'
    ('the army would attack if the talks failed, analysts said') and acts of peace ('said it
    would hold talks if ...') are left alone."""
    tok = cand.trigger
    if cand.sense["type"] not in _FORCE_TYPES:
        return False
    node = tok.head if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "pobj") else tok
    chain = [node]
    for _ in range(3):  # "would retaliate by expelling": up to the verb with the auxiliary
        if node.dep_ in ("pcomp", "xcomp", "pobj", "prep") and node.head is not node:
            node = node.head
            chain.append(node)
        else:
            break
    verbs = [t for t in chain if t.pos_ in ("VERB", "AUX")]
    future = [t for t in verbs if any(c.dep_ == "aux" and c.lower_ in _FUTURE_WORDS
                                      for c in t.children)]
    if not future:
        return False
    top = future[-1]
    if not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if"
                                         for m in c.children)
               for t in verbs for c in t.children):
        return False
    if top.dep_ != "ccomp" or top.head.lemma_.lower() not in reporting_verbs() | {
            "warn", "vow", "threaten", "pledge", "promise"}:
        return False
    subj = [c for c in top.children if c.dep_ == "nsubj"]
    said_by = [c for c in top.head.children if c.dep_ == "nsubj"]
    return bool(subj) and bool(said_by) and (
        subj[0].lower_ in _SELF_PRONOUNS or subj[0].lower_ == said_by[0].lower_ or
        own_side_subject(subj[0], quotes))


def _place_told_by_harm(verb: Token) -> bool:
    """'the site where the teenager was killed', 'Rwanda, where a million people were
    killed': a relative clause that names a place by harm done there tells of it in
    passing (a past event, told elsewhere or history), no new event without an attacker."""
    clause = verb.head if verb.dep_ == "conj" else verb
    return clause.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where"
                                          for c in clause.children)


def _abstract_patient(tok: Token) -> bool:
    """'Ruritania's image is being destroyed', 'their hopes were crushed': the thing hit (the
    token, or what it owns) is a word of the abstract_patient class, no one's body or
    property."""
    words = [tok, tok.head] if tok.dep_ == "poss" else [tok]
    return "abstract_patient" in classes_of(words)


_READY_WORDS = frozenset({"ready", "prepared", "willing", "poised", "determined"})


def _readiness_to_use_force(cand: Candidate) -> bool:
    """'the army is prepared to attack X', 'we are ready to strike their bases': force one
    says one stands ready to use is a threat made now, not a planned attack ('poised to
    attack' reported of troops massing is the same threat, as PLOVER codes it)."""
    tok = cand.trigger
    if cand.sense["type"] == "ASSAULT" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and \
            tok.head.lemma_.lower() in lexicon()["do_verbs"] and enabled("ready_light_verb"):
        # rule `ready_light_verb` (evtypes27): 'is ready to launch an offensive', 'stands
        # ready to mount a fresh incursion': the light verb's readiness is the noun's
        tok = tok.head
    return cand.sense["type"] == "ASSAULT" and tok.pos_ == "VERB" and tok.dep_ == "xcomp" \
        and tok.head.lower_ in _READY_WORDS and \
        to_infinitive(tok) and \
        not any(c.dep_ == "neg" for c in tok.head.head.children)


def _a_described_state(tok: Token) -> bool:
    """'listed the wolf as threatened', 'classified as endangered', 'was described as
    isolated': a participle after 'as' with no object or agent of its own names a state the
    thing is put in, not an act of anyone."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBN":
        return False
    if any(c.dep_ in ("dobj", "agent", "dative", "nsubj", "nsubjpass") for c in tok.children):
        return False
    marked = any(c.dep_ in ("mark", "prep") and c.lower_ == "as" for c in tok.children)
    after_as = tok.dep_ in ("pobj", "pcomp", "amod") and tok.head.lower_ == "as"
    return marked or after_as


_RIGHT_NOUNS = frozenset({"right", "rights", "entitlement", "prerogative", "option"})


def _a_claimed_right(tok: Token) -> bool:
    """'we have every right to defend our citizens', 'reserves the right to respond': an act
    someone says they may do is a claim of right, not the act."""
    return tok.pos_ == "VERB" and tok.dep_ in ("acl", "relcl", "xcomp") and \
        tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in _RIGHT_NOUNS and \
        to_infinitive(tok)


def _asked_by_noun(tok: Token) -> bool:
    """'ignored calls for his resignation', 'demands for a ceasefire grew': an event noun
    that a request noun asks for ('calls for', 'appeals for') has not happened."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return False
    asker = tok.head.head
    if asker.pos_ != "NOUN":
        return False
    lemma = asker.lemma_.lower()
    senses = lexicon()["nouns"].get(asker.lower_) or lexicon()["nouns"].get(lemma) or []
    return lemma in lexicon()["asking_nouns"] or any(s["type"] == "REQUEST" for s in senses)


def _theme_of_typed_verb(tok: Token, verbs: set[int]) -> bool:
    """'imposed travel bans', 'lifted the blockade': an event noun that a typed verb takes as
    its object (by its sense's object classes) is the theme of that act, not an event of its
    own."""
    return tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and tok.head.i in verbs


def _conditional_acts(doc: Doc) -> set[int]:
    """Predicates announced on a condition the other party must meet ('X will withdraw its
    troops unless Y ...'): the threat is the event (_conditional_threats), not the act."""
    out: set[int] = set()
    for tok in doc:
        if tok.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo")
                for c in tok.children) and any(
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _THREAT_MARKS
                                          for m in c.children) for c in tok.children):
            out.add(tok.i)
    return out


def _conditional_threats(doc: Doc, article: Article, ctx: ActorContext, quotes: list[Quote],
                         locations: list[Location]) -> list[Event]:
    """'X will withdraw its troops unless Y holds elections': an act announced on a
    condition the other party must meet is a THREATEN from X to Y (asserted: the threat is
    made now, whatever the act's own modality)."""
    out: list[Event] = []
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX") or not any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo")
                for c in tok.children):
            continue
        conds = [c for c in tok.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in _THREAT_MARKS for m in c.children)]
        if not conds:
            continue
        actors = [a for a in resolve_all(subject_tokens(tok), ctx)
                  if acceptable_actor(a[0])]
        targets = [r for r in resolve_all(subject_tokens(conds[0]), ctx)
                   if acceptable_actor(r[0])]
        if not actors:
            continue
        sense: dict[str, Any] = {"type": "THREATEN", "asserted": True,
                                 "_rule": "conditional_threat"}
        others: list[Arg | None] = [r for r in targets if not same_actor(actors[0][0], r[0])]
        if not others:  # "unless it pays": whom the act itself would hit (evargs19)
            others = [r for r in conditional_act_target(tok, actors[:1], ctx)
                      if acceptable_actor(r[0])]
        pairs: list[tuple[Arg | None, Arg | None]] = [(actors[0], r) for r in others or [None]]
        out.extend(_assemble(Candidate(tok, sense, method="conditional"), sense, article,
                             ctx, quotes, locations, pairs))
    return out


_RETALIATION_VERBS = frozenset({"retaliate", "avenge"})
_RESPONSE_VERBS = frozenset({"respond", "react", "reply"})
_RESOLVE_ADVERBS = frozenset({"firmly", "forcefully", "decisively", "resolutely", "strongly",
                              "harshly", "severely", "militarily", "swiftly", "appropriately",
                              "accordingly", "proportionately", "adequately"})
_HOSTILE_NOUN_TYPES = frozenset({"ASSAULT", "MOBILIZE", "SANCTION", "COERCE", "THREATEN",
                                 "ACCUSE", "PROTEST"})


def _retaliation_predicate(tok: Token, trigger_types: dict[int, str]) -> bool:
    """'retaliate', 'avenge'; 'respond firmly', 'respond to the deployment' (an act of a
    hostile type by the lexicon) or 'respond against X'; 'take countermeasures', 'take
    retaliatory measures'. 'respond to questions' is no retaliation."""
    lemma = tok.lemma_.lower()
    if lemma in _RETALIATION_VERBS:
        return True
    if lemma in _RESPONSE_VERBS:
        if any(c.dep_ == "advmod" and c.lower_ in _RESOLVE_ADVERBS for c in tok.children):
            return True
        objs = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "against")
                for p in c.children if p.dep_ == "pobj"]
        return any(trigger_types.get(p.i) in _HOSTILE_NOUN_TYPES for p in objs)
    obj = object_of(tok)
    return lemma in ("take", "adopt", "impose") and obj is not None and (
        "retaliation_word" in classes_of([obj]) or
        any(c.lower_ in ("retaliatory", "reciprocal") for c in obj.children))


def _said_retaliation(doc: Doc, article: Article, ctx: ActorContext, quotes: list[Quote],
                      locations: list[Location], trigger_types: dict[int, str]
                      ) -> list[Event]:
    """'China said it would take countermeasures against the sanctions', 'Russia said it
    will respond to the deployment of missiles in Poland', 'Iran said it would retaliate':
    a party saying it will retaliate (a future clause said by that party) threatens, now;
    the recipient is who it names to retaliate against (evtypes4, session 10). 'said it would
    respond to the questions' and 'analysts said Iran would retaliate' (not the speaker's own
    act) are none; warnings and vows are typed by their own senses."""
    out: list[Event] = []
    for tok in doc:
        if tok.pos_ != "VERB" or tok.dep_ not in ("ccomp", "xcomp") or \
                not _retaliation_predicate(tok, trigger_types):
            continue
        clause = tok
        if tok.dep_ == "xcomp" and tok.head.pos_ == "VERB":
            clause = tok.head  # "said it was ready to retaliate", "would have to respond"
        if not any(c.dep_ == "aux" and c.lower_ in _FUTURE_WORDS for c in clause.children):
            continue
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in reporting_verbs() or \
                any(c.dep_ == "neg" for c in (*tok.children, *clause.children)):
            continue
        subj = [c for c in clause.children if c.dep_ == "nsubj"]
        said_by = [c for c in clause.head.children if c.dep_ == "nsubj"]
        if not subj or not said_by or not (subj[0].lower_ in _SELF_PRONOUNS or
                                           subj[0].lower_ == said_by[0].lower_):
            continue
        actors = [a for a in resolve_all(said_by, ctx) if acceptable_actor(a[0])]
        if not actors:
            continue
        against = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("against", "on")
                   for p in c.children if p.dep_ == "pobj"]
        targets: list[Arg | None] = [r for r in resolve_all(against, ctx)
                                     if acceptable_actor(r[0]) and
                                     not same_actor(actors[0][0], r[0])]
        sense: dict[str, Any] = {"type": "THREATEN", "asserted": True,
                                 "_rule": "said_retaliation"}
        out.extend(_assemble(Candidate(tok, sense, method="said_retaliation"), sense, article,
                             ctx, quotes, locations,
                             [(actors[0], r) for r in targets[:2] or [None]]))
    return out


_ALLEGING_VERBS = frozenset({"allege", "charge"})
# verbs of a contested claim: what they say another party did is alleged when it is hostile
_CLAIMING_VERBS = frozenset({"claim", "argue", "insist", "contend", "maintain"})
_HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION"})


def _claimed_hostility(tok: Token, trigger_types: dict[int, str]) -> Token | None:
    """'X argued that Y's fighters had fired on its forces', 'X claimed Y was planning to
    capture soldiers': a hostile act (or a plan of one) that a claiming verb says of another
    party is an allegation, as with 'alleges' (the act stays an event of its own)."""
    if tok.dep_ != "ccomp" or tok.pos_ not in ("VERB", "AUX") or \
            tok.head.lemma_.lower() not in _CLAIMING_VERBS:
        return None
    node, chain = tok, [tok]
    for _ in range(3):  # "was planning to dig a trench to reach": the acts planned
        nxt = [c for c in node.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"]
        if not nxt:
            break
        node = nxt[0]
        chain.append(node)
    return tok if any(trigger_types.get(t.i) in _HOSTILE_TYPES for t in chain) else None
# who accuses for a state when they say a party committed a crime (lexicon classes)
_LEGAL_ACCUSER_CLASSES = (("prosecutor_word", "JUD"), ("police_word", "COP"))


def _legal_report(tok: Token, trigger_types: dict[int, str]) -> Token | None:
    """'Prosecutors say Lopez fired the shots', 'police said the man stabbed his neighbour':
    a hostile act reported by a prosecutor or the police (`_legal_speaker`) is their
    accusation of its doer, as charging him is (evtypes, session 8); so is one told
    'according to police' (rule `according_to_legal`, session 11: 'According to police, the
    man stabbed his neighbour')."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    if (tok.dep_ not in ("ccomp", "parataxis") or
            tok.head.lemma_.lower() not in reporting_verbs() | _CLAIMING_VERBS) and \
            _according_to(tok) is None:
        return None
    node, chain = tok, [tok]
    for _ in range(3):
        nxt = [c for c in node.children if c.dep_ in ("xcomp", "conj") and c.pos_ == "VERB"]
        if not nxt:
            break
        node = nxt[0]
        chain.append(node)
    if enabled("dep_conjunct"):
        # "say X called Y ..., then shot her": the unlabelled conjunct (see
        # event_arguments.inherited_subject)
        chain += [c for t in list(chain) for c in t.children if c.dep_ == "dep" and
                  c.pos_ == "VERB" and c.i > t.i and c.tag_ in ("VBD", "VBZ", "VBP") and
                  not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    # "fired the shots that killed two men": the act told of the verb's object
    chain += [r for o in tok.children if o.dep_ == "dobj" for r in o.children
              if r.dep_ == "relcl"]
    # hook (evprecision2): an act done to nobody ('the man fell from the balcony') accuses no one
    return tok if any(trigger_types.get(t.i) in _HOSTILE_TYPES and
                      (not enabled("act_on_someone") or act_on_someone(t))
                      for t in chain) else None


def _bare_legal_word(ref: ActorRef) -> bool:
    """The ref is only a word for prosecutors or the police ('Police', 'the prosecution'),
    no name: lexicon classes prosecutor_word, police_word."""
    words = ref.name.lower().split()
    if not words or len(words) > 2 or (len(words) == 2 and words[0] != "the"):
        return False
    class_of = lexicon()["class_of"]
    return bool({"prosecutor_word", "police_word"} & set(class_of.get(words[-1], ())))


def _legal_speaker(pred: Token, ctx: ActorContext) -> ActorRef | None:
    """The state organ a reporting verb's subject names when it is a prosecutor, the police
    or investigators (lexicon classes prosecutor_word, police_word), of the sentence's
    (else the story's) country; None for anyone else. Told 'according to' them, the
    preposition's object is the teller."""
    teller = _according_to(pred)
    subj = [teller] if teller is not None else \
        [c for c in pred.head.children if c.dep_ == "nsubj"]
    classes = classes_of(subj[:1])
    sector = next((sec for cls, sec in _LEGAL_ACCUSER_CLASSES if cls in classes), None)
    code = fallback_country(pred, ctx) if sector else None
    if sector is None or code is None:
        return None
    return state_ref(code, sector, subj[0], ctx, subj[0].text)


def _according_to(clause: Token) -> Token | None:
    """Rule `according_to_legal`: the object of an 'according to' the clause's verb carries
    when it is a prosecutor or the police (lexicon classes prosecutor_word, police_word):
    'According to police, he pointed a gun at the officers'."""
    if not enabled("according_to_legal"):
        return None
    for c in clause.children:
        if c.dep_ == "prep" and c.lower_ == "according":
            for p in c.subtree:
                if p.dep_ == "pobj" and {"prosecutor_word", "police_word"} & classes_of([p]):
                    return p
    return None


# nouns of a claim one party makes against another ('police allegations that ...')
_CLAIM_NOUNS = frozenset({"allegation", "allegations", "accusation", "accusations", "claim",
                          "claims", "charge", "charges", "assertion", "assertions"})


def _claim_noun_hostility(tok: Token, trigger_types: dict[int, str]) -> Token | None:
    """'police allegations that the man pointed a gun at officers', 'the army's claims that
    militants fired from the school': a hostile act told in the that-clause of a claim noun
    is alleged against its subject by whoever owns the claim (evtypes, session 8)."""
    if tok.dep_ not in ("acl", "ccomp", "relcl") or tok.pos_ not in ("VERB", "AUX") or \
            tok.head.lower_ not in _CLAIM_NOUNS or \
            not any(m.dep_ == "mark" and m.lower_ == "that" for m in tok.children):
        return None
    node, chain = tok, [tok]
    for _ in range(3):
        nxt = [c for c in node.children if c.dep_ in ("xcomp", "advcl", "conj")
               and c.pos_ == "VERB"]
        if not nxt:
            break
        node = nxt[0]
        chain.append(node)
    return tok if any(trigger_types.get(t.i) in _HOSTILE_TYPES for t in chain) else None


def _accused_by_claim_noun(pred: Token, article: Article, ctx: ActorContext,
                           quotes: list[Quote], locations: list[Location]) -> list[Event]:
    """The ACCUSE of `_claim_noun_hostility`: from the claim's owner (its possessive or
    modifier: 'police allegations', 'Israel's claims'; its 'by'/'from' phrase) to the
    clause's subject. The claim is made even when another party contests or denies it."""
    noun = pred.head
    by = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
          for p in c.children if p.dep_ == "pobj"]
    accusers = [a for a in owner_actors(noun, ctx) + resolve_all(by, ctx)
                if acceptable_actor(a[0])]
    if not accusers:
        return []
    targets = [t for t in resolve_all(_wrongdoer_tokens(pred), ctx)
               if acceptable_actor(t[0]) and not same_side(accusers[0][0], t[0])]
    if not targets:
        return []
    sense: dict[str, Any] = {"type": "ACCUSE", "asserted": True, "speech_act": True,
                             "_rule": "claim_noun_hostility"}
    return _assemble(Candidate(noun, sense, method="reported_wrongdoing"), sense, article,
                     ctx, quotes, locations, [(accusers[0], t) for t in targets[:2]])


_ADMITTING_VERBS = frozenset({"admit", "acknowledge", "confess", "concede", "deny",
                              "dispute", "reject"})


def _wrongdoing_predicate(tok: Token, trigger_types: dict[int, str] | None = None,
                          stance: bool = True) -> Token | None:
    """The clause verb of a wrongdoing said of its subject: a verb of the class
    ('lied', 'abused his office', 'misled voters'), a copula with a word of the class
    ('was illegal', 'is a disgrace', 'was inappropriate'), or any act alleged ('alleges that
    X withheld aid', 'charged that X had ...'); None otherwise."""
    class_of = lexicon()["class_of"]
    if tok.dep_ == "ccomp" and tok.pos_ in ("VERB", "AUX") and \
            tok.head.lemma_.lower() in _ALLEGING_VERBS:
        return tok
    if tok.pos_ == "VERB" and "wrongdoing_verb" in class_of.get(tok.lemma_.lower(), ()):
        return tok
    if tok.pos_ == "VERB" and _embezzlement_wrong(tok, trigger_types):
        return tok
    if tok.i not in (trigger_types or {}) and _judged_act(tok):
        return tok  # "said the government had squandered the savings" (rule judged_party)
    if tok.dep_ in ("acomp", "attr") and tok.pos_ in ("ADJ", "NOUN") and \
            tok.head.lemma_.lower() == "be" and "wrongdoing_word" in class_of.get(tok.lower_, ()):
        return tok.head
    if enabled("judged_state") and tok.dep_ in ("acomp", "attr") and \
            tok.head.lemma_.lower() in _JUDGING_COPULAS and _judged_wrong(tok, class_of):
        return tok.head
    if enabled("responsible_for_harm") and tok.lower_ == "responsible" and \
            tok.dep_ == "acomp" and tok.head.lemma_.lower() in _JUDGING_COPULAS and any(
                "harm_word" in class_of.get(p.lower_, ()) or
                "harm_word" in class_of.get(p.lemma_.lower(), ())
                for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
                for p in c.children if p.dep_ in ("pobj", "pcomp")):
        # "X said opposition supporters were responsible for the looting": blame
        return tok.head
    # "said the government had failed to protect refugees"
    failed = failed_duty(tok, trigger_types)
    # '"The ministry never cared about the miners," X said' (evaluative, session 12)
    if failed is None and stance and _typed_stance_wrong(tok, trigger_types):
        return tok
    if failed is not None or not stance or tok.i in (trigger_types or {}):
        return failed  # (a typed act is its own event, and may still be a legal report)
    return evaluative_stance(tok)


def _embezzlement_wrong(tok: Token, trigger_types: dict[int, str] | None) -> bool:
    """Rule `embezzlement_wrong` (evprec28b): 'the prosecutor argued that X had looted the
    school district': looting that extract.false_senses reads as embezzlement (rule
    `embezzled_funds`: no attack, so no typed event) is still a wrong said of its doer, an
    ACCUSE from the speaker. Looting that is an attack keeps its own path."""
    from newsweave.extract.false_senses import embezzled_funds

    return enabled("embezzlement_wrong") and tok.i not in (trigger_types or {}) and \
        enabled("embezzled_funds") and embezzled_funds(tok)


def _typed_stance_wrong(tok: Token, trigger_types: dict[int, str] | None) -> bool:
    """Rule `typed_stance_wrong` (evseedtypes23): 'the minister said Pakistan's army was
    still sheltering terrorists', '... had harboured the killers': a stance verb that is
    also typed as aid (AID asylum to an armed group) is both the act and the speaker's
    charge against its doer; other typed acts said ('said Y attacked Z') stay their own
    event only."""
    return enabled("typed_stance_wrong") and (trigger_types or {}).get(tok.i) == "AID" and \
        tok.pos_ == "VERB" and evaluative_stance(tok) is tok


# copulas that say what a party is or has come to be ('remains repressive')
_JUDGING_COPULAS = frozenset({"be", "remain", "become", "stay"})
# 'one of the most repressive states', 'among the worst offenders'
_ONE_OF = frozenset({"one", "some", "among"})


def _judged_wrong(pred: Token, class_of: dict[str, Any]) -> bool:
    """The predicate of a copula judges its subject wrong: a word of the class after
    'remains'/'has become' ('remains lawless'), or a noun phrase a word of the class
    modifies ('is a corrupt regime', 'remains one of the most repressive states in the
    world')."""
    def wrong(t: Token) -> bool:
        return "wrongdoing_word" in class_of.get(t.lower_, ())

    if wrong(pred):
        return True
    heads = [pred]
    if pred.lower_ in _ONE_OF:
        heads += [p for c in pred.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"]
    return any(wrong(m) for h in heads if h.pos_ in ("NOUN", "NUM", "PRON")
               for m in h.children if m.dep_ in ("amod", "compound"))


def _wrongdoer_tokens(pred: Token) -> list[Token]:
    """Who the wrongdoing is said of: the clause's subject, or the owner of a subject that is
    a thing ('Washington's move was illegal', 'the American decision is a disgrace')."""
    subj = [c for c in pred.children if c.dep_ == "nsubj"]
    node = pred
    while not subj and node.dep_ == "xcomp" and enabled("attempted_wrongdoing"):
        # "the regime is attempting to provoke a war", "X tried to mislead voters": the
        # subject of the verb the act hangs on
        node = node.head
        subj = [c for c in node.children if c.dep_ == "nsubj"]
    if not subj:
        return []
    owners = [c for c in subj[0].children if c.dep_ in ("poss", "amod", "compound")]
    return [subj[0], *owners]


def _reported_wrongdoing(doc: Doc, article: Article, ctx: ActorContext, quotes: list[Quote],
                         locations: list[Location], trigger_types: dict[int, str]
                         ) -> list[Event]:
    """'X said the president had lied', '"This move is illegal," said X', 'X alleges that Y
    abused his office': a speaker saying another party did wrong is an ACCUSE from the speaker
    to that party, asserted (the accusation is made) and attributed to the speaker. The
    writer's own words accuse nobody; a negated or hypothetical wrongdoing ('had not lied',
    'could be illegal') is no accusation; a wrongdoing that is itself a typed event ('said Y
    attacked Z') is that event, unless it is alleged ('alleges that Y attacked Z': both)."""
    out: list[Event] = []
    for tok in doc:
        pred = _wrongdoing_predicate(tok, trigger_types)
        claimed = None
        if pred is None and enabled("claimed_hostility"):
            pred = claimed = _claimed_hostility(tok, trigger_types)
        legal = None
        if pred is None and enabled("legal_accuser"):
            pred = claimed = _legal_report(tok, trigger_types)
            legal = _legal_speaker(pred, ctx) if pred is not None else None
            if pred is not None and legal is None:
                continue
        if pred is None and enabled("claim_noun_hostility"):
            pred = claimed = _claim_noun_hostility(tok, trigger_types)
            if pred is not None:
                out.extend(_accused_by_claim_noun(pred, article, ctx, quotes, locations))
            continue
        if pred is None:
            continue
        alleged = claimed is not None or (
            pred.dep_ == "ccomp" and pred.head.lemma_.lower() in _ALLEGING_VERBS)
        legal_rules = ["legal_accuser"]
        if legal is None and alleged and enabled("alleging_legal_speaker") and \
                pred.dep_ == "ccomp":
            # "prosecutors allege that Y shot Z", "police contended Y ambushed Z": the
            # allegation is the state's, as a plain "prosecutors say" is (evreal8)
            legal = _legal_speaker(pred, ctx)
            legal_rules = ["alleging_legal_speaker"]
        if pred.dep_ in ("ccomp", "pcomp") and \
                pred.head.lemma_.lower() in _ADMITTING_VERBS:
            continue  # "admitted that he lied", "denied that Y lied": no accusation
        if not alleged and (tok.i in trigger_types or pred.i in trigger_types) and \
                not _typed_stance_wrong(pred, trigger_types):
            continue  # "X said Y attacked Z": the attack, said by X
        speaker, _ = attribution(pred, clause_head(pred), quotes, ctx, article)
        speaker = with_stated_role(speaker, ctx)  # (evargs4 hook: the speaker's office)
        if legal is not None and speaker is not None and speaker.country is None and \
                _bare_legal_word(speaker) and enabled("unplaced_legal_speaker"):
            # "Police said ...", "the prosecution contends ...": the bare word resolved to
            # nothing of its own; the state's police (or judiciary) of the story speaks
            speaker = None
            legal_rules.append("unplaced_legal_speaker")
        if legal is not None and (speaker is None or legal.country == speaker.country or (
                legal_rules[0] == "alleging_legal_speaker" and not acceptable_actor(speaker))):
            speaker = legal  # "prosecutors say": the state's judiciary
        if speaker is None or not acceptable_actor(speaker):
            continue
        content_modality, _ = modality_of(tok, _media_names())
        if content_modality == "negated" and undone_duty(tok) is not None:
            # "doesn't care about you": the negation is the charge (evaluative_stance)
            content_modality = modality_of(pred.head, _media_names())[0] \
                if pred.dep_ in ("ccomp", "conj") else "asserted"
        if content_modality not in ("asserted", "alleged"):
            continue
        if pred.dep_ == "ccomp" and any(c.dep_ == "neg" for c in pred.head.children):
            continue  # "did not say the government had lied": nobody accused
        targets: list[Arg | None] = []
        wrongdoers = resolve_all(_wrongdoer_tokens(pred), ctx)
        if not wrongdoers and enabled("they_antecedent"):
            wrongdoers = _they_antecedent(pred, speaker, ctx)
        for ref, rtok in wrongdoers:
            if acceptable_actor(ref) and not _same_camp(speaker, ref) and \
                    not any(t is not None and same_actor(t[0], ref) for t in targets):
                targets.append((ref, rtok))
        if not targets:
            continue
        sense: dict[str, Any] = {"type": "ACCUSE", "asserted": True, "speech_act": True,
                                 "_rule": "reported_wrongdoing"}
        out.extend(_assemble(Candidate(tok, sense, method="reported_wrongdoing"), sense,
                             article, ctx, quotes, locations,
                             [((speaker, pred), t) for t in targets[:2]],
                             legal_rules + (["according_to_legal"]
                                                  if _according_to(pred) is not None else [])
                             if legal is not None else
                             ["claimed_hostility"] if claimed is not None else
                             ["failed_duty"] if pred.lemma_.lower() == "fail" and
                             failed_duty(tok, trigger_types) is not None else
                             ["typed_stance_wrong"] if _typed_stance_wrong(pred, trigger_types)
                             else ["evaluative_stance"]
                             if _wrongdoing_predicate(tok, trigger_types, stance=False) is None
                             else ["judged_party"] if pred.i == tok.i and _judged_act(tok)
                             else None))
    return out


def _judged_act(tok: Token) -> bool:
    """The predicate is a verb only the class condemned_act_verb makes a wrong (provenance
    of rule judged_party)."""
    return enabled("judged_party") and _condemned_act(tok) and "wrongdoing_verb" not in \
        lexicon()["class_of"].get(tok.lemma_.lower(), ())


_THEY = frozenset({"they", "them"})
# the roles of a group a later 'they' can stand for
_ANTECEDENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "dep",
                              "npadvmod", "ROOT"})


def _they_antecedent(pred: Token, speaker: ActorRef, ctx: ActorContext) -> list[Arg]:
    """Rule `they_antecedent` (session 12): '"They never listen to us," his aunt said' after
    'Lagos police detained the student': the subject 'they' of an accusing
    statement stands for the nearest party before it, in its sentence or the two before,
    named by a plural noun or an organisation, group or state (the police, the army,
    Khartoum), not the speaker's own camp; none when no such party precedes."""
    subj = [c for c in pred.children if c.dep_ == "nsubj"]
    if not subj or subj[0].lower_ not in _THEY:
        return []
    sent = pred.sent
    sents = [*[s for s in pred.doc.sents if s.end <= sent.start][-2:], sent]
    tokens = [t for s in sents for t in s if t.i < subj[0].i]
    for tok in reversed(tokens):
        if tok.dep_ not in _ANTECEDENT_DEPS or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.tag_ not in ("NNS", "NNPS") and tok.ent_type_ not in ("ORG", "NORP", "GPE") \
                and tok.lower_ not in ("police", "army", "government", "regime", "military"):
            continue
        found = [r for r in resolve_all([tok], ctx)
                 if acceptable_actor(r[0]) and not _same_camp(speaker, r[0])]
        if found:
            return found[:1]
    return []


def _same_camp(speaker: ActorRef, accused: ActorRef) -> bool:
    """The accused is the speaker's own camp: the same party, or one state's organs of one
    branch (a minister and the government). A senator blaming a governor, or a legislature
    the executive, of the same country accuses another party (rule `branch_apart`, session
    12): domestic politics is mostly such charges."""
    if not same_side(speaker, accused):
        return False
    if speaker.name == accused.name or not enabled("branch_apart"):
        return True
    return not (speaker.sector and accused.sector and speaker.sector != accused.sector)


_COPULAS = frozenset({"be", "remain", "become", "grow", "stay", "seem", "appear", "sound"})


# verbs that name a thing as something ('called the move illegal', 'described it as')
_NAMING_VERBS = frozenset({"call", "describe", "label", "brand", "term", "dub",
                           "characterize", "characterise", "deem", "declare", "denounce"})


def _called_wrongs(doc: Doc, article: Article, ctx: ActorContext, quotes: list[Quote],
                   locations: list[Location]) -> list[Event]:
    """Rule `called_wrong` (evquoted5, session 11): 'Poland's prime minister called Russia's
    decision a provocation', 'X called the Russian move illegal', 'Y described the
    administration's policy as reckless': naming a party's act, or the party, by a wrong
    (a word of the lexicon class wrongdoing_word, or a noun it modifies) is an ACCUSE from
    the one who names it to the party (the thing named, or its owner: a possessive or a
    modifier naming it). Not negated or only supposed ('did not call it illegal', 'might
    call it a mistake'); never one's own side."""
    out: list[Event] = []
    class_of = lexicon()["class_of"]

    def wrong(t: Token) -> bool:
        words = [t, *[c for c in t.children if c.dep_ in ("amod", "conj")]]
        return any("wrongdoing_word" in class_of.get(w.lower_, ()) for w in words)

    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _NAMING_VERBS:
            continue
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        preds = [c for c in verb.children if c.dep_ in ("oprd", "acomp")]
        preds += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                  for p in [c, *c.children] if p.dep_ in ("pobj", "amod") or p is c]
        if not objs or not any(wrong(p) for p in preds):
            continue
        named = [r for r in resolve_all(objs[:1], ctx) if acceptable_actor(r[0])] or \
            [o for o in owner_actors(objs[0], ctx) if acceptable_actor(o[0])]
        namers = [a for a in resolve_all(subject_tokens(verb), ctx) if acceptable_actor(a[0])]
        if not named or not namers:
            continue
        out.extend(_verdict_accusations(verb, namers[0], named, "called_wrong", article, ctx,
                                        quotes, locations))
    return out


def _verdict_accusations(verb: Token, judge: Arg, judged: list[Arg], rule: str,
                         article: Article, ctx: ActorContext, quotes: list[Quote],
                         locations: list[Location]) -> list[Event]:
    """The ACCUSE events of a verdict of wrong told by `verb` (rules called_wrong,
    said_of_wrong): from the judge to the first two parties judged that are not the judge's
    own side, when the verdict is told as a fact or an allegation."""
    modality, _ = modality_of(verb, _media_names())
    if modality not in ("asserted", "alleged"):
        return []
    pairs: list[tuple[Arg | None, Arg | None]] = [
        (judge, r) for r in judged[:2] if not same_side(judge[0], r[0])]
    sense: dict[str, Any] = {"type": "ACCUSE", "asserted": True, "speech_act": True,
                             "_rule": rule}
    return _assemble(Candidate(verb, sense, method="lexicon"), sense, article, ctx, quotes,
                     locations, pairs)


def _judged_wrong_attr(clause: Token) -> bool:
    """The clause says its stand-in subject is a wrong: 'this is a betrayal', 'it is a
    cowardly act of aggression', 'this is shameful' (a word of the lexicon class
    wrongdoing_word as the attribute, its modifier or its 'of' phrase)."""
    lex = lexicon()
    class_of = lex["class_of"]

    def wrong(t: Token) -> bool:
        return "wrongdoing_word" in class_of.get(t.lower_, ()) or \
            "wrongdoing_word" in class_of.get(t.lemma_.lower(), ())

    # the subject stands for what the 'of' phrase names (lexicon key stand_in_subjects)
    if not any(c.dep_ == "nsubj" and c.lower_ in lex["stand_in_subjects"]
               for c in clause.children):
        return False
    for pred in clause.children:
        if pred.dep_ not in ("attr", "acomp"):
            continue
        words = [pred, *(c for c in pred.children if c.dep_ in ("amod", "advmod"))]
        words += [p for c in pred.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"]
        if any(wrong(w) for w in words):
            return True
    return False


def _said_of_wrongs(doc: Doc, article: Article, ctx: ActorContext, quotes: list[Quote],
                    locations: list[Location]) -> list[Event]:
    """Rule `said_of_wrong` (evtypes19, session 22): '"This is a betrayal," the Polish minister
    said of the German pipeline deal', '"It is a cowardly act of aggression," the ministry said
    of the Azerbaijani shelling': a speaker who calls what the 'of' phrase of the reporting
    verb names a wrong accuses that party (or the owner of the thing named: the deal's
    Germany); never the speaker's own side, and only a verdict said as a fact."""
    out: list[Event] = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in reporting_verbs():
            continue
        if not any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children):
            continue
        if not any(c.dep_ == "ccomp" and _judged_wrong_attr(c) for c in verb.children):
            continue
        targets = [r for r in recipient_args(verb, ctx, owner_ok=True, preps=("of",))
                   if acceptable_actor(r[0])]
        speakers = [a for a in resolve_all(subject_tokens(verb), ctx) if acceptable_actor(a[0])]
        if not targets or not speakers:
            continue
        out.extend(_verdict_accusations(verb, speakers[0], targets, "said_of_wrong", article,
                                        ctx, quotes, locations))
    return out


def _condemned_act(tok: Token) -> bool:
    """Rule `judged_party` (evquote20, session 22): a verb that judges what its subject did as
    a wrong beyond the class wrongdoing_verb and the stance verbs of evaluative_stance ('has
    broken every promise it made', 'botched the rollout', 'tried to silence its critics'):
    the lexicon class condemned_act_verb; 'break', 'exceed', 'overstep' only with an object
    of the class broken_word ('broke the record', 'exceeded forecasts' judge nothing);
    nothing done in no amount ('wasted no time'), nor what people only believe."""
    lex = lexicon()
    class_of = lex["class_of"]

    def in_class(t: Token, cls: str) -> bool:
        return cls in class_of.get(t.lower_, ()) or cls in class_of.get(t.lemma_.lower(), ())

    if tok.pos_ != "VERB" or not in_class(tok, "condemned_act_verb") or \
            any(c.dep_ == "auxpass" for c in tok.children):
        return False
    if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in lex["belief_head_verbs"]:
        return False  # a belief (a poll's) is no charge said
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if any(c.dep_ == "det" and c.lower_ == "no" for o in tok.children
           if o.dep_ in ("dobj", "npadvmod") for c in o.children):
        return False  # "wasted no time"
    lemma = tok.lemma_.lower()
    if lemma in lex["bound_breaking_verbs"]:
        return any(in_class(o, "broken_word") for o in objs)
    return True


# what a clause says something of: a wrong named there is the charge the clause makes
_PREDICATED = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})


def _owned_wrongs(doc: Doc, article: Article, ctx: ActorContext, quotes: list[Quote],
                  locations: list[Location], trigger_types: dict[int, str]) -> list[Event]:
    """Rule `owned_wrong` (evquoted5, session 11): '"This administration's contempt for
    farmers has never been clearer," said X', 'X said Moscow's lies would not divide the
    alliance', '"Russian aggression must be stopped," the minister said': a wrong (a noun of
    the lexicon class wrongdoing_word, or a noun a word of the class modifies: 'the
    ministry's reckless policy') that a speaker says a party owns (a possessive or a
    modifier naming it) is an ACCUSE from the speaker to that party, asserted and attributed
    to the speaker. The writer's own words accuse nobody; nor do a wrong only supposed
    ('if Russian aggression continues'), a wrong named in passing (not the subject, object
    or attribute of its clause: 'at risk because of the nature of his crimes'), a noun an
    accusing verb already takes ('condemned Russian aggression': that verb's event), or the
    speaker's own side."""
    out: list[Event] = []
    class_of = lexicon()["class_of"]

    def wrong(t: Token) -> bool:
        return "wrongdoing_word" in class_of.get(t.lower_, ()) or \
            "wrongdoing_word" in class_of.get(t.lemma_.lower(), ())

    for tok in doc:
        if tok.pos_ != "NOUN" or tok.dep_ not in _PREDICATED or not (wrong(tok) or any(
                c.dep_ == "amod" and wrong(c) for c in tok.children)):
            continue  # (a wrong named in passing, 'because of his crimes', is no charge)
        if trigger_types.get(tok.head.i) == "ACCUSE" or trigger_types.get(tok.i) == "ACCUSE":
            continue
        owners = [o for o in owner_actors(tok, ctx) if acceptable_actor(o[0])]
        if not owners:
            continue
        speaker, _ = attribution(tok, clause_head(tok), quotes, ctx, article)
        speaker = with_stated_role(speaker, ctx)
        if speaker is None or not acceptable_actor(speaker):
            continue
        modality, _ = modality_of(tok, _media_names())
        if modality not in ("asserted", "alleged"):
            continue
        targets: list[Arg | None] = [o for o in owners[:2] if not same_side(speaker, o[0])]
        if not targets:
            continue
        sense: dict[str, Any] = {"type": "ACCUSE", "asserted": True, "speech_act": True,
                                 "_rule": "owned_wrong"}
        out.extend(_assemble(Candidate(tok, sense, method="reported_wrongdoing"), sense,
                             article, ctx, quotes, locations,
                             [((speaker, tok), t) for t in targets]))
    return out


def _critical_of(doc: Doc, article: Article, ctx: ActorContext, quotes: list[Quote],
                 locations: list[Location]) -> list[Event]:
    """'X was highly critical of the cabinet's response to the floods', 'Y has been
    scathing about Z': an adjective of criticism (lexicon class critical_word) said of its
    subject, aimed at the 'of'/'about' phrase (or its owner), is an ACCUSE from the subject
    to that party; modality and attribution are those of the adjective's clause."""
    out: list[Event] = []
    class_of = lexicon()["class_of"]
    for tok in doc:
        if tok.pos_ != "ADJ" or tok.dep_ not in ("acomp", "oprd") or \
                "critical_word" not in class_of.get(tok.lower_, ()) or \
                tok.head.lemma_.lower() not in _COPULAS:
            continue
        actors = [a for a in resolve_all(subject_tokens(tok.head), ctx) if acceptable_actor(a[0])]
        targets = [r for r in recipient_args(tok, ctx, owner_ok=True, preps=("of", "about"))
                   if acceptable_actor(r[0])]
        if not actors or not targets:
            continue
        sense: dict[str, Any] = {"type": "ACCUSE", "speech": True, "_rule": "critical_of"}
        pairs: list[tuple[Arg | None, Arg | None]] = [
            (actors[0], r) for r in targets[:2] if not same_actor(actors[0][0], r[0])]
        out.extend(_assemble(Candidate(tok, sense, method="lexicon"), sense, article, ctx,
                             quotes, locations, pairs))
    return out


_OBLIGATION_AUX = frozenset({"must", "should"})
# verbs of necessity whose 'to' infinitive is what the subject is told to do
_OBLIGATION_VERBS = frozenset({"need", "have"})


def _obligation_cue(tok: Token) -> str | None:
    """The word that makes the clause of `tok` an obligation put on its subject: a modal
    ('must end', 'should stop') or a verb of necessity with a 'to' infinitive ('need to
    start giving answers', 'have to provide it'; not 'need money', 'have to' said of a thing
    needed, nor 'needs a calm mind to get through the winter': a thing needed for a
    purpose); None otherwise."""
    aux = next((c.lower_ for c in tok.children
                if c.dep_ == "aux" and c.lower_ in _OBLIGATION_AUX), None)
    if aux is not None:
        return aux
    if tok.pos_ == "VERB" and tok.lemma_.lower() in _OBLIGATION_VERBS and \
            enabled("necessity_obligation") and not any(
                c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in tok.children) and \
            not any(c.dep_ == "dobj" for c in tok.children) and any(
                c.dep_ == "xcomp" and c.pos_ == "VERB" and
                to_infinitive(c)
                for c in tok.children):
        return f"{tok.lower_} to"
    return None


# a conditional or future necessity ('would need to', 'will have to') tells no demand made
_FUTURE_AUX = frozenset({"will", "would", "could", "might", "may", "'ll", "wo", "shall",
                         "'d"})


def _obligation_events(doc: Doc, article: Article, ctx: ActorContext, quotes: list[Quote],
                       locations: list[Location],
                       trigger_types: dict[int, str] | None = None) -> list[Event]:
    """'"The authorities must end this crackdown," said X', '"The ministry needs to start
    giving answers," X said': a speaker's demand on another party is a REQUEST from the
    speaker to the subject (never the writer's own 'must'). So is a speaker's demand that a
    hostile act end, whoever is to end it ('"This fighting has to stop," X said', '"This
    provocation must be countered," X said': rule `end_the_act`, session 11), to the party
    named to act, else to no one named."""
    out: list[Event] = []
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        cue_word = _obligation_cue(tok)
        if cue_word is None:
            continue
        if is_passive(tok):
            if not enabled("passive_obligation"):
                continue
            # "this provocation must be countered by the international community": the
            # 'by' agent is who is to act (no agent: nobody is asked)
            subj = [p for c in tok.children if c.dep_ == "agent"
                    for p in c.children if p.dep_ == "pobj"]
            acts = [c for c in tok.children if c.dep_ == "nsubjpass"]
        else:
            subj = [c for c in tok.children if c.dep_ == "nsubj"]
            acts = subj
        done = next((c for c in tok.children if c.dep_ == "xcomp"), tok) if " " in cue_word \
            else tok  # "has to stop": the act is the infinitive
        ended = acts[0] if acts and done.lemma_.lower() in _ENDING_VERBS and \
            _hostile_act(acts[0], trigger_types or {}) else None
        if ended is None and (not subj or
                              subj[0].lower_ in ("i", "we", "you", "one", "everyone", "it")):
            continue
        if subj and enabled("future_holder_duty") and future_office_holder(subj[0]):
            continue  # "the next governor should fill the seat": no party of today is asked
        if " " in cue_word and subj and subj[0].pos_ == "PRON":
            # "X, who said they need to undertake an assessment": a pronoun that needs to do
            # something is too often the one speaking (or whom a nested clause quotes)
            continue
        speaker, quote_id = attribution(tok, clause_head(tok), quotes, ctx, article)
        if speaker is None or not acceptable_actor(speaker):
            continue
        targets: list[Arg | None] = [
            r for r in resolve_all(subj, ctx)
            if acceptable_actor(r[0]) and not same_side(speaker, r[0])]
        terms = not targets and not is_passive(tok) and enabled("terms_demand") and \
            "agreement" in classes_of(subj[:1])
        if terms:
            # "Israel insisted that any truce must ensure Hamas cannot re-arm", "any deal
            # must include the refugees": terms a speaker sets for a deal are a demand made,
            # to whoever is party to it (evtypes4, session 10)
            targets = [None]
        if not targets and ended is not None:
            targets = [None]  # "this fighting has to stop": asked of whoever fights
        reproach = _past_duty(tok, cue_word)
        if reproach is not None and reproach != "should":
            continue  # "X must have known": an inference about the past, no demand
        etype = "ACCUSE" if reproach else "REQUEST"
        sent = tok.sent
        modality, cue = ("negated", "not") if any(c.dep_ == "neg" for c in tok.children) \
            else ("asserted", None)
        if modality == "negated":
            continue  # "X must not attack": a warning, not a request we can code safely
        for target in targets:
            ref, rtok = target if target is not None else (None, subj[0] if subj else ended)
            assert rtok is not None
            start = min(tok.idx, rtok.idx)
            end = max(tok.idx + len(tok.text), rtok.idx + len(rtok.text))
            date, date_text, precision = event_date(tok, tok, sent, article)
            out.append(Event(
                event_id=stable_id("evt", article.article_id, start, end, etype),
                article_id=article.article_id, span=(start, end), sentence=sent.text.strip(),
                type=etype, trigger=cue_word,
                actor=speaker, recipient=ref, modality=modality, modality_cue=cue,
                attributed_to=speaker, quote_id=quote_id, date=date, date_text=date_text,
                date_precision=precision, location=event_location(tok, tok, sent, locations, ctx),
                sentence_span=(sent.start_char, sent.end_char), confidence=0.8,
                source_method="obligation",
                rules=["obligation"] + (["necessity_obligation"] if " " in cue_word else []) +
                (["passive_obligation"] if is_passive(tok) else []) +
                (["terms_demand"] if terms else []) +
                (["end_the_act"] if ended is not None and target is None and not terms
                 else []) + (["past_duty_reproach"] if reproach else [])))
    return out


def _past_duty(verb: Token, cue_word: str) -> str | None:
    """Rule `past_duty_reproach` (session 23): 'X said the minister should have defended the
    envoy more firmly': a modal with the perfect ('should have', 'must have' + participle) is
    said of a past act, not a demand on the subject: 'should have' faults what the subject
    did or failed to do (an ACCUSE from the speaker), 'must have' infers it (no event). The
    modal (lower-cased), or None for a demand ('should resign', 'must have a say': 'have'
    as the verb itself)."""
    if " " in cue_word or not enabled("past_duty_reproach") or verb.tag_ != "VBN":
        return None
    if not any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in verb.children):
        return None
    return cue_word


# what a speaker demands be done to a hostile act: ended, countered, answered for
_ENDING_VERBS = frozenset({"stop", "end", "cease", "halt", "counter", "confront", "curb",
                           "prevent", "punish", "condemn", "investigate", "reverse", "lift"})


def _hostile_act(noun: Token, trigger_types: dict[int, str]) -> bool:
    """Rule `end_the_act`: the subject of an obligation is a hostile act (an event noun of
    a hostile type, or a word of harm or wrongdoing: 'this fighting', 'the violence', 'this
    provocation'), not a party."""
    if not enabled("end_the_act") or noun.pos_ != "NOUN":
        return False
    senses = lexicon()["nouns"].get(noun.lower_) or \
        lexicon()["nouns"].get(noun.lemma_.lower()) or []
    hostile = _HOSTILE_TYPES | {"ACCUSE"}
    return trigger_types.get(noun.i) in hostile or \
        any(sense["type"] in hostile for sense in senses) or \
        bool(classes_of([noun]) & {"harm_word", "wrongdoing_word", "violence"})


_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})


def _agentless_theme(tok: Token, trigger_types: dict[int, str]) -> bool:
    """Rule `agentless_theme`: 'an agreement between Armenia and Azerbaijan was signed',
    'talks between the two sides were held in Doha': an event noun that is the passive
    subject of a verb of its own type with no agent is the event told, its parties in the
    noun phrase (the verb, with no doer, names none). A present passive ('aid is
    distributed') tells a habit, and a relative clause is the writer's aside: left alone."""
    if not enabled("agentless_theme") or tok.pos_ != "NOUN" or tok.dep_ != "nsubjpass":
        return False
    verb = tok.head
    if verb.dep_ == "relcl" or any(c.dep_ == "auxpass" and c.lower_ in _PRESENT_BE
                                   for c in verb.children):
        return False  # "through which most EU aid is distributed": a habit, an aside
    return trigger_types.get(verb.i) == trigger_types.get(tok.i) and \
        not any(c.dep_ == "agent" for c in verb.children)


def _quoted_requests(orders: list[tuple[Token, Quote]], article: Article, ctx: ActorContext,
                     quotes: list[Quote], locations: list[Location]) -> list[Event]:
    """Rule `quoted_imperative` (event_speech.quoted_imperatives): an order or a plea
    opening a direct quote is a REQUEST from the quote's speaker, asserted (the request is
    made as it is said), to the party the cue verb addresses ('told the coalition'), else to
    no one named. An unnamed speaker of no known country ('one commenter') addressing no
    one named is no party asking."""
    out: list[Event] = []
    for verb, q in orders:
        speaker = q.speaker
        if speaker is None or not acceptable_actor(speaker):
            continue
        addressed: list[Arg] = []
        if q.cue_span is not None:
            cue = verb.doc.char_span(q.cue_span[0], q.cue_span[1], alignment_mode="expand")
            if cue is not None:
                heads = [c for c in cue.root.children if c.dep_ in ("dobj", "dative") and
                         not (q.span[0] <= c.idx < q.span[1])]
                addressed = [r for r in resolve_all(heads, ctx) if acceptable_actor(r[0]) and
                             not same_actor(r[0], speaker)]
        if not addressed and speaker.country is None and speaker.mention_id is None and \
                not speaker.name[:1].isupper():
            continue  # '"Don't hide things like this," one commenter said': no party asks
        sense: dict[str, Any] = {"type": "REQUEST", "asserted": True, "speech_act": True,
                                 "_rule": "quoted_imperative"}
        targets: list[Arg | None] = [*addressed[:2]] or [None]
        pairs: list[tuple[Arg | None, Arg | None]] = [((speaker, verb), r) for r in targets]
        out.extend(_assemble(Candidate(verb, sense, method="quoted_imperative"), sense,
                             article, ctx, quotes, locations, pairs))
    return out


def _inside_speech_content(tok: Token, trigger_types: dict[int, str]) -> bool:
    """'called on X to take part in talks', 'refused to supply': the content is not an event."""
    node = tok
    for _ in range(4):
        if node.head.i == node.i:
            return False
        rel, node = node.dep_, node.head
        if rel == "dobj" and tok.pos_ == "NOUN" and node.lemma_.lower() in lexicon()["do_verbs"]:
            continue  # "to open an investigation": the light verb carries the noun
        if rel in ("conj", "nsubj", "nsubjpass", "dobj"):
            return False
        # (evtypes3) an accusation told by a noun has a verb as content too: "faces charges,
        # including conspiring to hack government computers" (but "a probe of the shelling"
        # investigates a shelling that took place)
        if trigger_types.get(node.i) in SPEECH_CONTENT_TYPES and (
                node.pos_ == "VERB" or (node.pos_ == "NOUN" and tok.pos_ == "VERB" and
                                        trigger_types[node.i] == "ACCUSE")) and \
                rel in ("xcomp", "ccomp", "pcomp", "prep", "pobj", "advcl"):
            # "accused of blocking aid": what an accusation alleges is an (alleged) event
            return not (trigger_types[node.i] == "ACCUSE" and rel == "prep" and
                        tok.pos_ == "VERB" and tok.tag_ == "VBG")
        if rel == "prep" and node.pos_ == "VERB" and trigger_types.get(node.i) == "ACCUSE":
            continue
    return False


def _invited_meeting(tok: Token, trigger_types: dict[int, str]) -> bool:
    """Rule `invited_meeting` (evtypes19): 'invited the opposition to meet him', 'invited X
    to visit Paris', 'invited both sides back for talks on disarming the rebels': an
    invitation typed as a (planned) meeting already is the meeting; what it asks for (the
    verb or noun in its complement, up to five steps down, not through a subject, conjunct
    or adverbial clause) is no event of its own."""
    node = tok
    for _ in range(5):
        if node.head.i == node.i or node.dep_ in ("nsubj", "nsubjpass", "conj", "advcl"):
            return False
        node = node.head
        if node.lemma_.lower() == "invite" and trigger_types.get(node.i) == "CONSULT":
            return True  # (also 'invited both sides back for talks on disarming the rebels')
    return False


def _undone_by_head(tok: Token, trigger_types: dict[int, str]) -> bool:
    """'withheld military aid', 'suspended talks', 'cancelled the deal': the object of a
    sanction or concession is what stopped, not an event of its own."""
    return tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and \
        trigger_types.get(tok.head.i) in ("SANCTION", "CONCEDE") and \
        trigger_types.get(tok.i) in ("AID", "CONSULT", "COOPERATE", "AGREE", "SANCTION")


# ----------------------------------------------------------------------------- building


def _build(cand: Candidate, article: Article, ctx: ActorContext, quotes: list[Quote],
           locations: list[Location]) -> list[Event]:
    tok = cand.trigger
    sense = cand.sense
    etype = sense["type"]
    if tok.pos_ == "NOUN" and _only_possible(tok):
        return []  # "possible Russian support" is a topic, not an event
    if tok.pos_ == "NOUN" and enabled("any_act_noun") and _any_act(tok):
        return []  # "will answer any incursion with force": a kind of act, none done
    if sense.get("_conditional_force"):
        # the parties of the act threatened are the threat's ("would expel its diplomats")
        actors, recipients = arguments(
            Candidate(tok, {**sense, "type": sense["_conditional_force"]}), ctx)
    elif sense.get("_readiness") and tok.pos_ == "NOUN":
        # (rule ready_light_verb) "ready to mount an incursion into X": the attack's parties
        actors, recipients = arguments(Candidate(tok, {**sense, "type": "ASSAULT"}), ctx)
    else:
        actors, recipients = arguments(cand, ctx)
    actors = [a for a in actors if not _a_document(a[0])]
    extra_rules: list[str] = ["readiness_threat"] if sense.get("_readiness") else []
    if not actors and tok.pos_ == "NOUN" and enabled("of_object_by_agent"):
        actors = _of_object_agents(tok, ctx)
        extra_rules.extend(["of_object_by_agent"] if actors else [])
    if not actors and tok.pos_ == "NOUN" and enabled("received_of_giver"):
        actors, recipients = _received_of_givers(tok, recipients, ctx)
        extra_rules.extend(["received_of_giver"] if actors else [])
    extra_rules += ["said_conditional_force"] if sense.get("_conditional_force") else []
    if sense.get("oprd") and not recipients and tok.pos_ == "VERB":
        # "called the president a liar": the parser may hang the person as a second oprd
        recipients = _named_by_oprd(tok, ctx)
        extra_rules.extend(["oprd_recipient"] if recipients else [])
    if etype == "ACCUSE" and tok.pos_ == "NOUN" and enabled("received_criticism"):
        received = _received_speech(tok, ctx)
        if received is not None:
            # "X's handling of the floods drew criticism from the opposition", "the prime
            # minister faced a barrage of criticism from Caribbean leaders": the subject of
            # the receiving verb is the accused, the from/by phrase the accuser
            accusers, recipients = received
            actors = accusers or [a for a in actors
                                  if not any(same_actor(a[0], r[0]) for r in recipients)]
            extra_rules.append("received_criticism")
    if etype == "ACCUSE" and tok.pos_ == "NOUN" and not actors and enabled("accuser_phrase"):
        # "criticism of the Israeli government from Washington", "condemnation of the strike
        # by the Moldovan government": the noun's from/by phrase names the accuser
        actors = [a for a in _phrase_parties(tok, ctx, ("from", "by")) if acceptable_actor(a[0])]
        extra_rules.extend(["accuser_phrase"] if actors else [])
    if etype == "REJECT" and not recipients and tok.pos_ == "VERB" and \
            enabled("rejected_asker"):
        # "rejected calls from Kyiv to send missiles", "dismissed the opposition's demand":
        # what is refused was asked by the party of its from/by phrase, or its owner
        asked = object_of(tok)
        if asked is not None and asked.pos_ == "NOUN" and \
                asked.lemma_.lower() in lexicon()["asking_nouns"]:
            owners = [(ref, c) for c in asked.children if c.dep_ == "poss"
                      for ref in [unnamed_party(c, ctx)] if ref is not None]
            recipients = [r for r in _phrase_parties(asked, ctx, ("from", "by")) or
                          owner_actors(asked, ctx) or owners if acceptable_actor(r[0])]
            extra_rules.extend(["rejected_asker"] if recipients else [])
    if etype == "ACCUSE" and not recipients and tok.pos_ == "VERB" and \
            tok.lemma_.lower() in _BLAMING_VERBS and enabled("blamed_on"):
        recipients = _blamed_on(tok, ctx)
        extra_rules.extend(["blamed_on"] if recipients else [])
    if etype == "ACCUSE" and not recipients and enabled("speech_target"):
        # "railed against the U.S. embargo", "criticism of the Japanese plan", "took a swipe
        # at Ethiopia": the accused is the party of the phrase the act is aimed by, or its owner
        recipients = _speech_targets(tok, ctx)
        extra_rules.extend(["speech_target"] if recipients else [])
    if etype == "ACCUSE" and not recipients and sense.get("clause_party") and \
            tok.pos_ == "VERB" and enabled("grievance_clause_subject"):
        recipients = _grievance_clause_subject(tok, actors, ctx)
        extra_rules.extend(["grievance_clause_subject"] if recipients else [])
    if _answered_speech(tok, etype) and enabled("answered_speech"):
        extra_rules.append("answered_speech")
        # "China dismissed criticism from Britain": from Britain, aimed at China
        if not actors:
            actors = recipient_args(tok, ctx, owner_ok=True, preps=("from", "by"))
        if not recipients and not is_passive(tok.head):
            recipients = [r for r in resolve_all(subject_tokens(tok.head), ctx)
                          if not any(same_actor(r[0], a[0]) for a in actors)]
    actors = [a for a in actors if acceptable_actor(a[0])]
    if etype == "PROTEST" and tok.pos_ == "NOUN":
        actors = [as_protesters(a, tok) for a in actors]
    if not actors and etype == "PROTEST" and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and \
            tok.head.lower_ == "on" and tok.head.head.lemma_.lower() in _ON_STRIKE_VERBS and \
            enabled("on_strike_subject"):
        # rule `on_strike_subject` (evreal12): "truck drivers have been on strike since
        # Wednesday", "teachers went on strike": who is on strike is the verb's subject
        actors = [a for a in resolve_all(subject_tokens(tok.head.head), ctx)
                  if acceptable_actor(a[0])]
        extra_rules.extend(["on_strike_subject"] if actors else [])
    if not actors and etype == "PROTEST" and tok.pos_ == "NOUN" and \
            not sense.get("needs_agent"):
        actors = implicit_protesters(tok, ctx)
    if not actors and etype == "PROTEST" and tok.pos_ == "VERB" and any(
            _crowd(t) for t in subject_tokens(tok)):
        actors = implicit_protesters(tok, ctx)  # "thousands of people protested in X"
    if not actors and etype in _CROWD_SPEECH_TYPES and sense.get("speech") and \
            tok.pos_ == "VERB" and enabled("crowd_speaker") and not is_passive(tok) and \
            any(t.lemma_.lower() in _CROWD_WORDS for t in subject_tokens(tok)):
        # "crowds across the island called for the governor to go", "thousands
        # demanded his resignation": a crowd's demand or blame is the protesters'
        actors = implicit_protesters(tok, ctx)
        extra_rules.append("crowd_speaker")
    if not recipients and sense.get("guilty_verdict"):
        # "found Simpson guilty": the parser makes the convicted the subject of "guilty"
        recipients = resolve_all(convicted_by_verdict(tok) or [], ctx)
    if not actors and sense.get("state_actor") and enabled("court_subject"):
        actors = _court_subject(tok, sense["state_actor"], ctx)
        extra_rules.extend(["court_subject"] if actors else [])
    shared = _shared_passive(tok) if enabled("shared_passive") else None
    if not actors and sense.get("state_actor") and shared is not None:
        # "was arrested and charged with murder", "stores were looted and 200 people
        # arrested": the conjunct is passive too, done by the state to the head's patients
        code = fallback_country(tok, ctx)
        if code is not None:
            actors = [(state_ref(code, sense["state_actor"], None, ctx, None), tok)]
            own = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            recipients = recipients or resolve_all(own or patients_of(shared), ctx)
            extra_rules.append("shared_passive")
    if tok.pos_ == "NOUN" and sense.get("state_actor") and enabled("state_act_noun"):
        told = actors
        actors, recipients = _state_act_noun(tok, sense["state_actor"], actors, recipients,
                                             ctx)
        extra_rules.extend(["state_act_noun"] if actors is not told else [])
    if not actors and etype == "MOBILIZE" and enabled("deployed_forces"):
        # "200 police officers were deployed to the border": the forces sent act
        actors = _deployed_forces(tok, ctx)
        extra_rules.extend(["deployed_forces"] if actors else [])
    # and, by the lexicon (a sense's `agentless` flag, rule agentless_acts), acts done to a
    # party whose doer the sentence leaves out: "two journalists were detained", "he was
    # sentenced to ten years", "the hostages were released", "she was accused of fraud"
    agentless = not actors and tok.pos_ == "VERB" and (etype in AGENTLESS_TYPES or (
        sense.get("agentless") and enabled("agentless_acts"))) and \
        (is_passive(tok) or reduced_passive(tok)) and not _by_mishap(tok) and \
        not sense.get("no_agentless") and not _disaster_nearby(tok) and \
        not (enabled("place_told_by_harm") and _place_told_by_harm(tok))
    means = not agentless and not actors and etype == "ASSAULT" and tok.pos_ == "VERB" and \
        not is_passive(tok) and enabled("means_subject") and _means_subject(tok)
    if means:
        # "A car bomb killed 12 people", "shelling wounded three soldiers": the weapon is
        # told, its user is not; the attack stands with an unknown actor
        patients = [t for t in (object_of(tok),) if t is not None]
        victims = [r for r in recipients if acceptable_actor(r[0])] or \
            [(ref, p) for p in patients if (ref := unnamed_group(p)) is not None]
        return _assemble(cand, sense, article, ctx, quotes, locations,
                         [(None, r) for r in victims[:3]], [*extra_rules, "means_subject"])
    if agentless:
        # "three soldiers were killed by a roadside bomb": the event stands with an unknown
        # actor and the victims as recipient
        victims = [r for r in recipients if acceptable_actor(r[0])]
        if enabled("owner_not_victim"):
            # "Ruritania's image is being destroyed": the image, not Ruritania, is hit
            victims = [r for r in victims if not _abstract_patient(r[1])]
        victims = victims or \
            [(ref, p) for p in patients_of(tok) if (ref := unnamed_group(p)) is not None]
        doer: Arg | None = None
        if etype != "ASSAULT" and sense.get("state_actor") and enabled("agentless_state") \
                and not any(c.dep_ == "agent" for c in tok.children):
            # "he was sentenced to ten years", "two reporters were detained": an act only
            # the state does is the state's, of the one country the sentence or story names
            code = fallback_country(tok, ctx)
            if code is not None and victims:
                doer = (state_ref(code, sense["state_actor"], None, ctx, None), tok)
                extra_rules.append("agentless_state")
        if doer is None and etype == "ACCUSE" and enabled("accused_of_crime") and \
                crime_accusation(tok, [r[0] for r in victims]):
            # "she is accused of killing her husband": the prosecution's charge (evreal7)
            code = fallback_country(tok, ctx)
            if code is not None:
                doer = (state_ref(code, "JUD", None, ctx, None), tok)
                extra_rules.append("accused_of_crime")
        rule = "agentless_passive" if etype == "ASSAULT" else "agentless_acts"
        return _assemble(cand, sense, article, ctx, quotes, locations,
                         [(doer, r) for r in victims[:3]
                          if doer is None or not same_actor(doer[0], r[0])],
                         [rule, *extra_rules])
    if enabled("no_borrowed_state"):
        actors = [a for a in (unborrowed_state(a, recipients, ctx) for a in actors)
                  if a is not None]
    if not actors:
        return []
    if "sectors" in sense:
        kept = [a for a in actors if a[0].sector in sense["sectors"]]
        if not kept and sense.get("else_type"):
            # "protesters blocked the road" is a PROTEST; "the army blocked the road" is not
            sense = {**sense, "type": sense["else_type"], "mode": sense.get("else_mode")}
            etype = sense["type"]
            kept = actors
        actors = kept
        if not actors:
            return []
    recipients = [r for r in (other_side(a, r, ctx) for a in actors[:1] for r in recipients)
                  if r is not None] if actors else recipients
    if etype == "ASSAULT" and enabled("dispute_clash") and \
            dispute_clash(tok, actors, recipients):
        # rule dispute_clash (evprec27): a clash over an issue between unarmed parties
        drop_trace.note(tok, etype, "false_sense", "dispute_clash")
        return []
    if actors:
        # rule own_pronoun_recipient: 'sanctions on its judges' is no act on the actor's own
        recipients = [r for r in recipients if not pronoun_owned_by_actor(r, actors, etype)]
    placed = ("attacked_place", "attacked_town")
    if actors and any(set(placed) & set(r[0].rules) for r in recipients):
        # a town of the attacker's own country: who holds it is not said
        recipients = [r for r in recipients if not set(placed) & set(r[0].rules) or
                      all(a[0].country != r[0].country for a in actors) or
                      insurgent_home_place(actors[0][0], r[0])]
        recipients = [(dataclasses.replace(r, rules=[*r.rules, "insurgent_home_place"]), t)
                      if insurgent_home_place(actors[0][0], r) else (r, t)
                      for r, t in recipients]
    if etype in ("ACCUSE", "COERCE", "SANCTION") and enabled("brand_compound"):
        # "charged with DUI", "arrested for DWI": the charge, not a party
        recipients = [r for r in recipients if not (
            a_kind_of_thing(r[0]) and r[1].dep_ == "pobj" and
            r[1].head.lower_ in ("with", "for", "of", "over", "on"))]
    if len(actors) > 1 and not recipients and _mutual(tok):
        recipients = list(actors)  # "X and Y attacked each other's policies": each the other
    mutual = etype in RECIPROCAL_TYPES or bool(sense.get("reciprocal")) or \
        (etype == "ASSAULT" and mutual_fight_verb(tok))
    if mutual and enabled("coordinated_modifier_partner") and \
            not any(r[0].country for r in recipients) and \
            not (sense.get("mode") == "third-party" and enabled("co_mediators")) and \
            (parties := modifier_partners(actors)) is not None:
        # rule coordinated_modifier_partner: "the Thai and Cambodian defence chiefs met",
        # "Indian and Chinese troops fought": each conjunct's country is the other's partner
        # (or foe), over a party of no country ('coordinated a search for migrants')
        actors = parties
        recipients = list(parties) if etype == "ASSAULT" else []
        extra_rules.append("coordinated_modifier_partner")
    if etype == "PROTEST" and actors and not recipients and enabled("protested_state"):
        recipients = protested_state(actors[0], tok, sense.get("mode"), ctx)
    if not recipients:
        # "criticized the president", "fined the club": the verb's other party named by a
        # common noun, when no rule above found one (event_arguments.unnamed_recipients)
        recipients = unnamed_recipients(tok, sense, actors, ctx) or \
            accused_noun_party(tok, sense, actors, ctx) or \
            judged_thing_owner(tok, sense, actors, ctx)
    if not recipients and sense.get("state_recipient") and actors and \
            enabled("pleaded_against_state"):
        # rule pleaded_against_state (evreal9): "X pleaded not guilty to murder": the plea
        # rejects the prosecution's charge, the state's of the one country the sentence or
        # story names (unknown when none)
        code = fallback_country(tok, ctx)
        if code is not None and all(a[0].country in (None, code) and
                                    a[0].sector not in STATE_SECTORS for a in actors):
            recipients = [(state_ref(code, sense["state_recipient"], None, ctx, None), tok)]
            extra_rules.append("pleaded_against_state")
    if sense.get("needs_recipient") and not recipients and "adjacent_prep" in sense and \
            tok.pos_ == "VERB" and enabled("adjacent_prep_party"):
        recipients = _adjacent_prep_parties(tok, sense["adjacent_prep"], actors, ctx)
        extra_rules.extend(["adjacent_prep_party"] if recipients else [])
    if sense.get("needs_recipient") and not recipients:
        return []
    if etype == "AGREE" and not recipients and _a_promised_policy(tok):
        return []  # "Obama has promised to reverse the rules": a pledge to no one
    if etype in RECIPROCAL_TYPES and tok.pos_ == "VERB" and _object_has_between(tok) and \
            not (enabled("third_party_broker") and sense.get("mode") == "third-party"):
        # "Qatar hosted talks between X and Y": the talks are X's and Y's; but "Egypt
        # brokered a truce between X and Y" is Egypt's own mediation (CONSULT third-party)
        return []
    lemma = tok.lemma_.lower()
    requires = plover_types()[etype]["requires_recipient"]
    if requires and not recipients and sense.get("money_pledge") and \
            enabled("pledged_money") and _pledged_amount(tok):
        # rule pledged_money: "Britain pledged 120 million pounds": aid, to the one party the
        # article says aid is for ("aid to Yemen"), or to no one named
        requires = False
        extra_rules.append("pledged_money")
        recipients = _article_aid_recipient(tok, ctx)
    # drop self-interactions ("Russia ... to Russia")
    pairs: list[tuple[Arg, Arg | None]] = []
    if etype == "ASSAULT" and lemma in _MUTUAL_FIGHTING and actors and recipients:
        # "clashes between protesters and security forces": each side fights the other
        actors, recipients = actors + recipients, recipients + actors
    if len(actors) > 1 and (etype in RECIPROCAL_TYPES or sense.get("reciprocal")) and \
            not recipients and not (sense.get("one_sided") and enabled("one_sided_offer")) \
            and not (sense.get("mode") == "third-party" and enabled("co_mediators")):
        # (rule one_sided_offer: 'Qatar and Kuwait offered to host talks': each makes its own
        # offer; rule co_mediators: 'the truce was brokered by Saudi Arabia and the United
        # States': each mediates, neither is a party)
        # "Russia and Afghanistan signed an agreement": each with the other
        first = actors[0]
        # (two offices of one government agreeing are one side: no agreement between parties)
        pairs.extend((first, other) for other in actors[1:]
                     if not same_side(first[0], other[0]))
        actors = []
    for a in actors:
        recs = [r for r in recipients if not same_actor(a[0], r[0])]
        if not recs:
            if requires:
                continue
            pairs.append((a, None))
        for r in recs:
            pairs.append((a, r))
    if not pairs:
        return []
    return _assemble(cand, sense, article, ctx, quotes, locations,
                     [no_borrowed_country(complement_country(a, tok), r) for a, r in pairs],
                     extra_rules)


def _of_object_agents(noun: Token, ctx: ActorContext) -> list[Arg]:
    """Rule `of_object_by_agent` (evtypes27, session 27): 'the expulsion of three diplomats
    by Chile', 'the shelling of two villages by government artillery': the parser hangs the
    act noun's 'by' phrase on its 'of' object (the nearest noun); a thing or a group acted on
    has no agent of its own there, so the 'by' phrase names who did the act. Only a 'by'
    hung directly on the act noun's own 'of' object, after it ('a novel written by X' hangs
    'by' on the participle), only for a noun that found no actor, and only parties that
    resolve."""
    agents = [b_obj for of in noun.children if of.dep_ == "prep" and of.lower_ == "of"
              for obj in of.children if obj.dep_ == "pobj"
              for by in obj.children if by.dep_ in ("prep", "agent") and by.lower_ == "by"
              and by.i > obj.i
              for b_obj in by.children if b_obj.dep_ == "pobj"]
    found = [a for a in resolve_all(agents, ctx) if acceptable_actor(a[0])]
    return [(dataclasses.replace(r, rules=[*r.rules, "of_object_by_agent"]), t)
            for r, t in found]


def _received_of_givers(noun: Token, recipients: list[Arg], ctx: ActorContext
                        ) -> tuple[list[Arg], list[Arg]]:
    """Rule `received_of_giver` (evtypes27, session 27): 'the senator won the endorsement of
    the governor', 'the plan drew the condemnation of the council': an act noun that is the
    object of a verb of getting or undergoing it (the lexicon's obtained_from_verbs) is done
    by the party its own 'of' phrase names (which the noun's arguments may have taken for
    its recipient), to the verb's subject. (actors, recipients): no actor and the
    recipients unchanged when no 'of' party resolves or the verb is none of those."""
    head = noun.head
    if noun.dep_ != "dobj" or head.pos_ != "VERB" or \
            head.lemma_.lower() not in lexicon()["obtained_from_verbs"]:
        return [], recipients
    found = [a for a in resolve_all(_of_objects(noun), ctx) if acceptable_actor(a[0])]
    if not found:
        return [], recipients
    subject = resolve_all(subject_tokens(head) or inherited_subject(head), ctx) \
        if not is_passive(head) else []
    others = [r for r in [*subject, *recipients]
              if not any(same_actor(r[0], a[0]) for a in found)]
    return [(dataclasses.replace(r, rules=[*r.rules, "received_of_giver"]), t)
            for r, t in found], others


def _adjacent_prep_parties(verb: Token, preps: list[str], actors: list[Arg],
                           ctx: ActorContext) -> list[Arg]:
    """Rule `adjacent_prep_party` (evtypes27, session 27): 'Austria stood by Slovenia', 'stood
    by its ally after the strike': a sense that needs its own preposition right after the
    verb and a recipient gets the party that preposition's object names (the argument rules
    read a verb's 'by' as its agent, never as whom it acts on). Not the actor itself."""
    objs = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in preps and
            c.i == verb.i + 1 for p in c.children if p.dep_ == "pobj"]
    found = [r for r in resolve_all(objs, ctx) if acceptable_actor(r[0]) and
             not any(same_actor(r[0], a[0]) for a in actors)]
    return [(dataclasses.replace(r, rules=[*r.rules, "adjacent_prep_party"]), t)
            for r, t in found]


def _assemble(cand: Candidate, sense: dict[str, Any], article: Article, ctx: ActorContext,
              quotes: list[Quote], locations: list[Location],
              pairs: list[tuple[Arg | None, Arg | None]],
              rules: list[str] | None = None) -> list[Event]:
    """Events for (actor, recipient) pairs of one trigger: modality, mode, attribution,
    date and place are the trigger's; an actor of None is unknown (an agentless passive).
    `rules` (with the sense's own entry first) is recorded on each event (provenance)."""
    if not pairs:
        return []
    rules = [r for r in (sense.get("_rule") or cand.sense.get("_rule"), *(rules or []))
             if r]
    if sense.get("type") != cand.sense.get("type"):
        rules.append("else_type")
    tok = cand.trigger
    etype = sense["type"]
    if etype == "COERCE":
        retyped = _sanction_not_repression(tok, sense, pairs)
        if retyped is not None:
            sense = {**sense, "type": "SANCTION",
                     "mode": {"deport": "expel", "arrest": "convict"}.get(sense.get("mode") or "")}
            etype = "SANCTION"
            rules.append(retyped)
    lemma = tok.lemma_.lower()
    joined = hyphenated_noun(tok) if tok.pos_ == "NOUN" else None
    if joined is not None and rules and rules[0].split(":", 1)[-1].split("#")[0] in (
            joined, joined.replace("-", "")):
        lemma = joined  # "build-up", not its last part "up"
    clause = clause_head(tok)
    modality, cue = modality_of(tok, _media_names())
    if sense.get("absorbs_negation") and modality == "negated":
        modality, cue = "asserted", None  # "does not need aid" is a rejection, asserted
        rules.append("absorbs_negation")
    elif modality == "negated" and _refused_agreement(tok, etype) and \
            not any(negative_adjunct(c) for c in tok.children):
        # (hook, evprecision) "At no time did X agree" denies a past act: negated, no refusal
        # "did not accept the offer", "chose not to accept a plea deal": a refusal
        sense = {**sense, "type": "REJECT", "mode": None}
        etype = "REJECT"
        modality, cue = "asserted", None
        rules.append("reject_when_negated")
    if tok.pos_ == "NOUN" and modality in ("asserted", "planned"):
        modality, cue = nominal_modality(tok, modality, cue)
        if modality == "hypothetical" and _answered_speech(tok, etype):
            modality, cue = "asserted", None
    if sense.get("asserted") and (modality not in ("negated", "denied", "alleged") or
                                  sense.get("speech_act")):
        # a threat is made now, whatever it threatens; an accusation the moment it is said
        modality, cue = "asserted", None
    sent = tok.sent
    mode = event_mode(tok, sense, etype)
    attributed, quote_id = attribution(tok, clause, quotes, ctx, article)
    if modality == "alleged" and cue and cue.lower().startswith("claim") and attributed and \
            any(a is not None and same_side(attributed, a[0]) for a, _ in pairs):
        modality, cue = "asserted", None  # an actor's own side claiming it: an assertion
    if modality == "alleged" and sense.get("speech") and cue and enabled("reported_statement") \
            and cue.lower().startswith("report"):
        # "X warned Y that ..., the agency reports": the outlet reports a statement made, as
        # news reports every statement; only a deed known from a report alone is alleged
        modality, cue = "asserted", None
        rules.append("reported_statement")
    if attributed is None and sense.get("speech") and any(
            a is not None and a[0].type == "PERSON" for a, _ in pairs):
        speaker = next(a[0] for a, _ in pairs if a is not None and a[0].type == "PERSON")
        attributed = ActorRef(name=speaker.name, country=speaker.country, sector=speaker.sector,
                              type="PERSON", mention_id=speaker.mention_id)
    date, date_text, precision = event_date(tok, clause, sent, article,
                                            planned=modality == "planned")
    if modality == "asserted" and date and article.published and \
            date > article.published[:len(date)]:
        modality, cue = "planned", date_text  # "the first visit, next month": still to come
        rules.append("future_date_planned")
    if modality == "asserted" and sense.get("planned_meeting") and enabled("invited_planned"):
        # rule `invited_planned`: "invited both sides to talks in Oslo": the talks asked for
        # have not happened yet (a refused or negated invitation keeps its own modality)
        modality, cue = "planned", tok.text
        rules.append("invited_planned")
    location = event_location(tok, clause, sent, locations, ctx)
    out: list[Event] = []
    for arg, rec in pairs:
        actor, atok = arg if arg is not None else (None, None)
        rtok = rec[1] if rec is not None else None
        toks = [t for t in (tok, atok, rtok) if t is not None and sent.start <= t.i < sent.end]
        start = min(t.idx for t in toks)
        end = max(t.idx + len(t.text) for t in toks)
        event_id = stable_id("evt", article.article_id, start, end, etype)
        if any(e.event_id == event_id for e in out):  # the other side of a clash
            event_id = stable_id("evt", article.article_id, start, end, etype,
                                 actor.name if actor else "", rec[0].name if rec else "")
        out.append(Event(
            event_id=event_id,
            article_id=article.article_id,
            span=(start, end),
            sentence=sent.text.strip(),
            type=etype,
            trigger=lemma,
            actor=actor,
            recipient=rec[0] if rec is not None else None,
            mode=mode,
            modality=modality,
            modality_cue=cue,
            attributed_to=attributed,
            quote_id=quote_id,
            date=date,
            date_text=date_text,
            date_precision=precision,
            location=location,
            sentence_span=(sent.start_char, sent.end_char),
            confidence=cand.confidence,
            source_method=cand.method,
            rules=list(rules),
        ))
    return out


_BAN_MODES = frozenset({"ban", "deport"})


def _pledged_amount(verb: Token) -> bool:
    """Rule `pledged_money` (evreal13, session 17): the verb's object is an amount of money
    ('pledged $500 million', 'promised 120 million pounds'), not a policy or support."""
    return any(t.ent_type_ == "MONEY" for c in verb.children if c.dep_ == "dobj"
               for t in c.subtree)


def _article_aid_recipient(verb: Token, ctx: ActorContext) -> list[Arg]:
    """The one country the article says aid goes to ('$1.9 billion for humanitarian aid to
    Yemen', 'relief for Haiti'): an aid noun's to/for phrase naming a state, when the article
    names exactly one such (none otherwise: unknown is better than a guess)."""
    from newsweave.extract.actors import resolve_np

    found: dict[str, Arg] = {}
    aid_nouns = argument_words()["aid_nouns"]
    for noun in verb.doc:
        if noun.lemma_.lower() not in aid_nouns or noun.pos_ != "NOUN":
            continue
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("to", "for"):
                continue
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                for ref in resolve_np(pobj, ctx) or []:
                    if ref.type == "GPE" and ref.country:
                        found.setdefault(ref.country, (ref, pobj))
    return list(found.values()) if len(found) == 1 else []


def _sanction_not_repression(tok: Token, sense: dict[str, Any],
                             pairs: list[tuple[Arg | None, Arg | None]]) -> str | None:
    """The rule that makes a ban or an expulsion (COERCE ban/deport) a SANCTION, or None.
    Rule `body_discipline` (session 15): done by an organisation with no state sector (none,
    or civil_body_sectors: a party, a business, a club, a federation): 'the football federation
    banned the coach for six matches', 'the party expelled a lawmaker', 'UEFA barred the club
    from European competition' is a body's sanction on its member or customer, not
    repression; a ban on a practice ('the club banned smoking') is none of it (`_banned_party`).
    Rule `foreign_expulsion`: expelling officials of an international body or of
    another state (foreign_expelled_sectors: 'Ethiopia expelled seven U.N. officials') reduces
    relations, as expelling diplomats does. Rule `court_sentence`: a court or a judge (sector
    JUD) that jails or imprisons someone (court_sentence_verbs: 'a court in Minsk jailed a
    photographer for eight years') sentences them: SANCTION convict, as 'sentenced' is."""
    if not pairs:
        return None
    if enabled("court_sentence") and tok.lemma_.lower() in lexicon()["court_sentence_verbs"] and \
            all(arg is not None and arg[0].sector == "JUD" for arg, _ in pairs):
        return "court_sentence"
    if sense.get("mode") not in _BAN_MODES:
        return None
    civil = lexicon()["civil_body_sectors"]
    actors = [arg[0] if arg is not None else None for arg, _ in pairs]
    if enabled("body_discipline") and all(
            a is not None and a.type == "ORG" and a.country is None and
            (a.sector is None or a.sector in civil) for a in actors) and \
            _banned_party(tok, pairs):
        return "body_discipline"
    foreign = lexicon()["foreign_expelled_sectors"]
    if sense.get("mode") == "deport" and enabled("foreign_expulsion") and all(
            arg is not None and rec is not None and rec[0].sector in foreign and
            (rec[0].sector == "IGO" or (rec[0].country is not None and
                                        rec[0].country != arg[0].country))
            for arg, rec in pairs):
        return "foreign_expulsion"
    return None

def _banned_party(verb: Token, pairs: list[tuple[Arg | None, Arg | None]]) -> bool:
    """A ban on someone, not on a practice: a recipient, or an object that reads as a party
    ('banned the coach', 'barred the club'; not 'banned smoking from its stadium')."""
    from newsweave.extract.false_senses import noun_phrase, thing_phrase

    if any(rec is not None for _, rec in pairs):
        return True
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    # a party is named ('UEFA'), or counted or determined ('the coach', '50 fans'); a bare
    # noun ('smoking', 'alcohol') is a practice
    return bool(objs) and all(
        o.pos_ == "PROPN" or (any(c.dep_ in ("det", "poss", "nummod") for c in o.children) and
                              not thing_phrase(noun_phrase(o))) for o in objs)

def _means_subject(verb: Token) -> bool:
    """The active verb's subject is a weapon or a blast, not a party: 'a car bomb killed 12
    people', 'a roadside explosion wounded three soldiers', 'an airstrike hit the school'
    (a weapon a party owns, 'Israeli tanks', is resolved before: actors.weapon_owners)."""
    subj = subject_tokens(verb)
    if not subj and verb.dep_ in ("advcl", "conj", "xcomp"):
        subj = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "exploded, wounding"
    return any(t.lower_ in _MEANS_WORDS or t.lemma_.lower() in _MEANS_WORDS for t in subj)


_FORCE_SECTORS = frozenset({"MIL", "COP", "SPY"})


def _deployed_forces(verb: Token, ctx: ActorContext) -> list[Arg]:
    """'200 police officers were deployed', 'troops were sent to the border': a passive
    MOBILIZE verb with no agent; the forces it moves (its passive subject, or the people
    counted in it: 'teams of police') are the party that mobilizes."""
    if not (is_passive(verb) or reduced_passive(verb)) or \
            any(c.dep_ == "agent" for c in verb.children):
        return []
    heads = patients_of(verb)
    heads += [p for h in heads for prep in h.children if prep.dep_ == "prep" and
              prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj"]
    return [a for a in resolve_all(heads, ctx) if a[0].sector in _FORCE_SECTORS]


def _shared_passive(verb: Token) -> Token | None:
    """The passive verb a past participle is conjoined to, when it shares its passive:
    'was arrested and charged' (no subject or auxiliary of its own), 'stores were smashed
    and more than 200 people arrested' (a subject but no auxiliary: the 'were' is shared)."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or not is_passive(verb.head) or any(
            c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return None
    return verb.head


_AFTER_PREPS = frozenset({"after", "since", "following", "upon", "during"})
_TOLD_DETS = frozenset({"this", "these", "that", "those"})


def _told_as_done(noun: Token) -> bool:
    """The act a noun names is told as done: 'over 50 arrests have been made', 'there was
    one arrest', 'police made dozens of arrests', 'Lopez had a previous arrest', 'after his
    arrest', 'these arrests'; not one only led to ('leading to his arrest'), a warrant for
    it, a threat, a fear or an escape of it ('faces arrest', 'fled to avoid arrest'), nor
    none ('no arrests were made')."""
    if any(c.lower_ in ("no", "any") for c in noun.children):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in _AFTER_PREPS:
        return True  # "after his arrest", "since the arrests"
    if not (noun.dep_ == "pobj" and noun.head.lower_ == "for") and any(
            c.dep_ == "det" and c.lower_ in _TOLD_DETS for c in noun.children):
        return True  # "these arrests are important" (told before); not "a warrant for
        # this arrest"
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in ("NOUN",
                                                                                    "NUM"):
        node = node.head.head  # "dozens of arrests"
    head = node.head.lemma_.lower()
    if node.dep_ == "nsubjpass":
        return head in ("make", "carry")
    if node.dep_ == "attr":
        return head == "be" and any(c.dep_ == "expl" for c in node.head.children)
    return node.dep_ == "dobj" and head in ("make", "have")


def _state_act_noun(noun: Token, sector: str, actors: list[Arg], recipients: list[Arg],
                    ctx: ActorContext) -> tuple[list[Arg], list[Arg]]:
    """An act only a state does, told by a noun as done (`_told_as_done`: 'over 50 arrests
    were made', 'there was one arrest', 'Lopez had a previous arrest'): whoever had it
    underwent it (the recipient), and with no agent named the actor is the state of the
    sentence's (else the story's) country (evtypes, session 8)."""
    if not _told_as_done(noun):
        return actors, recipients
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "have":
        had = resolve_all(subject_tokens(noun.head), ctx)
        if had:
            recipients = recipients or had
            actors = [a for a in actors if not any(same_actor(a[0], h[0]) for h in had)]
    if not actors:
        code = fallback_country(noun, ctx)
        if code is not None:
            actors = [(state_ref(code, sector, None, ctx, None), noun)]
    return actors, recipients


def _court_subject(verb: Token, sector: str, ctx: ActorContext) -> list[Arg]:
    """'the jury found him guilty', 'a judge sentenced her to life', 'deliberated for hours
    before convicting him': a court, judge or jury (lexicon class court_body) that does an
    act only a state does (the sense's state_actor) is that state's organ, of the country its
    sentence names, else the story's (evtypes, session 8)."""
    subj = subject_tokens(verb) or inherited_subject(verb)
    body = [t for t in subj if "court_body" in classes_of([t])]
    code = fallback_country(verb, ctx) if body else None
    if code is None:
        return []
    return [(state_ref(code, sector, body[0], ctx, body[0].text), body[0])]


def _a_document(ref: ActorRef) -> bool:
    """'the Human Rights and Democracy Act would impose sanctions': a law, bill or treaty
    named as a subject is what its makers do, not an actor (unknown beats wrong)."""
    words = ref.name.split()
    return ref.type != "PERSON" and len(words) > 1 and words[-1][:1].isupper() and \
        "document_word" in lexicon()["class_of"].get(words[-1].lower(), ())


def _named_by_oprd(verb: Token, ctx: ActorContext) -> list[Arg]:
    """Who 'called X a liar' names: the first of two object predicates, or the subject of a
    small clause ('called [X a liar]'), when it is an actor."""
    preds = [c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp")]
    heads = [p for p in preds[:-1] if p.dep_ == "oprd"] if len(preds) > 1 else []
    heads += [s for p in preds for s in p.children if s.dep_ == "nsubj"]
    return [r for r in resolve_all(heads, ctx) if acceptable_actor(r[0])]


_PLEDGE_VERBS = frozenset({"promise", "pledge", "vow", "swear"})
_ACCORD_CLASSES = frozenset({"agreement", "ceasefire", "talks", "cooperation"})


def _a_promised_policy(verb: Token) -> bool:
    """'X promised to reverse the rules', 'vowed to cut taxes': a pledge of X's own future
    act, made to nobody named, is no agreement with anyone (the act, if typed, is its own
    planned event)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _PLEDGE_VERBS or \
            any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    acts = [c for c in verb.children if c.dep_ == "xcomp"]
    if not acts:
        return False
    # "promised to respect the truce", "vowed to work toward X with Y": a commitment about
    # an accord or to another party is an agreement
    words = [t for a in acts for t in a.subtree]
    return not (classes_of(words) & _ACCORD_CLASSES) and \
        not any(t.ent_type_ in ("GPE", "NORP", "PERSON", "ORG") for t in words)


# what a crowd says: its demands, its blame and its refusals are the protesters'
_CROWD_SPEECH_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT"})
# a crowd, not a kind of person ('security experts recommend ...' is no crowd)
_CROWD_WORDS = frozenset({"people", "crowd", "crowds", "thousand", "thousands", "hundred",
                          "hundreds", "dozen", "dozens", "scores", "masses", "marcher",
                          "marchers", "mourners", "mourner", "demonstrator",
                          "demonstrators", "protester", "protesters", "protestor",
                          "protestors"})
# the phrases an accusation is aimed by ('against', 'at', 'into', 'on'; a noun's 'of')
_ACCUSED_PREPS = ("against", "at", "into", "on", "upon", "toward", "towards")


# verbs that lay a wrong 'on' whoever did it ('blamed the attack on Hamas')
_BLAMING_VERBS = frozenset({"blame", "pin"})


def _blamed_on(verb: Token, ctx: ActorContext) -> list[Arg]:
    """Rule `blamed_on` (evreal12): 'Israel blamed the attack on Hamas', 'the minister
    blamed the unrest on agitators paid by the opposition': the accused is the 'on' party,
    hung on the verb or, by the parser, on its object; a group named only through who pays
    or backs it is that payer ('paid by the opposition')."""
    ons = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
           for p in c.children if p.dep_ == "pobj"]
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        ons += [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "on"
                for p in c.children if p.dep_ == "pobj"]
    for on in ons:
        found = [r for r in resolve_all([on], ctx) if acceptable_actor(r[0])]
        if not found:
            payers = [a for acl in on.children if acl.dep_ == "acl"
                      for ag in acl.children if ag.dep_ == "agent"
                      for a in ag.children if a.dep_ == "pobj"]
            found = [r for r in resolve_all(payers, ctx) if acceptable_actor(r[0])]
        if not found:
            party = unnamed_party(on, ctx)
            found = [(party, on)] if party is not None and acceptable_actor(party) else []
        if found:
            return found
    return []


def _grievance_clause_subject(verb: Token, actors: list[Arg], ctx: ActorContext) -> list[Arg]:
    """Rule `grievance_clause_subject` (evargs25): 'the union complained that the ministry
    had cut wages', 'farmers complained that the police beat them': the party a grievance's
    that-clause says did something is the one accused; the subject of a passive clause
    ('complained that they were not paid') underwent it and is not, nor is the complainer
    itself ('complained that it had been ignored')."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and
                   c.pos_ in ("VERB", "AUX")):
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        found = [(dataclasses.replace(r, rules=[*r.rules, "grievance_clause_subject"]), t)
                 for r, t in resolve_all(subjects, ctx)
                 if acceptable_actor(r) and not any(same_actor(r, a[0]) for a in actors)]
        if found:
            return found
    return []


def _speech_targets(tok: Token, ctx: ActorContext) -> list[Arg]:
    """Rule `speech_target` (session 12): an accusation with no recipient yet is aimed at
    the party its 'against'/'at'/'into'/'on' phrase names, or owns ('railed against the U.S.
    embargo', 'tore into bank executives'); a noun's 'of' phrase too ('criticism of the
    Japanese plan', 'condemnation of the Russian strike'), and a noun a light verb takes
    hangs its phrase on that verb ('took a swipe at Ethiopia', 'delivered a broadside at
    Western donors'). A verb's 'of' is the charge ('accused X of fraud'), not the accused."""
    preps = _ACCUSED_PREPS + (("of", "about") if tok.pos_ == "NOUN" else ())
    found = recipient_args(tok, ctx, owner_ok=True, preps=preps)
    if not found and tok.pos_ == "VERB" and is_passive(tok):
        # "Russia's conduct in Syria was condemned by ...": the owner of the thing condemned
        for subj in (c for c in tok.children if c.dep_ == "nsubjpass"):
            found = resolve_all([subj], ctx) or owner_actors(subj, ctx)
    if not found and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        found = recipient_args(tok.head, ctx, owner_ok=True, preps=_ACCUSED_PREPS)
    if not found and tok.pos_ == "NOUN" and enabled("faulted_clause_subject"):
        # rule `faulted_clause_subject` (evreal12): "expressed dismay that Serbia had not
        # handed over the suspects", "voiced concern that Moscow was massing troops": the
        # party the that-clause of the feeling tells of is the one faulted
        for clause in (c for c in tok.children if c.dep_ in ("acl", "ccomp") and
                       c.pos_ in ("VERB", "AUX") and
                       any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)):
            found = [(dataclasses.replace(r, rules=[*r.rules, "faulted_clause_subject"]), t)
                     for r, t in resolve_all([s for s in clause.children
                                              if s.dep_ == "nsubj"], ctx)]
            if found:
                break
    return [r for r in found if acceptable_actor(r[0])]


# verbs whose subject receives what their object says ('drew criticism', 'faced a barrage of
# condemnation', 'came in for criticism')
_RECEIVING_VERBS = frozenset({"draw", "face", "attract", "receive", "earn", "meet", "suffer",
                              "endure", "weather", "incur", "invite"})


def _phrase_parties(tok: Token, ctx: ActorContext, preps: tuple[str, ...]) -> list[Arg]:
    """The parties `tok`'s phrases of `preps` name: by name, or a group named by a common
    noun ('from Pakistani opposition parties', 'by international observers')."""
    out: list[Arg] = []
    # (the parser may hang the phrase on the noun's 'of' object: "criticism of the government
    # from Washington")
    heads = [tok] + [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"]
    for c in (c for h in heads for c in h.children):
        if c.dep_ != "prep" or c.lower_ not in preps:
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            refs = resolve_all([p], ctx)
            party = None if refs else unnamed_party(p, ctx)
            out.extend(refs or ([(party, p)] if party is not None else []))
    return out


def _received_speech(noun: Token, ctx: ActorContext) -> tuple[list[Arg], list[Arg]] | None:
    """Rule `received_criticism` (session 12): (accusers, accused) of an accusation noun
    that a receiving verb takes ('X drew criticism from Y', 'X faced a barrage of criticism
    from Y'; through a quantity noun: 'a wave of', 'a barrage of'); None when the noun is not
    so taken. The accused is the verb's subject or its owner ('the government's handling of
    the floods'), the accusers the noun's (or the quantity noun's) from/by phrase."""
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        node = node.head.head  # "a barrage of criticism"
    verb = node.head
    if node.dep_ != "dobj" or verb.pos_ != "VERB" or \
            verb.lemma_.lower() not in _RECEIVING_VERBS:
        return None
    accused: list[Arg] = []
    for subj in subject_tokens(verb):
        accused.extend(resolve_all([subj], ctx) or owner_actors(subj, ctx))
    accusers = [a for n in (noun, node, verb) for a in _phrase_parties(n, ctx, ("from", "by"))]
    accused = [a for a in accused if acceptable_actor(a[0])]
    accusers = [a for a in accusers if acceptable_actor(a[0])]
    if not accused:
        return None
    return accusers, accused


def _answered_speech(noun: Token, etype: str) -> bool:
    """'rejected the American request', 'dismissed criticism from X': a demand, accusation,
    threat or refusal that is rejected was made; only other acts so met stay topics
    ('rejected talks')."""
    return etype in SPEECH_CONTENT_TYPES and noun.dep_ == "dobj" and \
        noun.head.lemma_.lower() in lexicon()["answer_verbs"]


def _refused_agreement(tok: Token, etype: str) -> bool:
    """'X did not accept the offer', 'X chose not to accept a plea deal', 'has never approved
    the plan': a negated acceptance by its actor is a REJECT; not one still pending ('has not
    yet agreed') and not a noun ('no agreement was reached' stays a negated agreement)."""
    if etype != "AGREE" or tok.pos_ != "VERB" or \
            tok.lemma_.lower() not in lexicon()["reject_when_negated"]:
        return False
    node = tok
    for _ in range(3):  # the verb and the control verbs above it ("chose not to accept")
        if any(c.lower_ == "yet" and c.dep_ == "advmod" for c in node.children):
            return False
        if node.dep_ != "xcomp":
            break
        node = node.head
    return True


def _crowd(tok: Token) -> bool:
    """'thousands of people', 'crowds', 'residents': an unnamed crowd of people."""
    if tok.lemma_.lower() in ("thousand", "hundred", "dozen", "scores", "million") or \
            tok.pos_ == "NUM":
        return True
    return tok.pos_ == "NOUN" and people_noun(tok)


def _by_mishap(verb: Token) -> bool:
    """'killed in a helicopter crash', 'struck by a car', 'killed after falling': harm
    without an attacker."""
    nouns = [p for c in verb.children if c.dep_ in ("agent", "prep") and
             c.lower_ in ("by", "in", "during", "after", "from")
             for p in c.children if p.dep_ == "pobj"]
    words = [t for n in nouns for t in n.subtree if t.pos_ in ("NOUN", "PROPN")]
    if classes_of(words) & {"mishap"}:
        return True
    # "killed after falling 600 metres", "injured when the bus overturned": told by a verb
    acts = [p for c in verb.children if c.dep_ == "prep" and
            c.lower_ in ("after", "while", "from", "in") for p in c.children if p.dep_ == "pcomp"]
    acts += [c for c in verb.children if c.dep_ == "advcl"]
    return "mishap_verb" in classes_of(acts)


_DISASTERS = frozenset({"earthquake", "quake", "aftershock", "tsunami", "flood", "floods",
                        "storm", "hurricane", "typhoon", "cyclone", "tornado", "landslide",
                        "mudslide", "avalanche", "eruption", "crash", "accident", "collision",
                        "derailment", "stampede"})


def _disaster_nearby(verb: Token) -> bool:
    """'Dozens of villagers were injured' in a story about an earthquake: with no agent, harm
    told in or right after a sentence about a disaster or crash is no attack."""
    if not enabled("disaster_nearby"):
        return False
    index = doc_index(verb.doc)
    sents, k = index.sents, index.sent_number(verb.i)
    return any(t.lemma_.lower() in _DISASTERS or t.lower_ in _DISASTERS
               for s in sents[max(0, k - 1):k + 1] for t in s)


def _mutual(tok: Token) -> bool:
    """The act is aimed at 'each other' / 'one another' (object, possessor or preposition)."""
    for c in tok.children:
        if c.dep_ in ("dobj", "prep", "dative", "pobj"):
            words = [t.lower_ for t in c.subtree]
            if any(a in ("each", "one") and b in ("other", "another")
                   for a, b in itertools.pairwise(words)):
                return True
    return False


def _object_has_between(verb: Token) -> bool:
    obj = object_of(verb)
    return obj is not None and any(c.dep_ == "prep" and c.lower_ == "between"
                                   for c in obj.children)


def _only_possible(noun: Token) -> bool:
    lex = lexicon()
    return any(c.dep_ == "amod" and c.lower_ in lex["hypothetical_modifiers"]
               for c in noun.children)


def _raid_release(cand: Candidate, trigger_types: dict[int, str],
                  abducting: set[int]) -> bool:
    """Rule `raid_release` (evtypes27, session 27): 'a gang attacked a police station and
    freed several inmates', 'gunmen stormed the jail and released 40 prisoners': people freed
    by those who attack the place holding them are no captives their captor lets go (PLOVER
    RETREAT release) but part of the attack. A release (a RETREAT sense of mode release, or
    the learned typer's RETREAT) conjoined with a verb typed ASSAULT, its subject shared, is
    no event of its own; but captors who abducted people and then let them go did release
    them ('kidnapped the crew and later released them': the partner abducts)."""
    tok = cand.trigger
    if cand.sense.get("type") != "RETREAT" or tok.pos_ != "VERB" or \
            cand.sense.get("mode") not in ("release", None):
        return False
    partners = [c for c in tok.children if c.dep_ == "conj"]
    if tok.dep_ == "conj":
        partners.append(tok.head)
    return any(trigger_types.get(p.i) == "ASSAULT" and p.pos_ == "VERB" and
               p.i not in abducting for p in partners)


def _any_act(noun: Token) -> bool:
    """Rule `any_act_noun` (evtypes27, session 27): an act noun determined by a word of the
    lexicon's hypothetical_determiners ('would respond with force to any incursion', 'warned
    against any attack on its ships') names a kind of act, not one that took place or is
    planned: no event (the threat or warning around it is read by its own rules). Not the
    'any' of a negated or questioned act ('has not received any aid', 'unclear whether they
    received any aid', 'did they get any help?'): that act is told as denied or open, which
    its modality says."""
    if not any(c.dep_ == "det" and c.lower_ in lexicon()["hypothetical_determiners"]
               for c in noun.children):
        return False
    if any(t.text == "?" for t in noun.sent):
        return False
    return not any(c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ == "whether")
                   for a in noun.ancestors for c in a.children)


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per id, and per (sentence, type, actor, recipient): verbs win over nouns."""
    seen_ids: set[str] = set()
    seen_keys: set[tuple[Any, ...]] = set()
    out: list[Event] = []
    for e in events:
        key = (e.sentence_span, e.type, e.actor.name if e.actor else None,
               e.actor.sector if e.actor else None,
               e.recipient.name if e.recipient else None)
        if e.event_id in seen_ids or key in seen_keys:
            continue
        seen_ids.add(e.event_id)
        seen_keys.add(key)
        out.append(e)
    return sorted(out, key=lambda e: (e.span[0], e.span[1], e.type))
