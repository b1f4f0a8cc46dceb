"""Reconciliation: claims -> facts, timelines, current values, updates and conflicts.

Everything here is set-based DuckDB SQL over the ``claims`` and ``articles`` tables
(no pairwise Python loops; claim pairs are only formed inside a fact and a 14-day
window), so a million claims reconcile in seconds (benchmarks/bench_reconcile.py).
``rebuild(con)`` (re)creates these objects inside the caller's transaction (it never
BEGINs or COMMITs; every statement replaces its object, so it is idempotent):

==================  =====================================================================
``fact_claims``     every claim with its normalised fact key, ``fact_id`` and the flags
                    the rules below use (is_dup, is_prev, is_restated, period, v, h,
                    seq_date, date, change_word, is_change, in_seq, epoch, ...)
``facts``           one row per fact: fact_id, metric, imposer, target, product, measure,
                    unit, n_claims, n_sources, first_seen, last_seen, comparable, is_flow
``fact_timeline``   (view) every claim of every fact: fact key, date (effective, else
                    as_of), as_of, effective, period, value / date_value, unit, status,
                    article, source, quote, role (evidence, update, conflict,
                    official_mismatch, previous, restated, duplicate), claim_id
``current_values``  status-aware current value of each fact as of the latest evidence:
                    value / date_value, status, in_effect, since, sources,
                    last_confirmed, conflict, official_mismatch, article, source, quote,
                    as_of (``current(con, as_of=...)`` computes the same for any date)
``updates``         explained changes: from_value/to_value (from_/to_date_value for
                    dates), values, from_/to_article, from_/to_source, from_/to_date,
                    from_/to_quote, articles, dates, same_article, reason
``conflicts``       kind ``conflict`` (sources disagree) or ``official_mismatch`` (a news
                    claim contradicts the official table): value_a/value_b (or
                    date_value_a/b), values, articles(_a/_b), sources(_a/_b), dates,
                    quotes, sides, first_date, last_date, gap, tolerance, reason,
                    official_source, claim_ids
``consistent``      different-looking values that agree within the stated precision
                    (same columns as conflicts, without kind)
``reference``       our official table, ``data/reference/us_tariff_actions_2025.csv``
==================  =====================================================================

Design decisions
----------------
Fact key
    ``(metric, unit, imposer, target, product, measure)``. Countries go through an
    alias table (pycountry names, alpha-3 codes, capitals, "Korea", "UK"...), so
    "Korea", "South Korea", "Seoul" and "KR" meet; products and measures through a
    small synonym list ("cars" -> autos, "aluminium" -> aluminum, "Section 232" ->
    section_232). The unit is part of the key: $ and won figures are never compared.
    A reciprocal or baseline rate that the text calls combined or total ("a combined
    145%", words of the lexicon's ``combined_words``, the list the extractor reads) is a
    cumulative rate, not that component: its measure is dropped. So is a
    figure that another source calls combined for the same partners within 45 days,
    where no measure word stands before it, and the other end of its change ("cut
    from 145% to 30%" after "a combined 145%").
Null attributes
    For the levy metrics (tariff_rate, tax_rate, effective_date, pause_length) the
    claims whose product or measure is NULL join the single complete fact that matches
    all their other key fields (imposer/target NULL-safe) when exactly one exists and
    no article states claims in both (an article that says "the 25% reciprocal rate"
    and "a total of 50%" tells them apart) and the claim is not called combined or a
    penalty ("an additional 25%, a penalty for buying Russian oil"); otherwise they
    form their own fact.
    Amounts never do this: "$350 billion" (no sector) is not the shipbuilding pledge.
Which metrics conflict
    tariff_rate, tax_rate, effective_date, pause_length and the amounts trade_surplus,
    trade_deficit, exports, imports, investment, purchase, subsidy, revenue.
    ``share``, ``change`` and ``other_amount`` are kept in timelines but never compared.
Flows
    exports, imports, trade_surplus, trade_deficit and revenue are per period. A
    ``period`` is derived from the sentence and as_of ("in 2024", "last year", "first
    half", "June 2025", "in August", "Q2", "so far this year", "last month"). Two flow
    claims are compared only when both name the same period; a flow without one
    never conflicts and never updates.
Duplicates
    Claims of articles with ``duplicate_of`` set stay in the timeline (role
    ``duplicate``) but count for nothing: not sources, conflicts, updates or current
    values.
Dates
    ``date`` (what the timeline is ordered by) is the effective date the claim's own
    sentence states, else the one date its article states for the same measure, else
    the publication date. Evidence is *ordered* by what was known when: publication
    date first.
Previous and restated values
    ``previous`` claims are history: never current, never compared. A current-looking
    claim repeating its own article's previous value ("an additional 25% ... from 25%
    to 50%") is ``restated`` and treated the same way.
Changes (updates)
    A claim "states a change" when its sentence has change words (raised, lowered,
    cut, hiked, rose, extended, suspended, increased, reduced, moved, pushed back,
    delayed, postponed, replaced, revised, doubled, "down from", "from 25% to 15%"...)
    or when its own article gives the old value as ``previous``. Per fact, each
    article's state is its claims (headline: best status, then first in the text).
    (E1) An article giving a previous value p and a new value n is an update p -> n,
    from the last earlier article holding p (else itself) to the last article
    repeating that same change. (E2) Otherwise, consecutive article states that share
    no value are an update when the later one is explained: change words, a different
    status (scheduled -> agreed, paused -> in_effect), a different effective date, or,
    for effective dates, a report more than 14 days later. A change with no
    explanation outside the same period is just a newer value: neither update nor
    conflict. Same-article differences without a previous value are never updates.
    For pause lengths, "paused" and "suspended" are how every pause is told, not a
    change: only words like "extended" make a new length an update of the old one.
Conflicts
    Two different non-duplicate articles, same fact, same period, values differing
    beyond the stated precision, no change explaining it. "Same period": both state
    effective dates within a day of each other, or (when either has none) their
    publication dates are within 14 days; for flows, the same named period. No
    update may lie between them: claims carry an ``epoch`` (number of change-dates
    before them, +1 for a change claim itself) and only same-epoch claims are
    compared. Statuses that differ (both known) explain a difference. Same-article
    differences are never conflicts, and two articles that share any agreeing value
    on the fact in that period do not conflict. Conflicts are grouped per (fact,
    period, the two values), each side listing all its articles.
Precision
    Each claim has a half-width ``h``: amounts ``precision/2`` (strictly: the stated
    rounding intervals must overlap, so $56 billion ~ $55.7 billion but $56 billion
    != $55 billion), 0.25 % of the value when precision is unknown; rates exact
    (+-0.005) unless hedged ("about 25%": +-precision); dates +-0.5 day, so dates one
    day apart ("paused until July 8" / "takes effect July 9") are consistent;
    durations +-0.5 day. Two values agree when ``|a - b| <= h_a + h_b``.
Current value as of D
    The latest evidence published up to D (non-duplicate, not previous or restated;
    in the same article an in-effect value wins over a pending agreed/scheduled one).
    If that latest claim is in an open conflict, the disputed value stated by more
    independent articles wins (a tie goes to the value the official table states, then to
    the latest). A rate reported before a pause of its measure for every partner ("the
    suspension of the country rates runs until July 9") reads ``paused`` while the pause
    runs. Status-aware: ``scheduled``
    with effective date <= D reads ``in_effect``; ``paused`` is not in effect;
    ``agreed`` stays agreed until a later source says in_effect; ``previous`` values
    are never current. ``since``: for a value in effect, the official effective date
    of the same rate (reference table, this target else all partners), else the
    effective date evidence states, else its first report in the current run; for a
    scheduled value, the date it is due; otherwise the first report. ``sources``
    counts independent articles stating the current value; ``conflict`` is true while
    a conflict on the fact reaches within 14 days of the current value's report and
    is not followed by an update. Without D, D is the latest
    publication date in the database.
Official mismatch
    A reference row covers a claim when the claim's publication (or, for rates,
    effective) date falls between 30 days before the row's announcement and 14 days
    after the next row for the same (target, product, measure) was announced. A US
    tariff rate claim (status in_effect, scheduled, paused or unknown: agreed and
    proposed deals are not legal acts) whose (target, product, measure) matches
    covering rows exactly (``*`` rows only match ``*`` claims) and whose value matches
    none of them is ``official_mismatch``. An effective-date claim is one when a
    covering row for its target exists and no covering row of the same target or of
    all partners, in the same family of measures (reciprocal/baseline), has an
    effective or end date within a day; pause rows only match claims whose sentence
    speaks of a pause. China is not checked (news mixes its cumulative rates, and the
    table stops following China in May).

Example queries
---------------
::

    -- current US reciprocal rates
    SELECT target, value, status, since, sources, conflict FROM current_values
    WHERE metric = 'tariff_rate' AND imposer = 'US' AND measure = 'reciprocal';

    -- the history of one fact, as reported
    SELECT date, value, status, source, quote, role FROM fact_timeline
    WHERE metric = 'tariff_rate' AND target = 'KR' AND product = 'all' ORDER BY date;

    -- open disagreements, both sides
    SELECT kind, target, "values", sources, dates, reason FROM conflicts;
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

REFERENCE_CSV = Path(__file__).resolve().parents[1] / "data" / "reference" / \
    "us_tariff_actions_2025.csv"

LEVY_METRICS = ("tariff_rate", "tax_rate", "effective_date", "pause_length")
FLOW_METRICS = ("exports", "imports", "trade_surplus", "trade_deficit", "revenue")
STOCK_METRICS = ("investment", "purchase", "subsidy")
CONFLICT_METRICS = LEVY_METRICS + FLOW_METRICS + STOCK_METRICS
#: days between publication dates that still count as the same period
WINDOW_DAYS = 14
#: days around a reference row's validity in which news about it is checked
REF_SLACK_DAYS = 14
#: days before an official act in which news may already report its figure (deals, letters)
REF_LEAD_DAYS = 30

#: words by which a sentence presents a value as a change (RE2, on lower-cased text)
CHANGE_RE = (
    r"\b(?:rais|lower|cut|hik|extend|increas|reduc|slash|revis|amend|postpon|delay|"
    r"replac|bump|trim|doubl|tripl|halv|boost|eas(?:e|ed|es|ing)\b|mov(?:e|ed|es|ing)\b|"
    r"rose\b|rise|risen|rising|climb|jump|soar|lift|fell\b|fall(?:s|en|ing)?\b|drop|declin|"
    r"paus|suspen|halt|"
    r"push(?:ed|es|ing)?\s+back|down\s+from|up\s+from|instead\s+of|rather\s+than|"
    r"no\s+longer|from\s+(?:the\s+)?(?:current\s+|previous\s+|earlier\s+|initial\s+)?"
    r"[$€£¥]?\d[\d.,]*\s*(?:%|percent|per\s+cent|billion|million|trillion)?\s+to\b)"
)

#: a pause's length changes only when the text says so ("extended by another 90 days"):
#: "paused" and "suspended" are how every pause is told, not a change of its length
PAUSE_CHANGE_RE = CHANGE_RE.replace("paus|suspen|halt|", "")


def _lexicon_re(name: str) -> str:
    """RE2 pattern (for DuckDB) matching any phrase of the rules/lexicon.toml [scope] list
    `name` as whole words: the extractor and the reconciler read the same list."""
    from tracker import rules

    words = sorted({w.lower() for w in rules.load("lexicon")["scope"][name]}, key=len,
                   reverse=True)
    return r"\b(?:" + "|".join(re.sub(r"([.^$*+?()\[\]{}|\\])", r"\\\1", w)
                                for w in words) + r")\b"


#: days within which a figure some source calls combined is the combined rate elsewhere too
TOTAL_DAYS = 45

#: a measure named in the words before a quote (then the figure is that component)
MEASURE_WORD_RE = r"\b(?:reciprocal|baseline|country-specific|universal)\b"


#: words by which a sentence speaks of a pause (pause-row dates compare only with these)
PAUSE_RE = r"\b(?:paus|suspen|until|extend|reprieve|truce|hold)"

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]

# --------------------------------------------------------------------------- aliases

_EXTRA_COUNTRIES = {
    "korea": "KR", "south korea": "KR", "republic of korea": "KR", "rok": "KR",
    "seoul": "KR", "s. korea": "KR", "north korea": "KP", "pyongyang": "KP",
    "us": "US", "u.s.": "US", "u.s": "US", "usa": "US", "u.s.a.": "US", "america": "US",
    "united states": "US", "united states of america": "US", "washington": "US",
    "uk": "GB", "u.k.": "GB", "britain": "GB", "great britain": "GB", "london": "GB",
    "united kingdom": "GB", "england": "GB",
    "eu": "EU", "e.u.": "EU", "european union": "EU", "europe": "EU", "brussels": "EU",
    "china": "CN", "prc": "CN", "beijing": "CN", "mainland china": "CN",
    "taiwan": "TW", "taipei": "TW", "vietnam": "VN", "viet nam": "VN", "hanoi": "VN",
    "japan": "JP", "tokyo": "JP", "russia": "RU", "moscow": "RU", "india": "IN",
    "new delhi": "IN", "delhi": "IN", "canada": "CA", "ottawa": "CA", "mexico": "MX",
    "mexico city": "MX", "switzerland": "CH", "bern": "CH", "berne": "CH",
    "germany": "DE", "berlin": "DE", "france": "FR", "paris": "FR", "italy": "IT",
    "rome": "IT", "brazil": "BR", "brasilia": "BR", "indonesia": "ID", "jakarta": "ID",
    "thailand": "TH", "bangkok": "TH", "malaysia": "MY", "kuala lumpur": "MY",
    "philippines": "PH", "manila": "PH", "cambodia": "KH", "phnom penh": "KH",
    "laos": "LA", "myanmar": "MM", "burma": "MM", "syria": "SY", "australia": "AU",
    "canberra": "AU", "singapore": "SG", "turkey": "TR", "turkiye": "TR", "iran": "IR",
    "south africa": "ZA", "pretoria": "ZA", "israel": "IL", "bolivia": "BO",
    "venezuela": "VE", "vatican": "VA", "hong kong": "HK", "macau": "MO", "macao": "MO",
    "*": "*", "all": "*", "world": "*", "global": "*", "all countries": "*",
    "all partners": "*", "all trading partners": "*",
}

_PRODUCTS = {
    "all goods": "all", "all products": "all", "everything": "all",
    "auto": "autos", "autos": "autos", "car": "autos", "cars": "autos", "automobile": "autos",
    "automobiles": "autos", "vehicles": "autos", "motor vehicles": "autos",
    "passenger vehicles": "autos", "auto parts": "auto parts", "autoparts": "auto parts",
    "auto-parts": "auto parts", "car parts": "auto parts", "automobile parts": "auto parts",
    "aluminium": "aluminum", "aluminum": "aluminum", "steel": "steel", "copper": "copper",
    "pharma": "pharmaceuticals", "pharmaceutical": "pharmaceuticals", "drugs": "pharmaceuticals",
    "medicines": "pharmaceuticals", "semiconductor": "semiconductors", "chips": "semiconductors",
    "chip": "semiconductors", "timber": "lumber", "wood": "lumber", "ships": "shipbuilding",
    "agricultural": "agriculture", "farm goods": "agriculture", "agricultural products":
    "agriculture",
}

_MEASURES = {
    "section 232": "section_232", "section232": "section_232", "s232": "section_232",
    "sec. 232": "section_232", "sec_232": "section_232", "232": "section_232",
    "section 301": "section_301", "section301": "section_301", "s301": "section_301",
    "reciprocal tariff": "reciprocal", "reciprocal tariffs": "reciprocal",
    "baseline tariff": "baseline", "universal": "baseline", "retaliation": "retaliatory",
    "counter-tariff": "retaliatory", "free trade agreement": "fta", "korus": "fta",
}


@lru_cache(maxsize=1)
def country_aliases() -> dict[str, str]:
    """lower-case name / code / capital -> ISO alpha-2 (or EU, *)."""
    out: dict[str, str] = {}
    try:
        import pycountry

        for c in pycountry.countries:
            code = c.alpha_2
            for name in (c.alpha_2, c.alpha_3, c.name, getattr(c, "common_name", None),
                         getattr(c, "official_name", None)):
                if name:
                    out.setdefault(name.lower(), code)
    except ImportError:  # pragma: no cover - pycountry is a dependency
        pass
    out.update(_EXTRA_COUNTRIES)
    return out


def norm_country(value: str | None) -> str | None:
    """One country as the facts key it: 'South Korea' -> 'KR', 'kr' -> 'KR'."""
    if value is None:
        return None
    s = str(value).strip()
    if not s:
        return None
    return country_aliases().get(s.lower(), s.upper())


def norm_product(value: str | None) -> str | None:
    if value is None or not str(value).strip():
        return None
    s = str(value).strip().lower()
    return _PRODUCTS.get(s, s)


def norm_measure(value: str | None) -> str | None:
    if value is None or not str(value).strip():
        return None
    s = str(value).strip().lower()
    s = _MEASURES.get(s, s)
    return s.replace(" ", "_").replace("-", "_")


def _alias_frames() -> dict[str, pd.DataFrame]:
    c = country_aliases()
    return {
        "_rc_country": pd.DataFrame({"alias": list(c), "code": list(c.values())}),
        "_rc_product": pd.DataFrame({"alias": list(_PRODUCTS),
                                     "product": list(_PRODUCTS.values())}),
        "_rc_measure": pd.DataFrame({"alias": list(_MEASURES),
                                     "measure": list(_MEASURES.values())}),
    }


# --------------------------------------------------------------------------- SQL helpers


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


def _agree(a: str, b: str) -> str:
    """SQL: the values of claims a and b agree within their stated precision."""
    return f"(abs({a}.v - {b}.v) <= {a}.h + {b}.h + 1e-9)"


def _num_sql(x: str) -> str:
    return f"rtrim(rtrim(printf('%.3f', {x}), '0'), '.')"


def fmt_sql(v: str, unit: str, d: str) -> str:
    """SQL expression formatting a value for people: 25%, $55.7 billion, 2025-08-01."""
    mag = (
        f"CASE WHEN abs({v}) >= 1e12 THEN {_num_sql(f'{v} / 1e12')} || ' trillion' "
        f"WHEN abs({v}) >= 1e9 THEN {_num_sql(f'{v} / 1e9')} || ' billion' "
        f"WHEN abs({v}) >= 1e6 THEN {_num_sql(f'{v} / 1e6')} || ' million' "
        f"ELSE {_num_sql(v)} END"
    )
    return (
        f"CASE WHEN {d} IS NOT NULL THEN strftime({d}, '%Y-%m-%d') "
        f"WHEN {v} IS NULL THEN NULL "
        f"WHEN {unit} = 'percent' THEN {_num_sql(v)} || '%' "
        f"WHEN {unit} = 'day' THEN {_num_sql(v)} || ' days' "
        f"WHEN {unit} = 'USD' THEN '$' || {mag} "
        f"WHEN {unit} = 'EUR' THEN '€' || {mag} "
        f"ELSE coalesce({unit}, '') || ' ' || {mag} END"
    )


def _period_sql() -> str:
    """SQL: the reference period a flow sentence names (NULL when it names none)."""
    s = "lower(coalesce(r.sentence, r.quote, ''))"
    y = "year(r.as_of)"
    months = "'" + "|".join(_MONTHS) + "'"
    mlist = "[" + ", ".join(f"'{m}'" for m in _MONTHS) + "]"
    year_in = f"nullif(regexp_extract({s}, '\\b(20[0-9][0-9])\\b', 1), '')"
    rel_year = (f"CASE WHEN regexp_matches({s}, '\\blast year\\b') THEN {y} - 1 "
                f"ELSE {y} END")
    year_of = f"coalesce({year_in}, CAST({rel_year} AS VARCHAR))"
    month_year = f"regexp_extract({s}, '\\b(' || {months} || ')\\.?,?\\s+(20[0-9][0-9])\\b', 1)"
    month_year_y = f"regexp_extract({s}, '\\b(' || {months} || ')\\.?,?\\s+(20[0-9][0-9])\\b', 2)"
    month_only = f"regexp_extract({s}, '\\b(?:in|for|during|of)\\s+(' || {months} || ')\\b', 1)"
    quarter = (f"coalesce(nullif(regexp_extract({s}, '\\bq([1-4])\\b', 1), ''), "
               f"CAST(list_position(['first', 'second', 'third', 'fourth'], "
               f"nullif(regexp_extract({s}, '\\b(first|second|third|fourth)[ -]quarter', 1), "
               f"'')) AS VARCHAR))")
    return f"""
    CASE WHEN r.metric NOT IN {_in(FLOW_METRICS)} THEN NULL
      WHEN {month_year} <> '' THEN {month_year_y} || '-' ||
           lpad(CAST(list_position({mlist}, {month_year}) AS VARCHAR), 2, '0')
      WHEN regexp_matches({s}, '\\b(first half|first six months|h1|1h)\\b') THEN {year_of} || '-H1'
      WHEN regexp_matches({s}, '\\b(second half|h2|2h)\\b') THEN {year_of} || '-H2'
      WHEN {quarter} IS NOT NULL THEN {year_of} || '-Q' || {quarter}
      WHEN regexp_matches({s}, '(so far this year|year to date|year-to-date|this year so far)')
           THEN {year_of} || '-YTD'
      WHEN {month_only} <> '' AND r.as_of IS NOT NULL THEN
           CAST(CASE WHEN list_position({mlist}, {month_only}) <= month(r.as_of)
                     THEN {y} ELSE {y} - 1 END AS VARCHAR) || '-' ||
           lpad(CAST(list_position({mlist}, {month_only}) AS VARCHAR), 2, '0')
      WHEN {year_in} IS NOT NULL THEN {year_in}
      WHEN regexp_matches({s}, '\\blast year\\b') AND r.as_of IS NOT NULL
           THEN CAST({y} - 1 AS VARCHAR)
      WHEN regexp_matches({s}, '\\bthis year\\b') AND r.as_of IS NOT NULL
           THEN CAST({y} AS VARCHAR)
      WHEN regexp_matches({s}, '\\blast month\\b') AND r.as_of IS NOT NULL
           THEN strftime(r.as_of - INTERVAL 1 MONTH, '%Y-%m')
      ELSE NULL END"""


# --------------------------------------------------------------------------- statements


def _fact_claims_sql() -> list[str]:
    """Statements building ``fact_claims`` (via temp tables: each step is computed once)."""
    levy = _in(LEVY_METRICS)
    raw = f"""
CREATE OR REPLACE TEMP TABLE _rc_raw0 AS
SELECT * REPLACE (CASE WHEN combined AND metric = 'tariff_rate'
                       AND measure IN ('reciprocal', 'baseline') THEN NULL
                       ELSE measure END AS measure)
FROM (
-- lexicon lists: combined_words mark a cumulative rate ("a combined 145%": not the
-- reciprocal component, its measure is dropped); penalty_words a penalty outside the named
-- programmes ("an additional 25%, a penalty for buying Russian oil": never filled into a
-- measured fact)
SELECT *, regexp_matches(lead, '{_lexicon_re("combined_words")}') AS combined,
       regexp_matches(lead, '{_lexicon_re("penalty_words")}') AS penalty
FROM (
SELECT c.claim_id, c.article,
       coalesce(nullif(trim(a.source), ''), c.article) AS source,
       a.duplicate_of,
       coalesce(a.duplicate_of IS NOT NULL AND a.duplicate_of <> c.article, false) AS is_dup,
       c.kind, lower(trim(c.metric)) AS metric, c.value, c.date_value,
       CASE WHEN lower(trim(c.unit)) IN ('percent', 'date', 'day') THEN lower(trim(c.unit))
            WHEN lower(trim(c.unit)) = 'days' THEN 'day'
            ELSE upper(trim(c.unit)) END AS unit,
       coalesce(ci.code, nullif(upper(trim(c.imposer)), '')) AS imposer,
       coalesce(ct.code, nullif(upper(trim(c.target)), '')) AS target,
       coalesce(pa.product, nullif(lower(trim(c.product)), '')) AS product,
       nullif(regexp_replace(coalesce(ma.measure, lower(trim(c.measure))), '[\\s-]+', '_', 'g'),
              '') AS measure,
       nullif(lower(trim(c.status)), '') AS status,
       c.quote, coalesce(c.as_of, a.published) AS as_of, c.effective,
       c.sentence, c.rule_id, c.hedge, c.precision, coalesce(c.quote_start, 0) AS quote_start,
       -- the 80 characters before the quote, and the quote: where "combined" is said
       lower(coalesce(substr(c.sentence, greatest(1, instr(c.sentence, c.quote) - 80),
                             least(80, greatest(instr(c.sentence, c.quote) - 1, 0))), '')
             || ' ' || coalesce(c.quote, '')) AS lead
FROM claims c
LEFT JOIN articles a ON a.id = c.article
LEFT JOIN _rc_country ci ON ci.alias = lower(trim(c.imposer))
LEFT JOIN _rc_country ct ON ct.alias = lower(trim(c.target))
LEFT JOIN _rc_product pa ON pa.alias = lower(trim(c.product))
LEFT JOIN _rc_measure ma ON ma.alias = lower(trim(c.measure))
WHERE c.metric IS NOT NULL
))
"""
    fill = f"""
CREATE OR REPLACE TEMP TABLE _rc_fill AS
WITH complete AS (  -- claims with every key field: they define the complete facts
  SELECT DISTINCT metric, unit, coalesce(imposer, '') AS i, coalesce(target, '') AS t,
         product, measure, article
  FROM _rc_raw
  WHERE NOT is_dup AND product IS NOT NULL AND measure IS NOT NULL AND metric IN {levy}
),
partial AS (  -- claims missing product or measure, per (group, article)
  SELECT DISTINCT metric, unit, coalesce(imposer, '') AS i, coalesce(target, '') AS t,
         coalesce(product, '') AS p, coalesce(measure, '') AS m, article,
         combined OR penalty AS combined
  FROM _rc_raw
  WHERE NOT is_dup AND (product IS NULL OR measure IS NULL) AND metric IN {levy}
),
cand AS (  -- candidate complete facts per partial group; overlap: an article states both
  SELECT g.metric, g.unit, g.i, g.t, g.p, g.m, k.product, k.measure,
         bool_or(g.article = k.article OR g.combined) AS overlap
  FROM partial g JOIN complete k
    ON k.metric = g.metric AND k.unit = g.unit AND k.i = g.i AND k.t = g.t
   AND (g.p = '' OR k.product = g.p) AND (g.m = '' OR k.measure = g.m)
  GROUP BY ALL
)
SELECT metric, unit, i, t, p, m, any_value(product) AS product, any_value(measure) AS measure
FROM cand
GROUP BY metric, unit, i, t, p, m
HAVING count(*) = 1 AND NOT bool_or(overlap)
"""
    flags = f"""
CREATE OR REPLACE TEMP TABLE _rc_flags AS
WITH keyed AS (
  SELECT r.* REPLACE (
           coalesce(r.product, f.product) AS product,
           coalesce(r.measure, f.measure) AS measure),
         f.metric IS NOT NULL AS key_filled,
         {_period_sql()} AS period
  FROM _rc_raw r LEFT JOIN _rc_fill f
    ON (r.product IS NULL OR r.measure IS NULL) AND f.metric = r.metric AND f.unit = r.unit
   AND f.i = coalesce(r.imposer, '') AND f.t = coalesce(r.target, '')
   AND f.p = coalesce(r.product, '') AND f.m = coalesce(r.measure, '')
)
SELECT k.*,
       substr(md5(concat_ws('|', metric, unit, coalesce(imposer, '-'), coalesce(target, '-'),
              coalesce(product, '-'), coalesce(measure, '-'))), 1, 16) AS fact_id,
       coalesce(status = 'previous', false) AS is_prev,
       metric IN {_in(CONFLICT_METRICS)} AS comparable,
       metric IN {_in(FLOW_METRICS)} AS is_flow,
       CASE WHEN date_value IS NOT NULL THEN CAST(date_diff('day', DATE '1970-01-01',
                 date_value) AS DOUBLE) ELSE value END AS v,
       CASE WHEN date_value IS NOT NULL OR unit IN ('date', 'day') THEN 0.5
            WHEN kind = 'amount' THEN
              CASE WHEN hedge IS NOT NULL THEN coalesce(precision, 0.01 * abs(value))
                   WHEN precision IS NOT NULL THEN 0.4999 * precision
                   ELSE 0.0025 * abs(value) END
            WHEN hedge IS NOT NULL THEN coalesce(precision, 1.0)
            ELSE 0.005 END AS h,
       coalesce(as_of, effective) AS seq_date,
       coalesce(effective, as_of) AS date,
       coalesce(as_of, effective, DATE '1900-01-01') AS seq_key,
       -- constant patterns in both branches: a pattern chosen per row is compiled per row
       CASE WHEN metric = 'pause_length'
            THEN regexp_extract(lower(coalesce(sentence, quote, '')), '{PAUSE_CHANGE_RE}', 0)
            ELSE regexp_extract(lower(coalesce(sentence, quote, '')), '{CHANGE_RE}', 0)
       END AS change_word,
       regexp_matches(lower(coalesce(sentence, quote, '')), '{PAUSE_RE}') AS pause_word,
       CASE status WHEN 'in_effect' THEN 5 WHEN 'agreed' THEN 3 WHEN 'scheduled' THEN 2
                   WHEN 'paused' THEN 1 WHEN 'proposed' THEN 0 WHEN 'previous' THEN -1
                   ELSE 4 END AS status_rank
FROM keyed k
"""
    final = """
CREATE OR REPLACE TABLE fact_claims AS
WITH art_eff AS (  -- an article's one stated effective date for a measure
  SELECT article, coalesce(imposer, '') AS i, coalesce(target, '') AS t,
         coalesce(product, '') AS p, coalesce(measure, '') AS m, min(date_value) AS eff
  FROM _rc_flags
  WHERE metric = 'effective_date' AND NOT is_prev AND date_value IS NOT NULL
  GROUP BY ALL HAVING count(DISTINCT date_value) = 1
),
f0 AS (  -- rates without a date of their own speak about their article's stated date
  SELECT f.* REPLACE (coalesce(f.effective, e.eff) AS effective,
                      coalesce(f.effective, e.eff, f.as_of) AS date)
  FROM _rc_flags f
  LEFT JOIN art_eff e
    ON f.effective IS NULL AND NOT f.is_prev AND f.metric IN ('tariff_rate', 'tax_rate')
   AND e.article = f.article AND e.i = coalesce(f.imposer, '') AND e.t = coalesce(f.target, '')
   AND e.p = coalesce(f.product, '') AND e.m = coalesce(f.measure, '')
),
prevs AS (  -- the values articles themselves give as previous
  SELECT fact_id, article, v, h FROM f0 WHERE is_prev AND v IS NOT NULL
),
restated AS (  -- a current-looking claim repeating its own article's previous value
  SELECT f.claim_id FROM f0 f
  JOIN prevs p ON p.fact_id = f.fact_id AND p.article = f.article
  WHERE NOT f.is_prev AND abs(f.v - p.v) <= f.h + p.h + 1e-9
  GROUP BY f.claim_id
),
has_prev AS (SELECT DISTINCT fact_id, article FROM prevs),
f2 AS (
  SELECT f.*, hp.article IS NOT NULL AS article_has_prev,
         r.claim_id IS NOT NULL AS is_restated,
         NOT f.is_dup AND NOT f.is_prev AND r.claim_id IS NULL AND f.comparable
           AND f.v IS NOT NULL
           AND (CASE WHEN f.is_flow THEN f.period IS NOT NULL ELSE f.seq_date IS NOT NULL END)
           AS in_seq,
         CASE WHEN f.is_flow THEN coalesce(f.period, '') ELSE '' END AS part,
         NOT f.is_prev AND (f.change_word <> '' OR hp.article IS NOT NULL) AS is_change
  FROM f0 f
  LEFT JOIN has_prev hp ON hp.fact_id = f.fact_id AND hp.article = f.article
  LEFT JOIN restated r ON r.claim_id = f.claim_id
),
days AS (
  SELECT fact_id, part, seq_key, max(CAST(is_change AS INTEGER)) AS chg
  FROM f2 WHERE in_seq GROUP BY ALL
),
days2 AS (
  SELECT *, sum(chg) OVER (PARTITION BY fact_id, part ORDER BY seq_key
                           ROWS UNBOUNDED PRECEDING) - chg AS n_before
  FROM days
)
SELECT f.* EXCLUDE (sentence), CASE WHEN f.in_seq THEN d.n_before + CAST(f.is_change AS INTEGER)
       END AS epoch
FROM f2 f
LEFT JOIN days2 d ON f.in_seq AND d.fact_id = f.fact_id AND d.part = f.part
                 AND d.seq_key = f.seq_key
"""
    totals = f"""
CREATE OR REPLACE TEMP TABLE _rc_raw AS
WITH totals AS (  -- rates some source calls combined ("a combined 145%")
  SELECT DISTINCT metric, imposer, target, value, as_of FROM _rc_raw0
  WHERE combined AND NOT is_dup AND metric = 'tariff_rate' AND value IS NOT NULL
    AND coalesce(status, '') <> 'previous'  -- "the total went from 25% to 50%": 25% was
                                            -- the whole of it then, not a sum
),
same_figure AS (  -- the same figure for the same partners within {TOTAL_DAYS} days,
                  -- given a component measure only by default (no measure word before it)
  SELECT DISTINCT r.claim_id, r.article, r.sentence FROM _rc_raw0 r JOIN totals t
    ON t.metric = r.metric AND t.value = r.value
   AND t.imposer IS NOT DISTINCT FROM r.imposer AND t.target IS NOT DISTINCT FROM r.target
   AND abs(date_diff('day', t.as_of, r.as_of)) <= {TOTAL_DAYS}
  WHERE NOT r.combined AND r.measure IN ('reciprocal', 'baseline')
    AND NOT regexp_matches(r.lead, '{MEASURE_WORD_RE}')
),
totalled AS (  -- and the other end of its change: "from 145% to 30%" moves the total
  SELECT claim_id FROM same_figure
  UNION
  SELECT r.claim_id FROM _rc_raw0 r JOIN same_figure f
    ON f.article = r.article AND f.sentence = r.sentence
  WHERE r.metric = 'tariff_rate' AND r.measure IN ('reciprocal', 'baseline')
    AND NOT regexp_matches(r.lead, '{MEASURE_WORD_RE}')
)
SELECT r.* REPLACE (CASE WHEN t.claim_id IS NOT NULL THEN NULL ELSE r.measure END AS measure,
                    r.combined OR t.claim_id IS NOT NULL AS combined)
FROM _rc_raw0 r LEFT JOIN totalled t ON t.claim_id = r.claim_id
"""
    return [raw, totals, fill, flags, final]


FACTS_SQL = """
CREATE OR REPLACE TABLE facts AS
SELECT fact_id, metric, imposer, target, product, measure, unit,
       count(*) FILTER (WHERE NOT is_dup) AS n_claims,
       count(DISTINCT article) FILTER (WHERE NOT is_dup) AS n_sources,
       min(seq_date) FILTER (WHERE NOT is_dup) AS first_seen,
       max(seq_date) FILTER (WHERE NOT is_dup) AS last_seen,
       bool_or(comparable) AS comparable, bool_or(is_flow) AS is_flow
FROM fact_claims
GROUP BY ALL
"""

KEY = "metric, imposer, target, product, measure, unit"


def _pairs_sql() -> str:
    """Temp table of claim pairs (different articles) in the same fact, epoch and period."""
    cols = ("claim_id, fact_id, article, source, v, h, status, effective, seq_date, seq_key, "
            "date, epoch, part, is_flow, quote, unit, date_value")
    w = WINDOW_DAYS
    return f"""
CREATE OR REPLACE TEMP TABLE _rc_pairs AS
WITH s AS (
  SELECT {cols},
         CAST(date_diff('day', DATE '1970-01-01', seq_date) // {w} AS BIGINT) AS wk
  FROM fact_claims WHERE in_seq
),
pj AS (
  -- same publication window (when either claim lacks an effective date)
  SELECT a.claim_id AS ca, b.claim_id AS cb
  FROM (SELECT s.*, s.wk + o AS jk FROM s, (VALUES (-1), (0), (1)) t(o)
        WHERE NOT s.is_flow) a
  JOIN s b ON b.fact_id = a.fact_id AND b.epoch = a.epoch AND b.wk = a.jk
  WHERE NOT b.is_flow AND a.article < b.article
    AND (a.effective IS NULL OR b.effective IS NULL)
    AND abs(date_diff('day', a.seq_date, b.seq_date)) <= {w}
  UNION ALL
  -- same effective date (within a day)
  SELECT a.claim_id, b.claim_id
  FROM (SELECT s.*, s.effective + o AS je FROM s, (VALUES (-1), (0), (1)) t(o)
        WHERE NOT s.is_flow AND s.effective IS NOT NULL) a
  JOIN s b ON b.fact_id = a.fact_id AND b.epoch = a.epoch AND b.effective = a.je
  WHERE NOT b.is_flow AND a.article < b.article
  UNION ALL
  -- flows: the same named period
  SELECT a.claim_id, b.claim_id
  FROM s a JOIN s b ON b.fact_id = a.fact_id AND b.part = a.part AND b.epoch = a.epoch
  WHERE a.is_flow AND b.is_flow AND a.article < b.article
)
SELECT a.fact_id, a.part, a.claim_id AS ca, b.claim_id AS cb, a.article AS art_a,
       b.article AS art_b, a.v AS va, b.v AS vb, a.h + b.h AS tol,
       a.source AS src_a, b.source AS src_b, a.quote AS q_a, b.quote AS q_b,
       a.seq_date AS sd_a, b.seq_date AS sd_b, a.seq_key AS sk_a, b.seq_key AS sk_b,
       a.date_value AS dv_a, b.date_value AS dv_b,
       {_agree('a', 'b')} AS agree,
       coalesce(a.status IS NOT NULL AND b.status IS NOT NULL AND a.status <> b.status,
                false) AS explained
FROM pj JOIN s a ON a.claim_id = pj.ca JOIN s b ON b.claim_id = pj.cb
"""


def _grouped_sql(table: str, pairs: str, kind: str, reason: str) -> str:
    """Group claim pairs per (fact, period, low value, high value) into two sides."""
    fmt_a = fmt_sql("sa.v", "f.unit", "sa.date_value")
    fmt_b = fmt_sql("sb.v", "f.unit", "sb.date_value")
    return f"""
CREATE OR REPLACE TABLE {table} AS
WITH cp AS (SELECT *, least(va, vb) AS vlo, greatest(va, vb) AS vhi FROM ({pairs}) q),
sides AS (
  SELECT fact_id, part, vlo, vhi, CASE WHEN va <= vb THEN 'a' ELSE 'b' END AS side,
         ca AS claim_id, art_a AS article, src_a AS source, q_a AS quote, sd_a AS seq_date,
         sk_a AS seq_key, va AS v, dv_a AS date_value, tol
  FROM cp
  UNION ALL
  SELECT fact_id, part, vlo, vhi, CASE WHEN va <= vb THEN 'b' ELSE 'a' END AS side,
         cb, art_b, src_b, q_b, sd_b, sk_b, vb, dv_b, tol
  FROM cp
),
agg AS (
  SELECT fact_id, part, vlo, vhi, side, max(tol) AS tol,
         list_sort(list_distinct(array_agg(article))) AS articles,
         list_sort(list_distinct(array_agg(source))) AS sources,
         list_sort(list_distinct(array_agg(claim_id))) AS claim_ids,
         min(seq_date) AS first_date, max(seq_date) AS last_date,
         arg_min(quote, seq_key) AS quote, arg_min(v, seq_key) AS v,
         arg_min(date_value, seq_key) AS date_value,
         arg_min(source, seq_key) AS source1
  FROM sides
  GROUP BY ALL
)
SELECT '{kind}' AS kind, f.fact_id, f.metric, f.imposer, f.target, f.product, f.measure,
       f.unit, nullif(sa.part, '') AS period,
       CASE WHEN sa.date_value IS NULL THEN sa.v END AS value_a,
       CASE WHEN sb.date_value IS NULL THEN sb.v END AS value_b,
       sa.date_value AS date_value_a, sb.date_value AS date_value_b,
       [{fmt_a}, {fmt_b}] AS "values",
       sa.articles AS articles_a, sb.articles AS articles_b,
       list_concat(sa.articles, sb.articles) AS articles,
       sa.sources AS sources_a, sb.sources AS sources_b,
       list_concat(sa.sources, sb.sources) AS sources,
       [sa.first_date, sb.first_date] AS dates,
       [sa.quote, sb.quote] AS quotes,
       [{{'value': {fmt_a}, 'articles': sa.articles, 'sources': sa.sources,
          'date': sa.first_date, 'quote': sa.quote}},
        {{'value': {fmt_b}, 'articles': sb.articles, 'sources': sb.sources,
          'date': sb.first_date, 'quote': sb.quote}}] AS sides,
       NULL::VARCHAR AS official_source,
       least(sa.first_date, sb.first_date) AS first_date,
       greatest(sa.last_date, sb.last_date) AS last_date,
       abs(sb.v - sa.v) AS gap, sa.tol AS tolerance,
       {reason} AS reason,
       list_concat(sa.claim_ids, sb.claim_ids) AS claim_ids
FROM agg sa
JOIN agg sb ON sb.fact_id = sa.fact_id AND sb.part = sa.part AND sb.vlo = sa.vlo
           AND sb.vhi = sa.vhi AND sb.side = 'b'
JOIN facts f ON f.fact_id = sa.fact_id
WHERE sa.side = 'a'
"""


#: pairs that conflict: values differ, nothing explains it, and the two articles share
#: no agreeing value on the fact in that period
CONFLICT_PAIRS = """
SELECT * FROM (SELECT *, bool_or(agree) OVER (PARTITION BY fact_id, part, art_a, art_b)
                         AS any_agree FROM _rc_pairs)
WHERE NOT agree AND NOT explained AND NOT any_agree
"""


def _conflict_reason() -> str:
    fa = fmt_sql("sa.v", "f.unit", "sa.date_value")
    fb = fmt_sql("sb.v", "f.unit", "sb.date_value")
    gap = ("CASE WHEN f.unit = 'percent' THEN " + _num_sql("abs(sb.v - sa.v)")
           + " || CASE WHEN abs(sb.v - sa.v) = 1 THEN ' percentage point' ELSE "
           "' percentage points' END WHEN sa.date_value IS NOT NULL THEN "
           + _num_sql("abs(sb.v - sa.v)") + " || ' days' ELSE "
           + fmt_sql("abs(sb.v - sa.v)", "f.unit", "NULL") + " END")
    return (
        f"sa.source1 || ' (' || coalesce(strftime(sa.first_date, '%Y-%m-%d'), '?') || ') says ' "
        f"|| {fa} || ' but ' || sb.source1 || ' (' || coalesce(strftime(sb.first_date, "
        f"'%Y-%m-%d'), '?') || ') says ' || {fb} || CASE WHEN sa.part <> '' THEN ' for ' || "
        f"sa.part ELSE ' for the same period' END || '; the gap (' || {gap} || ') is beyond "
        f"the stated precision and no change is reported'"
    )


def _consistent_reason() -> str:
    fa = fmt_sql("sa.v", "f.unit", "sa.date_value")
    fb = fmt_sql("sb.v", "f.unit", "sb.date_value")
    return (
        f"CASE WHEN sa.date_value IS NOT NULL THEN {fa} || ' and ' || {fb} || ' are one day "
        f"apart: the last day before and the first day of the same change' "
        f"ELSE {fa} || ' and ' || {fb} || ' agree within the precision the texts state' END"
    )


def _updates_sql() -> str:
    """Explained changes of value, from one article's state of a fact to a later one's.

    E1: an article that states a change itself (its previous value p, its new value n);
        the same stated change repeated by later articles is one update, running from
        the last earlier article that held p (else the first stating article) to the
        last article stating it.
    E2: consecutive article states sharing no value, where the later one is explained
        (change words, a different status, a different effective date; for effective
        dates also a later period).
    """
    w = WINDOW_DAYS
    fmt_from = fmt_sql("x.from_v0", "f.unit", "x.from_dv")
    fmt_to = fmt_sql("x.to_v0", "f.unit", "x.to_dv")
    key = "status_rank * 10000000 - quote_start"
    q = "''"
    return f"""
CREATE OR REPLACE TABLE updates AS
WITH s AS (SELECT * FROM fact_claims WHERE in_seq),
art0 AS (  -- one state per (fact, part, article): its headline claim
  SELECT fact_id, part, article, min(seq_key) AS seq_key, bool_or(article_has_prev) AS stater,
         arg_max(claim_id, {key}) AS head
  FROM s GROUP BY ALL
),
art AS (
  SELECT a.*, h.v, h.h, h.date_value, h.status, h.effective, h.seq_date, h.change_word,
         h.change_word <> '' AS worded,
         row_number() OVER w AS apos, lag(a.article) OVER w AS prev_article
  FROM art0 a JOIN s h ON h.claim_id = a.head
  WINDOW w AS (PARTITION BY a.fact_id, a.part ORDER BY a.seq_key, a.stater, a.article)
),
overlap AS (  -- does an article share any value with the article before it?
  SELECT b.fact_id, b.part, b.article,
         bool_or(abs(x.v - y.v) <= x.h + y.h + 1e-9) AS shares
  FROM art b
  JOIN s x ON x.fact_id = b.fact_id AND x.part = b.part AND x.article = b.prev_article
  JOIN s y ON y.fact_id = b.fact_id AND y.part = b.part AND y.article = b.article
  GROUP BY ALL
),
e2 AS (
  SELECT b.fact_id, b.part, a.article AS from_article, b.article AS to_article,
         a.head AS from_claim, b.head AS to_claim,
         CASE WHEN b.worded THEN 'the text states a change ({q}' || b.change_word || '{q})'
              WHEN a.status IS NOT NULL AND b.status IS NOT NULL AND a.status <> b.status
                THEN 'status changed from ' || a.status || ' to ' || b.status
              WHEN b.date_value IS NULL AND a.effective IS NOT NULL AND b.effective IS NOT NULL
                   AND abs(date_diff('day', a.effective, b.effective)) > 1
                THEN 'new effective date ' || strftime(b.effective, '%Y-%m-%d') || ' (was '
                     || strftime(a.effective, '%Y-%m-%d') || ')'
              WHEN b.date_value IS NOT NULL
                   AND abs(date_diff('day', a.seq_date, b.seq_date)) > {w}
                THEN 'a later report gives a new date'
         END AS why
  FROM art b
  JOIN art a ON a.fact_id = b.fact_id AND a.part = b.part AND a.article = b.prev_article
  JOIN overlap o ON o.fact_id = b.fact_id AND o.part = b.part AND o.article = b.article
  WHERE NOT o.shares AND NOT b.stater
),
pv AS (  -- the previous value each stating article gives (the last one in its text)
  SELECT st.fact_id, st.part, st.article, arg_max(q.claim_id, q.quote_start) AS pclaim
  FROM fact_claims q
  JOIN (SELECT DISTINCT fact_id, part, article FROM art WHERE stater) st
    ON st.fact_id = q.fact_id AND st.article = q.article
  WHERE q.is_prev AND NOT q.is_dup AND q.v IS NOT NULL
    AND (NOT q.is_flow OR coalesce(q.period, '') = st.part)
  GROUP BY ALL
),
st AS (  -- stated changes p -> n
  SELECT a.*, pc.v AS pv, pc.h AS ph, pc.claim_id AS pclaim
  FROM art a JOIN pv USING (fact_id, part, article) JOIN fact_claims pc ON pc.claim_id = pv.pclaim
  WHERE a.stater AND NOT (abs(a.v - pc.v) <= a.h + pc.h + 1e-9)
),
st2 AS (
  SELECT *, lag(pv) OVER w AS lpv, lag(ph) OVER w AS lph, lag(v) OVER w AS lv,
         lag(h) OVER w AS lh
  FROM st WINDOW w AS (PARTITION BY fact_id, part ORDER BY apos)
),
st3 AS (
  SELECT *, sum(CASE WHEN lpv IS NOT NULL AND abs(pv - lpv) <= ph + lph + 1e-9
                          AND abs(v - lv) <= h + lh + 1e-9 THEN 0 ELSE 1 END)
              OVER (PARTITION BY fact_id, part ORDER BY apos ROWS UNBOUNDED PRECEDING) AS grp
  FROM st2
),
stg AS (  -- one row per repeated stated change: first (F) and last (L) stating article
  SELECT fact_id, part, grp, min(apos) AS f_apos, arg_max(article, apos) AS l_article,
         arg_max(head, apos) AS l_head, arg_min(pclaim, apos) AS f_pclaim,
         arg_min(article, apos) AS f_article,
         nullif(arg_min(coalesce(prev_article, ''), apos), '') AS f_prev
  FROM st3 GROUP BY ALL
),
holder AS (  -- the last earlier article holding the previous value
  SELECT g.fact_id, g.part, g.grp, arg_max(x.claim_id, a.apos) AS hclaim,
         arg_max(x.article, a.apos) AS harticle
  FROM stg g JOIN fact_claims pc ON pc.claim_id = g.f_pclaim
  JOIN art a ON a.fact_id = g.fact_id AND a.part = g.part AND a.apos < g.f_apos
  JOIN s x ON x.fact_id = a.fact_id AND x.part = a.part AND x.article = a.article
  WHERE abs(x.v - pc.v) <= x.h + pc.h + 1e-9
  GROUP BY ALL
),
already AS (  -- the article before F already held the new value: recorded before
  SELECT g.fact_id, g.part, g.grp
  FROM stg g JOIN s n ON n.claim_id = g.l_head
  JOIN s x ON x.fact_id = g.fact_id AND x.part = g.part AND x.article = g.f_prev
  WHERE abs(x.v - n.v) <= x.h + n.h + 1e-9
  GROUP BY ALL
),
e1 AS (
  SELECT g.fact_id, g.part, coalesce(hd.harticle, g.f_article) AS from_article,
         g.l_article AS to_article, coalesce(hd.hclaim, g.f_pclaim) AS from_claim,
         g.l_head AS to_claim,
         'the text gives the earlier value as previous' AS why
  FROM stg g
  LEFT JOIN holder hd USING (fact_id, part, grp)
  LEFT JOIN already al USING (fact_id, part, grp)
  WHERE al.fact_id IS NULL
),
x AS (
  SELECT e.*, fc.v AS from_v0, fc.date_value AS from_dv, fc.source AS from_source,
         fc.seq_date AS from_date, fc.quote AS from_quote,
         tc.v AS to_v0, tc.date_value AS to_dv, tc.source AS to_source, tc.seq_date AS to_date,
         tc.quote AS to_quote,
         CASE WHEN fc.date_value IS NULL THEN fc.value END AS from_v,
         CASE WHEN tc.date_value IS NULL THEN tc.value END AS to_v
  FROM (SELECT * FROM e1 UNION ALL BY NAME SELECT * FROM e2 WHERE why IS NOT NULL) e
  JOIN fact_claims fc ON fc.claim_id = e.from_claim
  JOIN fact_claims tc ON tc.claim_id = e.to_claim
)
SELECT f.fact_id, f.metric, f.imposer, f.target, f.product, f.measure, f.unit,
       nullif(x.part, '') AS period,
       x.from_v AS from_value, x.to_v AS to_value,
       x.from_dv AS from_date_value, x.to_dv AS to_date_value,
       [{fmt_from}, {fmt_to}] AS "values",
       x.from_article, x.to_article, x.from_source, x.to_source,
       x.from_date, x.to_date, x.from_quote, x.to_quote,
       [x.from_article, x.to_article] AS articles, [x.from_date, x.to_date] AS dates,
       x.from_article = x.to_article AS same_article,
       {fmt_from} || ' -> ' || {fmt_to} || ': ' || x.why AS reason,
       x.from_claim, x.to_claim
FROM x JOIN facts f ON f.fact_id = x.fact_id
"""


def _reference_sql() -> str:
    slack = REF_SLACK_DAYS
    lead = REF_LEAD_DAYS
    fam = ("CASE WHEN {t}.measure IN ('reciprocal', 'baseline') THEN 'ieepa' "
           "ELSE {t}.measure END")
    fmt_ref = fmt_sql("r.rate_percent", "'percent'", "NULL")
    return f"""
CREATE OR REPLACE TEMP TABLE _rc_mismatch AS
WITH ref AS (
  SELECT *, coalesce(announced_date, effective_date) AS start FROM reference
),
rr AS (
  SELECT *, start - {lead} AS w0,
         coalesce(lead(start) OVER (PARTITION BY imposer, target, product, measure
                                    ORDER BY start, effective_date), DATE '9999-01-01')
           + {slack} AS w1
  FROM ref WHERE use_rate AND rate_percent IS NOT NULL
),
rd AS (
  SELECT *, start - {lead} AS w0,
         coalesce(lead(start) OVER (PARTITION BY imposer, target, product, measure
                                    ORDER BY start, effective_date), DATE '9999-01-01')
           + {slack} AS w1
  FROM ref WHERE use_date AND (effective_date IS NOT NULL OR end_date IS NOT NULL)
),
cl AS (
  SELECT * FROM fact_claims
  WHERE NOT is_dup AND NOT is_prev AND imposer = 'US' AND v IS NOT NULL
    AND target IS NOT NULL AND product IS NOT NULL AND measure IS NOT NULL
),
cov AS (
  SELECT c.claim_id, c.fact_id, c.v, c.date_value, c.seq_date, r.ref_id, r.start,
         abs(c.v - r.rate_percent) <= c.h + 0.005 AS ok, r.rate_percent AS ref_rate,
         NULL::DATE AS ref_date, true AS exact
  FROM cl c JOIN rr r ON r.imposer = c.imposer AND r.target = c.target
       AND r.product = c.product AND r.measure = c.measure
  WHERE c.metric = 'tariff_rate' AND c.unit = 'percent'
    AND coalesce(c.status, 'in_effect') IN ('in_effect', 'scheduled', 'paused')
    AND (c.as_of BETWEEN r.w0 AND r.w1 OR c.effective BETWEEN r.w0 AND r.w1)
  UNION ALL
  SELECT c.claim_id, c.fact_id, c.v, c.date_value, c.seq_date, r.ref_id, r.start,
         coalesce(abs(date_diff('day', c.date_value, r.effective_date)) <= 1, false)
           OR coalesce(abs(date_diff('day', c.date_value, r.end_date)) <= 1, false) AS ok,
         NULL AS ref_rate, coalesce(r.effective_date, r.end_date) AS ref_date,
         r.target = c.target AND r.measure = c.measure AS exact
  FROM cl c JOIN rd r ON r.imposer = c.imposer AND r.product = c.product
       AND (r.target = c.target OR r.target = '*')
       AND {fam.format(t='r')} = {fam.format(t='c')}
  WHERE c.metric = 'effective_date' AND c.date_value IS NOT NULL
    AND c.seq_date BETWEEN r.w0 AND r.w1 AND (NOT r.pause OR c.pause_word)
),
bad AS (  -- claims matching no covering reference row; the row nearest before them
  SELECT claim_id, any_value(fact_id) AS fact_id,
         coalesce(arg_max(ref_id, start) FILTER (WHERE exact AND start <= seq_date),
                  arg_min(ref_id, start) FILTER (WHERE exact)) AS ref_id
  FROM cov GROUP BY claim_id HAVING NOT bool_or(ok) AND bool_or(exact)
)
SELECT b.fact_id, b.ref_id, fc.v, any_value(fc.date_value) AS date_value,
       array_agg(DISTINCT fc.article ORDER BY fc.article) AS articles,
       array_agg(DISTINCT fc.source ORDER BY fc.source) AS sources,
       array_agg(DISTINCT fc.claim_id ORDER BY fc.claim_id) AS claim_ids,
       min(fc.seq_date) AS first_date, max(fc.seq_date) AS last_date,
       arg_min(fc.quote, fc.seq_key) AS quote, arg_min(fc.source, fc.seq_key) AS source1,
       any_value(r.rate_percent) AS ref_rate,
       any_value(CASE WHEN fc.date_value IS NOT NULL
                      THEN coalesce(CASE WHEN abs(date_diff('day', fc.date_value,
                                                  r.end_date)) <
                                              abs(date_diff('day', fc.date_value,
                                                  r.effective_date))
                                         THEN r.end_date END, r.effective_date,
                                    r.end_date) END) AS ref_date,
       any_value(r.effective_date) AS ref_effective, any_value(r.action) AS action,
       any_value(r.tier) AS tier, any_value(r.source) AS ref_source,
       any_value({fmt_ref}) AS ref_text
FROM bad b JOIN fact_claims fc USING (claim_id) JOIN reference r ON r.ref_id = b.ref_id
GROUP BY b.fact_id, b.ref_id, fc.v
"""


def _mismatch_rows_sql() -> str:
    fmt_claim = fmt_sql("m.v", "f.unit", "m.date_value")
    fmt_off = ("CASE WHEN m.date_value IS NOT NULL THEN strftime(m.ref_date, '%Y-%m-%d') "
               "ELSE m.ref_text END")
    off_label = "'official (' || coalesce(m.tier, '?') || ')'"
    return f"""
INSERT INTO conflicts BY NAME
SELECT 'official_mismatch' AS kind, f.fact_id, f.metric, f.imposer, f.target, f.product,
       f.measure, f.unit, NULL AS period,
       CASE WHEN m.date_value IS NULL THEN m.v END AS value_a,
       CASE WHEN m.date_value IS NULL THEN m.ref_rate END AS value_b,
       m.date_value AS date_value_a,
       CASE WHEN m.date_value IS NOT NULL THEN m.ref_date END AS date_value_b,
       [{fmt_claim}, {fmt_off}] AS "values",
       m.articles AS articles_a, []::VARCHAR[] AS articles_b, m.articles AS articles,
       m.sources AS sources_a, [{off_label}] AS sources_b,
       list_concat(m.sources, [{off_label}]) AS sources,
       [m.first_date, m.ref_effective] AS dates,
       [m.quote, m.action] AS quotes,
       [{{'value': {fmt_claim}, 'articles': m.articles, 'sources': m.sources,
          'date': m.first_date, 'quote': m.quote}},
        {{'value': {fmt_off}, 'articles': []::VARCHAR[], 'sources': [{off_label}],
          'date': m.ref_effective, 'quote': m.action}}] AS sides,
       m.ref_source AS official_source,
       m.first_date, m.last_date,
       CASE WHEN m.date_value IS NOT NULL THEN abs(date_diff('day', m.date_value, m.ref_date))
            ELSE abs(m.v - m.ref_rate) END AS gap,
       NULL AS tolerance,
       m.source1 || ' (' || coalesce(strftime(m.first_date, '%Y-%m-%d'), '?') || ') says '
         || {fmt_claim} || ' but the official figure is ' || {fmt_off} || ' ('
         || coalesce(m.action, '') || CASE WHEN m.ref_effective IS NOT NULL THEN
         ', effective ' || strftime(m.ref_effective, '%Y-%m-%d') ELSE '' END || '; '
         || coalesce(m.tier, '') || ' source)' AS reason,
       m.claim_ids
FROM _rc_mismatch m JOIN facts f ON f.fact_id = m.fact_id
"""


TIMELINE_SQL = """
CREATE OR REPLACE VIEW fact_timeline AS
WITH conf AS (SELECT DISTINCT unnest(claim_ids) AS claim_id FROM conflicts
              WHERE kind = 'conflict'),
mism AS (SELECT DISTINCT unnest(claim_ids) AS claim_id FROM conflicts
         WHERE kind = 'official_mismatch'),
upd AS (SELECT DISTINCT to_claim AS claim_id FROM updates)
SELECT fc.fact_id, fc.metric, fc.imposer, fc.target, fc.product, fc.measure, fc.unit,
       fc.date, fc.as_of, fc.effective, fc.period,
       CASE WHEN fc.date_value IS NULL THEN fc.value END AS value, fc.date_value,
       fc.status, fc.article, fc.source, fc.quote,
       CASE WHEN fc.is_dup THEN 'duplicate'
            WHEN fc.is_prev THEN 'previous'
            WHEN fc.is_restated THEN 'restated'
            WHEN conf.claim_id IS NOT NULL THEN 'conflict'
            WHEN mism.claim_id IS NOT NULL THEN 'official_mismatch'
            WHEN upd.claim_id IS NOT NULL THEN 'update'
            ELSE 'evidence' END AS role,
       fc.claim_id, fc.quote_start
FROM fact_claims fc
LEFT JOIN conf USING (claim_id) LEFT JOIN mism USING (claim_id) LEFT JOIN upd USING (claim_id)
"""


def _current_sql() -> str:
    """Status-aware current value of every fact as of $d (NULL: latest evidence)."""
    order_asc = ("seq_key, status_rank, is_change, date NULLS FIRST, quote_start DESC, "
                 "claim_id")
    eff = "coalesce({t}.effective, CASE WHEN {t}.metric = 'effective_date' THEN {t}.date_value END)"
    return f"""
WITH p AS (
  SELECT coalesce(CAST($d AS DATE),
                  (SELECT max(seq_date) FROM fact_claims WHERE NOT is_dup)) AS d
),
ev AS (
  SELECT fc.claim_id, fc.fact_id, fc.metric, fc.imposer, fc.target, fc.product, fc.measure,
         fc.unit, fc.value, fc.date_value, fc.v, fc.h, fc.status, fc.status_rank,
         fc.effective, fc.seq_date, fc.seq_key, fc.date, fc.is_change, fc.quote_start,
         fc.article, fc.source, fc.quote
  FROM fact_claims fc, p
  WHERE NOT fc.is_dup AND NOT fc.is_prev AND NOT fc.is_restated AND fc.v IS NOT NULL
    AND (fc.seq_date IS NULL OR p.d IS NULL OR fc.seq_date <= p.d)
),
o AS (  -- one sort: position in the fact's evidence order
  SELECT *, row_number() OVER w AS pos, count(*) OVER (PARTITION BY fact_id) AS cnt
  FROM ev WINDOW w AS (PARTITION BY fact_id ORDER BY {order_asc})
),
latest AS (SELECT * FROM o WHERE pos = cnt),
openc AS (  -- conflicts not followed by an update (as of d)
  SELECT c.* FROM conflicts c, p
  WHERE c.kind = 'conflict' AND (p.d IS NULL OR c.last_date <= p.d)
    AND NOT EXISTS (SELECT 1 FROM updates u WHERE u.fact_id = c.fact_id
                    AND u.to_date > c.last_date AND (p.d IS NULL OR u.to_date <= p.d))
),
rivals AS (  -- the latest claim is disputed: every value of its open conflicts competes
  SELECT l.fact_id, l.claim_id AS lclaim,
         unnest([coalesce(c.value_a, date_diff('day', DATE '1970-01-01', c.date_value_a)),
                 coalesce(c.value_b, date_diff('day', DATE '1970-01-01', c.date_value_b))])
           AS rv
  FROM latest l JOIN openc c ON c.fact_id = l.fact_id AND list_contains(c.claim_ids, l.claim_id)
),
votes AS (
  SELECT r.fact_id, r.rv, count(DISTINCT e.article) AS n, max(e.pos) AS lastpos,
         bool_or(EXISTS (SELECT 1 FROM reference ref  -- the value the official table states
                         WHERE e.metric = 'tariff_rate' AND ref.use_rate
                           AND ref.imposer = e.imposer AND ref.target = e.target
                           AND ref.product = e.product AND ref.measure = e.measure
                           AND abs(ref.rate_percent - r.rv) <= 0.01)) AS official
  FROM (SELECT DISTINCT fact_id, rv FROM rivals) r
  JOIN o e ON e.fact_id = r.fact_id AND abs(e.v - r.rv) <= e.h + 0.5 * e.h + 1e-9
  GROUP BY ALL
),
pick AS (  -- most independent articles wins; a tie goes to the official figure, then the latest
  SELECT fact_id,
         arg_max(lastpos, n * 1000000000000 + CAST(official AS INTEGER) * 1000000000 + lastpos)
           AS pos
  FROM votes GROUP BY fact_id
),
cur AS (
  SELECT o.* FROM o LEFT JOIN pick USING (fact_id)
  WHERE o.pos = coalesce(pick.pos, o.cnt)
),
brk AS (  -- the current run starts after the last earlier claim that disagrees
  SELECT c.fact_id, max(o.pos) AS bpos
  FROM cur c JOIN o ON o.fact_id = c.fact_id AND o.pos < c.pos
  WHERE NOT ({_agree('o', 'c')})
  GROUP BY c.fact_id
),
run AS (
  SELECT c.fact_id, min(o.seq_date) AS run_first,
         min(o.effective) AS run_eff,
         min(o.effective) FILTER (WHERE o.effective <= p.d) AS run_eff_past
  FROM cur c LEFT JOIN brk b ON b.fact_id = c.fact_id
  JOIN o ON o.fact_id = c.fact_id AND o.pos > coalesce(b.bpos, 0) AND {_agree('o', 'c')}, p
  GROUP BY c.fact_id
),
supp AS (
  SELECT c.fact_id, count(DISTINCT e.article) AS sources, max(e.seq_date) AS last_confirmed
  FROM cur c JOIN ev e ON e.fact_id = c.fact_id AND {_agree('e', 'c')}
  GROUP BY c.fact_id
),
pauses AS (  -- pauses of a measure for every partner, reported by d and not over at d
  SELECT f.imposer, f.measure, f.seq_date AS said, f.date_value AS until
  FROM fact_claims f, p
  WHERE NOT f.is_dup AND NOT f.is_prev AND f.metric = 'effective_date' AND f.pause_word
    AND coalesce(f.target, '') IN ('', '*') AND f.date_value IS NOT NULL
    AND (p.d IS NULL OR (f.seq_date <= p.d AND f.date_value > p.d))
),
st AS (
  SELECT c.*, p.d AS as_of_date,
         CASE WHEN c.metric = 'tariff_rate' AND c.status IN ('scheduled', 'in_effect')
                   AND coalesce(c.target, '*') <> '*' AND EXISTS (
                     SELECT 1 FROM pauses q WHERE q.imposer = c.imposer
                     AND q.measure = c.measure AND q.said > c.seq_date)
                THEN 'paused'  -- reported before a pause of that measure for every partner
              WHEN c.status = 'scheduled' AND {eff.format(t='c')} <= p.d THEN 'in_effect'
              ELSE c.status END AS cur_status
  FROM cur c, p
),
official AS (  -- the official start of the same rate (this target, else all partners)
  SELECT st.fact_id,
         coalesce(max(r.effective_date) FILTER (WHERE r.target = st.target),
                  max(r.effective_date)) AS off_date
  FROM st JOIN reference r
    ON r.imposer = st.imposer AND r.product = st.product AND r.measure = st.measure
   AND (r.target = st.target OR r.target = '*') AND st.metric = 'tariff_rate'
   AND abs(r.rate_percent - st.v) <= 0.01 AND r.effective_date <= st.as_of_date
  WHERE st.cur_status = 'in_effect'
  GROUP BY st.fact_id
),
mism AS (
  SELECT DISTINCT c.fact_id, unnest(c.claim_ids) AS claim_id FROM conflicts c
  WHERE c.kind = 'official_mismatch'
)
SELECT st.fact_id, st.metric, st.imposer, st.target, st.product, st.measure, st.unit,
       CASE WHEN st.date_value IS NULL THEN st.value END AS value, st.date_value,
       st.cur_status AS status, coalesce(st.cur_status = 'in_effect', false) AS in_effect,
       CASE WHEN st.cur_status = 'in_effect'
              THEN coalesce(official.off_date, run.run_eff_past, run.run_first)
            WHEN st.cur_status = 'scheduled' THEN coalesce(run.run_eff, run.run_first)
            ELSE run.run_first END AS since,
       coalesce(supp.sources, 0) AS sources, supp.last_confirmed,
       c2.fact_id IS NOT NULL AS conflict,
       mism.claim_id IS NOT NULL AS official_mismatch,
       st.article, st.source, st.quote, st.as_of_date AS as_of
FROM st
LEFT JOIN run USING (fact_id) LEFT JOIN supp USING (fact_id)
LEFT JOIN official USING (fact_id)
LEFT JOIN (SELECT fact_id, max(last_date) AS last_date FROM openc GROUP BY fact_id) c2
  ON c2.fact_id = st.fact_id
 AND (st.seq_date IS NULL OR c2.last_date >= st.seq_date - {WINDOW_DAYS})
LEFT JOIN mism ON mism.fact_id = st.fact_id AND mism.claim_id = st.claim_id
ORDER BY st.metric, st.imposer, st.target, st.product, st.measure
"""


# --------------------------------------------------------------------------- reference


REFERENCE_COLUMNS = [
    "imposer", "target", "product", "measure", "rate_percent", "effective_date", "end_date",
    "status", "announced_date", "action", "legal_authority", "tier", "use_rate", "use_date",
    "pause", "note", "source",
]


def reference_frame(path: Path | None = None) -> pd.DataFrame:
    """Our official reference table (empty, with its columns, when the file is missing)."""
    p = path or REFERENCE_CSV
    if not p.exists():
        df = pd.DataFrame({c: pd.Series(dtype="object") for c in REFERENCE_COLUMNS})
    else:
        df = pd.read_csv(p, dtype=str, keep_default_na=False)
    df = df.reindex(columns=REFERENCE_COLUMNS)
    out = pd.DataFrame({"ref_id": range(1, len(df) + 1)})
    for c in REFERENCE_COLUMNS:
        col = df[c].replace("", None)
        if c == "rate_percent":
            out[c] = pd.to_numeric(col, errors="coerce").astype("float64")
        elif c in ("effective_date", "end_date", "announced_date"):
            out[c] = pd.to_datetime(col, errors="coerce").dt.date.astype("object")
        elif c in ("use_rate", "use_date", "pause"):
            default = "false" if c == "pause" else "true"
            out[c] = col.fillna(default).str.lower().isin(["true", "1", "yes"])
        else:
            out[c] = col.astype("object")
    for c in ("imposer", "target"):
        out[c] = out[c].map(norm_country)
    out["product"] = out["product"].map(norm_product)
    out["measure"] = out["measure"].map(norm_measure)
    return out


# --------------------------------------------------------------------------- entry points


_CREATE = re.compile(r"^\s*CREATE OR REPLACE (TEMP )?TABLE (\w+) AS\b", re.S)


def _arrow(con: duckdb.DuckDBPyConnection, sql: str) -> Any:
    rel = con.sql(sql)
    for name in ("to_arrow_table", "fetch_arrow_table", "arrow"):
        fn = getattr(rel, name, None)
        if fn is not None:
            return fn()
    raise RuntimeError("duckdb cannot return Arrow tables")  # pragma: no cover


def rebuild(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create every reconciliation table from ``claims`` and ``articles``.

    Runs inside the caller's transaction (store.write_batch): it never begins or
    commits, and every statement replaces its object, so it is idempotent. The large
    intermediate results (a row per claim, the pairs) are kept as in-memory Arrow
    tables while the rebuild runs: reading data written in the same, still open,
    transaction is several times slower than reading Arrow.
    """
    registered: list[str] = []

    def stage(stmt: str, persist: bool = False) -> None:
        """Run `CREATE ... name AS select` as an Arrow table registered as `name`
        (with `persist`: as `_rc_<name>`, and store the table `name` from it)."""
        m = _CREATE.match(stmt)
        assert m is not None, stmt[:60]
        name = m.group(2)
        select = _sub(stmt[m.end():])
        alias = f"_rc_{name}" if persist else name
        con.register(alias, _arrow(con, select))
        registered.append(alias)
        if persist:
            con.execute(f"CREATE OR REPLACE TABLE {name} AS SELECT * FROM {alias}")

    def _sub(sql: str) -> str:  # later statements read the staged copy of fact_claims
        return re.sub(r"\bfact_claims\b", "_rc_fact_claims", sql) if \
            "_rc_fact_claims" in registered else sql

    def run(stmt: str) -> None:
        con.execute(_sub(stmt))

    setting = con.execute("SELECT current_setting('preserve_insertion_order')").fetchone()
    con.execute("SET preserve_insertion_order = false")
    frames = _alias_frames()
    frames["_rc_reference"] = reference_frame()
    try:
        for name, df in frames.items():
            con.register(name, df)
            registered.append(name)
        con.execute("CREATE OR REPLACE TABLE reference AS SELECT * FROM _rc_reference")
        *steps, final = _fact_claims_sql()
        for stmt in steps:
            stage(stmt)
        stage(final, persist=True)
        run(FACTS_SQL)
        stage(_pairs_sql())
        run(_grouped_sql("conflicts", CONFLICT_PAIRS, "conflict", _conflict_reason()))
        run(_grouped_sql("consistent", "SELECT * FROM _rc_pairs WHERE agree AND va <> vb",
                         "consistent", _consistent_reason()))
        run("ALTER TABLE consistent DROP COLUMN kind")
        run(_reference_sql())
        run(_mismatch_rows_sql())
        run(_updates_sql())
        _drop_if_type(con, "fact_timeline", "BASE TABLE")
        con.execute(TIMELINE_SQL)  # a view: reads the stored tables
        run("CREATE OR REPLACE TABLE current_values AS " + _current_sql().replace(
            "CAST($d AS DATE)", "CAST(NULL AS DATE)"))
        con.execute("DROP TABLE IF EXISTS _rc_mismatch")
    finally:
        for name in registered:
            con.unregister(name)
        if setting and str(setting[0]).lower() in ("true", "1"):
            con.execute("SET preserve_insertion_order = true")


def _drop_if_type(con: duckdb.DuckDBPyConnection, name: str, table_type: str) -> None:
    """Drop `name` when it exists as the other kind of object (table <-> view)."""
    row = con.execute("SELECT table_type FROM information_schema.tables WHERE table_name = ? "
                      "AND table_schema = 'main'", [name]).fetchone()
    if row and row[0] == table_type:
        con.execute(f"DROP {'VIEW' if table_type == 'VIEW' else 'TABLE'} {name}")


def has_tables(con: duckdb.DuckDBPyConnection) -> bool:
    row = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name IN "
        "('fact_claims', 'facts', 'current_values', 'conflicts', 'updates', 'fact_timeline')"
    ).fetchone()
    return bool(row and row[0] == 6)


def current(con: duckdb.DuckDBPyConnection, as_of: dt.date | str | None = None) -> pd.DataFrame:
    """Status-aware current value of every fact as of a date (default: latest evidence).

    Pure SELECT: works on read-only connections.
    """
    if isinstance(as_of, str):
        as_of = dt.date.fromisoformat(as_of)
    if not has_tables(con):
        return pd.DataFrame(columns=CURRENT_COLUMNS)
    return con.execute(_current_sql(), {"d": as_of}).df()


CURRENT_COLUMNS = [
    "fact_id", "metric", "imposer", "target", "product", "measure", "unit", "value",
    "date_value", "status", "in_effect", "since", "sources", "last_confirmed", "conflict",
    "official_mismatch", "article", "source", "quote", "as_of",
]
