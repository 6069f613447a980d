"""The countries an event's places tell: where the act happened, what border troops were
sent to, which state a place that was attacked is in.

An argument never borrows a country from another argument (unknown is better than wrong);
a place the sentence names is evidence of its own: "killed 30 farmers in a northern
province" puts the farmers in that province's country, "massed troops near the Ukrainian
border" aims the deployment at Ukraine. Place names are read by the gazetteer first
(countries, capitals), then by the geocoder (towns, provinces) through
newsweave.extract.actors.country_of_place.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from newsweave.extract.ablation import enabled
from newsweave.extract.actors import ActorContext, country_of_place
from newsweave.extract.gazetteer import build_gazetteer
from newsweave.extract.lexicon import argument_words

if TYPE_CHECKING:
    from spacy.tokens import Token

logger = logging.getLogger(__name__)

BORDER_NOUNS = frozenset({"border", "borders", "frontier", "frontiers", "boundary",
                          "boundaries", "borderland", "border area", "border region"})
# prepositions of where an act took place ("in Kaduna state") and of where forces go
SETTING_PREPS = ("in", "inside", "across", "throughout")
DESTINATION_PREPS = ("to", "near", "along", "toward", "towards", "into", "on", "at", "in",
                     "across")


_ADMIN_NOUNS = frozenset({"region", "province", "state", "district", "county", "city", "town",
                          "village", "oblast", "governorate", "prefecture", "municipality"})


def _pobjs(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of `tok`'s prepositions among `preps`, with their conjuncts ('in Lyon and
    in Madrid', 'in Lyon and Madrid')."""
    heads = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps]
    heads += [k for h in heads for k in h.children if k.dep_ == "conj" and k.lower_ in preps]
    objs = [p for h in heads for p in h.children if p.dep_ == "pobj"]
    return objs + [k for p in objs for k in p.children if k.dep_ == "conj"]


def place_phrase_country(tok: Token, ctx: ActorContext, depth: int = 0,
                         setting: bool = False) -> str | None:
    """The country of a place phrase: 'Lyon', 'Russia's Krasnodar region', 'the outskirts of
    Khan Younis', 'a hotel in Mogadishu', 'Kaduna state'. None when no place is named.
    `setting`: the token stands where a place goes ('in X'), see country_of_place."""
    code = country_of_place(tok, ctx, setting=setting)
    if code:
        return code
    gaz = build_gazetteer()
    for child in tok.lefts:
        for t in child.subtree:  # "Russia's Krasnodar region", "Mozambique's X province"
            if t.dep_ == "poss" and t.pos_ == "PROPN":
                code = country_of_place(t, ctx, setting=True)
                if code:
                    return code
    if tok.lower_ in _ADMIN_NOUNS:
        # "Borno state", "the Donetsk region": the province the words name
        from newsweave.extract.geo import geocode

        names = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and c.pos_ == "PROPN"]
        if names:
            text = tok.doc[names[0].left_edge.i:tok.i + 1].text
            loc = geocode(text, [ctx.story_country] if ctx.story_country else [])
            code = loc.country if loc is not None else \
                next((gaz.country_of(n.text) for n in names if gaz.country_of(n.text)), None)
            if code is None and enabled("named_region_town"):
                # rule named_region_town (evargs19): "the Lviv region", "Sagaing region": a
                # province named for its town, which the geocoder knows alone
                loc = geocode(names[-1].text, [ctx.story_country] if ctx.story_country else [])
                code = loc.country if loc is not None else None
            if code:
                return code
    if depth < 2:
        # "the outskirts of X", "a camp in X": the place the phrase is of or in
        for pobj in _pobjs(tok, ("of", "in", "inside", "near", "outside")):
            code = place_phrase_country(pobj, ctx, depth + 1, setting=True)
            if code:
                return code
    return None


def setting_country(verb: Token, nouns: list[Token], ctx: ActorContext) -> str | None:
    """The country of where the act took place: an 'in X' phrase of the verb or of one of its
    arguments ('killed 30 farmers in a northern province', 'detained 40 journalists in
    Istanbul'); None when none is named or they name two countries."""
    found: set[str] = set()
    heads = [verb, *nouns, *(p for n in nouns for p in _pobjs(n, ("of",)))]
    if enabled("nested_setting"):
        # "abducted 80 pupils from a school in Kaduna state", "beaten by police in Minsk",
        # "fired on protesters outside a court in Nairobi": the place of the thing or the
        # agent the act is tied to
        heads += [p for h in [verb, *nouns]
                  for p in _pobjs(h, ("from", "at", "outside", "near", "inside", "on"))
                  if not launch_origin(p)]
        heads += [p for a in verb.children if a.dep_ == "agent"
                  for p in a.children if p.dep_ == "pobj"]
        # "police in Hong Kong raided ... and arrested six people": where the doer is
        owner = verb.head if verb.dep_ == "conj" else verb
        heads += [c for c in owner.children if c.dep_ == "nsubj"]
    if enabled("act_noun_setting"):
        heads += act_noun_targets(verb)
    for head in heads:
        for pobj in _pobjs(head, SETTING_PREPS):
            code = place_phrase_country(pobj, ctx, setting=True)
            if code:
                found.add(code)
    return found.pop() if len(found) == 1 else None


def launch_origin(pobj: Token) -> bool:
    """Rule launch_origin (evargs28): 'shelled the town from positions in the hills of X',
    'attack border posts from hideouts in Y': a 'from' phrase whose noun is where an attack is
    launched (argument_words launch_place_nouns) tells where the attacker stands, not where
    the act took place nor what it hit, so its place is no setting. Other 'from' phrases
    ('abducted pupils from a school in Z') still are."""
    return pobj.head.lower_ == "from" and enabled("launch_origin") and \
        pobj.lower_ in argument_words()["launch_place_nouns"]


_ACT_NOUN_TYPES = frozenset({"ASSAULT", "COERCE"})


def act_noun_targets(verb: Token) -> list[Token]:
    """Rule act_noun_setting (evargs28): 'killed 14 worshippers in an attack on a church in
    X', 'wounded three guards in a raid on a depot near Y': when a verb's 'in' or 'during'
    phrase is an act of force told by its noun (event lexicon nouns of an ASSAULT or COERCE
    sense), the thing that act hit (its on/against/at phrase) is where the verb's act took
    place, so its 'in' phrase is the setting. Empty for any other phrase ('in a statement',
    'in March')."""
    from newsweave.extract.event_lexicon import lexicon

    nouns = lexicon()["nouns"]
    out: list[Token] = []
    for act in _pobjs(verb, ("in", "during")):
        senses = nouns.get(act.lower_) or nouns.get(act.lemma_.lower()) or []
        if act.pos_ == "NOUN" and any(sense.get("type") in _ACT_NOUN_TYPES
                                      for sense in senses):
            out.extend(_pobjs(act, ("on", "against", "at")))
    return out


def border_country(noun: Token, ctx: ActorContext) -> str | None:
    """The country across a border: "Ukraine's border", "the Libyan border", "its border
    with Belarus", "the border with X". A border that is only 'its' own tells none."""
    if noun.lower_ not in BORDER_NOUNS and noun.lemma_.lower() not in BORDER_NOUNS:
        return None
    gaz = build_gazetteer()
    for pobj in _pobjs(noun, ("with",)):
        code = country_of_place(pobj, ctx) or gaz.country_of(pobj.text)
        if code:
            return code
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            code = country_of_place(child, ctx) or gaz.country_of(child.text)
            if code:
                return code
        if child.dep_ in ("amod", "compound") and child.i < noun.i:
            code = gaz.country_of(child.text)
            if code:
                return code
    return None


def destination_country(verb: Token, obj: Token | None, own: str | None,
                        ctx: ActorContext) -> tuple[str, Token] | None:
    """Where forces are sent or massed, when that is another country than the actor's own:
    'to its border with Belarus', 'near the Libyan border', 'to Mozambique's northern
    province'. (country, the place's token), or None for a deployment at home or nowhere
    named."""
    heads = [verb] + ([obj] if obj is not None else [])
    for head in heads:
        for pobj in _pobjs(head, DESTINATION_PREPS):
            for node in _place_nodes(pobj):
                code = border_country(node, ctx) or (
                    None if node.lower_ in BORDER_NOUNS else
                    place_phrase_country(node, ctx, setting=True))
                if code and code != own:
                    return code, node
    return None


def _place_nodes(pobj: Token) -> list[Token]:
    """A destination and the places it is 'near' or 'on' ('an air base near the border')."""
    out = [pobj]
    for inner in _pobjs(pobj, ("near", "on", "along", "at", "of", "with", "in")):
        out.append(inner)
    return out
