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
tests/data/fresh13_quotes: 20 more made-up political news articles of 2016 (session 18: wire
briefs, analyses, long features, state and local politics, courts, elections abroad), written and
annotated in tests/data/fresh13_quotes_gold.json (491 attributions) the same way, by a helper that
read no newsweave code, before any run; untouched and measure-only like fresh10.
tests/data/fresh15_quotes: 12 made-up news articles of 2016-2019 outside politics (session 20:
business, technology, courts, health and science, sports, disasters, local government, culture),
written and annotated in tests/data/fresh15_quotes_gold.json (323 attributions) the same way, by
a helper that read no newsweave code, before any run; untouched and measure-only like fresh10.
tests/data/offpol16dev_quotes: 10 made-up articles of 2015-2019 news outside politics (session 21:
earnings, markets, a launch, a sentencing, a study, a match, floods, a school board, a film prize,
a derailment), annotated in tests/data/offpol16dev_quotes_gold.json (217 attributions) as written,
before any run; development data from the start (`offpol-dev`).
tests/data/seedlike23: 8 made-up articles in the genre of our seed story (session 23: Afghanistan's
neighbours, the big powers and the Taliban, 2015-2017, in the seeds' styles), annotated in
tests/data/seedlike23_gold.json (208 attributions, and 123 events) as written, before any run;
development data from the start (`seedlike-dev`).
tests/data/seedheld24: 8 more made-up articles in the genre of our seed story (session 24:
Afghanistan, the Taliban, IS, Russia and the neighbours, 2015-2018: a wire report, an interview,
a radio transcript, a blog repost, an analysis, a broadcaster and a regional-service report),
written and annotated in tests/data/seedheld24_gold.json (165 attributions, and 136 events) by a
helper that read no newsweave code, before any run; untouched and measure-only like fresh10
(`seedlike-heldout`).
The other sets of benchmarks/quote_sets.py (seeds-dev, seeds-dense-dev (every quote of the same
three development seeds), seeds-heldout (untouched: our gold of
the held-out seeds 001 and 003), wire-dev, politics-dev to dev5, ecb-dev to
dev4, politics-real-dev and dev2, indirect-dev and dev2, offpol-dev) are scored here too: FLOORS
below holds, for every set that script knows, its least size and floors a little under the
measured scores, so a change that loses quotes on any of them fails here, and a set added to the
script without floors fails `test_every_quote_set_has_floors`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from event_helpers import benchmark, check_articles_new
from newsweave.evaluation import Metric, doc_article_ids, load_gold
from newsweave.evaluation.quotes import score
from test_sets_disjoint import UNTOUCHED_FOLDERS

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests/data"
DIRECT = "direct recall"
INDIRECT = "indirect+mixed recall"
SPEAKER = "speaker accuracy"
PRECISION = "direct precision (4+ words)"


@dataclass(frozen=True)
class Floors:
    """What one set must keep: its least number of articles and of gold quotes of each kind (a
    lost file fails, never passes with less), and the least value of each score."""

    docs: int
    scores: dict[str, float]
    least: dict[str, int] = field(default_factory=dict)  # score name -> least denominator


# Each set's history (first run, then after the rounds of rules it led to) is in its gold
# file's "about" or README and in the closing notes; the floors sit a little under the scores
# of benchmarks/quote_sets.py on main at 7f41b63 (session 16), or under the first run for an
# untouched set.
FLOORS: dict[str, Floors] = {
    # shared/eval: the hand annotation of seeds 000, 002, 004 (1.000 / 1.000 / 1.000 / 1.000)
    "seeds-dev": Floors(3, {DIRECT: 0.95, INDIRECT: 0.88, SPEAKER: 0.96, PRECISION: 0.94},
                        {DIRECT: 20, INDIRECT: 9}),
    # development, session 23 (seeddense23): every quote of seeds 000, 002 and 004 (the 29 of
    # seeds-dev and 32 more), first run with the gold committed before it (15789eb, main
    # 38892a4's extraction): 1.000 (22/22) / 0.897 (35/39) / 0.983 (57/58) / 1.000 (17/17);
    # any-kind precision 0.945 (52/55)
    "seeds-dense-dev": Floors(3, {DIRECT: 0.95, INDIRECT: 0.87, SPEAKER: 0.96, PRECISION: 0.94},
                              {DIRECT: 22, INDIRECT: 39}),
    # untouched, session 22 (seedgold19): our gold of the held-out seeds 001 and 003, first run
    # with the gold committed before it (530a53f, main c2468d2's extraction): 1.000 (11/11) /
    # 0.800 (8/10) / 1.000 (19/19) / 1.000 (10/10); any-kind precision 1.000 (18/18)
    "seeds-heldout": Floors(2, {DIRECT: 0.90, INDIRECT: 0.70, SPEAKER: 0.94, PRECISION: 0.90},
                            {DIRECT: 11, INDIRECT: 10}),
    # 0.990 (98/99) / 0.992 (125/126) / 0.996 / 0.985
    "heldout": Floors(15, {DIRECT: 0.95, INDIRECT: 0.9, SPEAKER: 0.95, PRECISION: 0.95}),
    # first run 0.96 / 0.73 / 0.91; now 1.000 / 1.000 / 1.000
    "fresh": Floors(6, {DIRECT: 0.95, INDIRECT: 0.75, SPEAKER: 0.9}),
    # before issue 13: 0.85 / 0.78 / 0.90 / 0.93; now 0.985 / 0.925 / 0.965 / 1.000
    "fresh3": Floors(11, {DIRECT: 0.95, INDIRECT: 0.88, SPEAKER: 0.93, PRECISION: 0.95}),
    # first run 0.70 / 0.74 / 0.83 / 0.70; now 0.984 / 0.989 / 1.000 / 1.000
    "fresh4": Floors(10, {DIRECT: 0.92, INDIRECT: 0.91, SPEAKER: 0.95, PRECISION: 0.95}),
    # first run 0.81 / 0.79 / 0.88 / 0.91; now 0.980 / 0.964 / 0.990 / 0.988
    "fresh5": Floors(14, {DIRECT: 0.95, INDIRECT: 0.9, SPEAKER: 0.95, PRECISION: 0.96}),
    # first run 0.87 / 0.74 / 0.90 / 0.92; now 0.982 / 0.944 / 0.988 / 0.990
    "fresh6": Floors(17, {DIRECT: 0.94, INDIRECT: 0.88, SPEAKER: 0.94, PRECISION: 0.95},
                     {DIRECT: 110, INDIRECT: 144}),
    # first run 0.87 / 0.80 / 0.95 / 1.0; now 0.957 / 0.976 / 0.977 / 1.000
    "fresh7": Floors(8, {DIRECT: 0.91, INDIRECT: 0.85, SPEAKER: 0.92, PRECISION: 0.95}),
    # first run on the final 15: 0.84 / 0.83 / 0.87 / 0.87; now 0.974 / 0.897 / 0.971 / 0.992
    "fresh8": Floors(15, {DIRECT: 0.94, INDIRECT: 0.86, SPEAKER: 0.94, PRECISION: 0.95},
                     {DIRECT: 196, INDIRECT: 87}),
    # first run 0.77 / 0.62 / 0.78 / 0.79; now 0.968 / 0.962 / 0.982 / 0.955
    "fresh9": Floors(10, {DIRECT: 0.90, INDIRECT: 0.88, SPEAKER: 0.93, PRECISION: 0.90},
                     {DIRECT: 31, INDIRECT: 26}),
    # made up, session 10: first run 0.95 / 0.948 / 0.963; now 0.950 / 0.990 / 0.991
    "wire-dev": Floors(55, {DIRECT: 0.90, INDIRECT: 0.97, SPEAKER: 0.97}, {INDIRECT: 305}),
    # made up, session 11: now 1.000 (50/50) / 0.966 (395/409) / 0.987 / 1.000
    "politics-dev": Floors(20, {DIRECT: 0.96, INDIRECT: 0.94, SPEAKER: 0.97, PRECISION: 0.95},
                           {DIRECT: 50, INDIRECT: 409}),
    # now 1.000 (7/7) / 0.974 (112/115) / 0.992
    "politics-dev2": Floors(6, {INDIRECT: 0.95, SPEAKER: 0.97}, {INDIRECT: 115}),
    # now 1.000 (3/3) / 0.968 (61/63) / 0.985
    "politics-dev3": Floors(3, {INDIRECT: 0.93, SPEAKER: 0.95}, {INDIRECT: 63}),
    # made up, session 16 (quotes12): first run 0.950 / 0.880 (0.898 on the mended gold) /
    # 0.924 (0.929); after quotes12's rules 0.950 (19/20) / 0.956 (451/472) / 0.973 / 0.947
    "politics-dev4": Floors(25, {DIRECT: 0.90, INDIRECT: 0.93, SPEAKER: 0.95, PRECISION: 0.89},
                            {DIRECT: 20, INDIRECT: 472}),
    # made up, session 17 (quotes13): first run 1.000 (19/19) / 0.875 (433/495) / 0.917 /
    # 0.947; on the mended gold after quotes13's rules 1.000 / 0.921 (475/516) / 0.952 / 1.000
    "politics-dev5": Floors(25, {DIRECT: 0.94, INDIRECT: 0.90, SPEAKER: 0.93, PRECISION: 0.94},
                            {DIRECT: 19, INDIRECT: 516}),
    # real, session 12: first run 0.830 / 0.817 / 0.947 / 0.947; now 0.981 / 0.908 / 0.989 / 1.0
    "ecb-dev": Floors(21, {DIRECT: 0.95, INDIRECT: 0.82, SPEAKER: 0.94, PRECISION: 0.96},
                      {INDIRECT: 120}),
    # first run 0.727 / 0.800 / 0.963; now 1.000 / 0.867 (13/15) / 0.986
    "ecb-dev2": Floors(8, {DIRECT: 0.95, INDIRECT: 0.72, SPEAKER: 0.93}),
    # now 1.000 (8/8) / 0.727 (8/11) / 1.000
    "ecb-dev3": Floors(3, {DIRECT: 0.87, INDIRECT: 0.63, SPEAKER: 0.93}, {INDIRECT: 11}),
    # now 1.000 (21/21) / 0.950 (38/40) / 1.000
    "ecb-dev4": Floors(17, {DIRECT: 0.95, INDIRECT: 0.92, SPEAKER: 0.96}, {INDIRECT: 40}),
    # real, session 13: now 1.000 (76/76) / 0.959 (118/123) / 0.990 / 1.000
    "politics-real-dev": Floors(11, {DIRECT: 0.97, INDIRECT: 0.93, SPEAKER: 0.97,
                                     PRECISION: 0.96}, {DIRECT: 76, INDIRECT: 123}),
    # now 0.938 (45/48) / 0.952 (79/83) / 0.961 / 0.929
    "politics-real-dev2": Floors(5, {DIRECT: 0.91, INDIRECT: 0.92, SPEAKER: 0.94,
                                     PRECISION: 0.89}, {DIRECT: 48, INDIRECT: 83}),
    # made up, session 15: first run 1.000 / 0.900 / 0.949; now 1.000 / 0.971 / 0.976
    "indirect-dev": Floors(40, {DIRECT: 0.90, INDIRECT: 0.94, SPEAKER: 0.95},
                           {INDIRECT: 280}),
    # measured once before its misses were read 0.886 / 0.970; now 0.957 / 1.000
    "indirect-dev2": Floors(10, {INDIRECT: 0.90, SPEAKER: 0.95}, {INDIRECT: 70}),
    # made up, session 21 (news outside politics), development data from the start: first run,
    # gold committed before it, on 0826c65's extraction: 0.971 (67/69) / 0.912 (135/148) /
    # 0.953 (202/212) / 0.957 (44/46); any-kind precision 0.962 (179/186)
    "offpol-dev": Floors(10, {DIRECT: 0.94, INDIRECT: 0.88, SPEAKER: 0.92, PRECISION: 0.92},
                         {DIRECT: 69, INDIRECT: 148}),
    # made up, session 22 (anne19: US campaign and domestic-politics coverage), development
    # data from the start: first run, gold committed before it, on c2468d2's extraction: 1.000
    # (85/85) / 0.914 (192/210) / 0.958 (277/289) / 0.967 (58/60); any-kind precision 0.946
    # (245/259); after quotes19's rules 1.000 / 0.919 (193/210) / 0.959 (278/290) / 0.967
    "campaign-dev": Floors(10, {DIRECT: 0.95, INDIRECT: 0.89, SPEAKER: 0.93, PRECISION: 0.93},
                           {DIRECT: 85, INDIRECT: 210}),
    # made up, session 23 (seedlike23: 8 articles in the genre of our seed story, Afghanistan's
    # neighbours and the Taliban), development data from the start: first run, gold committed
    # before it (a5b2758, main 38892a4's extraction): 0.900 (45/50) / 0.866 (136/157) / 0.910
    # (181/199) / 0.875 (28/32); any-kind precision 0.944 (170/180); with the one attribution
    # added after it (its gold's "about"): 0.900 / 0.867 (137/158) / 0.910 (182/200) / 0.875
    "seedlike-dev": Floors(8, {DIRECT: 0.86, INDIRECT: 0.84, SPEAKER: 0.89, PRECISION: 0.81},
                           {DIRECT: 50, INDIRECT: 158}),
    # untouched, session 9: first run 1.0 (86/86) / 0.78 (91/117) / 0.95 / 1.0
    "fresh10": Floors(46, {DIRECT: 0.96, INDIRECT: 0.74, SPEAKER: 0.92, PRECISION: 0.96},
                      {DIRECT: 86, INDIRECT: 117}),
    # untouched, session 15: first run 0.877 (64/73) / 0.857 (415/484) / 0.899 / 0.900
    "fresh11": Floors(30, {DIRECT: 0.85, INDIRECT: 0.83, SPEAKER: 0.87, PRECISION: 0.87},
                      {DIRECT: 73, INDIRECT: 484}),
    # untouched, session 16: first run, main at 7f41b63, 0.957 (134/140) / 0.831 (373/449) /
    # 0.927 (507/547) / 0.977 (85/87)
    "fresh12": Floors(24, {DIRECT: 0.93, INDIRECT: 0.80, SPEAKER: 0.90, PRECISION: 0.94},
                      {DIRECT: 140, INDIRECT: 449}),
    # untouched, session 18: first run, on d8628a9 (main 8e7a070), 0.942 (81/86) / 0.874
    # (354/405) / 0.918 (435/474) / 0.959 (47/49); any-kind precision 0.976 (411/421)
    "fresh13": Floors(20, {DIRECT: 0.89, INDIRECT: 0.82, SPEAKER: 0.86, PRECISION: 0.90},
                      {DIRECT: 86, INDIRECT: 405}),
    # untouched, session 20: first run, on c8cba54's extraction (main 2ebaeec), 0.931 (95/102) /
    # 0.828 (183/221) / 0.917 (278/303) / 0.900 (54/60); any-kind precision 0.988 (241/244)
    "fresh15": Floors(12, {DIRECT: 0.89, INDIRECT: 0.79, SPEAKER: 0.87, PRECISION: 0.85},
                      {DIRECT: 102, INDIRECT: 221}),
    # untouched, session 24 (seedheld24: 8 made-up articles in the genre of our seed story):
    # first run, gold committed before it (85b5266, main df299f3's extraction), 0.963 (26/27) /
    # 0.870 (120/138) / 0.942 (146/155) / 0.947 (18/19); any-kind precision 0.929 (131/141)
    "seedlike-heldout": Floors(8, {DIRECT: 0.92, INDIRECT: 0.84, SPEAKER: 0.91,
                                   PRECISION: 0.89}, {DIRECT: 27, INDIRECT: 138}),
    # untouched, session 26 (fresh16: 12 made-up conflict, diplomacy and domestic politics
    # articles, gold committed before any run): first run on main e77f9ed's extraction, 0.960
    # (48/50) / 0.922 (224/243) / 0.951 (272/286) / 0.944 (34/36); any-kind precision 0.936
    # (233/249)
    "fresh16": Floors(12, {DIRECT: 0.92, INDIRECT: 0.88, SPEAKER: 0.91, PRECISION: 0.90},
                      {DIRECT: 50, INDIRECT: 243}),
    # untouched, session 27 (fresh17: 14 made-up conflict, diplomacy and domestic politics
    # articles, gold committed before any run): first run on main cf6f7c4's extraction, 0.959
    # (47/49) / 0.877 (200/228) / 0.929 (247/266) / 0.955 (42/44); any-kind precision 0.944
    # (235/249)
    "fresh17": Floors(14, {DIRECT: 0.93, INDIRECT: 0.85, SPEAKER: 0.90, PRECISION: 0.91},
                      {DIRECT: 49, INDIRECT: 228}),
    # untouched, session 28 (fresh18: 14 made-up conflict, diplomacy and domestic politics
    # articles, gold committed before any run): first run on main a42587f's extraction, 0.929
    # (52/56) / 0.915 (205/224) / 0.955 (257/269) / 0.946 (35/37); any-kind precision 0.961
    # (221/230)
    "fresh18": Floors(14, {DIRECT: 0.89, INDIRECT: 0.88, SPEAKER: 0.92, PRECISION: 0.91},
                      {DIRECT: 56, INDIRECT: 224}),
}


def _bench() -> ModuleType:
    """benchmarks/quote_sets.py: the one registry of quote sets and the analysis it scores."""
    return benchmark("quote_sets")


@pytest.fixture(scope="module")
def scored() -> Any:
    """Scores of a set by name, each set analysed once per module."""
    bench = _bench()
    done: dict[str, tuple[dict[str, Metric], int, int]] = {}

    def of(name: str) -> tuple[dict[str, Metric], int, int]:
        if name not in done:
            folder, gold_path = bench.SETS[name]
            # the set must be there: a missing folder or gold file fails, never skips
            assert folder.is_dir() and gold_path.is_file(), (name, folder, gold_path)
            gold = load_gold(gold_path)
            found = bench.analyze([str(folder)])
            assert not found.failed, (name, found.failed)
            mapped = len(doc_article_ids(gold, found))
            done[name] = ({m.name: m for m in score(gold, found)}, mapped, len(gold["docs"]))
        return done[name]

    return of


def test_every_quote_set_has_floors() -> None:
    assert set(FLOORS) == set(_bench().SETS)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_quote_set_keeps_its_scores(scored: Any, name: str) -> None:
    floors = FLOORS[name]
    metrics, mapped, total = scored(name)
    assert total >= floors.docs and mapped == total, (name, mapped, total)
    for metric, least in floors.least.items():
        assert metrics[metric].denominator >= least, (name, metric, metrics[metric].denominator)
    untouched = name in _bench().UNTOUCHED
    for metric, floor in floors.scores.items():
        m = metrics[metric]
        # an untouched set's failure names the score, never the quotes it missed (reading them
        # would make the set development data)
        shown = f"floor {floor}" if untouched else m.misses
        assert m.value is not None and m.value >= floor, (name, metric, m.value, shown)


def test_fresh10_articles_are_in_no_other_set() -> None:
    # an untouched set is only a measure if no other set (read for development) holds its texts
    others = [p for p in DATA.iterdir() if p.is_dir() and p.name != "fresh10_quotes"]
    check_articles_new(DATA / "fresh10_quotes", others, min_mine=46, min_others=100)


def test_fresh11_articles_are_in_no_other_set() -> None:
    # made up (session 15), untouched: no other folder holds one of its texts (the other
    # untouched folder is left unread)
    others = [p for p in DATA.iterdir()
              if p.is_dir() and p.name not in
              ("fresh11_quotes", "fresh10_quotes", "fresh12_quotes", "fresh13_quotes",
               "fresh15_quotes")]
    check_articles_new(DATA / "fresh11_quotes", others, min_mine=30, min_others=100)


def test_fresh12_articles_are_in_no_other_set() -> None:
    # made up (session 16), untouched: no other folder holds one of its texts (the other
    # untouched folders are left unread)
    others = [p for p in DATA.iterdir()
              if p.is_dir() and p.name not in
              ("fresh12_quotes", "fresh10_quotes", "fresh11_quotes", "fresh13_quotes",
               "fresh15_quotes")]
    check_articles_new(DATA / "fresh12_quotes", others, min_mine=24, min_others=100)


def test_fresh13_articles_are_in_no_other_set() -> None:
    # made up (session 18), untouched: no other folder holds one of its texts (the other
    # untouched folders are left unread)
    others = [p for p in DATA.iterdir()
              if p.is_dir() and p.name not in
              ("fresh13_quotes", "fresh10_quotes", "fresh11_quotes", "fresh12_quotes",
               "fresh15_quotes")]
    check_articles_new(DATA / "fresh13_quotes", others, min_mine=20, min_others=100)


def test_fresh15_articles_are_in_no_other_set() -> None:
    # made up (session 19), untouched: no other folder holds one of its texts (the other
    # untouched folders are left unread)
    others = [p for p in DATA.iterdir()
              if p.is_dir() and p.name not in
              ("fresh15_quotes", "fresh10_quotes", "fresh11_quotes", "fresh12_quotes",
               "fresh13_quotes")]
    check_articles_new(DATA / "fresh15_quotes", others, min_mine=12, min_others=100)


def _development_folders() -> list[Path]:
    """Every folder under tests/data but the untouched ones (test_sets_disjoint's list, which
    are left unread here)."""
    return [p for p in DATA.iterdir() if p.is_dir() and p.name not in UNTOUCHED_FOLDERS]


def test_fresh16_articles_are_in_no_other_set() -> None:
    # made up (session 26), untouched: no development folder holds one of its texts
    check_articles_new(DATA / "fresh16_articles", _development_folders(), min_mine=12,
                       min_others=100)


def test_fresh17_articles_are_in_no_other_set() -> None:
    # made up (session 27), untouched: no development folder holds one of its texts
    check_articles_new(DATA / "fresh17_articles", _development_folders(), min_mine=14,
                       min_others=100)


def test_fresh18_articles_are_in_no_other_set() -> None:
    # made up (session 28), untouched: no development folder holds one of its texts
    check_articles_new(DATA / "fresh18_articles", _development_folders(), min_mine=14,
                       min_others=100)


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


@pytest.mark.parametrize("name", ["quotes_ecb_dev", "quotes_ecb_dev2"])
def test_ecb_dev_articles_keep_their_licence_and_files(name: str) -> None:
    cc = (DATA / name / "LICENSE-ecbplus").read_text(encoding="utf-8")
    assert "Creative Commons" in cc and "3.0" in cc
    gold = load_gold(DATA / f"{name}_gold.json")
    files = {doc["file"] for doc in gold["docs"].values()}
    assert len(files) >= 8 and all((DATA / name / file).is_file() for file in files)
