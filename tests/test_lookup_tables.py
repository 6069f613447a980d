"""Lookup tables every process loads (place names, the language identifier) are read back
from the disk cache cheaply and answer exactly as the freshly built ones."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from newsweave import diskcache
from newsweave.extract.geo import City, CityNames


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(diskcache.CACHE_ENV, str(folder))
    return folder


def _city(name: str, country: str, population: int, primary: bool = True) -> City:
    return City(name, country, 10.0, 20.0, population, primary, geonameid=population)


def test_city_names_open_each_name_on_its_first_lookup() -> None:
    springfield = (_city("Springfield", "USA", 160_000), _city("Springfield", "AUS", 9_000))
    names = CityNames({"springfield": springfield,
                       "old town": (_city("Newtown", "GBR", 20_000, primary=False),)})
    assert names.get("springfield") == springfield
    assert names.get("springfield") is names.get("springfield")  # opened once, then kept
    assert names.get("atlantis") == () and names.get("atlantis", springfield) == springfield
    assert "old town" in names and "atlantis" not in names and len(names) == 2
    assert names.get("old town")[0].name == "Newtown"


def test_city_names_written_to_the_cache_hold_no_opened_cities() -> None:
    names = CityNames({"springfield": (_city("Springfield", "USA", 160_000),)})
    names.get("springfield")
    again = pickle.loads(pickle.dumps(names))
    assert again._open == {} and again.get("springfield") == names.get("springfield")


def test_the_cached_language_identifier_answers_as_the_bundled_model(
        cache: Path) -> None:
    from newsweave.ingest import meta

    texts = ["The minister said on Monday that the talks would resume next week.",
             "Der Minister sagte am Montag, dass die Gespräche weitergehen würden.",
             "Le ministre a déclaré lundi que les négociations reprendraient."]
    fresh = meta._load_language_identifier()
    meta._language_identifier.cache_clear()
    try:
        first = [meta.detect_language(t) for t in texts]  # builds and writes the cache
        assert list(cache.glob("language_identifier-*.pickle"))
        meta._language_identifier.cache_clear()
        from_disk = [meta.detect_language(t) for t in texts]
    finally:
        meta._language_identifier.cache_clear()
    expected = [(str(lang), float(p)) for lang, p in (fresh.classify(t) for t in texts)]
    assert first == from_disk == expected
    assert [lang for lang, _ in expected] == ["en", "de", "fr"]

