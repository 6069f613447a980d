"""The link's caches of work by name or text (name tokens, pairs of name tokens, quote
texts) hold what a link of a large corpus asks for: a least-recently-used cache smaller
than one link's questions gets no hits at all on the next link, which asks in the same
order."""

from __future__ import annotations

import functools

from newsweave.link import claims, entities, evidence, names
from newsweave.link.entities import LocalCluster
from newsweave.model import Mention

# caches whose keys grow with the corpus
GROWING = [names.group_key, names.person_tokens, names.phonetic, names.tokens_match,
           names.person_name, entities.state_code, entities.known_group,
           entities.clean_description, entities._firsts_compatible, claims._lemmas,
           claims._family_counts, claims._said_families, claims._day, claims._capital_words,
           evidence.doubt_cue]


def test_caches_of_names_and_texts_hold_a_large_corpus() -> None:
    for fn in GROWING:
        assert fn.cache_info().maxsize >= names.CORPUS_CACHE, fn.__name__
    assert names.CORPUS_CACHE >= 1_000_000


def test_an_lru_cache_smaller_than_a_link_gets_no_hits_on_the_next_link() -> None:
    """Why the sizes matter: the same questions in the same order, one more than fits."""
    @functools.lru_cache(maxsize=100)
    def work(x: int) -> int:
        return x * 2

    for _ in range(2):
        for x in range(101):
            work(x)
    assert work.cache_info().hits == 0
    names.tokens_match.cache_clear()
    for _ in range(2):
        for i in range(101):
            names.tokens_match(f"Name{i}", f"Nam{i}")
    assert names.tokens_match.cache_info().hits == 101


def _cluster(label: str, canonical: str, text: str | None = None) -> LocalCluster:
    m = Mention(mention_id=f"m-{canonical}", article_id="a1", text=text or canonical,
                label=label, span=(0, len(text or canonical)), canonical=canonical,
                local_key=f"{label}:{canonical.lower()}")
    return LocalCluster("a1", m.local_key, [m])


def test_a_cluster_knows_how_it_is_grouped() -> None:
    person = _cluster("PERSON", "Dana Okafor")
    assert person.is_person and not person.maybe_misread
    demonym = _cluster("PERSON", "Russians")  # a NER slip: the state, not a person
    assert not demonym.is_person and demonym.group == "STATE:RUS"
    capital = _cluster("GPE", "Moscow")
    assert capital.group == "STATE:RUS" and not capital.maybe_misread
    group = _cluster("ORG", "Daesh")
    assert group.group == "GROUP:islamic state"
    misread = _cluster("ORG", "Tarek Velasquez")  # may be a person named as an ORG
    assert misread.maybe_misread and misread.group == "GROUP:tarek velasquez"
    assert not _cluster("ORG", "the Harbor Board of Fisheries").maybe_misread  # 5 words
    assert not _cluster("ORG", "Unit 731").maybe_misread


def test_a_cluster_forgets_how_it_is_grouped_when_its_mentions_change() -> None:
    c = _cluster("ORG", "Kovac")
    assert c.group == "GROUP:kovac" and not c.is_person
    c.mentions[0] = _cluster("PERSON", "Lena Kovac").mentions[0]
    c.settle()
    assert c.is_person
