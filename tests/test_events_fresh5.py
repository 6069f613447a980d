"""Fresh5 event gold: 27 real English news articles on stories no other event set uses, with 101
PLOVER events annotated by reading before newsweave ran on them. 15 are from the
article-extraction-benchmark (Delhi's air pollution 2019, the Democratic debate, the Nigerian
Senate, Emirates' Boeing and Airbus orders, Alibaba's Hong Kong listing, a GiveWell grant,
plague cases and censorship in China, South Korea's solar roadmap, two Ascom partnerships,
Chelsea's signing of Kepa, the fourth Star Trek film, cannabis where it is legal; 56 events); 12
are ECB+ texts from the halves of ECB+ topics (each topic holds two real events) that no event
set and no judged event sample uses: the Peterson murder verdict 2004, Turkmenistan's two-party
election 2013, attacks on Internet Explorer flaws 2008 and 2012-13 (45 events). It was the
untouched check of issue #11 after fresh4 became development data, and is development data
itself since session 9 (tests/test_events_fresh6.py replaced it); raise the floors when the
extractor gets better. Scored with `score_articles` (one-to-one recall by actor and by actor +
recipient, precision by type + actor) and with `score` (the older sets' rule)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from event_helpers import (
    ECB_DOC,
    check_article_scores,
    check_articles_new,
    check_event_gold,
    ecb_docs,
    files_naming,
    stored_run,
)
from newsweave.store import Store

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data"
FOLDER = DATA / "fresh5_events"
GOLD = DATA / "fresh5_events_gold.json"
ROOT = Path(__file__).parents[1]
# measured once on main 6b0cb5a + this set in its final form (0d8a662: 15 benchmark pages and
# 12 ECB+ texts), before any rule saw the ECB+ part (tests/data/fresh5_events/README.md): actor
# recall 0.119 (12/101), actor + recipient 0.069 (7/101), precision 0.520 (13/25), modality 0.909
# (10/11), many to one 0.109 (11/101). Development data since session 9 (its misses were read);
# after that session's general rules: 0.267 (27/101), 0.168 (17/101), 0.786 (33/42), 0.909
# (20/22), 0.218 (22/101). Each floor is the measurement minus about one or two events.
# Session 11 (unnamed actors kept, rule unnamed_actor): precision 0.712 (37/52), recall the same;
# the events it adds are 7 true and 7 false by reading over fresh3-5.
ACTOR_RECALL_FLOOR = 0.24
BOTH_RECALL_FLOOR = 0.14
PRECISION_FLOOR = 0.69
MODALITY_FLOOR = 0.80
SCORE_FLOOR = 0.19


@pytest.fixture(scope="module")
def fresh5_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    yield from stored_run(tmp_path_factory, FOLDER)


def test_gold_is_well_formed() -> None:
    gold = json.loads(GOLD.read_text("utf-8"))
    check_event_gold(gold, FOLDER, min_docs=26, min_events=100)
    assert len(list(FOLDER.glob("*.txt"))) == len(gold["docs"])
    assert (FOLDER / "LICENSE.ecbplus").exists()
    # 15 of the 16 types: these texts hold no threat (README)
    types = {ev["type"] for ev in gold["events"]}
    assert len(types) >= 15, types
    for ev in gold["events"]:
        assert ev["modality"] in ("asserted", "alleged", "planned", "hypothetical")
        assert ev["note"].strip(), ev
        for side in ("source_country", "target_country"):
            assert ev[side] is None or (len(ev[side]) == 3 and ev[side].isupper()), ev


def test_gold_modes_are_valid_for_their_type() -> None:
    gold = json.loads(GOLD.read_text("utf-8"))
    modes = {name: set(spec["modes"]) for name, spec in json.loads(
        (ROOT / "src/newsweave/data/lexicons/plover_types.json")
        .read_text("utf-8"))["types"].items()}
    assert len(gold["events"]) >= 100
    bad = [ev for ev in gold["events"] if ev["mode"] and ev["mode"] not in modes[ev["type"]]]
    assert not bad


def test_fresh5_articles_are_new() -> None:
    """No article of fresh5 is in another test folder (event or quote set), by name or by
    content."""
    others = sorted(p for p in DATA.iterdir() if p.is_dir() and p != FOLDER)
    check_articles_new(FOLDER, others, min_mine=26, min_others=100)



def test_no_other_set_holds_a_fresh5_ecb_text() -> None:
    """The ECB+ texts are named "ecb_45_1ecb.txt" here and "45_1ecb.txt" in the quote sets: no
    other folder holds one of them under either name, or any of their lines (8 words or more,
    whitespace folded), so a text in two sets under two names or cut differently is caught."""
    mine = ecb_docs(FOLDER)
    assert len(mine) >= 12
    lines = {" ".join(line.split()) for p in FOLDER.glob("ecb_*.txt")
             for line in p.read_text("utf-8").splitlines() if len(line.split()) >= 8}
    assert len(lines) >= 100
    others = [p for d in DATA.iterdir() if d.is_dir() and d != FOLDER for p in d.glob("*.txt")]
    assert sum(1 for p in others if ECB_DOC.search(p.stem)) >= 50  # the ECB+ texts of other sets
    for other in others:
        m = ECB_DOC.search(other.stem)
        assert not m or f"{m[1]}_{m[2]}{m[3]}" not in mine, other
        text = " ".join(other.read_text("utf-8").split())
        assert not [line for line in lines if line in text], other


def test_no_event_set_or_sample_uses_a_fresh5_ecb_half() -> None:
    """Each ECB+ topic holds two real events (its ECB and its ECB+ half): no other event set
    (folder or gold), event sentence suite, judged event sample or shared eval gold names any
    text of a half fresh5 draws from, so rules fitted on event data never saw these stories.
    (Quote sets may use them: README.)"""
    halves = set(ecb_docs(FOLDER).values())
    assert len(halves) >= 4
    pattern = re.compile("|".join(rf"(?<![0-9]){topic}_[0-9]+{half}(?![a-z0-9])"
                                  for topic, half in sorted(halves)))
    event_folders = [d for d in DATA.iterdir() if d.is_dir() and "events" in d.name and d != FOLDER]
    assert len(event_folders) >= 5
    for folder in event_folders:
        assert not set(ecb_docs(folder).values()) & halves, folder
    files = [p for p in DATA.iterdir() if p.is_file() and p != GOLD and (
        "events" in p.name or p.name.startswith(("event_", "detail_sentences")))]
    files += [p for d in event_folders for p in d.glob("*.md")]
    files += sorted((ROOT / "benchmarks").glob("ecbplus_event_judged_*.jsonl"))
    files += [ROOT / "benchmarks/event_precision_sample.jsonl"]
    files += sorted((ROOT.parent / "shared/eval").glob("*.json"))
    assert len(files) >= 15 and all(p.exists() for p in files)
    named = [(p.name, m[0]) for p in files for m in [pattern.search(p.read_text("utf-8"))] if m]
    assert not named
    # the texts of the judged event samples are not ours either (a sentence under another name)
    lines = {" ".join(line.split()) for p in FOLDER.glob("ecb_*.txt")
             for line in p.read_text("utf-8").splitlines() if len(line.split()) >= 8}
    for sample in sorted((ROOT / "benchmarks").glob("*event*.jsonl")):
        sentences = " ".join(" ".join(str(json.loads(row).get("sentence", "")).split())
                             for row in sample.read_text("utf-8").splitlines() if row.strip())
        assert not [line for line in lines if line in sentences], sample


def test_no_other_gold_names_a_fresh5_page() -> None:
    """No gold file, judged sample or README elsewhere names one of fresh5's benchmark pages
    (by the first 12 characters of its page id), so no other set scores these articles (the
    ECB+ texts are checked by their document names above)."""
    ids = {p.stem[:12] for p in FOLDER.glob("*.txt") if not p.name.startswith("ecb_")}
    assert len(ids) >= 14
    assert not files_naming(ids, FOLDER, GOLD, ROOT)


def test_fresh5_recall_precision_and_modality(fresh5_store: Store) -> None:
    gold = json.loads(GOLD.read_text("utf-8"))
    check_article_scores(gold, fresh5_store, 100, actor=ACTOR_RECALL_FLOOR, both=BOTH_RECALL_FLOOR,
                         precision=PRECISION_FLOOR, modality=MODALITY_FLOOR,
                         many_to_one=SCORE_FLOOR)
