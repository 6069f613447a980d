"""Actor gazetteer and resolution: capitals and ministries stand for their state, group aliases
unify, people carry their role's country and sector, demonym phrases name state organs."""

from __future__ import annotations

from typing import Any

import pytest

from newsweave.extract.actors import build_gazetteer, describe
from newsweave.extract.geo import geocode


def test_group_aliases_unify() -> None:
    gaz = build_gazetteer()
    names = {gaz.lookup(a).name for a in ("IS", "ISIS", "ISIL", "Islamic State", "Daesh")}  # type: ignore[union-attr]
    assert names == {"Islamic State"}
    assert gaz.lookup("is") is None  # acronyms are case-sensitive


def test_capitals_and_seats_stand_for_the_state() -> None:
    gaz = build_gazetteer()
    for name, country in (("Moscow", "RUS"), ("Kremlin", "RUS"), ("Kabul", "AFG"),
                          ("Washington", "USA"), ("Russian Federation", "RUS")):
        info = gaz.lookup(name)
        assert info is not None and info.country == country, name
        assert gaz.state_name(info.country) == ("United States" if country == "USA"
                                                 else gaz.country_names[country])
    assert gaz.lookup("Moscow").name == gaz.lookup("Kremlin").name == "Russia"  # type: ignore[union-attr]


def test_person_descriptions_give_country_and_sector() -> None:
    assert describe("Zamir Kabulov", "Russia's special envoy for Afghanistan") == ("RUS", "GOV")
    assert describe("X", "a Russian Foreign Ministry spokeswoman") == ("RUS", "GOV")
    assert describe("Mansour", "Taliban leader") == ("AFG", "REB")
    assert describe("Y", "Kabul-based security expert") == (None, "CIV")
    assert describe("Z", "special envoy to Afghanistan") == (None, "GOV")


def test_geocoding_prefers_the_story_countries() -> None:
    # "Hyderabad" is a city in India and in Pakistan
    assert geocode("Hyderabad", ["PAK"]).country == "PAK"  # type: ignore[union-attr]
    assert geocode("Hyderabad", ["IND"]).country == "IND"  # type: ignore[union-attr]
    loc = geocode("Dushanbe")
    assert loc is not None and loc.country == "TJK" and loc.kind == "city"
    assert abs(loc.lat - 38.5) < 0.5  # type: ignore[operator]
    country = geocode("Tajikistan")
    assert country is not None and country.kind == "country" and country.lat is not None
    assert geocode("Nowhereville") is None


@pytest.mark.slow
def test_mentions_carry_country_and_sector(nlp: Any) -> None:
    from newsweave.extract.mentions import extract_mentions
    from newsweave.model import Article

    text = ("Zamir Kabulov, Russia's special envoy for Afghanistan, met the Taliban. "
            "Kabulov said the Kremlin agreed.")
    art = Article(article_id="a", source="t", text=text)
    by_text = {m.text: m for m in extract_mentions(nlp(text), art)}
    assert (by_text["Zamir Kabulov"].country, by_text["Zamir Kabulov"].sector) == ("RUS", "GOV")
    assert by_text["Kabulov"].country == "RUS"  # the cluster shares its description
    assert by_text["Taliban"].sector == "REB"
