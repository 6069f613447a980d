"""The synthetic corpus of the link benchmarks is shaped like news about many stories: a
surname alone mostly stands for someone its article names in full, so the story split does
not join ever more articles into one story as the corpus grows."""

from __future__ import annotations

import random

from newsweave.engine import synthetic
from newsweave.engine.synthetic import synthetic_analyses


def test_a_lone_surname_mostly_names_a_person_of_its_article() -> None:
    _articles, analyses = synthetic_analyses(500, random.Random(5))
    lone = own = 0
    for a in analyses:
        full = {m.text.split()[-1] for m in a.mentions if m.label == "PERSON"
                and len(m.text.split()) == 2}
        for m in a.mentions:
            if m.label == "PERSON" and len(m.text.split()) == 1:
                lone += 1
                own += m.text in full
    assert lone == 2 * len(analyses)
    share = own / lone
    expected = 1 - 1 / synthetic.LONE_SURNAMES
    assert expected - 0.05 <= share <= expected + 0.05


def test_the_corpus_keeps_everything_but_lone_surnames_as_the_seed_draws_them() -> None:
    """Only the lone surnames changed: the random stream (texts, dates, events, quotes) is
    drawn as before, so the same seed gives the same articles."""
    first, first_analyses = synthetic_analyses(60, random.Random(9))
    again, again_analyses = synthetic_analyses(60, random.Random(9))
    assert [a.text for a in first] == [a.text for a in again]
    assert [len(a.events) for a in first_analyses] == [4] * 60
    assert first_analyses == again_analyses
