"""Quotes on real news the extractor was not written for: two hand-annotated held-out sets.

tests/data/heldout_articles: 15 article bodies (politics, business, sports, tech, crime) from the
MIT-licensed article-extraction-benchmark, annotated in tests/data/heldout_quotes_gold.json
before the extractor was run on them, then used to find what it missed.
tests/data/fresh_articles: 6 more, annotated in tests/data/fresh_quotes_gold.json after that
work, before running the extractor on them; only two general fixes followed its first run.
tests/data/fresh3_quotes: 11 more (5 from the benchmark, 6 from the CC BY 3.0 ECB+ corpus), every
attribution with a speech cue annotated in tests/data/fresh3_quotes_gold.json before newsweave
was ever run on them (issue 13); measure-only in that session, development data since.
tests/data/fresh4_quotes: 10 more (3 from the benchmark, 7 from ECB+), annotated in
tests/data/fresh4_quotes_gold.json the same way, before newsweave was run on them; development data
since fresh5 was made.
tests/data/fresh5_quotes: 14 more (4 from the benchmark, 10 from ECB+), annotated in
tests/data/fresh5_quotes_gold.json the same way (208 attributions), before newsweave was run on
them; development data since fresh6 was made (the fourth round of issue 13).
tests/data/fresh6_quotes: 17 more (4 from the benchmark, 13 from ECB+), annotated in
tests/data/fresh6_quotes_gold.json the same way (254 attributions), before newsweave was run on
them; measure-only in session 7, development data since fresh8 was made (session 8: its misses
were read and general rules written from them, each tested on made-up sentences).
tests/data/fresh8_quotes: 15 more (13 from the benchmark, 2 from ECB+), annotated in
tests/data/fresh8_quotes_gold.json the same way (283 attributions), before newsweave was run on
them; untouched and measure-only in session 8, development data since fresh10 was made (session 9).
tests/data/fresh9_quotes: 10 more (all from the benchmark: feature, science, music, football,
autos), annotated in tests/data/fresh9_quotes_gold.json the same way (57 attributions), before
newsweave was run on them; development data from the start (session 8).
tests/data/quotes_ecb_dev: 21 real ECB+ articles (session 12; topics 1, 13, 23, 25, 29, 31, 35),
every attribution annotated in tests/data/quotes_ecb_dev_gold.json (279) before newsweave was run
on them; development data from the start. tests/data/quotes_ecb_dev2: 8 more (70), annotated
after the first rules fitted to quotes_ecb_dev and before any run, a check that they carry over.
(One drawn file of each was dropped afterwards: it repeats a line of an untouched text.)
tests/data/fresh10_quotes: 46 more (7 from the benchmark, 39 from ECB+ topic halves no quote set
uses: wire, local, sports and business news), annotated in tests/data/fresh10_quotes_gold.json
the same way (203 attributions), before newsweave was run on them (session 9); untouched and
measure-only: its test never prints what it misses.
tests/data/fresh11_quotes: 30 made-up political news articles (session 15) in the manner of
2016-2019 US and international coverage, written and annotated in
tests/data/fresh11_quotes_gold.json (557 attributions) by a helper that read no newsweave code,
before any run; untouched and measure-only like fresh10.
tests/data/fresh12_quotes: 24 more made-up political news articles of 2016 (session 16), written
and annotated in tests/data/fresh12_quotes_gold.json (589 attributions) the same way, by a helper
that read no newsweave code, before any run; untouched and measure-only like fresh10.
The floors sit a little under the measured scores (see each test), so a change that loses
quotes on news it has not seen fails here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from event_helpers import check_articles_new
from newsweave.evaluation import Metric, doc_article_ids, load_gold
from newsweave.evaluation.quotes import score
from newsweave.store import Store

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data"


def _scores(tmp_path_factory: pytest.TempPathFactory, folder: str, gold_file: str
            ) -> tuple[dict[str, Metric], int, int]:
    from newsweave import api

    db = tmp_path_factory.mktemp(folder) / "quotes.duckdb"
    api.run([str(DATA / folder)], db=db)
    gold = load_gold(DATA / gold_file)
    with Store(db, read_only=True) as store:
        mapped = len(doc_article_ids(gold, store))
        metrics = {m.name: m for m in score(gold, store)}
    return metrics, mapped, len(gold["docs"])


@pytest.fixture(scope="module")
def heldout(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Metric], int, int]:
    return _scores(tmp_path_factory, "heldout_articles", "heldout_quotes_gold.json")


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Metric], int, int]:
    return _scores(tmp_path_factory, "fresh_articles", "fresh_quotes_gold.json")


@pytest.fixture(scope="module")
def fresh3(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Metric], int, int]:
    return _scores(tmp_path_factory, "fresh3_quotes", "fresh3_quotes_gold.json")


@pytest.fixture(scope="module")
def fresh4(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Metric], int, int]:
    return _scores(tmp_path_factory, "fresh4_quotes", "fresh4_quotes_gold.json")


@pytest.fixture(scope="module")
def fresh5(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Metric], int, int]:
    return _scores(tmp_path_factory, "fresh5_quotes", "fresh5_quotes_gold.json")


@pytest.fixture(scope="module")
def fresh6(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Metric], int, int]:
    # the set must be there: a missing folder or gold file fails, never skips
    assert (DATA / "fresh6_quotes").is_dir() and (DATA / "fresh6_quotes_gold.json").is_file()
    return _scores(tmp_path_factory, "fresh6_quotes", "fresh6_quotes_gold.json")


@pytest.fixture(scope="module")
def fresh7(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Metric], int, int]:
    return _scores(tmp_path_factory, "fresh7_quotes", "fresh7_quotes_gold.json")


@pytest.fixture(scope="module")
def fresh8(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Metric], int, int]:
    # the untouched set must be there: a missing folder or gold file fails, never skips
    assert (DATA / "fresh8_quotes").is_dir() and (DATA / "fresh8_quotes_gold.json").is_file()
    return _scores(tmp_path_factory, "fresh8_quotes", "fresh8_quotes_gold.json")


@pytest.fixture(scope="module")
def fresh10(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Metric], int, int]:
    # the untouched set must be there: a missing folder or gold file fails, never skips
    assert (DATA / "fresh10_quotes").is_dir() and (DATA / "fresh10_quotes_gold.json").is_file()
    return _scores(tmp_path_factory, "fresh10_quotes", "fresh10_quotes_gold.json")


@pytest.fixture(scope="module")
def fresh11(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Metric], int, int]:
    # the untouched set must be there: a missing folder or gold file fails, never skips
    assert (DATA / "fresh11_quotes").is_dir() and (DATA / "fresh11_quotes_gold.json").is_file()
    return _scores(tmp_path_factory, "fresh11_quotes", "fresh11_quotes_gold.json")


@pytest.fixture(scope="module")
def fresh12(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Metric], int, int]:
    # the untouched set must be there: a missing folder or gold file fails, never skips
    assert (DATA / "fresh12_quotes").is_dir() and (DATA / "fresh12_quotes_gold.json").is_file()
    return _scores(tmp_path_factory, "fresh12_quotes", "fresh12_quotes_gold.json")


@pytest.fixture(scope="module")
def fresh9(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Metric], int, int]:
    assert (DATA / "fresh9_quotes").is_dir() and (DATA / "fresh9_quotes_gold.json").is_file()
    return _scores(tmp_path_factory, "fresh9_quotes", "fresh9_quotes_gold.json")


def _at_least(metrics: dict[str, Metric], name: str, floor: float) -> None:
    m = metrics[name]
    assert m.value is not None and m.value >= floor, (name, m.value, m.misses)


def test_every_gold_doc_maps_to_an_article(heldout: Any, fresh: Any, fresh3: Any,
                                           fresh4: Any, fresh5: Any, fresh6: Any,
                                           fresh8: Any, fresh10: Any) -> None:
    for _metrics, mapped, total in (heldout, fresh, fresh3, fresh4, fresh5, fresh6, fresh8,
                                    fresh10):
        assert mapped == total


def test_heldout_quotes(heldout: Any) -> None:
    metrics, _mapped, _total = heldout
    # measured: direct recall 0.99 (98/99), speaker accuracy 0.99 (221/222),
    # indirect+mixed recall 0.98 (123/126), direct precision 1.0 (66/66; 91/91 before split
    # and continued quotations became one quote each)
    _at_least(metrics, "direct recall", 0.95)
    _at_least(metrics, "speaker accuracy", 0.95)
    _at_least(metrics, "indirect+mixed recall", 0.9)
    _at_least(metrics, "direct precision (4+ words)", 0.95)


def test_fresh_quotes(fresh: Any) -> None:
    metrics, _mapped, _total = fresh
    # first run, before any change made after seeing it: direct 0.96 (26/27), speaker 0.91
    # (42/46), indirect+mixed 0.73 (16/22); after two general fixes its misses pointed to
    # (pronoun gender, "the statement said"): 1.0 (27/27), 0.96 (44/46), 0.77 (17/22);
    # after issue 13 (general patterns only): 1.0 (27/27), 0.96 (46/48), 0.86 (19/22)
    _at_least(metrics, "direct recall", 0.95)
    _at_least(metrics, "speaker accuracy", 0.9)
    _at_least(metrics, "indirect+mixed recall", 0.75)


def test_fresh3_quotes(fresh3: Any) -> None:
    metrics, _mapped, _total = fresh3
    # with main's code before issue 13: direct 0.85 (56/66), indirect+mixed 0.78 (83/107),
    # speaker 0.90 (139/155), direct precision 0.93 (57/61); after: 0.85 (56/66),
    # 0.80 (86/107), 0.90 (142/158), 0.92 (49/53: split and continued quotes are one now);
    # development data since fresh4 was made: 0.98 (65/66), 0.93 (99/107), 0.97 (164/169),
    # 1.0 (49/49) after the second round of issue 13
    _at_least(metrics, "direct recall", 0.95)
    _at_least(metrics, "speaker accuracy", 0.93)
    _at_least(metrics, "indirect+mixed recall", 0.88)
    _at_least(metrics, "direct precision (4+ words)", 0.95)


def test_fresh4_quotes(fresh4: Any) -> None:
    metrics, _mapped, _total = fresh4
    # first run, with main's code at bbf2004 (before any change of this session): direct 0.70
    # (43/61), indirect+mixed 0.74 (70/94), speaker 0.83 (113/137), direct precision 0.70
    # (39/56); floors from that first measurement. After the second round of issue 13 (rules
    # from fresh3's misses and made-up sentences only): 0.75 (46/61), 0.74 (70/94),
    # 0.83 (116/140), 0.79 (42/53). Development data since; after the third round of issue
    # 13 (general rules from its misses, each tested on made-up sentences): 0.95 (58/61),
    # 0.97 (91/94), 0.99 (149/151), 1.0 (54/54); after the fourth: 0.98 (60/61), 0.98 (92/94),
    # 0.99 (152/153), 1.0 (56/56)
    _at_least(metrics, "direct recall", 0.92)
    _at_least(metrics, "speaker accuracy", 0.95)
    _at_least(metrics, "indirect+mixed recall", 0.91)
    _at_least(metrics, "direct precision (4+ words)", 0.95)


def test_fresh5_quotes(fresh5: Any) -> None:
    metrics, mapped, total = fresh5
    assert total >= 14 and mapped == total
    # first run, with main's code at 741388e (before any change made after seeing it): direct
    # 0.81 (79/98), indirect+mixed 0.79 (87/110), speaker 0.88 (166/189), direct precision
    # 0.91 (72/79), kind 0.96 (159/166) (benchmarks/quote_sets.py fresh5); at ba042c2, when it
    # became development data: 0.86 (84/98), 0.80 (88/110), 0.89 (172/193), 0.93 (76/82).
    # After the fourth round of issue 13 (general rules from its misses, each tested on
    # made-up sentences in test_quotes_fresh5_patterns.py): 0.98 (96/98), 0.93 (102/110),
    # 0.98 (198/202), 0.99 (85/86); floors a little under
    _at_least(metrics, "direct recall", 0.95)
    _at_least(metrics, "speaker accuracy", 0.95)
    _at_least(metrics, "indirect+mixed recall", 0.9)
    _at_least(metrics, "direct precision (4+ words)", 0.96)


def test_fresh7_quotes(fresh7: Any) -> None:
    metrics, mapped, total = fresh7
    assert total >= 8 and mapped == total
    # development data from the start (issue 13, fifth round): first run, with main's code at
    # 8fd1d1b: direct 0.87 (40/46), indirect+mixed 0.80 (33/41), speaker 0.95 (73/77), direct
    # precision 1.0 (39/39); after the general rules of test_quotes_fresh7_patterns.py: 0.96
    # (44/46), 0.90 (37/41), 0.96 (81/84), 1.0 (43/43); floors a little under
    _at_least(metrics, "direct recall", 0.91)
    _at_least(metrics, "speaker accuracy", 0.92)
    _at_least(metrics, "indirect+mixed recall", 0.85)
    _at_least(metrics, "direct precision (4+ words)", 0.95)


def test_fresh9_quotes(fresh9: Any) -> None:
    metrics, mapped, total = fresh9
    assert total >= 10 and mapped == total
    assert metrics["direct recall"].denominator >= 31
    assert metrics["indirect+mixed recall"].denominator >= 26
    # development data from the start (issue 13, session 8): first run, with main's code at
    # 892ad66 (benchmarks/quote_sets.py fresh9): direct 0.77 (24/31), indirect+mixed 0.62
    # (16/26), speaker 0.78 (40/51), direct precision 0.79 (15/19), kind 0.97 (39/40); after
    # three gold entries were read again (see its README) and the general rules of
    # test_quotes_fresh9_patterns.py: 0.97 (30/31), 0.96 (25/26), 0.98 (55/56), 0.95 (21/22);
    # floors a little under
    _at_least(metrics, "direct recall", 0.90)
    _at_least(metrics, "speaker accuracy", 0.93)
    _at_least(metrics, "indirect+mixed recall", 0.88)
    _at_least(metrics, "direct precision (4+ words)", 0.90)


@pytest.fixture(scope="module")
def wire_dev(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Metric], int, int]:
    assert (DATA / "quotes_wire_dev").is_dir() and \
        (DATA / "quotes_wire_dev_gold.json").is_file()
    return _scores(tmp_path_factory, "quotes_wire_dev", "quotes_wire_dev_gold.json")


def test_wire_dev_quotes(wire_dev: Any) -> None:
    metrics, mapped, total = wire_dev
    assert total >= 55 and mapped == total
    assert metrics["indirect+mixed recall"].denominator >= 305
    # made-up wire copy (issue 13, session 10), annotated before any run; with main's code at
    # 8091aa3 (benchmarks/quote_sets.py wire-dev): direct 0.95 (19/20), indirect+mixed 0.948
    # (289/305), speaker 0.963 (308/320); after the rules of test_quotes_wire_patterns.py:
    # 0.95 (19/20), 0.990 (302/305), 0.991 (321/324); floors a little under
    _at_least(metrics, "direct recall", 0.90)
    _at_least(metrics, "indirect+mixed recall", 0.97)
    _at_least(metrics, "speaker accuracy", 0.97)


@pytest.fixture(scope="module")
def indirect_dev(tmp_path_factory: pytest.TempPathFactory
                 ) -> tuple[dict[str, Metric], int, int]:
    assert (DATA / "quotes_indirect_dev").is_dir() and \
        (DATA / "quotes_indirect_dev_gold.json").is_file()
    return _scores(tmp_path_factory, "quotes_indirect_dev", "quotes_indirect_dev_gold.json")


def test_indirect_dev_quotes(indirect_dev: Any) -> None:
    metrics, mapped, total = indirect_dev
    assert total >= 40 and mapped == total
    assert metrics["indirect+mixed recall"].denominator >= 280
    # made up (issue 13, session 15, quotes11): crime, sports, business, science, culture and
    # local government, annotated before any run; with main's code at 0e90e71 (benchmarks/
    # quote_sets.py indirect-dev): direct 1.000 (10/10), indirect+mixed 0.900 (253/281, 253/280
    # once the entry marked for removal was out), speaker 0.949; after quotes11's rules
    # (test_quotes_indirect_q11.py): 1.000, 0.964 (270/280), 0.972; floors a little under
    _at_least(metrics, "direct recall", 0.90)
    _at_least(metrics, "indirect+mixed recall", 0.94)
    _at_least(metrics, "speaker accuracy", 0.95)


@pytest.fixture(scope="module")
def indirect_dev2(tmp_path_factory: pytest.TempPathFactory
                  ) -> tuple[dict[str, Metric], int, int]:
    assert (DATA / "quotes_indirect_dev2").is_dir() and \
        (DATA / "quotes_indirect_dev2_gold.json").is_file()
    return _scores(tmp_path_factory, "quotes_indirect_dev2", "quotes_indirect_dev2_gold.json")


def test_indirect_dev2_quotes(indirect_dev2: Any) -> None:
    metrics, mapped, total = indirect_dev2
    assert total >= 10 and mapped == total
    assert metrics["indirect+mixed recall"].denominator >= 70
    # written after quotes11's first rules, annotated before any run and measured once then:
    # indirect+mixed 0.886 (62/70; main at 0e90e71: 0.857), speaker 0.970; after the rules it
    # led to: 0.943 (66/70), 1.000; floors a little under
    _at_least(metrics, "indirect+mixed recall", 0.90)
    _at_least(metrics, "speaker accuracy", 0.95)


def _at_least_quietly(metrics: dict[str, Metric], name: str, floor: float) -> None:
    """A floor on an untouched set: the failure names the score, never the quotes it missed
    (reading them would make the set development data)."""
    m = metrics[name]
    assert m.value is not None and m.value >= floor, (name, m.value, f"floor {floor}")


def test_fresh6_quotes(fresh6: Any) -> None:
    metrics, mapped, total = fresh6
    assert total >= 17 and mapped == total
    assert metrics["direct recall"].denominator >= 110
    assert metrics["indirect+mixed recall"].denominator >= 144
    # first run, with main's code at ba042c2 (before any change made after seeing it): direct
    # 0.87 (96/110), indirect+mixed 0.74 (106/144), speaker 0.90 (202/224), direct precision
    # 0.92 (86/93), kind 0.99 (201/202) (benchmarks/quote_sets.py fresh6). Development data
    # since fresh8 was made (session 8): its misses were read (four gold speakers changed to
    # the other sets' conventions, see its README); main at 5bb0024 on that gold: 0.88
    # (97/110), 0.74 (107/144), 0.91 (204/224), 0.94 (87/93); after the session's general
    # rules: 0.98 (108/110), 0.92 (133/144), 0.98 (241/246), 0.99 (96/97). Floors a little
    # under.
    _at_least(metrics, "direct recall", 0.94)
    _at_least(metrics, "speaker accuracy", 0.94)
    _at_least(metrics, "indirect+mixed recall", 0.88)
    _at_least(metrics, "direct precision (4+ words)", 0.95)


def test_fresh8_quotes(fresh8: Any) -> None:
    metrics, mapped, total = fresh8
    assert total >= 15 and mapped == total
    assert metrics["direct recall"].denominator >= 196
    assert metrics["indirect+mixed recall"].denominator >= 87
    # with main's code at 5bb0024 (before any change made after seeing it; src unchanged since),
    # benchmarks/quote_sets.py fresh8. First run, on an earlier version of 15 articles: direct
    # 0.90 (168/187), indirect+mixed 0.84 (66/79), speaker 0.92 (234/253), direct precision
    # 0.92 (120/130), kind 0.99 (232/234). Five texts then left the set (one is in the fresh5
    # event set, two were drawn by another engineer's ECB+ sampler) and three pages came in; on
    # the final 15: 0.84 (165/196), 0.83 (72/87), 0.87 (237/271), 0.87 (116/133), kind 0.98
    # (232/237). Development data since fresh10 was made (session 9): its misses were read;
    # after the session's general rules (test_quotes_fresh8_patterns.py): 0.97 (191/196), 0.90
    # (78/87), 0.97 (269/276), 0.99 (130/131); floors a little under
    _at_least(metrics, "direct recall", 0.94)
    _at_least(metrics, "speaker accuracy", 0.94)
    _at_least(metrics, "indirect+mixed recall", 0.86)
    _at_least(metrics, "direct precision (4+ words)", 0.95)


def test_fresh10_quotes(fresh10: Any) -> None:
    metrics, mapped, total = fresh10
    assert total >= 46 and mapped == total
    assert metrics["direct recall"].denominator >= 86
    assert metrics["indirect+mixed recall"].denominator >= 117
    # first run, with main's code at a2e25f4 (before any change made after seeing it;
    # `python benchmarks/quote_sets.py fresh10`, session 9): direct 1.0 (86/86),
    # indirect+mixed 0.78 (91/117), speaker 0.95 (177/186), direct precision (4+ words) 1.0
    # (80/80), kind 0.99 (176/177); floors a little under
    _at_least_quietly(metrics, "direct recall", 0.96)
    _at_least_quietly(metrics, "speaker accuracy", 0.92)
    _at_least_quietly(metrics, "indirect+mixed recall", 0.74)
    _at_least_quietly(metrics, "direct precision (4+ words)", 0.96)


def test_fresh10_articles_are_in_no_other_set() -> None:
    # an untouched set is only a measure if no other set (read for development) holds its texts
    others = [p for p in DATA.iterdir() if p.is_dir() and p.name != "fresh10_quotes"]
    check_articles_new(DATA / "fresh10_quotes", others, min_mine=46, min_others=100)


def test_fresh11_quotes(fresh11: Any) -> None:
    metrics, mapped, total = fresh11
    assert total >= 30 and mapped == total
    assert metrics["direct recall"].denominator >= 73
    assert metrics["indirect+mixed recall"].denominator >= 484
    # first run, with main's code at 0e90e71 (`python benchmarks/quote_sets.py fresh11`,
    # session 15, before any rule of that session): direct 0.877 (64/73), indirect+mixed
    # 0.857 (415/484), speaker 0.899 (479/533), direct precision (4+ words) 0.900 (72/80),
    # kind 0.969 (464/479), any-kind precision 0.971 (527/543); floors a little under
    _at_least_quietly(metrics, "direct recall", 0.85)
    _at_least_quietly(metrics, "speaker accuracy", 0.87)
    _at_least_quietly(metrics, "indirect+mixed recall", 0.83)
    _at_least_quietly(metrics, "direct precision (4+ words)", 0.87)


def test_fresh12_quotes(fresh12: Any) -> None:
    metrics, mapped, total = fresh12
    assert total >= 24 and mapped == total
    assert metrics["direct recall"].denominator >= 140
    assert metrics["indirect+mixed recall"].denominator >= 449
    # first run, with main's code at 7f41b63 (`python benchmarks/quote_sets.py fresh12`,
    # session 16, before any rule of that session): direct 0.957 (134/140), indirect+mixed
    # 0.831 (373/449), speaker 0.927 (507/547), direct precision (4+ words) 0.977 (85/87),
    # kind 0.953 (483/507), any-kind precision 0.983 (474/482); floors a little under
    _at_least_quietly(metrics, "direct recall", 0.93)
    _at_least_quietly(metrics, "speaker accuracy", 0.90)
    _at_least_quietly(metrics, "indirect+mixed recall", 0.80)
    _at_least_quietly(metrics, "direct precision (4+ words)", 0.94)


def test_fresh11_articles_are_in_no_other_set() -> None:
    # made up (session 15), untouched: no other folder holds one of its texts (the other
    # untouched folder is left unread)
    others = [p for p in DATA.iterdir()
              if p.is_dir() and p.name not in
              ("fresh11_quotes", "fresh10_quotes", "fresh12_quotes")]
    check_articles_new(DATA / "fresh11_quotes", others, min_mine=30, min_others=100)


def test_fresh12_articles_are_in_no_other_set() -> None:
    # made up (session 16), untouched: no other folder holds one of its texts (the other
    # untouched folders are left unread)
    others = [p for p in DATA.iterdir()
              if p.is_dir() and p.name not in
              ("fresh12_quotes", "fresh10_quotes", "fresh11_quotes")]
    check_articles_new(DATA / "fresh12_quotes", others, min_mine=24, min_others=100)


def test_fresh8_articles_are_in_no_other_set() -> None:
    # an untouched set is only a measure if no other set (read for development) holds its texts
    others = [p for p in DATA.iterdir() if p.is_dir() and p.name != "fresh8_quotes"]
    check_articles_new(DATA / "fresh8_quotes", others, min_mine=15, min_others=100)


@pytest.mark.parametrize("name", ["fresh3_quotes", "fresh4_quotes", "fresh5_quotes",
                                  "fresh6_quotes", "fresh7_quotes", "fresh8_quotes",
                                  "fresh9_quotes", "fresh10_quotes"])
def test_fresh_articles_keep_their_licences(name: str) -> None:
    folder = DATA / name
    mit = (folder / "LICENSE-article-extraction-benchmark").read_text(encoding="utf-8")
    assert "Permission is hereby granted" in mit
    if name != "fresh9_quotes":  # fresh9 holds no ECB+ text
        cc = (folder / "LICENSE-ecbplus").read_text(encoding="utf-8")
        assert "Creative Commons" in cc and "3.0" in cc
    gold = load_gold(DATA / f"{name}_gold.json")
    files = {doc["file"] for doc in gold["docs"].values()}
    assert len(files) >= (8 if name == "fresh7_quotes" else 10)
    assert all((folder / file).is_file() for file in files)


def test_heldout_articles_keep_their_licence() -> None:
    for folder in ("heldout_articles", "fresh_articles"):
        licence = (DATA / folder / "LICENSE").read_text(encoding="utf-8")
        assert "MIT" in licence or "Permission is hereby granted" in licence


@pytest.fixture(scope="module")
def ecb_dev(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Metric], int, int]:
    # the set must be there: a missing folder or gold file fails, never skips
    assert (DATA / "quotes_ecb_dev").is_dir() and (DATA / "quotes_ecb_dev_gold.json").is_file()
    return _scores(tmp_path_factory, "quotes_ecb_dev", "quotes_ecb_dev_gold.json")


@pytest.fixture(scope="module")
def ecb_dev2(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Metric], int, int]:
    assert (DATA / "quotes_ecb_dev2").is_dir() and \
        (DATA / "quotes_ecb_dev2_gold.json").is_file()
    return _scores(tmp_path_factory, "quotes_ecb_dev2", "quotes_ecb_dev2_gold.json")


def test_ecb_dev_quotes(ecb_dev: Any) -> None:
    metrics, mapped, total = ecb_dev
    assert total >= 21 and mapped == total
    assert metrics["indirect+mixed recall"].denominator >= 120
    # real news (issue 13, session 12), annotated before any run; with main's code at 03be307
    # (benchmarks/quote_sets.py ecb-dev): direct 0.830 (132/159), indirect+mixed 0.817
    # (98/120), speaker 0.947 (230/243), direct precision 0.947 (90/95); after the rules of
    # test_quotes_real_patterns.py: 0.969, 0.858, 0.970, 0.990; floors a little under
    _at_least(metrics, "direct recall", 0.95)
    _at_least(metrics, "indirect+mixed recall", 0.82)
    _at_least(metrics, "speaker accuracy", 0.94)
    _at_least(metrics, "direct precision (4+ words)", 0.96)


def test_ecb_dev2_quotes(ecb_dev2: Any) -> None:
    metrics, mapped, total = ecb_dev2
    assert total >= 8 and mapped == total
    # annotated after the first rules and before any run: main at 03be307 direct 0.727 (40/55),
    # indirect+mixed 0.800 (12/15), speaker 0.963; after session 12's rules 1.000, 0.867, 0.986
    # (the eight articles left once one was dropped; see the module docstring)
    _at_least(metrics, "direct recall", 0.95)
    _at_least(metrics, "indirect+mixed recall", 0.72)
    _at_least(metrics, "speaker accuracy", 0.93)


@pytest.mark.parametrize("name", ["quotes_ecb_dev", "quotes_ecb_dev2"])
def test_ecb_dev_articles_keep_their_licence_and_files(name: str) -> None:
    cc = (DATA / name / "LICENSE-ecbplus").read_text(encoding="utf-8")
    assert "Creative Commons" in cc and "3.0" in cc
    gold = load_gold(DATA / f"{name}_gold.json")
    files = {doc["file"] for doc in gold["docs"].values()}
    assert len(files) >= 8 and all((DATA / name / file).is_file() for file in files)
