"""The `newsweave` command line (typer + rich). Heavy modules load inside commands only."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from newsweave.api import RunReport
    from newsweave.model import IngestError
    from newsweave.store import Store

app = typer.Typer(
    name="newsweave",
    help="Turn news articles about one story into actors, events, quotes and claims, with "
    "evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB database file.")]
DEFAULT_DB = Path("newsweave.duckdb")


def _console(stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False)


def _fail(message: str, code: int = 2) -> typer.Exit:
    _console(stderr=True).print(f"[red]error:[/] {message}", markup=True)
    return typer.Exit(code)


@contextmanager
def _open_store(db: Path, read_only: bool = False) -> Iterator[Store]:
    from newsweave.store import Store, StoreError

    try:
        store = Store(db, read_only=read_only)
    except StoreError as exc:
        raise _fail(str(exc)) from None
    try:
        yield store
    finally:
        store.close()


@contextmanager
def _progress() -> Iterator[Callable[[str, int], None]]:
    """A transient rich progress display; counts per stage (totals are not known up front)."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TaskID,
        TextColumn,
        TimeElapsedColumn,
    )

    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                        MofNCompleteColumn(), TimeElapsedColumn(),
                        console=_console(stderr=True), transient=True)
    tasks: dict[str, TaskID] = {}

    def advance(stage: str, n: int) -> None:
        if stage not in tasks:
            tasks[stage] = progress.add_task(stage, total=None)
        progress.advance(tasks[stage], n)

    with progress:
        yield advance


def _print_error(err: IngestError) -> None:
    _console(stderr=True).print(f"[red]✗[/] {err.line()}", markup=True, highlight=False)


def _report_line(report: RunReport) -> str:
    parts = [f"{report.inputs} articles read", f"{report.new_articles} new"]
    if report.already_stored:
        parts.append(f"{report.already_stored} already stored")
    if report.exact_duplicates:
        parts.append(f"{report.exact_duplicates} exact duplicates")
    parts.append(f"{report.analyzed} analyzed")
    if report.skipped_analysis:
        parts.append(f"{report.skipped_analysis} not analyzed (language/empty)")
    parts.append(f"{len(report.errors)} errors")
    timing = ", ".join(f"{k} {v:.1f}s" for k, v in report.seconds.items())
    return " · ".join(parts) + (f" ({timing})" if timing else "")


@app.command()
def run(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs, JSONL files or "
                                                    "URLs.")],
    db: DbOption = DEFAULT_DB,
    out: Annotated[Optional[Path], typer.Option(help="Also export JSONL here.")] = None,
    workers: Annotated[int, typer.Option(help="Analysis processes.")] = 1,
    engine: Annotated[str, typer.Option(help="local or ray.")] = "local",
    ray_address: Annotated[Optional[str], typer.Option(help="Existing Ray cluster.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary.")] = False,
) -> None:
    """Ingest, analyze, link and summarize; exit code 1 if any input failed."""
    from newsweave import api

    console = _console()
    with _open_store(db) as store, _progress() as progress:
        report = api.ingest(store, paths, analyze=True, workers=workers, engine=engine,
                            progress=progress, on_error=_print_error, ray_address=ray_address)
        progress("link", 0)
        api.link(store)
        progress("link", 1)
        if out is not None:
            api.export(store, out)
    with _open_store(db, read_only=True) as store:
        if not quiet:
            from newsweave.export.summary import render_summary

            render_summary(store, console)
    console.print(_report_line(report))
    if out is not None:
        console.print(f"exported to {out}/")
    if report.failed:
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs, JSONL, URLs.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Read inputs into the store without analyzing them."""
    from newsweave import api

    with _open_store(db) as store, _progress() as progress:
        report = api.ingest(store, paths, analyze=False, progress=progress,
                            on_error=_print_error)
    _console().print(_report_line(report))
    if report.failed:
        raise typer.Exit(1)


@app.command()
def analyze(
    db: DbOption = DEFAULT_DB,
    workers: Annotated[int, typer.Option(help="Analysis processes.")] = 1,
    engine: Annotated[str, typer.Option(help="local or ray.")] = "local",
    ray_address: Annotated[Optional[str], typer.Option(help="Existing Ray cluster.")] = None,
    force: Annotated[bool, typer.Option(help="Re-analyze everything.")] = False,
) -> None:
    """Analyze stored articles that are not analyzed yet, then link the corpus."""
    from newsweave import api

    with _open_store(db) as store, _progress() as progress:
        report = api.analyze(store, workers=workers, engine=engine, force=force,
                             progress=progress, on_error=_print_error, ray_address=ray_address)
        api.link(store)
    _console().print(_report_line(report))
    if report.failed:
        raise typer.Exit(1)


@app.command()
def link(db: DbOption = DEFAULT_DB) -> None:
    """Re-link the corpus: entities, syndication, claims."""
    from newsweave import api

    with _open_store(db) as store:
        api.link(store)
        counts = store.counts()
    _console().print(f"{counts['entities']} entities · {counts['claims']} claims")


@app.command()
def export(
    out_dir: Annotated[Path, typer.Argument(help="Folder to write into.")],
    format: Annotated[list[str], typer.Option("--format", "-f", help="jsonl, csv, parquet, "
                                              "gexf, graphml or plover; repeatable.")]
    = ["jsonl"],  # noqa: B006 - typer reads the default
    db: DbOption = DEFAULT_DB,
) -> None:
    """Write the export files (EXPORT_CONTRACT v1) in the chosen formats."""
    from newsweave import api

    with _open_store(db, read_only=True) as store:
        try:
            paths = api.export(store, out_dir, format)
        except ValueError as exc:
            raise _fail(str(exc)) from None
    for p in paths:
        _console().print(f"wrote {p}")


@app.command()
def summary(db: DbOption = DEFAULT_DB) -> None:
    """Print what the store holds."""
    from newsweave.export.summary import render_summary

    with _open_store(db, read_only=True) as store:
        render_summary(store, _console())


@app.command()
def errors(db: DbOption = DEFAULT_DB) -> None:
    """List recorded input and analysis errors."""
    with _open_store(db, read_only=True) as store:
        errs = store.errors()
    for err in errs:
        _console().print(f"{err.stage}\t{err.line()}", highlight=False, markup=False)
    if not errs:
        _console().print("no errors recorded")


@app.command(name="eval")
def eval_(
    gold: Annotated[Path, typer.Option("--gold", help="Gold file (seeds_dev_gold.json format).")],
    db: DbOption = DEFAULT_DB,
    show_misses: Annotated[bool, typer.Option(help="List what was not matched.")] = False,
) -> None:
    """Score the store against a gold file and print a table."""
    from rich.table import Table

    from newsweave.evaluation import evaluate, load_gold

    try:
        gold_data = load_gold(gold)
    except (OSError, ValueError) as exc:
        raise _fail(f"{gold}: cannot read gold file ({exc})") from None
    with _open_store(db, read_only=True) as store:
        metrics = evaluate(gold_data, store)
    table = Table(title=f"newsweave eval · {gold.name}")
    for col in ("part", "metric", "value", "n", "target", ""):
        table.add_column(col)
    for m in metrics:
        value = "-" if m.value is None else f"{m.value:.3f}"
        mark = {True: "[green]ok[/]", False: "[red]below[/]", None: ""}[m.passed]
        table.add_row(m.part, m.name, value, f"{m.numerator}/{m.denominator}",
                      "-" if m.target is None else f"{m.target:.2f}", mark)
    console = _console()
    console.print(table)
    if show_misses:
        for m in metrics:
            for miss in m.misses:
                console.print(f"  {m.part} · {m.name}: {miss}", markup=False)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("interrupted: committed batches are kept; rerun to continue\n")
        sys.exit(130)


if __name__ == "__main__":
    main()
