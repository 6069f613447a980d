"""A seeded random sample of emitted events on ECB+ articles (and, with --html, html-benchmark
bodies), to judge precision by hand (run by hand; writes JSONL with one event per line and an
empty "judgment" to fill in).

    python benchmarks/ecbplus_event_sample.py OUT.jsonl [--seed 20261204] [--files 120] [--n 40]
        [--halves 23ecb 31ecbplus ...] [--html]
    python benchmarks/ecbplus_event_sample.py OUT.jsonl --folders tests/data/fresh8_quotes ...

The ECB+ files are shuffled with the seed, the first --files are analyzed, and --n events
are drawn from all their events with the same random generator. Files that any of our
annotated sets holds (tests/data/*/, by name or by text) are left out, so the sample is of
texts no set uses; so are the ECB+ topics an event test set uses (tests/data/*_events/
ecb_TOPIC_*.txt, e.g. fresh3) unless --with-set-topics: reading their sister texts would make
an untouched set a development set.

--with-dev-topics keeps the ECB+ topics that only development sets use (session 24: the
texts no set uses outside them were exhausted of events): the topics of the untouched sets
that hold ECB+ texts (UNTOUCHED_FOLDERS: fresh6's events, fresh10's quotes) and the topic
halves of fresh5 (kept apart from event data) stay out, as benchmarks/ecbplus_event_census.py
leaves them out.

--dev-seeds adds the development seed articles (000, 002 and 004 of ../shared/corpus/seeds;
never the held-out 001 and 003), labelled "file:../shared/corpus/seeds/NAME".

--halves keeps only the named ECB+ topic halves ("23ecb" = topic 23's ecb texts). --html adds
the html-benchmark article bodies (ground-truth.json) that no set, gold file or judged sample
names (by page id, or by the 12-character label the samplers write), nor holds by text. Files
any judged sample (benchmarks/*.jsonl) names are left out as well, except those of --own (the
judged files of this same draw, to draw it again after a change).

--folders draws instead from the .txt files of the named folders (e.g. the quote sets, whose
texts newsweave has run on but no event set has used): a file is left out when an event set
(tests/data/*events*/) holds it by name or text or shares a sentence with it, when the
event sentence suites (tests/data/event_sentences*) hold one of its sentences, when a judged
event sample (benchmarks/*judged*.jsonl, event_precision_sample.jsonl) or ../shared/eval names
it or holds one of its sentences (except --own), and when an earlier folder gave the same text.
Files are labelled "file:PATH" (relative to the repository) for rejudge_event_sample.py.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from analyze_corpus import DEFAULT_CORPUS, corpus_articles

SETS = Path(__file__).resolve().parents[1] / "tests/data"


def used_by_sets(sets: Path = SETS) -> tuple[set[str], set[str]]:
    """File names and texts of every article in our annotated sets (tests/data/*/)."""
    names: set[str] = set()
    texts: set[str] = set()
    for f in sets.glob("*/*.txt"):
        names.add(f.name)
        texts.add(f.read_text("utf-8", errors="replace").strip())
    return names, texts


def named_in_samples_and_gold(sets: Path = SETS, own: frozenset[str] = frozenset()
                              ) -> set[str]:
    """ECB+ file stems ("25_7ecb") and html page ids (or their 12-character prefixes) that a
    judged sample (benchmarks/*.jsonl), a gold file (tests/data/*.json*) or ../shared/eval names.
    Only the names are read: a gold file's content is never shown."""
    found: set[str] = set()
    files = [*Path(__file__).parent.glob("*.jsonl"), *sets.glob("*.json*"),
             *(sets.parents[1] / "shared" / "eval").glob("*"),
             *(sets.parents[2] / "shared" / "eval").glob("*")]
    for f in files:
        if not f.is_file() or f.name in own:
            continue
        text = f.read_text("utf-8", errors="replace")
        found.update(re.findall(r"\b\d+_\d+ecb(?:plus)?\b", text))
        found.update(m[:12] for m in re.findall(r"\b[0-9a-f]{12,64}\b", text))
    return found


def html_articles(corpus: Path) -> list[tuple[str, object]]:
    """(label, Article) for the html-benchmark bodies."""
    return [(label, art) for label, art in corpus_articles(corpus, "html")]


UNTOUCHED_FOLDERS = ("fresh6_events", "fresh10_quotes")
APART_HALVES_FOLDERS = ("fresh5_events",)


def untouched_topics(sets: Path = SETS) -> set[str]:
    """ECB+ topics an untouched set holds texts of (only the file names are read)."""
    return {f.name.split("_")[1] for folder in UNTOUCHED_FOLDERS
            for f in (sets / folder).glob("ecb_*.txt")}


def apart_halves(sets: Path = SETS) -> set[str]:
    """ECB+ topic halves ("45ecb") of the sets kept apart from event data (fresh5)."""
    return {re.sub(r"^ecb_|_\d+", "", f.stem) for folder in APART_HALVES_FOLDERS
            for f in (sets / folder).glob("ecb_*.txt")}


DEV_SEEDS = ("000", "002", "004")


def dev_seed_articles(corpus: Path) -> list[tuple[str, object]]:
    """("file:../shared/corpus/seeds/NAME", Article) for the development seeds only."""
    from newsweave.ingest import ingest
    from newsweave.model import Article

    out: list[tuple[str, object]] = []
    for f in sorted((corpus / "seeds").glob("*.txt")):
        if f.name[:3] not in DEV_SEEDS:
            continue
        for item in ingest([str(f)]):
            if isinstance(item, Article):
                out.append((f"file:../shared/corpus/seeds/{f.name}", item))
    return out


def set_topics(sets: Path = SETS) -> set[str]:
    """The ECB+ topics whose texts an event test set holds ("ecb_19_5ecbplus.txt" -> "19")."""
    return {f.name.split("_")[1] for f in sets.glob("*_events/ecb_*.txt")}


def _sentences(text: str) -> set[str]:
    """Long sentences and lines of a text, lower-cased: enough to see a shared passage."""
    parts = re.split(r"(?<=[.!?])\s+|\n+", text)
    return {s.strip().lower() for s in parts if len(s.strip()) > 60}


def event_use(sets: Path = SETS, own: frozenset[str] = frozenset()
              ) -> tuple[set[str], set[str], set[str]]:
    """What the event sets, sentence suites, judged event samples and ../shared/eval use:
    file names (and html page-id prefixes), whole texts, and sentences (lower-cased)."""
    names: set[str] = set()
    texts: set[str] = set()
    sentences: set[str] = set()
    for f in sets.glob("*events*/*.txt"):
        text = f.read_text("utf-8", errors="replace")
        names.update((f.name, f.stem[:12]))
        texts.add(text.strip())
        sentences |= _sentences(text)
    for f in sets.glob("event_sentences*.jsonl"):
        for line in f.read_text("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                sentences |= _sentences(str(row.get("text") or row.get("sentence") or ""))
    judged = [f for f in Path(__file__).parent.glob("*.jsonl")
              if ("judged" in f.name or f.name == "event_precision_sample.jsonl")
              and f.name not in own]
    for f in judged:
        for line in f.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            label = str(row.get("file") or "")
            names.add(Path(label.split(":", 1)[-1]).name)
            names.add(label.split(":", 1)[-1][:12])
            sentences |= _sentences(str(row.get("sentence") or ""))
    for root in (sets.parents[1], sets.parents[2]):
        for f in (root / "shared" / "eval").glob("*"):
            if f.is_file():
                text = f.read_text("utf-8", errors="replace")
                names.update(re.findall(r"\b\d+_\d+ecb(?:plus)?\b", text))
                names.update(m[:12] for m in re.findall(r"\b[0-9a-f]{12,64}\b", text))
    return names, texts, sentences


def folder_articles(folders: list[Path], own: frozenset[str] = frozenset()
                    ) -> list[tuple[str, object]]:
    """("file:PATH", Article) for the .txt files of the folders that no event set, sentence
    suite, judged event sample or eval file uses (by name, by text or by a shared sentence);
    a text met before in another folder is kept once."""
    from newsweave.ingest import ingest
    from newsweave.model import Article

    names, texts, sentences = event_use(own=own)
    root = SETS.parents[1]
    kept: list[tuple[str, object]] = []
    seen: set[str] = set()
    left_out = 0
    for folder in folders:
        for f in sorted(folder.glob("*.txt")):
            text = f.read_text("utf-8", errors="replace")
            if (f.name in names or f.stem in names or f.stem[:12] in names
                    or text.strip() in texts or text.strip() in seen
                    or _sentences(text) & sentences):
                left_out += 1
                continue
            seen.add(text.strip())
            for item in ingest([str(f)]):
                if isinstance(item, Article):
                    path = f.resolve()
                    label = path.relative_to(root) if path.is_relative_to(root) else path
                    kept.append((f"file:{label}", item))
    print(f"{len(kept)} files from {len(folders)} folders; {left_out} left out (used by an "
          f"event set, suite or judged sample, or a repeated text)")
    return kept


def corpus_sample_articles(args: argparse.Namespace, own: frozenset[str]
                           ) -> list[tuple[str, object]]:
    """ECB+ texts (and with --html, html-benchmark bodies) no set or judged sample uses."""
    names, texts = used_by_sets()
    articles = [(label, art) for label, art in corpus_articles(args.corpus, "ecbplus")
                if label.split(":", 1)[1] not in names
                and art.text.strip() not in texts]  # type: ignore[attr-defined]
    if getattr(args, "with_dev_topics", False):
        out, apart = untouched_topics(), apart_halves()
        articles = [(label, art) for label, art in articles
                    if label.split(":", 1)[1].split("_", 1)[0] not in out
                    and re.sub(r"_\d+", "", Path(label.split(":", 1)[1]).stem) not in apart]
    elif not args.with_set_topics:
        used = set_topics()
        articles = [(label, art) for label, art in articles
                    if label.split(":", 1)[1].split("_", 1)[0] not in used]
    named = named_in_samples_and_gold(own=own)
    articles = [(label, art) for label, art in articles
                if Path(label.split(":", 1)[1]).stem not in named]
    if args.halves is not None:
        wanted = set(args.halves)
        articles = [(label, art) for label, art in articles
                    if re.sub(r"_\d+", "", Path(label.split(":", 1)[1]).stem) in wanted]
    if args.html:
        used_ids = {Path(n).stem[:12] for n in names}
        articles += [(label, art) for label, art in html_articles(args.corpus)
                     if label.split(":", 1)[1] not in used_ids | named
                     and art.text.strip() not in texts]  # type: ignore[attr-defined]
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument("--files", type=int, default=120)
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--with-set-topics", action="store_true",
                        help="also sample the ECB+ topics the event test sets use")
    parser.add_argument("--with-dev-topics", action="store_true",
                        help="also sample the ECB+ topics only development sets use (the "
                             "untouched sets' topics and fresh5's halves stay out)")
    parser.add_argument("--dev-seeds", action="store_true",
                        help="also sample the development seeds 000, 002 and 004")
    parser.add_argument("--halves", nargs="*", default=None,
                        help='only these ECB+ topic halves, e.g. "23ecb 31ecbplus"')
    parser.add_argument("--own", nargs="*", default=[], metavar="JUDGED.jsonl",
                        help="judged samples of this same draw (their files stay in: the "
                             "same seed draws the same sample again after a change)")
    parser.add_argument("--html", action="store_true",
                        help="also sample html-benchmark bodies no set or sample uses")
    parser.add_argument("--folders", nargs="*", type=Path, default=None, metavar="DIR",
                        help="draw from the .txt files of these folders instead of the corpus "
                             "(files an event set, suite or judged sample uses left out)")
    args = parser.parse_args()
    from newsweave.extract import analyze_doc
    from newsweave.nlp.models import load_spacy

    rng = random.Random(args.seed)
    own = frozenset(Path(p).name for p in args.own)
    if args.folders is not None:
        articles = folder_articles(args.folders, own)
    else:
        articles = corpus_sample_articles(args, own)
    if args.dev_seeds:
        articles += dev_seed_articles(args.corpus)
    rng.shuffle(articles)
    nlp = load_spacy()
    pool = [(label, e) for label, art in articles[:args.files]
            for e in analyze_doc(art, nlp(art.text)).events]  # type: ignore[attr-defined]
    sample = rng.sample(pool, min(args.n, len(pool)))
    with args.out.open("w", encoding="utf-8") as f:
        for i, (label, e) in enumerate(sample):
            side = [(r.name, r.country, r.sector) if r else None for r in (e.actor, e.recipient)]
            f.write(json.dumps({"i": i, "file": label, "type": e.type, "mode": e.mode,
                                "actor": side[0], "recipient": side[1],
                                "modality": e.modality, "trigger": e.trigger,
                                "rules": e.rules, "sentence": e.sentence,
                                "judgment": None}) + "\n")
    print(f"{len(pool)} events in {min(args.files, len(articles))} of {len(articles)} shuffled "
          f"files; {len(sample)} sampled "
          f"with seed {args.seed}")


if __name__ == "__main__":
    main()
