"""Senses of event words that name no event between parties.

News outside politics borrows the words of events: a venue "hosts the final date of a tour",
a writer "approached the assignment", a player "injured his knee", a car maker is "promising
space for five", a phone gains "Android support". Each of these is a named rule (switchable
with NEWSWEAVE_ABLATE, recorded nowhere because it removes a candidate) over the data of
lexicons/false_senses.json:

- `party_object`: a sense that needs an actor as its object (obj_actor) holds only when the
  object can be a party: a name, a pronoun, a noun the actor resolver resolves, or a noun whose
  sentence embedding is nearer a person or group than a thing (the bundled MiniLM model).
- `own_body_part`: harm done to one's own body part is an injury, not an attack.
- `pledged_thing`: promising a plain thing (no act, no accord, no clause) is no agreement.
- `thing_compound`: a SUPPORT noun whose only modifier is a thing is a feature ("run support").
- `force_on_proposal`: force done to a proposal ('shot down the proposal', 'killed the
  bill') is a REJECT, not an ASSAULT (the candidate's type changes; its rule says so).
- `told_as_fiction`: an event a film, novel, song or game tells of, or set in one, is none.
- `named_product_object`: an object the tagger took for a person's name that reads as a
  product ('plans to release a new MacBook Pro') is no party: no release, no arrest.
- `reader_addressed`: an act whose clause addresses the reader ('promised that they'll ease
  your pain', 'offering members a gift card if you buy one') outside any quotation is sales
  copy or advice, not news.
- `negative_adjunct`: "at no time", "in no way" negate their clause (read by extract.modality).

Session 12 (evprecision5), from every event emitted on 56 real sports, software, disaster, TV
and takeover articles (tests/data/ecb_precision_dev, judged by hand):
- `disaster_story`: 'many people were injured' with no agent, in a story whose headline or
  lead names an earthquake or a storm, is a toll, not an attack.
- `product_object`: 'will continue to support all current customers', 'released version 4 to
  its users': support and release of products and customers are business, not politics.
- `call_kind`: 'a conference call', 'an earnings call', 'a wake-up call' ask for nothing.
- `own_terms_request`: 'an official who requested anonymity' asks for terms of speaking.
- `business_meeting`: 'at its annual meeting', 'a board meeting': a company's own meeting.
- `banned_act`: 'the parliament banned Pride marches': what is banned does not happen.
Not a rule: 'after months of protests', 'following a day of demonstrations', 'after 11 days of
an offensive' name real events (the hand-annotated article sets fresh3-5 list all five such
spans they hold as gold events), so a span of events is kept.

Session 12 (evprecision6), from every false event the seven made-up development sentence suites
emit (a wire sentence reports one event; these extra ones name something else):
- `abstract_target`: force whose only object is an abstract thing ('attacked its cost base',
  'shot down the rumours') with no party it is aimed at is a figure of speech.
- `accused_content`: the object of an accusation ('condemned the execution of ...') and what
  a punishment is for ('jailed a blogger for insulting ...') are what it is about.
- `described_participant`: a clause on the object of another event of the sentence ('freed
  the soldiers it had detained', 'expelled diplomats accused of spying') is background.
- `background_anchor`: an event noun that only dates another event ('after the riot', 'ahead
  of the rally'), with no owner or agent of its own, is the time it is told against. Unlike
  the dropped `background_span`, it needs another event of the sentence to date.
- `protested_act`: what a protest is against ('to protest against his arrest') is its cause.
- `threat_condition`: the if/unless condition of a threat ('if the riots continue').
- `open_question`: an event in a whether-clause ('asked whether X would send troops').
- `protest_participle`: 'went on strike, demanding higher pay' is one PROTEST.
- `in_protest_manner`: 'recalled its ambassador in protest' is the recall, done in protest.

Session 13 (evprec7), from the false events of the wire sentence suites (one event a sentence):
- `answered_demand`: a demand a refusal or a concession takes ('dismissed calls for a
  ceasefire', 'bowed to the protesters' demands') is what it answers, not a second report.
- `cause_anchor`: an event noun another event is done over ('froze funding over the arrest
  of reporters') is its cause, background as `background_anchor`'s time.
- `dated_owner`: a date possessive ('ahead of Sunday's strike') is no owner for the anchors.
- `business_doer`: force a business noun does at no party ('carmakers invaded the market').

Session 14 (evprec8), from the false events of the wire sentence suites:
- `background_clause`: an 'after' clause with its own subject hung on another event's verb
  ('recalled its ambassador after a mob stormed the embassy') is the time that event is told
  against, not a second report (a clause with no subject of its own, 'arrested two men after
  raiding a house', and 'when' clauses stay).
- `market_rally`: a rally of a market or a price ('copper extended its rally', 'a rally in
  tech shares') is a market report, not a demonstration.
- `ended_background`: 'struck a deal, ending a two-day strike': what the main event ends is
  its background.

Session 15 (evprec9), from the false events of the wire sentence suites (one event a sentence)
and of a third wire file (tests/data/event_wire_precision3.jsonl):
- `talk_topic`: what a speech, a text or a talk is about ('spoke about the 2019 protests', 'a
  report on the causes of last summer's riots', 'spoke by phone about the missile launch') is
  its topic, not a report of the event (as `comment_topic` for a comment).
- `result_state`: 'leaving 14 dead', 'left thousands homeless', 'leaving the town in ruins':
  leave with the state an event brings about is its result, not a withdrawal.
- `reason_participle`: 'expelled two diplomats, accusing them of spying', 'broke off relations,
  accusing Kyiv of backing rebels': the accusation a sanction gives
  as its reason (a participle with no subject of its own) is that act's reason, one event, and
  the act it alleges is not told as a second one (as `protest_participle` for a demand).
- `intake_refused`: 'refused food for a second week', 'refused medical treatment': refusing
  food, water or medicine is a hunger strike or a patient's choice, not a rejection.
- `subject_aside`: 'Russia, which invaded Ukraine in 2022, said it would expel two diplomats':
  a comma-set relative clause on the acting subject, told as earlier than the news, is the
  wire's background on who acts.
- `dated_noun`: 'the 2011 uprising still shapes Egyptian politics': an event noun named by an
  earlier year is a past event recalled, not news.
- `prevented_act`: 'to deter attacks', 'to help fend off missile strikes': what is deterred or
  guarded against is not told as happening.
- `proposed_gerund` (in `proposed_content`): 'floated the idea of sending peacekeepers'.
- `press_briefing`: 'met reporters in Brasilia', 'a meeting with the press': a press briefing,
  not a consultation.
- `described_target`: 'imposed sanctions on four settlers it accused of violence', 'strikes on
  militants who had attacked a post': a clause on whom an act is aimed at is background (as
  `described_participant` for a clause on its object).

Session 16 (evprec12), from the false events of the wire sentence suites and of a fourth wire
file (tests/data/event_wire_dev4.jsonl):
- `discussed_topic`: 'met to discuss the missile launches', 'phoned X to discuss the truce':
  the object of a verb of discussion is its topic (as `talk_topic` for about/on objects).
- `years_after_anchor`: 'ten years after the Maidan protests', 'a decade after the uprising':
  an event put a year or more before its clause is recalled, not news.
- `how_clause`: 'guidelines on how police should handle protests': an act in a how-clause
  with a modal or an infinitive is weighed or prescribed, not told.
- `supported_content`: 'welcomed Armenia's offer', 'commended X for offering to lead': what a
  show of support is about is told by it, not a second report.
- `object_head_first` (in extract.event_triggers): 'protesters blocked roads ... over the
  finance bill': a sense whose object class names the object's head noun beats an earlier
  one that finds its class only deeper in the object phrase.

Session 17 (evprec13), from the false events of a fifth wire file in the register of real
agency copy (tests/data/event_wire_dev5.jsonl: attribution tails, cited reasons, sanctions):
- `attributed_background`: `background_clause` when the main report sits under an
  attribution ('sent troops after gunmen kidnapped pupils, a spokesman said').
- `cited_reason`: 'citing attacks by Minsk': what is cited is the reason of the report (an
  act conceded, 'despite attacks by gangs', stays an event).
- `sanction_reach`: 'sanctions targeting banks', 'tariffs that hit carmakers': what a sanction
  reaches is no attack.
- `brokered_deal`: 'a deal brokered by Beijing': a mediation named on the act it brought
  about is a detail of that act.
- `business_deal`: 'the company agreed to buy its rival' is market news.
- `demanded_content`: what a protest demands ('blocked roads, demanding relief from taxes';
  'rallied to demand the release of ...') is its aim, not an act of its own.

Session 18 (evprec14), from a census of the events emitted on 236 real ECB+ articles
(benchmarks/ecbplus_event_census.py) and its judged sample (seed 1414: the senses wrong most
of the time on real text):
- `politeness_formula`: 'we would appreciate it if you ...', thanks addressed to 'you' or to
  what 'your' owns: a courtesy, no support.
- `generic_obligation`: 'agencies will have to consult biologists', 'no need for an agency to
  consult': what a generic doer has to do is a rule in force, not an act.
- `own_circle_talk`: 'had not talked to his father', 'talked to his staff': a private talk.
- `vehicle_strike`: 'struck by a delivery van', 'killed when she was struck by a car': a
  road accident, no attack.
- `barring_condition`: 'barring a heavy defeat' means 'unless', no ban.
- `favored_description`: 'a retreat favored by actors' describes the place, no support.
- `ensured_outcome`: 'assured that its players would stay' (no one assured) is 'made sure'.
- `treatment_sought`: a person 'seeking help at a treatment centre' is a patient, no request.
- `amount_first_object` (recall, extract.event_syntax): 'fined the club 2 million euros': the
  party is the first of two objects the parser hung on the sum.
- agree 'in' (lexicon data, `own_prep_object`): 'agreed in the hearing', 'In a statement, X
  and Y agreed' are no accord; 'agreed in principle' stays (class principle_word).

Session 9 (evprecision2), from a judged sample of quote-set texts and fresh5's false events:
- `asked_not_told`: an event in a yes/no question or a question with a counterfactual modal
  ('Would X have pleaded ...?', 'What would have been the reaction had X met Y?') is not told
  as having happened; a plain wh-question ('Why did X attack Y?') takes it as given.
- `habitual_act`: a present-tense act done 'routinely', 'every year' or 'hundreds a year' is
  a habit or a generic statement, not an event.
- `norm_clause`: an act in the clause of a rule, right or power ('a requirement that agencies
  consult', 'the right to protest') is a norm, not an event.
- `compared_only`: an event an act is likened to ('tantamount to a declaration of war').
- `existential_forecast`: 'there will be riots' names no party: a forecast, not an event.
- `speech_venue`: 'said at a rally' is a speech at a venue, not a protest.
- `untargeted_investigation`: 'investigated how X would affect Y', 'epidemiological
  investigations' accuse no one.
- `animal_victim`: killing or shooting an animal is no attack between parties.
- `assurance_of_fact`: 'assured the public that the risks were low' is a statement, not an
  agreement.
- `nobody_charged`: the legal 'charge' needs someone charged ('while charging in the car').
- `own_regret`: regretting one's own act ('regretted not calling her sooner') accuses no one.
- `physical_approach`: 'got out of the car and approached them' is a walk, not a contact.
- `headline_line`: a line opened by a related-link label ('Read more: ...') is the headline
  of another story.
- `crime_named_in_charge`: 'charged with inciting a riot', 'guilty of murder' name a charge.
- `plot_follows`: 'the story follows a spy who kidnaps an envoy' is a plot.
Session 23 (evprec23, issue 11), from a judged sample of 80 events on the development article
sets (benchmarks/event_judged_seed2323_session23.jsonl):
- `spoke_to_press`: 'residents who spoke to reporters by phone' gathered the story.
- `comment_participle`: "it's striking that ..." is an adjective of comment, no strike.
- `charge_list`: the last crime of a list of charges ('charges of burglary and inciting a
  riot') names a charge, wherever the parser hangs it.
- `cancelled_event`: 'a meeting ... that was canceled' did not take place.
- `hoped_outcome`: 'hoped the swap would pave the way for talks': the talks are hoped for.
- `open_future_question`: 'remains to be seen whether Moscow will help': a question.
- `directed_act`: 'directed Lopez to kill their rivals': the killing is only ordered.
(extract.events has `past_duty_reproach` and `mutual_fight_told`, extract.modality
`misparsed_allegation`.)
- `act_on_someone` (used by extract.events' `legal_accuser`): a hostile act the police tell
  of accuses its doer only when it is done to someone ('stabbed his neighbour'), not a fall.
Session 24 (evprec24), from a judged sample of 70 events on real ECB+ news and the development
seeds (benchmarks/event_judged_seed2424_session24.jsonl):
- `escaped_act`: 'boarded a ferry, dodging arrest by a day': an arrest or a prosecution
  someone dodged, evaded or escaped did not happen.
- `empowered_act`: 'only the defence minister is entitled to negotiate a truce': a power
  granted, no act.
- `unilateral_instrument`: 'the president signed a memorandum that halts exports until
  March': an order of one party, no agreement.
- `licensed_by_norm`: 'the new statute allows wardens to search homes': a norm, no act.
- `question_conj_steps` (in `open_future_question`): 'unclear whether X will stay neutral or
  decide to send troops': the second choice of an open question.

Session 27 (evprec27), from a judged sample of 50 events on real political news and wire copy
(benchmarks/event_judged_seed2727_session27.jsonl):
- `retort_back`: 'the mayor shot back that her rival had lied': a retort, no shooting.
- `traded_goods_target`: 'which European goods would be targeted': a trade measure, typed
  SANCTION (never ASSAULT); with no doer named it is dropped.
- `own_campaign_rally`: 'the governor ended the rally by thanking volunteers': a
  politician's own campaign event, no protest ('a rally against the tax' stays).
(`dispute_clash`, a clash over an issue between unarmed parties, is in extract.event_arguments:
it needs the resolved parties.)

Session 28 (evprec28), from the judged samples of seeds 2727 and 2728 on real political news
and wire copy (benchmarks/event_judged_seed272*_session27_evprec28.jsonl):
- `struck_manner`: 'struck a conciliatory tone' is a way of speaking, no attack.
- `met_gerund_target`: 'paid only if the firm meets hiring targets': a standard met.
- `court_reversal`: a court that reverses or overturns a decision concedes nothing.
- `noncommittal_decline`: 'declined to take sides', 'refused to endorse either candidate':
  neutral, no rejection (and no negated support).
- `rally_as_venue`: 'the tour began with rallies in three states': a campaign event, unless
  force is told at it ('clashes broke out at rallies').
- `conditional_practice`: 'prosecutors have brought charges only when a victim complained':
  a generic doer's practice, not an event.
(`future_holder_duty` is read by extract.events' obligation events, `idiom_object_negated`
by extract.event_speech's retaliation idioms.)

Session 28 (evprec28b), from the judged sample of seed 2828 on real political news and wire
copy (benchmarks/event_judged_seed2828_session28.jsonl):
- `policy_stance`: 'said he supported tighter disclosure rules': backing a policy, a measure
  or a sum with no party named is a stance, no SUPPORT.
- `approval_rating`: 'the mayor's approval among young voters fell': a rating.
- `recognized_norm`: 'a clause recognizing the right of members to ...': a text's content.
- `regarded_accord`: 'regarded the accord as outdated': an accord named as a thing.
- `litigation_vow`: 'vowed to bring the case before the top court': no agreement.
- `embezzled_funds` (with `lone_looter`): looting funds, accounts or a school district, or
  looting by one named person, is a crime, no attack (an allegation of it stays an ACCUSE:
  extract.events' `embezzlement_wrong`).
- `past_routine`: 'routinely voiced threats around the exercises': a past habit.
- `never_practice`: 'lenders never ask clients to transfer savings': a rule of conduct.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING, Any

from newsweave.extract import drop_trace
from newsweave.extract.ablation import enabled
from newsweave.extract.lexicon import load_json
from newsweave.nlp.syntax import to_infinitive

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from newsweave.extract.actors import ActorContext
    from newsweave.extract.event_lexicon import Candidate

logger = logging.getLogger(__name__)

# entity kinds that are parties; a PRODUCT, a WORK_OF_ART or a DATE is not
PARTY_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# pronouns that stand for things, not parties, unless the resolver finds an actor behind them
# ('it' often stands for a company or a state the resolver misses: not listed)
THING_PRONOUNS = frozenset({"this", "that", "what", "which", "something", "anything",
                            "everything", "nothing"})
# words of a noun phrase kept when it is embedded: "the final date", "his left knee"
_PHRASE_DEPS = frozenset({"det", "amod", "compound", "poss", "nummod"})
_RELATIVE = frozenset({"that", "which", "who", "whom"})


@dataclass(frozen=True)
class FalseSenseWords:
    party_prototypes: tuple[str, ...]
    thing_prototypes: tuple[str, ...]
    thing_margin: float
    party_object_exempt_types: frozenset[str]
    body_parts: frozenset[str]
    pledge_verbs: frozenset[str]
    pledge_objects_ok: frozenset[str]
    thing_compound_types: frozenset[str]
    proposal_classes: frozenset[str]
    fiction_words: frozenset[str]
    negative_adjunct_nouns: frozenset[str]
    question_heads: frozenset[str]
    counterfactual_modals: frozenset[str]
    habitual_adverbs: frozenset[str]
    habitual_units: frozenset[str]
    norm_nouns: frozenset[str]
    comparison_heads: frozenset[str]
    forecast_auxes: frozenset[str]
    party_preps: frozenset[str]
    speech_venue_nouns: frozenset[str]
    protest_preps: frozenset[str]
    study_modifiers: frozenset[str]
    animal_words: frozenset[str]
    assurance_verbs: frozenset[str]
    charged_party_verbs: frozenset[str]
    regret_verbs: frozenset[str]
    motion_verbs: frozenset[str]
    related_link_labels: frozenset[str]
    charge_heads: frozenset[str]
    charge_preps: frozenset[str]
    plot_verbs: frozenset[str]
    headline_max_words: int
    proposal_nouns: frozenset[str] = frozenset()
    content_intent_types: frozenset[str] = frozenset()
    prospect_nouns: frozenset[str] = frozenset()
    commemoration_nouns: frozenset[str] = frozenset()
    natural_forces: frozenset[str] = frozenset()
    warning_verbs: frozenset[str] = frozenset()
    comment_heads: frozenset[str] = frozenset()
    terms_nouns: frozenset[str] = frozenset()
    terms_modifiers: frozenset[str] = frozenset()
    content_verbs: frozenset[str] = frozenset()
    purpose_request_types: frozenset[str] = frozenset()
    purpose_protest_types: frozenset[str] = frozenset()
    mission_types: frozenset[str] = frozenset()
    past_years: int = 3
    idioms: frozenset[str] = frozenset()
    met_standards: frozenset[str] = frozenset()
    disaster_story_words: frozenset[str] = frozenset()
    attack_words: frozenset[str] = frozenset()
    product_objects: frozenset[str] = frozenset()
    product_senses: frozenset[str] = frozenset()
    call_kinds: frozenset[str] = frozenset()
    own_terms_objects: frozenset[str] = frozenset()
    span_nouns: frozenset[str] = frozenset()
    meeting_kinds: frozenset[str] = frozenset()
    ban_verbs: frozenset[str] = frozenset()
    target_prototypes: tuple[str, ...] = ()
    abstract_prototypes: tuple[str, ...] = ()
    abstract_margin: float = 1.0
    abstract_target_types: frozenset[str] = frozenset()
    accusing_types: frozenset[str] = frozenset()
    punishing_types: frozenset[str] = frozenset()
    speech_act_types: frozenset[str] = frozenset()
    threat_types: frozenset[str] = frozenset()
    punishment_preps: frozenset[str] = frozenset()
    anchor_preps: frozenset[str] = frozenset()
    anchor_heads: frozenset[str] = frozenset()
    condition_marks: frozenset[str] = frozenset()
    answering_types: frozenset[str] = frozenset()
    answered_types: frozenset[str] = frozenset()
    answered_preps: frozenset[str] = frozenset()
    cause_preps: frozenset[str] = frozenset()
    market_words: frozenset[str] = frozenset()
    ending_verbs: frozenset[str] = frozenset()
    topic_verbs: frozenset[str] = frozenset()
    topic_nouns: frozenset[str] = frozenset()
    topic_frames: frozenset[str] = frozenset()
    result_state_nouns: frozenset[str] = frozenset()
    reason_head_types: frozenset[str] = frozenset()
    intake_objects: frozenset[str] = frozenset()
    press_nouns: frozenset[str] = frozenset()
    prevention_verbs: frozenset[str] = frozenset()
    protection_verbs: frozenset[str] = frozenset()
    discussion_verbs: frozenset[str] = frozenset()
    year_spans: frozenset[str] = frozenset()
    supported_content_types: frozenset[str] = frozenset()
    attribution_verbs: frozenset[str] = frozenset()
    cite_verbs: frozenset[str] = frozenset()
    reach_verbs: frozenset[str] = frozenset()
    sanction_nouns: frozenset[str] = frozenset()
    mediation_verbs: frozenset[str] = frozenset()
    deal_verbs: frozenset[str] = frozenset()
    deal_doers: frozenset[str] = frozenset()
    cargo_verbs: frozenset[str] = frozenset()
    courtesy_verbs: frozenset[str] = frozenset()
    obligation_types: frozenset[str] = frozenset()
    own_circle_nouns: frozenset[str] = frozenset()
    vehicle_harm_verbs: frozenset[str] = frozenset()
    vehicle_words: frozenset[str] = frozenset()
    care_nouns: frozenset[str] = frozenset()
    liking_verbs: frozenset[str] = frozenset()
    make_sure_verbs: frozenset[str] = frozenset()
    speech_venue_preps: frozenset[str] = frozenset()
    speech_venue_verbs: frozenset[str] = frozenset()
    admission_clause_deps: frozenset[str] = frozenset()
    client_preps: frozenset[str] = frozenset()
    meeting_preps: frozenset[str] = frozenset()
    consulting_verbs: frozenset[str] = frozenset()
    spacecraft_words: frozenset[str] = frozenset()
    spacecraft_verbs: frozenset[str] = frozenset()
    launch_verbs: frozenset[str] = frozenset()
    path_preps: frozenset[str] = frozenset()
    inquiry_preps: frozenset[str] = frozenset()
    alternative_phrases: frozenset[str] = frozenset()
    preference_adverbs: frozenset[str] = frozenset()
    press_talk_verbs: frozenset[str] = frozenset()
    mutual_fight_words: frozenset[str] = frozenset()
    charge_list_preps: frozenset[str] = frozenset()
    cancel_verbs: frozenset[str] = frozenset()
    outcome_modals: frozenset[str] = frozenset()
    outcome_wish_words: frozenset[str] = frozenset()
    question_future_aux: frozenset[str] = frozenset()
    directing_verbs: frozenset[str] = frozenset()
    escape_verbs: frozenset[str] = frozenset()
    escaped_act_types: frozenset[str] = frozenset()
    power_words: frozenset[str] = frozenset()
    unilateral_instruments: frozenset[str] = frozenset()
    instrument_party_words: frozenset[str] = frozenset()
    instrument_party_preps: frozenset[str] = frozenset()
    acting_relative_pronouns: frozenset[str] = frozenset()
    norm_documents: frozenset[str] = frozenset()
    retort_verbs: frozenset[str] = frozenset()
    traded_goods_nouns: frozenset[str] = frozenset()
    campaign_event_nouns: frozenset[str] = frozenset()
    rally_host_verbs: frozenset[str] = frozenset()
    campaign_sectors: frozenset[str] = frozenset()
    manner_nouns: frozenset[str] = frozenset()
    court_nouns: frozenset[str] = frozenset()
    reversal_verbs: frozenset[str] = frozenset()
    side_taking_phrases: frozenset[str] = frozenset()
    side_taking_verbs: frozenset[str] = frozenset()
    refusal_verbs: frozenset[str] = frozenset()
    open_choice_words: frozenset[str] = frozenset()
    venue_preps: frozenset[str] = frozenset()
    practice_marks: frozenset[str] = frozenset()
    practice_limiters: frozenset[str] = frozenset()
    future_holder_modifiers: frozenset[str] = frozenset()
    negating_determiners: frozenset[str] = frozenset()
    policy_backing_verbs: frozenset[str] = frozenset()
    policy_objects: frozenset[str] = frozenset()
    rating_nouns: frozenset[str] = frozenset()
    level_verbs: frozenset[str] = frozenset()
    poll_preps: frozenset[str] = frozenset()
    recognition_verbs: frozenset[str] = frozenset()
    recognized_norm_nouns: frozenset[str] = frozenset()
    regard_verbs: frozenset[str] = frozenset()
    litigation_verbs: frozenset[str] = frozenset()
    lawsuit_nouns: frozenset[str] = frozenset()
    loot_verbs: frozenset[str] = frozenset()
    embezzled_words: frozenset[str] = frozenset()
    past_habit_adverbs: frozenset[str] = frozenset()
    practice_negators: frozenset[str] = frozenset()


def _field_value(name: str, kind: str, value: Any) -> Any:
    """One lexicon entry as its field holds it: numbers as numbers, prototype lists as tuples,
    PLOVER type names (keys ending in _types or _senses) as written, every other word list
    lower-cased."""
    if kind == "float":
        return float(value)
    if kind == "int":
        return int(value)
    if kind.startswith("tuple"):
        return tuple(value)
    if name.endswith(("_types", "_senses")):
        return frozenset(value)
    return frozenset(w.lower() for w in value)


@functools.lru_cache(maxsize=1)
def false_sense_words() -> FalseSenseWords:
    """Every field from the lexicon entry of the same name (a missing entry is an error)."""
    data = load_json("false_senses.json")
    return FalseSenseWords(**{f.name: _field_value(f.name, str(f.type), data[f.name])
                              for f in fields(FalseSenseWords)})


# ----------------------------------------------------------------------------- party or thing


@functools.lru_cache(maxsize=4)
def _prototype_vectors(near: str, far: str) -> tuple[Any, Any]:
    """The embeddings of two prototype lists of the lexicon (by key)."""
    from newsweave.nlp.models import embed

    words = false_sense_words()
    return embed(list(getattr(words, near))), embed(list(getattr(words, far)))


def _margin(phrase: str, near: str, far: str) -> float:
    """How much nearer the `far` prototypes than the `near` ones a phrase's embedding is
    (its best cosine to each list)."""
    import numpy as np

    from newsweave.nlp.models import embed

    first, second = _prototype_vectors(near, far)
    vec = np.asarray(embed([phrase]))[0]
    return float((np.asarray(second) @ vec).max()) - float((np.asarray(first) @ vec).max())


@functools.lru_cache(maxsize=4096)
def thing_phrase(phrase: str) -> bool:
    """Whether a short noun phrase reads as a thing rather than a party: its embedding is
    nearer a thing prototype than any party prototype by the margin ('the assignment' yes,
    'his counterpart', 'the delegation' no)."""
    return _margin(phrase, "party_prototypes", "thing_prototypes") >= \
        false_sense_words().thing_margin


def noun_phrase(tok: Token) -> str:
    """The noun with its determiner, adjectives, compounds and possessive: 'the final date'."""
    words = [c for c in tok.children if c.dep_ in _PHRASE_DEPS and c.i < tok.i]
    words = sorted({t for c in words for t in c.subtree} | {tok}, key=lambda t: t.i)
    return " ".join(t.text for t in words)


def names_a_party(tok: Token, ctx: ActorContext) -> bool:
    """Whether the noun phrase headed by `tok` can name a party: an actor the resolver finds,
    a person or group name, a personal pronoun, or a common noun that reads as one."""
    from newsweave.extract.actors import resolve_np

    if tok.pos_ == "PRON":
        return tok.lower_ not in THING_PRONOUNS or bool(resolve_np(tok, ctx))
    if tok.ent_type_ in PARTY_ENTITIES or any(
            c.ent_type_ in PARTY_ENTITIES for c in tok.children if c.dep_ == "compound"):
        return True
    if tok.dep_ != "compound" and resolve_np(tok, ctx):
        return True
    if tok.pos_ != "NOUN":
        return tok.pos_ == "PROPN"  # an unknown name may be anyone; a number is no party
    return not thing_phrase(noun_phrase(tok))


def party_object(obj: Token, ctx: ActorContext, etype: str | None = None) -> bool:
    """Rule `party_object`: the object a sense needs as its recipient can be a party
    ('approached the minister', not 'approached the assignment'). Aid is exempt: it goes to
    places, institutions and projects too ('funded the hospital')."""
    if not enabled("party_object") or etype in false_sense_words().party_object_exempt_types:
        return True
    if etype == "CONSULT" and enabled("act_not_party") and act_noun(obj):
        return False
    return names_a_party(obj, ctx)


def act_noun(tok: Token) -> bool:
    """Rule `act_not_party` (for meetings and visits): an event or proposal noun ('Armenia's
    offer', 'the demands') is an act, not a party one meets, whoever owns it: 'welcomed
    Armenia's offer' is no visit. A compound that names a party keeps it one ('welcomed the
    IMF mission'). Backing or condemning an act is aimed at its owner: not asked there."""
    from newsweave.extract.event_lexicon import lexicon

    if tok.pos_ != "NOUN":
        return False
    nouns = lexicon()["nouns"]
    if tok.lower_ not in nouns and tok.lemma_.lower() not in nouns and \
            tok.lemma_.lower() not in false_sense_words().proposal_nouns:
        return False
    return not any(c.dep_ == "compound" and c.ent_type_ in PARTY_ENTITIES
                   for c in tok.children)


# ----------------------------------------------------------------------------- candidates


def _thing_of_verb(verb: Token) -> Token | None:
    """The verb's object, or the noun its relative clause modifies ('the triceps (that) he
    injured', 'the quality Google promised')."""
    from newsweave.extract.event_syntax import object_of

    obj = object_of(verb)
    if verb.dep_ == "relcl" and (obj is None or obj.lower_ in _RELATIVE):
        return verb.head
    return obj


_SINGULAR_POSS = frozenset({"his", "her", "its", "my"})
_PLURAL_POSS = frozenset({"their", "our"})


def own_body_part(verb: Token) -> bool:
    """Rule `own_body_part`: 'Reyes injured his left knee', 'a torn triceps that he injured':
    the subject hurt a body part of its own (a possessive of the subject's number, or none), no
    attack. 'Police broke their ... / his arm' keeps its attack: the possessive is not the
    subject's."""
    from newsweave.extract.event_syntax import subject_tokens

    part = _thing_of_verb(verb)
    if part is None or part.lower_ not in false_sense_words().body_parts:
        return False
    poss = next((c for c in part.children if c.dep_ == "poss"), None)
    subjects = subject_tokens(verb) if verb.pos_ == "VERB" else []
    if verb.dep_ == "relcl":
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if poss is None or not subjects or any(s.dep_ == "nsubjpass" for s in subjects):
        return True  # "his knee was injured": nobody attacked it
    subj = subjects[0]
    if poss.pos_ != "PRON":
        return poss.lower_ == subj.lower_
    plural = subj.tag_ in ("NNS", "NNPS") or subj.lower_ in ("they", "we") or \
        any(c.dep_ == "conj" for c in subj.children)
    return (poss.lower_ in _PLURAL_POSS) if plural else (poss.lower_ in _SINGULAR_POSS)


def pledged_thing(verb: Token) -> bool:
    """Rule `pledged_thing`: 'the retailer promised more', 'promising space for five', 'the
    quality Google promised': a promise of a plain thing, with no act (to-clause), no content
    (that-clause) and no accord or act named, is a sales pitch, not an agreement."""
    from newsweave.extract.event_lexicon import lexicon

    words = false_sense_words()
    if verb.lemma_.lower() not in words.pledge_verbs:
        return False
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False
    thing = _thing_of_verb(verb)
    if thing is None:
        return False
    if thing.pos_ in ("PRON", "PROPN"):
        return False
    named = {thing.lower_, thing.lemma_.lower()}
    return not (named & words.pledge_objects_ok or named & set(lexicon()["nouns"]))


def thing_compound(noun: Token, ctx: ActorContext) -> bool:
    """Rule `thing_compound`: 'Android support', 'run support', 'Wi-Fi 6 support': a SUPPORT
    noun with no possessive or 'by'/'from' party whose compound modifiers name no party is a
    feature or a play, not backing ('US support', 'government support' keep theirs)."""
    if any(c.dep_ == "poss" for c in noun.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("by", "from", "of") for c in noun.children):
        return False
    compounds = [c for c in noun.children if c.dep_ in ("compound", "nmod")]
    if not compounds:
        return False
    from newsweave.extract.actors import resolve_np

    for comp in compounds:
        if comp.ent_type_ in ("GPE", "NORP"):
            return False
        if comp.pos_ == "PROPN":
            # a brand or a product reads as a thing ('Android', 'Wi-Fi 6'), a state or a
            # party as a party; the tagger often calls a product a PERSON, so its label is
            # not asked
            name = comp.doc[comp.left_edge.i:comp.right_edge.i + 1].text
            if not thing_phrase(name):
                return False
        elif resolve_np(comp, ctx) or not thing_phrase(noun_phrase(comp)):
            return False
    return True


def force_on_proposal(verb: Token) -> bool:
    """Rule `force_on_proposal`: 'shot down the proposal', 'killed the bill', 'torpedoed the
    deal': the object of the force is a proposal (proposal_classes of the event lexicon)."""
    from newsweave.extract.event_lexicon import classes_of

    thing = _thing_of_verb(verb)
    if thing is None:
        return False
    return bool(classes_of([thing]) & false_sense_words().proposal_classes)


def _fiction_noun(tok: Token) -> bool:
    return tok.lower_ in false_sense_words().fiction_words or \
        tok.lemma_.lower() in false_sense_words().fiction_words or \
        tok.ent_type_ == "WORK_OF_ART"


def told_as_fiction(tok: Token) -> bool:
    """Rule `told_as_fiction`: 'the film tells of rebels who attack a village', 'in the novel,
    the general invades': a clause on the trigger's way up to its sentence's root has a work
    of fiction as its subject, or is set 'in' one."""
    node, steps = tok, 0
    while steps < 8:
        steps += 1
        for c in node.children:
            if c.dep_ in ("nsubj", "nsubjpass") and _fiction_noun(c):
                return True
            if c.dep_ == "prep" and c.lower_ in ("in", "inside") and any(
                    p.dep_ == "pobj" and _fiction_noun(p) for p in c.children):
                return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


_READER = frozenset({"you", "your", "yours", "yourself", "yourselves"})
_QUOTE_MARKS = frozenset('"\u201c\u201d\u2018')  # not the apostrophe of "they'll"


def reader_addressed(tok: Token) -> bool:
    """Rule `reader_addressed`: the trigger's own clause (its subtree) speaks to the reader
    ('you', 'your') and its sentence quotes nobody: the writer's pitch or advice, no event."""
    sent = tok.sent
    if any(ch in _QUOTE_MARKS for ch in sent.text):
        return False
    return any(t.lower_ in _READER for t in tok.subtree)


def named_product_object(verb: Token) -> bool:
    """Rule `named_product_object`: the verb's object is a name (tagged a person, or not
    tagged) whose words read as a product or a thing ('release a new MacBook Pro'); a
    company's name (ORG) is left alone ('sued Apple' is a suit)."""
    from newsweave.extract.event_syntax import object_of

    obj = object_of(verb)
    if obj is None or obj.pos_ != "PROPN" or obj.ent_type_ not in ("PERSON", ""):
        return False
    # a person's name seldom takes an article or an adjective ('a new MacBook Pro', not 'a
    # Bobi Wine'); the phrase with its modifiers is embedded ('opposition leader X' is a party)
    if not any(c.dep_ in ("det", "amod") for c in obj.children):
        return False
    return thing_phrase(obj.doc[obj.left_edge.i:obj.i + 1].text)


# ----------------------------------------------------------------------------- session 9

_CLOSERS = frozenset('"\u201c\u201d\u2018\u2019\'')
_OPENERS = frozenset({"and", "but", "so", "or", "then", "yet"})


def _question_clause(tok: Token) -> Token:
    """The clause a question mark can close: the sentence's root, or the clause a reporting
    verb governs ('he asked: "Did they attack?"')."""
    from newsweave.extract.event_lexicon import reporting_verbs

    node, steps = tok, 0
    while node.head.i != node.i and steps < 12:
        if node.head.lemma_.lower() in reporting_verbs() and node.dep_ in (
                "ccomp", "parataxis"):
            return node
        node, steps = node.head, steps + 1
    return node


def asked_not_told(tok: Token) -> bool:
    """Rule `asked_not_told`: the trigger's clause is a question that does not take its event
    as done: one opened by an auxiliary or modal ('Would X have pleaded ...?', 'Did Russia
    attack ...?') or one whose main verb has a counterfactual modal ('What would have been the
    reaction had X met Y?'). 'Why did Russia attack Ukraine?' asks about an attack it takes as
    given: kept."""
    words = false_sense_words()
    clause = _question_clause(tok)
    doc = tok.doc
    node = tok
    while node.i != clause.i and node.head.i != node.i:
        if any(c.tag_ in ("WRB", "WDT", "WP") and c.i < node.i for c in node.children) and \
                node.pos_ in ("VERB", "AUX"):
            return False  # 'Can you tell us how the protests escalated?': taken as given
        node = node.head
    end = clause.right_edge.i
    while end > clause.i and (doc[end].text in _CLOSERS or doc[end].is_space):
        end -= 1
    after = end + 1
    while after < len(doc) and (doc[after].text in _CLOSERS or doc[after].is_space):
        after += 1
    if doc[end].text != "?" and not (after < len(doc) and doc[after].text == "?"):
        return False
    first = next((t for t in doc[clause.left_edge.i:end + 1]
                  if not t.is_punct and t.lower_ not in _OPENERS), None)
    if first is not None and first.lower_ in words.question_heads and \
            first.pos_ in ("AUX", "VERB") and first.i < clause.i + 1 and not any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < first.i
                for c in first.head.children):
        return True  # subject after the auxiliary: a yes/no question
    # 'What would have been the reaction had X met Y?': a modal of the main clause, or a
    # counterfactual 'would have' anywhere in the question (the parser may hang it elsewhere)
    span = doc[clause.left_edge.i:end + 1]
    return any(c.dep_ == "aux" and c.lower_ in words.counterfactual_modals
               for c in clause.children) or any(
        t.lower_ in words.counterfactual_modals and t.i + 1 < len(doc) and
        doc[t.i + 1].lower_ == "have" for t in span)


def _clause_verb(tok: Token) -> Token | None:
    """The verb of the trigger's clause: itself, or the verb an event noun is an argument of."""
    if tok.pos_ in ("VERB", "AUX"):
        return tok
    if tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    return None


def _present_simple(verb: Token) -> bool:
    """'arrest', 'expels', 'are arrested': present tense with no perfect, progressive or
    modal auxiliary."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBP", "VBZ"):
        return not auxes
    if verb.tag_ == "VBN":
        return len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ in ("VBP", "VBZ")
    return False


def _frequency(tok: Token) -> bool:
    """'every year', 'each week', 'a year' (after a count), 'per month'."""
    words = false_sense_words()
    if tok.lemma_.lower() in words.habitual_units:
        return any(d.dep_ == "det" and d.lower_ in ("every", "each", "a", "an", "per")
                   for d in tok.children)
    if tok.dep_ == "prep" and tok.lower_ == "per":
        return any(p.lemma_.lower() in words.habitual_units for p in tok.children)
    return False


def _always_perfect(verb: Token) -> bool:
    """'have always been invaded', 'has always backed': a present perfect with 'always'
    (session 10, part of `habitual_act`)."""
    return any(c.dep_ == "advmod" and c.lower_ == "always" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in ("have", "has", "'ve") for c in verb.children)


def habitual_act(tok: Token) -> bool:
    """Rule `habitual_act`: 'police arrest hundreds every year', 'the ministry routinely
    expels reporters': a present-tense act with a habitual adverb or a frequency ('every
    year', 'hundreds a year') is what a party does, not an event; past acts keep theirs
    ('arrested dozens every day last week' tells of real arrests)."""
    verb = _clause_verb(tok)
    if verb is not None and verb.dep_ in ("advcl", "xcomp") and to_infinitive(verb) and \
            not _subjects(verb) and enabled("habitual_purpose"):
        verb = verb.head  # "police typically use tear gas to disperse crowds": the habit's aim
    if verb is not None and _always_perfect(verb):
        return True  # "we have always been invaded": what has always happened is a habit
    if verb is None and tok.pos_ == "NOUN" and tok.tag_ == "NNS" and \
            any(c.dep_ == "nsubj" for c in tok.children) and \
            any(c.dep_ == "advmod" and c.lower_ in false_sense_words().habitual_adverbs
                for c in tok.children) and enabled("habitual_misread_verb"):
        # "Japan routinely protests when ...": a present verb the tagger read as a plural
        # noun (it has a subject and a habitual adverb): a habit too
        return True
    if verb is None or not _present_simple(verb):
        return False
    words = false_sense_words()
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in words.habitual_adverbs:
            return True
        if _frequency(c) or any(_frequency(g) for g in c.children):
            return True
    return False


_LICENSING_VERBS = frozenset({"require", "oblige", "compel", "allow", "permit", "authorize",
                              "authorise", "empower", "entitle", "forbid", "bar", "prohibit"})


def norm_clause(tok: Token) -> bool:
    """Rule `norm_clause`: 'restored a requirement that agencies consult experts', 'the right
    to protest', 'a law requiring agencies to consult': the act is what a rule, right or power
    provides for, not something that happened."""
    if tok.pos_ != "VERB":
        return False
    nouns = false_sense_words().norm_nouns
    node = tok
    if node.dep_ == "conj":
        node = node.head
    for _ in range(2):
        head = node.head
        if node.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and \
                head.lower_ in nouns and any(
                    c.dep_ in ("mark", "aux") and c.lower_ in ("that", "to")
                    for c in node.children):
            return True
        if node.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in _LICENSING_VERBS and \
                head.dep_ == "acl" and head.head.lower_ in nouns:
            return True  # "a law requiring agencies to consult"
        node = head
    return False


def compared_only(tok: Token) -> bool:
    """Rule `compared_only`: 'tantamount to a declaration of war', 'akin to an invasion',
    'like a war': the event is what something is likened to; it did not happen."""
    heads = false_sense_words().comparison_heads
    node = tok
    for _ in range(3):
        if node.dep_ != "pobj":
            return False
        prep = node.head
        if prep.lower_ == "like" or prep.head.lemma_.lower() in heads or \
                prep.head.lower_ in heads:
            return True
        node = prep.head
        if node.pos_ != "NOUN":
            return False
    return False


def existential_forecast(tok: Token) -> bool:
    """Rule `existential_forecast`: 'there will be riots', 'there could be clashes': an event
    noun in a future or possible 'there is' with no party named is a forecast ('there will
    be talks between X and Y' names its parties: kept, as planned)."""
    words = false_sense_words()
    if tok.pos_ != "NOUN" or tok.dep_ not in ("attr", "nsubj") or tok.head.lemma_ != "be":
        return False
    be = tok.head
    if not any(c.dep_ == "expl" for c in be.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in words.forecast_auxes for c in be.children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in words.party_preps for c in tok.children)


def speech_venue(tok: Token) -> bool:
    """Rule `speech_venue`: 'Trump said at a rally in Ohio', 'told a rally', 'speaking after a
    rally' (session 20): the rally is where a speech was made, not a protest; 'a rally against
    the war' says what it opposes."""
    from newsweave.extract.event_lexicon import reporting_verbs

    words = false_sense_words()
    if tok.pos_ != "NOUN" or tok.lower_ not in words.speech_venue_nouns:
        return False
    if any(c.dep_ == "prep" and c.lower_ in words.protest_preps for c in tok.children):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in words.speech_venue_preps:
        # 'said at a rally', 'speaking to reporters after a rally', 'will mention it at a rally'
        return tok.head.head.lemma_.lower() in reporting_verbs() | words.speech_venue_verbs
    return tok.dep_ in ("dobj", "dative") and tok.head.lemma_.lower() in ("tell", "address")


_PROBE_PREPS = frozenset({"into", "of", "over", "for", "against", "on"})


def untargeted_investigation(tok: Token) -> bool:
    """Rule `untargeted_investigation`: an investigation that studies an effect ('investigated
    how long flights would affect astronauts') or is scientific ('epidemiological
    investigations') accuses no one. 'Police worked with the FBI to investigate' names no
    target but probes the case in hand: kept (fresh's gold has it)."""
    words = false_sense_words()
    if tok.pos_ == "NOUN":
        return any(c.dep_ == "amod" and c.lower_ in words.study_modifiers
                   for c in tok.children)
    if tok.pos_ != "VERB":
        return False
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "attr") or
           (c.dep_ == "prep" and c.lower_ in _PROBE_PREPS) for c in tok.children):
        return False
    if tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN":
        return False  # "the shooting investigated by police"
    clauses = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")]
    if not clauses:
        return False  # 'worked with the FBI to investigate': a probe of the case in hand
    # a question of effect: 'how ... would affect', not 'whether X took bribes'
    return all(any(a.dep_ == "aux" and a.lower_ in words.counterfactual_modals | {"may", "can"}
                   for a in c.children) for c in clauses)


def animal_victim(verb: Token) -> bool:
    """Rule `animal_victim`: 'killed and ate a wild rabbit', 'the dog was shot': harm done to
    an animal is no attack between parties."""
    if verb.pos_ != "VERB":
        return False
    animals = false_sense_words().animal_words
    objs = [o for o in (_thing_of_verb(verb),) if o is not None]
    if not objs:
        from newsweave.extract.event_syntax import object_of

        objs = [o for c in verb.children if c.dep_ == "conj"
                if (o := object_of(c)) is not None]
    return bool(objs) and all(o.lower_ in animals or o.lemma_.lower() in animals for o in objs)


_COMMITMENT_WORDS = frozenset({"committed", "ready", "prepared", "willing", "determined",
                               "bound", "obliged", "going", "able"})


def assurance_of_fact(verb: Token) -> bool:
    """Rule `assurance_of_fact`: 'assured the public that the risks were low': what is assured
    is a state of things, with no act to come; 'assured Israel that it would defend it' (a
    future act) or 'is committed to' stays an agreement."""
    words = false_sense_words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.assurance_verbs:
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    # the parser may hang the that-clause on the one assured ('assured the embassy that ...')
    clauses += [a for o in verb.children if o.dep_ in ("dobj", "dative")
                for a in o.children if a.dep_ == "acl" and
                any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)]
    if not clauses:
        return False
    for c in clauses:
        if c.lemma_.lower() not in ("be", "remain"):
            return False
        if any(a.dep_ in ("aux", "auxpass") and a.lower_ in words.forecast_auxes | {"to"}
               for a in c.children):
            return False
        if any(a.lower_ in _COMMITMENT_WORDS for a in c.children
               if a.dep_ in ("acomp", "attr")):
            return False
    return True


def nobody_charged(verb: Token) -> bool:
    """Rule `nobody_charged`: the legal 'charge' needs someone charged: an object, a passive
    subject, or a participle said of the charged ('two youths charged with murder'); 'while
    charging in the car' and 'the phone is charging' accuse no one."""
    if verb.pos_ != "VERB" or \
            verb.lemma_.lower() not in false_sense_words().charged_party_verbs:
        return False
    if verb.tag_ == "VBN":
        return False
    return not any(c.dep_ in ("dobj", "dative", "nsubjpass", "auxpass", "ccomp")
                   for c in verb.children)


def own_regret(verb: Token) -> bool:
    """Rule `own_regret`: 'he regretted not calling her sooner', 'she regrets her
    decision': regret of one's own act accuses no one; 'regretted Israel's decision' and
    'regretted that Israel had ...' (another party's act) keep their accusation."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in false_sense_words().regret_verbs:
        return False
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp", "dobj", "pcomp") and c.pos_ == "VERB" and \
                not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            return True  # 'regretted not giving', 'regrets having said'
    obj = _thing_of_verb(verb)
    if obj is None:
        return False
    poss = next((c for c in obj.children if c.dep_ == "poss"), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if poss is None or subj is None or poss.pos_ != "PRON":
        return False
    plural = subj.tag_ in ("NNS", "NNPS") or subj.lower_ in ("they", "we")
    return (poss.lower_ in _PLURAL_POSS) if plural else (poss.lower_ in _SINGULAR_POSS)


_TARGET_PREPS = frozenset({"at", "on", "against", "upon", "into"})


def act_on_someone(verb: Token) -> bool:
    """Condition `act_on_someone`: the act is done to someone: an object, a passive subject,
    an agent, or 'at/on/against' someone ('stabbed his neighbour', 'fired at officers', 'was
    shot by'); 'the man fell from the balcony' is done to nobody."""
    return any(c.dep_ in ("dobj", "dative", "nsubjpass", "auxpass", "agent") or
               (c.dep_ == "prep" and c.lower_ in _TARGET_PREPS and
                any(p.dep_ == "pobj" for p in c.children))
               for c in verb.children)


def physical_approach(verb: Token) -> bool:
    """Rule `physical_approach`: 'the officers got out of their car and approached him', 'he
    walked over and approached the guard': an approach joined to a verb of moving is a walk
    up to someone, not a contact between parties ('the Taliban approached Qatar' stays)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "approach":
        return False
    motion = false_sense_words().motion_verbs
    near = [c for c in verb.children if c.dep_ in ("conj", "advcl")]
    if verb.dep_ in ("conj", "advcl"):
        near.append(verb.head)
        near += [c for c in verb.head.children if c.dep_ == "conj" and c.i != verb.i]
    return any(t.pos_ == "VERB" and t.lemma_.lower() in motion for t in near)


_LABEL_END = re.compile(r"\s*[:|\u2014\u2013-]\s*")


def _line_of(tok: Token) -> str:
    """The line of the article text the token stands on."""
    text = tok.doc.text
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    return text[start:end if end >= 0 else len(text)].strip()


def headline_line(tok: Token) -> bool:
    """Rule `headline_line`: the trigger stands on a line of its own that opens with a
    related-link label ('Read more: Police arrest two over market attack', 'RELATED |
    ...'): the headline of another story, not what this article reports."""
    words = false_sense_words()
    line = _line_of(tok)
    low = line.lower()
    for label in words.related_link_labels:
        if low.startswith(label):
            rest = line[len(label):]
            mark = _LABEL_END.match(rest)
            if mark and mark.end() > 0 and len(rest.split()) <= words.headline_max_words:
                return True
    return False

def crime_named_in_charge(tok: Token) -> bool:
    """Rule `crime_named_in_charge`: 'was charged last year with burglary and inciting a
    riot', 'guilty of murder': a crime noun that is only what someone is
    charged with or convicted of, with no victim or owner of its own, names the charge (an
    event already), not a riot or a murder between parties; 'convicted of the murder of his
    wife' names its victim: kept."""
    words = false_sense_words()
    if tok.pos_ != "NOUN":
        return False
    node = tok
    while node.dep_ == "conj":
        node = node.head
    if node.dep_ == "dobj" and node.head.pos_ == "VERB" and node.head.tag_ == "VBG":
        verb = node.head  # 'charged with inciting a riot'
        while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.head.tag_ == "VBG":
            verb = verb.head
        if verb.dep_ == "conj" and verb.head.lemma_.lower() in words.charge_heads:
            # 'charged with burglary and inciting a riot': the parser joins the gerund
            # to the charge verb itself
            return any(c.dep_ == "prep" and c.lower_ in words.charge_preps
                       for c in verb.head.children)
        node = verb
    if node.dep_ not in ("pobj", "pcomp") or node.head.lower_ not in words.charge_preps:
        return False
    head = node.head.head
    if head.lemma_.lower() not in words.charge_heads and head.lower_ not in words.charge_heads:
        return False
    return not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "against", "on"))
                   for c in tok.children)


def plot_follows(tok: Token) -> bool:
    """Rule `plot_follows`: 'the story follows a Russian spy who kidnaps the French
    ambassador', 'it centres on a soldier who attacks a rebel camp': the trigger is a
    present-tense act in a relative clause on the one a work follows or centres on: a plot.
    'The vote follows an attack that killed two soldiers' (past tense) is news."""
    words = false_sense_words()
    verb = _clause_verb(tok)
    if verb is None or verb.dep_ not in ("relcl", "acl") or verb.tag_ not in ("VBZ", "VBP"):
        return False
    person = verb.head
    head = person.head
    if person.dep_ == "pobj":
        head = head.head  # 'centres on a soldier who ...'
    return head.lemma_.lower() in words.plot_verbs and head.tag_ in ("VBZ", "VBP")


# ----------------------------------------------------------------------------- session 10

_CONTENT_DEPS = frozenset({"xcomp", "ccomp", "acl", "advcl"})


def _proposal_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in false_sense_words().proposal_nouns


def proposed_content(tok: Token, intent_verbs: frozenset[int]) -> bool:
    """Rule `proposed_content`: what an agreement, offer or pledge commits to ('agreed to
    withdraw heavy weapons', 'offered to host talks', 'signed an accord to reopen the
    border') and what an offer, proposal or request puts forward ('rejected a proposal by
    Kenya to host talks', 'a proposal for talks') is that act's content, not an event of
    its own: it is told by the agreement, offer or request (as requested content already
    is). An event noun goes with the verb it is the object of ('host talks')."""
    node = tok
    if node.pos_ == "VERB" and node.dep_ == "pcomp" and node.head.lower_ in ("for", "of") and \
            _proposal_noun(node.head.head) and enabled("proposed_gerund"):
        return True  # (session 15) "floated the idea of sending peacekeepers"
    if node.pos_ == "NOUN":
        if node.dep_ == "pobj" and node.head.lower_ in ("for", "of", "to") and \
                _proposal_noun(node.head.head):
            return True  # "a proposal for talks", "an offer of aid", "an invitation to talks"
        if node.dep_ == "pobj" and node.head.lower_ == "of" and \
                node.head.head.pos_ == "NOUN" and node.head.head.dep_ == "dobj":
            node = node.head.head  # "to host the next round of talks": the round is hosted
        if node.dep_ not in ("dobj", "nsubjpass") or node.head.pos_ != "VERB":
            return False
        node = node.head
    if node.pos_ != "VERB":
        return False
    for _ in range(3):  # "to withdraw and dismantle": conjuncts share the content
        if node.dep_ == "conj" and node.head.pos_ == "VERB" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            node = node.head
        else:
            break
    if node.dep_ not in _CONTENT_DEPS or not to_infinitive(node):
        return False
    head = node.head
    if head.i in intent_verbs and node.dep_ != "acl":
        return True
    return node.dep_ == "acl" and _proposal_noun(head)


def _governing_noun(tok: Token, nouns: frozenset[str], depth: int = 2) -> bool:
    """The event noun is the of/for/about object of one of `nouns`, directly or through one
    more event noun ('hopes for a resumption of talks')."""
    node = tok
    for _ in range(depth):
        if node.dep_ != "pobj" or node.head.lower_ not in ("of", "for", "about", "on"):
            return False
        head = node.head.head
        if head.pos_ == "NOUN" and (head.lower_ in nouns or head.lemma_.lower() in nouns):
            return True
        node = head
    return False


def prospect_noun(tok: Token) -> bool:
    """Rule `prospect_noun`: an event only hoped for, talked of or put on a timetable
    ('hopes of a prisoner swap dimmed', 'talk of a joint patrol', 'no timetable for the
    withdrawal') has not happened; a plan keeps its event as planned (not listed)."""
    return tok.pos_ == "NOUN" and _governing_noun(tok, false_sense_words().prospect_nouns)


def commemorated_event(tok: Token) -> bool:
    """Rule `commemorated_event`: an event remembered ('marked the anniversary of the
    invasion', 'a memorial to the massacre') is history, not news of the day."""
    return tok.pos_ == "NOUN" and _governing_noun(tok, false_sense_words().commemoration_nouns,
                                                 depth=1)


def comment_topic(tok: Token) -> bool:
    """Rule `comment_topic`: what a comment, a question or an answer is about ('declined to
    comment on the arrest', 'asked about the detentions', 'refused to be drawn on the
    sanctions') is its topic: the event is told elsewhere if anywhere, not here; and refusing
    to be drawn on it is declining to comment, no refusal between parties."""
    if tok.pos_ == "VERB" and any(
            c.dep_ == "xcomp" and c.lemma_.lower() == "draw" and
            any(a.dep_ == "auxpass" for a in c.children) for c in tok.children):
        return True  # "refused to be drawn on the timing of any sanctions"
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in ("on", "about"):
        return False
    head = tok.head.head
    return head.lemma_.lower() in false_sense_words().comment_heads or \
        head.lower_ in false_sense_words().comment_heads


def natural_force_subject(tok: Token) -> bool:
    """Rule `natural_force_subject`: 'wildfires invaded the outskirts', 'heavy rains battered
    the coast', 'the virus attacked the industry': a natural force or an economic ill as the
    doer is no party."""
    if tok.pos_ != "VERB":
        return False
    forces = false_sense_words().natural_forces
    doers = [c for c in tok.children if c.dep_ == "nsubj"]
    doers += [p for c in tok.children if c.dep_ == "agent" for p in c.children
              if p.dep_ == "pobj"]
    # a sentence's first word may be tagged a name ("Wildfires invaded ...")
    return bool(doers) and all(
        d.pos_ in ("NOUN", "PROPN") and (d.lower_ in forces or d.lemma_.lower() in forces)
        for d in doers)


def impersonal_warning(tok: Token, ctx: ActorContext) -> bool:
    """Rule `impersonal_warning`: a warning told to nobody whose content names no party as
    its doer ('a U.N. report warned that fighting could spread', 'warned that prices would
    rise') is a forecast, not a threat; 'warned that it would retaliate' and 'warned
    Hezbollah that ...' keep theirs."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in false_sense_words().warning_verbs:
        return False
    if any(c.dep_ in ("dobj", "dative") for c in tok.children):
        return False
    contents = [c for c in tok.children if c.dep_ == "ccomp"]
    if not contents:
        return False
    for clause in contents:
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if not subjects:
            return False
        for subj in subjects:
            if subj.dep_ == "expl":
                continue  # "there could be ...": existential_forecast's kind
            if act_noun(subj):
                continue  # "fighting could spread"
            if _named_party(subj, ctx):
                return False
    return True


def _named_party(tok: Token, ctx: ActorContext) -> bool:
    """A party by its words alone: a personal pronoun, a name, or a noun the actor resolver
    resolves ('the army', 'protesters'); a common noun nobody resolves ('violence', 'prices')
    is none (the embedding is not asked: it reads 'violence' as near a group)."""
    from newsweave.extract.actors import resolve_np

    if tok.pos_ == "PRON":
        return tok.lower_ not in THING_PRONOUNS
    if tok.ent_type_ in PARTY_ENTITIES or tok.pos_ == "PROPN":
        return True
    return bool(resolve_np(tok, ctx))


# ----------------------------------------------------------------------------- session 11


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _terms_noun(tok: Token) -> bool:
    """A proposal, plan, draft or document whose terms are told ('the draft accord', 'the
    road map', 'the terms on the table')."""
    words = false_sense_words()
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    low, lemma = tok.lower_, tok.lemma_.lower()
    compound = " ".join(t.lower_ for t in tok.children if t.dep_ == "compound" and
                        t.i == tok.i - 1) + " " + low
    if low in words.terms_nouns or lemma in words.terms_nouns or \
            compound.strip() in words.terms_nouns:
        return True
    return any(c.dep_ in ("amod", "compound") and c.lower_ in words.terms_modifiers
               for c in tok.children)


_POSSIBLE_AUX = frozenset({"would", "could", "might", "may", "'d"})


def proposal_terms(tok: Token) -> bool:
    """Rule `proposal_terms`: what a proposal, a draft or a plan would have parties do
    ('under the draft accord, troops would pull back', 'the road map includes a phased
    withdrawal', 'the plan envisages the release of all prisoners') is its content: nobody
    has done it. 'Under the deal, X will release ...' (a deal made, its acts planned) and
    'under pressure, X withdrew' are left alone."""
    words = false_sense_words()
    verb = _clause_verb(tok) if tok.pos_ != "NOUN" or tok.dep_ != "dobj" else tok.head
    if verb is None:
        return False
    if tok.pos_ == "NOUN" and verb.i != tok.i:
        # 'the road map includes a withdrawal', 'the plan provides for the release of'
        content = verb.lemma_.lower() in words.content_verbs or verb.lower_ in words.content_verbs
        if tok.dep_ == "pobj" and tok.head.lower_ == "for":
            verb = tok.head.head
            content = verb.lemma_.lower() in ("provide", "call", "allow")
        if content and any(_terms_noun(s) for s in _subjects(verb)):
            return True
    if not any(c.dep_ == "aux" and c.lower_ in _POSSIBLE_AUX for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "under" and
               any(p.dep_ == "pobj" and _terms_noun(p) for p in c.children)
               for c in verb.children)


_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "twenty": 20, "thirty": 30, "forty": 40,
                 "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
                 "hundred": 100, "a": 1, "one": 1, "several": 3, "many": 3}


def _years_ago(tok: Token) -> int | None:
    """'fifty years ago', '30 years ago', 'decades ago': how many years back, if said."""
    if tok.lower_ != "ago":
        return None
    for unit in tok.children:
        if unit.lemma_.lower() in ("decade", "century"):
            return 10 if unit.lemma_.lower() == "decade" else 100
        if unit.lemma_.lower() != "year":
            continue
        for n in unit.children:
            if n.dep_ in ("nummod", "det", "amod", "quantmod"):
                word = n.lower_.replace(",", "")
                if word.isdigit():
                    return int(word)
                return _NUMBER_WORDS.get(word)
    return None


_DECADE = re.compile(r"^(1[89]\d0|20\d0)'?s$")


def _year_of(tok: Token) -> int | None:
    """A year ('1983') or the last year of a decade ('the 1990s'); the world wars end 1945."""
    m = _YEAR.match(tok.text)
    if m and tok.pos_ == "NUM":
        return int(m.group(1))
    m = _DECADE.match(tok.text)
    if m:
        return int(m.group(1)) + 9
    if tok.lower_ in ("war", "ii", "i") and "world war" in tok.doc[
            max(tok.left_edge.i, tok.i - 3):tok.i + 1].text.lower():
        return 1945
    return None


def long_past(tok: Token, article_date: str | None) -> bool:
    """Rule `long_past`: an event the sentence dates decades before the article ('the 1983
    bombing of the barracks', 'fifty years ago this week, troops landed', 'during the Second
    World War') is history told as background, not news of the day (past_years or more before
    the year the article was published; a few years back, 'attacked Georgia in 2008', is
    still the story's background an annotator may code: kept)."""
    if not article_date or not article_date[:4].isdigit():
        return False
    now = int(article_date[:4])
    limit = false_sense_words().past_years
    holders = [tok]
    verb = _clause_verb(tok)
    if verb is not None and verb.i != tok.i:
        holders.append(verb)
    for holder in holders:
        for c in holder.children:
            year = _year_of(c) if c.dep_ in ("nummod", "compound", "amod", "npadvmod") else None
            if c.dep_ == "prep" and c.lower_ in ("in", "during"):
                years = [y for p in c.children if p.dep_ == "pobj"
                         for t in (p, *[g for g in p.children if g.dep_ == "conj"])
                         if (y := _year_of(t)) is not None]
                year = max(years) if years else None
            ago = _years_ago(c) if c.dep_ == "advmod" else None
            if (year is not None and now - year >= limit) or (ago is not None and ago >= limit):
                return True
    return False


_CONDITION_MARKS = frozenset({"if", "unless", "otherwise"})


def _conditioned(verb: Token) -> bool:
    """The clause has a condition: 'if'/'unless' clause, or one opened by an inverted 'had' or
    'were' ('Had the envoy arrived ...', 'Were the truce to fail ...')."""
    for c in verb.children:
        if c.dep_ != "advcl":
            continue
        if any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children):
            return True
        first = c.doc[c.left_edge.i]
        if first.lower_ in ("had", "were", "should") and first.dep_ in ("aux", "ROOT") and \
                first.i < min((s.i for s in _subjects(c)), default=c.i):
            return True
    return False


def counterfactual_act(tok: Token) -> bool:
    """Rule `counterfactual_act`: 'had the envoy arrived earlier, the hostages might have
    been freed', 'the army would have withdrawn': a modal perfect under a condition (or
    'would/should have' anywhere) tells what did not happen. 'may have fled' (a guess about
    the past) is left to the modality."""
    verb = _clause_verb(tok)
    if verb is None or verb.sent.text.rstrip(" \"'\u201d\u2019").endswith("?"):
        return False  # a question is asked_not_told's
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    modal = next((a for a in auxes if a.lower_ in ("would", "should", "could", "might", "'d")),
                 None)
    if modal is None or not any(a.lower_ in ("have", "'ve") and a.i > modal.i for a in auxes):
        return False
    return modal.lower_ in ("would", "should", "'d") or _conditioned(verb)


def forecast_on_condition(tok: Token) -> bool:
    """Rule `forecast_on_condition`: 'unless the rains come, farmers may march on the capital
    again', 'if talks fail, the army could resume its offensive': what may happen on a
    condition, told by the writer (no one says it, no one threatens it), is a forecast. A
    party's own conditional ('said it could strike if ...') is a threat (kept elsewhere)."""
    from newsweave.extract.event_lexicon import reporting_verbs

    verb = _clause_verb(tok)
    if verb is None or verb.dep_ not in ("ROOT",) or not _conditioned(verb):
        return False
    if any(ch in _QUOTE_MARKS for ch in verb.sent.text) or any(
            t.pos_ == "VERB" and t.lemma_.lower() in reporting_verbs() for t in verb.sent):
        return False  # said by someone ('..., officials said'): a party's own words
    return any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could") for c in verb.children)


def idiom_event(tok: Token) -> bool:
    """Rule `idiom_event`: 'a charm offensive', 'a war of words', 'a price war', 'a storm of
    protest': an event noun inside a set phrase (data: idioms) names no act of that type."""
    if tok.pos_ != "NOUN":
        return False
    idioms = false_sense_words().idioms
    low = tok.lower_
    before = [c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
    if any(f"{b} {low}" in idioms for b in before):
        return True
    if any(f"{low} of {p.lower_}" in idioms for c in tok.children
           if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
        f"{tok.head.head.lower_} of {low}" in idioms


def met_standard(tok: Token) -> bool:
    """Rule `met_standard`: 'the data met expectations', 'failed to meet the deadline', 'met
    its target', 'met his death': meeting a standard, a need or a fate is no meeting with a
    party."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "meet":
        return False
    obj = _thing_of_verb(tok)
    return obj is not None and obj.lemma_.lower() in false_sense_words().met_standards


def called_for_clause(tok: Token) -> bool:
    """Rule `called_for_clause`: 'repeated its call for President X to step down', 'renewed
    calls for the minister to resign', 'an appeal for the army to withdraw': the 'for ... to'
    clause of a request noun is what is asked for (told by the request), not a resignation or
    a withdrawal."""
    from newsweave.extract.event_lexicon import lexicon

    if tok.pos_ != "VERB" or not to_infinitive(tok) or tok.dep_ not in ("advcl", "acl", "ccomp"):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children):
        return False
    asker = tok.head
    if asker.pos_ != "NOUN":
        return False
    lemma = asker.lemma_.lower()
    nouns = lexicon()["nouns"]
    senses = nouns.get(asker.lower_) or nouns.get(lemma) or []
    return lemma in lexicon()["asking_nouns"] or any(s.get("type") == "REQUEST" for s in senses)


def false_sense(cand: Candidate, ctx: ActorContext) -> str | None:
    """The name of the rule that finds this candidate names no event, or None."""
    tok, etype = cand.trigger, cand.sense.get("type")
    if enabled("told_as_fiction") and told_as_fiction(tok):
        return "told_as_fiction"
    if enabled("reader_addressed") and reader_addressed(tok):
        return "reader_addressed"
    if tok.pos_ == "VERB" and etype not in false_sense_words().party_object_exempt_types and \
            enabled("named_product_object") and named_product_object(tok):
        return "named_product_object"
    if etype == "ASSAULT" and tok.pos_ == "VERB" and enabled("own_body_part") and \
            own_body_part(tok):
        return "own_body_part"
    if etype == "AGREE" and tok.pos_ == "VERB" and enabled("pledged_thing") and \
            pledged_thing(tok):
        return "pledged_thing"
    if tok.pos_ == "NOUN" and etype in false_sense_words().thing_compound_types and \
            enabled("thing_compound") and thing_compound(tok, ctx):
        return "thing_compound"
    return _session9_false_sense(cand)


def _session9_false_sense(cand: Candidate) -> str | None:
    """The session-9 rules (evprecision2), each switchable by its name."""
    tok, etype = cand.trigger, cand.sense.get("type")
    checks: tuple[tuple[str, Callable[[Token], bool], bool], ...] = (
        ("asked_not_told", asked_not_told, True),
        ("habitual_act", habitual_act, True),
        ("norm_clause", norm_clause, True),
        ("compared_only", compared_only, tok.pos_ == "NOUN"),
        ("existential_forecast", existential_forecast, True),
        ("speech_venue", speech_venue, etype == "PROTEST"),
        ("untargeted_investigation", untargeted_investigation,
         etype == "ACCUSE" and cand.sense.get("mode") == "investigate"),
        ("animal_victim", animal_victim, etype == "ASSAULT"),
        ("assurance_of_fact", assurance_of_fact, etype == "AGREE"),
        ("nobody_charged", nobody_charged, etype == "ACCUSE"),
        ("own_regret", own_regret, etype == "ACCUSE"),
        ("physical_approach", physical_approach, etype == "CONSULT"),
        ("headline_line", headline_line, True),
        ("crime_named_in_charge", crime_named_in_charge, etype not in ("ACCUSE", "SANCTION")),
        ("plot_follows", plot_follows, True),
        # session 10 (evprecision3)
        ("prospect_noun", prospect_noun, True),
        ("commemorated_event", commemorated_event, True),
        ("natural_force_subject", natural_force_subject, True),
        ("comment_topic", comment_topic, True),
        # session 11 (evprecision4)
        ("proposal_terms", proposal_terms, True),
        ("counterfactual_act", counterfactual_act, True),
        ("forecast_on_condition", forecast_on_condition, True),
        ("idiom_event", idiom_event, True),
        ("called_for_clause", called_for_clause, True),
        ("met_standard", met_standard, etype == "CONSULT"),
        # session 12 (evprecision5)
        ("disaster_story", disaster_story, etype == "ASSAULT"),
        ("product_object", product_object, etype in false_sense_words().product_senses),
        ("call_kind", call_kind, etype == "REQUEST"),
        ("own_terms_request", own_terms_request, etype == "REQUEST"),
        ("business_meeting", business_meeting, etype == "CONSULT"),
        ("banned_act", banned_act, True),
    )
    return _first_rule(tok, checks)


def _first_rule(tok: Token, checks: tuple[tuple[str, Callable[[Token], bool], bool], ...]
                ) -> str | None:
    """The name of the first rule that applies, is switched on and finds `tok` no event."""
    for name, rule, applies in checks:
        if applies and enabled(name) and rule(tok):
            return name
    return None


def talk_topic(tok: Token) -> bool:
    """Rule `talk_topic` (session 15): 'the president spoke about the 2019 protests', 'a report
    on the causes of last summer's riots', 'a lecture on the history of the accords', 'spoke
    by phone with his counterpart about the latest missile launch': an event noun that is what
    a speech, a text or a talk is about (the about/on object of a topic verb or noun, through
    one frame noun such as 'the causes of') is the topic, told elsewhere if anywhere, not a
    report of its own (as `comment_topic` for a comment)."""
    if tok.pos_ != "NOUN":
        return False
    words = false_sense_words()
    node = _clause_head(tok)
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN" and \
            node.head.head.lemma_.lower() in words.topic_frames:
        node = node.head.head  # 'the causes of last summer's riots'
    if node.dep_ != "pobj" or node.head.lower_ not in ("about", "on"):
        return False
    head = node.head.head
    if head.pos_ == "NOUN" and (head.lower_ in words.topic_nouns or
                                head.lemma_.lower() in words.topic_nouns):
        return True
    steps = 0
    # the parser may hang 'about' on the verb's object ('spoke with the president about ...')
    while node.head.lower_ == "about" and head.pos_ != "VERB" and steps < 4 and \
            head.dep_ in ("pobj", "prep", "dobj", "dative"):
        head, steps = head.head, steps + 1
    return head.pos_ == "VERB" and head.lemma_.lower() in words.topic_verbs


def result_state(verb: Token) -> bool:
    """Rule `result_state` (session 15): 'missiles hit a block, leaving 14 dead', 'the floods
    left thousands of people homeless', 'leaving the town in ruins': 'leave' with a state it
    brings about (an adjective, or a state noun of result_state_nouns) is the result of an
    event, not a withdrawal."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "leave":
        return False
    words = false_sense_words()
    for c in verb.children:
        if c.pos_ == "ADJ" and c.dep_ in ("dobj", "oprd", "ccomp", "xcomp", "acomp"):
            return True
        if c.dep_ == "dobj" and any(a.pos_ == "ADJ" and a.i > c.i and
                                    a.dep_ in ("amod", "oprd") for a in c.children):
            return True  # 'leaving 14 people dead'
        if c.dep_ == "prep" and any(p.dep_ == "pobj" and p.lemma_.lower() in
                                    words.result_state_nouns for p in c.children):
            return True
    return False


def intake_refused(verb: Token) -> bool:
    """Rule `intake_refused` (session 15): 'prisoners refused food for a second week', 'she
    refused medical treatment': refusing food, water or medicine (intake_objects) is a hunger
    strike or a patient's choice, not a rejection of a request, a proposal or an offer."""
    return verb.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in false_sense_words().intake_objects
        for c in verb.children)


def press_briefing(tok: Token) -> bool:
    """Rule `press_briefing` (session 15): 'the minister met reporters in Brasilia', 'briefed
    journalists on the talks', 'a meeting with the press': meeting or briefing reporters
    (press_nouns, as the object or the with-party) is a press briefing, not a consultation
    between parties."""
    press = false_sense_words().press_nouns
    for c in tok.children:
        if c.dep_ in ("dobj", "dative") and c.lower_ in press:
            return True
        if c.dep_ == "prep" and c.lower_ == "with" and any(
                p.dep_ == "pobj" and p.lower_ in press for p in c.children):
            return True
    return False

def _reason_participles(candidates: list[Candidate]) -> frozenset[int]:
    """Rule `reason_participle` (session 15): 'Burkina Faso expelled two French diplomats,
    accusing them of subversion', 'Niger broke off relations with Ukraine, accusing Kyiv of
    backing rebels': an accusation in a participle with no subject of its own, hung on a
    sanction (reason_head_types), gives that act's reason, told with
    it as one event (as `protest_participle` tells a protest's demand); the act it alleges
    ('of backing rebels') is its content, not told as done. The trigger positions of both."""
    words = false_sense_words()
    heads = {c.trigger.i for c in candidates
             if c.trigger.pos_ == "VERB" and c.sense.get("type") in words.reason_head_types}
    reasons = {c.trigger.i for c in candidates
               if c.sense.get("type") in words.accusing_types and c.trigger.pos_ == "VERB" and
               c.trigger.tag_ == "VBG" and c.trigger.dep_ == "advcl" and
               not _subjects(c.trigger) and c.trigger.head.i in heads}
    out = set(reasons)
    for c in candidates:
        node = _clause_head(c.trigger)
        if node.dep_ in ("pcomp", "pobj") and node.head.dep_ == "prep" and \
                node.head.head.i in reasons:
            out.add(c.trigger.i)
    return frozenset(out)


def _protest_purposes(candidates: list[Candidate]) -> frozenset[int]:
    """Rule `protest_purpose`: 'students rallied outside parliament to demand the minister's
    resignation', 'staged a march to demand lower prices': the demand is what the protest is
    for, told by the protest itself, not a request of its own. The verbs of purpose clauses
    ('to' + verb) of protest triggers, or of the verb whose object is a protest noun."""
    words = false_sense_words()
    heads = set()
    for c in candidates:
        if c.sense.get("type") not in words.purpose_protest_types:
            continue
        heads.add(c.trigger.i)
        if c.trigger.pos_ == "NOUN" and c.trigger.dep_ == "dobj":
            heads.add(c.trigger.head.i)  # "staged a march"
    out = set()
    for c in candidates:
        tok = c.trigger
        if tok.pos_ == "VERB" and tok.dep_ in ("advcl", "xcomp") and to_infinitive(tok) and \
                not _subjects(tok) and (tok.head.i in heads or _holds_protest(tok.head)):
            out.add(tok.i)
    return frozenset(out)


def _protest_participles(candidates: list[Candidate]) -> frozenset[int]:
    """Rule `protest_participle`: 'staged a sit-in at the university, demanding lower fees',
    'nurses went on strike on Monday, demanding higher pay': a participle clause with no
    subject of its own, hung on a protest (its verb, the verb taking a protest noun as its
    object, or 'went on strike'), tells what the protest demands, as a purpose clause does
    (`protest_purpose`): one PROTEST, not a REQUEST of its own."""
    words = false_sense_words()
    heads = set()
    for c in candidates:
        if c.sense.get("type") not in words.purpose_protest_types:
            continue
        tok = c.trigger
        heads.add(tok.i)
        if tok.pos_ == "NOUN" and tok.dep_ == "dobj":
            heads.add(tok.head.i)  # "staged a sit-in"
        elif tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            heads.add(tok.head.head.i)  # "went on strike"
    return frozenset(c.trigger.i for c in candidates
                     if c.trigger.pos_ == "VERB" and c.trigger.tag_ == "VBG" and
                     c.trigger.dep_ in ("advcl", "acl") and not _subjects(c.trigger) and
                     (c.trigger.head.i in heads or _holds_protest(c.trigger.head)))


def _mission_purposes(candidates: list[Candidate]) -> frozenset[int]:
    """Rule `mission_purpose`: 'deployed 1,000 soldiers to fight insurgents', 'to stop them
    entering, Moscow decided to train the army': what forces are sent to do (mission_types),
    and a purpose put before the act, is the aim, not yet done. What parties work together to
    do is being done ('worked with Interpol to investigate'), and a protest's purpose is the
    protest ('blocked roads to protest'): both kept."""
    words = false_sense_words()
    missions = {c.trigger.i for c in candidates if c.sense.get("type") in words.mission_types}
    out = set()
    for c in candidates:
        tok = c.trigger
        if tok.pos_ != "VERB" or not to_infinitive(tok) or _subjects(tok) or \
                c.sense.get("type") in words.purpose_protest_types:
            continue
        if tok.dep_ in ("advcl", "xcomp") and tok.head.i in missions:
            out.add(tok.i)
        elif tok.dep_ == "advcl" and tok.i < tok.head.i and \
                tok.doc[tok.left_edge.i].lower_ == "to":
            out.add(tok.i)  # "To prevent them from entering, Moscow decided ..."
    return frozenset(out)


def _holds_protest(verb: Token) -> bool:
    """'staged a march', 'held a sit-in': the verb's object is a protest noun of the event
    lexicon (the noun may not be a candidate of its own: a light verb's object)."""
    from newsweave.extract.event_lexicon import lexicon

    nouns = lexicon()["nouns"]
    types = false_sense_words().purpose_protest_types
    return any(c.dep_ == "dobj" and any(
        s.get("type") in types for s in nouns.get(c.lemma_.lower(), nouns.get(c.lower_, [])))
        for c in verb.children)


def drop_false_senses(candidates: list[Candidate], ctx: ActorContext) -> list[Candidate]:
    """The candidates no false-sense rule removes (each removal logged at debug level)."""
    kept: list[Candidate] = []
    words = false_sense_words()
    intent_types = words.content_intent_types
    protest_purposes = _protest_purposes(candidates)
    protest_participles = _protest_participles(candidates) if enabled("protest_participle") \
        else frozenset()
    mission_purposes = _mission_purposes(candidates) if enabled("mission_purpose") else \
        frozenset()
    intent_verbs = frozenset(c.trigger.i for c in candidates if c.trigger.pos_ == "VERB" and
                             c.sense.get("type") in intent_types)
    accusing = frozenset(c.trigger.i for c in candidates if c.trigger.pos_ == "VERB" and
                         c.sense.get("type") in words.accusing_types)
    punishing = frozenset(c.trigger.i for c in candidates if c.trigger.pos_ == "VERB" and
                          c.sense.get("type") in words.punishing_types)
    protesting = frozenset(c.trigger.i for c in candidates
                           if c.sense.get("type") in words.purpose_protest_types)
    threatening = frozenset(c.trigger.i for c in candidates
                            if c.sense.get("type") in words.threat_types)
    triggers = frozenset(c.trigger.i for c in candidates)
    answering = frozenset(c.trigger.i for c in candidates if c.trigger.pos_ == "VERB" and
                          c.sense.get("type") in words.answering_types)
    reasons = _reason_participles(candidates) if enabled("reason_participle") else frozenset()
    supporting = frozenset(c.trigger.i for c in candidates if c.sense.get("type") == "SUPPORT")
    # what a protest demands (its 'demanding ...' participle or 'to demand ...' purpose)
    demands = frozenset(c.trigger.i for c in candidates
                        if c.trigger.i in protest_participles | protest_purposes and
                        c.sense.get("type") in words.purpose_request_types)
    for cand in candidates:
        # force on a proposal is its rejection, force on traded goods a trade sanction
        # (provenance: the lexicon sense, then the rule: "verbs:shoot#0>force_on_proposal")
        for rule_name, test, new_type in (("force_on_proposal", force_on_proposal, "REJECT"),
                                          ("traded_goods_target", traded_goods_target,
                                           "SANCTION")):
            if cand.sense.get("type") == "ASSAULT" and cand.trigger.pos_ == "VERB" and \
                    enabled(rule_name) and test(cand.trigger):
                sense = {**cand.sense, "type": new_type, "mode": None,
                         "_rule": f"{cand.sense.get('_rule', cand.sense['type'])}"
                                  f">{rule_name}"}
                cand = replace(cand, sense=sense)
        rule = false_sense(cand, ctx)
        if rule is None and enabled("proposed_content") and \
                proposed_content(cand.trigger, intent_verbs):
            rule = "proposed_content"
        if rule is None and cand.sense.get("type") in ("THREATEN", "ACCUSE") and \
                enabled("impersonal_warning") and impersonal_warning(cand.trigger, ctx):
            rule = "impersonal_warning"
        if rule is None and enabled("long_past") and long_past(cand.trigger, ctx.article_date):
            rule = "long_past"
        if rule is None and cand.trigger.i in protest_purposes and \
                cand.sense.get("type") in words.purpose_request_types and \
                enabled("protest_purpose"):
            rule = "protest_purpose"
        if rule is None and cand.trigger.i in mission_purposes:
            rule = "mission_purpose"
        if rule is None and cand.trigger.i in protest_participles and \
                cand.sense.get("type") in words.purpose_request_types:
            rule = "protest_participle"
        if rule is None and enabled("threat_condition") and \
                threat_condition(cand.trigger, threatening):
            rule = "threat_condition"
        if rule is None:
            rule = _session12b_false_sense(cand, ctx, (accusing, punishing), protesting,
                                            triggers)
        if rule is None and cand.sense.get("type") in words.answered_types and \
                enabled("answered_demand") and answered_demand(cand.trigger, answering):
            rule = "answered_demand"
        if rule is None:
            rule = _session15_false_sense(cand, reasons, triggers, ctx.article_date)
        if rule is None and cand.sense.get("type") in words.supported_content_types and \
                enabled("supported_content") and supported_content(cand.trigger, supporting) \
                and not _own_agent(cand.trigger, ctx):
            rule = "supported_content"
        if rule is None and enabled("demanded_content") and \
                cand.sense.get("type") not in words.purpose_protest_types and \
                any(a.i in demands for a in cand.trigger.ancestors):
            rule = "demanded_content"
        if rule is None:
            rule = _session17_false_sense(cand, triggers)
        if rule is None:
            rule = _session18_false_sense(cand)
        if rule is None:
            rule = _session20_false_sense(cand)
        if rule is None:
            rule = _session23_false_sense(cand)
        if rule is None:
            rule = _session24_false_sense(cand)
        if rule is None:
            rule = _session27_false_sense(cand, ctx)
        if rule is None:
            rule = _session28_false_sense(cand, ctx)
        if rule is None:
            rule = _session28b_false_sense(cand, ctx)
        if rule is None:
            kept.append(cand)
        else:
            drop_trace.note(cand.trigger, cand.sense.get("type"), "false_sense", rule)
            logger.debug("%s: %r is no event (%s)", rule, cand.trigger.text, cand.sense["_rule"]
                         if "_rule" in cand.sense else cand.sense.get("type"))
    return kept


def _session15_false_sense(cand: Candidate, reasons: frozenset[int],
                           triggers: frozenset[int], article_date: str | None) -> str | None:
    """The rules of evprec9 (session 15), each switchable by its name."""
    tok, etype = cand.trigger, cand.sense.get("type")
    if enabled("subject_aside") and subject_aside(tok, triggers, article_date):
        return "subject_aside"
    if enabled("dated_noun") and dated_noun(tok, article_date):
        return "dated_noun"
    if enabled("prevented_act") and prevented_act(tok):
        return "prevented_act"
    if enabled("described_target") and described_target(tok, triggers):
        return "described_target"
    if enabled("talk_topic") and talk_topic(tok):
        return "talk_topic"
    if etype == "RETREAT" and enabled("result_state") and result_state(tok):
        return "result_state"
    if tok.i in reasons:
        return "reason_participle"
    if etype == "REJECT" and enabled("intake_refused") and intake_refused(tok):
        return "intake_refused"
    if etype == "CONSULT" and enabled("press_briefing") and press_briefing(tok):
        return "press_briefing"
    if enabled("discussed_topic") and discussed_topic(tok):
        return "discussed_topic"
    if enabled("how_clause") and how_clause(tok):
        return "how_clause"
    if enabled("years_after_anchor") and years_after_anchor(tok):
        return "years_after_anchor"
    return None


def admitted_fact(verb: Token) -> bool:
    """Rule `admitted_fact` (session 20): 'he conceded the vote would slip', 'she conceded that
    the plan had failed': a conceded fact is an admission; a concession yields something to a
    party ('conceded the town to the army', 'conceded defeat')."""
    words = false_sense_words()
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    return any(c.dep_ in words.admission_clause_deps for c in verb.children)


def consulting_work(verb: Token) -> bool:
    """Rule `consulting_work` (session 20): 'an official who still consults for the government',
    'consulting for a bank': paid advice to a client is work, no consultation between
    parties; 'consulted with her counterparts', 'consulted the allies' are."""
    words = false_sense_words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.consulting_verbs or \
            any(c.dep_ == "dobj" for c in verb.children):
        return False  # 'met in Washington for three days of talks' is a meeting
    preps = [c for c in verb.children if c.dep_ == "prep"]
    if any(p.lower_ in words.meeting_preps for p in preps):
        return False
    return any(p.lower_ in words.client_preps for p in preps)


def _session20_false_sense(cand: Candidate) -> str | None:
    """The session-20 rules (lead) and session-21 rules (evmod17), each switchable by its
    name."""
    etype = cand.sense.get("type")
    return _first_rule(cand.trigger, (
        ("admitted_fact", admitted_fact, etype == "CONCEDE"),
        ("consulting_work", consulting_work, etype == "CONSULT"),
        # session 21 (evmod17, issue 11)
        ("spacecraft_probe", spacecraft_probe, etype == "ACCUSE"),
        ("forgone_alternative", forgone_alternative, True),
    ))


def forgone_alternative(tok: Token) -> bool:
    """Rule `forgone_alternative` (session 21): 'rather than attack the convoy, the rebels
    withdrew', 'instead of arresting them, police escorted them home', 'would rather negotiate
    than bomb its sites', 'chose talks rather than a war': the act set against the one chosen
    is the one not done (or only preferred against), no event."""
    words = false_sense_words()
    doc = tok.doc
    start = tok.left_edge.i if tok.pos_ == "NOUN" else tok.i
    if start > tok.sent.start and doc[start - 1].lower_ == "to":
        start -= 1  # "rather than to attack"
    before = " ".join(t.lower_ for t in doc[max(start - 2, tok.sent.start):start])
    if before in words.alternative_phrases:
        return True
    if start > tok.sent.start and doc[start - 1].lower_ == "than":
        # "would rather negotiate than bomb": the preference sits on the chosen verb
        return any(c.dep_ == "advmod" and c.lower_ in words.preference_adverbs
                   for c in tok.head.children)
    return False


def spacecraft_probe(noun: Token) -> bool:
    """Rule `spacecraft_probe` (session 21): 'NASA launched a probe to Mars', 'the space probe
    landed on a comet', 'a lunar probe': a probe that is a spacecraft (a space word on it, it
    lands, orbits or flies, or it is launched or sent along a path to somewhere) investigates
    nobody. A probe into, of or over something ('launched a probe into the contracts') is an
    investigation and stays."""
    if noun.pos_ != "NOUN":
        return False
    words = false_sense_words()
    if noun.lemma_.lower() != "probe":
        return False
    if any(c.dep_ == "prep" and c.lower_ in words.inquiry_preps for c in noun.children):
        return False
    if any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in words.spacecraft_words
           for c in noun.children):
        return True
    head = noun.head
    lemma = head.lemma_.lower()
    if noun.dep_ == "nsubj" and head.pos_ == "VERB" and lemma in words.spacecraft_verbs:
        return True
    if noun.dep_ in ("dobj", "nsubjpass") and lemma in words.launch_verbs:
        preps = [c for c in (*head.children, *noun.children) if c.dep_ == "prep"]
        if any(p.lower_ in words.inquiry_preps for p in preps):
            return False
        return any(p.lower_ in words.path_preps for p in preps)
    return False


def _session17_false_sense(cand: Candidate, triggers: frozenset[int]) -> str | None:
    """The rules of evprec13 (session 17), each switchable by its name."""
    tok = cand.trigger
    if enabled("attributed_background") and attributed_background(tok, triggers):
        return "attributed_background"
    if enabled("cited_reason") and cited_reason(tok):
        return "cited_reason"
    if enabled("sanction_reach") and sanction_reach(tok):
        return "sanction_reach"
    if enabled("brokered_deal") and brokered_deal(tok, triggers):
        return "brokered_deal"
    if cand.sense.get("type") == "AGREE" and enabled("business_deal") and business_deal(tok):
        return "business_deal"
    return None


def _attributed_main(verb: Token) -> bool:
    """The clause an attribution verb at the sentence's root takes: 'Nigeria sent troops ...,
    an army spokesman said', 'the ministry said it would suspend ...' (the wire's main report
    under its attribution tail or lead)."""
    root = verb.head
    if verb.dep_ == "conj" and root.dep_ == "ccomp":  # 'said X did A and did B'
        root, verb = root.head, root
    return verb.dep_ == "ccomp" and root.dep_ == "ROOT" and \
        root.lemma_.lower() in false_sense_words().attribution_verbs


def attributed_background(tok: Token, triggers: frozenset[int]) -> bool:
    """Rule `attributed_background` (session 17): `background_clause` under a wire attribution:
    'Nigeria's army sent battalions to the state after gunmen kidnapped 200 pupils, an army
    spokesman said', 'the party said it would suspend the bill, a day after thousands rallied
    outside parliament': a clause marked 'after', with a subject of its own, that hangs on an
    event verb the attribution verb takes is the time the report is told against, as
    `background_clause` reads it on a root. A chain told deeper ('decided to reopen the case
    after he was stripped of asylum') stays, as there."""
    # hung on the attribution verb itself ('X did A, Howard said after B was sentenced'), the
    # clause dates the saying, and B may be the news: kept
    return _after_clause_on_event(tok, triggers) and _attributed_main(tok.head)


def cited_reason(tok: Token) -> bool:
    """Rule `cited_reason` (session 17): 'will move troops to the border, the minister said,
    citing hybrid attacks by Minsk': an event noun that is what is cited (the object of
    cite_verbs) is the reason the report is given for, in the citer's words, not a second
    report (as `cause_anchor` for an act done over another, but here the noun may name its
    own doer). An act conceded ('despite the court's ban', 'in spite of attacks by gangs')
    stays an event: it happened, and the article sets code it (the session's first version
    dropped it too, for one false event of wire-dev5 against one real event of fresh5)."""
    if tok.pos_ != "NOUN":
        return False
    node = _clause_head(tok)
    return node.dep_ == "dobj" and node.head.lemma_.lower() in false_sense_words().cite_verbs


def _sanction_word(t: Token) -> bool:
    nouns = false_sense_words().sanction_nouns
    return t.lower_ in nouns or t.lemma_.lower() in nouns


def sanction_reach(tok: Token) -> bool:
    """Rule `sanction_reach` (session 17): 'new sanctions targeting Russian banks', 'tariffs that
    hit European carmakers', 'the sanctions will affect 30 firms', 'adopted a package of
    sanctions against Moscow, targeting tankers of its fleet', 'firms hit by the embargo':
    a verb of reaching (reach_verbs) whose doer is a sanction (sanction_nouns: its subject,
    its agent, the noun a participle or relative clause hangs on, or the object of the verb a
    subjectless participle hangs on) tells what the sanction reaches, not an attack."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in false_sense_words().reach_verbs:
        return False
    if any(c.dep_ == "nsubj" and _sanction_word(c) for c in tok.children):
        return True
    if any(c.dep_ == "agent" and any(p.dep_ == "pobj" and _sanction_word(p) for p in c.children)
           for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ in ("acl", "relcl"):
        return _sanction_word(head) or (head.dep_ == "pobj" and head.head.lower_ == "of" and
                                        _sanction_word(head.head.head))
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and not _subjects(tok) and head.pos_ == "VERB":
        if _sanction_word(head):  # "sanctioned three firms, targeting ..."
            return True
        return any(c.dep_ == "dobj" and any(_sanction_word(t) for t in c.subtree)
                   for c in head.children)
    return False


def brokered_deal(tok: Token, triggers: frozenset[int]) -> bool:
    """Rule `brokered_deal` (session 17): 'agreed to restore ties in a deal brokered by Beijing',
    'freed 50 prisoners in an exchange mediated by the UAE', 'withdrew as part of a deal
    brokered by Angola': a participle of mediation (mediation_verbs) on a noun that an event of
    the sentence governs names who brought that event about, a detail of it, not a second
    report. A mediation told as the clause's own verb ('Qatar brokered a truce') stays."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBN" or tok.dep_ != "acl" or \
            tok.lemma_.lower() not in false_sense_words().mediation_verbs:
        return False
    noun = tok.head
    return any(i != tok.i and (i == noun.i or tok.doc[i] in noun.ancestors) for i in triggers)


def business_deal(tok: Token) -> bool:
    """Rule `business_deal` (session 17): 'the company agreed to buy its smaller rival', 'the
    two banks agreed to merge': an agreement whose every subject is a business (a noun our
    actor lexicons give the business sector, or deal_doers: 'company', 'firm') to a commercial
    deal (deal_verbs) is market news, not an agreement between political parties. 'Poland
    agreed to buy 96 helicopters' (a state) and 'the firm agreed to pay the fine' (no deal
    verb) stay."""
    if tok.pos_ != "VERB":
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    subjects += [c for s in subjects for c in s.children if c.dep_ == "conj"]
    doers = _business_nouns() | false_sense_words().deal_doers
    if not all(s.pos_ == "NOUN" and (s.lower_ in doers or s.lemma_.lower() in doers)
               for s in subjects):
        return False
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in false_sense_words().deal_verbs
               for c in tok.children)


def discussed_topic(tok: Token) -> bool:
    """Rule `discussed_topic` (session 16): 'met his counterpart to discuss North Korea's
    missile launches', 'phoned the prime minister to discuss the truce', 'the cabinet debated
    the sanctions': an event noun that is the direct object (or the passive subject) of a
    verb of discussion (discussion_verbs) is what the parties talk about, not an event the
    sentence reports (as `talk_topic` for the about/on object of a talk)."""
    if tok.pos_ != "NOUN":
        return False
    node = _clause_head(tok)
    return node.dep_ in ("dobj", "nsubjpass") and node.head.pos_ == "VERB" and \
        node.head.lemma_.lower() in false_sense_words().discussion_verbs


def supported_content(tok: Token, supporting: frozenset[int]) -> bool:
    """Rule `supported_content` (session 16): 'welcomed Armenia's offer to hold talks',
    'welcomed the announcement of a truce', 'commended Kenya for offering to lead the force',
    'thanked Poland for taking in refugees', 'voiced support for the debt talks': the act a
    show of support (a SUPPORT trigger) names as its object, through one 'of' frame, or as
    what it is given for (a for-phrase), is what it is about, told by the support, not a
    second report (as `accused_content` for the object of a condemnation). An act noun naming
    its own doer ('welcomed the airstrike by allied jets', checked by the caller; 'welcomed
    the delivery of tanks from Germany') stays, and so does a hostile act defended or praised
    ('police defended the students' arrest'): the caller drops only supported_content_types."""
    if not supporting:
        return False
    node = _clause_head(tok)
    if node.dep_ in ("pcomp", "pobj") and node.head.dep_ == "prep" and \
            node.head.lower_ == "for":
        owner = node.head.head  # "commended Kenya for offering", "support for the talks"
        return owner.i in supporting or (owner.dep_ == "dobj" and owner.head.i in supporting)
    if node.pos_ != "NOUN" or any(
            c.dep_ == "prep" and c.lower_ == "from" and
            any(p.ent_type_ in PARTY_ENTITIES for p in c.children) for c in node.children):
        return False  # "welcomed the delivery of air defences from Germany" tells who gave
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        node = node.head.head  # "welcomed the announcement of a truce"
    return node.dep_ == "dobj" and node.head.i in supporting


_HOW_MODALS = frozenset({"should", "could", "would", "might", "can", "may", "must", "ought"})


def how_clause(tok: Token) -> bool:
    """Rule `how_clause` (session 16): 'published guidelines on how police should handle
    protests', 'debated how to arrest the smugglers', 'a study of how sanctions could be
    enforced': an act in a how-clause with a modal or an infinitive (its verb, or that verb's
    object) is a way of acting weighed or prescribed, not an event told ('explained how police
    arrested the men' stays: no modal, a past told as done; so does what the way answers,
    'how to respond to the attacks')."""
    node = tok.head if tok.dep_ in ("dobj", "nsubjpass") else tok  # 'handle protests'
    if node.pos_ not in ("VERB", "AUX") or node.dep_ not in (
            "ccomp", "pcomp", "xcomp", "advcl", "acl", "pobj", "dobj", "relcl"):
        return False
    return any(c.lower_ == "how" and c.dep_ == "advmod" for c in node.children) and \
        any(c.dep_ == "aux" and (c.lower_ in _HOW_MODALS or c.lower_ == "to")
            for c in node.children)


def years_after_anchor(tok: Token) -> bool:
    """Rule `years_after_anchor` (session 16): 'ten years after the Maidan protests, the square
    hosts concerts', 'a decade after the uprising, unemployment remains high', 'marked 30
    years since the genocide': an event noun that an after/since phrase measured in years
    (year_spans, the span hung on the preposition or the preposition on the span) puts a year
    or more before its clause is a past event the story recalls, not news (`background_anchor`
    keeps such an anchor when there is no other event to date; days and weeks stay)."""
    if tok.pos_ != "NOUN":
        return False
    node = _clause_head(tok)
    if node.dep_ != "pobj" or node.head.lower_ not in ("after", "since"):
        return False
    prep, spans = node.head, false_sense_words().year_spans
    if prep.head.pos_ == "NOUN" and prep.head.lower_ in spans:
        return True  # "a decade after the protests"
    return any(c.dep_ == "npadvmod" and c.lower_ in spans for c in prep.children)

def _session12b_false_sense(cand: Candidate, ctx: ActorContext,
                            accusers: tuple[frozenset[int], frozenset[int]],
                            protesting: frozenset[int], triggers: frozenset[int]) -> str | None:
    """The rules of evprecision6 (session 12), each switchable by its name."""
    tok, etype = cand.trigger, cand.sense.get("type")
    # a sense that names the class its object must be of ('exploited a flaw': obj_head
    # software_flaw_word) has chosen that object on purpose: no figure of speech
    if etype in false_sense_words().abstract_target_types and enabled("abstract_target") and \
            not cand.sense.get("obj_head") and abstract_target(tok, ctx):
        return "abstract_target"
    if etype in false_sense_words().abstract_target_types and enabled("business_doer") and \
            business_doer(tok, ctx):
        return "business_doer"
    if enabled("accused_content") and accused_content(tok, etype, *accusers) and \
            not _own_agent(tok, ctx):
        return "accused_content"
    if etype not in false_sense_words().purpose_protest_types and enabled("protested_act") and \
            protested_act(tok, etype, protesting) and not _own_agent(tok, ctx):
        return "protested_act"
    if enabled("open_question") and open_question(tok, etype):
        return "open_question"
    if enabled("described_participant") and described_participant(tok, triggers) and \
            not (enabled("acting_participant") and acting_participant(tok, ctx)):
        return "described_participant"
    if enabled("background_anchor") and background_anchor(tok, triggers, ctx, etype):
        return "background_anchor"
    if enabled("cause_anchor") and cause_anchor(tok, triggers) and not _own_agent(tok, ctx):
        return "cause_anchor"
    if enabled("background_clause") and background_clause(tok, triggers):
        return "background_clause"
    if etype == "PROTEST" and enabled("market_rally") and market_rally(tok):
        return "market_rally"
    if enabled("ended_background") and ended_background(tok, triggers):
        return "ended_background"
    if etype in false_sense_words().purpose_protest_types and enabled("in_protest_manner") and \
            in_protest_manner(tok, triggers):
        return "in_protest_manner"
    return None


def background_clause(tok: Token, triggers: frozenset[int]) -> bool:
    """Rule `background_clause` (session 14): 'recalled its ambassador after a mob stormed the
    embassy', 'eased sanctions a day after the two sides signed a deal': a clause marked
    'after' that hangs on another event's verb, with a subject of its own, tells what that
    event answers: the time it is told against, as `background_anchor`'s noun is. Only on
    the sentence's main verb (the lead's 'X did A after B'): a chain told deeper in a sentence
    ('decided to reopen the case after he was stripped of asylum', 'shot him after he pointed
    a gun') tells each step, as the hand-annotated article sets code them."""
    head = tok.head
    return _after_clause_on_event(tok, triggers) and (
        head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT"))


def _after_clause_on_event(tok: Token, triggers: frozenset[int]) -> bool:
    """Verb `tok` opens a clause marked 'after', with a subject of its own, hung on another
    event's verb (`background_clause`, `attributed_background`)."""
    head = tok.head
    return tok.pos_ == "VERB" and tok.dep_ == "advcl" and head.i != tok.i and \
        head.i in triggers and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and \
        any(c.dep_ == "mark" and c.lower_ == "after" for c in tok.children)


def market_rally(tok: Token) -> bool:
    """Rule `market_rally` (session 14): 'copper extended its rally', 'oil prices staged a
    rally', 'a rally in tech shares', 'the peso's rally': a rally of a market or a price
    (market_words: the noun's owner or modifier, what it is 'in', or the subject of the verb
    taking it) is a market report, not a demonstration. Session 15: the verb too ('the Sensex
    has been rallying', 'bank shares rallied'), an index named in words of its own ('the Hang
    Seng extended its rally'), and an 'in' phrase the parser hung on the verb that takes the
    noun ('attributed the rally in bank stocks to ...')."""
    if tok.lemma_.lower() != "rally" or tok.pos_ not in ("NOUN", "VERB"):
        return False
    words = false_sense_words().market_words

    def market(t: Token) -> bool:
        named = " ".join(x.lower_ for x in t.lefts if x.dep_ == "compound" and
                         x.i == t.i - 1) + " " + t.lower_
        return t.lower_ in words or t.lemma_.lower() in words or named.strip() in words

    if tok.pos_ == "VERB":
        return any(c.dep_ == "nsubj" and market(c) for c in tok.children)
    if any(c.dep_ in ("compound", "amod", "poss", "nmod") and market(c) for c in tok.children):
        return True
    head = tok.head
    hung = [c for c in tok.children if c.dep_ == "prep"]
    if tok.dep_ == "dobj" and head.pos_ == "VERB":
        hung += [c for c in head.children if c.dep_ == "prep" and c.i == tok.i + 1]
    if any(c.lower_ == "in" and market(p) for c in hung for p in c.children
           if p.dep_ == "pobj"):
        return True
    return tok.dep_ == "dobj" and head.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and market(c) for c in head.children)


def ended_background(tok: Token, triggers: frozenset[int]) -> bool:
    """Rule `ended_background` (session 14): 'struck a deal on wages, ending a two-day
    strike', 'signed a peace accord, ending a decade of war': an event noun that a participle
    of ending (ending_verbs) on the sentence's main event takes is what that event brought to
    an end, its background, not a second report."""
    part = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "dobj" or part.dep_ != "advcl" or \
            part.tag_ != "VBG" or part.lemma_.lower() not in false_sense_words().ending_verbs:
        return False
    main = part.head
    if main.dep_ != "ROOT":
        return False
    return main.i in triggers or any(c.i in triggers for c in main.children
                                     if c.dep_ == "dobj")


def negative_adjunct(prep: Token) -> bool:
    """Rule `negative_adjunct`: 'At no time did X agree', 'in no way', 'under no
    circumstances': a preposition whose object is a time or manner noun with 'no'."""
    if not enabled("negative_adjunct") or prep.dep_ != "prep":
        return False
    nouns = false_sense_words().negative_adjunct_nouns
    return any(p.dep_ == "pobj" and p.lower_ in nouns and
               any(d.dep_ in ("det", "neg") and d.lower_ == "no" for d in p.children)
               for p in prep.children)


# ----------------------------------------------------------------------------- session 12


def _story_lead(doc: Any) -> list[Any]:
    """The first two sentences of the article (its headline and lead, or its lead)."""
    from newsweave.nlp.docindex import doc_index

    return list(doc_index(doc).sents[:2])


def disaster_story(verb: Token) -> bool:
    """Rule `disaster_story`: 'Many people were injured but it is hard to reach them' in a
    story whose headline or lead names an earthquake, a storm or a flood: harm with no agent
    (a passive without 'by') is the disaster's toll, not an attack. A sentence that names an
    attacker, a weapon or a fight (attack_words) keeps its event."""
    from newsweave.extract.event_syntax import is_passive, reduced_passive

    if verb.pos_ != "VERB" or not (is_passive(verb) or reduced_passive(verb)):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    words = false_sense_words()
    if any(t.lower_ in words.attack_words or t.lemma_.lower() in words.attack_words
           for t in verb.sent):
        return False
    return any(t.pos_ in ("NOUN", "PROPN") and (t.lower_ in words.disaster_story_words or
                                                t.lemma_.lower() in words.disaster_story_words)
               for s in _story_lead(verb.doc) for t in s)


def product_object(verb: Token) -> bool:
    """Rule `product_object`: 'will continue to support all current customers', 'sells and
    supports the servers', 'released version 4 of its browser to users': supporting or
    releasing a product, or serving customers and users, is business. Only the verb's own
    object (or its 'to' receiver, for a release) is read: 'supported the rebels', 'released
    the prisoners' keep their events."""
    from newsweave.extract.event_syntax import object_of

    if verb.pos_ != "VERB":
        return False
    objects = false_sense_words().product_objects
    obj = object_of(verb)
    if obj is None and verb.dep_ == "conj":
        obj = object_of(verb.head)  # "to sell and support servers"
    heads = [obj] if obj is not None else []
    if verb.lemma_.lower() == "release":
        heads += [p for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                  for p in c.children if p.dep_ == "pobj"]
    return any(h.lower_ in objects or h.lemma_.lower() in objects for h in heads)


def call_kind(noun: Token) -> bool:
    """Rule `call_kind`: 'will hold a conference call for analysts', 'an earnings call', 'a
    wake-up call for the party': a call named by its kind asks nobody for anything."""
    kinds = false_sense_words().call_kinds
    return noun.pos_ == "NOUN" and noun.lemma_.lower() == "call" and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in kinds for c in noun.children)


def own_terms_request(tok: Token) -> bool:
    """Rule `own_terms_request`: 'an official who requested anonymity', 'asked for
    confidentiality': the terms a source speaks on, not a request between parties."""
    terms = false_sense_words().own_terms_objects
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
             for p in c.children if p.dep_ == "pobj"]
    return any(o.lower_ in terms or o.lemma_.lower() in terms for o in objs)


def business_meeting(noun: Token) -> bool:
    """Rule `business_meeting`: 'targeted the board at its annual meeting', 'a shareholder
    meeting', 'a staff meeting': a body's own routine meeting is no contact between parties."""
    kinds = false_sense_words().meeting_kinds
    return noun.pos_ == "NOUN" and noun.lemma_.lower() == "meeting" and any(
        c.dep_ in ("compound", "amod", "nmod", "poss") and c.lower_ in kinds
        for c in noun.children)


def banned_act(noun: Token) -> bool:
    """Rule `banned_act`: 'Hungary's parliament banned Pride marches', 'a law outlawing
    strikes': acts of a kind (a bare plural) that a ban forbids do not take place (the ban is
    the event)."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "nsubjpass") or \
            noun.tag_ != "NNS" or any(c.dep_ in ("det", "poss") for c in noun.children):
        return False  # 'banned the rally planned for Sunday': that rally stays, planned
    return noun.head.lemma_.lower() in false_sense_words().ban_verbs


# ----------------------------------------------------------------------------- session 12 (2)
# evprecision6, from every false event the seven made-up development suites emit: a wire
# sentence tells one event, and these name a thing, a time or a participant of it instead.


@functools.lru_cache(maxsize=4096)
def abstract_phrase(phrase: str) -> bool:
    """Whether a noun phrase reads as an abstract thing (a market, costs, a budget, rumours, a
    record) rather than something force can be done to (people, a group, a place, a building,
    a vehicle, a weapon): nearer an abstract prototype than any target prototype by the
    margin."""
    return _margin(phrase, "target_prototypes", "abstract_prototypes") >= \
        false_sense_words().abstract_margin


def abstract_target(verb: Token, ctx: ActorContext) -> bool:
    """Rule `abstract_target`: 'carmakers invaded a crowded market', 'the airline attacked its
    cost base', 'shot down the rumours': force (abstract_target_types) whose only object is an
    abstract thing, with no party it is aimed at ('at', 'on', 'against' a party), is a figure
    of speech. 'Rebels attacked the town', 'troops seized the airport', 'police raided the
    offices' keep their events: a place or a building is a target."""
    from newsweave.extract.event_syntax import object_of

    if verb.pos_ != "VERB":
        return False
    obj = object_of(verb)
    if obj is None or obj.dep_ == "nsubjpass" or obj.pos_ != "NOUN":
        return False
    if names_a_party_strictly(obj, ctx):
        return False
    preps = false_sense_words().party_preps
    for c in verb.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in preps and any(
                p.dep_ == "pobj" and names_a_party_strictly(p, ctx) for p in c.children):
            return False
    # 'fired a total of 11 rounds', 'killed a number of civilians': the of-object is what the
    # force is done to as much as the head is; both must be abstract
    of_objects = [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"]
    return all(abstract_phrase(noun_phrase(t)) for t in [obj, *of_objects])


def names_a_party_strictly(tok: Token, ctx: ActorContext) -> bool:
    """A name, a pronoun for people, or a noun the actor resolver resolves (no embedding)."""
    from newsweave.extract.actors import resolve_np

    if tok.pos_ in ("PRON", "PROPN"):
        return tok.lower_ not in THING_PRONOUNS
    if tok.ent_type_ in PARTY_ENTITIES or any(
            c.ent_type_ in PARTY_ENTITIES for c in tok.children if c.dep_ in ("compound", "poss")
            and c.lower_ not in _SINGULAR_POSS | _PLURAL_POSS):
        return True
    return bool(resolve_np(tok, ctx))


def _clause_head(tok: Token) -> Token:
    """Up the conjuncts: 'accused X of looting and burning' reads 'burning' as 'looting'."""
    node, steps = tok, 0
    while node.dep_ == "conj" and steps < 6:
        node, steps = node.head, steps + 1
    return node


def accused_content(tok: Token, etype: str | None, accusing: frozenset[int],
                    punishing: frozenset[int]) -> bool:
    """Rule `accused_content`: 'condemned the execution of three protesters', 'denounced the
    crackdown on the press', 'jailed a blogger for insulting the army': the act an accusation
    (accusing_types) names as its object, or a punishment (punishing_types) is given for
    (punishment_preps), is what it is about, not an event of its own (the accusation or the
    punishment carries it). 'Accused X of shelling Y' and 'denounced X for threatening Y' are
    not read: the hand-annotated article sets (fresh3) code that content as an event of its
    own, and what an accuser says in a clause of its own ('alleged that troops had executed
    prisoners') is the report. A speech act an accusing verb takes (speech_act_types:
    'denied the accusations', 'rejected the demand') was made, and an act naming its own doer
    ('condemned the airstrike by the Sudanese forces': `_own_agent`) is a report: both
    stay."""
    if not accusing and not punishing:
        return False
    node = _clause_head(tok)
    if node.dep_ in ("pcomp", "pobj") and node.head.dep_ == "prep" and \
            node.head.lower_ in false_sense_words().punishment_preps and \
            node.head.head.i in punishing:
        return True
    return node.pos_ == "NOUN" and node.dep_ == "dobj" and node.head.i in accusing and \
        etype not in false_sense_words().speech_act_types


def protested_act(tok: Token, etype: str | None, protesting: frozenset[int]) -> bool:
    """Rule `protested_act`: 'took to the streets to protest against his arrest', 'protested
    the ban on armbands', 'protests over the killing of a student': what a protest is against
    (its object, or its against/over phrase) is what it is about, told as its cause, not a
    second report (as `accused_content` for an accusation). A speech act so protested
    (speech_act_types: 'protested the demand') was made, and an act naming its own doer
    ('protests against a police killing') is a report: both stay."""
    if not protesting or tok.pos_ != "NOUN" or \
            etype in false_sense_words().speech_act_types:
        return False
    node = _clause_head(tok)
    if node.dep_ == "dobj" and node.head.i in protesting:
        return True
    return node.dep_ == "pobj" and node.head.dep_ == "prep" and \
        node.head.lower_ in false_sense_words().protest_preps and \
        node.head.lower_ != "for" and node.head.head.i in protesting


def threat_condition(tok: Token, threatening: frozenset[int]) -> bool:
    """Rule `threat_condition`: 'threatened to deploy the guard if the riots continue',
    'threatened to execute hostages if air strikes went on': the condition of a threat (an
    if/unless clause on the threat or on what it threatens) is what the threat is set
    against, not a report of its own; the threat carries it."""
    if not threatening:
        return False
    clause = tok if tok.pos_ in ("VERB", "AUX") else _verb_taking(tok)
    if clause is None or clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in false_sense_words().condition_marks
            for c in clause.children):
        return False
    node = clause.head
    for _ in range(3):
        if node.i in threatening:
            return node.i != tok.i
        if node.dep_ not in ("xcomp", "ccomp", "pcomp", "pobj", "prep"):
            return False
        node = node.head
    return node.i in threatening and node.i != tok.i


def open_question(tok: Token, etype: str | None = None) -> bool:
    """Rule `open_question`: 'asked whether Washington would send more troops', 'declined to
    say whether Ankara would expel the diplomats', 'whether Ankara will veto remains unclear',
    'asked if the army had fired': an event in a whether-clause (or an if-clause that is a
    verb's complement, not a condition) is an open question, not told as having happened
    (unless an inquiry's: 'investigating whether', alleged; or 'not clear whether', unconfirmed:
    modality keeps those). A
    speech act the question is about ('whether X will grant the Syrian request') was made."""
    if tok.pos_ == "NOUN" and etype in false_sense_words().speech_act_types:
        return False
    clause = tok if tok.pos_ in ("VERB", "AUX") else _verb_taking(tok)
    for _ in range(2):  # the clause, or the clause its infinitive hangs on ('would try to seize')
        if clause is None:
            return False
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        if "whether" in marks or ("if" in marks and clause.dep_ in ("ccomp", "csubj")):
            from newsweave.extract.modality import inquiry_heads, unconfirmed_before
            # an inquiry's subject is alleged and 'not clear whether' unconfirmed (modality):
            # reported as such, not asked
            return clause.head.lemma_.lower() not in inquiry_heads() and \
                not unconfirmed_before(tok)
        if clause.dep_ != "xcomp":
            return False
        clause = clause.head
    return False


def answered_demand(tok: Token, answering: frozenset[int]) -> bool:
    """Rule `answered_demand`: 'dismissed Washington's calls for a ceasefire', 'refused the
    union's demand for a raise', 'bowed to the protesters' demands and scrapped the tax',
    'gave in to demands from the bloc': a demand (answered_types, a noun) that a refusal or a
    concession of the sentence (answering_types) takes as its object, or as the object of its
    'to' (answered_preps), is what that act answers: the wire sentence reports the answer, and
    the demand, made before, is told as its topic, not as a second report. (The rule
    `answered_speech` of extract.events still gives such a refusal its asker as recipient.) A
    demand no refusal or concession takes ('called for talks and rejected the plan') stays,
    and so does one told with its own by-phrase ('rejected calls by opposition leaders to
    hold early elections': told as a report of its own, as the hand-annotated article set
    fresh3 codes it, like `_own_agent`'s 'the airstrike by X'). Session 13 (evprec7)."""
    if tok.pos_ != "NOUN" or not answering or any(
            c.dep_ == "prep" and c.lower_ == "by" for c in tok.children):
        return False
    node = _clause_head(tok)
    if node.dep_ == "dobj":
        return node.head.i in answering
    if node.dep_ == "pobj" and node.head.dep_ == "prep" and \
            node.head.lower_ in false_sense_words().answered_preps:
        return node.head.head.i in answering
    return False


def in_protest_manner(tok: Token, triggers: frozenset[int]) -> bool:
    """Rule `in_protest_manner`: 'recalled its ambassador in protest at the ruling', 'marched
    in protest': a bare 'in protest' says how another event of the sentence was done (the
    recall is the protest), not a second event; 'walked out in protest' (no event of its own
    in the verb) keeps it."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "in" or any(
            c.dep_ in ("det", "poss", "amod", "compound") for c in tok.children):
        return False
    verb = tok.head.head
    return verb.i != tok.i and verb.i in triggers


def _own_agent(noun: Token, ctx: ActorContext) -> bool:
    """'the airstrike by the Sudanese forces', 'a police killing': an event noun naming its
    own doer (a by-phrase, or a compound that can name a party: `names_a_party`, so a bare
    'police' with no country counts) is a report of its own, as the hand-annotated article
    sets code it."""
    from newsweave.extract.event_arguments import verb_by_agents

    if noun.pos_ != "NOUN":
        return False
    if any((c.dep_ == "prep" and c.lower_ == "by") or
           (c.dep_ == "compound" and names_a_party(c, ctx))
           for c in noun.children):
        return True
    # the parser may hang the noun's 'by' on the active verb taking it (rule verb_by_agent)
    return bool(verb_by_agents(noun, ctx))


def _argument_of(noun: Token) -> Token | None:
    """The verb a noun is the object (or passive subject) of, up through 'dozens of' and
    'the release of': 'arrested dozens of farmers' -> 'arrested'."""
    node, steps = noun, 0
    while steps < 4:
        steps += 1
        if node.dep_ in ("dobj", "nsubjpass", "dative"):
            return node.head
        if node.dep_ == "pobj" and node.head.dep_ in ("prep", "dative") and \
                node.head.lower_ in ("of", "to"):
            node = node.head.head
            if node.pos_ == "VERB":
                return node  # 'granted asylum to a teenager who ...'
            continue
        return None
    return None


def described_participant(tok: Token, triggers: frozenset[int]) -> bool:
    """Rule `described_participant`: 'freed the soldiers it had detained since July',
    'pardoned 300 protesters jailed during the unrest', 'expelled two diplomats accused of
    spying', 'withdrew the bill that sparked months of protests': a clause that describes who
    or what another event of the sentence is done to (a relative clause or a participle on
    that event's object, and the event nouns it takes) tells how they came there, background
    to the event the sentence reports, not a second report. A clause on the subject ('troops who
    crossed the border shelled ...') or on a noun no event takes is kept."""
    clause = tok if tok.pos_ == "VERB" else _verb_taking(tok)
    if clause is None or clause.dep_ not in ("relcl", "acl", "amod"):
        return False
    # 'denied claims that its forces had shelled a village': a that-clause with its own
    # subject is what the noun says (its content), no description of it
    if clause.dep_ == "acl" and any(c.dep_ == "mark" for c in clause.children) and \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    verb = _argument_of(clause.head)
    return verb is not None and verb.i not in (tok.i, clause.i) and verb.i in triggers


def acting_participant(tok: Token, ctx: ActorContext) -> bool:
    """Rule `acting_participant` (session 24, evclause24): 'arrested two men who had
    attacked a police post', 'pardoned the protesters who stormed the ministry': a relative
    clause whose relative pronoun of a person (acting_relative_pronouns) is the active subject
    of the clause's own act on another party tells a second act, done by the one the main
    event is done to, not how the main event's object came to be there. Kept from
    `described_participant`. A passive clause ('the soldiers it had detained', 'diplomats
    who were accused of spying'), a clause with no object ('the men who fled'), one whose
    object names no party ('farmers who had blocked the road') or one on a thing ('the bill
    that sparked protests') stays background."""
    if tok.pos_ != "VERB" or tok.dep_ != "relcl":
        return False
    pronouns = false_sense_words().acting_relative_pronouns
    if not any(c.dep_ == "nsubj" and c.lower_ in pronouns for c in tok.children):
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return False
    return any(c.dep_ == "dobj" and _named_party(c, ctx) for c in tok.children)


def _earlier_marker(clause: Token, article_date: str | None) -> bool:
    """The clause is told as earlier than the news: a perfect ('has sent', 'had led'), a year
    before the article's ('in 2022', 'the 2021 coup'), or 'last year', '... years ago'."""
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children):
        return True
    now = int(article_date[:4]) if article_date and article_date[:4].isdigit() else None
    for t in clause.subtree:
        year = _year_of(t)
        if now is not None and year is not None and year < now:
            return True
        if t.lower_ == "year" and any(c.lower_ == "last" for c in t.children):
            return True
        if _years_ago(t) is not None:
            return True
    return False


def dated_noun(tok: Token, article_date: str | None) -> bool:
    """Rule `dated_noun` (session 15): 'the 2011 uprising still shapes Egyptian politics', 'the
    president spoke of the 2019 protests': an event noun named by a year before the article's
    is a past event the news recalls, not news of the day (`long_past` reads such years only
    15 or more years back, and on verbs too). An event noun naming its own doer ('the 2019
    protests by farmers', 'Russia's 2022 invasion') is kept."""
    if tok.pos_ != "NOUN" or not article_date or not article_date[:4].isdigit():
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in tok.children):
        return False
    now = int(article_date[:4])
    return any(c.dep_ in ("nummod", "compound", "amod") and c.i < tok.i and
               (year := _year_of(c)) is not None and year < now for c in tok.children)

def prevented_act(tok: Token) -> bool:
    """Rule `prevented_act` (session 15): 'deployed troops to deter attacks by Belarusian
    forces', 'sent air defences to help fend off missile strikes', 'to protect the port against
    attacks': an event noun that is what is deterred, prevented or fended off (the object of
    prevention_verbs), or guarded against (the against-object of protection_verbs), is not
    told as happening. 'Repelled an attack' and 'foiled a plot' tell of one: not listed."""
    if tok.pos_ != "NOUN":
        return False
    words = false_sense_words()
    node = _clause_head(tok)
    if node.dep_ == "dobj":
        return node.head.lemma_.lower() in words.prevention_verbs
    if node.dep_ == "pobj" and node.head.lower_ == "against":
        verb = node.head.head
        return verb.lemma_.lower() in words.protection_verbs | words.prevention_verbs
    return False

def subject_aside(tok: Token, triggers: frozenset[int], article_date: str | None) -> bool:
    """Rule `subject_aside` (session 15): 'Russia, which invaded Ukraine in 2022, said it would
    expel two diplomats', 'Hungary, which has blocked EU aid for months, hosted the summit',
    'the general, who led the 2021 coup, met the ambassador': a relative clause set off by a
    comma on the subject of the sentence's event, told as earlier than the news (a perfect, an
    earlier year, 'last year'), is the wire's background on who acts, not a second report.
    'The man, who was arrested on Monday, was charged on Tuesday' (news of the week) and a
    clause with no event of the sentence over it are kept."""
    clause = tok if tok.pos_ == "VERB" else _verb_taking(tok)
    if clause is None or clause.dep_ != "relcl" or not any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ in ("which", "who", "whom")
            for c in clause.children):
        return False
    left = clause.left_edge.i
    if left == 0 or tok.doc[left - 1].text != ",":
        return False
    head = clause.head
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    main = head.head
    told = any(i == main.i or (main in tok.doc[i].ancestors and
                               clause not in tok.doc[i].ancestors and i != clause.i)
               for i in triggers if i != tok.i)
    return told and _earlier_marker(clause, article_date)

def described_target(tok: Token, triggers: frozenset[int]) -> bool:
    """Rule `described_target` (session 15): 'imposed sanctions on four settlers it accused of
    violence', 'carried out strikes on militants who had attacked an army post': a clause that
    describes the party a sanction or an attack is aimed at (a relative clause or a participle
    on the on/against object of the act's noun) tells who they are, background to the act, as
    `described_participant` reads a clause on an act's object. A clause with no act of the
    sentence over it is kept."""
    clause = tok if tok.pos_ == "VERB" else _verb_taking(tok)
    if clause is None or clause.dep_ not in ("relcl", "acl"):
        return False
    target = clause.head
    if target.dep_ != "pobj" or target.head.lower_ not in ("on", "against"):
        return False
    act = target.head.head
    if act.pos_ != "NOUN":
        return False
    if act.i in triggers:
        return True
    return act.dep_ in ("dobj", "nsubjpass") and act.head.i in triggers and \
        act.head.i != tok.i

def _verb_taking(noun: Token) -> Token | None:
    """The verb whose argument an event noun is, up through prepositions: 'the bill that
    sparked months of protests' -> 'sparked'."""
    if noun.pos_ != "NOUN":
        return None
    node = noun
    for _ in range(4):
        if node.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and node.head.pos_ == "VERB":
            return node.head
        if node.dep_ != "pobj":
            return None
        node = node.head.head
    return None


def _date_owner(poss: Token) -> bool:
    """Rule `dated_owner`: 'ahead of Sunday's general strike', 'after last year's coup': a
    possessive that is a date tells when the event is, not whose it is (evprec7)."""
    return poss.ent_type_ in ("DATE", "TIME") and enabled("dated_owner")


@functools.lru_cache(maxsize=1)
def _business_nouns() -> frozenset[str]:
    """The nouns our actor lexicons give the business sector (BUS): 'carmakers',
    'investors' (agent_groups.json), 'airline', 'retailer' (unnamed_actors.json)."""
    from newsweave.extract.actors import agent_groups, unnamed_actor_nouns

    organisations, _ = unnamed_actor_nouns()
    return frozenset(w.lower() for table in (agent_groups(), organisations)
                     for w, sector in table.items() if sector == "BUS")


def _force_targets(tok: Token) -> list[Token]:
    """What force is aimed at: a verb's object and its at/on/against objects, or a force
    noun's on/against/at objects ('an assault on budget routes')."""
    from newsweave.extract.event_syntax import object_of

    targets = []
    if tok.pos_ == "VERB":
        obj = object_of(tok)
        targets += [obj] if obj is not None else []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "against", "at"):
            targets += [p for p in c.children if p.dep_ == "pobj"]
    return targets


def business_doer(tok: Token, ctx: ActorContext) -> bool:
    """Rule `business_doer`: 'carmakers are invading the European market', 'the airline
    launched an assault on budget routes', 'activist investors targeted the board': force
    (abstract_target_types) done by a business, named by a noun our actor lexicons give the
    business sector, at nothing that names a party, is competition, not an attack. A
    company's guards, or force on a party ('the firm's trucks rammed protesters',
    'investors attacked the minister'), is not read so. Session 13 (evprec7)."""
    verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ == "dobj" and \
        tok.head.pos_ == "VERB" else None
    if verb is None:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or not all(s.pos_ == "NOUN" and (s.lower_ in _business_nouns() or
                                                    s.lemma_.lower() in _business_nouns())
                               for s in subjects):
        return False
    targets = _force_targets(tok)
    return bool(targets) and not any(names_a_party_strictly(t, ctx) or t.pos_ == "PRON"
                                     for t in targets)


def cause_anchor(tok: Token, triggers: frozenset[int]) -> bool:
    """Rule `cause_anchor`: 'froze its funding over the arrest of reporters', 'opened an
    inquiry into the general over the failed uprising': an event noun that another event of
    the sentence is done over (cause_preps) is its cause, told as background, not a second
    report, as `background_anchor` for the time an event is told against; an owner does not
    change that ('lodged a complaint over a lawmaker's trip to the island': the trip is what
    the complaint is about). A by-phrase or a party compound ('over police killings') keeps
    it (`_own_agent`, checked by the caller). Session 13 (evprec7)."""
    if tok.pos_ != "NOUN" or any((c.dep_ == "prep" and c.lower_ == "by")
                                 for c in tok.children):
        return False
    words = false_sense_words()
    node, steps = _clause_head(tok), 0
    while node.dep_ == "pobj" and node.head.lower_ == "of" and \
            node.head.head.lemma_.lower() in words.span_nouns and steps < 2:
        node, steps = node.head.head, steps + 1
    if node.dep_ != "pobj" or node.head.dep_ != "prep" or \
            node.head.lower_ not in words.cause_preps:
        return False
    host = node.head.head
    # 'opened an investigation into X over Y': the light verb's object is the event;
    # 'summoned the ambassador over Y': the parser may hang 'over' on the verb's object
    hosts = {host.i} | {c.i for c in host.children if c.dep_ == "dobj"}
    if host.dep_ == "dobj":
        hosts.add(host.head.i)
    return bool(hosts & triggers) and tok.i not in hosts


def background_anchor(tok: Token, triggers: frozenset[int],
                      ctx: ActorContext | None = None, etype: str | None = None) -> bool:
    """Rule `background_anchor`: 'recalled its ambassador after the riot', 'suspended the
    internet ahead of the rally', 'dropped the bill after two nights of protests': an event
    noun that only dates another event of the sentence (the object of a time preposition
    hung on that event's verb), with no owner or agent of its own, is the time it is told
    against, not a report. 'After Kenya's protests' and 'after the attack by gunmen' keep
    theirs."""
    if tok.pos_ != "NOUN" or any((c.dep_ == "poss" and not _date_owner(c)) or
                                 (c.dep_ == "prep" and c.lower_ == "by")
                                 for c in tok.children):
        return False
    if ctx is not None and etype in false_sense_words().speech_act_types and any(
            c.dep_ == "prep" and c.lower_ == "from" and names_a_party_strictly(p, ctx)
            for c in tok.children for p in c.children if p.dep_ == "pobj"):
        return False  # 'after a warning from the Turkish army': a speech act's own speaker
    words = false_sense_words()
    node, steps = _clause_head(tok), 0
    # 'after two nights of protests': up through the span noun
    while node.dep_ == "pobj" and node.head.lower_ == "of" and \
            node.head.head.lemma_.lower() in words.span_nouns and steps < 2:
        node, steps = node.head.head, steps + 1
    if node.dep_ != "pobj":
        return False
    prep = node.head
    if prep.lower_ == "of" and prep.head.lower_ in words.anchor_heads:
        prep = prep.head  # 'ahead of', 'in the wake of'
        if prep.dep_ == "pobj":
            prep = prep.head
    elif prep.lower_ not in words.anchor_preps:
        return False
    return prep.head.i in triggers and prep.head.i != tok.i


# ----------------------------------------------------------------------------- session 18
# evprec14: the senses judged wrong most often in a census of the events emitted on 236 real
# ECB+ articles (benchmarks/ecbplus_event_census.py; judged sample
# benchmarks/ecbplus_event_census_seed1414.jsonl)


def _session18_false_sense(cand: Candidate) -> str | None:
    """The rules of evprec14 (session 18), each switchable by its name, in their order."""
    tok, etype = cand.trigger, cand.sense.get("type")
    for name, types, test in _SESSION18_RULES:
        allowed = getattr(false_sense_words(), types) if isinstance(types, str) else types
        if (allowed is None or etype in allowed) and enabled(name) and test(tok):
            return name
    return None


def barring_condition(tok: Token) -> bool:
    """Rule `barring_condition` (session 18): 'barring a late collapse, he keeps his job',
    'should stay safe barring a heavy defeat to the Hawks': 'barring' with no subject of its
    own, hung on a clause as a preposition is, means 'unless': a condition, no ban. 'A law
    barring women from driving' and 'police barred protesters from the square' (a from-phrase,
    or a verb of its own) stay bans."""
    if tok.lower_ != "barring" or tok.dep_ not in ("prep", "xcomp", "advcl", "advmod"):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") or
                   (c.dep_ == "prep" and c.lower_ == "from") for c in tok.children)


def favored_description(tok: Token) -> bool:
    """Rule `favored_description` (session 18): 'a quiet retreat favored by actors', 'the
    resort, long favoured by royals': a participle of liking (favor, favour, prefer) hung on a
    noun describes that noun by whom it is liked, no act of support."""
    return tok.pos_ == "VERB" and tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod") and \
        tok.lemma_.lower() in false_sense_words().liking_verbs


def ensured_outcome(tok: Token) -> bool:
    """Rule `ensured_outcome` (session 18): 'the club assured that its best players would stay
    by signing them': 'assure that ...' with no one assured (no object, no dative) is 'make
    sure', no promise to a party (as `assurance_of_fact` for assurances of a fact). Only
    'assure' and 'ensure': 'Russia promised that it would withdraw' is a pledge."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in false_sense_words().make_sure_verbs:
        return False
    return any(c.dep_ == "ccomp" for c in tok.children) and not any(
        c.dep_ in ("dobj", "dative", "iobj") for c in tok.children)


def treatment_sought(tok: Token) -> bool:
    """Rule `treatment_sought` (session 18): 'the actress is seeking help at a treatment
    centre', 'he sought treatment for alcoholism': a person seeking help or care
    (care_nouns) from no one named (no from-phrase) is a patient, no request between
    parties ('sought help from its allies' stays; so does a state or a group seeking help)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "seek":
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in false_sense_words().care_nouns
               for c in tok.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
        return False
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(
        s.ent_type_ == "PERSON" or s.lower_ in ("he", "she", "i") or
        any(a.ent_type_ == "PERSON" and a.dep_ == "appos" for a in s.children)
        for s in subjects)


def _addressed(t: Token) -> bool:
    return t.lower_ in ("you", "yourself", "yourselves") or any(
        p.dep_ == "poss" and p.lower_ == "your" for p in t.children)


def politeness_formula(tok: Token) -> bool:
    """Rule `politeness_formula` (session 18): 'we appreciate your patience at this time', 'we
    thank you for respecting the family's privacy', 'I would appreciate it if you called
    first': thanks or appreciation (courtesy_verbs) addressed to the listener or the reader
    (an object or dative 'you', or one 'your' owns; or 'it' with an if-clause) is a courtesy
    formula, no support between parties ('Kyiv thanked Oslo for its help' stays)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in false_sense_words().courtesy_verbs:
        return False
    for c in tok.children:
        if c.dep_ not in ("dobj", "dative"):
            continue
        if _addressed(c):
            return True
        if c.lower_ == "it" and any(a.dep_ == "advcl" and any(m.lower_ == "if" for m in
                                                                a.children)
                                    for a in tok.children):
            return True
    return False


def _generic_doer(t: Token) -> bool:
    """A bare plural ('federal agencies', 'port authorities') or a singular with 'a', 'an',
    'any' or 'every' ('a state agency'): anyone of a kind, not a party."""
    if t.pos_ != "NOUN":
        return False
    dets = [c for c in t.children if c.dep_ in ("det", "poss", "nummod")]
    if not dets:
        return t.tag_ == "NNS"
    return len(dets) == 1 and dets[0].lower_ in ("a", "an", "any", "every")


def generic_obligation(tok: Token) -> bool:
    """Rule `generic_obligation` (session 18): 'for years ministries have had to consult
    independent ecologists', 'port authorities will have to consult fishing unions', 'there
    was no need for a state agency to consult the coast guard', 'agencies must consult': an
    act a generic doer (a bare plural, or 'a', 'any', 'every' one of a kind) has to, must or
    need not do, in the present, the perfect or the future, is a rule in force, not an act
    (as `norm_clause` for 'a requirement that ...'). The past 'troops had to retreat' tells
    what happened and stays; so do the types of obligation_types' complement (force)."""
    if tok.pos_ != "VERB":
        return False
    head = tok.head
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if tok.dep_ == "xcomp" and head.lemma_.lower() == "have" and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        if head.tag_ == "VBD":  # 'had to': told as done, unless the perfect 'have had to'
            return False
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
    elif tok.dep_ in ("advcl", "acl") and head.lemma_.lower() == "need" and \
            head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no"
                                        for c in head.children):
        pass  # 'no need for a state agency to consult': its own subject
    elif not any(c.dep_ == "aux" and c.lower_ == "must" for c in tok.children):
        return False
    return bool(subjects) and all(_generic_doer(s) for s in subjects)


def own_circle_talk(tok: Token) -> bool:
    """Rule `own_circle_talk` (session 18): 'he had not talked to his father yet', 'she talked
    with her lawyers', 'he spoke to his staff': a talk whose other side is the speaker's own
    family, friends or staff (own_circle_nouns, owned by a pronoun) is a private talk, no
    consultation between parties ('talked with his French counterpart' stays). A meeting
    ('planned to meet her boyfriend') stays: the article sets code it."""
    if tok.lemma_.lower() not in ("talk", "speak", "chat"):
        return False  # a meeting arranged with them ('planned to meet her boyfriend') stays
    circle = false_sense_words().own_circle_nouns
    others = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    others += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
               for p in c.children if p.dep_ == "pobj"]
    return bool(others) and all(
        (o.lower_ in circle or o.lemma_.lower() in circle) and
        any(p.dep_ == "poss" and p.pos_ == "PRON" for p in o.children) for o in others)


def vehicle_strike(tok: Token) -> bool:
    """Rule `vehicle_strike` (session 18): 'a cyclist was struck by a delivery van', 'the
    pedestrian was hit by a drunk driver', 'a truck struck two children at a crossing': harm
    whose doer is a vehicle or its driver (vehicle_words: the subject, or the agent of a
    passive) is a road accident, no attack between parties; so is the death a when-clause
    tells that way ('was killed when she was struck by a car'). A car driven into a crowd on
    purpose is told with 'ram', 'plough' or 'drive into' (not these verbs), and 'struck by a
    car bomb' has a bomb for its head."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in false_sense_words().vehicle_harm_verbs:
        return False
    if any(c.dep_ == "advcl" and c.pos_ == "VERB" and vehicle_strike(c) for c in tok.children):
        return True  # 'was killed when she was struck by a car'
    vehicles = false_sense_words().vehicle_words
    doers = [c for c in tok.children if c.dep_ == "nsubj"]
    doers += [p for c in tok.children if c.dep_ == "agent" for p in c.children
              if p.dep_ == "pobj"]
    if tok.dep_ == "relcl" and enabled("vehicle_relative"):
        # rule `vehicle_relative` (evargs15): 'the hit-and-run driver who killed a woman':
        # the relative pronoun stands for the noun its clause hangs on
        doers = [tok.head if d.lower_ in ("who", "that", "which") else d for d in doers]
    return bool(doers) and all(d.lower_ in vehicles or d.lemma_.lower() in vehicles
                               for d in doers)


# session 18's rules as one ordered table: (rule name, the event types it looks at -- a set, the
# name of a FalseSenseWords field holding them, or None for any type -- and its test)
_SESSION18_RULES: tuple[tuple[str, frozenset[str] | str | None, Callable[[Token], bool]], ...] = (
    ("politeness_formula", frozenset({"SUPPORT"}), politeness_formula),
    ("generic_obligation", "obligation_types", generic_obligation),
    ("own_circle_talk", frozenset({"CONSULT"}), own_circle_talk),
    ("vehicle_strike", frozenset({"ASSAULT"}), vehicle_strike),
    ("barring_condition", None, barring_condition),
    ("favored_description", frozenset({"SUPPORT"}), favored_description),
    ("ensured_outcome", frozenset({"AGREE"}), ensured_outcome),
    ("treatment_sought", frozenset({"REQUEST"}), treatment_sought),
)


def _session23_false_sense(cand: Candidate) -> str | None:
    """The session-23 rules (evprec23, issue 11, from the judged sample of seed 2323), each
    switchable by its name."""
    etype = cand.sense.get("type")
    return _first_rule(cand.trigger, (
        ("spoke_to_press", spoke_to_press, etype == "CONSULT"),
        ("comment_participle", comment_participle, True),
        ("charge_list", charge_list, etype not in ("ACCUSE", "SANCTION")),
        ("cancelled_event", cancelled_event, cand.trigger.pos_ == "NOUN"),
        ("hoped_outcome", hoped_outcome, True),
        ("open_future_question", open_future_question, True),
        ("directed_act", directed_act, True),
    ))


def spoke_to_press(tok: Token) -> bool:
    """Rule `spoke_to_press` (session 23): 'residents who spoke to reporters by phone said ...',
    'he talked to journalists after the vote': talking to the press (press_nouns, as the
    to- or with-party of a verb of talk) is how the story was gathered, no consultation
    between parties (as `press_briefing` for a meeting or briefing with the press)."""
    words = false_sense_words()
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in words.press_talk_verbs:
        return False
    others = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
              for p in c.children if p.dep_ == "pobj"]
    others += [c for c in tok.children if c.dep_ == "dative"]
    return bool(others) and all(o.lower_ in words.press_nouns for o in others)


_BE_FORMS = frozenset({"be", "'s", "is", "was", "'re", "are", "were"})


def comment_participle(tok: Token) -> bool:
    """Rule `comment_participle` (session 23): "It's striking that tensions are rising", 'it
    was threatening that nobody answered': an -ing word after 'it is' with a that-clause is
    an adjective of comment on the clause (the parser reads it as a progressive verb), no
    strike and no threat ('it is threatening to pull out': an infinitive, stays)."""
    if tok.tag_ != "VBG" or not any(
            c.dep_ in ("aux", "cop") and (c.lemma_.lower() == "be" or
                                          c.lower_.replace("\u2019", "'") in _BE_FORMS)
            for c in tok.children):
        return False  # (the curly "It\u2019s" keeps its own lemma)
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in tok.children):
        return False
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if after is not None and after.lower_ == "that" and after.head.i == tok.i:
        return True  # the parser may take 'that' for an object and the clause for another
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that"
                                         for m in c.children) for c in tok.children)


# the prepositions that open a list of charges after a charge word ('charges of', 'charged
# with', 'arrested for'); 'arrested on the day of ...' opens none
_CHARGE_LIST_OPENERS = frozenset({"of", "with", "for"})


def charge_list(tok: Token) -> bool:
    """Rule `charge_list` (session 23): 'faces three counts, among them burglary,
    receiving stolen goods and starting a brawl': a crime noun that ends a
    list of charges names a charge, as `crime_named_in_charge` has it, even where the parser
    hangs the list's last items on another word. Only nouns, adjectives (and participles
    used as ones: 'stolen goods'), numbers, gerunds, commas, 'and'/'or' and the
    prepositions of charges (charge_list_preps) may stand between the charge word
    ('charges', 'counts', 'convicted': charge_heads) with its preposition and the noun; a
    finite verb or another preposition ('arrested for looting during the riots') ends the
    list. A noun with an owner or an of/against phrase of its own names its victim and
    stays."""
    words = false_sense_words()
    if tok.pos_ != "NOUN" or any(c.dep_ == "poss" or (c.dep_ == "prep" and
                                                      c.lower_ in ("of", "against", "on"))
                                 for c in tok.children):
        return False
    doc, start = tok.doc, tok.sent.start
    for i in range(tok.i - 1, max(start, tok.i - 15) - 1, -1):
        t = doc[i]
        if i > start and t.lower_ in _CHARGE_LIST_OPENERS and (
                doc[i - 1].lemma_.lower() in words.charge_heads or
                doc[i - 1].lower_ in words.charge_heads):
            # what crime_named_in_charge finds is its own (switching it off restores it)
            return not crime_named_in_charge(tok)
        if t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "DET", "CCONJ") or \
                (t.pos_ == "VERB" and t.tag_ == "VBG") or t.dep_ == "amod" or \
                (t.pos_ == "PUNCT" and t.text == ",") or \
                (t.pos_ == "ADP" and t.lower_ in words.charge_list_preps):
            continue
        return False
    return False


def _cancelled(verb: Token) -> bool:
    """'cancelled', 'scrapped', 'called off' (cancel_verbs; 'call' only with 'off')."""
    lemma = verb.lemma_.lower()
    if lemma not in false_sense_words().cancel_verbs:
        return False
    return lemma != "call" or any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def cancelled_event(noun: Token) -> bool:
    """Rule `cancelled_event` (session 23): 'unable to reschedule a meeting between the two
    presidents that was canceled because of protests', 'the summit, which was called off':
    an event noun a relative clause (or a participle) says was cancelled did not take place.
    The parser often hangs the clause on the last noun of the event's own phrase ('between
    the presidents ... that was canceled'), so a relative clause anywhere in the noun's
    phrase counts, if no verb stands between."""
    if noun.pos_ != "NOUN":
        return False
    for t in noun.subtree:
        if t.pos_ != "VERB" or not _cancelled(t):
            continue
        relative = t.dep_ == "relcl" and any(
            c.dep_ in ("nsubjpass", "nsubj") and c.lower_ in _RELATIVE for c in t.children)
        participle = t.dep_ == "acl" and t.tag_ == "VBN"
        if not (relative or participle):
            continue
        node = t.head
        while node.i != noun.i and node.pos_ != "VERB":
            node = node.head
        if node.i == noun.i:
            return True
    return False


def _modal_future(verb: Token, modals: frozenset[str]) -> bool:
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in modals
                                                for c in verb.children)


# the links an event may hang on its clause by, up to the clause a hope or a question takes
_OUTCOME_LINKS = frozenset({"pobj", "prep", "pcomp", "dobj", "relcl", "xcomp", "conj",
                            "acl", "advcl"})


def hoped_outcome(tok: Token) -> bool:
    """Rule `hoped_outcome` (session 23): 'the envoy hoped the ceasefire would lead to formal
    negotiations', '"our aim is conditions that will spark more strikes"': an event that is
    only the outcome of something hoped or wished for (a clause with 'will', 'would', 'could'
    under a verb of hope or wish: outcome_wish_words, reached through objects, prepositions
    and relative clauses) is hoped for, as `hoped_for` has the hoped clause's own subject and
    object; one's own plain wish ('wants to attack') has no such clause and stays a plan."""
    words = false_sense_words()
    node, modal = tok, False
    for _ in range(7):
        modal = modal or _modal_future(node, words.outcome_modals)
        if node.dep_ == "ROOT" or node.head.i == node.i:
            return False
        parent = node.head
        if modal and node.dep_ in ("ccomp", "xcomp") and (
                parent.lemma_.lower() in words.outcome_wish_words or
                parent.lower_ in words.outcome_wish_words):
            # the hoped clause's own verb, subject or object is hoped_for's
            return node.i != tok.i and not (
                tok.head.i == node.i and tok.dep_ in ("nsubj", "nsubjpass", "dobj"))
        if node.dep_ not in _OUTCOME_LINKS or (node.dep_ == "relcl" and not modal):
            # (a relative clause with no modal of its own is the writer's aside on a party
            # of the hoped clause: 'talks with the Taliban, who have long refused to ...')
            return False
        node = parent
    return False


def open_future_question(tok: Token) -> bool:
    """Rule `open_future_question` (session 23): 'nobody yet knows whether Beijing will start
    arming the border guards', 'it is unclear whether Ankara will send troops': a
    whether-clause about what someone will or would do asks about the future, however it is
    framed ('not clear whether', which `open_question` leaves to modality as unconfirmed for
    a past act: 'unclear whether the army fired'); no event is told. Only where
    `open_question` leaves the event to modality (framed as unconfirmed), so the two never
    overlap. Session 24: also the second choice of the question, a verb coordinated with the
    one 'whether' marks ('unclear whether Lisbon will stay neutral or decide to send troops',
    '... or continue to hedge by seeking a pact with X'), which asks as much (through
    `question_conj_steps` more steps)."""
    from newsweave.extract.modality import unconfirmed_before

    words = false_sense_words()
    if not unconfirmed_before(tok):
        return False
    node = tok
    conj_ok = enabled("question_conj_steps")
    for _ in range(6 if conj_ok else 4):
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ == "whether"
                                                for c in node.children):
            return _modal_future(node, words.question_future_aux)
        if node.dep_ == "conj" and conj_ok and node.pos_ in ("VERB", "AUX") and \
                node.head.pos_ in ("VERB", "AUX"):
            node = node.head
            continue
        if node.dep_ not in ("pobj", "prep", "pcomp", "dobj", "xcomp") or \
                node.head.i == node.i:
            return False
        node = node.head
    return False


def directed_act(tok: Token) -> bool:
    """Rule `directed_act` (session 23): 'suspected of having directed Lopez to kill their
    rivals', 'instructed the guards to search every car': the act someone is directed,
    instructed or told to do (the infinitive of a verb of directing, directing_verbs, with
    the one directed as its object) is only asked for, and not by the one who directs, who
    would otherwise be read as its doer. An order to troops or agents ('ordered the army to
    send reinforcements') is not listed: the article sets code it as the leader's act."""
    if tok.pos_ != "VERB" or tok.dep_ != "xcomp" or not to_infinitive(tok):
        return False
    head = tok.head
    return head.lemma_.lower() in false_sense_words().directing_verbs and \
        any(c.dep_ == "dobj" for c in head.children)


def _session24_false_sense(cand: Candidate) -> str | None:
    """The session-24 rules (evprec24, from the judged sample of seed 2424 on real news), each
    switchable by its name."""
    etype = cand.sense.get("type")
    words = false_sense_words()
    return _first_rule(cand.trigger, (
        ("escaped_act", escaped_act, etype in words.escaped_act_types),
        ("empowered_act", empowered_act, True),
        ("unilateral_instrument", unilateral_instrument, etype == "AGREE"),
        ("licensed_by_norm", licensed_by_norm, True),
    ))


def escaped_act(tok: Token) -> bool:
    """Rule `escaped_act` (session 24): 'boarded a ferry at dawn, dodging arrest', 'the
    suspect evaded capture for a week': an event noun that is the object of a verb of
    escaping (escape_verbs) did not happen to the one who escaped. Only the types of
    escaped_act_types (arrests, captures, prosecutions): an attack escaped or a sanction
    evaded was still made."""
    if tok.pos_ != "NOUN":
        return False
    node = tok.head if tok.dep_ == "conj" else tok
    return node.dep_ == "dobj" and \
        node.head.lemma_.lower() in false_sense_words().escape_verbs


def _power_infinitive(verb: Token) -> bool:
    """`verb` is the to-infinitive of a word of power ('is entitled to negotiate',
    'authorized the navy to board')."""
    node = verb.head if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") else verb
    if node.dep_ not in ("xcomp", "advcl", "acl") or not to_infinitive(node):
        return False
    head = node.head
    words = false_sense_words().power_words
    return head.lemma_.lower() in words or head.lower_ in words


def empowered_act(tok: Token) -> bool:
    """Rule `empowered_act` (session 24): 'only the defence minister is entitled to negotiate a
    truce', 'parliament authorized the navy to board the ships': an act (a verb, or
    the event noun it takes as object) that someone is empowered, entitled or authorized to do
    (the to-infinitive of power_words) is a power granted, not an act told as done. What one
    is allowed or ordered to do is not listed (an order is coded as the leader's act)."""
    verb = _act_verb(tok)
    return verb is not None and _power_infinitive(verb)


def unilateral_instrument(tok: Token) -> bool:
    """Rule `unilateral_instrument` (session 24): 'the president signed a memorandum on Friday
    that halts exports': a memorandum (unilateral_instruments) signed or issued by one party
    with no other named is an order of its own, no agreement (the verb and the noun alike).
    A memorandum of understanding (an of-phrase of its own), one signed with, between or among
    parties (instrument_party_preps on the verb or anywhere in the memorandum's phrase), a
    joint or bilateral one (instrument_party_words) and one signed by several (a plural or
    coordinated subject) stay agreements."""
    words = false_sense_words()
    if tok.pos_ == "NOUN" and tok.lower_ in words.unilateral_instruments:
        obj, verb = tok, tok.head
        if tok.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
            return False
    elif tok.pos_ == "VERB":
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
                   and c.lower_ in words.unilateral_instruments]
        if not objects:
            return False
        obj, verb = objects[0], tok
    else:
        return False
    if any(c.dep_ == "prep" and c.lower_ in words.instrument_party_preps
           for c in verb.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children) or any(
            t.dep_ == "prep" and t.lower_ in words.instrument_party_preps - {"of"}
            for t in obj.subtree):
        return False
    if any(c.lower_ in words.instrument_party_words for c in obj.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    subj = subjects[0]
    return subj.tag_ in ("NN", "NNP") and not any(c.dep_ == "conj" for c in subj.children)


def _act_verb(tok: Token) -> Token | None:
    """The verb an event word is: itself, or the verb whose object it is ('make arrests')."""
    if tok.pos_ in ("VERB", "AUX"):
        return tok
    if tok.pos_ != "NOUN":
        return None
    node = tok.head if tok.dep_ == "conj" else tok
    if node.dep_ == "dobj":
        return node.head
    if node.dep_ == "pobj" and node.head.dep_ == "prep":
        return node.head.head
    return None


def licensed_by_norm(tok: Token) -> bool:
    """Rule `licensed_by_norm` (session 24): 'the new statute allows wardens to search homes
    without a warrant', 'a clause that would permit the minister to expel reporters': an act
    that a legal text (norm_documents, norm_nouns) allows, permits, requires or authorizes
    someone to do (the to-infinitive of a licensing verb whose subject is the text, or which
    a relative clause hangs on the text) is what the text provides for, not an act told as
    done (`norm_clause` has 'a law requiring agencies to consult')."""
    verb = _act_verb(tok)
    if verb is None:
        return False
    node = verb.head if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") else verb
    if node.dep_ not in ("xcomp", "ccomp") or not to_infinitive(node):
        return False
    licence = node.head
    if licence.lemma_.lower() not in _LICENSING_VERBS:
        return False
    words = false_sense_words()
    texts = words.norm_documents | words.norm_nouns
    if any(c.dep_ == "nsubj" and c.lower_ in texts for c in licence.children):
        return True
    return licence.dep_ in ("relcl", "acl") and licence.head.lower_ in texts


# ----------------------------------------------------------------------------- session 27


def _session27_false_sense(cand: Candidate, ctx: ActorContext) -> str | None:
    """The session-27 rules (evprec27, from the judged sample of seed 2727 on real political
    news and wire copy), each switchable by its name."""
    etype = cand.sense.get("type")
    tok = cand.trigger
    if etype == "ASSAULT" and tok.pos_ == "VERB" and enabled("retort_back") and \
            retort_back(tok):
        return "retort_back"
    if etype == "PROTEST" and tok.pos_ == "NOUN" and enabled("own_campaign_rally") and \
            own_campaign_rally(tok, ctx):
        return "own_campaign_rally"
    return None


def retort_back(verb: Token) -> bool:
    """Rule `retort_back` (session 27): 'the mayor shot back that her rival had lied', 'she
    fired back: ...': a verb of force (retort_verbs) with the particle 'back' and a clause
    of what is said, and no object, is a verbal reply, not an attack. 'The guards fired back
    at the gunmen' (no said clause) and 'shot back two men' (an object) stay."""
    words = false_sense_words()
    if verb.lemma_.lower() not in words.retort_verbs:
        return False
    if not any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children):
        return False
    said = [c.i for c in verb.children if c.dep_ == "ccomp"]
    # an object the parser hung on the verb from a later conjunct ('shot back that ..., and
    # called him a phony') comes after the said clause: only one before it is the verb's own
    end = min(said) if said else len(verb.doc)
    if any(c.dep_ in ("dobj", "dative") and c.i < end for c in verb.children):
        return False
    return bool(said) or any(
        t.text == ":" for t in verb.doc[verb.i + 1:min(verb.i + 4, len(verb.doc))])


def traded_goods_target(verb: Token) -> bool:
    """Rule `traded_goods_target` (session 27): 'did not say which European goods would be
    targeted', 'the measures target American farm exports': force whose object (or passive
    subject) is goods traded (traded_goods_nouns) is a trade measure against their maker's
    state, a SANCTION, never an attack (the candidate's type changes; its rule says so).
    'Drones targeted a convoy carrying goods' keeps its attack (the convoy is hit)."""
    goods = false_sense_words().traded_goods_nouns
    things = [c for c in verb.children if c.dep_ == "nsubjpass"] or \
        [t for t in (_thing_of_verb(verb),) if t is not None]
    return bool(things) and all(t.lemma_.lower() in goods or t.lower_ in goods for t in things)


def own_campaign_rally(noun: Token, ctx: ActorContext) -> bool:
    """Rule `own_campaign_rally` (session 27): 'the governor ended the rally by thanking
    volunteers', 'the senator's rally in Dayton drew thousands': a rally that a politician
    (a party of a state or party sector, campaign_sectors) holds, opens, ends or addresses
    (rally_host_verbs), or that is his by a possessive, is his own campaign event, not a
    protest. A rally against something (protest_preps: 'led a rally against the new tax')
    stays a protest, as does one held by unions, students or an opposition leader."""
    from newsweave.extract.actors import resolve_np

    words = false_sense_words()
    if noun.lemma_.lower() not in words.campaign_event_nouns:
        return False
    if any(c.dep_ == "prep" and c.lower_ in words.protest_preps for c in noun.children):
        return False
    hosts = [c for c in noun.children if c.dep_ == "poss"]
    node = noun.head if noun.dep_ == "conj" else noun
    if node.dep_ in ("dobj", "nsubjpass") and node.head.pos_ in ("VERB", "AUX") and \
            node.head.lemma_.lower() in words.rally_host_verbs:
        verb = node.head
        if any(c.dep_ == "prep" and c.lower_ in words.protest_preps for c in verb.children):
            return False
        hosts.extend(c for c in verb.children if c.dep_ in ("nsubj", "agent"))
        hosts.extend(p for c in verb.children if c.dep_ == "agent"
                     for p in c.children if p.dep_ == "pobj")
    found = [a for h in hosts if h.dep_ != "agent" for a in resolve_np(h, ctx)]
    return bool(found) and all((a.sector or "").lower() in words.campaign_sectors
                                  for a in found)


# ----------------------------------------------------------------------------- session 28


def _session28_false_sense(cand: Candidate, ctx: ActorContext) -> str | None:
    """The session-28 rules (evprec28, from the judged samples of seeds 2727 and 2728 on real
    political news and wire copy), each switchable by its name."""
    etype = cand.sense.get("type")
    tok = cand.trigger
    checks: tuple[tuple[str, Callable[[Token], bool], bool], ...] = (
        ("struck_manner", struck_manner, etype == "ASSAULT" and tok.pos_ == "VERB"),
        ("met_gerund_target", met_gerund_target, etype == "CONSULT"),
        ("court_reversal", lambda t: court_reversal(t, ctx),
         etype == "CONCEDE" and tok.pos_ == "VERB"),
        ("noncommittal_decline", noncommittal_decline, etype == "REJECT" and tok.pos_ == "VERB"),
        ("noncommittal_decline", lambda t: noncommittal_decline(t.head),
         tok.dep_ == "xcomp" and tok.head.lemma_.lower() in false_sense_words().refusal_verbs),
        ("rally_as_venue", rally_as_venue, etype == "PROTEST" and tok.pos_ == "NOUN"),
        ("conditional_practice", conditional_practice, True),
    )
    return _first_rule(tok, checks)


def struck_manner(verb: Token) -> bool:
    """Rule `struck_manner` (session 28): 'the minister struck a conciliatory tone', 'struck a
    defiant note', 'struck a balance': striking a tone, a note or a pose (manner_nouns) is a
    way of speaking, no attack. 'Struck a convoy', 'struck the town' stay."""
    obj = _thing_of_verb(verb)
    return obj is not None and obj.lemma_.lower() in false_sense_words().manner_nouns


def met_gerund_target(tok: Token) -> bool:
    """Rule `met_gerund_target` (session 28): 'paid only if the firm meets hiring targets',
    'met its recruiting goals': a standard the parser hangs on a gerund after 'meet' ('meets
    hiring -> targets') is still a standard met (as `met_standard`), no meeting. 'Met
    visiting envoys' stays (the gerund's noun is no standard)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "meet":
        return False
    standards = false_sense_words().met_standards
    return any(c.dep_ in ("xcomp", "dobj", "ccomp") and c.tag_ == "VBG" and any(
        o.dep_ == "dobj" and o.lemma_.lower() in standards for o in c.children)
        for c in tok.children)


def _doers(verb: Token) -> list[Token]:
    """The active subject of the verb, or the 'by' agent of its passive; a conjoined verb
    with none shares its head's subject ('had been skeptical and could reverse ...')."""
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "agent")
                                          for c in verb.children):
        verb = verb.head
    found = [c for c in verb.children if c.dep_ == "nsubj"]
    found.extend(p for c in verb.children if c.dep_ == "agent"
                 for p in c.children if p.dep_ == "pobj")
    return found


def court_reversal(verb: Token, ctx: ActorContext) -> bool:
    """Rule `court_reversal` (session 28): 'the appeals court could reverse the decision',
    'the ruling was reversed by the circuit': a court (court_nouns, or an actor of the JUD
    sector) undoing a decision reviews it, it concedes nothing to a party. 'The government
    reversed its decision to close the border' stays a concession."""
    from newsweave.extract.actors import resolve_np

    words = false_sense_words()
    if verb.lemma_.lower() not in words.reversal_verbs:
        return False  # 'the electoral tribunal accepted the demand for a recount' concedes
    courts = words.court_nouns
    doers = _doers(verb)
    if not doers:
        return False
    for doer in doers:
        named = {doer.lemma_.lower(), doer.lower_} | {
            c.lower_ for c in doer.children if c.dep_ == "compound"}
        if named & courts:
            continue
        found = resolve_np(doer, ctx)
        if not found or any((a.sector or "") != "JUD" for a in found):
            return False
    return True


def noncommittal_decline(verb: Token) -> bool:
    """Rule `noncommittal_decline` (session 28): 'declined to take sides', 'refused to endorse
    either candidate': declining to pick a side (side_taking_phrases), or to back any one of
    an open choice (side_taking_verbs with an open_choice_words object), is staying neutral,
    no rejection, nor is the backing it declines (a negated SUPPORT) told. 'Declined to
    endorse the mayor' and 'refused to accept any deal' stay."""
    words = false_sense_words()
    if verb.lemma_.lower() not in words.refusal_verbs:
        return False
    for comp in verb.children:
        if comp.dep_ != "xcomp" or comp.pos_ != "VERB":
            continue
        lemma = comp.lemma_.lower()
        for obj in (c for c in comp.children if c.dep_ in ("dobj", "prep")):
            if obj.dep_ == "prep":
                if f"{lemma} {obj.lower_}" in words.side_taking_phrases:
                    return True
                continue
            if f"{lemma} {obj.lemma_.lower()}" in words.side_taking_phrases:
                return True
            if lemma in words.side_taking_verbs and (
                    obj.lower_ in words.open_choice_words or any(
                        d.dep_ in ("det", "amod", "predet") and d.lower_ in words.open_choice_words
                        for d in obj.children)):
                return True
    return False


def rally_as_venue(noun: Token) -> bool:
    """Rule `rally_as_venue` (session 28): 'the tour began with rallies in three states', 'a
    chant that began at rallies in the spring': a rally (campaign_event_nouns) named only as
    where or with what something happens (venue_preps), with no owner and nothing it is
    against (protest_preps), is a campaign event, no protest. 'Rallies against the war drew
    thousands', 'police broke up the rally' and 'clashes broke out at rallies' (force met
    them) stay."""
    words = false_sense_words()
    if noun.lemma_.lower() not in words.campaign_event_nouns:
        return False
    node = noun.head if noun.dep_ == "conj" else noun
    if node.dep_ != "pobj" or node.head.lower_ not in words.venue_preps:
        return False
    if any(c.dep_ in ("poss", "compound") for c in noun.children):
        return False
    if _force_told_at(node.head.head):
        return False  # "clashes broke out at rallies in Caracas": force met the rallies
    return not any(c.dep_ == "prep" and c.lower_ in words.protest_preps for c in noun.children)


# the types of force whose report keeps a rally it happened at a protest (rally_as_venue)
_FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})


def _force_told_at(head: Token) -> bool:
    """Whether the word a rally's venue phrase hangs on, or its subject, is a word of force
    or coercion in the event lexicon ('clashes broke out at rallies', 'police arrested
    dozens at rallies')."""
    from newsweave.extract.event_lexicon import lexicon

    lex = lexicon()
    words = [head, *(c for c in head.children if c.dep_ in ("nsubj", "nsubjpass"))]
    for w in words:
        table = lex["verbs"] if w.pos_ in ("VERB", "AUX") else lex["nouns"]
        senses = table.get(w.lemma_.lower()) or table.get(w.lower_) or []
        if any(sense.get("type") in _FORCE_TYPES for sense in senses):
            return True
    return False


def conditional_practice(tok: Token) -> bool:
    """Rule `conditional_practice` (session 28): 'prosecutors have brought charges only when a
    victim complained', 'police arrest drivers only if they refuse a test': an act of a
    generic doer (a bare plural subject) in the present or a perfect, done only on a
    condition (practice_limiters + practice_marks), is a practice, not an event. 'The army
    fired only when it was attacked' (a past act) and 'the police have arrested two men'
    (no condition) stay."""
    words = false_sense_words()
    verb = _clause_verb(tok)
    if verb is None:
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    if not (perfect or _present_simple(verb)):
        return False
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj or subj[0].tag_ != "NNS" or any(
            c.dep_ in ("det", "poss", "nummod") for c in subj[0].children):
        return False
    for cond in verb.children:
        if cond.dep_ != "advcl":
            continue
        marks = [c for c in cond.children if c.dep_ in ("mark", "advmod") and
                 c.lower_ in words.practice_marks]
        # 'only' hangs on the clause or on its 'when'
        if any(c.dep_ == "advmod" and c.lower_ in words.practice_limiters and c.i < m.i
               for m in marks for c in (*cond.children, *m.children)):
            return True
    return False


def future_office_holder(subj: Token) -> bool:
    """Rule `future_holder_duty` (session 28, read by extract.events' obligation events): 'the
    caucus argued that the next governor should fill the seat': what a holder of an office
    yet to be filled (future_holder_modifiers) should do asks no party of today. 'The
    governor should fill the seat' stays a request."""
    mods = false_sense_words().future_holder_modifiers
    return any(c.dep_ in ("amod", "compound") and c.lower_ in mods for c in subj.children)


# ----------------------------------------------------------------------------- session 28b


def _session28b_false_sense(cand: Candidate, ctx: ActorContext) -> str | None:
    """The rules of evprec28b (session 28, from the judged sample of seed 2828 on real
    political news and wire copy), each switchable by its name."""
    etype = cand.sense.get("type")
    tok = cand.trigger
    verb = tok.pos_ == "VERB"
    checks: tuple[tuple[str, Callable[[Token], bool], bool], ...] = (
        ("policy_stance", lambda t: policy_stance(t, ctx), etype == "SUPPORT" and verb),
        ("approval_rating", lambda t: approval_rating(t, ctx),
         etype == "SUPPORT" and tok.pos_ == "NOUN"),
        ("recognized_norm", lambda t: recognized_norm(t, ctx), etype == "SUPPORT" and verb),
        ("regarded_accord", regarded_accord, etype == "AGREE" and tok.pos_ == "NOUN"),
        ("litigation_vow", litigation_vow, etype == "AGREE" and verb),
        ("embezzled_funds", embezzled_funds, etype == "ASSAULT" and verb),
        ("past_routine", past_routine, True),
        ("never_practice", never_practice, True),
    )
    return _first_rule(tok, checks)


def _named_party_in(phrase: Token, ctx: ActorContext) -> bool:
    """Whether a noun phrase names a party below its head: an owner ('the governor's plan',
    'their proposal'), or a name, or a noun the resolver finds, in a compound or a
    prepositional object ('the plan put forward by Angola'); a bare pronoun object of a
    preposition ('for everyone') names no one."""
    for t in phrase.subtree:
        if t.i == phrase.i:
            continue
        if t.dep_ == "poss" and names_a_party_strictly(t, ctx):
            return True
        if t.dep_ in ("pobj", "compound", "nmod", "appos") and t.pos_ != "PRON" and \
                names_a_party_strictly(t, ctx):
            return True
    return False


def policy_stance(verb: Token, ctx: ActorContext) -> bool:
    """Rule `policy_stance` (session 28, evprec28b): 'the senator said he supported tighter
    disclosure rules', 'she backed the pay rise but not the borrowing': supporting or backing
    (policy_backing_verbs) a policy, a measure or a sum (policy_objects, every conjunct) with
    no party named in the object (no owner, no name: `_named_party_in`) is a stance, no event
    between parties (the dev golds leave preferences and stances uncoded). 'Backed the
    governor's plan' (the governor), 'backed the plan' (whose owner an earlier sentence may
    name) and 'supported the candidate' (a person) stay."""
    words = false_sense_words()
    if verb.lemma_.lower() not in words.policy_backing_verbs:
        return False
    obj = _thing_of_verb(verb)
    if obj is None:
        return False
    for o in (obj, *obj.conjuncts):
        if o.pos_ != "NOUN" or not ({o.lemma_.lower(), o.lower_} & words.policy_objects) or \
                _named_party_in(o, ctx):
            return False
    return True


def approval_rating(noun: Token, ctx: ActorContext) -> bool:
    """Rule `approval_rating` (session 28, evprec28b): 'the mayor's approval among young voters
    dropped to a third', 'support for the plan has slipped': approval or support
    (rating_nouns) measured among a public (poll_preps) or told as a level that falls or rises
    (the subject of level_verbs, with no party it is for and no state owning it) is a
    rating, no act of support. 'The council gave its approval', 'won the support of the
    unions' and 'Russian support for the rebels grew' stay."""
    words = false_sense_words()
    if noun.lemma_.lower() not in words.rating_nouns or noun.dep_ == "dobj":
        return False
    if any(c.dep_ == "prep" and c.lower_ in words.poll_preps for c in noun.children):
        return True
    if noun.dep_ not in ("nsubj", "nsubjpass") or \
            noun.head.lemma_.lower() not in words.level_verbs:
        return False
    # 'Russian support for the rebels grew': a state's backing of a party, no rating
    return not any(c.dep_ in ("amod", "compound") and c.ent_type_ in PARTY_ENTITIES
                   for c in noun.children) and not any(
        c.dep_ == "prep" and c.lower_ == "for" and any(
            p.dep_ == "pobj" and names_a_party_strictly(p, ctx) for p in c.children)
        for c in noun.children)


def recognized_norm(verb: Token, ctx: ActorContext) -> bool:
    """Rule `recognized_norm` (session 28, evprec28b): 'got wording recognizing the right of
    members to shield their growers', 'acknowledged the need for reform': recognizing a right,
    a principle or a need (recognized_norm_nouns) that no named party owns is what a text or
    a speaker holds, no act of support. 'Recognized the new government' and 'recognized
    Kosovo's right to ...' (a party owns it) stay."""
    words = false_sense_words()
    if verb.lemma_.lower() not in words.recognition_verbs:
        return False
    obj = _thing_of_verb(verb)
    if obj is None or obj.lemma_.lower() not in words.recognized_norm_nouns:
        return False
    for c in obj.children:
        if c.dep_ == "poss" and names_a_party_strictly(c, ctx):
            return False
        if c.dep_ == "prep" and c.lower_ == "of" and any(
                p.dep_ == "pobj" and (p.ent_type_ in PARTY_ENTITIES or p.pos_ == "PROPN")
                for p in c.children):
            return False
    return True


def regarded_accord(noun: Token) -> bool:
    """Rule `regarded_accord` (session 28, evprec28b): 'members regarded the accord as
    outdated', 'the delegates called the pact a failure': an agreement that is the object
    of a verb of opinion (regard_verbs) with its complement ('as ...' or a second object) is
    named as a thing, no act of agreeing (the dev golds leave cognition uncoded). 'The two
    countries signed an agreement' and 'called for an agreement' stay."""
    node = _clause_head(noun)
    if node.dep_ != "dobj":
        return False
    verb = node.head
    if verb.lemma_.lower() not in false_sense_words().regard_verbs:
        return False
    # 'as binding' (a preposition), 'as outdated' (a clause marked 'as'), 'a failure'
    return any((c.dep_ == "prep" and c.lower_ == "as") or c.dep_ in ("oprd", "ccomp", "xcomp")
               or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as"
                                             for m in c.children))
               for c in verb.children if c.i > node.i)


def litigation_vow(verb: Token) -> bool:
    """Rule `litigation_vow` (session 28, evprec28b): 'he vowed to bring the case before the top
    court', 'promised to appeal the ruling', 'pledged to file a lawsuit': a vow (pledge_verbs)
    to appeal, to sue (litigation_verbs), to file a lawsuit (lawsuit_nouns) or to take a case
    before a court (court_nouns) is a plan to litigate, no agreement with anyone. 'The rebels
    vowed to lay down their arms' stays."""
    words = false_sense_words()
    if verb.lemma_.lower() not in words.pledge_verbs:
        return False
    for comp in verb.children:
        if comp.dep_ != "xcomp" or comp.pos_ != "VERB":
            continue
        if comp.lemma_.lower() in words.litigation_verbs and not any(
                c.dep_ == "prep" and c.lower_ == "to" and not any(
                    p.lemma_.lower() in words.court_nouns for p in c.children)
                for c in comp.children):
            return True  # 'appeal to the members' is a plea, not a suit
        for c in comp.children:
            if c.dep_ == "dobj" and c.lemma_.lower() in words.lawsuit_nouns:
                return True
            if c.dep_ == "prep" and c.lower_ in ("to", "in", "before") and any(
                    p.dep_ == "pobj" and p.lemma_.lower() in words.court_nouns
                    for p in c.children):
                return True
    return False


def embezzled_funds(verb: Token) -> bool:
    """Rule `embezzled_funds` (session 28, evprec28b): 'the treasurer looted the school
    district', 'looted the union's pension fund': looting (loot_verbs) accounts, funds, a
    treasury or a school district (embezzled_words: the object, its compounds, owners and
    of-phrases) is embezzlement, a crime, no attack; so is looting by one named person
    (`lone_looter`). 'Soldiers looted the village' and 'looted shops during the riot' stay."""
    words = false_sense_words()
    if verb.lemma_.lower() not in words.loot_verbs:
        return False
    if enabled("lone_looter") and _lone_person_subject(verb):
        return True
    obj = _thing_of_verb(verb)
    if obj is None:
        return False
    seen = [obj]
    found: list[Token] = []
    while seen:
        node = seen.pop()
        found.append(node)
        seen.extend(c for c in node.children
                    if c.dep_ in ("compound", "poss", "amod", "pobj") or
                    (c.dep_ == "prep" and c.lower_ == "of"))
    return any(t.lemma_.lower() in words.embezzled_words or t.lower_ in words.embezzled_words
               for t in found)


def past_routine(tok: Token) -> bool:
    """Rule `past_routine` (session 28, evprec28b): 'the North routinely voiced threats around
    the exercises', 'the ministry typically expelled reporters': an act in the simple past with an
    adverb of routine (past_habit_adverbs) is a past habit, no event (as `habitual_act` for
    the present). 'Troops repeatedly shelled the town' (a series of acts) and a routine act
    dated to a day ('routinely ... on Monday') stay."""
    verb = _clause_verb(tok)
    if verb is None or verb.tag_ != "VBD" or any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if not any(c.dep_ == "advmod" and c.lower_ in false_sense_words().past_habit_adverbs
               for c in verb.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for c in verb.children
                   if c.dep_ in ("prep", "npadvmod") for t in c.subtree)


def never_practice(tok: Token) -> bool:
    """Rule `never_practice` (session 28, evprec28b): 'lenders never ask clients to transfer
    savings', 'the agency never pays ransoms': an act in the present simple with 'never'
    (practice_negators) is a rule of conduct or a general truth, no event. 'Kazakhstan never
    asked Moscow for troops' (a past act denied) stays a negated event."""
    verb = _clause_verb(tok)
    if verb is None or not _present_simple(verb):
        return False
    return any(c.dep_ in ("neg", "advmod") and c.lower_ in false_sense_words().practice_negators
               for c in verb.children)


def _lone_person_subject(verb: Token) -> bool:
    """Rule `lone_looter` (part of `embezzled_funds`): 'the prosecutor argued that Dunmore had
    looted the province while he was its treasurer': one named person (a PERSON name, no
    conjunct) who loots is a thief or an embezzler, not an armed force; looting as an attack
    is done by troops, gunmen or a mob ('looted the town with his militia' stays)."""
    from newsweave.extract.event_syntax import subject_tokens

    subjects = subject_tokens(verb)
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return False  # 'looted the town with his militia': his force did it
    return len(subjects) == 1 and subjects[0].ent_type_ == "PERSON" and \
        subjects[0].tag_ == "NNP" and not subjects[0].conjuncts
