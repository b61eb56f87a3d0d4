"""deals: watch the news for AI-infrastructure deals and query them."""

from __future__ import annotations

import csv
import io
import json
import logging
import sys
from contextlib import contextmanager, nullcontext
from datetime import date
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from pipeline.errors import DealsError, LockedError

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
err = Console(stderr=True, soft_wrap=True)  # messages are lines: never folded at 80 columns in a log
DEFAULT_DB = "db/deals.duckdb"
DbOpt = Annotated[Path, typer.Option("--db", envvar="DEALS_DB", help="DuckDB file.")]
SourcesOpt = Annotated[Path, typer.Option("--sources", help="Sources file (YAML).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="JSON array on stdout.")]
NlOpt = Annotated[bool, typer.Option("--nl", help="One JSON object per line.")]
CsvOpt = Annotated[bool, typer.Option("--csv", help="CSV with a header row.")]
QuietOpt = Annotated[bool, typer.Option("-q", "--quiet", help="Only errors on stderr.")]
VerboseOpt = Annotated[int, typer.Option("-v", "--verbose", count=True, help="-v info, -vv debug and tracebacks.")]


class Fmt(str, Enum):
    table = "table"
    json = "json"
    nl = "nl"
    csv = "csv"


LogFormatOpt = Annotated[str, typer.Option("--log-format", help="Logs on stderr: plain or json (one object a line).")]


class JsonLines(logging.Formatter):
    """One JSON object per log record, for log shippers."""

    def format(self, record: logging.LogRecord) -> str:
        return json.dumps({"time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"), "level": record.levelname,
                           "logger": record.name, "message": record.getMessage()})


def _setup(verbose: int = 0, quiet: bool = False, log_format: str = "plain") -> None:
    level = logging.ERROR if quiet else [logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)]
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonLines() if log_format == "json" else
                         logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=level, handlers=[handler], force=True)


def _fail(exc: Exception, verbose: int = 0) -> None:
    if verbose >= 2:
        err.print_exception()
    err.print(f"Error: {exc}", markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(75 if isinstance(exc, LockedError) else 1)


def _plain(value):
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def emit(cols: list[str], rows: list, as_json=False, as_nl=False, as_csv=False, title: str | None = None) -> None:
    """Records to stdout: a table for people, JSON / JSON lines / CSV for programs."""
    records = [{c: _plain(v) for c, v in zip(cols, row)} for row in rows]
    if as_json:
        typer.echo(json.dumps(records, ensure_ascii=False, indent=2))
    elif as_nl:
        for r in records:
            typer.echo(json.dumps(r, ensure_ascii=False))
    elif as_csv:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=cols)
        writer.writeheader()
        writer.writerows(records)
        typer.echo(buf.getvalue(), nl=False)
    else:
        table = Table(title=title, show_lines=False)
        for c in cols:
            table.add_column(c, overflow="fold")
        for r in records:
            table.add_row(*["" if r[c] is None else str(r[c]) for c in cols])
        Console(width=max(180, Console().width) if not sys.stdout.isatty() else None).print(table)


@app.command()
def ingest(sources: SourcesOpt = Path("sources.yaml"), db: DbOpt = Path(DEFAULT_DB), as_json: JsonOpt = False,
           quiet: QuietOpt = False, verbose: VerboseOpt = 0, log_format: LogFormatOpt = "plain") -> None:
    """Fetch every enabled source, extract deals and store them. Example: deals ingest --sources samples/sources.yaml

    Exit codes: 0 all went well, 3 some sources or articles failed, 1 error, 75 another ingest holds the
    database, 130/143 stopped by SIGINT/SIGTERM (the current article is finished and the run recorded)."""
    _setup(verbose, quiet, log_format)
    from pipeline.config import load_alerts, load_settings, load_sources
    from pipeline.run import ingest as run_ingest
    stopped = _stop_on_signals()
    try:
        with _progress(quiet) as on_event:
            summary = run_ingest(load_sources(sources), db, load_settings(sources), on_event=on_event,
                                 should_stop=lambda: bool(stopped), alerts=load_alerts(sources))
    except DealsError as exc:
        _fail(exc, verbose)
    _report(summary, as_json, quiet)
    if stopped:
        raise typer.Exit(128 + stopped[0])
    raise typer.Exit(3 if summary.failures else 0)


def _quiet_pipe_finalizers() -> None:
    """A worker pool torn down after a signal can leave pipe objects whose descriptor is already closed; their
    finalizer's OSError ('Exception ignored in _ConnectionBase.__del__') is noise after a clean stop, and
    nothing else is silenced."""
    default = sys.unraisablehook

    def hook(unraisable) -> None:
        where = getattr(unraisable.object, "__qualname__", "")
        if isinstance(unraisable.exc_value, OSError) and "Connection" in where and where.endswith("__del__"):
            return
        default(unraisable)
    sys.unraisablehook = hook


def _stop_on_signals() -> list[int]:
    """SIGINT/SIGTERM ask the run to stop after the current article; the list receives the signal."""
    import signal
    _quiet_pipe_finalizers()
    received: list[int] = []

    def ask(signum, _frame):
        if not received:
            err.print(f"stopping after the current article ({signal.Signals(signum).name})", highlight=False)
        received.append(signum)
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, ask)
    return received


def _report(summary, as_json: bool, quiet: bool) -> None:
    """The run summary: JSON on stdout with --json, one line on stderr always."""
    if as_json:
        typer.echo(json.dumps(summary.to_dict(), indent=2))
    if summary.articles_new == 0 and not summary.failures and summary.status == "ok" and not quiet:
        err.print("Nothing new: every article was already stored and unchanged.")
    for f in summary.failures:
        err.print(f"failed: {f['source']}: {f['error']}", markup=False, highlight=False)
    failed = sorted({f["source"] for f in summary.failures})
    for skip in summary.skipped:
        err.print(f"skipped: {skip['source']}: {skip['reason']}", markup=False, highlight=False)
    err.print(f"{summary.status}: {summary.articles_seen} articles seen, {summary.articles_new} new or changed, "
              f"{summary.deals_new} new deals, {len(summary.failures)} failures"
              + (f", {summary.alerts_sent} alerts sent" if summary.alerts_sent else "")
              + (f" ({', '.join(failed)})" if failed else ""), markup=False, highlight=False)


@contextmanager
def _progress(quiet: bool):
    """A Rich progress bar on stderr for people at a terminal; nothing otherwise."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=err,
                  transient=True) as bar:
        task = bar.add_task("sources", total=None)

        def on_event(kind: str, data: dict) -> None:
            if kind == "entries":
                bar.update(task, description=data["name"], total=data["count"], completed=0)
            elif kind == "article":
                bar.advance(task)
        yield on_event


@app.command()
def watch(sources: SourcesOpt = Path("sources.yaml"), db: DbOpt = Path(DEFAULT_DB),
          every: Annotated[str, typer.Option(help="Default interval per source (30m, 2h, 90s).")] = "30m",
          jitter: Annotated[float, typer.Option(help="Random share of the interval, ±.")] = 0.1,
          quiet: QuietOpt = False, verbose: VerboseOpt = 0, log_format: LogFormatOpt = "plain") -> None:
    """Ingest on a schedule until SIGINT/SIGTERM; a source's `every:` overrides --every. Example: deals watch --every 30m"""
    _setup(verbose, quiet, log_format)
    import signal
    import threading

    from pipeline.config import load_alerts, load_settings, load_sources, parse_interval
    from pipeline.schedule import watch as run_watch
    interval = parse_interval(every)
    if interval is None:
        raise typer.BadParameter(f"{every!r} is not an interval; use e.g. 30m, 2h or 90s")
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    try:
        runs = run_watch(load_sources(sources), db, interval, stop, jitter=jitter,
                         on_run=lambda summary: _report(summary, False, quiet), settings=load_settings(sources),
                         alerts=load_alerts(sources))
    except DealsError as exc:
        _fail(exc, verbose)
    err.print(f"stopped after {runs} runs", highlight=False)


@app.command()
def extract(path: Annotated[Optional[str], typer.Argument(help=".jsonl of passages, an .html file, a text file, "
                                                               "or -")] = None,
            out: Annotated[Optional[Path], typer.Option("--out", help="Write JSON lines here.")] = None,
            model: Annotated[Optional[str], typer.Option("--model", help="Optional trained spaCy pipeline.")] = None,
            explain: Annotated[bool, typer.Option("--explain", help="Add per sentence: who found each company, what "
                                                                    "was dropped and why, the rules that applied, "
                                                                    "the rule of each deal.")] = False,
            without: Annotated[Optional[list[str]], typer.Option(
                "--without", metavar="RULE_ID", help="Switch a rule off (repeatable), to measure what it does; "
                                                     "see --list-rules.")] = None,
            list_rules: Annotated[bool, typer.Option("--list-rules", help="Print the rules (id, stage, what it "
                                                                          "does, example) and exit.")] = False,
            quiet: QuietOpt = False, verbose: VerboseOpt = 0) -> None:
    """Extract deals offline: one {"id", "deals"} line per passage. Example: deals extract passages.jsonl --out preds.jsonl"""
    _setup(verbose, quiet)
    from pipeline.batch import extract_file
    from pipeline.nlp import rules
    if list_rules:
        for rule in rules.registry().values():
            under = f" (under the headline {rule.title!r})" if rule.title else ""
            typer.echo(f"{rule.id}  [{rule.stage}]  {rule.does}\n    e.g. {rule.example!r}{under}")
        return
    if path is None:
        _fail(DealsError("deals extract needs a PATH (a .jsonl, .html or text file, or - for standard input)"), verbose)
    try:
        with rules.switched_off(without or []), \
                (open(out, "w", encoding="utf-8") if out else nullcontext(sys.stdout)) as fh:
            for record in extract_file(path, model, explain):
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    except (DealsError, OSError, ValueError) as exc:
        _fail(exc, verbose)


@app.command("list")
def list_deals(db: DbOpt = Path(DEFAULT_DB),
               company: Annotated[Optional[str], typer.Option(help="Only deals of this company.")] = None,
               type_: Annotated[Optional[str], typer.Option("--type", help="compute, chips, investment, ...")] = None,
               since: Annotated[Optional[str], typer.Option(help="First reported on or after YYYY-MM-DD.")] = None,
               min_usd: Annotated[Optional[float], typer.Option("--min-usd", help="Minimum USD amount.")] = None,
               as_json: JsonOpt = False, as_nl: NlOpt = False, as_csv: CsvOpt = False, quiet: QuietOpt = False,
        verbose: VerboseOpt = 0) -> None:
    """List deals, newest first. Example: deals list --type compute --min-usd 1e9"""
    _setup(verbose, quiet)
    from pipeline import queries
    try:
        cols, rows = queries.list_deals(db, company=company, type_=type_, since=_date(since), min_usd=min_usd)
    except DealsError as exc:
        _fail(exc, verbose)
    emit(cols, rows, as_json, as_nl, as_csv, title="Deals")


@app.command()
def company(name: Annotated[str, typer.Argument(help="Company name or alias (case-insensitive).")],
            db: DbOpt = Path(DEFAULT_DB),
            since: Annotated[Optional[str], typer.Option(help="First reported on or after YYYY-MM-DD.")] = None,
            until: Annotated[Optional[str], typer.Option(help="First reported on or before YYYY-MM-DD.")] = None,
            type_: Annotated[Optional[str], typer.Option("--type", help="compute, chips, investment, ...")] = None,
            role: Annotated[Optional[str], typer.Option(help="buyer, seller, investor, investee, ...")] = None,
            min_usd: Annotated[Optional[float], typer.Option("--min-usd", help="Minimum USD amount.")] = None,
            exact: Annotated[bool, typer.Option("--exact", help="This company alone, not its subsidiaries.")] = False,
            as_json: JsonOpt = False, as_nl: NlOpt = False, as_csv: CsvOpt = False, quiet: QuietOpt = False,
        verbose: VerboseOpt = 0) -> None:
    """Every deal of one company and its subsidiaries (the entity column says whose): counterparties, roles,
    amounts, terms, status, articles. Example: deals company Alphabet"""
    _setup(verbose, quiet)
    from pipeline import queries
    try:
        display, cols, rows = queries.company_deals(db, name, _date(since), _date(until), type_, role, min_usd, exact)
    except DealsError as exc:
        _fail(exc, verbose)
    emit(cols, rows, as_json, as_nl, as_csv, title=f"Deals of {display}")


@app.command()
def show(deal_id: Annotated[str, typer.Argument(help="A deal id or its first characters.")],
         db: DbOpt = Path(DEFAULT_DB), as_json: JsonOpt = False, quiet: QuietOpt = False, verbose: VerboseOpt = 0) -> None:
    """One deal with every evidence sentence and its article. Example: deals show d802e864"""
    _setup(verbose, quiet)
    from pipeline import queries
    try:
        cols, row, ecols, erows = queries.show_deal(db, deal_id)
    except DealsError as exc:
        _fail(exc, verbose)
    if as_json:
        deal = {c: _plain(v) for c, v in zip(cols, row)}
        deal["evidence"] = [{c: _plain(v) for c, v in zip(ecols, r)} for r in erows]
        typer.echo(json.dumps(deal, ensure_ascii=False, indent=2))
        return
    emit(["field", "value"], [(c, v) for c, v in zip(cols, row)], title="Deal")
    emit(ecols, erows, title="Reports")


@app.command()
def companies(db: DbOpt = Path(DEFAULT_DB), tree: Annotated[bool, typer.Option("--tree", help="Groups: parents "
              "with their subsidiaries.")] = False, as_json: JsonOpt = False, as_nl: NlOpt = False,
              as_csv: CsvOpt = False, quiet: QuietOpt = False, verbose: VerboseOpt = 0) -> None:
    """Companies with their number of deals, or (--tree) the groups they form. Example: deals companies --tree"""
    _setup(verbose, quiet)
    from pipeline import queries
    if tree:
        try:
            forest = queries.company_tree(db)
        except DealsError as exc:
            _fail(exc, verbose)
        _print_tree(forest, as_json)
        return
    try:
        cols, rows = queries.companies(db)
    except DealsError as exc:
        _fail(exc, verbose)
    emit(cols, rows, as_json, as_nl, as_csv, title="Companies")


def _print_tree(forest: list[dict], as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(forest, indent=2, ensure_ascii=False))
        return
    from rich.tree import Tree
    root = Tree("companies")

    def add(branch, node) -> None:
        label = f"{node['company']}  {node['deals']} deals" + (f" ({node['group_deals']} in the group)"
                                                             if node["children"] else "")
        label += "".join(f"  {v}" for v in (node["ticker"], node["country"]) if v)
        sub = branch.add(label)
        for child in node["children"]:
            add(sub, child)
    for node in forest:
        add(root, node)
    Console(width=max(120, Console().width) if not sys.stdout.isatty() else None).print(root)


alerts_app = typer.Typer(help="Alert rules (sources.yaml `alerts:`).", no_args_is_help=True)
app.add_typer(alerts_app, name="alerts")


@alerts_app.command("test")
def alerts_test(name: Annotated[str, typer.Argument(help="The rule's name.")],
                sources: SourcesOpt = Path("sources.yaml"), db: DbOpt = Path(DEFAULT_DB), quiet: QuietOpt = False,
                verbose: VerboseOpt = 0) -> None:
    """Send a sample event (event 'test', the latest deal the rule matches) to a rule's target now.
    Example: deals alerts test big-compute"""
    _setup(verbose, quiet)
    from pipeline import store
    from pipeline.alerts import sample_event, send
    from pipeline.config import load_alerts
    try:
        rule = next((r for r in load_alerts(sources) if r.name == name), None)
        if rule is None:
            raise DealsError(f"no alert named {name!r} in {sources}")
        with store.connect(db, read_only=True) as con:
            body = sample_event(con, rule)
        send(rule, body)
    except DealsError as exc:
        _fail(exc, verbose)
    typer.echo(json.dumps(body, indent=2, default=str))
    if not quiet:
        err.print(f"sent to {rule.target}", highlight=False)


parent_app = typer.Typer(help="Parents and subsidiaries.", no_args_is_help=True)
app.add_typer(parent_app, name="parent")


@parent_app.command("set")
def parent_set(child: Annotated[str, typer.Argument(help="The subsidiary.")],
               parent: Annotated[str, typer.Argument(help="The company it belongs to.")],
               db: DbOpt = Path(DEFAULT_DB), quiet: QuietOpt = False, verbose: VerboseOpt = 0) -> None:
    """Make CHILD a subsidiary of PARENT (kept across reprocess). Example: deals parent set "Google Cloud" Alphabet"""
    _setup(verbose, quiet)
    _set_parent(db, child, parent, quiet, verbose)


@parent_app.command("clear")
def parent_clear(child: Annotated[str, typer.Argument(help="The subsidiary.")], db: DbOpt = Path(DEFAULT_DB),
                 quiet: QuietOpt = False, verbose: VerboseOpt = 0) -> None:
    """Make CHILD a company of its own again. Example: deals parent clear Arm"""
    _setup(verbose, quiet)
    _set_parent(db, child, None, quiet, verbose)


def _set_parent(db, child: str, parent: str | None, quiet: bool, verbose: int) -> None:
    from pipeline import queries, store
    try:
        with store.connect(db) as con:
            child_name, parent_name = queries.set_parent(con, child, parent)
    except DealsError as exc:
        _fail(exc, verbose)
    if not quiet:
        err.print(f"{child_name} now belongs to {parent_name}" if parent_name else f"{child_name} has no parent",
                  highlight=False)


alias_app = typer.Typer(help="Company aliases.", no_args_is_help=True)
app.add_typer(alias_app, name="alias")


@alias_app.command("add")
def alias_add(name: Annotated[str, typer.Argument(help="The other name.")],
              canonical: Annotated[str, typer.Argument(help="The company it names.")],
              db: DbOpt = Path(DEFAULT_DB), quiet: QuietOpt = False, verbose: VerboseOpt = 0) -> None:
    """Make NAME an alias of CANONICAL and move NAME's deals over. Example: deals alias add "X.AI Holdings" xAI"""
    _setup(verbose, quiet)
    from pipeline import dealdb, store
    try:
        with store.connect(db) as con:
            target, moved = dealdb.add_alias(con, name, canonical)
    except (DealsError, LookupError) as exc:
        _fail(exc, verbose)
    if not quiet:
        err.print(f"{name} is now an alias of {target}; {moved} deal parties moved", highlight=False)


@app.command()
def export(out: Annotated[Path, typer.Argument(help="Output file.")],
           fmt: Annotated[Optional[str], typer.Option("--format", help="csv, json or parquet (default: from the "
                                                                       "file's suffix).")] = None,
           db: DbOpt = Path(DEFAULT_DB), quiet: QuietOpt = False, verbose: VerboseOpt = 0) -> None:
    """Write every deal (the deals_v view) to a file. Example: deals export deals.parquet"""
    _setup(verbose, quiet)
    from pipeline import queries
    suffix = out.suffix.lower().lstrip(".")
    fmt = fmt or (suffix if suffix in queries.EXPORT_FORMATS else None)
    if fmt not in queries.EXPORT_FORMATS:
        raise typer.BadParameter(f"give --format {'|'.join(queries.EXPORT_FORMATS)} or a file ending in "
                                 f".{', .'.join(queries.EXPORT_FORMATS)}")
    if suffix in queries.EXPORT_FORMATS and suffix != fmt:
        raise typer.BadParameter(f"--format {fmt} does not match the file name {out.name}")
    try:
        n = queries.export(db, str(out), fmt)
    except DealsError as exc:
        _fail(exc, verbose)
    if not quiet:
        err.print(f"wrote {n} deals to {out}", highlight=False)


@app.command()
def reprocess(db: DbOpt = Path(DEFAULT_DB), as_json: JsonOpt = False, quiet: QuietOpt = False, verbose: VerboseOpt = 0) -> None:
    """Re-run extraction over the stored articles after the rules change (one transaction). Example: deals reprocess"""
    _setup(verbose, quiet)
    from pipeline.nlp import build_nlp
    from pipeline.reprocess import reprocess as run_reprocess
    try:
        counts = run_reprocess(db, build_nlp())
    except DealsError as exc:
        _fail(exc, verbose)
    if as_json:
        typer.echo(json.dumps(counts))
    if not quiet:
        err.print(", ".join(f"{k} {v}" for k, v in counts.items()), highlight=False)


@app.command()
def sql(statement: Annotated[str, typer.Argument(help="One query (SELECT, WITH ... SELECT, EXPLAIN).")],
        db: DbOpt = Path(DEFAULT_DB),
        allow_files: Annotated[bool, typer.Option("--allow-files", help="Let the query read local files.")] = False,
        as_json: JsonOpt = False, as_nl: NlOpt = False, as_csv: CsvOpt = False, quiet: QuietOpt = False,
        verbose: VerboseOpt = 0) -> None:
    """One read-only query over the database, sandboxed: no other files (unless --allow-files, read only),
    no ATTACH, COPY, INSTALL or SET. Example: deals sql "SELECT type, count(*) FROM deals GROUP BY type" """
    _setup(verbose, quiet)
    from pipeline import queries
    try:
        cols, rows = queries.read_sql(db, statement, allow_files)
    except DealsError as exc:
        _fail(exc, verbose)
    emit(cols, rows, as_json, as_nl, as_csv)


@app.command()
def sources(sources: SourcesOpt = Path("sources.yaml"), as_json: JsonOpt = False, as_nl: NlOpt = False,
            as_csv: CsvOpt = False, quiet: QuietOpt = False,
        verbose: VerboseOpt = 0) -> None:
    """List and validate the sources file. Example: deals sources --sources samples/sources.yaml"""
    _setup(verbose, quiet)
    from pipeline.config import load_sources
    try:
        items = load_sources(sources)
    except DealsError as exc:
        _fail(exc, verbose)
    cols = ["name", "kind", "enabled", "url", "keywords"]
    rows = [(s.name, s.kind, s.enabled, s.url, ", ".join(s.keywords)) for s in items]
    emit(cols, rows, as_json, as_nl, as_csv, title=f"{len(items)} sources, all valid")


@app.command()
def status(db: DbOpt = Path(DEFAULT_DB), as_json: JsonOpt = False, quiet: QuietOpt = False, verbose: VerboseOpt = 0) -> None:
    """The last runs, per-source health and the database size. Example: deals status"""
    _setup(verbose, quiet)
    from pipeline import queries
    try:
        report = queries.status(db)
    except DealsError as exc:
        _fail(exc, verbose)
    if as_json:
        typer.echo(json.dumps({k: [dict(zip(v[0], map(_plain, r))) for r in v[1]] if isinstance(v, tuple) else v
                               for k, v in report.items()}, indent=2))
        return
    emit(*report["runs"], title="Recent runs")
    emit(*report["sources"], title="Sources")
    typer.echo(f"database: {db} ({report['size_bytes']:,} bytes)")


SinceOpt = Annotated[Optional[str], typer.Option(help="First reported on or after YYYY-MM-DD.")]
TypeOpt = Annotated[Optional[str], typer.Option("--type", help="compute, chips, investment, ...")]
MinUsdOpt = Annotated[Optional[float], typer.Option("--min-usd", help="Minimum amount in USD.")]


@app.command()
def graph(fmt: Annotated[str, typer.Option("--format", help="graphml, json (node-link) or dot.")] = "graphml",
          out: Annotated[Optional[Path], typer.Option("--out", help="Write here instead of stdout.")] = None,
          since: SinceOpt = None, type_: TypeOpt = None, min_usd: MinUsdOpt = None, db: DbOpt = Path(DEFAULT_DB),
          quiet: QuietOpt = False, verbose: VerboseOpt = 0) -> None:
    """Who pays whom, for Gephi, networkx or Graphviz. Example: deals graph --format graphml --out deals.graphml"""
    _setup(verbose, quiet)
    from pipeline import queries
    from pipeline.graph import export_graph
    if fmt not in ("graphml", "json", "dot"):
        raise typer.BadParameter("--format must be graphml, json or dot")
    try:
        text = export_graph(queries.flows(db, _date(since), type_, min_usd), fmt)
    except DealsError as exc:
        _fail(exc, verbose)
    if out is None:
        typer.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")
        if not quiet:
            err.print(f"wrote {out}", highlight=False)


@app.command()
def cycles(since: SinceOpt = None, max_length: Annotated[int, typer.Option(help="Most companies in a loop.")] = 5,
           min_usd: MinUsdOpt = None, limit: Annotated[int, typer.Option(help="Most cycles to list.")] = 100,
           db: DbOpt = Path(DEFAULT_DB), as_json: JsonOpt = False, quiet: QuietOpt = False,
           verbose: VerboseOpt = 0) -> None:
    """Circular flows: money that comes back round (A -> B -> ... -> A), largest smallest edge first.
    Example: deals cycles --max-length 4 --min-usd 1e9"""
    _setup(verbose, quiet)
    from pipeline import store
    from pipeline.graph import cycles_from_db
    from pipeline.queries import LOCK_WAIT
    try:
        with store.connect(db, read_only=True, wait=LOCK_WAIT) as con:
            found = cycles_from_db(con, _date(since), min_usd, max_length, limit)
    except DealsError as exc:
        _fail(exc, verbose)
    if as_json:
        typer.echo(json.dumps([c.to_dict() for c in found], indent=2, ensure_ascii=False))
        return
    rows = [(" -> ".join(c.companies + c.companies[:1]), len(c.edges), round(c.smallest_usd),
             "contingent" if c.contingent else "cash",
             "; ".join(f"{e.payer}->{e.payee} {'/'.join(f.type for f in e.flows)}" for e in c.edges)) for c in found]
    emit(["cycle", "length", "smallest_edge_usd", "kind", "edges"], rows, title=f"{len(found)} circular flows")


@app.command()
def report(out: Annotated[Path, typer.Option("--out", help="The HTML file to write.")] = Path("report.html"),
           since: SinceOpt = None, type_: TypeOpt = None, db: DbOpt = Path(DEFAULT_DB), quiet: QuietOpt = False,
           verbose: VerboseOpt = 0) -> None:
    """One self-contained HTML page: totals, USD by month, top companies, who pays whom, circular flows,
    latest deals. Example: deals report --out report.html --since 2026-01-01"""
    _setup(verbose, quiet)
    from pipeline import store
    from pipeline.queries import LOCK_WAIT
    from pipeline.report import load_report_data, render_report
    try:
        with store.connect(db, read_only=True, wait=LOCK_WAIT) as con:
            data = load_report_data(con, _date(since), type_)
        out.write_text(render_report(data), encoding="utf-8")
    except (DealsError, OSError) as exc:
        _fail(exc, verbose)
    if not quiet:
        err.print(f"wrote {out} ({len(data.deals)} deals)", highlight=False)


@app.command()
def backfill(inputs: Annotated[list[str], typer.Argument(help="WARC files or globs (gzip WARC as CC-NEWS publishes).")],
             out: Annotated[Path, typer.Option("--out", help="Folder for the Parquet shards.")] = Path("shards"),
             scheduler: Annotated[Optional[str], typer.Option(help="Dask scheduler, e.g. tcp://10.0.0.5:8786.")] = None,
             workers: Annotated[Optional[int], typer.Option(help="Local processes (default: one per core).")] = None,
             db: DbOpt = Path(DEFAULT_DB), quiet: QuietOpt = False, verbose: VerboseOpt = 0) -> None:
    """Extract deals from news archives, locally or on a Dask cluster, then load them. Example:
    deals backfill 'cc-news/2025/*.warc.gz' --scheduler tcp://127.0.0.1:8786"""
    _setup(verbose, quiet)
    from pipeline import backfill as bf
    try:
        paths = bf.expand_inputs(inputs)
        todo = len(bf.pending(paths, out))
        err.print(f"{len(paths)} inputs, {todo} to process, {len(paths) - todo} already done", highlight=False)
        with _file_progress(quiet, todo) as on_done:
            bf.run_backfill(paths, out, scheduler, workers, on_done)
        counts = bf.load_shards(db, out)
    except DealsError as exc:
        _fail(exc, verbose)
    err.print(f"loaded {counts['shards']} shards: {counts['articles']} articles, {counts['deals_new']} new deals",
              highlight=False)


@contextmanager
def _file_progress(quiet: bool, total: int):
    if quiet or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import Progress
    with Progress(console=err, transient=True) as bar:
        task = bar.add_task("WARC files", total=total)
        yield lambda counts: bar.advance(task)


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


def main() -> None:
    app()


if __name__ == "__main__":
    main()
