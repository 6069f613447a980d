"""Shared by the event tests: the events of one made-up text, its actor context, a stored run
over a gold folder, the well-formedness of an event gold file, an article set's floors, the
ECB+ documents of a folder, and the checks every made-up sentence suite passes (its rows well
formed, no near copy of another suite, its scores)."""

from __future__ import annotations

import importlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from newsweave.model import Article, Event
from newsweave.store import Store


def of_type(events: list[Event], etype: str) -> list[Event]:
    """The events of one PLOVER type."""
    return [e for e in events if e.type == etype]


def assert_event_with_countries(nlp: Any, text: str, etype: str, actor: str | None,
                                recipient: str | None) -> None:
    """The text gives an event of `etype` with an actor (of country `actor` when given) and,
    when `recipient` is given, a recipient of that country."""
    found = of_type(events_of(nlp, text), etype)
    assert found, (text, [(e.type, e.actor) for e in events_of(nlp, text)])
    assert any(e.actor is not None and (actor is None or e.actor.country == actor) and (
        recipient is None or (e.recipient is not None and e.recipient.country == recipient))
        for e in found), [(e.actor, e.recipient) for e in found]


def events_of(nlp: Any, text: str, published: str = "2020-03-02") -> list[Event]:
    """Events extracted from `text` as one article (mentions included, no quotes)."""
    from newsweave.extract.events import extract_events
    from newsweave.extract.mentions import extract_mentions

    art = Article(article_id="art_rules", source="rules.txt", text=text, published=published)
    doc = nlp(text)
    events, _ = extract_events(doc, art, extract_mentions(doc, art), [])
    return events


def parties(events: list[Event], etype: str) -> list[tuple[Any, ...]]:
    """(actor name, actor country, recipient name, recipient country) of one type's events."""
    return [(e.actor.name if e.actor else None, e.actor.country if e.actor else None,
             e.recipient.name if e.recipient else None,
             e.recipient.country if e.recipient else None)
            for e in events if e.type == etype]


def rules_off(monkeypatch: Any, *rules: str) -> None:
    """Switch these named rules off for one test (newsweave.extract.ablation)."""
    from newsweave.extract import ablation

    monkeypatch.setenv(ablation.ABLATE_ENV, ",".join(rules))


def actor_context(nlp: Any, text: str, published: str | None = "2020-03-02") -> Any:
    """The parsed doc of `text` and its actor-resolution context, as events build them."""
    from newsweave.extract.actors import build_context
    from newsweave.extract.mentions import extract_mentions

    art = Article(article_id="art_rules", source="rules.txt", text=text, published=published)
    doc = nlp(text)
    return doc, build_context(doc, extract_mentions(doc, art), published=published)


def resolved_refs(nlp: Any, text: str, word: str, disabled: frozenset[str] = frozenset(),
                  published: str = "2021-05-04") -> list[tuple[Any, ...]]:
    """(name, country, sector) of what the last `word` of `text` resolves to as an actor."""
    from newsweave.extract import actors

    doc, ctx = actor_context(nlp, text, published)
    ctx.disabled = disabled
    tok = [t for t in doc if t.text == word][-1]
    return [(r.name, r.country, r.sector) for r in actors.resolve_np(tok, ctx)]


def resolved_rules(nlp: Any, text: str, word: str) -> list[str]:
    """The rules that resolved the last `word` of `text` as an actor."""
    from newsweave.extract import actors

    doc, ctx = actor_context(nlp, text)
    tok = [t for t in doc if t.text == word][-1]
    return [rule for r in actors.resolve_np(tok, ctx) for rule in r.rules]


def stored_run(tmp_path_factory: Any, folder: Path) -> Iterator[Store]:
    """A read-only store of `newsweave run` over `folder` (for module-scoped fixtures)."""
    from newsweave import api

    db = tmp_path_factory.mktemp(folder.name) / "events.duckdb"
    api.run([str(folder)], db=db)
    store = Store(db, read_only=True)
    yield store
    store.close()


def benchmark(name: str) -> ModuleType:
    """The script benchmarks/NAME.py as a module (the one registry of a kind of test set, and
    the analysis it scores), its folder put on the import path once."""
    folder = str(Path(__file__).resolve().parents[1] / "benchmarks")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    return importlib.import_module(name)


PLOVER_TYPES = frozenset(json.loads((Path(__file__).parents[1] / "src/newsweave/data/lexicons/"
                                     "plover_types.json").read_text("utf-8"))["types"])
SENTENCE_DATA = Path(__file__).parent / "data"
# the sentence suites a new made-up suite must stay apart from (the untouched one included:
# only ids are ever printed)
EARLIER_SUITES = [SENTENCE_DATA / f"event_{name}.jsonl"
                  for name in ("sentences", "sentences2", "sentences3", "sentences4",
                               "sentences5", "sentences6", "hardneg")]


def check_suite_rows(rows: list[dict[str, Any]]) -> None:
    """A sentence suite's rows: ids and texts unique, ISO dates, types PLOVER's, countries
    alpha-3."""
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["text"] for r in rows}) == len(rows)
    assert {r["type"] for r in rows if r["type"] is not None} <= PLOVER_TYPES
    for r in rows:
        assert r["date"] and len(r["date"]) == 10, r["id"]
        for side in ("source", "target"):
            country = (r[side] or {}).get("country")
            assert country is None or (len(country) == 3 and country.isupper()), r["id"]


def suite_words(text: str) -> set[str]:
    """The words of a sentence, lower case, as the near-copy checks compare them."""
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def closest_overlap(text: str, others: list[set[str]]) -> float:
    """The largest word overlap (shared / all words) of `text` with one of `others`."""
    mine = suite_words(text)
    return max(len(mine & o) / len(mine | o) for o in others)


def near_copies(path: Path, others: Iterable[Path], limit: float = 0.5) -> list[str]:
    """Ids of the sentences of suite `path` whose word overlap with some sentence of the
    `others` reaches `limit`: a happening told twice in near the same words."""
    from newsweave.evaluation.events import load_sentences

    theirs = [suite_words(r["text"]) for other in others for r in load_sentences(other)]
    return [row["id"] for row in load_sentences(path)
            if closest_overlap(row["text"], theirs) >= limit]


def suite_scores(path: Path) -> list[Any]:
    """The sentence scores (type, +source, +target, precision, no event, clean negatives) of
    the current pipeline on suite `path`."""
    from newsweave.evaluation.events import load_sentences, run_sentences, score_sentences

    rows = load_sentences(path)
    return score_sentences(rows, run_sentences(rows))


# suite_scores' metrics by name, in its order
SUITE_METRICS = {"type": 0, "source": 1, "target": 2, "precision": 3, "no_event": 4, "clean": 5}


def check_suite_floors(path: Path, **floors: float) -> list[Any]:
    """Suite `path` scores at least each floor given by metric name (type=0.9,
    precision=0.8, clean=0.85; SUITE_METRICS); a metric below its floor fails with its
    misses. Returns all the metrics, for a test's own further checks."""
    metrics = suite_scores(path)
    for name, floor in floors.items():
        metric = metrics[SUITE_METRICS[name]]
        assert metric.value is not None and metric.value >= floor, (name, metric.misses)
    return metrics


def check_event_gold(gold: dict[str, Any], folder: Path, min_docs: int,
                     min_events: int) -> None:
    """An event gold file is well formed: its articles and licence exist, its events use
    PLOVER types and actors it defines."""
    types = PLOVER_TYPES
    assert len(gold["docs"]) >= min_docs and len(gold["events"]) >= min_events
    for doc in gold["docs"].values():
        assert (folder / doc["file"]).exists()
    for ev in gold["events"]:
        assert ev["doc"] in gold["docs"] and ev["type"] in types
        assert ev["source"] in gold["actors"] or len(ev["source"]) == 3
        assert ev["target"] is None or ev["target"] in gold["actors"]
    assert (folder / "LICENSE").exists()


def check_articles_new(folder: Path, other_folders: Iterable[Path],
                       min_mine: int, min_others: int) -> None:
    """No article of `folder` is in one of `other_folders`, by name or by its opening words
    (the first 200 characters, whitespace folded) anywhere in one of ours."""
    mine = {p.name: " ".join(p.read_text("utf-8").split()) for p in folder.glob("*.txt")}
    assert len(mine) >= min_mine
    others = [p for other in other_folders for p in other.glob("*.txt")]
    assert len(others) >= min_others
    for other in others:
        assert other.name not in mine, other
        head = " ".join(other.read_text("utf-8").split())[:200]
        assert not any(head in text for text in mine.values()), other


def check_article_scores(gold: dict[str, Any], store: Store, min_events: int, *,
                         actor: float, both: float, precision: float, modality: float,
                         many_to_one: float) -> None:
    """A gold article set's scores stay at or above their floors: recall with the actor by
    name, with actor and recipient, precision, modality and the tests' many-to-one recall. A
    failure names the numbers only (an untouched set's misses stay unread)."""
    from newsweave.evaluation.events import score, score_articles

    by_actor, by_both, found, modal = score_articles(gold, store)
    assert by_actor.denominator == by_both.denominator == len(gold["events"]) >= min_events
    assert not [m for m in by_actor.misses if "not in store" in m], "an article was not stored"
    for name, value, floor in (("actor recall", by_actor.value, actor),
                               ("actor + recipient recall", by_both.value, both),
                               ("precision", found.value, precision),
                               ("modality", modal.value, modality),
                               ("many-to-one recall", score(gold, store)[0].value, many_to_one)):
        assert value is not None and value >= floor, (name, value, floor)


# an ECB+ file stem, under either naming ("ecb_25_3ecb", "25_3ecbplus"): topic, number, half
ECB_DOC = re.compile(r"(?:^|_)(\d+)_(\d+)(ecbplus|ecb)$")


def ecb_docs(folder: Path) -> dict[str, tuple[str, str]]:
    """The ECB+ texts of a folder by document ("25_3ecb"), with their topic half ("25", "ecb")."""
    found = {}
    for p in folder.glob("*.txt"):
        m = ECB_DOC.search(p.stem)
        if m:
            found[f"{m[1]}_{m[2]}{m[3]}"] = (m[1], m[3])
    return found


def files_naming(ids: set[str], folder: Path, gold: Path, root: Path) -> list[tuple[str, str]]:
    """Which gold files, judged samples and READMEs outside `folder` name one of these page ids
    (an untouched set's pages must be named nowhere else)."""
    data = folder.parent
    files = [p for p in data.rglob("*") if p.is_file() and p.suffix in (".json", ".jsonl", ".md")
             and folder not in p.parents and p != gold]
    files += sorted((root / "benchmarks").glob("*.jsonl"))
    files += sorted((root.parent / "shared/eval").glob("*.json"))
    assert len(files) >= 20
    return [(p.name, i) for p in files for i in ids if i in p.read_text("utf-8")]


ROOT = Path(__file__).parents[1]


def check_real_article_gold(gold: dict[str, Any], folder: Path, *, min_docs: int,
                            min_events: int, min_types: int = 10) -> None:
    """A gold of real articles annotated by reading (ecb-dev, ecb-dev2): well formed, one text per
    document, every article holding events, a note on each event, ISO-3 countries, modes valid
    for their PLOVER type."""
    check_event_gold(gold, folder, min_docs=min_docs, min_events=min_events)
    assert len(list(folder.glob("*.txt"))) == len(gold["docs"])
    for ev in gold["events"]:
        assert ev["modality"] in ("asserted", "alleged", "planned", "hypothetical"), ev
        assert ev["note"].strip(), ev
        for side in ("source_country", "target_country"):
            assert ev[side] is None or (len(ev[side]) == 3 and ev[side].isupper()), ev
    assert {ev["doc"] for ev in gold["events"]} == set(gold["docs"])
    assert len({ev["type"] for ev in gold["events"]}) >= min_types
    modes = {name: set(spec["modes"]) for name, spec in json.loads(
        (ROOT / "src/newsweave/data/lexicons/plover_types.json")
        .read_text("utf-8"))["types"].items()}
    assert not [ev for ev in gold["events"]
                if ev["mode"] and ev["mode"] not in modes[ev["type"]]]


def check_ecbplus_originals(folder: Path, count: int, topics: set[str]) -> None:
    """Each text of `folder` is its ECB+ file unchanged, from one of the topics the set may use
    (checked where ../shared sits beside the repo, as in CI)."""
    docs = ecb_docs(folder)
    assert len(docs) == count
    shared = ROOT.parent / "shared/corpus/ecbplus"
    for doc, (topic, _half) in docs.items():
        assert topic in topics, doc
        original = shared / topic / f"{doc}.txt"
        if original.exists():
            assert (folder / f"ecb_{doc}.txt").read_text("utf-8") == original.read_text("utf-8")


def told(nlp: Any, text: str, published: str = "2024-03-14") -> list[Event]:
    """The events of one made-up article, with its quotes (so speakers are known)."""
    from newsweave.extract.events import extract_events
    from newsweave.extract.mentions import extract_mentions
    from newsweave.extract.quotes import extract_quotes

    art = Article(article_id="art_told", source="told.txt", text=text, published=published)
    doc = nlp(text)
    mentions = extract_mentions(doc, art)
    events, _ = extract_events(doc, art, mentions, extract_quotes(doc, art, mentions))
    return events


def check_ecb_set_new(folder: Path, untouched: tuple[str, ...], min_mine: int) -> None:
    """No article of an ECB+ set is in another test folder, by name, by ECB+ document or by
    opening words (the untouched folders are left unread)."""
    others = sorted(p for p in folder.parent.iterdir() if p.is_dir() and p != folder
                    and not p.name.startswith(untouched))
    check_articles_new(folder, others, min_mine=min_mine, min_others=100)
    mine = set(ecb_docs(folder))
    for other in others:
        assert not set(ecb_docs(other)) & mine, other
