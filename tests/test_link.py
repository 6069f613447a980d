"""Linking across outlets: syndication (reposts, near-duplicates) and entity resolution."""

from __future__ import annotations

from newsweave.link import link_corpus
from newsweave.link.entities import resolve_entities
from newsweave.link.names import PersonName, person_tokens, same_person
from newsweave.link.syndication import detect_syndication, independent_sources, shingles
from newsweave.model import Article, ArticleAnalysis, Mention, stable_id

ORIGINAL = """The harbour authority of Port Belmont confirmed on Tuesday that the northern
breakwater will be rebuilt over the next three years, ending a long dispute between the city
council and the regional government over who should pay for the repairs.

Under the agreement, the regional government will cover two thirds of the cost and the city will
raise the rest through a temporary levy on cruise passengers. Officials said the first barges
carrying rock from the Calder quarry are expected to arrive before the winter storms.

Fishermen who use the inner basin welcomed the decision but warned that the works must not close
the channel during the herring season, when most boats leave before dawn and return in the early
afternoon with their catch.

The breakwater was badly damaged in two storms last year. Engineers found that several of the
concrete blocks laid in the nineteen sixties had shifted, letting waves reach the warehouses on
the eastern quay and flood the old customs house twice in one month.

A spokeswoman for the harbour authority said tenders for the contract will open next month and
that local firms will be encouraged to bid for the smaller parts of the work."""

OTHER = """Council members in Port Belmont voted late on Monday to delay the new parking scheme
for the old town after shop owners complained that visitors would stay away during the busy
summer months.

The scheme would have replaced free street parking near the market with paid bays and a shuttle
bus from a car park outside the ring road. Supporters said it would cut traffic and make the
narrow streets safer for children walking to school.

Opponents argued that the shuttle timetable was too thin in the evenings and that the fees were
set without asking the people who live above the shops. The council will now hold two public
meetings before a final vote in the autumn, and the mayor said she was open to changes."""


def art(text: str, source: str, **kw: object) -> Article:
    return Article(article_id=stable_id("art", text), source=source, text=text, **kw)  # type: ignore[arg-type]


def test_shingles_are_word_five_grams() -> None:
    assert shingles("One two three four five six") == {"one two three four five",
                                                         "two three four five six"}


def test_repost_with_new_intro_and_footer_points_to_its_original() -> None:
    original = art(ORIGINAL, "harbour-news.html", outlet="Belmont Gazette",
                   published="2021-03-02")
    repost = art("Found this on the Gazette site, worth a read for anyone on the coast.\n\n"
                 + ORIGINAL + "\n\nPosted by seaside_dave at 10:14\nNo comments:\n"
                 "Post a Comment", "blog.txt", published="2021-03-05")
    result = detect_syndication([repost, original])
    assert result.syndication == {repost.article_id: original.article_id}
    assert result.near_duplicates == {}
    pair = result.pairs[0]
    assert pair.containment >= 0.95 and pair.jaccard < 0.95


def test_undated_copies_prefer_the_page_that_names_its_outlet_over_a_blog() -> None:
    original = art(ORIGINAL + "\nCopyright Belmont Gazette", "a.txt", outlet="Belmont Gazette")
    repost = art(ORIGINAL + "\nNo comments:\nPost a Comment", "b.txt")
    result = detect_syndication([repost, original])
    assert result.syndication == {repost.article_id: original.article_id}


def test_near_identical_copy_is_a_near_duplicate_of_the_first_ingested() -> None:
    first = art(ORIGINAL, "one.txt")
    second = art(ORIGINAL.replace("Tuesday", "Wednesday"), "two.txt")
    result = detect_syndication([first, second])
    assert result.near_duplicates == {second.article_id: first.article_id}
    assert result.syndication == {second.article_id: first.article_id}


def test_different_articles_on_the_same_place_are_not_linked() -> None:
    result = detect_syndication([art(ORIGINAL, "a.txt"), art(OTHER, "b.txt")])
    assert result.syndication == {} and result.near_duplicates == {} and result.pairs == []


def test_syndicated_copy_folds_into_its_originals_source() -> None:
    original = art(ORIGINAL, "a.txt", outlet="Belmont Gazette", published="2021-03-02")
    repost = art("Shared from elsewhere.\n" + ORIGINAL, "b.txt", outlet="Coast Blog",
                 published="2021-03-04")
    other = art(OTHER, "c.txt")
    synd = detect_syndication([original, repost, other]).syndication
    sources = independent_sources([original, repost, other], synd)
    assert sources[repost.article_id] == sources[original.article_id] == "Belmont Gazette"
    # no outlet: the article is its own source, an unknown outlet told apart by its file
    assert sources[other.article_id] == "unknown outlet (c.txt)"


# ----------------------------------------------------------------------------- entities


def mention(article_id: str, text: str, label: str = "PERSON", canonical: str | None = None,
            start: int = 0, description: str | None = None) -> Mention:
    canonical = canonical or text
    return Mention(mention_id=stable_id("men", article_id, text, start), article_id=article_id,
                   text=text, span=(start, start + len(text)), label=label,
                   canonical=canonical, local_key=f"{label}:{canonical.lower()}",
                   description=description)


def analysis(article_id: str, *mentions: Mention) -> ArticleAnalysis:
    return ArticleAnalysis(article_id=article_id, mentions=list(mentions))


def entity_of(index: object, m: Mention) -> str:
    return index.mention_entity[m.mention_id]  # type: ignore[attr-defined, no-any-return]


def test_person_name_tokens_drop_titles_and_accents() -> None:
    assert person_tokens("Special Envoy Kabulov") == ("kabulov",)
    assert person_tokens("Dr. José  Ramírez Jr.") == ("jose", "ramirez")
    assert same_person(PersonName(("ashraf", "ghani")), PersonName(("ashraf", "ghani", "ahmadzai")))
    assert not same_person(PersonName(("javid", "ahmad")), PersonName(("nazir", "ahmad")))


def test_surname_and_titled_surname_join_the_only_full_name() -> None:
    full = mention("a1", "Zamir Kabulov", description="Russia's special envoy")
    lone = mention("a2", "Kabulov", start=5)
    titled = mention("a3", "Special Envoy Kabulov", canonical="Kabulov", start=9)
    index = resolve_entities([analysis("a1", full), analysis("a2", lone), analysis("a3", titled)])
    assert entity_of(index, full) == entity_of(index, lone) == entity_of(index, titled)
    ent = index.by_id()[entity_of(index, full)]
    assert ent.name == "Zamir Kabulov" and ent.mention_count == 3
    assert ent.description == "Russia's special envoy"
    assert sorted(ent.article_ids) == ["a1", "a2", "a3"]


def test_spelling_variants_of_one_person_merge() -> None:
    a = mention("a1", "Wahid Muzhda")
    b = mention("a2", "Waheed Muzhda")
    c = mention("a3", "Muzhda")
    index = resolve_entities([analysis("a1", a), analysis("a2", b), analysis("a3", c)])
    assert entity_of(index, a) == entity_of(index, b) == entity_of(index, c)


def test_two_people_sharing_a_surname_stay_apart_and_a_lone_surname_stays_ambiguous() -> None:
    javid = mention("a1", "Javid Ahmad")
    nazir = mention("a2", "Nazir Ahmad")
    lone = mention("a3", "Ahmad")
    index = resolve_entities([analysis("a1", javid), analysis("a2", nazir), analysis("a3", lone)])
    ids = {entity_of(index, javid), entity_of(index, nazir), entity_of(index, lone)}
    assert len(ids) == 3
    assert index.resolve_name("Javid Ahmad") == entity_of(index, javid)
    assert index.resolve_name("Nazir Ahmad") != index.resolve_name("Javid Ahmad")


def test_lone_surname_prefers_the_full_name_in_its_own_article() -> None:
    javid = mention("a1", "Javid Ahmad")
    nazir = mention("a2", "Nazir Ahmad")
    lone = mention("a2", "Ahmad", start=40)
    index = resolve_entities([analysis("a1", javid), analysis("a2", nazir, lone)])
    assert entity_of(index, lone) == entity_of(index, nazir) != entity_of(index, javid)


def test_surname_does_not_join_a_longer_surname() -> None:
    ghani = mention("a1", "Ashraf Ghani Ahmadzai")
    lone = mention("a2", "Ahmad")
    index = resolve_entities([analysis("a1", ghani), analysis("a2", lone)])
    assert entity_of(index, ghani) != entity_of(index, lone)


def test_groups_merge_on_normalised_names_across_labels() -> None:
    a = mention("a1", "the Taliban", label="ORG", canonical="Taliban")
    b = mention("a2", "Taliban", label="NORP")
    c = mention("a3", "U.S.", label="GPE")
    d = mention("a4", "US", label="GPE")
    index = resolve_entities([analysis(x.article_id, x) for x in (a, b, c, d)])
    assert entity_of(index, a) == entity_of(index, b)
    assert entity_of(index, c) == entity_of(index, d)
    assert index.resolve_name("Taliban") == entity_of(index, a)


def test_ner_label_slip_joins_the_person_of_the_same_article() -> None:
    full = mention("a1", "Zamir Kabulov")
    slip = mention("a1", "Kabulov", label="ORG", start=30)
    misread = mention("a2", "Waheed Muzhda", label="ORG")
    known = mention("a3", "Wahid Muzhda")
    index = resolve_entities([analysis("a1", full, slip), analysis("a2", misread),
                              analysis("a3", known)])
    assert entity_of(index, full) == entity_of(index, slip)
    assert entity_of(index, misread) == entity_of(index, known)


def test_entity_ids_are_stable_across_runs_and_every_mention_is_mapped() -> None:
    ms = [mention("a1", "Zamir Kabulov"), mention("a2", "Kabulov"),
          mention("a2", "Moscow", label="GPE", start=20)]
    analyses = [analysis("a1", ms[0]), analysis("a2", ms[1], ms[2])]
    arts = [Article(article_id="a1", source="a1.txt", text="x"),
            Article(article_id="a2", source="a2.txt", text="y")]
    first = link_corpus(arts, analyses)
    second = link_corpus(arts, analyses)
    assert first.to_dict() == second.to_dict()
    assert set(first.mention_entity) == {m.mention_id for m in ms}
    assert first.entities[0].entity_id == stable_id("ent", "PERSON:zamir kabulov")


def test_articles_without_outlet_are_each_their_own_source() -> None:
    a = art(ORIGINAL, "x/story.txt")
    b = art(OTHER, "y/story.txt")
    c = art(OTHER + " More.", "wire.jsonl#L2")
    sources = independent_sources([a, b, c], {})
    assert len(set(sources.values())) == 3
    assert sources[c.article_id] == "unknown outlet (wire.jsonl#L2)"
    # the same file name in two folders: the path relative to the input root tells them apart
    assert sources[a.article_id] == "unknown outlet (x/story.txt)"
    assert sources[b.article_id] == "unknown outlet (y/story.txt)"


def test_a_place_named_like_a_persons_surname_stays_a_place() -> None:
    person = mention("a1", "Michael Jordan")
    place = mention("a1", "Jordan", label="GPE", start=40)
    index = resolve_entities([analysis("a1", person, place)])
    assert entity_of(index, person) != entity_of(index, place)


def test_a_country_its_capital_and_its_demonyms_are_one_state_entity() -> None:
    country = mention("a1", "Russia", label="GPE")
    capital = mention("a1", "Moscow", label="GPE", start=20)
    adjective = mention("a2", "Russian", label="NORP")
    plural = mention("a2", "Russians", label="NORP", start=30)
    seat = mention("a3", "Kremlin", label="ORG")
    tajik = mention("a3", "Tajik", label="PERSON", start=20)  # NER slip: a demonym as PERSON
    american = mention("a3", "American", label="NORP", start=40)
    us = mention("a4", "U.S.", label="GPE")
    index = resolve_entities([analysis("a1", country, capital), analysis("a2", adjective, plural),
                              analysis("a3", seat, tajik, american), analysis("a4", us)])
    russia = entity_of(index, country)
    assert {entity_of(index, m) for m in (capital, adjective, plural)} == {russia}
    assert entity_of(index, seat) != russia  # a seat of government is an institution
    assert entity_of(index, american) == entity_of(index, us)
    by_id = index.by_id()
    assert (by_id[russia].name, by_id[russia].type, by_id[russia].country) == \
        ("Russia", "GPE", "RUS")
    assert set(by_id[russia].aliases) >= {"Moscow", "Russian", "Russians"}
    assert by_id[entity_of(index, tajik)].name == "Tajikistan"
    assert index.resolve_name("Russians") == russia


def test_a_gazetteer_groups_aliases_and_a_cut_short_name_join_one_entity() -> None:
    text = "Fighters of the Islamic State group attacked. ISIS said so."
    cut = mention("a1", "Islamic", label="NORP", start=text.index("Islamic"))
    alias = mention("a1", "ISIS", label="ORG", start=text.index("ISIS"))
    other = mention("a2", "Daesh", label="ORG")
    index = resolve_entities([analysis("a1", cut, alias), analysis("a2", other)],
                             {"a1": text})
    ids = {entity_of(index, m) for m in (cut, alias, other)}
    assert len(ids) == 1
    assert index.by_id()[ids.pop()].name == "Islamic State"


def test_a_description_must_name_a_role() -> None:
    from newsweave.link.entities import best_description, clean_description

    assert clean_description("the Islamic State") is None  # an apposition slip
    assert clean_description("himself") is None
    assert clean_description("” Russian President") == "Russian President"
    assert clean_description("based security analyst") == "security analyst"
    assert clean_description("The US Director of National Intelligence, Gen.") == \
        "The US Director of National Intelligence"
    assert clean_description("the brother of a former Taliban commander") is not None
    assert best_description(["analyst", "a South Asia expert at Yale", "analyst",
                             "the Islamic State", "the Islamic State", "the Islamic State"]) \
        == "analyst"
    assert best_description(["Yale analyst", "a South Asia expert at Yale"]) == \
        "a South Asia expert at Yale"
    omar = mention("a1", "Omar", description="the Islamic State")
    envoy = mention("a2", "Zamir Kabulov", description="Russia's special envoy")
    index = resolve_entities([analysis("a1", omar), analysis("a2", envoy)])
    by_id = index.by_id()
    assert by_id[entity_of(index, omar)].description is None
    assert by_id[entity_of(index, envoy)].description == "Russia's special envoy"
    assert index.resolve_description("the Islamic State", "a1") is None


def test_only_actors_are_key_actors() -> None:
    from newsweave.link.entities import is_key_actor

    ms = [mention("a1", "Russia", label="GPE"), mention("a1", "Central Asian", label="NORP"),
          mention("a1", "Kunduz", label="GPE"), mention("a1", "Taliban", label="ORG"),
          mention("a1", "Javid Ahmad", description="an analyst"),
          mention("a1", "Kalashnikov", label="PERSON")]
    index = resolve_entities([analysis("a1", *ms)])
    by_id = index.by_id()
    key = [is_key_actor(by_id[entity_of(index, m)]) for m in ms]
    assert key == [True, False, False, True, True, False]
    assert is_key_actor(by_id[entity_of(index, ms[2])], in_claims=1)  # a party of a claim


def test_source_labels_are_outlet_site_or_unknown_outlet_with_a_relative_file() -> None:
    from newsweave.link.outlets import input_root, label_detail, relative_source, source_labels

    arts = [Article(article_id="art_1", source="/data/in/a/story.txt", text="x", outlet="DW"),
            Article(article_id="art_2", source="/data/in/b/story.txt", text="y",
                    url="https://www.example.org/news/1"),
            Article(article_id="art_3", source="/data/in/a/note.txt", text="z"),
            Article(article_id="art_4", source="/data/in/b/note.txt", text="w")]
    labels = source_labels(arts)
    assert labels["art_1"] == "DW" and labels["art_2"] == "example.org"
    # unnamed: each its own source, told apart by the path under the input root
    assert labels["art_3"] == "unknown outlet (a/note.txt)"
    assert labels["art_4"] == "unknown outlet (b/note.txt)"
    assert label_detail(labels["art_3"]) == ("unknown outlet", "a/note.txt")
    root = input_root(a.source for a in arts)
    assert root == "/data/in"
    assert relative_source("/data/in/a/story.txt", root) == "a/story.txt"
    assert relative_source("/elsewhere/x.jsonl#L3", root) == "x.jsonl#L3"  # never absolute
    assert relative_source("https://example.org/a", root) == "https://example.org/a"
