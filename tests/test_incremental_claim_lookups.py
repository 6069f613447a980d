"""The claims' entity lookups a growing corpus's links carry from one link to the next
(claims._entity_lookups: changed by the entities the grouping listed anew and those it no
longer lists) equal the lookups made again from every entity, on random batches."""
from __future__ import annotations

import itertools
import random

from newsweave.engine.synthetic import hashed_embed, synthetic_analyses
from newsweave.link import LinkMemo, link_corpus


def test_carried_entity_lookups_equal_lookups_made_from_every_entity() -> None:
    carried = 0
    for seed in range(12):
        rng = random.Random(seed)
        articles, analyses = synthetic_analyses(70, random.Random(100 + seed))
        cuts = sorted(rng.sample(range(1, len(articles)), rng.randint(2, 5)))
        memo = LinkMemo()
        for _lo, hi in itertools.pairwise([0, *cuts, len(articles)]):
            before = memo.claims.entity_by_id
            result = link_corpus(articles[:hi], analyses[:hi], embed=hashed_embed, memo=memo)
            claims_memo = memo.claims
            carried += claims_memo.entity_by_id is before and bool(before)
            actors = {id(e) for e in memo.actor_entities or ()}
            entities = [e for e in result.entities if id(e) not in actors]
            expected = {e.entity_id: e for e in entities}
            assert len(expected) == len(entities), f"seed {seed}: an id twice"
            got = claims_memo.entity_by_id
            assert got.keys() == expected.keys(), f"seed {seed}, first {hi} articles"
            assert all(got[k] is v for k, v in expected.items()), f"seed {seed}, {hi}"
            assert claims_memo.entity_names == {k: e.name for k, e in expected.items()}
    assert carried > 10  # the lookups were carried, not made again each link
