"""Run the reconciliation SQL: the stage files of tracker/reconcile/sql, in order.

Each file is one query that makes one object (dbt style); ``STAGES`` says how the driver
keeps its result:

- ``arrow``: an in-memory Arrow table registered under the stage's name for the stages
  after it (reading data written in the same, still open, transaction is several times
  slower than reading Arrow);
- ``table``: a stored table; ``arrow+table``: both (``fact_claims``: later stages read the
  Arrow copy, which shadows the stored table while the rebuild runs);
- ``append``: rows inserted (by name) into an existing table;
- ``view``: a stored view (``fact_timeline``: it reads the stored tables);
- ``script``: statements run as they are (the formatting macros).

Parameters are bound, never spliced: ``$name`` in a file is bound from ``PARAMS`` (and
``$as_of`` for the current values). The lexicon reaches the SQL as small parameter tables
(``_rc_country``, ``_rc_product``, ``_rc_measure``: each raw key value the claims hold, and
its normalised form; ``_rc_country_names`` and ``_rc_country_pattern``: how text names
countries; ``_rc_product_names`` and ``_rc_product_pattern``: how it names products) and the
official table as ``reference``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

import duckdb

from tracker import resources, rules
from tracker.extract import cue_words
from tracker.models import FLOW_METRICS
from tracker.store import table_exists

if TYPE_CHECKING:  # imported where used: the reports read current values without them
    import pandas as pd
    import pyarrow as pa

LEVY_METRICS = ("tariff_rate", "tax_rate", "effective_date", "pause_length")
STOCK_METRICS = ("investment", "purchase", "subsidy")
#: metrics whose values can conflict (share, change and other_amount never do)
CONFLICT_METRICS = LEVY_METRICS + FLOW_METRICS + STOCK_METRICS
#: days between publication dates that still count as the same period
WINDOW_DAYS = 14
#: days around a reference row's validity in which news about it is checked
REF_SLACK_DAYS = 14
#: days before an official act in which news may already report its figure (deals, letters)
REF_LEAD_DAYS = 30
#: days after an inferred publication date the article may really have appeared (the date
#: is the latest past date its text states); at most WINDOW_DAYS
INFERRED_DAYS = 14
#: days beyond which two dates of one fact are different milestones, not a disagreement
MILESTONE_DAYS = 7
#: days within which a figure some source calls combined is the combined rate elsewhere too
TOTAL_DAYS = 45
#: share of an amount that an article also states in another currency may be off by (each
#: side): the exchange rate it was converted at
CONVERTED_SHARE = 0.025
#: (h169) share of an amount told as "nearly" or "almost" a round figure that the figure
#: it stands for may lie below it ("nearly $300 billion" for $295.4 billion)
NEARLY_SHARE = 0.025
#: two sentences are renderings of one quoted statement when each has at least this many
#: distinct words and this share of all their words is shared
STATEMENT_WORDS = 12
STATEMENT_SHARE = 0.6


def word_patterns() -> dict[str, str]:
    """The word lists the stages match, as regexes built from the one owner of each list and
    bound as parameters, never written into the SQL: a deficit's part-of-year words
    (rules/judgments.toml [period] part_of_year, and the month names of rules/dates.toml),
    the levy nouns after a US rate (rules/lexicon.toml [levy_nouns]), the verbs of a
    partner imposing that levy itself ([imposer_cues] partner_levy_*), a rate's percent
    forms ([percent_forms]), what makes a change verb's object a levy ([levy_object]), the
    words of a state already holding (rules/status.toml [lead_ahead] holding), the words
    that make a figure a comparison's base ([comparison_base]) and those that make an amount
    a yearly pace ([per_year]), the verbs that make a previous value a proposal
    ([previous_value_verbs] proposal), the names of the baseline ([measures] baseline), and
    the change cues that tell a count corrected (rules/judgments.toml [change] revision)."""
    months = rules.load("dates")["months"]
    part = [*rules.load("judgments")["period"]["part_of_year"], *sorted(months, key=months.get)]
    aux = "|".join(re.escape(w) + r"\s+" for w in cue_words.words("imposer_cues",
                                                                  "partner_levy_auxiliaries"))
    verbs = cue_words.alternation("imposer_cues", "partner_levy_verbs")
    return {"part_of_year": r"\b(?:" + "|".join(map(re.escape, part)) + r")\b",
            "partner_levy_nouns": cue_words.levy_nouns("levy", "rate", "charges"),
            "partner_levy_verb": rf"^\s+(?:{aux})?{verbs}\b",
            # a rate's percent form ([percent_forms]); "pc" only as a whole word
            "percent_forms": cue_words.percent_forms("rate", space=" ?"),
            "percent_forms_pc": "(?:" + cue_words.percent_forms("rate", space=" ?") + "|"
                                + cue_words.group("percent_forms", "pc", end=r"\b") + ")",
            # a change verb's object that is a levy: a stem at a word's start, or a pronoun
            "levy_object": r"\b(?:" + cue_words.group("levy_object", "stems") + "|"
                           + cue_words.group("levy_object", "pronouns", end=r"\b") + ")",
            # (h201) a word of a state already holding ("since", "still", "in place"):
            # rules/status.toml [lead_ahead] holding, whole words
            "holding_words": r"\b(?:" + "|".join(
                re.escape(w) for w in rules.load("status")["lead_ahead"]["holding"]) + r")\b",
            # (h179) a comparison's base right before a figure: "double the", "half the"
            "comparison_base": r"\b" + cue_words.group("comparison_base", "multiples",
                                                       space=r"\s+")
                               + r"\s+(?:the|its|their)\s+$",
            # (h224) a previous value told as a proposal, from its figure on: "the 30%
            # threatened for Aug. 1", "the 20% Washington had announced in April"
            "proposal_after": r"^(?:[\w\"“”'’%.\-]+\s+){1,6}?(?:had\s+(?:been\s+)?)?"
                              + cue_words.group("previous_value_verbs", "proposal",
                                                end=r"\b"),
            # (h252) a name of the baseline in a rate's sentence ("the 10% baseline"):
            # rules/lexicon.toml [measures] baseline, whole words
            "baseline_words": r"\b" + cue_words.group("measures", "baseline", end=r"\b"),
            # (h255) a change cue that tells a count itself corrected: rules/judgments.toml
            # [change] revision, stems at the cue's start ("revised", "amended")
            "revision_cue": r"^(?:" + "|".join(
                re.escape(w) for w in rules.load("judgments")["change"]["revision"]) + ")",
            # (h256-5) a sentence naming the normal duty ("on top of the 2.5% standard
            # duty"): rules/status.toml [normal_rate], whole words, in lower case
            "normal_duty_words": r"\b(?:" + "|".join(
                re.escape(w) for w in sorted({*rules.load("status")["normal_rate"]["before"],
                                              *rules.load("status")["normal_rate"]["after"]},
                                             key=lambda w: (-len(w), w))) + r")\b",
            # (h179, h200, h208) a yearly pace right after an amount: "$20 billion a year"
            # (h291-2) or a yearly limit named after it ("the $20 billion annual limit")
            "per_year_after": r"^\s*" + cue_words.group("per_year", "after", "limit",
                                                        space=r"\s+", end=r"\b"),
            # (h291-1) words after which goods are only examples of an amount's, or what it
            # is mostly made of: rules/lexicon.toml [made_of], whole words, in lower case
            "made_of_words": r"\b" + cue_words.group("made_of", "words") + r"\b"}


#: the values bound to the stage files' $parameters
PARAMS: dict[str, Any] = {
    **word_patterns(),
    "levy_metrics": list(LEVY_METRICS),
    "flow_metrics": list(FLOW_METRICS),
    "conflict_metrics": list(CONFLICT_METRICS),
    "window_days": WINDOW_DAYS,
    "ref_slack_days": REF_SLACK_DAYS,
    "ref_lead_days": REF_LEAD_DAYS,
    "total_days": TOTAL_DAYS,
    "inferred_days": INFERRED_DAYS,
    "milestone_days": MILESTONE_DAYS,
    "converted_share": CONVERTED_SHARE,
    "nearly_share": NEARLY_SHARE,
    # the hedges that still give a point value ("about 25%"; "up to 25%" is a bound)
    "point_hedges": list(cue_words.words("point_hedges", "hedges")),
    # (h233) the hedges of a floor ("more than $40 billion") and of a ceiling ("up to 50%")
    "floor_hedges": list(cue_words.words("bound_hedges", "floors")),
    "ceiling_hedges": list(cue_words.words("bound_hedges", "ceilings")),
    "statement_words": STATEMENT_WORDS,
    "statement_share": STATEMENT_SHARE,
    "as_of": None,  # the date current values are read at (NULL: the latest evidence)
}


@dataclass(frozen=True)
class Stage:
    file: str  # under tracker/reconcile/sql
    name: str  # the object it makes
    keep: str  # script | arrow | table | arrow+table | append | view
    #: "group": its rows belong to one country group each (an incremental update recomputes
    #: them per group); "all": it reads across groups (a partner's all-in rate takes the
    #: every-partner baseline), so an incremental update recomputes it whole from the
    #: stored tables, after the group stages
    scope: str = "group"


STAGES: tuple[Stage, ...] = (
    Stage("00_macros.sql", "", "script"),
    Stage("01_claim_keys.sql", "_rc_keyed", "arrow"),
    # replaces _rc_keyed: the higher of two tellings of one step is the all-in total
    Stage("01b_all_in_steps.sql", "_rc_keyed", "arrow"),
    # replaces _rc_keyed: a partner-wide rate keyed to a part that states the official sum
    # of the partner's components is the all-in rate
    Stage("01c_all_in_sums.sql", "_rc_keyed", "arrow"),
    Stage("02_combined_totals.sql", "_rc_totalled", "arrow"),
    Stage("03_key_fill.sql", "_rc_fill", "arrow"),
    Stage("04_claim_flags.sql", "_rc_flags", "arrow"),
    Stage("05_fact_claims.sql", "fact_claims", "arrow+table"),
    Stage("06_facts.sql", "facts", "table"),
    Stage("07_claim_pairs.sql", "_rc_pairs", "arrow"),
    Stage("08_pair_groups.sql", "_rc_groups", "arrow"),
    Stage("09_conflicts.sql", "conflicts", "table"),
    Stage("10_consistent.sql", "consistent", "table"),
    Stage("11_official_mismatch.sql", "_rc_mismatch", "arrow"),
    Stage("12_official_conflicts.sql", "conflicts", "append"),
    # a stated all-in figure off the official sum of its partner's components, which another
    # article states for the same period
    Stage("12b_all_in_conflicts.sql", "conflicts", "append"),
    Stage("13_updates.sql", "updates", "table"),
    Stage("14_fact_timeline.sql", "fact_timeline", "view"),
    # each fact's evidence in the current values' order, which no date changes: what lets
    # the current values as of a date (tracker rates --as-of) skip that sort
    Stage("14b_evidence_order.sql", "evidence_order", "arrow+table"),
    # (h209) the rates reports tell since a start no report before them spoke of, made once
    # from every report: the current values as of a date read reports after it only here
    Stage("14c_told_later.sql", "told_later", "arrow+table"),
    # the current values as of every date, as intervals: tracker rates --as-of reads them,
    # and the rebuild reads today's from them (current_from_intervals)
    Stage("15b_current_intervals.sql", "current_intervals", "arrow+table"),
    # replaces current_intervals: the rates told later put in, the rules' rows cut there
    Stage("15c_told_cut.sql", "current_intervals", "arrow+table"),
    Stage("15_current_values.sql", "current_values", "table"),
    Stage("16_all_in_rates.sql", "all_in_rates", "table", "all"),
    Stage("17_different_basis.sql", "different_basis", "table"),  # pairs within a group
)

CURRENT_FILE = "15_current_values.sql"
#: the table of each fact's evidence in the current values' order, and the file making it
ORDER_TABLE = "evidence_order"
ORDER_FILE = "14b_evidence_order.sql"
#: (h209) the table of the rates told later (14c_told_later.sql), made from the whole stored
#: order: 15 and 15b read it, so the current values as of a date read the same rows whichever
#: order (stored, or made for that date by as_of_scope) they read
TOLD_TABLE = "told_later"
TOLD_FILE = "14c_told_later.sql"
#: (h209) the stage that puts them in the intervals 15b made, cutting the rules' rows there
TOLD_CUT_FILE = "15c_told_cut.sql"
#: the rules of the current values, written once: 15 (one date) and 15b (every breakpoint)
#: include this text where they say RULES_MARK (sql() puts it in)
RULES_FILE = "15_current_rules.sql"
RULES_MARK = "/*RULES*/"
#: a fragment two files share, put in where one says /*INCLUDE name.sql*/ (pause_claims.sql,
#: held_claims.sql: the pauses the rules read and 15b's breakpoints of them)
INCLUDE_MARK = re.compile(r"/\*INCLUDE ([\w.]+\.sql)\*/")
#: the table of each fact's current value as of every date, [valid_from, valid_to), the file
#: making it and the query reading it for one date
INTERVALS_TABLE = "current_intervals"
INTERVALS_FILE = "15b_current_intervals.sql"
AS_OF_FILE = "current_as_of.sql"

CURRENT_COLUMNS = [
    "fact_id", "metric", "imposer", "target", "product", "measure", "unit", "value",
    "date_value", "status", "in_effect", "since", "sources", "last_confirmed", "conflict",
    "official_mismatch", "article", "source", "quote", "as_of", "rule",
]

#: the order of 15_current_values.sql's rows (fact_id breaks ties, if a key ever had two)
STORED_ORDER = "metric, imposer, target, product, measure, fact_id"

#: the objects a reconciled database holds
TABLES = ("fact_claims", "facts", "current_values", "conflicts", "updates", "fact_timeline")

#: the latest evidence date: what 15_current_values.sql's `p` reads the current values at when
#: $as_of is NULL (an incremental update binds it, so a slice sees the whole database's date);
#: LATEST_EVIDENCE: the rows it reads
LATEST_EVIDENCE = "NOT is_dup"
LATEST_SQL = "SELECT max(seq_date) FROM {table} WHERE " + LATEST_EVIDENCE + " AND ({where})"

#: meta key holding the version() the stored tables were made with (tracker/store.py's meta)
VERSION_KEY = "reconcile_version"

#: the connection variable store.limit_resources sets when it bounds DuckDB's memory: the
#: rebuild then keeps its intermediate results inside DuckDB (run_stage_bounded)
BOUNDED_VARIABLE = "tracker_bounded"

_PARAM = re.compile(r"\$([A-Za-z_]\w*)")


@cache
def sql(file: str) -> str:
    """The text of one stage file (package data), with the rules of the current values
    (RULES_FILE) put in where it says RULES_MARK and shared fragments where it says
    INCLUDE_MARK: one text of them for every query."""
    text = (files("tracker.reconcile") / "sql" / file).read_text(encoding="utf-8")
    if RULES_MARK in text:
        text = text.replace(RULES_MARK, sql(RULES_FILE))
    return INCLUDE_MARK.sub(lambda m: sql(m.group(1)), text)


def bind(text: str, values: dict[str, Any]) -> dict[str, Any]:
    """The parameters a SQL text uses, with their values (DuckDB refuses unused ones)."""
    names = set(_PARAM.findall(text))
    missing = names - set(values)
    if missing:
        raise KeyError(f"no value for SQL parameter(s) {sorted(missing)}")
    return {n: values[n] for n in names}


def _arrow(rel: duckdb.DuckDBPyRelation) -> Any:
    for name in ("to_arrow_table", "fetch_arrow_table", "arrow"):
        fn = getattr(rel, name, None)
        if fn is not None:
            return fn()
    raise RuntimeError("duckdb cannot return Arrow tables")  # pragma: no cover


def fetch_arrow(con: duckdb.DuckDBPyConnection, text: str,
                values: dict[str, Any] | None = None) -> Any:
    """One statement's rows as an Arrow table, the statement planned once.

    `_arrow(con.sql(text))` plans a statement twice (the relation binds it to learn its
    columns, then running it binds and optimises it again): on the few thousand claims of an
    incremental update, planning is much of a stage's cost (15b's rules: ~0.1 s of CPU a
    time). `execute` plans it once; duckdb copies its rows once more into Arrow (cheap at
    that size). (A private duckdb runner, `_seam`, skips that copy; we keep to the public
    API.) The full rebuild keeps `con.sql`: its rows are many and its planning a small part."""
    import warnings

    with warnings.catch_warnings():  # (duckdb warns of that copy)
        warnings.simplefilter("ignore", UserWarning)
        return con.execute(text, values or {}).to_arrow_table()


def key_tables(con: duckdb.DuckDBPyConnection) -> dict[str, pa.Table]:
    """The lexicon as parameter tables: every raw imposer/target, product and measure the
    claims hold, and the fact key it normalises to (tracker/lexicon.py)."""
    import pyarrow as pa

    from tracker import lexicon  # (pycountry: not loaded by the reports)

    def distinct(sql_text: str) -> list[str]:
        return [r[0] for r in con.execute(sql_text).fetchall()]

    countries = distinct("SELECT imposer FROM claims WHERE imposer IS NOT NULL UNION "
                         "SELECT target FROM claims WHERE target IS NOT NULL")
    products = distinct("SELECT DISTINCT product FROM claims WHERE product IS NOT NULL")
    measures = distinct("SELECT DISTINCT measure FROM claims WHERE measure IS NOT NULL")

    def frame(raw: list[str], col: str, fn: Any) -> pa.Table:  # typed even when empty
        return pa.table({"raw": pa.array(raw, pa.string()),
                         col: pa.array([fn(r) for r in raw], pa.string())})

    return {
        "_rc_country": frame(countries, "code", lexicon.country_code),
        "_rc_product": frame(products, "product", lexicon.product),
        "_rc_measure": frame(measures, "measure", lexicon.measure),
        **country_names(),
        **product_names(),
    }


@cache
def country_names() -> dict[str, pa.Table]:
    """How text names each country but the US (01_claim_keys.sql: `doubtful`): the table
    `_rc_country_names(code, name)` and `_rc_country_pattern(p)`, one regular expression
    finding any of those names as a word (longest first)."""
    import pyarrow as pa  # only when reconciling (reports do not load it)

    from tracker import lexicon

    names = sorted(((n, c) for n, c in lexicon.country_names().items()
                    if c and c not in ("US", "*")), key=lambda nc: (-len(nc[0]), nc[0]))
    pattern = r"(?:^|\W)(" + "|".join(re.escape(n) for n, _ in names) + r")(?:\W|$)"
    return {"_rc_country_names": pa.table({"code": pa.array([c for _, c in names], pa.string()),
                                           "name": pa.array([n for n, _ in names], pa.string())}),
            "_rc_country_pattern": pa.table({"p": pa.array([pattern], pa.string())})}


@cache
def product_names() -> dict[str, pa.Table]:
    """How text names each product (01_claim_keys.sql: whether an amount's product is bound
    to its figure): `_rc_product_names(product, name)`, lower-case, and
    `_rc_product_pattern(p, p_before, p_after)`, one regular expression finding any of them as
    a word in lower-case text (longest first), one finding the goods that end a text leading
    into a figure ("steel products worth"), and one the goods a figure is "of", right after
    it ("$2 billion of cocoa")."""
    import pyarrow as pa

    from tracker import lexicon

    pairs = {(f.lower(), canon) for canon, forms in lexicon.product_forms().items()
             for f in [canon, *forms]}
    names = sorted(pairs, key=lambda nc: (-len(nc[0]), nc))
    pattern = r"\b(" + "|".join(re.escape(n) for n, _ in names) + r")\b"
    # goods just before a figure that they bind: "steel products worth", "energy exports of"
    before = pattern + r"(?:\s+[^\s,;]+){0,2}\s+(?:worth|valued at|totall?ing|amounting to|of)\s*$"
    # goods the figure is "of", right after it: "$2 billion of cocoa, more than its tea"
    after = r"^\s*(?:worth\s+)?of\s+" + pattern
    return {"_rc_product_names": pa.table({"product": pa.array([c for _, c in names], pa.string()),
                                           "name": pa.array([n for n, _ in names], pa.string())}),
            "_rc_product_pattern": pa.table({"p": pa.array([pattern], pa.string()),
                                             "p_before": pa.array([before], pa.string()),
                                             "p_after": pa.array([after], pa.string())})}


def run_stage(con: duckdb.DuckDBPyConnection, stage: Stage,
              params: dict[str, Any] | None = None) -> list[str]:
    """Run one stage file; returns the names it registered (to unregister later)."""
    text = sql(stage.file)
    values = bind(text, {**PARAMS, **(params or {})})
    if stage.keep == "script":
        con.execute(text)
        return []
    if stage.keep == "view":  # views cannot hold parameters
        con.execute(f"CREATE OR REPLACE VIEW {stage.name} AS {text}")
        return []
    if stage.keep == "table":
        con.execute(f"CREATE OR REPLACE TABLE {stage.name} AS {text}", values)
        return []
    if stage.keep == "append":
        con.execute(f"INSERT INTO {stage.name} BY NAME {text}", values)
        return []
    con.register(stage.name, _arrow(con.sql(text, params=values)))
    if stage.keep == "arrow+table":
        con.execute(f"CREATE OR REPLACE TABLE main.{stage.name} AS SELECT * FROM {stage.name}")
    return [stage.name]


def stage(file: str) -> Stage:
    """The stage of a file name (e.g. for tests: run_stage(con, stage("06_facts.sql")))."""
    return next(s for s in STAGES if s.file == file)


def stored() -> list[str]:
    """The tables the stages store, in stage order (views and Arrow stages are not stored)."""
    names = [s.name for s in STAGES if s.keep in ("table", "arrow+table", "append")]
    return list(dict.fromkeys(names))


def version() -> str:
    """What the stored tables depend on besides the claims: the stage list and files, the
    parameters, the official table and the lexicon. When it changes, only a full rebuild
    makes the same tables (an incremental update would mix old and new rules)."""
    h = hashlib.sha256()
    for s in STAGES:
        h.update(f"{s.file}|{s.name}|{s.keep}\n{sql(s.file)}\n".encode())
    h.update(repr(sorted(PARAMS.items())).encode())
    for path in (resources.reference_table(), resources.rules_dir() / "lexicon.toml"):
        h.update(path.read_bytes() if path.exists() else b"-")
    return h.hexdigest()[:16]


def _has_meta(con: duckdb.DuckDBPyConnection) -> bool:
    row = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta' "
                      "AND table_schema = 'main' AND table_catalog = current_database()"
                      ).fetchone()
    return bool(row and row[0])


def mark_reconciled(con: duckdb.DuckDBPyConnection) -> None:
    """Record that the stored tables are complete for this version() (a tracker database's
    meta table; other connections, e.g. tests' bare tables, have none and are left alone)."""
    if _has_meta(con):
        con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [VERSION_KEY, version()])


def up_to_date(con: duckdb.DuckDBPyConnection) -> bool:
    """The stored tables exist and were made by this version(): they can be updated in place."""
    if not has_tables(con) or not _has_meta(con):
        return False
    row = con.execute("SELECT value FROM meta WHERE key = ?", [VERSION_KEY]).fetchone()
    return bool(row and row[0] == version())


def rebuild(con: duckdb.DuckDBPyConnection, chunks: int | None = None) -> None:
    """(Re)create every reconciliation object from ``claims`` and ``articles``.

    Runs inside the caller's transaction (store.write_batch): it never begins or commits,
    and every stage replaces its object, so it is idempotent. This is the full path
    (`tracker reconcile --full`); tracker.reconcile.incremental updates in place.
    The pair stages (CHUNKED_FILES) run over `chunks` slices of the facts (default:
    chunk_count, one on a database of ordinary size), giving the same tables.
    """
    from tracker.reconcile.reference import reference_frame

    registered: list[str] = []
    tight = bounded(con)
    setting = con.execute("SELECT current_setting('preserve_insertion_order')").fetchone()
    con.execute("SET preserve_insertion_order = false")
    try:
        for name, df in {**key_tables(con), "_rc_reference": reference_frame()}.items():
            con.register(name, df)
            registered.append(name)
        con.execute("CREATE OR REPLACE TABLE reference AS SELECT * FROM _rc_reference")
        _drop_if_type(con, "fact_timeline", "BASE TABLE")
        i = 0
        n = 0  # the slices of the facts (chunk_count, once fact_claims exists)
        while i < len(STAGES):
            s = STAGES[i]
            if s.file in (CHUNKED_FILES[0], INTERVALS_FILE):
                n = n or (chunk_count(con) if chunks is None else max(1, chunks))
            if s.file == CHUNKED_FILES[0] and n > 1:  # the pair stages over slices, appended
                group = STAGES[i:i + len(CHUNKED_FILES)]
                registered += run_chunked(con, group, n)
                i += len(group)
                registered[:] = release_unread(con, registered, STAGES[i:])
                continue
            if s.file == INTERVALS_FILE and n > 1:  # the intervals over slices, appended
                registered += run_intervals_chunked(con, s, n)
                i += 1
                registered[:] = release_unread(con, registered, STAGES[i:])
                continue
            today = current_from_intervals(con, None) if s.file == CURRENT_FILE else None
            if today is not None:
                con.execute(f"CREATE OR REPLACE TABLE {s.name} AS {today[0]}", today[1])
            else:
                # (h209) a stage replacing what the intervals over slices kept as a temporary
                # table (15c: current_intervals) keeps its rows that way too: an Arrow copy
                # cannot take a temporary table's name
                temp = n > 1 and s.name == stage(INTERVALS_FILE).name
                registered += (run_stage_bounded(con, s) if tight or temp
                               else run_stage(con, s))
            i += 1
            registered[:] = release_unread(con, registered, STAGES[i:])
        mark_reconciled(con)
    finally:
        for name in registered:
            _forget(con, name)
        if setting and str(setting[0]).lower() in ("true", "1"):
            try:
                con.execute("SET preserve_insertion_order = true")
            except duckdb.TransactionException:  # failed: report the failure (e.g. out of
                pass  # memory under --memory-limit), not the aborted transaction


#: the stages whose rows belong to one fact each, that a large rebuild runs over slices of
#: the facts (run_chunked): 07 pairs claims of one fact only, 08 groups those pairs per fact
CHUNKED_FILES = ("07_claim_pairs.sql", "08_pair_groups.sql")
#: what puts a claim in its slice: its fact's key but the target and the unit. The few reads
#: of another fact in 07 stay inside one slice that way: an amount stated in another unit by
#: the same article (`conv`: same key but the unit) and a partner's start of a sector duty
#: read as the every-partner fact's (`sector`: same key but the target)
CHUNK_KEY = "hash(metric, imposer, product, measure)"
#: the claims of the slice being run: the chunked stages' text reads them for `fact_claims`
CHUNK_CLAIMS = "_rc_chunk_claims"
#: the rows of a chunked stage's result that a stage after the chunked ones still reads:
#: only 17_different_basis.sql reads the pairs afterwards, and only tied ones (`same_step`);
#: keeping every pair (~13 million wide rows at 5,000,000 claims) is what spilled
CHUNK_KEPT = {"_rc_pairs": "tie IS NOT NULL"}
#: fact claims at or below which the rebuild runs the pair stages in one pass
CHUNK_MIN_CLAIMS = 400_000
#: memory the pair stages take per fact claim on a large database (the benchmark's ~90-claim
#: facts: 07 spilled ~18 GB beyond a 3 GB bound at 5,000,000 claims, ~4 KB a claim): the
#: slices are made so that one fits in about a third of the memory limit
CHUNK_BYTES_PER_CLAIM = 4_000
_UNITS = {"": 1, "B": 1, "BYTES": 1, "KB": 10**3, "MB": 10**6, "GB": 10**9, "TB": 10**12,
          "KIB": 2**10, "MIB": 2**20, "GIB": 2**30, "TIB": 2**40}


def memory_bytes(setting: str) -> int | None:
    """DuckDB's memory_limit setting ("2.7 GiB", "3.0 GB", "512 bytes") in bytes; None when
    it says no number."""
    m = re.fullmatch(r"\s*([\d.]+)\s*([A-Za-z]*)\s*", setting or "")
    if not m or m.group(2).upper() not in _UNITS:
        return None
    return int(float(m.group(1)) * _UNITS[m.group(2).upper()])


def chunk_count(con: duckdb.DuckDBPyConnection) -> int:
    """How many slices of the facts the pair stages run over: one up to CHUNK_MIN_CLAIMS
    fact claims (nothing changes for ordinary databases), else enough that one slice's
    pairs fit in about a third of DuckDB's memory limit (CHUNK_BYTES_PER_CLAIM)."""
    n = con.execute("SELECT count(*) FROM fact_claims").fetchall()[0][0]
    if n <= CHUNK_MIN_CLAIMS:
        return 1
    limit = memory_bytes(str(con.execute("SELECT current_setting('memory_limit')"
                                         ).fetchall()[0][0]))
    if not limit:
        return 1
    return max(1, -(-n * CHUNK_BYTES_PER_CLAIM * 3 // limit))


def chunk_text(stage: Stage, renamed: dict[str, str]) -> str:
    """A chunked stage's text reading the slice's tables: each name in `renamed` (the fact
    claims, an earlier chunked stage's result) as the slice's table of it."""
    text = sql(stage.file)
    for old, new in renamed.items():
        text = re.sub(rf"\b{re.escape(old)}\b", new, text)
    return text


def run_stage_chunk(con: duckdb.DuckDBPyConnection, stage: Stage, renamed: dict[str, str],
                    first: bool) -> str:
    """Run one chunked stage on the slice whose tables `renamed` names: its rows kept as
    the temporary table `_rc_chunk_<name>` (what the next chunked stage reads), and
    appended to the temporary table `stage.name` (made on the `first` slice; only the
    CHUNK_KEPT rows where a filter is given). Returns the slice table's name."""
    text = chunk_text(stage, renamed)
    part = f"_rc_chunk_{stage.name.removeprefix('_rc_')}"
    con.execute(f"CREATE OR REPLACE TEMP TABLE {part} AS {text}", bind(text, PARAMS))
    rows = f"SELECT * FROM temp.main.{part} WHERE {CHUNK_KEPT.get(stage.name, 'true')}"
    if first:
        con.execute(f"CREATE OR REPLACE TEMP TABLE {stage.name} AS {rows}")
    else:
        con.execute(f"INSERT INTO temp.main.{stage.name} BY NAME {rows}")
    return part


def run_chunked(con: duckdb.DuckDBPyConnection, stages: tuple[Stage, ...],
                chunks: int) -> list[str]:
    """Run `stages` (CHUNKED_FILES, in order) over `chunks` slices of the facts
    (CHUNK_KEY), each slice's rows appended to the stage's table: the same rows as one
    pass, since no row of theirs reads another slice's claims, while a slice's pairs and
    their window sorts stay small. The results are temporary tables with the types their
    Arrow copies would have (as run_stage_bounded keeps them); returns their names."""
    made: list[str] = []
    try:
        for k in range(chunks):
            con.execute(f"CREATE OR REPLACE TEMP TABLE {CHUNK_CLAIMS} AS SELECT * FROM "
                        f"fact_claims WHERE {CHUNK_KEY} % $chunks = $chunk",
                        {"chunks": chunks, "chunk": k})
            renamed = {"fact_claims": CHUNK_CLAIMS}
            for s in stages:
                renamed[s.name] = run_stage_chunk(con, s, renamed, first=k == 0)
                made.append(renamed[s.name])
    finally:
        for name in dict.fromkeys([CHUNK_CLAIMS, *made]):
            _forget(con, name)
    for s in stages:
        _as_arrow_types(con, f"temp.main.{s.name}")
    return [s.name for s in stages]


#: what puts a fact in its slice for the current intervals (15b_current_intervals.sql, with
#: the rules of 15_current_rules.sql): its imposer and target. Every read of another fact
#: there stays inside one slice that way, but for the claims of INTERVALS_SHARED: a stated
#: total and its components (comp, tot, sole: same partner), the breakpoints a measure-less
#: US rate shares with its partner's rates, a penalty on the partner (pen), an agreed
#: rate's start date in its article (agreed_dated: same key but the metric)
INTERVALS_KEY = "hash(imposer, target)"
#: the claims the intervals read across partners, put in every slice's fact claims: the
#: pauses of a measure for every partner (pause_claims.sql: no named partner, and the
#: threatened rates of their articles that set a pause aside) and the suspensions of a
#: measure with no named partner (held_claims.sql). They are read as claims only (their
#: own facts' evidence stays in its slice), so adding them changes no other read.
INTERVALS_SHARED = (
    "(metric = 'effective_date' AND pause_word AND coalesce(target, '') IN ('', '*')) "
    "OR (metric = 'pause_length' AND coalesce(target, '') IN ('', '*')) "
    "OR (metric = 'tariff_rate' AND status = 'proposed' AND article IN ("
    "SELECT article FROM fact_claims WHERE metric = 'effective_date' AND pause_word "
    "AND coalesce(target, '') IN ('', '*')))")
#: the slice's tables the intervals read instead of the whole ones
INTERVALS_RENAMED = {"evidence_order": "_rc_chunk_order", "fact_claims": CHUNK_CLAIMS,
                     "conflicts": "_rc_chunk_conflicts", "updates": "_rc_chunk_updates"}


def run_intervals_chunked(con: duckdb.DuckDBPyConnection, stage: Stage,
                          chunks: int) -> list[str]:
    """Run 15b_current_intervals.sql over `chunks` slices of the facts (INTERVALS_KEY),
    each slice's rows appended: the same rows as one pass, since a fact's intervals read
    only its own slice's facts and the shared claims (INTERVALS_SHARED), which every slice
    gets, while the rules' work at every breakpoint stays the slice's size (in one pass it
    spilled past 40 GB at 5,000,000 claims). The result is a temporary table with its
    Arrow copy's types (as run_stage_bounded keeps it), stored too (arrow+table);
    returns its name."""
    shared = "_rc_chunk_shared"
    made = [shared, *INTERVALS_RENAMED.values()]
    key = {"chunks": chunks}
    try:
        con.execute(f"CREATE OR REPLACE TEMP TABLE {shared} AS SELECT * FROM fact_claims "
                    f"WHERE {INTERVALS_SHARED}")
        for k in range(chunks):
            key["chunk"] = k
            mine = f"{INTERVALS_KEY} % $chunks = $chunk"
            order, claims = INTERVALS_RENAMED["evidence_order"], INTERVALS_RENAMED["fact_claims"]
            con.execute(f"CREATE OR REPLACE TEMP TABLE {order} AS SELECT * FROM "
                        f"evidence_order WHERE {mine}", key)
            con.execute(f"CREATE OR REPLACE TEMP TABLE {claims} AS SELECT * FROM fact_claims "
                        f"WHERE {mine} UNION ALL SELECT * FROM temp.main.{shared} "
                        f"WHERE NOT ({mine})", key)
            for name in ("conflicts", "updates"):  # (read by fact only: the slice's rows)
                con.execute(f"CREATE OR REPLACE TEMP TABLE {INTERVALS_RENAMED[name]} AS "
                            f"SELECT * FROM {name} WHERE fact_id IN "
                            f"(SELECT fact_id FROM temp.main.{order})")
            run_stage_chunk(con, stage, INTERVALS_RENAMED, first=k == 0)
            made.append(f"_rc_chunk_{stage.name.removeprefix('_rc_')}")
    finally:
        for name in dict.fromkeys(made):
            _forget(con, name)
    _as_arrow_types(con, f"temp.main.{stage.name}")
    if stage.keep == "arrow+table":
        con.execute(f"CREATE OR REPLACE TABLE main.{stage.name} AS "
                    f"SELECT * FROM temp.main.{stage.name}")
    return [stage.name]


def release_unread(con: duckdb.DuckDBPyConnection, registered: list[str],
                   later: tuple[Stage, ...]) -> list[str]:
    """Unregister the registered tables that no `later` stage reads (nor a macro, nor the
    current values' query); returns the names still registered. The Arrow results live
    outside DuckDB's memory limit and were all held to the rebuild's end: freeing each once
    read is what lets a bounded rebuild of millions of claims stay bounded."""
    texts = [sql(t.file) for t in STAGES if t.keep == "script"]
    texts += [sql(t.file) for t in later if t.keep != "script"]
    if any(t.file == CURRENT_FILE for t in later):
        texts.append(sql(AS_OF_FILE))
    read = "\n".join(texts)
    kept = []
    for name in dict.fromkeys(registered):
        if re.search(rf"\b{re.escape(name)}\b", read):
            kept.append(name)
        else:
            _forget(con, name)
    return kept


def bounded(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether store.limit_resources bounded this connection's memory (BOUNDED_VARIABLE)."""
    try:
        got = con.execute(f"SELECT getvariable('{BOUNDED_VARIABLE}')").fetchall()
    except duckdb.Error:
        return False
    return bool(got and got[0][0])


def run_stage_bounded(con: duckdb.DuckDBPyConnection, stage: Stage) -> list[str]:
    """run_stage for a rebuild under a memory limit: an Arrow stage's rows kept as a
    temporary table instead (same rows, same name, shadowing a stored table as the Arrow
    copy did), which DuckDB counts against its limit and spills to disk; Arrow tables live
    outside the limit and, at millions of claims, were most of the peak."""
    if "arrow" not in stage.keep:
        return run_stage(con, stage)
    text = sql(stage.file)
    con.execute(f"CREATE OR REPLACE TEMP TABLE {stage.name} AS {text}", bind(text, PARAMS))
    _as_arrow_types(con, f"temp.main.{stage.name}")
    if stage.keep == "arrow+table":
        con.execute(f"CREATE OR REPLACE TABLE main.{stage.name} AS "
                    f"SELECT * FROM temp.main.{stage.name}")
    return [stage.name]


def _as_arrow_types(con: duckdb.DuckDBPyConnection, table: str) -> None:
    """Give a temporary table's columns the types its Arrow copy would have had (HUGEINT
    comes back from Arrow as DECIMAL(38,0)): later stages, and the stored tables, then see
    the same types whichever way the stage was kept."""
    probe = "_rc_type_probe"
    con.register(probe, _arrow(con.sql(f"SELECT * FROM {table} LIMIT 0")))
    try:
        arrow = dict(con.execute(f"SELECT column_name, column_type FROM (DESCRIBE {probe})"
                                 ).fetchall())
        for col, typ in con.execute(f"SELECT column_name, column_type FROM (DESCRIBE {table})"
                                    ).fetchall():
            if arrow[col] != typ:
                con.execute(f'ALTER TABLE {table} ALTER "{col}" TYPE {arrow[col]}')
    finally:
        con.unregister(probe)


def _forget(con: duckdb.DuckDBPyConnection, name: str) -> None:
    """Drop what a stage kept under `name`: a registered Arrow table or a temporary table.
    In a transaction that failed, DuckDB refuses both (the rollback drops the temporary
    table): the failure's own error is the one to report."""
    for step in (lambda: con.unregister(name),
                 lambda: con.execute(f"DROP TABLE IF EXISTS temp.main.{name}")):
        try:
            step()
        except duckdb.TransactionException:
            pass


def _drop_if_type(con: duckdb.DuckDBPyConnection, name: str, table_type: str) -> None:
    """Drop `name` when it exists as the other kind of object (table <-> view)."""
    row = con.execute("SELECT table_type FROM information_schema.tables WHERE table_name = ? "
                      "AND table_schema = 'main'", [name]).fetchone()
    if row and row[0] == table_type:
        con.execute(f"DROP {'VIEW' if table_type == 'VIEW' else 'TABLE'} {name}")


def has_tables(con: duckdb.DuckDBPyConnection) -> bool:
    """The database has been reconciled (every object exists)."""
    row = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name IN "
        "(SELECT unnest(?))", [list(TABLES)]
    ).fetchone()
    return bool(row and row[0] == len(TABLES))


def current_query(as_of: dt.date | str | None = None,
                  con: duckdb.DuckDBPyConnection | None = None) -> tuple[str, dict[str, Any]]:
    """The SELECT that gives the current values as of a date, and its bound parameters;
    rows in STORED_ORDER with the columns CURRENT_COLUMNS.

    Without a date it reads the ``current_values`` table the rebuild stored from the same
    query (with $as_of NULL): at a million claims that is ~0.1 s instead of ~2 s
    (tests/reconcile/test_current_stored.py compares the two). With a date and `con`,
    when the database stores the intervals (stored_as_of), it reads the rows of
    ``current_intervals`` holding at that date (AS_OF_FILE); else it runs the rules for the
    date (CURRENT_FILE; tests/reconcile/test_current_intervals.py compares the two).
    Callers may wrap it as a subquery to filter and order it (tracker/report.py), so no
    pandas is needed to read it.
    """
    if isinstance(as_of, str):
        as_of = dt.date.fromisoformat(as_of)
    if as_of is None:  # what the rebuild stored, with the same $as_of: read, not recomputed
        return (f"SELECT {', '.join(CURRENT_COLUMNS)} FROM current_values "
                f"ORDER BY {STORED_ORDER}"), {}
    text = sql(AS_OF_FILE) if con is not None and stored_as_of(con, as_of) else sql(CURRENT_FILE)
    return text, bind(text, {**PARAMS, "as_of": as_of})


#: the first date from which the stored evidence order holds as it is (14b_evidence_order.sql:
#: the evidence as of an earlier date is not a prefix of it)
ORDER_FROM = dt.date(1900, 1, 1)


def current_from_intervals(con: duckdb.DuckDBPyConnection, as_of: dt.date | None
                           ) -> tuple[str, dict[str, Any]] | None:
    """For the rebuild and an incremental update, right after 15b made the intervals: the
    query reading today's current values (as of `as_of`, else the latest evidence date)
    from them, the rows the rules give for that date (tests/reconcile/
    test_current_intervals.py and test_current_stored.py compare them), without running
    the rules a second time. None when that date is NULL (nothing dated: 15 runs the rules
    with no date) or before ORDER_FROM."""
    d = as_of
    if d is None:
        # fetchall: a result left half-read blocks the connection's next query (DuckDB 2)
        d = con.execute(LATEST_SQL.format(table="fact_claims", where="true")).fetchall()[0][0]
    if d is None or d < ORDER_FROM:
        return None
    text = sql(AS_OF_FILE)
    return text, bind(text, {**PARAMS, "as_of": d})


def stored_as_of(con: duckdb.DuckDBPyConnection, as_of: dt.date) -> bool:
    """The current values as of `as_of` can be read from the stored intervals: the database
    has them (reconciled since they exist) and the date is one the evidence order holds for."""
    return as_of >= ORDER_FROM and table_exists(con, INTERVALS_TABLE)


@contextmanager
def as_of_scope(con: duckdb.DuckDBPyConnection, as_of: dt.date | str | None,
                metric: str | None = None) -> Iterator[None]:
    """While open, current_query(as_of) can run on `con`: for a date, the evidence order it
    reads is the stored one, else (a database reconciled before that table existed, or a
    date before ORDER_FROM) a temporary table made from 14b_evidence_order.sql for that
    date, which shadows it. With `metric`, the query computes that metric's facts only
    (facts_of_metric). Without a date, or when current_query(as_of, con) reads the stored
    intervals (stored_as_of): nothing to do.
    """
    if isinstance(as_of, str):
        as_of = dt.date.fromisoformat(as_of)
    if as_of is None or stored_as_of(con, as_of):
        yield
        return
    with facts_of_metric(con, metric) if metric else nullcontext():
        told = not table_exists(con, TOLD_TABLE)  # (reconciled before it existed)
        made = not table_exists(con, ORDER_TABLE) or as_of < ORDER_FROM
        if told:  # made from the whole order, as the rebuild makes it, before any date's
            _make_told(con, made and not table_exists(con, ORDER_TABLE))
        if made:
            con.execute("DROP VIEW IF EXISTS temp.main." + ORDER_TABLE)
            text = sql(ORDER_FILE)
            con.execute(f"CREATE OR REPLACE TEMP TABLE {ORDER_TABLE} AS {text}",
                        bind(text, {**PARAMS, "as_of": as_of}))
        try:
            yield
        finally:
            if made:
                con.execute(f"DROP TABLE IF EXISTS temp.main.{ORDER_TABLE}")
            if told:
                con.execute(f"DROP TABLE IF EXISTS temp.main.{TOLD_TABLE}")


def _make_told(con: duckdb.DuckDBPyConnection, no_order: bool) -> None:
    """The told-later rows (TOLD_FILE) as a temporary table, for a database reconciled
    before that table existed: from the stored order, else (none stored either) from the
    order of every report, made for no date."""
    text = sql(TOLD_FILE)
    if no_order:
        order = sql(ORDER_FILE)
        con.execute(f"CREATE OR REPLACE TEMP TABLE {ORDER_TABLE} AS {order}",
                    bind(order, {**PARAMS, "as_of": None}))
    try:
        con.execute(f"CREATE OR REPLACE TEMP TABLE {TOLD_TABLE} AS {text}",
                    bind(text, PARAMS))
    finally:
        if no_order:
            con.execute(f"DROP TABLE IF EXISTS temp.main.{ORDER_TABLE}")


#: the claims the current-values query reads besides each fact's own: the pauses of a
#: measure for every partner (the `pauses` step of 15_current_values.sql) and the dates
#: an article states a measure takes effect, which date its agreed rates (`agreed_dated`)
SHARED_CLAIMS = "metric = 'effective_date' AND (pause_word OR status = 'in_effect')"


@contextmanager
def facts_of_metric(con: duckdb.DuckDBPyConnection, metric: str) -> Iterator[None]:
    """While open, the current-values query with a date computes the facts of `metric`
    only (and gives exactly their rows): ``fact_claims`` reads as a temporary view of
    those facts' claims and SHARED_CLAIMS, which shadows the stored table.

    Every step of that query reads one fact's claims, except the pauses, the start dates
    an agreed rate's article states, and the latest date, which is read only when no date
    is given (so: not with this). A rates report
    at a million claims then sorts the ~200,000 claims of the tariff rates, not all
    ~340,000 (tests/report/test_report_rows.py compares the two).
    """
    catalog = con.execute("SELECT current_database()").fetchone()[0]
    table = '"' + str(catalog).replace('"', '""') + '".main.fact_claims'
    literal = "'" + metric.replace("'", "''") + "'"
    con.execute(f"CREATE OR REPLACE TEMP VIEW fact_claims AS SELECT * FROM {table} "
                f"WHERE metric = {literal} OR ({SHARED_CLAIMS})")
    for name in (ORDER_TABLE, TOLD_TABLE):  # (else as_of_scope makes them, from the above)
        if table_exists(con, name):
            whole = table.removesuffix(".fact_claims") + "." + name
            con.execute(f"CREATE OR REPLACE TEMP VIEW {name} AS SELECT * FROM {whole} "
                        f"WHERE metric = {literal}")
    try:
        yield
    finally:
        con.execute("DROP VIEW IF EXISTS temp.main.fact_claims")
        con.execute(f"DROP VIEW IF EXISTS temp.main.{ORDER_TABLE}")
        con.execute(f"DROP VIEW IF EXISTS temp.main.{TOLD_TABLE}")


def current(con: duckdb.DuckDBPyConnection, as_of: dt.date | str | None = None) -> pd.DataFrame:
    """Status-aware current value of every fact as of a date (default: latest evidence).

    Pure SELECT (the current-values stage with $as_of bound, or the table it stored):
    works on read-only connections. See current_query.
    """
    import pandas as pd

    if isinstance(as_of, str):
        as_of = dt.date.fromisoformat(as_of)
    if not has_tables(con):
        return pd.DataFrame(columns=CURRENT_COLUMNS)
    text, params = current_query(as_of, con)
    with as_of_scope(con, as_of):
        return con.execute(text, params).df()
