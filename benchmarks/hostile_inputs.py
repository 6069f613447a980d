"""Hostile inputs, by hand: how long pathological articles take to analyze, and what a run over
a folder of every kind of bad input does (run by hand; prints numbers measured in this run).

    python benchmarks/hostile_inputs.py said [--n 500 --n 1000 --n 5000]   # analysis time
    python benchmarks/hostile_inputs.py marks                                # quote-mark walls
    python benchmarks/hostile_inputs.py folder [--keep DIR]                  # the hostile run

`said` times one article of N "X said on DAY that ..." sentences (5,000 are ~300 KB; this
took 11.6 min before the per-doc indexes, the goal is under 10 s). `folder` builds the hostile
folder (see `build_hostile_folder`), runs `newsweave run` on it twice and prints the exit
codes, the stderr lines, the error rows and the store counts of both runs.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NAMES = ("Maria Lopez", "Ahmed Karimi", "John Baker", "Lena Petrova", "Omar Haddad",
         "Grace Chen")
PLACES = ("Kabul", "Moscow", "Geneva", "Cairo", "Lima", "Oslo")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")


def said_article(n: int) -> str:
    """N reporting sentences with a speaker, a date, an event and a place each."""
    return " ".join(f"{NAMES[i % 6]} said on {DAYS[(i // 6) % 6]} that Russia sent aid to "
                    f"{PLACES[(i // 36) % 6]}." for i in range(n))


MARK_WALLS = {
    "solid": '"' * 20_000,  # one 20,000-character "word" of quote marks
    "spaced": '" ' * 10_000,
    "curly": "\u201cx\u201d " * 5_000,
}

GOOD = (
    "Officials in Geneva said on Tuesday that the two governments had agreed to resume "
    "talks next month. \"We are ready to meet,\" the envoy Maria Lopez told reporters.",
    "The army said it sent aid convoys to Kabul on Monday. Ahmed Karimi, a spokesman for the "
    "relief agency, said the trucks carried food and medicine.",
)


def build_hostile_folder(root: Path, big: bool = True) -> dict[str, str]:
    """Write every kind of hostile input (and two good articles) into `root`.

    Returns {file name: what it is}. With `big`, the 1.2 M-character text (over spaCy's
    limit) is included; without it the folder is quick to run."""
    root.mkdir(parents=True, exist_ok=True)
    made: dict[str, str] = {}

    def put(name: str | bytes, data: bytes, what: str) -> None:
        path = os.path.join(os.fsencode(root), name if isinstance(name, bytes)
                            else os.fsencode(name))
        with open(path, "wb") as fh:
            fh.write(data)
        made[os.fsdecode(name) if isinstance(name, bytes) else name] = what

    for i, text in enumerate(GOOD, start=1):
        put(f"good{i}.txt", text.encode(), "good article")
    put("surrogate.json", b'{"text": "Talks resumed \\udc80 in Geneva on Monday, officials '
        b'said.", "title": "T\\ud800"}', "lone surrogate escapes in JSON")
    put("surrogate.jsonl", b'{"text": "A convoy reached Kabul \\udc80 on Friday."}\n',
        "lone surrogate escape in a JSONL line")
    put("deep.json", b"[" * 100_000 + b"]" * 100_000, "JSON nested 100,000 deep")
    put("deep.jsonl", b'{"text": "x", "a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n",
        "a JSONL line nested 100,000 deep")
    put(b"caf\xe9-latin1-name.txt", GOOD[0].replace("Geneva", "Lima").encode(),
        "file name that is not UTF-8 (a good article)")
    put("new\nline.txt", GOOD[1].replace("Kabul", "Cairo").encode(),
        "file name with a newline (a good article)")
    put("\x1b[31mansi.txt", b"The minister said on Monday that talks would go on in Oslo.",
        "file name with an ANSI escape (a good article)")
    put("nul-late.txt", (GOOD[0].replace("Geneva", "Oslo") + " " * 9000 + "\x00tail\x00")
        .encode(), "NUL bytes after the first 8 KB")
    put("long-title.json", json.dumps({"title": "T" * 2_000_000,
                                       "text": GOOD[1].replace("Kabul", "Lima")}).encode(),
        "a 2 MB title")
    put("twice.txt.gz", gzip.compress(gzip.compress(b"text inside two layers of gzip")),
        "gzip inside gzip")
    put("binary.txt", bytes(range(256)) * 8, "binary data")
    put("empty.txt", b"", "empty file")
    put("marks.txt", MARK_WALLS["solid"].encode(), "20,000 quote marks in a row")
    if big:
        put("huge.txt", (said_article(20) + "\n\n").encode() * 1_000,
            "text over spaCy's 1,000,000-character limit")
    os.mkfifo(root / "pipe.txt")
    made["pipe.txt"] = "a named pipe (FIFO)"
    os.symlink("loop.txt", root / "loop.txt")
    made["loop.txt"] = "a symbolic link to itself"
    (root / "folder.txt").mkdir()
    made["folder.txt"] = "an empty folder named like a text file"
    outside = root.parent / f"{root.name}-outside"  # a folder outside, linked in and back
    outside.mkdir(exist_ok=True)
    (outside / "good3.txt").write_text(GOOD[1].replace("Kabul", "Oslo"), encoding="utf-8")
    if not (outside / "back").is_symlink():
        os.symlink(os.path.relpath(root, outside), outside / "back")
    os.symlink(os.path.relpath(outside, root), root / "linked")
    made["linked"] = ("a symbolic link to a folder outside (a good article in it, and a link "
                      "back: a loop)")
    return made


def time_said(counts: list[int]) -> None:
    from newsweave.engine.local import analyze_batch, one_thread_per_process, warm_up
    from newsweave.model import Article

    one_thread_per_process()  # as in an analysis worker
    warm_up()
    for n in counts:
        text = said_article(n)
        art = Article(article_id=f"art_said_{n}", source=f"said-{n}", text=text, language="en",
                      published="2024-03-01")
        started, cpu = time.perf_counter(), time.process_time()
        ((_, analysis, err),) = analyze_batch([art], time_budget=0)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        assert analysis is not None
        print(f"{n} sentences ({len(text) / 1000:.0f} KB): {seconds:.2f} s "
              f"(CPU {cpu:.2f} s; load {os.getloadavg()[0]:.1f}), "
              f"{len(analysis.quotes)} quotes, {len(analysis.events)} events"
              + (f", error: {err.reason}" if err else ""), flush=True)


def time_marks() -> None:
    from newsweave.engine.local import analyze_batch, one_thread_per_process, warm_up
    from newsweave.model import Article

    one_thread_per_process()
    warm_up()
    for name, text in MARK_WALLS.items():
        art = Article(article_id=f"art_{name}", source=name, text=text, language="en")
        started, cpu = time.perf_counter(), time.process_time()
        ((_, _analysis, err),) = analyze_batch([art], time_budget=0)
        print(f"{name} ({len(text):,} chars): {time.perf_counter() - started:.2f} s "
              f"(CPU {time.process_time() - cpu:.2f} s)"
              + (f", error: {err.reason}" if err else ""), flush=True)


def run_folder(keep: str | None) -> None:
    work = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="newsweave-hostile-"))
    folder = work / "inputs"
    made = build_hostile_folder(folder)
    db, out = work / "hostile.duckdb", work / "out"
    for attempt in (1, 2):
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "newsweave.cli", "run", str(folder),
                               "--db", str(db), "--out", str(out), "-q"],
                              capture_output=True, text=True, errors="backslashreplace")
        print(f"run {attempt}: exit {proc.returncode} in {time.perf_counter() - started:.1f} s"
              f" ({len(made)} inputs)")
        print("  traceback in stderr:", "Traceback" in proc.stderr)
        for line in proc.stderr.splitlines():
            print("  stderr:", line)
        for line in proc.stdout.splitlines():
            print("  stdout:", line)
        counts = subprocess.run([sys.executable, "-c", (
            "import sys; from newsweave.store import Store; "
            "s = Store(sys.argv[1], read_only=True); print(s.counts())"), str(db)],
            capture_output=True, text=True)
        print("  store:", counts.stdout.strip() or counts.stderr.strip())
    errors = subprocess.run([sys.executable, "-m", "newsweave.cli", "errors", "--db", str(db)],
                            capture_output=True, text=True, errors="backslashreplace")
    print("errors table:")
    print(errors.stdout)
    print("exported:", sorted(p.name for p in out.iterdir()) if out.exists() else "nothing")
    print("work folder:", work)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("said", "marks", "folder"))
    parser.add_argument("--n", type=int, action="append", help="sentences (said)")
    parser.add_argument("--keep", help="work folder for `folder` (default: a new temp dir)")
    args = parser.parse_args()
    if args.what == "said":
        time_said(args.n or [500, 1000, 5000])
    elif args.what == "marks":
        time_marks()
    else:
        run_folder(args.keep)


if __name__ == "__main__":
    main()
