"""A census of the frames reported speech takes in the real text we have, and whether newsweave
emits a quote at each (run by hand; no gold is read: it counts, a person judges samples).

    python benchmarks/quote_census.py [--cache /tmp/census-parses] [--only ecbplus|seeds|html]
        [--rows /tmp/census.jsonl] [--top 40] [--min 5]
    python benchmarks/quote_census.py --rows /tmp/census.jsonl --show FRAME LEMMA [--n 8 --seed 1]

What it counts, over every article of shared/corpus (ECB+, seeds, the html-benchmark bodies; the
same reader as analyze_corpus.py), one row per occurrence:
- `clause-after` / `clause-before`: a verb with a clausal complement (spaCy `ccomp`) after it
  ("X said (that) ...") or before it ("..., X said", "..., said X"); `that-` when the clause
  opens with 'that'.
- `noun-that`: a noun with a 'that' clause it governs (acl/ccomp: "the claim that ...",
  "assurances that ..."); `noun-poss`: a noun of that list with a possessor ("his warning",
  "the mayor's claim"), counted in a second pass.
- `according-to`, `in-N` ("in a statement / letter / interview / post": the noun is the lemma),
  `tell-N` (tell with an object: "told reporters"), `quoted-as`, `passive-to` ("is said /
  believed / reported to ...": a passive verb with a to-infinitive).
For each row: whether newsweave emits a quote there (`cue`: a quote's cue is this token;
`span`: a quote's text overlaps the complement, or the sentence for the phrase frames) and,
when it does, the quote's rules and speaker rules. The table printed is per frame and lemma:
occurrences, covered, and the uncovered count (the coverage gaps, largest first).
A second table counts the speaker resolvers (`speaker.rules`) of every quote emitted, the
quotes with no speaker and the speakers that are a bare pronoun or a description with no name.
Parses are cached (DocBin) in --cache, keyed by text and model as in quote_sets.py, so a rerun
after a rule change parses nothing. --rows keeps every row (JSON lines) for --show, which prints
a seeded random handful of one frame and lemma to judge by hand.

What the first census found (session 18, quotes14, main at ba2806f; 683 articles, ~9 min of
one core to parse, ~4 to rerun on cached parses): 9,585 frame occurrences. Verbs of the
reporting lexicon with a clause: 3,595, 3,327 with a quote (0.925); seeded handfuls of the
uncovered ones are nearly all no report ('declined to say whether', 'did not specify how',
'you can tell whether', 'it was reported that'): the verb lexicon covers real news. The
verbs with a clause outside the lexicon are cognition and causation (be, make, think, know,
see, allow, let, believe, help, mean: not cues by the gold sets' convention); the speech-like
ones are rare and mostly negated (specify 7, agree 9). Passive 'is said / believed to' (259
passive-to, 10 'said to') is not annotated in the development golds; left alone. Statement
nouns with a that-clause are covered but for an owner as a compound ('police allegations
that', once). 'reports' read as a plural noun ('A local newspaper reports that ...') was one
real miss (rule reporting_verb_read_as_noun). Speakers of the 4,121 quotes: named_mention
2,340, described 900, antecedent 653, by_role 113, the rest under 25 each; judged handfuls:
described 25/30, antecedent 17/20, by_role 11/12, surname_owner 12/12, recent_person 9/10.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

PHRASE_FRAMES = ("according-to", "in-N", "tell-N", "quoted-as", "passive-to")
PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "him", "her", "them"}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _frames(doc: Any) -> list[tuple[str, Any, tuple[int, int]]]:
    """(frame, token, span the quote should cover) for every occurrence in `doc`."""
    out: list[tuple[str, Any, tuple[int, int]]] = []
    for tok in doc:
        sent = tok.sent
        sent_span = (sent.start_char, sent.end_char)
        if tok.pos_ in ("VERB", "AUX"):
            for child in tok.children:
                if child.dep_ != "ccomp":
                    continue
                sub = list(child.subtree)
                span = (sub[0].idx, sub[-1].idx + len(sub[-1].text))
                that = any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
                where = "after" if child.i > tok.i else "before"
                out.append((f"{'that-' if that else ''}clause-{where}", tok, span))
            if (any(c.dep_ == "auxpass" for c in tok.children)
                    and any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                      for a in c.children)
                            for c in tok.children)):
                out.append(("passive-to", tok, sent_span))
            if tok.lemma_ == "tell":
                for c in tok.children:
                    if c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN", "PRON"):
                        out.append(("tell-N", c, sent_span))
            if tok.lemma_ == "quote" and any(c.lower_ == "as" for c in tok.children):
                out.append(("quoted-as", tok, sent_span))
        elif tok.pos_ == "NOUN":
            for child in tok.children:
                if child.dep_ in ("acl", "ccomp") and any(
                        c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
                    sub = list(child.subtree)
                    out.append(("noun-that", tok, (sub[0].idx, sub[-1].idx + len(sub[-1].text))))
            if any(c.dep_ == "poss" for c in tok.children):
                out.append(("noun-poss", tok, sent_span))
        if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
            out.append(("according-to", tok, sent_span))
        if tok.lower_ == "in" and tok.dep_ == "prep":
            for c in tok.children:
                if c.dep_ == "pobj" and c.pos_ == "NOUN" and any(
                        d.lower_ in ("a", "an", "the") or d.dep_ == "poss" for d in c.children):
                    out.append(("in-N", c, sent_span))
    return out


def census(only: str | None, cache: Path | None, rows_out: Path | None) -> list[dict[str, Any]]:
    from analyze_corpus import DEFAULT_CORPUS, corpus_articles
    from newsweave.extract.mentions import extract_mentions
    from newsweave.extract.quotes import extract_quotes
    from newsweave.nlp.limits import fit_for_parsing
    from newsweave.nlp.models import load_spacy
    from quote_sets import _parse

    nlp = load_spacy()
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
    rows: list[dict[str, Any]] = []
    quotes_rows: list[dict[str, Any]] = []
    for label, art in corpus_articles(DEFAULT_CORPUS, only):
        text, _cut = fit_for_parsing(art.text, nlp.max_length)  # type: ignore[attr-defined]
        if not text.strip():
            continue
        doc = _parse(nlp, text, cache)
        quotes = extract_quotes(doc, art, extract_mentions(doc, art))
        starts = {t.idx: t for t in doc}
        for q in quotes:
            sp = q.speaker
            cue_tok = starts.get(q.cue_span[0]) if q.cue_span else None
            quotes_rows.append({"kind": "quote", "article": label, "qkind": q.kind,
                                "cue": q.cue, "text": q.text, "rules": q.rules,
                                "speaker": sp.name if sp else None,
                                "speaker_rules": sp.rules if sp else [],
                                "speaker_type": sp.type if sp else None,
                                "cue_tag": f"{cue_tok.tag_}/{cue_tok.dep_}" if cue_tok else None,
                                "sentence": " ".join((q.sentence or "").split())})
        for frame, tok, span in _frames(doc):
            cue_hit = [q for q in quotes if q.cue_span and _overlap(
                q.cue_span, (tok.idx, tok.idx + len(tok.text)))]
            span_hit = [q for q in quotes if _overlap(q.span, span)]
            hit = (cue_hit or span_hit)[:1]
            rows.append({"kind": "frame", "article": label, "frame": frame,
                         "lemma": tok.lemma_.lower(), "word": tok.text,
                         "covered": bool(hit), "by_cue": bool(cue_hit),
                         "rules": hit[0].rules if hit else [],
                         "qkind": hit[0].kind if hit else None,
                         "sentence": " ".join(tok.sent.text.split())})
    rows += quotes_rows
    if rows_out is not None:
        rows_out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                            "utf-8")
    return rows


def report(rows: list[dict[str, Any]], top: int, least: int) -> None:
    # a possessor counts only on a noun that takes a 'that' clause somewhere ("his warning")
    that_nouns = {r["lemma"] for r in rows if r.get("frame") == "noun-that"}
    frames = [r for r in rows if r["kind"] == "frame"
              and (r["frame"] != "noun-poss" or r["lemma"] in that_nouns)]
    by: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in frames:
        frame = r["frame"].replace("that-", "")
        by[(frame, r["lemma"])].append(r)
    print(f"{len(frames)} frame occurrences, {sum(r['covered'] for r in frames)} with a quote")
    per_frame = Counter(r["frame"].replace("that-", "") for r in frames)
    cov_frame = Counter(r["frame"].replace("that-", "") for r in frames if r["covered"])
    for f, n in per_frame.most_common():
        print(f"  {f:<16} {n:6d}  covered {cov_frame[f]:6d} ({cov_frame[f] / n:.2f})")
    print(f"\ncoverage gaps (frame, lemma: occurrences, covered, uncovered), {least}+ times:")
    gaps = sorted(by.items(), key=lambda kv: -sum(not r["covered"] for r in kv[1]))
    for (frame, lemma), rs in gaps[:top]:
        if len(rs) < least:
            continue
        cov = sum(r["covered"] for r in rs)
        print(f"  {frame:<14} {lemma:<16} {len(rs):5d} {cov:5d} {len(rs) - cov:5d}")
    quotes = [r for r in rows if r["kind"] == "quote"]
    print(f"\n{len(quotes)} quotes; speaker resolvers (first rule of each speaker):")
    first = Counter((r["speaker_rules"] or ["<none>"])[0] if r["speaker"] else "<no speaker>"
                    for r in quotes)
    for rule, n in first.most_common():
        print(f"  {rule:<40} {n:5d}")
    pron = sum(1 for r in quotes if (r["speaker"] or "").lower() in PRONOUNS)
    desc = sum(1 for r in quotes if r["speaker"] and r["speaker"][:1].islower())
    print(f"  bare pronoun speakers {pron}; lower-case (description) speakers {desc}")


def show(rows: list[dict[str, Any]], frame: str, lemma: str, n: int, seed: int,
         covered: bool | None) -> None:
    if frame == "quote":  # the quotes whose speaker's first resolver is `lemma`
        picked = [r for r in rows if r["kind"] == "quote" and r["speaker"]
                  and (r["speaker_rules"] or ["<none>"])[0] == lemma]
    else:
        picked = [r for r in rows if r["kind"] == "frame"
                  and r["frame"].replace("that-", "") == frame and r["lemma"] == lemma
                  and (covered is None or r["covered"] == covered)]
    rng = random.Random(seed)
    for r in rng.sample(picked, min(n, len(picked))):
        if frame == "quote":
            print(f"- [{r['article']}] {r['speaker']!r} <- {r['speaker_rules']} | "
                  f"{r['text'][:100]!r}")
            print(f"    {r['sentence'][:300]}")
        else:
            print(f"- [{r['article']}] covered={r['covered']} {r['rules']} | {r['sentence'][:300]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="keep spaCy parses here between runs")
    parser.add_argument("--only", choices=("seeds", "ecbplus", "html"))
    parser.add_argument("--rows", type=Path, help="write (or, with --show, read) every row")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--min", type=int, default=5)
    parser.add_argument("--show", nargs=2, metavar=("FRAME", "LEMMA"),
                        help="print a seeded handful of FRAME/LEMMA rows of --rows "
                             "(FRAME 'quote': the quotes whose speaker resolver is LEMMA)")
    parser.add_argument("--n", type=int, default=8)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--uncovered", action="store_true", help="--show only uncovered rows")
    args = parser.parse_args(argv)
    if args.show:
        if args.rows is None:
            parser.error("--show reads --rows")
        rows = [json.loads(line) for line in args.rows.read_text("utf-8").splitlines()]
        show(rows, args.show[0], args.show[1], args.n, args.seed,
             False if args.uncovered else None)
        return 0
    rows = census(args.only, args.cache, args.rows)
    report(rows, args.top, args.min)
    return 0


if __name__ == "__main__":
    sys.exit(main())
