"""Typed schemas of the lexicons, checked when a lexicon is loaded.

Rules are data (lexicons/*.json), so a typo in a lexicon is a bug in a rule: an unknown key, a
list where a flag belongs, a PLOVER type that does not exist, a mode its type does not have.
Each schema is a pydantic model (strict: no coercion of "true" to True); cross-file checks (a
sense's type and mode against plover_types.json, its word classes against the lexicon's own
classes) run after the model. The first problem found raises LexiconError, one line naming
the file, the entry and the reason:

    event_lexicon.json: verbs['share'][0]: mode 'intelligence' is not a mode of COOPERATE

`validate(name, data)` is called by newsweave.extract.lexicon.load_json for every file that
has a schema here (SCHEMAS); files without one load unchecked.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any, Literal, cast

from pydantic import BaseModel, ConfigDict, Field, ValidationError

logger = logging.getLogger(__name__)


class LexiconError(ValueError):
    """A lexicon file that breaks its schema: the message names the file and the entry."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


def _path(*parts: Any) -> str:
    """A readable entry path: ("verbs", "share", 0) -> "verbs['share'][0]"."""
    out = str(parts[0])
    for p in parts[1:]:
        out += f"[{p}]" if isinstance(p, int) else f"[{p!r}]"
    return out


def _model_error(name: str, err: ValidationError) -> LexiconError:
    first = err.errors()[0]
    loc = tuple(first["loc"])
    # the entry is the dict keys and list indexes; the last string is the bad key itself
    entry = list(loc)
    key: str | None = None
    if entry and isinstance(entry[-1], str) and (len(entry) > 1 or
                                                 first["type"] in ("extra_forbidden", "missing")):
        key = str(entry.pop())
    where = _path(*entry) if entry else "(top level)"
    kind = first["type"]
    if kind == "extra_forbidden":
        reason = f"unknown key {key!r}"
    elif kind == "missing":
        reason = f"missing key {key!r}"
    else:
        got = first.get("input")
        shown = repr(got) if not isinstance(got, (dict, list)) else type(got).__name__
        reason = f"{key + ': ' if key else ''}{first['msg'].lower()} (got {shown})"
    more = len(err.errors()) - 1
    return LexiconError(f"{name}: {where}: {reason}" + (f" (and {more} more)" if more else ""))


def check(name: str, model: type[BaseModel], data: Any) -> BaseModel:
    """`data` parsed by `model`, or LexiconError naming the file and the first bad entry."""
    try:
        return model.model_validate(data)
    except ValidationError as err:
        raise _model_error(name, err) from None


# ----------------------------------------------------------------------------- plover types


Quad = Literal["verbal cooperation", "material cooperation", "verbal conflict",
               "material conflict"]


class PloverType(_Strict):
    quad: Quad
    requires_recipient: bool
    modes: list[str]
    description: str = Field(min_length=1)
    examples: list[str]


class PloverTypes(_Strict):
    about: str
    types: dict[str, PloverType] = Field(min_length=1)


def _check_plover_types(name: str, data: Any) -> None:
    parsed = check(name, PloverTypes, data)
    assert isinstance(parsed, PloverTypes)
    for etype, spec in parsed.types.items():
        if not re.fullmatch(r"[A-Z]+", etype):
            raise LexiconError(f"{name}: {_path('types', etype)}: a type is one upper-case word")
        if len(set(spec.modes)) != len(spec.modes):
            raise LexiconError(f"{name}: {_path('types', etype)}: a mode is listed twice")


def plover_modes() -> dict[str, frozenset[str]]:
    """PLOVER type -> the modes it allows (from plover_types.json, itself checked)."""
    from newsweave.extract.lexicon import load_json

    return {t: frozenset(spec["modes"]) for t, spec in load_json("plover_types.json")
            ["types"].items()}


# ----------------------------------------------------------------------------- event lexicon


Words = list[str]
_SECTOR = r"[A-Z]{3}"


class Sense(_Strict):
    """One sense of a trigger word; the meaning of each key is in event_lexicon.json "about"
    and in newsweave.extract.event_triggers._sense_holds, which reads them."""

    type: str
    mode: str | None = None
    # conditions on the object, the clause and the arguments
    obj: Words | None = None
    obj_not: Words | None = None
    obj_also: Words | None = None
    clause: Words | None = None
    setting: Words | None = None
    modifiers_any: Words | None = None
    not_under: Words | None = None
    preps: Words | None = None
    adjacent_prep: Words | None = None
    taker_preps: Words | None = None
    prt: str | None = None
    oprd: Words | None = None  # word classes the object is called ("called him a liar")
    xcomp_not: Words | None = None  # word classes of an infinitive that undoes the sense
    # evreal13 (session 17): an offer is each offerer's own ('Qatar and Kuwait offered to host
    # talks'), not an agreement between them: rule one_sided_offer
    one_sided: bool | None = None
    # evreal13: an aid pledge of an amount of money needs no recipient (rule pledged_money)
    money_pledge: bool | None = None
    not_setting: Words | None = None
    not_modifiers: Words | None = None
    head_verbs: Words | None = None
    under_preps: Words | None = None
    conj_types: Words | None = None
    subject: Words | None = None  # word classes the subject must have ("rioters stormed")
    content_types: Words | None = None  # PLOVER types of the future act said ("warned ...")
    sectors: list[str | None] | None = None  # None: an actor whose sector is unknown
    else_type: str | None = None
    else_mode: str | None = None
    state_actor: str | None = None
    speech: bool = False
    obj_actor: bool = False
    obj_actor_or_place: bool = False
    obj_actor_or_thing: bool = False
    obj_actor_or_people: bool = False
    obj_resolves: bool = False
    obj_is_recipient: bool = False
    recipient_from_object: bool = False
    recipient_owner: bool = False
    needs_recipient: bool = False
    needs_recipient_prep: bool = False
    needs_agent: bool = False
    needs_between: bool = False
    intransitive: bool = False
    xcomp: bool = False
    xcomp_or_obj: bool = False
    clause_subject: bool = False
    negated: bool = False
    absorbs_negation: bool = False
    no_agentless: bool = False
    agentless: bool = False  # a passive with no agent keeps the event ('was accused of')
    reciprocal: bool = False
    conjoined_subject: bool = False  # the subject names two parties ("X and Y coordinated")
    small_clause: bool = False  # the object may be the subject of a verbless complement
    # named conditions of event_triggers._CONDITIONS (session 7)
    at_place: Words | None = None  # classes of where it is done ('at the embassy')
    obj_kind_not: Words | None = None  # classes of the object or its apposition ('a show')
    clause_actor: bool = False  # the clause subject names an actor ('wants Peru to ...')
    # evargs25: the that-clause names a party ('complained that the government rigged
    # the vote', not 'that the room was cold'): rule clause_party
    clause_party: bool = False
    said_clause: bool = False  # a that-clause of what is said ('a warning that ...')
    future_content: bool = False  # a that-clause said must tell a future act ('warned that')
    conditional_content: bool = False  # a party's act to come on a condition ('... if')
    content_about_object: bool = False  # the that-clause is about the object ('warned X it')
    collective_subject: bool = False  # the subject names many ('workers struck', not 'a woman')
    asked_content: bool = False  # the request says what it asks ('asked X to', 'asked for')
    guilty_verdict: bool = False  # 'found X guilty' (evtypes, session 8)
    aimed_at: bool = False  # an 'at' phrase on the verb or its object ('pointed a gun at X')
    not_preps: Words | None = None  # prepositions that cancel the sense ('backtracked to')
    obj_head: Words | None = None  # classes of the object's head noun ('tightened security')
    not_prt: Words | None = None  # particles that cancel the sense ('backed up its data')
    directive_content: bool = False  # tells a party what to do ('advised X to leave')
    prep_object: Words | None = None  # classes of a preposition's object ('under quarantine')
    # evtypes28: a narrow idiom ('came to terms'): when it fails, it vetoes no typer reading
    idiom: bool = False
    peaceful_against: bool = False  # warned against no hostile act ('against moving left')
    hostile_against: bool = False  # not when peaceful_against holds ('warned X against')
    # evsenses5 (session 11)
    complement: Words | None = None  # classes of a bare word after the verb ('said sorry')
    failed_outcome: bool = False  # talks that failed or ended without a deal (REJECT)
    warned_of: Words | None = None  # classes of what an 'of' phrase warns of ('of sanctions')
    or_else: bool = False  # an ultimatum: told to do X or face force ('or be crushed')
    for_reason: bool = False  # 'under fire over its law' (criticism), not 'under fire near X'
    named_people_parties: bool = False  # 'Cruz attacked Rubio': two named people (ACCUSE)
    # evreal6 (session 12)
    owner_named: bool = False  # the thing undone is a named party's ('a Bush regulation')
    # evprec7 (session 13)
    own_prep_object: Words | None = None  # classes of the object of the sense's own preps
    # evreal9 (session 13)
    modifiers_also: Words | None = None  # words among the modifiers ('pleaded not guilty')
    dative_party: bool = False  # a dative names who receives ('handed Kyiv a loan')
    object_preps: Words | None = None  # a preposition on the verb or its object ('with')
    let_go: Words | None = None  # classes of the people let go ('let the sailors go home')
    not_marks: Words | None = None  # marks that cancel the sense ('unless Israel let aid in')
    dative_of: Words | None = None  # classes of the dative ('granted strikers a freeze')
    invited_to: Words | None = None  # classes of what one is invited to ('to talks')
    # evquote20 (session 22): an invitation's meeting is still to come (rule invited_planned)
    planned_meeting: bool = False
    state_recipient: str | None = None  # sector of the state the act is against, if unnamed
    # evseedtypes23 (session 23): classes of the word's own phrase that undo the sense
    # ('a drawdown of oil reserves' is no withdrawal): rule clause_not
    clause_not: Words | None = None
    # evseedtypes23: a refusal said of the future ('would not negotiate', 'will not talk to
    # X'), not a past act denied ('did not negotiate'): rule refusal_aux
    refusal_aux: bool = False
    # evseedtypes23: lemmas of the purpose the act is done for ('sent troops to train the
    # army' is military aid, not a deployment): rule aid_purpose
    purpose_verbs: Words | None = None


# sense conditions that tie a sense to its context: its word alone ('held', 'said', 'talks',
# 'fire') names none of its kind in a statement (link.claims' content words)
CONTEXT_CONDITIONS = frozenset({"obj_head", "prep_object", "complement", "failed_outcome",
                                "or_else", "for_reason", "warned_of",
                                "named_people_parties"})


class EventLexicon(_Strict):
    about: str
    verbs: dict[str, list[Sense]]
    nouns: dict[str, list[Sense]]
    classes: dict[str, Words]
    entity_classes: dict[str, Words]
    mode_modifiers: dict[str, str]
    mode_from_class: dict[str, dict[str, str]]
    do_verbs: Words
    receiver_verbs: Words
    # session 27 (evtypes27): 'won the endorsement of X': X gives it (rule received_of_giver)
    obtained_from_verbs: Words
    convened_nouns: Words
    undergo_verbs: Words
    answer_verbs: Words
    control_verbs: Words
    reject_when_negated: Words
    ignore_predicates: Words
    topic_verbs: Words
    hypothetical_modifiers: Words
    planned_modifiers: Words
    # session 27 (evtypes27): 'any incursion' is a kind of act, none that happened (any_act_noun)
    hypothetical_determiners: Words
    object_control_verbs: Words
    asking_nouns: Words  # nouns whose 'for X' is only asked for ('calls for his resignation')
    # session 15 (evprec9): bans by civil bodies, expulsions of foreign officials (SANCTION)
    civil_body_sectors: Words
    foreign_expelled_sectors: Words
    court_sentence_verbs: Words
    # session 18 (evreal14): 'questioned the legality of the rule' judges the rule
    judged_quality_nouns: Words
    relational_party_nouns: Words  # 'backed its neighbour': the other country just named
    # session 23 (lead): word sets of the rules said_of_wrong and judged_party, once in code
    stand_in_subjects: Words  # '"This is a betrayal," X said of the deal': 'this' is the deal
    bound_breaking_verbs: Words  # judge only with what they break ('broke its promise')
    belief_head_verbs: Words  # a clause only believed is no charge said ('believe it botched')
    # session 28 (evtypes28): 'went into partnership with X': the subject does the act noun
    entered_act_verbs: Words = []


def sense_problems(name: str, data: dict[str, Any], modes: dict[str, frozenset[str]]
                   ) -> list[str]:
    """Every sense that names an unknown type, class or sector, or a mode its type does not
    allow, as one line each (file and entry named)."""
    problems: list[str] = []
    classes = set(data.get("classes", {}))

    def mode_ok(etype: str, mode: str | None) -> bool:
        return mode is None or mode in modes.get(etype, frozenset())

    for part in ("verbs", "nouns"):
        for word, senses in data.get(part, {}).items():
            for i, sense in enumerate(senses):
                where = f"{name}: {_path(part, word, i)}"
                etype = sense.get("type")
                if etype not in modes:
                    problems.append(f"{where}: unknown PLOVER type {etype!r}")
                    continue
                if not mode_ok(etype, sense.get("mode")):
                    allowed = ", ".join(sorted(modes[etype])) or "none"
                    problems.append(f"{where}: mode {sense['mode']!r} is not a mode of {etype} "
                                    f"(allowed: {allowed})")
                other = sense.get("else_type")
                if other is not None and other not in modes:
                    problems.append(f"{where}: else_type: unknown PLOVER type {other!r}")
                elif not mode_ok(other or etype, sense.get("else_mode")):
                    problems.append(f"{where}: else_mode {sense['else_mode']!r} is not a mode "
                                    f"of {other or etype}")
                for key in ("conj_types", "content_types"):
                    for t in sense.get(key) or []:
                        if t not in modes:
                            problems.append(f"{where}: {key}: unknown PLOVER type {t!r}")
                for key in ("obj", "obj_not", "obj_also", "clause", "setting", "oprd",
                            "xcomp_not", "not_setting", "subject", "obj_kind_not",
                            "at_place", "complement", "prep_object", "obj_head", "warned_of",
                            "own_prep_object", "let_go", "dative_of",
                            "invited_to", "clause_not"):
                    for cls in sense.get(key) or []:
                        if cls not in classes:
                            problems.append(f"{where}: {key}: unknown word class {cls!r}")
                for sector in [*(sense.get("sectors") or []), sense.get("state_actor")]:
                    if sector is not None and not re.fullmatch(_SECTOR, sector):
                        problems.append(f"{where}: {sector!r} is not a sector code")
    for label, names in data.get("entity_classes", {}).items():
        for cls in names:
            if cls not in classes:
                problems.append(f"{name}: {_path('entity_classes', label)}: unknown word "
                                f"class {cls!r}")
    all_modes = frozenset().union(*modes.values()) if modes else frozenset()
    for word, mode in data.get("mode_modifiers", {}).items():
        if mode not in all_modes:
            problems.append(f"{name}: {_path('mode_modifiers', word)}: {mode!r} is no "
                            "PLOVER mode")
    for etype, by_class in data.get("mode_from_class", {}).items():
        if etype not in modes:
            problems.append(f"{name}: {_path('mode_from_class', etype)}: unknown PLOVER type")
            continue
        for cls, mode in by_class.items():
            if cls not in classes:
                problems.append(f"{name}: {_path('mode_from_class', etype, cls)}: unknown "
                                "word class")
            elif mode not in modes[etype]:
                problems.append(f"{name}: {_path('mode_from_class', etype, cls)}: {mode!r} "
                                f"is not a mode of {etype}")
    return problems




def _check_event_lexicon(name: str, data: Any) -> None:
    check(name, EventLexicon, data)
    problems = sense_problems(name, data, plover_modes())
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise LexiconError(problems[0] + more)


# ----------------------------------------------------------------------------- modality


class ModalityCues(_Strict):
    about: str
    planned_aux: Words
    hypothetical_aux: Words
    planned_heads: Words
    planned_nouns: Words
    hypothetical_marks: Words
    inquiry_heads: Words
    hypothetical_heads: Words
    negations: Words
    negating_heads: Words
    denied_heads: Words
    denied_nouns: Words
    alleged_adverbs: Words
    alleged_heads: Words
    alleged_nouns: Words
    alleged_by_media_heads: Words
    unconfirmed_patterns: Words
    reporting_verbs: Words
    occurrence_verbs: Words
    adjunct_preps: Words
    detached_marks: Words
    responsibility_nouns: Words
    hypothetical_nouns: Words
    rejecting_heads: Words
    # session 10 (evprecision3): "the reported bombing", "an alleged plot"
    alleged_modifiers: Words = Field(min_length=1)
    # session 11 (evprecision4): reactions to an event, unmeant acts, what a video shows
    emotive_heads: Words = Field(min_length=1)
    emotive_preps: Words = Field(min_length=1)
    unmeant_heads: Words
    evidential_heads: Words
    # session 21 (evmod17): disputed charges, conditions, prospects
    claim_making_heads: Words = Field(min_length=1)
    condition_marks: Words = Field(min_length=1)
    prospect_heads: Words = Field(min_length=1)
    # session 21b (evmix18): modals whose act with a condition is no event (conditional_only)
    conditional_only_aux: Words = Field(min_length=1)
    # evseedtypes23: 'claimed the ambush': the claimed act noun is alleged (claimed_act_noun)
    act_claiming_heads: Words = Field(min_length=1)


def _check_modality(name: str, data: Any) -> None:
    check(name, ModalityCues, data)
    for i, pattern in enumerate(data["unconfirmed_patterns"]):
        try:
            re.compile(pattern)
        except re.error as err:
            raise LexiconError(f"{name}: {_path('unconfirmed_patterns', i)}: bad regular "
                               f"expression ({err})") from None


# ----------------------------------------------------------------------------- roles


DateText = str  # YYYY, YYYY-MM or YYYY-MM-DD
_DATE = r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"
Role = Literal["head_of_state", "head_of_government", "foreign_minister", "defence_minister",
               "organisation_head"]


class Term(_Strict):
    role: Role
    title: str = Field(min_length=2)
    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    organisation: str | None = None
    from_: DateText = Field(alias="from", pattern=f"^{_DATE}$")
    to: DateText | None = Field(pattern=f"^{_DATE}$")


class Person(_Strict):
    person: str = Field(min_length=2)
    aliases: list[str]
    common_name: bool = False
    terms: list[Term] = Field(min_length=1)


class RolesTable(_Strict):
    about: str
    as_of: DateText = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    organisations: dict[str, str]
    people: list[Person]


# codes the actor gazetteer uses that ISO 3166 does not assign (Kosovo's user-assigned code)
_EXTRA_COUNTRY_CODES = frozenset({"XKX"})


def _known_country(code: str) -> bool:
    import pycountry

    return code in _EXTRA_COUNTRY_CODES or pycountry.countries.get(alpha_3=code) is not None or \
        pycountry.historic_countries.get(alpha_3=code) is not None


def _check_roles(name: str, data: Any) -> None:
    parsed = check(name, RolesTable, data)
    assert isinstance(parsed, RolesTable)
    for i, p in enumerate(parsed.people):
        where = f"{name}: {_path('people', i)} ({p.person})"
        for j, t in enumerate(p.terms):
            at = f"{where}.terms[{j}]"
            if (t.country is None) == (t.organisation is None):
                raise LexiconError(f"{at}: give a country or an organisation (one of them)")
            if t.country is not None and not _known_country(t.country):
                raise LexiconError(f"{at}: {t.country!r} is no ISO alpha-3 country code")
            if t.organisation is not None and t.organisation not in parsed.organisations:
                raise LexiconError(f"{at}: unknown organisation {t.organisation!r}")
            if t.to is not None and t.to[:len(t.from_)] < t.from_[:len(t.to)]:
                raise LexiconError(f"{at}: ends ({t.to}) before it starts ({t.from_})")
            if t.to is None and t.from_ > parsed.as_of:
                raise LexiconError(f"{at}: starts after the table's as_of date")


# ----------------------------------------------------------------------------- other lexicons
# Files other modules own and extend: their known sections are typed and their entries strict,
# but a new top-level section loads (unchecked until it is typed here), so a section added
# elsewhere never breaks loading.


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow", strict=True, frozen=True)


_CODE = r"^[A-Z]{3}$"


class NamedActor(_Strict):
    name: str = Field(min_length=1)
    aliases: list[str] = []
    country: str | None = Field(default=None, pattern=_CODE)
    sector: str | None = Field(default=None, pattern=_CODE)
    type: Literal["ORG", "PERSON", "GPE", "NORP"] | None = None
    actor_code: str | None = None


class Party(_Strict):
    name: str = Field(min_length=1)
    aliases: list[str] = []
    country: str = Field(pattern=_CODE)
    # evargs25: the party's adjective before an office or title ('Republican Sen.',
    # 'Democratic presidential candidate'): the holder is of the party's country
    title_modifiers: list[str] = []


class ActorsLexicon(_Open):
    about: str
    demonyms: dict[str, str]
    demonym_plurals: dict[str, str | None]
    combining_forms_about: str = ""
    combining_forms: dict[str, str] = {}
    country_aliases: dict[str, str]
    seats_of_government: dict[str, list[str]]
    institution_nouns: dict[str, str]
    group_modifier_sectors_about: str = ""
    group_modifier_sectors: dict[str, str] = {}
    rebel_nouns: Words
    attacker_nouns: Words = []
    state_sectors: Words
    role_nouns: dict[str, str | None]
    groups: list[NamedActor]
    igos: list[NamedActor]
    media: list[NamedActor]
    civil_group_sectors: Words
    igo_anaphors: Words = []
    igo_anaphor_modifiers_about: str = ""
    igo_anaphor_modifiers: Words = []
    origin_suffixes_about: str = ""
    origin_suffixes: Words = []
    party_chamber_words_about: str = ""
    party_chamber_words: Words = []
    parties: list[Party] = []
    org_anaphors: dict[str, list[Literal["party", "group", "igo", "agency", "media"]]] = {}
    armed_group_modifiers_about: str = ""
    armed_group_modifiers: Words = []
    stateless_peoples_about: str = ""
    stateless_peoples: Words = []
    regional_demonyms_about: str = ""
    regional_demonyms: Words = []
    legislature_nouns_about: str = ""
    legislature_nouns: Words = []
    led_group_nouns_about: str = ""
    led_group_nouns: dict[str, str | None] = {}
    owned_body_nouns_about: str = ""
    owned_body_nouns: dict[str, str] = {}
    owned_body_civil_words: Words = []
    party_family_words_about: str = ""
    party_family_words: dict[str, str] = {}
    org_name_heads: Words = []
    officer_nouns: Words = []
    police_cues: Words = []
    crowd_nouns: Words = []
    unnamed_person_nouns_about: str = ""
    unnamed_person_nouns: Words = []
    state_act_nouns: dict[str, str] = {}
    business_anaphors_about: str = ""
    business_anaphors: Words = []
    agency_anaphors: Words = []
    agency_heads: Words = []
    party_office_words_about: str = ""
    party_office_words: Words = []


def _check_actors(name: str, data: Any) -> None:
    check(name, ActorsLexicon, data)
    code = re.compile(_CODE)
    for section in ("demonyms", "demonym_plurals", "country_aliases", "institution_nouns",
                    "role_nouns", "combining_forms"):
        for key, value in data.get(section, {}).items():
            if value is not None and not code.match(value):
                raise LexiconError(f"{name}: {_path(section, key)}: {value!r} is not a "
                                   "three-letter code")
    for key, value in data.get("led_group_nouns", {}).items():
        if value is not None and value not in data["state_sectors"]:
            raise LexiconError(f"{name}: {_path('led_group_nouns', key)}: {value!r} is not "
                               "a state sector")
    for key, value in data.get("owned_body_nouns", {}).items():
        if not code.match(value):
            raise LexiconError(f"{name}: {_path('owned_body_nouns', key)}: {value!r} is not "
                               "a three-letter sector")
    for key, value in data.get("group_modifier_sectors", {}).items():
        if not code.match(value) or value in data["state_sectors"]:
            raise LexiconError(f"{name}: {_path('group_modifier_sectors', key)}: {value!r} "
                               "is not a three-letter sector outside the state")
    for key, value in data.get("state_act_nouns", {}).items():
        if value not in data["state_sectors"]:
            raise LexiconError(f"{name}: {_path('state_act_nouns', key)}: {value!r} is not "
                               "a state sector")
    for key, value in data["seats_of_government"].items():
        if len(value) != 2 or not all(code.match(v) for v in value):
            raise LexiconError(f"{name}: {_path('seats_of_government', key)}: give "
                               "[country, sector]")


class PersonGender(_Strict):
    about: str
    female_titles: Words = Field(min_length=1)
    male_titles: Words = Field(min_length=1)
    female_given_names: Words = Field(min_length=1)
    male_given_names: Words = Field(min_length=1)


def _check_person_gender(name: str, data: Any) -> None:
    parsed = check(name, PersonGender, data)
    assert isinstance(parsed, PersonGender)
    for section in ("female_titles", "male_titles"):
        for word in getattr(parsed, section):
            if word != word.lower():
                raise LexiconError(f"{name}: {_path(section, word)}: titles are lower-case")
    for female, male in (("female_titles", "male_titles"),
                         ("female_given_names", "male_given_names")):
        both = set(getattr(parsed, female)) & set(getattr(parsed, male))
        if both:
            raise LexiconError(f"{name}: {_path(female, sorted(both)[0])}: listed for both "
                               "genders (leave a name used for both out)")


class ClaimFamilies(_Open):
    about: str
    families: list[list[str]]
    symmetric: list[str]
    date_tolerance_days: dict[str, int]
    state_sectors: Words
    venue: dict[str, Words | int]
    irregular_forms: dict[str, str]


def _check_claim_families(name: str, data: Any) -> None:
    check(name, ClaimFamilies, data)
    types = plover_modes()
    for i, family in enumerate(data["families"]):
        for t in family:
            if t not in types:
                raise LexiconError(f"{name}: {_path('families', i)}: unknown PLOVER type {t!r}")
    for t in data["symmetric"]:
        if t not in types:
            raise LexiconError(f"{name}: symmetric: unknown PLOVER type {t!r}")


class Outlet(_Strict):
    name: str = Field(min_length=1)
    aliases: list[str] = []
    domains: list[str] = []
    country: str | None = Field(default=None, pattern=_CODE)


class OutletsLexicon(_Open):
    about: str
    outlets: list[Outlet]


class SummonsInfinitives(_Strict):
    """reporting_verbs.json summons_infinitives: 'called X to testify' is a summons."""

    verbs: Words
    with_object: dict[str, Words]


class ReportingVerbs(_Open):
    verbs: dict[str, str]
    fragment_only: Words
    object_content: Words
    clause_only_senses: Words
    summons_infinitives: SummonsInfinitives
    clause_object: Words
    passive_speaker: Words
    infinitive_content: Words
    addressee_object: Words
    negated_stance: dict[str, str | None]
    negated_content_stance: dict[str, str | None]
    according_to: Words
    statement_nouns: dict[str, dict[str, str]]
    directive_nouns: Words = []
    directive_voicing_verbs: Words = []
    voicing_verbs: Words
    naming_participles: Words = []
    report_in_person_nouns: Words = []
    gerund_nouns: dict[str, Words]
    gerund_voicing_verbs: Words
    finite_clause_only: Words
    standing_words: Words = []
    document_subject_only: Words = []
    depiction_nouns: Words = []
    finding_nouns: Words = []
    refusal_verbs: Words
    speech_request_verbs: Words = []
    musing_holders: Words = []
    talked_to_verbs: Words = []
    told_thing_nouns: Words = []
    hypothetical_adjectives: Words = []
    contact_verbs: Words
    np_object: dict[str, Words]
    directive_infinitive: Words
    commitment_infinitive: Words
    issue_verbs: Words
    issued_statement_nouns: Words
    byline_verbs: Words
    musing_verbs: Words = []
    musing_aloud: Words = []
    possibility_modals: Words = []
    focus_adverbs: Words = []
    about_content: Words
    as_content: Words
    conditional_content: Words


class QuoteChannels(_Open):
    channel_nouns: Words
    channel_preps: Words
    audience_preps: Words
    source_preps: Words
    generic_words: Words
    speak_verbs: Words
    audience_nouns: Words


class WithheldName(_Strict):
    """quote_speakers.json withheld_name: how a source is said to be unnamed on purpose."""

    anonymity: Words
    negated: Words


class QuoteSpeakers(_Open):
    role_classes: dict[str, Words]
    organization_nouns: Words
    generic_org_nouns: Words
    business_org_nouns: Words = []
    trade_agent_nouns: Words = []
    rating_verbs: Words = []
    non_business_sectors: Words = []
    document_nouns: Words
    studied_of_nouns: Words = []
    share_nouns: Words = []
    issuing_participles: Words = []
    held_document_nouns: Words = []
    recipient_preps: Words = []
    self_naming_verbs: Words = []
    agent_suffixes: Words = []
    non_speakers: Words
    quantifier_speakers: Words
    person_pronouns: Words
    group_pronouns: Words
    thing_pronouns: Words
    title_introducers: Words
    work_nouns: Words = []
    people_nouns: Words
    generic_person_nouns: Words
    office_holder_nouns: Words = []
    rank_nouns: Words = []
    unlisted_person_suffixes: Words = []
    broad_role_classes: Words = []
    party_member_nouns: Words = []
    demonym_suffixes: Words = []
    same_office: dict[str, str] = {}
    other_office_modifiers: Words = []
    organization_name_words: Words
    outlet_nouns: Words
    outlet_name_words: Words
    withheld_name: WithheldName
    news_words: Words
    non_speaker_nouns: Words
    negative_quantifiers: Words = []
    display_nouns: Words = []


class Abbreviations(_Strict):
    """lexicons/abbreviations.json: short forms whose full stop ends no sentence (titles with
    the role they stand for, honorifics, name suffixes, month short forms, "No.")."""

    about: str
    titles: dict[str, str]
    honorifics: Words
    name_suffixes: Words
    other_short_forms: Words
    month_short_forms: Words
    number_sign: Words


def _check_abbreviations(name: str, data: Any) -> None:
    parsed = check(name, Abbreviations, data)
    assert isinstance(parsed, Abbreviations)
    seen: dict[str, str] = {}
    lists = {"titles": list(parsed.titles), "honorifics": parsed.honorifics,
             "name_suffixes": parsed.name_suffixes, "other_short_forms": parsed.other_short_forms,
             "month_short_forms": parsed.month_short_forms, "number_sign": parsed.number_sign}
    for part, words in lists.items():
        for word in words:
            where = f"{name}: {_path(part, word)}"
            if not re.fullmatch(r"[a-z]+", word):
                raise LexiconError(f"{where}: a short form is lower-case letters, without its stop")
            if word in seen:
                raise LexiconError(f"{where}: also in {seen[word]!r}")
            seen[word] = part
    for word, role in parsed.titles.items():
        if not role.strip():
            raise LexiconError(f"{name}: {_path('titles', word)}: "
                               "a title needs the role it stands for")


class LinkNameParts(_Open):
    about: str
    suffixes: Words
    particles: Words
    group_articles: Words


class PersonNameEdges(_Strict):
    """lexicons/person_name_edges.json: words the tagger glues to a person's name (trimmed by
    newsweave.extract.mentions), and name suffixes that are not surnames."""

    about: str
    leading_words: Words
    adverb_endings: Words
    suffixes: Words


class NamesLexicon(_Strict):
    """lexicons/names.json: the words of the name rules run after the tagger
    (newsweave.nlp.names): titles, person nouns, organization and place words, place
    prepositions, states named with "the", capitalised subjects that are no names."""

    about: str
    title_words: Words
    not_titles: Words
    person_nouns: Words
    org_last_words: Words
    org_first_words: Words
    place_words: Words
    place_prepositions: Words
    states_named_with_the: Words
    not_subject_names: Words
    role_acronyms: Words


class RegionsLexicon(_Strict):
    """lexicons/regions.json: English names of regions -> the ISO alpha-3 code of their
    country (newsweave.extract.gazetteer.subdivision_country)."""

    about: str
    regions: dict[str, str]


def _check_regions(name: str, data: Any) -> None:
    parsed = check(name, RegionsLexicon, data)
    assert isinstance(parsed, RegionsLexicon)
    seen: dict[str, str] = {}
    for region, code in parsed.regions.items():
        where = f"{name}: {_path('regions', region)}"
        if not region.strip():
            raise LexiconError(f"{where}: an empty region name")
        if not _known_country(code):
            raise LexiconError(f"{where}: {code!r} is no ISO alpha-3 country code")
        folded = region.strip().lower()
        if folded in seen:
            raise LexiconError(f"{where}: the same name as {seen[folded]!r}")
        seen[folded] = region


class PlaceAlias(_Strict):
    alias: str = Field(min_length=1)
    name: str = Field(min_length=1)
    country: str


class PlaceAliases(_Strict):
    """lexicons/place_aliases.json: English news spellings of towns the place index holds
    under another name (newsweave.extract.geo, evargs26)."""

    about: str
    aliases: list[PlaceAlias] = Field(min_length=1)


def _check_place_aliases(name: str, data: Any) -> None:
    """Each alias once (case-insensitive), with an ISO alpha-3 country; that the index holds
    the town is checked when the index is built (geo._place_aliases)."""
    parsed = check(name, PlaceAliases, data)
    assert isinstance(parsed, PlaceAliases)
    seen: set[str] = set()
    for i, entry in enumerate(parsed.aliases):
        where = f"{name}: {_path('aliases', i)}"
        if not _known_country(entry.country):
            raise LexiconError(f"{where}: {entry.country!r} is no ISO alpha-3 country code")
        if entry.alias.strip().lower() in seen:
            raise LexiconError(f"{where}: the alias {entry.alias!r} is listed twice")
        seen.add(entry.alias.strip().lower())


class SportsLexicon(_Strict):
    """lexicons/sports.json: the contest words match reports borrow, and what makes a sentence
    or an article about sport (newsweave.extract.sports)."""

    about: str
    contest_verbs: Words
    contest_nouns: Words
    sport_words: Words
    article_min_hits: int = Field(ge=1)
    article_tokens_per_hit: int = Field(ge=1)


class FalseSenses(_Strict):
    """lexicons/false_senses.json: what tells a non-event sense of an event word
    (newsweave.extract.false_senses)."""

    about: str
    party_prototypes: Words = Field(min_length=1)
    thing_prototypes: Words = Field(min_length=1)
    thing_margin: float = Field(ge=0.0, le=1.0)
    party_object_exempt_types: Words
    body_parts: Words
    pledge_verbs: Words
    pledge_objects_ok: Words
    thing_compound_types: Words
    proposal_classes: Words
    fiction_words: Words
    negative_adjunct_nouns: Words
    # session 9 (evprecision2): questions, habits, norms, comparisons, forecasts, venues
    question_heads: Words = Field(min_length=1)
    counterfactual_modals: Words = Field(min_length=1)
    habitual_adverbs: Words
    habitual_units: Words
    norm_nouns: Words
    comparison_heads: Words
    forecast_auxes: Words
    party_preps: Words
    speech_venue_nouns: Words
    protest_preps: Words
    study_modifiers: Words
    animal_words: Words
    assurance_verbs: Words
    charged_party_verbs: Words
    regret_verbs: Words
    motion_verbs: Words
    related_link_labels: Words = Field(min_length=1)
    charge_heads: Words
    charge_preps: Words
    plot_verbs: Words
    headline_max_words: int = Field(ge=1)
    # session 10 (evprecision3): proposed content, prospects, commemorations, forces, topics
    proposal_nouns: Words = Field(min_length=1)
    content_intent_types: Words
    prospect_nouns: Words
    commemoration_nouns: Words
    natural_forces: Words
    warning_verbs: Words
    comment_heads: Words
    # session 11 (evprecision4): terms of a proposal, purposes of protests, history
    terms_nouns: Words = Field(min_length=1)
    terms_modifiers: Words
    content_verbs: Words
    purpose_request_types: Words
    purpose_protest_types: Words
    mission_types: Words
    past_years: int = Field(ge=1)
    idioms: Words
    met_standards: Words
    # session 12 (evprecision5): disaster stories, products, calls, meetings, anonymity, bans
    disaster_story_words: Words = Field(min_length=1)
    attack_words: Words
    product_objects: Words
    product_senses: Words
    call_kinds: Words
    own_terms_objects: Words
    span_nouns: Words
    meeting_kinds: Words
    ban_verbs: Words
    # session 12 (evprecision6): abstract targets, accused content, participants, anchors
    target_prototypes: Words = Field(min_length=1)
    abstract_prototypes: Words = Field(min_length=1)
    abstract_margin: float = Field(ge=0.0, le=1.0)
    abstract_target_types: Words
    accusing_types: Words
    punishing_types: Words
    speech_act_types: Words
    threat_types: Words
    condition_marks: Words
    punishment_preps: Words
    anchor_preps: Words
    anchor_heads: Words
    # session 13 (evprec7): a demand met by a refusal or a concession
    answering_types: Words
    answered_types: Words
    answered_preps: Words
    cause_preps: Words
    # session 14 (evprec8): what a market report's rally is of
    market_words: Words = Field(min_length=1)
    ending_verbs: Words = Field(min_length=1)
    # session 15 (evprec9): topics of talk, results of leaving, reasons, refused intake
    topic_verbs: Words = Field(min_length=1)
    topic_nouns: Words = Field(min_length=1)
    topic_frames: Words
    result_state_nouns: Words
    reason_head_types: Words
    intake_objects: Words = Field(min_length=1)
    press_nouns: Words = Field(min_length=1)
    prevention_verbs: Words = Field(min_length=1)
    protection_verbs: Words
    # session 16 (evprec12): discussed topics, spans of years before an anchor
    discussion_verbs: Words = Field(min_length=1)
    year_spans: Words = Field(min_length=1)
    supported_content_types: Words = Field(min_length=1)
    # session 17 (evprec13): attribution tails, cited reasons, what a sanction reaches
    attribution_verbs: Words = Field(min_length=1)
    cite_verbs: Words = Field(min_length=1)
    reach_verbs: Words = Field(min_length=1)
    sanction_nouns: Words = Field(min_length=1)
    mediation_verbs: Words = Field(min_length=1)
    deal_verbs: Words = Field(min_length=1)
    deal_doers: Words = Field(min_length=1)
    cargo_verbs: Words = Field(min_length=1)
    courtesy_verbs: Words = Field(min_length=1)
    obligation_types: Words = Field(min_length=1)
    own_circle_nouns: Words = Field(min_length=1)
    vehicle_harm_verbs: Words = Field(min_length=1)
    vehicle_words: Words = Field(min_length=1)
    care_nouns: Words = Field(min_length=1)
    liking_verbs: Words = Field(min_length=1)
    make_sure_verbs: Words = Field(min_length=1)
    speech_venue_preps: Words = Field(min_length=1)
    speech_venue_verbs: Words = Field(min_length=1)
    admission_clause_deps: Words = Field(min_length=1)
    client_preps: Words = Field(min_length=1)
    meeting_preps: Words = Field(min_length=1)
    consulting_verbs: Words = Field(min_length=1)
    # session 21 (evmod17): a probe that is a spacecraft
    spacecraft_words: Words = Field(min_length=1)
    spacecraft_verbs: Words = Field(min_length=1)
    launch_verbs: Words = Field(min_length=1)
    path_preps: Words = Field(min_length=1)
    inquiry_preps: Words = Field(min_length=1)
    alternative_phrases: Words = Field(min_length=1)
    preference_adverbs: Words = Field(min_length=1)
    # session 23 (evprec23): talks with the press, mutual fights, lists of charges
    press_talk_verbs: Words = Field(min_length=1)
    mutual_fight_words: Words = Field(min_length=1)
    charge_list_preps: Words = Field(min_length=1)
    cancel_verbs: Words = Field(min_length=1)
    outcome_modals: Words = Field(min_length=1)
    outcome_wish_words: Words = Field(min_length=1)
    question_future_aux: Words = Field(min_length=1)
    directing_verbs: Words = Field(min_length=1)
    # session 24 (evprec24): escaped arrests, powers granted, memoranda of one party
    escape_verbs: Words = Field(min_length=1)
    escaped_act_types: Words = Field(min_length=1)
    power_words: Words = Field(min_length=1)
    unilateral_instruments: Words = Field(min_length=1)
    instrument_party_words: Words = Field(min_length=1)
    instrument_party_preps: Words = Field(min_length=1)
    norm_documents: Words = Field(min_length=1)
    # session 24 (evclause24): relative clauses whose person pronoun does an act of its own
    acting_relative_pronouns: Words = Field(min_length=1)
    # session 27 (evprec27): retorts, goods a trade measure targets, a politician's own rally
    retort_verbs: Words = Field(min_length=1)
    traded_goods_nouns: Words = Field(min_length=1)
    campaign_event_nouns: Words = Field(min_length=1)
    rally_host_verbs: Words = Field(min_length=1)
    campaign_sectors: list[str] = Field(min_length=1)
    # session 28 (evprec28): tones struck, courts that reverse, neutral refusals, rallies as
    # venues, practices on a condition, future office holders, idioms with 'no'
    manner_nouns: Words = Field(min_length=1)
    court_nouns: Words = Field(min_length=1)
    reversal_verbs: Words = Field(min_length=1)
    side_taking_phrases: Words = Field(min_length=1)
    side_taking_verbs: Words = Field(min_length=1)
    refusal_verbs: Words = Field(min_length=1)
    open_choice_words: Words = Field(min_length=1)
    venue_preps: Words = Field(min_length=1)
    practice_marks: Words = Field(min_length=1)
    practice_limiters: Words = Field(min_length=1)
    future_holder_modifiers: Words = Field(min_length=1)
    negating_determiners: Words = Field(min_length=1)
    # session 28 (evprec28b): stances on policies, ratings, rights recognized, accords named
    # as things, vows to litigate, embezzlement, past routines, rules of conduct with never
    policy_backing_verbs: Words = Field(min_length=1)
    policy_objects: Words = Field(min_length=1)
    rating_nouns: Words = Field(min_length=1)
    level_verbs: Words = Field(min_length=1)
    poll_preps: Words = Field(min_length=1)
    recognition_verbs: Words = Field(min_length=1)
    recognized_norm_nouns: Words = Field(min_length=1)
    regard_verbs: Words = Field(min_length=1)
    litigation_verbs: Words = Field(min_length=1)
    lawsuit_nouns: Words = Field(min_length=1)
    loot_verbs: Words = Field(min_length=1)
    embezzled_words: Words = Field(min_length=1)
    past_habit_adverbs: Words = Field(min_length=1)
    practice_negators: Words = Field(min_length=1)


def _word_list_fields(model: type[BaseModel]) -> list[str]:
    """The fields of `model` that are lists of words, from the model itself (so a new list
    is checked without being named twice)."""
    return [name for name, field in model.model_fields.items() if field.annotation == Words]


def _check_false_senses(name: str, data: Any) -> None:
    check(name, FalseSenses, data)
    types = set(plover_modes())
    for key in _word_list_fields(FalseSenses):  # a word listed twice is a slip
        seen: set[str] = set()
        for i, word in enumerate(data.get(key) or []):
            if word in seen:
                raise LexiconError(f"{name}: {key}[{i}]: {word!r} is listed twice")
            seen.add(word)
    for key in ("thing_compound_types", "party_object_exempt_types", "content_intent_types",
                "purpose_request_types", "purpose_protest_types", "mission_types",
                "product_senses", "abstract_target_types", "accusing_types",
                "punishing_types", "speech_act_types", "threat_types",
                "answering_types", "answered_types", "supported_content_types",
                "obligation_types"):
        for i, etype in enumerate(data[key]):
            if etype not in types:
                raise LexiconError(f"{name}: {key}[{i}]: unknown type {etype!r}")


def _plain(model: type[BaseModel]) -> Callable[[str, Any], None]:
    def run(name: str, data: Any) -> None:
        check(name, model, data)
    return run


# ----------------------------------------------------------------------------- ingest files


class FolderSkip(_Strict):
    """One rule of the folder walk: names that are no articles, and the reason reported."""

    reason: str = Field(min_length=3)
    applies_to: Literal["file", "folder", "any"]
    names: list[str] = []
    stems: list[str] = []
    extensions: list[str] | None = None


class IngestFiles(_Open):
    folder_skips: list[FolderSkip]
    binary_signatures: list[dict[str, str]]
    extensions: dict[str, str]


def _check_ingest_files(name: str, data: Any) -> None:
    """The schema, then what it cannot say: each rule has a pattern, patterns are lower case
    (names are matched lower-cased), extensions start with a dot, and only stems take them."""
    parsed = cast(IngestFiles, check(name, IngestFiles, data))
    for i, rule in enumerate(parsed.folder_skips):
        where = f"{name}: folder_skips[{i}]"
        if not rule.names and not rule.stems:
            raise LexiconError(f"{where}: a rule needs 'names' or 'stems'")
        if rule.extensions is not None and not rule.stems:
            raise LexiconError(f"{where}: 'extensions' limit 'stems' only")
        if rule.stems and rule.applies_to != "file":
            raise LexiconError(f"{where}: 'stems' (with extensions) apply to files only")
        for pattern in [*rule.names, *rule.stems, *(rule.extensions or [])]:
            if not pattern.strip() and pattern not in (rule.extensions or []):
                raise LexiconError(f"{where}: an empty pattern")
            if pattern != pattern.lower():
                raise LexiconError(f"{where}: {pattern!r} is not lower case")
        for ext in rule.extensions or []:
            if ext and (not ext.startswith(".") or "." in ext[1:]):
                raise LexiconError(f"{where}: extension {ext!r} is not '.xyz' or ''")
    for ext in parsed.extensions:
        if not ext.startswith("."):
            raise LexiconError(f"{name}: extensions[{ext!r}]: not a '.xyz' extension")


class AgentGroups(_Strict):
    about: str
    groups: dict[str, str | None] = Field(min_length=1)


def _check_agent_groups(name: str, data: Any) -> None:
    """Group nouns are lower-case plurals, their sectors are sectors of actors.json."""
    parsed = check(name, AgentGroups, data)
    assert isinstance(parsed, AgentGroups)
    from newsweave.extract.lexicon import load_json

    actors = load_json("actors.json")
    sectors = set(actors["state_sectors"]) | set(actors["civil_group_sectors"])
    for noun, sector in parsed.groups.items():
        if noun != noun.lower() or not noun.endswith("s"):
            raise LexiconError(f"{name}: {_path('groups', noun)}: nouns are lower-case "
                               "plurals")
        if sector is not None and sector not in sectors:
            raise LexiconError(f"{name}: {_path('groups', noun)}: {sector!r} is not a sector "
                               "of actors.json (state_sectors, civil_group_sectors)")


def _lower_case(name: str, part: str, word: str, what: str) -> None:
    """A lexicon word is lower case and not blank (`what` names the kind in the error)."""
    if word != word.lower() or not word.strip():
        raise LexiconError(f"{name}: {_path(part, word)}: {what} are lower case")


class UnnamedActors(_Strict):
    about: str
    organisations: dict[str, str | None] = Field(min_length=1)
    name_ends: dict[str, str | None] = Field(min_length=1)
    people: dict[str, str | None] = Field(min_length=1)
    suspect_descriptions: Words = Field(min_length=1)


def _check_unnamed_actors(name: str, data: Any) -> None:
    """Nouns are lower case, their sectors are sectors of actors.json."""
    parsed = check(name, UnnamedActors, data)
    assert isinstance(parsed, UnnamedActors)
    from newsweave.extract.lexicon import load_json

    actors = load_json("actors.json")
    sectors = set(actors["state_sectors"]) | set(actors["civil_group_sectors"]) | {"PTY"}
    for part, nouns in (("organisations", parsed.organisations),
                        ("name_ends", parsed.name_ends), ("people", parsed.people)):
        for noun, sector in nouns.items():
            _lower_case(name, part, noun, "nouns")
            if sector is not None and sector not in sectors:
                raise LexiconError(f"{name}: {_path(part, noun)}: {sector!r} is not a sector "
                                   "of actors.json (state_sectors, civil_group_sectors, PTY)")


class SpeechWords(_Strict):
    """lexicons/event_speech.json: the words the rules of extract/event_speech.py read."""

    about: str
    hope_words: Words = Field(min_length=1)
    obligation_modals: Words = Field(min_length=1)
    own_side_possessives: Words = Field(min_length=1)
    discourse_imperatives: Words = Field(min_length=1)
    imperative_openers: Words = Field(min_length=1)
    outcome_verbs: Words = Field(min_length=1)
    force_types: Words = Field(min_length=1)
    force_verbs: Words = Field(min_length=1)
    # evaluative_stance (session 12): what a speaker says another party does that judges it
    stance_verbs: Words = Field(min_length=1)
    object_stance_verbs: Words = Field(min_length=1)
    duty_verbs: Words = Field(min_length=1)
    wrong_objects: Words = Field(min_length=1)
    no_objects: Words = Field(min_length=1)
    weapon_nouns: Words = Field(min_length=1)
    stance_adverbs: Words = Field(min_length=1)
    stance_words: Words = Field(min_length=1)
    # chanted_accusation (session 12): a crowd's chants and banners
    chant_verbs: Words = Field(min_length=1)
    charge_words: Words = Field(min_length=1)
    # risk_not_threat (session 12): what a happening threatens to bring about
    risk_verbs: Words = Field(min_length=1)
    # retaliation_idiom (session 12): what a party is told it will pay or regret
    retaliation_idioms: Words = Field(min_length=1)
    # wished_act (session 14): options weighed, others' acts wished for or forecast
    option_verbs: Words = Field(min_length=1)
    others_act_verbs: Words = Field(min_length=1)
    # answered_act (evreal12): nouns naming an earlier act an answer answers, with its types
    answered_act_nouns: dict[str, list[str]] = Field(min_length=1)
    answering_types: Words = Field(min_length=1)
    answered_call_verbs: Words = Field(min_length=1)
    # dispersed_protesters (evreal12): the means of crowd control
    crowd_control_words: Words = Field(min_length=1)
    # undergone_act_doer (evreal12): acts done to whom their possessive names
    undergone_act_nouns: dict[str, list[str]] = Field(min_length=1)
    freed_nouns: Words = Field(min_length=1)


def _check_event_speech(name: str, data: Any) -> None:
    """Words are lower case; force_types are PLOVER types."""
    parsed = check(name, SpeechWords, data)
    assert isinstance(parsed, SpeechWords)
    plover = set(plover_modes())
    for noun, acts in [*parsed.answered_act_nouns.items(),
                       *parsed.undergone_act_nouns.items()]:
        for typ in [*acts, *parsed.answering_types]:
            if typ not in plover:
                raise LexiconError(f"{name}: {_path('answered_act_nouns', noun)}: {typ!r} is "
                                   "not a PLOVER type")
    for part, words in parsed.model_dump().items():
        if part in ("about", "force_types", "answering_types"):
            continue
        for word in words:
            _lower_case(name, part, word, "words")
            if part in ("stance_verbs", "object_stance_verbs") and len(word.split()) > 2:
                # a verb, or a verb and its particle or preposition ("sell out")
                raise LexiconError(f"{name}: {_path(part, word)}: one verb and at most one "
                                   "particle or preposition")
    types = set(plover_modes())
    for etype in parsed.force_types:
        if etype not in types:
            raise LexiconError(f"{name}: {_path('force_types', etype)}: not a PLOVER type")


class ArgumentWords(_Strict):
    """lexicons/argument_words.json: the word lists of the argument rules."""

    about: str
    aid_nouns: Words = Field(min_length=1)
    act_partitives: Words = Field(min_length=1)
    patient_types: Words = Field(min_length=1)
    quantifier_partitives: Words = Field(min_length=1)
    joint_words: Words = Field(min_length=1)
    mediating_verbs: Words = Field(min_length=1)
    permitting_verbs: Words = Field(min_length=1)
    staging_preps: Words = Field(min_length=1)
    rivalry_nouns: Words = Field(min_length=1)
    condition_marks: Words = Field(min_length=1)
    seeking_verbs: Words = Field(min_length=1)
    munition_nouns: Words = Field(min_length=1)
    # session 23 (evseedargs23): taking part in an attack, light verbs of an attack, places
    part_nouns: Words = Field(min_length=1)
    light_attack_verbs: Words = Field(min_length=1)
    place_kind_nouns: Words = Field(min_length=1)
    place_object_preps: Words = Field(min_length=1)
    group_unit_nouns: Words = Field(min_length=1)
    # session 24 (evwire24): a fight between the parties of one subject; embassies protested at
    mutual_fight_verbs: Words = Field(min_length=1)
    mission_nouns: Words = Field(min_length=1)
    party_preps: Words = Field(min_length=1)
    post_nouns: Words = Field(min_length=1)
    outward_office_words: Words = Field(min_length=1)
    # session 24 (evseed24): prepositions of a partner acting beside the actor
    partner_preps: Words = Field(min_length=1)
    responsibility_nouns: Words = Field(min_length=1)
    responsibility_verbs: Words = Field(min_length=1)
    # session 24 (evclause24): nouns whose owner does their to-infinitive's act
    intent_owner_nouns: Words = Field(min_length=1)
    # session 24b (evwire24b): an invitation answered to the host of what it is to; the party
    # an accusation or inquiry noun's own phrase aims at; the place a fire is set to;
    # the named place an attack hits near; the state a hyphened participle says holds a place
    invitation_nouns: Words = Field(min_length=1)
    accused_noun_preps: Words = Field(min_length=1)
    arson_nouns: Words = Field(min_length=1)
    vicinity_preps: Words = Field(min_length=1)
    holding_participles: Words = Field(min_length=1)
    # session 25 (evargs25): the state a foreign party is a guest of ('the host government')
    host_modifiers: Words = Field(min_length=1)
    # session 25 (lead): nouns that call a place small ('the village of X'): rule
    # unnamed_country_town
    village_nouns: Words = Field(min_length=1)
    # session 26 (evargs26): verbs of hosting a meeting and the meetings hosted: the host
    # consults each party of the meeting (events.py host_of_talks)
    host_verbs: Words = Field(min_length=1)
    hosted_meeting_nouns: Words = Field(min_length=1)
    # the meetings whose in/at place is a venue, no home of a bare organ (meeting_venue_place)
    venue_meeting_words: Words = Field(min_length=1)
    # verbs of yielding whose participle names whom a concession gives in to
    yielding_verbs: Words = Field(min_length=1)
    # session 27 (evargs27): verbs of offering to do an act ('offered to host talks'): an
    # offer to host or to mediate is the host's planned CONSULT (events.py offered_hosting)
    offering_verbs: Words = Field(min_length=1)
    # session 26 (lead): pronouns of people, a party in a grievance's that-clause (clause_party)
    party_pronouns: Words = Field(min_length=1)
    # session 27 (evprec27): a clash over an issue between unarmed parties (dispute_clash)
    dispute_fight_words: Words = Field(min_length=1)
    issue_preps: Words = Field(min_length=1)
    fighting_sectors: Words = Field(min_length=1)
    # session 27 (evprec27): the heads and modifiers of a mission abroad (mission_owner_country)
    abroad_owner_heads: Words = Field(min_length=1)
    # session 28 (evprec28): a diplomat takes no story country (diplomat_no_story_country)
    foreign_service_nouns: Words = Field(min_length=1)
    abroad_owner_modifiers: Words = Field(min_length=1)
    # session 28 (evargs28): where an act of force is launched from, no setting of the act
    # (event_places.py launch_origin)
    launch_place_nouns: Words = Field(min_length=1)
    # session 28 (evrec28b): where an accusation is lodged, no party accused (venue_not_accused)
    venue_nouns: Words = Field(min_length=1)
    venue_sectors: Words = Field(min_length=1)
    # session 28 (evrec28b): 'visited X to apologize' (events.py purpose_visit_recipient)
    purpose_visit_verbs: Words = Field(min_length=1)
    purpose_visit_types: Words = Field(min_length=1)
    # session 28 (evrec28b): 'pushed for X to keep ...' (event_arguments.py beneficiary_not_asked)
    benefit_verbs: Words = Field(min_length=1)


def _check_argument_words(name: str, data: Any) -> None:
    """Words are lower case and listed once; patient_types are PLOVER types."""
    parsed = check(name, ArgumentWords, data)
    assert isinstance(parsed, ArgumentWords)
    for part, words in parsed.model_dump().items():
        if part == "about":
            continue
        if len(set(words)) != len(words):
            raise LexiconError(f"{name}: {part}: a word is listed twice")
        for word in words:
            if part != "patient_types":
                _lower_case(name, part, word, "words")
    plover = set(plover_modes())
    for etype in parsed.patient_types:
        if etype not in plover:
            raise LexiconError(f"{name}: {_path('patient_types', etype)}: not a PLOVER type")


# ----------------------------------------------------------------------------- registry


SCHEMAS: dict[str, Callable[[str, Any], None]] = {
    "plover_types.json": _check_plover_types,
    "event_lexicon.json": _check_event_lexicon,
    "modality.json": _check_modality,
    "roles.json": _check_roles,
    "actors.json": _check_actors,
    "person_gender.json": _check_person_gender,
    "claim_type_families.json": _check_claim_families,
    "outlets.json": _plain(OutletsLexicon),
    "reporting_verbs.json": _plain(ReportingVerbs),
    "quote_channels.json": _plain(QuoteChannels),
    "quote_speakers.json": _plain(QuoteSpeakers),
    "abbreviations.json": _check_abbreviations,
    "link_name_parts.json": _plain(LinkNameParts),
    "sports.json": _plain(SportsLexicon),
    "false_senses.json": _check_false_senses,
    "person_name_edges.json": _plain(PersonNameEdges),
    "names.json": _plain(NamesLexicon),
    "regions.json": _check_regions,
    "place_aliases.json": _check_place_aliases,
    "ingest_files.json": _check_ingest_files,
    "agent_groups.json": _check_agent_groups,
    "unnamed_actors.json": _check_unnamed_actors,
    "event_speech.json": _check_event_speech,
    "argument_words.json": _check_argument_words,
}


def validate(name: str, data: Any) -> None:
    """Check one lexicon file's data against its schema (no-op for files without one)."""
    checker = SCHEMAS.get(name)
    if checker is not None:
        checker(name, data)
        logger.debug("lexicon %s passed its schema", name)
