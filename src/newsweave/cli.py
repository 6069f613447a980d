"""The `newsweave` command line (typer + rich). Heavy modules load inside commands only."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from newsweave.cli_output import OutputFormat, emit, resolve_format
from newsweave.model import PLOVER_TYPES

if TYPE_CHECKING:
    from rich.console import Console

    from newsweave.api import RunReport
    from newsweave.model import IngestError, SkippedInput
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


class Engine(StrEnum):
    """Where per-article analysis runs (`--engine`)."""

    local = "local"
    ray = "ray"


# ----------------------------------------------------------------------------- choices
# Every choice is an Enum, so typer refuses a bad value before any work starts.

class ExportFormat(StrEnum):
    """`export --format` (newsweave.export.FORMATS; a test keeps the two equal)."""

    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    gexf = "gexf"
    graphml = "graphml"
    plover = "plover"


class ClaimStatusChoice(StrEnum):
    """`claims --status` (model.ClaimStatus)."""

    corroborated = "corroborated"
    single_source = "single-source"
    contested = "contested"
    denied = "denied"
    unconfirmed = "unconfirmed"


class QuoteKindChoice(StrEnum):
    """`quotes --kind` (model.QuoteKind)."""

    direct = "direct"
    indirect = "indirect"
    mixed = "mixed"


EventTypeChoice = StrEnum("EventTypeChoice", {t: t for t in PLOVER_TYPES})  # type: ignore[misc]

FormatOption = Annotated[Optional[OutputFormat], typer.Option(
    "--format", "-f", help="table, json, jsonl or csv [default: table on a terminal, jsonl "
    "when piped].", show_default=False)]


def _version(value: bool) -> None:
    if value:
        from newsweave import __version__

        typer.echo(f"newsweave {__version__}")
        raise typer.Exit()


@app.callback()
def _global_options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True,
                                         help="More log output on stderr (-v info, -vv "
                                              "debug, libraries included).")] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Log errors only.")] = False,
    config: Annotated[Optional[Path], typer.Option(
        "--config", metavar="FILE", help="Settings file (TOML, see docs/config.md); also "
        "NEWSWEAVE_CONFIG.")] = None,
    settings: Annotated[Optional[list[str]], typer.Option(
        "--set", metavar="KEY=VALUE", help="One setting for this run, repeatable (e.g. "
        "nlp.spacy_model=PATH); wins over the file.")] = None,
) -> None:
    """Turn news articles about one story into actors, events, quotes and claims, with
    evidence."""
    import os

    from newsweave.config import CONFIG_ENV, ConfigError, apply_overrides, reload
    from newsweave.logs import configure_logging

    configure_logging(verbose, quiet)
    try:  # checked before any work starts; the environment carries them to the workers
        if config is not None:
            os.environ[CONFIG_ENV] = str(config.absolute())
        apply_overrides(settings or [])
        reload()
    except ConfigError as exc:
        raise _fail(str(exc)) from None


def _console(stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False)


def _fail(message: str, code: int = 2) -> typer.Exit:
    from rich.markup import escape

    # one line, however long: soft_wrap stops rich from folding it at the terminal width
    _console(stderr=True).print(f"[red]error:[/] {escape(message)}", markup=True,
                                soft_wrap=True)
    return typer.Exit(code)


@contextmanager
def _open_store(db: Path, read_only: bool = False, threads: bool = True) -> Iterator[Store]:
    from newsweave.store import Store, StoreError

    try:
        store = Store(db, read_only=read_only, threads=threads)
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

    console = _console(stderr=True)
    if not console.is_terminal:  # piped or a file: no display, not even its closing newline
        yield lambda stage, n: None
        return
    # redrawn at each step, not by rich's refresh thread: articles may be analyzed in this
    # process, and a process that ever started a second thread parses slower (see
    # engine.local.one_thread_per_process)
    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                        MofNCompleteColumn(), TimeElapsedColumn(),
                        console=console, transient=True, auto_refresh=False)
    tasks: dict[str, TaskID] = {}

    def advance(stage: str, n: int) -> None:
        if stage not in tasks:
            tasks[stage] = progress.add_task(stage, total=None)
        progress.advance(tasks[stage], n)
        progress.refresh()

    with progress:
        yield advance


def _print_error(err: IngestError) -> None:
    from rich.markup import escape

    _console(stderr=True).print(f"[red]✗[/] {escape(_error_line(err))}", markup=True,
                                highlight=False, soft_wrap=True)


SKIP_LINES = 20  # skipped inputs printed one per line during a run; the rest are counted


def _skip_printer(limit: int = SKIP_LINES) -> Callable[[SkippedInput], None]:
    """Prints each file or folder a walk skipped as one line (to stderr, like errors), the
    first `limit` of them; the run's summary line counts them all."""
    printed = 0

    def show(item: SkippedInput) -> None:
        from rich.markup import escape

        nonlocal printed
        printed += 1
        if printed <= limit:
            _console(stderr=True).print(f"[dim]– {escape(_skip_line(item))}[/]", markup=True,
                                        highlight=False, soft_wrap=True)

    return show


def _skip_line(item: SkippedInput) -> str:
    from newsweave.ingest.hygiene import clean_line, printable_name

    return f"{printable_name(item.source)}: skipped ({clean_line(item.reason)})"


def _error_line(err: IngestError) -> str:
    """An error as one printable line: names from older stores may hold raw control
    characters (a newline, a terminal escape); they are shown escaped."""
    from newsweave.ingest.hygiene import clean_line, printable_name

    return f"{printable_name(err.source)}: {clean_line(err.reason)}"


def _report_line(report: RunReport) -> str:
    parts = [f"{report.inputs} articles read", f"{report.new_articles} new"]
    if report.already_stored:
        parts.append(f"{report.already_stored} already stored")
    if report.exact_duplicates:
        parts.append(f"{report.exact_duplicates} exact duplicates")
    parts.append(f"{report.analyzed} analyzed")
    if report.skipped_analysis:
        parts.append(f"{report.skipped_analysis} not analyzed (language/empty/failed)")
    parts.append(f"{len(report.errors)} errors")
    if report.skipped:
        shown = "" if len(report.skipped) <= SKIP_LINES else \
            f"; {SKIP_LINES} shown, `newsweave errors --skipped` lists all"
        parts.append(f"{len(report.skipped)} skipped (not articles{shown})")
    timing = ", ".join(f"{k} {v:.1f}s" for k, v in report.seconds.items())
    return " · ".join(parts) + (f" ({timing})" if timing else "")


TIMEOUT_HELP = ("Analysis seconds per article (0: no limit; default "
                "$NEWSWEAVE_ARTICLE_TIMEOUT or 120). An article over it is recorded as an "
                "analysis error; the records of its finished stages are kept.")
WORKERS_HELP = ("Analysis processes; 0: one per core (at most 4, fewer if memory is short; "
                "with Ray, one per CPU of the cluster). Locally, the first 32 articles are "
                "analyzed in this process; then workers start and take over once loaded.")


@app.command()
def run(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs, JSONL files or "
                                                    "URLs.")],
    db: DbOption = DEFAULT_DB,
    out: Annotated[Optional[Path], typer.Option(help="Also export JSONL here.")] = None,
    workers: Annotated[int, typer.Option(help=WORKERS_HELP, min=0)] = 0,
    engine: Annotated[Engine, typer.Option(help="Where analysis runs.")] = Engine.local,
    ray_address: Annotated[Optional[str], typer.Option(help="Existing Ray cluster.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary.")] = False,
    batch_size: Annotated[int, typer.Option(help="Articles per batch (one commit each).",
                                            min=1)] = 16,
    article_timeout: Annotated[Optional[float], typer.Option(help=TIMEOUT_HELP, min=0)]
    = None,
) -> None:
    """Ingest, analyze, link and summarize; exit code 1 if any input failed."""
    from newsweave import api

    console = _console()
    # analysis may run in this process: no DuckDB threads until it is done (Store.use_threads)
    # the workers stay up through the link and compute part of its sentence vectors
    with _open_store(db, threads=engine is not Engine.local) as store, \
            _progress() as progress:
        report = api.run(paths, out=out, workers=workers, engine=engine.value,
                         progress=progress, on_error=_print_error, ray_address=ray_address,
                         batch_size=batch_size, article_timeout=article_timeout, store=store,
                         on_skip=_skip_printer())
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
def watch(
    paths: Annotated[list[str], typer.Argument(
        help="Folders, files, globs, URLs or RSS/Atom feeds to poll.")],
    db: DbOption = DEFAULT_DB,
    interval: Annotated[float, typer.Option(help="Seconds between polls.", min=1.0)] = 60.0,
    once: Annotated[bool, typer.Option("--once", help="Poll once and exit (for cron): exit "
                                                      "code 1 if an input failed.")] = False,
    workers: Annotated[int, typer.Option(help=WORKERS_HELP, min=0)] = 0,
    batch_size: Annotated[int, typer.Option(help="Articles per batch (one commit each).",
                                            min=1)] = 16,
) -> None:
    """Poll inputs: ingest what is new, relink, and print (and store) how the claims
    changed: new claims, status changes (e.g. became contested or denied), new sources.
    An RSS/Atom feed URL (or a local .rss/.atom/.xml feed) stands for its new entries."""
    import time as clock

    from newsweave import api
    from newsweave.link.incremental import Linker

    linker = Linker()  # kept across polls: each poll links only what its articles touch

    console = _console()
    if not once:
        console.print(f"watching {len(paths)} input(s) every {interval:g} s; Ctrl-C to stop",
                      markup=False)
    failed = False
    try:
        while True:
            with _open_store(db) as store:
                poll = api.watch_once(store, paths, workers=workers, on_error=_print_error,
                                      batch_size=batch_size, linker=linker)
            failed = failed or poll.report.failed
            stamp = clock.strftime("%H:%M:%S")
            if poll.report.new_articles or poll.linked or once:
                console.print(f"{stamp} {poll.report.new_articles} new article(s), "
                              f"{len(poll.report.errors)} error(s), "
                              f"{len(poll.changes)} claim change(s)", markup=False)
            for change in poll.changes:
                console.print(f"  {change.line()}", markup=False, soft_wrap=True)
            if once:
                break
            clock.sleep(interval)
    finally:  # the next watch or run takes the link state up (see Linker.save_state)
        if linker.result is not None:
            with _open_store(db) as store:
                linker.save_state(store)
    if failed:
        raise typer.Exit(1)


@app.command()
def changes(
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option(help="How many, newest first.", min=1)] = 100,
) -> None:
    """The claim changes `watch` recorded: new claims, status changes, new sources."""
    with _open_store(db, read_only=True) as store:
        rows = store.changes(limit)
    console = _console()
    for row in rows:
        before = f" {row['before']} ->" if row["before"] else ""
        after = f" {row['after']}" if row["after"] else ""
        console.print(f"{row['seen_at']:%Y-%m-%d %H:%M:%S}  {row['kind']:<10} "
                      f"{row['summary']}:{before}{after}", markup=False, soft_wrap=True)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs, JSONL, URLs.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Read inputs into the store without analyzing them."""
    from newsweave import api

    with _open_store(db) as store, _progress() as progress:
        report = api.ingest(store, paths, analyze=False, progress=progress,
                            on_error=_print_error, on_skip=_skip_printer())
    _console().print(_report_line(report))
    if report.failed:
        raise typer.Exit(1)


@app.command()
def analyze(
    db: DbOption = DEFAULT_DB,
    workers: Annotated[int, typer.Option(help=WORKERS_HELP, min=0)] = 0,
    engine: Annotated[Engine, typer.Option(help="Where analysis runs.")] = Engine.local,
    ray_address: Annotated[Optional[str], typer.Option(help="Existing Ray cluster.")] = None,
    force: Annotated[bool, typer.Option(help="Re-analyze everything.")] = False,
    article_timeout: Annotated[Optional[float], typer.Option(help=TIMEOUT_HELP, min=0)]
    = None,
) -> None:
    """Analyze stored articles that are not analyzed yet, then link the corpus."""
    from newsweave import api

    with _open_store(db) as store, _progress() as progress:
        report = api.analyze(store, workers=workers, engine=engine.value, force=force,
                             progress=progress, on_error=_print_error, ray_address=ray_address,
                             article_timeout=article_timeout)
        _link_here(store)
    _console().print(_report_line(report))
    if report.failed:
        raise typer.Exit(1)


def _link_here(store: Any) -> None:
    """Link, the link's sentence vectors computed on one thread per core (this command
    parses nothing afterwards; see nlp.models.threads_runner)."""
    from newsweave import api
    from newsweave.nlp.models import batches_run_by, threads_runner

    with batches_run_by(threads_runner()):
        api.link(store)


@app.command()
def link(db: DbOption = DEFAULT_DB) -> None:
    """Re-link the corpus: entities, syndication, claims."""
    with _open_store(db) as store:
        _link_here(store)
        counts = store.counts()
    _console().print(f"{counts['entities']} entities · {counts['claims']} claims")


@app.command()
def correct(
    kind: Annotated[str, typer.Argument(help="reject, confirm, role, rename, merge, split, "
                                        "outlet, note; or list, undo")],
    target: Annotated[Optional[str], typer.Argument(
        help="The id it is about: an event, quote or report id (reject, confirm, role), an "
             "entity id (rename, merge, split), an article id (outlet), any of them or a "
             "claim id (note); the correction number for undo.")] = None,
    values: Annotated[Optional[list[str]], typer.Argument(
        metavar="VALUE...",
        help="The new role (supports, doubts, denies), name, entity to merge into, outlet "
             "or note text; for split, the names or article ids of the mentions that are "
             "another actor (one or more).")] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Correct the analysis: kept in the store with an audit log, applied on every link
    (so it survives reruns), undone with `correct undo N`. Relinks after each change.

    `correct split ENTITY "Other Name"` makes the mentions of ENTITY named so (or, given
    article ids, found in those articles) a separate actor: the inverse of merge."""
    from newsweave.link.corrections import CorrectionError, check
    from newsweave.store.corrections import add_correction, corrections, undo_correction

    if kind == "list":
        with _open_store(db, read_only=True) as store:
            found = corrections(store)
        for c in found:
            state = f"undone {c.undone_at}" if c.undone_at else "active"
            _console().print(_escape_markup(
                f"#{c.correction_id} {c.created} {c.kind} {c.target} -> {c.value!r} "
                f"(was {c.before!r}) [{state}]"))
        if not found:
            _console().print("no corrections")
        return
    if target is None:
        raise _fail(f"correct {kind}: give the id it is about")
    with _open_store(db) as store:
        if kind == "undo":
            try:
                done = undo_correction(store, int(target))
            except ValueError as exc:
                raise _fail(f"correct undo: {exc}") from None
            message = f"undid #{done.correction_id} ({done.kind} {done.target})"
        else:
            value: Any = (list(values) if kind == "split" else " ".join(values)) if values \
                else None
            if kind not in ("reject", "confirm") and value is None:
                raise _fail(f"correct {kind}: give the new value")
            try:
                before = check(store, kind, target, value)
            except CorrectionError as exc:
                raise _fail(f"correct: {exc}") from None
            made = add_correction(store, kind, target, value, before)
            shown = "; ".join(value) if isinstance(value, list) else value
            message = f"#{made.correction_id} {kind} {target}" + (
                f" -> {shown}" if shown is not None else "")
        _link_here(store)
    _console().print(_escape_markup(message) + " · relinked")


@app.command()
def export(
    out_dir: Annotated[Path, typer.Argument(help="Folder to write into.")],
    format: Annotated[list[ExportFormat], typer.Option("--format", "-f", help="Repeatable.")]
    = [ExportFormat.jsonl],  # noqa: B006 - typer reads the default
    db: DbOption = DEFAULT_DB,
    corrections: Annotated[bool, typer.Option(
        "--corrections/--no-corrections",
        help="Apply the analysts' corrections and write their audit log (corrections.jsonl; "
             "the default), or export the analysis as linked without them.")] = True,
) -> None:
    """Write the export files (EXPORT_CONTRACT v1) in the chosen formats."""
    from newsweave import api

    with _open_store(db, read_only=True) as store:
        try:
            paths = api.export(store, out_dir, [f.value for f in format],
                               corrections=corrections)
        except ValueError as exc:
            raise _fail(str(exc)) from None
    for p in paths:
        _console().print(f"wrote {p}")


@app.command()
def summary(db: DbOption = DEFAULT_DB, fmt: FormatOption = None) -> None:
    """Print what the store holds (as data: one record per table with its row count)."""
    from newsweave.export.summary import render_summary

    out_fmt = resolve_format(fmt)
    with _open_store(db, read_only=True) as store:
        if out_fmt is OutputFormat.table:
            render_summary(store, _console())
            return
        counts = store.counts()
    emit([{"table": name, "rows": n} for name, n in counts.items()], out_fmt)


@app.command()
def errors(
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = None,
    skipped: Annotated[bool, typer.Option(
        "--skipped", help="List the files and folders folder walks skipped (licences, "
        "readmes, hidden and OS files, version-control folders), with the reason.")] = False,
) -> None:
    """List recorded input and analysis errors (or, with --skipped, the skipped inputs)."""
    out_fmt = resolve_format(fmt)
    with _open_store(db, read_only=True) as store:
        errs = [s.as_row() for s in store.skipped()] if skipped else store.errors()
    if out_fmt is not OutputFormat.table:
        emit(({"stage": e.stage, "source": e.source, "reason": e.reason} for e in errs),
             out_fmt, ["stage", "source", "reason"])
        return
    console = _console()
    for err in errs:  # one line each, never wrapped (a pipe or a narrow terminal)
        console.print(f"{err.stage}\t{_error_line(err)}", highlight=False, markup=False,
                      soft_wrap=True)
    if not errs:
        console.print("no skipped inputs recorded" if skipped else "no errors recorded")


@app.command("config")
def show_config(fmt: FormatOption = None) -> None:
    """Print the settings in force (after --config and --set), each with where it came from
    (docs/config.md lists them)."""
    from newsweave.config import KEYS, settings

    current = settings()
    rows = [{"key": k.name, "value": current[k.name], "source": current.sources[k.name],
             "env": k.env, "about": k.help} for k in KEYS]
    rows += [{"key": f"lexicons.{name}", "value": path, "source": "config file", "env": None,
              "about": "replaces the bundled lexicon"}
             for name, path in sorted(current.lexicon_files.items())]
    out_fmt = resolve_format(fmt)
    if out_fmt is not OutputFormat.table:
        emit(rows, out_fmt, ["key", "value", "source", "env", "about"])
        return
    console = _console()
    for row in rows:
        value = "(unset)" if row["value"] is None else row["value"]
        console.print(f"{row['key']} = {value}\t[{row['source']}]", highlight=False,
                      markup=False, soft_wrap=True)


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    allow_host: Annotated[Optional[list[str]], typer.Option(
        help="Another Host name to answer (repeatable). Loopback names and --host are "
             "always answered; any other Host header gets 400 (DNS rebinding guard).")]
    = None,
) -> None:
    """Open the analyst web app (graph, timeline, map, evidence) over the store, offline."""
    from newsweave.web import serve as run_server
    from newsweave.web.app import missing_vendor_files

    if not db.is_file():
        raise _fail(f"{db}: no such database (run `newsweave run` first)")
    with _open_store(db, read_only=True):
        pass  # fail now, clearly, if the file is not a usable store
    if missing_vendor_files():
        _console(stderr=True).print("[yellow]warning:[/] browser libraries missing; run "
                                    "`make setup` (the JSON API still works)", markup=True)

    def ready(url: str) -> None:
        _console().print(f"newsweave: open {url} in a browser (serving {db}; API docs at "
                         f"{url}docs; Ctrl+C stops)", markup=False, soft_wrap=True)

    run_server(db, host=host, port=port, on_ready=ready, allow_hosts=allow_host or ())


@app.command()
def claims(
    actor: Annotated[Optional[str], typer.Option(help="Only claims with this actor or "
                                                 "recipient (name or alias).")] = None,
    status: Annotated[Optional[ClaimStatusChoice], typer.Option(help="Only this status.")]
    = None,
    db: DbOption = DEFAULT_DB,
    limit: Annotated[Optional[int], typer.Option(
        help="At most this many claims [default: 200 in a table, all otherwise].", min=1,
        show_default=False)] = None,
    fmt: FormatOption = None,
) -> None:
    """List the claims found across outlets, with status and sources (in a table: the
    first names of each list and how many more)."""
    from rich.table import Table

    from newsweave.store import query
    from newsweave.vocab import STATUS_BY_ID, counts_text, status_label

    out_fmt = resolve_format(fmt)
    shown = limit if out_fmt is not OutputFormat.table else (limit or 200)
    wanted = query.Filters(actor=actor, statuses=frozenset([status.value] if status else []))
    if out_fmt is not OutputFormat.table:
        from newsweave.export.records import claim_record
        from newsweave.export.tables import table_columns

        with _open_store(db, read_only=True) as store:
            found = query.claims(store, wanted, order="status", limit=shown).items
        emit((claim_record(c) for c in found), out_fmt, table_columns("claims"))
        return
    with _open_store(db, read_only=True) as store:  # a page of lines: no record read whole
        page = query.claim_lines(store, wanted, limit=shown, order="status")
    limit = shown or 200
    table = Table(title=f"{page.total} claims" + (f" (first {limit})" if page.total > limit
                                                   else ""))
    for col in ("status", "claim", "sources", "supported by", "denied/doubted by",
                "first seen", "events"):
        table.add_column(col, overflow="fold")

    def names(c: query.ClaimLine, key: str, mark: str = "") -> list[str]:
        more = c.sizes[key] - len(c.names[key])
        return [f"{mark}{n}" for n in c.names[key]] + ([f"+{more} more"] if more else [])

    for c in page.items:
        term = STATUS_BY_ID.get(c.status)
        label = f"{status_label(c.status)} ({counts_text(c.counts)})"
        shown_status = f"[{term.color}]{label}[/]" if term else label
        against = ", ".join([*names(c, "denied_by"), *names(c, "doubted_by", "?")])
        table.add_row(shown_status, _escape_markup(c.summary),
                      _escape_markup(", ".join(names(c, "independent_sources"))),
                      _escape_markup(", ".join(names(c, "supported_by"))),
                      _escape_markup(against), c.first_seen or "", str(c.event_count))
    _console().print(table)


def _escape_markup(text: str) -> str:
    from rich.markup import escape

    return escape(text)


class BriefFormat(StrEnum):
    """What `newsweave brief` writes (`--format`, repeatable)."""

    md = "md"
    html = "html"
    pdf = "pdf"


def _iso_day(value: str | None) -> str | None:
    """A --since/--until value as YYYY-MM-DD (a year or a month means its first day)."""
    import re

    if value is None:
        return None
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise typer.BadParameter(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return (value + "-01-01")[:10] if len(value) == 4 else (value + "-01")[:10]


@app.command()
def brief(
    db: DbOption = DEFAULT_DB,
    out: Annotated[Path, typer.Option(help="Folder for brief.md, brief.html, brief.pdf.")]
    = Path("."),
    formats: Annotated[Optional[list[BriefFormat]], typer.Option(
        "--format", "-f", help="md (with SVG pictures), html (one self-contained file), pdf "
        "(needs Chromium). Repeat for several; default md and html.")] = None,
    focus: Annotated[Optional[str], typer.Option(
        help="Brief one actor: its claims, events and statements (name or alias).")] = None,
    since: Annotated[Optional[str], typer.Option(
        help="Only evidence dated on or after this day (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[Optional[str], typer.Option(
        help="Only evidence dated on or before this day (YYYY[-MM[-DD]]).")] = None,
) -> None:
    """Write the brief: key findings first, disputes, who said what, a timeline and the actor
    network as pictures, sources; every line cited."""
    from newsweave.export.brief import Scope, write_brief

    since_day = _iso_day(since)
    until_day = _iso_day(until)
    if until_day and until and len(until) < 10:  # a year or a month: up to its last day
        until_day = until + ("-12-31" if len(until) == 4 else "-31")
    chosen = [f.value for f in formats] if formats else ["md", "html"]
    with _open_store(db, read_only=True) as store:
        try:
            paths = write_brief(store, out, chosen, Scope(focus, since_day, until_day))
        except (ValueError, RuntimeError) as exc:
            raise _fail(f"brief: {exc}") from None
    for p in paths:
        _console().print(f"wrote {p}", markup=False)


@app.command()
def quotes(
    speaker: Annotated[Optional[str], typer.Option(help="Only quotes whose speaker name or "
                                                   "description contains this.")] = None,
    kind: Annotated[Optional[QuoteKindChoice], typer.Option(help="Only this kind.")] = None,
    db: DbOption = DEFAULT_DB,
    limit: Annotated[Optional[int], typer.Option(
        help="At most this many quotes [default: 200 in a table, all otherwise].", min=1,
        show_default=False)] = None,
    fmt: FormatOption = None,
) -> None:
    """List quotations: speaker, kind, cue, channel, text and article."""
    from rich.markup import escape
    from rich.table import Table

    from newsweave.store import query

    out_fmt = resolve_format(fmt)
    shown = limit if out_fmt is not OutputFormat.table else (limit or 200)
    wanted = query.Filters(speaker=speaker, kinds=frozenset([kind.value] if kind else []))
    with _open_store(db, read_only=True) as store:
        page = query.quotes(store, wanted, limit=shown)
        found = page.items
        titles = query.article_titles(store, (q.article_id for q in found)) \
            if out_fmt is OutputFormat.table else {}
    if out_fmt is not OutputFormat.table:
        from newsweave.export.records import quote_record
        from newsweave.export.tables import table_columns

        emit((quote_record(q) for q in found), out_fmt, table_columns("quotes"))
        return
    limit = shown or 200
    table = Table(title=f"{page.total} quotes" + (f" (first {limit})" if page.total > limit
                                                   else ""), expand=True)
    for col in ("speaker", "kind", "cue", "channel", "stance"):
        table.add_column(col, overflow="fold", max_width=24)
    table.add_column("text", overflow="fold", ratio=3)
    table.add_column("article", overflow="fold", max_width=24)
    for q in found:
        title, source = titles.get(q.article_id, (None, None))
        where = (title or Path(source).name) if source is not None else q.article_id
        text = q.text if len(q.text) <= 120 else q.text[:117] + "..."
        table.add_row(escape(q.speaker.name if q.speaker else "-"), q.kind, q.cue or "",
                      escape(q.channel or ""), q.stance or "", escape(text), escape(where))
    _console().print(table)


@app.command()
def events(
    type_: Annotated[Optional[EventTypeChoice], typer.Option(
        "--type", help="PLOVER type, e.g. AID (any case).", case_sensitive=False)] = None,
    actor: Annotated[Optional[str], typer.Option(help="Actor or recipient name contains.")]
    = None,
    db: DbOption = DEFAULT_DB,
    limit: Annotated[Optional[int], typer.Option(
        help="At most this many rows [default: 200 in a table, all otherwise].", min=1,
        show_default=False)] = None,
    fmt: FormatOption = None,
) -> None:
    """List extracted events: who did what to whom, how sure, said by whom."""
    from rich.table import Table

    from newsweave.store import query

    out_fmt = resolve_format(fmt)
    shown = limit if out_fmt is not OutputFormat.table else (limit or 200)
    wanted = query.Filters(types=frozenset([type_.value] if type_ else []), actor=actor)
    with _open_store(db, read_only=True) as store:
        page = query.events(store, wanted, limit=shown)
    rows = page.items
    if out_fmt is not OutputFormat.table:
        from newsweave.export.records import event_record
        from newsweave.export.tables import table_columns

        emit((event_record(e) for e in rows), out_fmt, table_columns("events"))
        return
    limit = shown or 200
    table = Table(title=f"{page.total} events" + (f" (first {limit})" if page.total > limit
                                                   else ""))
    for col in ("type", "actor", "recipient", "modality", "said by", "date", "sentence"):
        table.add_column(col)
    for e in rows:
        def who(ref: object) -> str:
            if ref is None:
                return "-"
            name = getattr(ref, "name", "")
            extra = "/".join(x for x in (getattr(ref, "country", None),
                                         getattr(ref, "sector", None)) if x)
            return f"{name} ({extra})" if extra else name
        table.add_row(e.type + (f"/{e.mode}" if e.mode else ""), who(e.actor),
                      who(e.recipient), e.modality + (f" ({e.modality_cue})"
                                                      if e.modality_cue else ""),
                      e.attributed_to.name if e.attributed_to else "-", e.date or "-",
                      e.sentence[:120])
    _console().print(table)


@app.command(name="eval")
def eval_(
    gold: Annotated[Path, typer.Option("--gold", help="Gold file (seeds_dev_gold.json format).")],
    db: DbOption = DEFAULT_DB,
    show_misses: Annotated[bool, typer.Option(help="List what was not matched.")] = False,
    ablate: Annotated[Optional[list[str]], typer.Option(
        "--ablate", help="Re-analyze without this rule (a name from a `rules` field; "
        "repeatable) and show what it adds and costs.")] = None,
) -> None:
    """Score the store against a gold file and print a table."""
    from rich.table import Table

    from newsweave.evaluation import evaluate, load_gold

    try:
        gold_data = load_gold(gold)
    except (OSError, ValueError) as exc:
        raise _fail(f"{gold}: cannot read gold file ({exc})") from None
    if ablate:
        _eval_ablation(gold, gold_data, db, ablate)
        return
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


def _eval_ablation(gold: Path, gold_data: dict[str, Any], db: Path, rules: list[str]
                   ) -> None:
    """`eval --ablate`: the quotes and events metrics with every rule and without `rules`."""
    from rich.table import Table

    from newsweave.evaluation import Metric
    from newsweave.evaluation.ablation import ablate, unknown_rules

    unknown = unknown_rules(rules)
    if unknown:
        raise _fail(f"--ablate: {unknown}")
    if not db.exists():
        raise _fail(f"{db}: no such database")
    pairs = ablate(gold_data, db, rules)
    table = Table(title=f"newsweave eval · {gold.name} · without {', '.join(rules)}")
    for col in ("part", "metric", "with", "without", "change"):
        table.add_column(col)
    for full, cut in pairs:
        def show(m: Metric) -> str:
            return "-" if m.value is None else f"{m.value:.3f} ({m.numerator}/{m.denominator})"
        change = "-" if full.value is None or cut.value is None else \
            f"{cut.value - full.value:+.3f}"
        table.add_row(full.part, full.name, show(full), show(cut), change)
    _console().print(table)


# Exit codes (README "Exit codes"): what a script can tell apart.
EXIT_OK = 0  # every input read
EXIT_INPUT_FAILED = 1  # some input failed; each is printed and in the errors table
EXIT_USAGE_OR_STORE = 2  # bad usage, or the database cannot be used
EXIT_CRASH = 3  # a bug in newsweave
EXIT_INTERRUPTED = 130  # Ctrl-C (SIGINT): 128 + the signal's number, as shells report it
EXIT_TERMINATED = 143  # SIGTERM (kill, a service manager stopping the run)
INTERRUPTED_MESSAGE = "interrupted: committed batches are kept; rerun to continue"


class Interrupted(BaseException):
    """SIGINT or SIGTERM: the run stops between statements; committed batches stay.

    A BaseException of our own, not KeyboardInterrupt, so that click does not turn it into
    its "Aborted!" exit 1 and nothing on the way swallows it as an Exception."""


# Signals this process received, in order: a signal that lands inside a DuckDB query comes back
# as that library's "Query interrupted" error, not as our Interrupted, and must still exit 130/143.
_signals_received: list[int] = []


def _on_signal(signum: int, frame: object) -> None:
    import signal

    _signals_received.append(signum)
    # a second Ctrl-C while shutting down must not interrupt the clean-up
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    raise Interrupted(signum)


def _interrupted_code(stop: Interrupted) -> int:
    """130 after SIGINT, 143 after SIGTERM (128 + the signal), as a script expects."""
    import signal

    signum = stop.args[0] if stop.args else signal.SIGINT
    return EXIT_TERMINATED if signum == signal.SIGTERM else EXIT_INTERRUPTED


def main() -> None:
    """The `newsweave` command: runs the app and turns every outcome into an exit code
    (typer itself exits with 0, with a command's typer.Exit code, or 2 on usage errors)."""
    import signal

    signal.signal(signal.SIGINT, _on_signal)
    signal.signal(signal.SIGTERM, _on_signal)
    try:
        app()
    except Interrupted as stop:
        _quiet_exit(INTERRUPTED_MESSAGE, _interrupted_code(stop))
    except Exception as exc:
        from newsweave.store import StoreError

        if _signals_received:  # interrupted inside a library call that wrapped our exception
            _quiet_exit(INTERRUPTED_MESSAGE, _interrupted_code(Interrupted(_signals_received[0])))
        if isinstance(exc, StoreError):  # a store failing mid-run (locked, disk full)
            _quiet_exit(f"error: {exc}", EXIT_USAGE_OR_STORE)
        _crash(exc)


def _quiet_exit(message: str, code: int) -> None:
    sys.stderr.write(message.splitlines()[0] if message else "")
    sys.stderr.write("\n")
    sys.stderr.flush()
    sys.exit(code)


def _crash(exc: BaseException) -> None:
    """A bug: the traceback goes to a file, the user gets one line asking for a report."""
    import tempfile
    import traceback

    detail = "".join(traceback.format_exception(exc))
    where = ""
    try:
        fd, path = tempfile.mkstemp(prefix="newsweave-crash-", suffix=".txt")
        with open(fd, "w", encoding="utf-8", errors="backslashreplace") as fh:
            fh.write(f"newsweave {' '.join(sys.argv[1:])}\n\n{detail}")
        where = f"; details in {path}"
    except OSError:
        pass
    summary = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
    _quiet_exit(f"newsweave crashed ({summary}). This is a bug: please report it with the "
                f"command you ran{where}", EXIT_CRASH)


if __name__ == "__main__":
    main()
