"""Score extracted claims against a gold file, as SPEC.md "Scoring" defines it.

The scoring functions are pure (lists and dicts in, result objects out); `evaluate`
is the thin glue that reads articles, runs the extractor and hands the results over.

Claim scoring, per article (articles marked `duplicate_of` are left out):

* Gold claims are grouped into distinct triples `(kind, value, unit)` (exact values).
* Each extracted claim is placed in a gold triple of the same kind and unit whose value
  it agrees with: rates within 0.01 (absolute), amounts within 0.5 % of the gold value,
  dates, durations and any other kind exactly. When it agrees with several gold triples
  (e.g. gold $55.6bn and $55.7bn), the placement maximises the number of true positives
  (a maximum matching against the triples' required counts), nearest value first; a
  claim that cannot add a true positive goes to the nearest triple it agrees with.
* Extracted claims that agree with no gold triple are grouped among themselves by the
  same tolerance into extra triples; each extra triple is ONE false positive however
  often it is repeated.
* For a gold triple with r non-optional and o optional gold claims and e extracted
  claims: tp = min(r, e), misses = r - tp; extracted claims beyond r (matching the
  optional claims, or repeats) count neither way. An optional gold claim not found is
  not a miss. So a triple with only optional gold claims never counts either way.
* Inside a triple, extracted claims are paired with the non-optional gold claims first,
  by best agreement (the assignment with the most equal attributes overall), then the
  remaining ones with the optional gold claims. Attribute accuracy (metric, imposer,
  target, product, measure, status) is computed over the non-optional pairs whose gold
  value is not null.
* Precision = tp / (tp + fp), recall = tp / (tp + fn), summed over all articles; an empty
  denominator gives 1.0 (nothing claimed, nothing wrong / nothing to find); F1 is 0.0
  when precision + recall is 0.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from tracker.errors import TrackerError

#: The attributes whose accuracy is reported over matched pairs.
ATTRIBUTES = ("metric", "imposer", "target", "product", "measure", "status")

CLAIM_KINDS = ("rate", "amount", "date", "duration")
RATE_TOLERANCE = 0.01  # absolute, in percent points
AMOUNT_TOLERANCE = 0.005  # relative to the gold value
_EPS = 1e-9  # float slack, so 25 vs 25.01 agrees despite binary rounding

PEER_KINDS = ("money", "percent", "date")
PEER_REL_TOL = 1e-6
_PERCENT_UNITS = {"percent", "percentage_point", "basis_point"}
_NON_MONEY_UNITS = _PERCENT_UNITS | {"date", "daterange", "day"}

#: Largest side for which pairing inside a triple is solved exactly (bitmask DP);
#: beyond it a greedy pairing is used (never reached by real articles).
_EXACT_PAIRING_LIMIT = 10


# --------------------------------------------------------------------------- results


@dataclass
class AttributeScore:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "accuracy": self.accuracy}


@dataclass
class EvalResult:
    """Claim scores (plus, from `evaluate`, the date-line scores and reading problems)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    attributes: dict[str, AttributeScore] = field(
        default_factory=lambda: {a: AttributeScore() for a in ATTRIBUTES}
    )
    #: gold claims not found: article, kind, value, unit, metric, quote
    misses: list[dict[str, Any]] = field(default_factory=list)
    #: extracted triples absent from gold: article, kind, value, unit, quote, count
    extras: list[dict[str, Any]] = field(default_factory=list)
    #: matched pairs whose attribute differs: article, kind, value, unit, attribute, gold,
    #: found, quote
    mismatches: list[dict[str, Any]] = field(default_factory=list)
    #: per article: tp, fp, fn, gold (non-optional), optional, optional_found, extracted
    articles: dict[str, dict[str, int]] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)  # duplicate articles left out
    optional_total: int = 0
    optional_found: int = 0
    datelines: dict[str, Any] | None = None
    #: the publication date settled from the text alone, against the gold (score_inferred_dates)
    inferred_dates: dict[str, Any] | None = None
    problems: list[str] = field(default_factory=list)  # reading problems (from evaluate)
    not_read: list[str] = field(default_factory=list)  # gold articles not among the inputs
    not_in_gold: list[str] = field(default_factory=list)  # inputs the gold does not cover

    @property
    def errors_by_class(self) -> dict[str, dict[str, Any]]:
        """The misses, extras and attribute mismatches by error class (classify_errors)."""
        return classify_errors(self.misses, self.extras, self.mismatches)

    @property
    def precision(self) -> float:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "attributes": {a: s.to_dict() for a, s in self.attributes.items()},
            "optional": {"total": self.optional_total, "found": self.optional_found},
            "datelines": self.datelines,
            "inferred_dates": self.inferred_dates,
            "articles": self.articles,
            "skipped": self.skipped,
            "not_read": self.not_read,
            "not_in_gold": self.not_in_gold,
            "problems": self.problems,
            "misses": self.misses,
            "extras": self.extras,
            "mismatches": self.mismatches,
            "errors_by_class": self.errors_by_class,
        }


@dataclass
class PeerResult:
    """Pass rate of one quantity finder on one peer file (see shared/peer/README.md)."""

    kind: str
    path: str
    passed: int = 0
    total: int = 0
    positive_passed: int = 0
    positive_total: int = 0
    negative_passed: int = 0
    negative_total: int = 0
    skipped: int = 0  # cases outside the kind (date: daterange cases)
    #: cases with two readings (dates_ambiguous.jsonl: expected_past, expected_future),
    #: each read once preferring the past and once the future; such a case passes when
    #: both readings come out right
    two_readings: int = 0
    past_passed: int = 0
    future_passed: int = 0
    #: failing cases: text, expected [[value, unit]...], found [[value, unit]...], error
    #: (and the reading, "past" or "future", for a case with two)
    failures: list[dict[str, Any]] = field(default_factory=list)

    @property
    def score(self) -> float:
        return ratio(self.passed, self.total)

    @property
    def positive_accuracy(self) -> float:
        return ratio(self.positive_passed, self.positive_total)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["score"] = self.score
        d["positive_accuracy"] = self.positive_accuracy
        return d


def ratio(num: int, den: int) -> float:
    """num / den, and 1.0 where there is nothing to count (no gold: nothing missed)."""
    return num / den if den else 1.0


# --------------------------------------------------------------------------- gold


def load_gold(path: str | Path) -> tuple[dict[str, dict], list[dict]]:
    """Read a gold file: (article records by id, claim records in file order).

    Blank lines are skipped. Any malformed line raises
    `TrackerError("gold.jsonl:12: <what is wrong>")`. Claim records get `optional`
    defaulted to False.
    """
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise TrackerError(f"{p}: cannot read gold file: {e.strerror or e}") from e
    articles: dict[str, dict] = {}
    claims: list[dict] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{p.name}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            raise TrackerError(f"{where}: not valid JSON ({e.msg})") from e
        if not isinstance(rec, dict):
            raise TrackerError(f"{where}: expected a JSON object")
        typ = rec.get("type")
        if typ == "article":
            aid = rec.get("article")
            if not isinstance(aid, str) or not aid:
                raise TrackerError(f"{where}: article record without an 'article' id")
            if aid in articles:
                raise TrackerError(f"{where}: article {aid!r} listed twice")
            pub = rec.get("published")
            if pub is not None:
                _parse_date(pub, where, "published")
            articles[aid] = rec
        elif typ == "claim":
            claims.append(_check_claim(rec, where))
        else:
            raise TrackerError(f"{where}: 'type' must be 'article' or 'claim', got {typ!r}")
    return articles, claims


def _check_claim(rec: dict, where: str) -> dict:
    for key in ("article", "kind", "value", "unit"):
        if rec.get(key) in (None, ""):
            raise TrackerError(f"{where}: claim without {key!r}")
    kind = rec["kind"]
    if kind not in CLAIM_KINDS:
        raise TrackerError(f"{where}: unknown kind {kind!r}")
    value = rec["value"]
    if kind == "date":
        _parse_date(value, where, "value")
    elif isinstance(value, bool) or not isinstance(value, int | float):
        raise TrackerError(f"{where}: {kind} value must be a number, got {value!r}")
    optional = rec.get("optional", False)
    if not isinstance(optional, bool):
        raise TrackerError(f"{where}: 'optional' must be true or false")
    return {**rec, "optional": optional}


def _parse_date(value: Any, where: str, what: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError) as e:
        raise TrackerError(f"{where}: {what} must be a YYYY-MM-DD date, got {value!r}") from e


# --------------------------------------------------------------------------- values


def _norm_value(kind: str, value: Any) -> float | str:
    """Dates as 'YYYY-MM-DD' strings, everything else as float where it can be."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if kind == "date":
        return str(value)
    if isinstance(value, bool):
        return str(value)
    try:
        return float(value)
    except (TypeError, ValueError):
        return str(value)


def _distance(kind: str, gold: float | str, found: float | str) -> float | None:
    """How far `found` is from `gold`, or None when they do not agree."""
    if isinstance(gold, str) or isinstance(found, str):
        return 0.0 if gold == found else None
    diff = abs(found - gold)
    if kind == "rate":
        return diff if diff <= RATE_TOLERANCE + _EPS else None
    if kind == "amount":
        if diff <= AMOUNT_TOLERANCE * abs(gold) + _EPS:
            return diff / abs(gold) if gold else 0.0
        return None
    return 0.0 if diff <= _EPS else None


def _agreement(gold: dict, found: dict) -> int:
    return sum(gold.get(a) == found.get(a) for a in ATTRIBUTES)


def _best_pairs(golds: Sequence[dict], founds: Sequence[dict]) -> list[tuple[int, int]]:
    """Pair min(len) gold and found claims so the number of equal attributes is largest.

    Returns (gold index, found index) pairs. Deterministic: among equally good
    assignments the one found first (lowest indices) wins.
    """
    n, m = len(golds), len(founds)
    if not n or not m:
        return []
    score = [[_agreement(g, f) for f in founds] for g in golds]
    swap = n > m  # make the rows the smaller side
    if swap:
        score = [list(col) for col in zip(*score, strict=True)]
        n, m = m, n
    if n <= _EXACT_PAIRING_LIMIT:
        pairs = _exact_assignment(score, n, m)
    else:
        cells = sorted((-score[i][j], i, j) for i in range(n) for j in range(m))
        used_i: set[int] = set()
        used_j: set[int] = set()
        pairs = []
        for _, i, j in cells:
            if i not in used_i and j not in used_j:
                used_i.add(i)
                used_j.add(j)
                pairs.append((i, j))
    pairs = [(j, i) for i, j in pairs] if swap else pairs
    return sorted(pairs)


def _exact_assignment(score: list[list[int]], n: int, m: int) -> list[tuple[int, int]]:
    """Maximum-weight assignment of all n rows to distinct columns (n <= m), by DP over
    the columns with a bitmask of the rows already used."""
    full = (1 << n) - 1
    memo: dict[tuple[int, int], tuple[int, tuple[tuple[int, int], ...]] | None] = {}

    def best(j: int, mask: int) -> tuple[int, tuple[tuple[int, int], ...]] | None:
        if mask == full:
            return 0, ()
        if m - j < n - bin(mask).count("1"):
            return None
        key = (j, mask)
        if key in memo:
            return memo[key]
        result = None
        for i in range(n):
            if mask & (1 << i):
                continue
            rest = best(j + 1, mask | (1 << i))
            if rest is not None and (result is None or score[i][j] + rest[0] > result[0]):
                result = (score[i][j] + rest[0], ((i, j),) + rest[1])
        rest = best(j + 1, mask)  # column j left unpaired
        if rest is not None and (result is None or rest[0] > result[0]):
            result = rest
        memo[key] = result
        return result

    found = best(0, 0)
    return list(found[1]) if found else []


# --------------------------------------------------------------------------- claims


@dataclass
class _Triple:
    kind: str
    value: float | str
    unit: str
    required: list[dict] = field(default_factory=list)
    optional: list[dict] = field(default_factory=list)
    found: list[int] = field(default_factory=list)  # indexes into the article's extracted


def score_claims(
    gold_claims: list[dict],
    extracted: list[dict],
    skip_articles: Iterable[str] = frozenset(),
    articles: Iterable[str] | None = None,
) -> EvalResult:
    """Score extracted claim records (SPEC dicts) against gold claim records.

    `skip_articles`: ids left out (the duplicates). `articles`: the ids to score; by
    default every id that occurs in the gold claims or in the extracted claims. See the
    module docstring for the matching rules.
    """
    skip = set(skip_articles)
    gold_by: dict[str, list[dict]] = {}
    for g in gold_claims:
        gold_by.setdefault(g["article"], []).append(g)
    ext_by: dict[str, list[dict]] = {}
    for x in extracted:
        ext_by.setdefault(x["article"], []).append(x)
    ids = set(articles) if articles is not None else set(gold_by) | set(ext_by)

    result = EvalResult()
    result.skipped = sorted(ids & skip)
    for aid in sorted(ids - skip):
        _score_article(aid, gold_by.get(aid, []), ext_by.get(aid, []), result)
    return result


def _score_article(aid: str, golds: list[dict], founds: list[dict], result: EvalResult) -> None:
    triples: dict[tuple[str, float | str, str], _Triple] = {}
    for g in golds:
        key = (g["kind"], _norm_value(g["kind"], g["value"]), g["unit"])
        t = triples.setdefault(key, _Triple(*key))
        (t.optional if g.get("optional") else t.required).append(g)
    tlist = list(triples.values())
    fvalues = [_norm_value(f["kind"], f["value"]) for f in founds]

    # candidate gold triples of each extracted claim, nearest first
    cands: list[list[int]] = []
    for f, v in zip(founds, fvalues, strict=True):
        near = []
        for j, t in enumerate(tlist):
            if t.kind == f["kind"] and t.unit == f["unit"]:
                d = _distance(t.kind, t.value, v)
                if d is not None:
                    near.append((d, j))
        cands.append([j for _, j in sorted(near)])

    # maximum matching of extracted claims to the triples' required slots
    slots: list[list[int]] = [[] for _ in tlist]

    def place(i: int, seen: set[int]) -> bool:
        for j in cands[i]:
            if j in seen:
                continue
            seen.add(j)
            if len(slots[j]) < len(tlist[j].required):
                slots[j].append(i)
                return True
            for k in list(slots[j]):
                if place(k, seen):
                    slots[j].remove(k)
                    slots[j].append(i)
                    return True
        return False

    order = sorted(
        (i for i in range(len(founds)) if cands[i]),
        key=lambda i: (_distance_to(tlist[cands[i][0]], fvalues[i]), i),
    )
    placed: set[int] = set()
    for i in order:
        if place(i, set()):
            placed.add(i)
    for j, s in enumerate(slots):
        tlist[j].found.extend(s)
    unplaced = [i for i in order if i not in placed]
    for i in unplaced:  # cannot add a true positive: goes to its nearest triple
        tlist[cands[i][0]].found.append(i)

    counts = {"tp": 0, "fp": 0, "fn": 0, "gold": 0, "optional": 0, "optional_found": 0,
              "extracted": len(founds)}
    for t in tlist:
        fl = sorted(t.found)
        fclaims = [founds[i] for i in fl]
        pairs = _best_pairs(t.required, fclaims)
        paired_found = {fi for _, fi in pairs}
        rest = [c for k, c in enumerate(fclaims) if k not in paired_found]
        opt_pairs = _best_pairs(t.optional, rest)
        counts["gold"] += len(t.required)
        counts["optional"] += len(t.optional)
        counts["tp"] += len(pairs)
        counts["fn"] += len(t.required) - len(pairs)
        counts["optional_found"] += len(opt_pairs)
        paired_gold = {gi for gi, _ in pairs}
        for gi, g in enumerate(t.required):
            if gi not in paired_gold:
                result.misses.append(_brief(aid, g, t.value, metric=g.get("metric")))
        for gi, fi in pairs:
            g, f = t.required[gi], fclaims[fi]
            for a in ATTRIBUTES:
                if g.get(a) is None:
                    continue
                s = result.attributes[a]
                s.total += 1
                if g.get(a) == f.get(a):
                    s.correct += 1
                else:
                    result.mismatches.append({
                        **_brief(aid, f, t.value), "attribute": a,
                        "gold": g.get(a), "found": f.get(a),
                    })

    # extracted claims that agree with no gold triple: one false positive per group
    strays = [i for i in range(len(founds)) if not cands[i]]
    for group in _group_extras(founds, fvalues, strays):
        first = founds[group[0]]
        counts["fp"] += 1
        anchor = min(group, key=lambda i: _sort_key(fvalues[i]))
        result.extras.append({**_brief(aid, first, fvalues[anchor]), "count": len(group)})

    result.tp += counts["tp"]
    result.fp += counts["fp"]
    result.fn += counts["fn"]
    result.optional_total += counts["optional"]
    result.optional_found += counts["optional_found"]
    result.articles[aid] = counts


def _distance_to(t: _Triple, v: float | str) -> float:
    d = _distance(t.kind, t.value, v)
    return d if d is not None else math.inf


def _sort_key(v: float | str) -> tuple[int, float | str]:
    return (1, v) if isinstance(v, str) else (0, v)


def _group_extras(founds: list[dict], values: list[float | str], idx: list[int]) -> list[list[int]]:
    """Group extracted claims by (kind, unit) and by tolerance around the smallest value
    of each group; groups come back in the order of their first claim in the article."""
    by_ku: dict[tuple[str, str], list[int]] = {}
    for i in idx:
        by_ku.setdefault((founds[i]["kind"], founds[i]["unit"]), []).append(i)
    groups: list[list[int]] = []
    for (kind, _), members in by_ku.items():
        members = sorted(members, key=lambda i: (_sort_key(values[i]), i))
        current: list[int] = []
        for i in members:
            if current and _distance(kind, values[current[0]], values[i]) is not None:
                current.append(i)
            else:
                if current:
                    groups.append(current)
                current = [i]
        if current:
            groups.append(current)
    return sorted((sorted(g) for g in groups), key=lambda g: g[0])


def _brief(aid: str, claim: dict, value: float | str, **extra: Any) -> dict[str, Any]:
    v: Any = value
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return {"article": aid, "kind": claim.get("kind"), "value": v, "unit": claim.get("unit"),
            **extra, "quote": claim.get("quote", "")}


# --------------------------------------------------------------------------- error classes

#: error classes in report order: a matched pair's differing attribute, a figure found at
#: the gold quote but read as another value / unit / kind, then plain misses and extras
ERROR_CLASSES = (*(f"wrong {a}" for a in ATTRIBUTES), "wrong value", "wrong unit",
                 "wrong kind", "missed claim", "extra claim")


def classify_errors(misses: Sequence[dict[str, Any]], extras: Sequence[dict[str, Any]],
                    mismatches: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Group the errors of a scoring by class, each with its count and its cases.

    A case is {article, kind, value, unit, quote, gold, found}. Mismatches of a matched
    pair go to "wrong <attribute>" (one case per differing attribute). A miss and an extra
    of the same article whose quotes overlap are one figure read wrongly: "wrong kind",
    "wrong unit" or "wrong value" (gold and found are the two values), each miss and
    extra paired at most once, in order. The rest are "missed claim" (gold: the metric)
    and "extra claim" (found: the value, with its repeat count). Classes without cases
    are left out; the others come in ERROR_CLASSES order.
    """
    out: dict[str, list[dict[str, Any]]] = {c: [] for c in ERROR_CLASSES}
    for mm in mismatches:
        out[f"wrong {mm['attribute']}"].append(_case(mm, mm.get("gold"), mm.get("found")))
    used: set[int] = set()
    for m in misses:
        j = next((j for j, x in enumerate(extras) if j not in used
                  and x["article"] == m["article"] and _quotes_overlap(m, x)), None)
        if j is None:
            out["missed claim"].append(_case(m, m.get("metric"), None))
            continue
        used.add(j)
        x = extras[j]
        if x["kind"] != m["kind"]:
            cls, gold, found = "wrong kind", m["kind"], x["kind"]
        elif x["unit"] != m["unit"]:
            cls, gold, found = "wrong unit", m["unit"], x["unit"]
        else:
            cls, gold, found = "wrong value", m["value"], x["value"]
        out[cls].append({**_case(m, gold, found), "found_quote": x.get("quote", "")})
    for j, x in enumerate(extras):
        if j not in used:
            out["extra claim"].append({**_case(x, None, x["value"]), "count": x.get("count", 1)})
    return {c: {"count": len(cases), "cases": cases} for c, cases in out.items() if cases}


def _case(rec: dict[str, Any], gold: Any, found: Any) -> dict[str, Any]:
    return {"article": rec["article"], "kind": rec.get("kind"), "value": rec.get("value"),
            "unit": rec.get("unit"), "quote": rec.get("quote", ""), "gold": gold,
            "found": found}


def _quotes_overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two quotes name the same span: one holds the other (case and spacing aside)."""
    qa = " ".join(str(a.get("quote") or "").lower().split())
    qb = " ".join(str(b.get("quote") or "").lower().split())
    return bool(qa and qb) and (qa in qb or qb in qa)


# --------------------------------------------------------------------------- date lines


def score_datelines(
    gold_articles: dict[str, dict],
    detected: dict[str, tuple[dt.date | None, dt.date | None]],
) -> dict[str, Any]:
    """Score the dates the tracker read from the texts' own date lines.

    `detected[id] = (dateline, own)`: `dateline` is the date the tracker read from the
    text's own date line (None: it found no date line); `own` is the publication date it
    settled on its own, by any method, before the gold date was handed to it (may be None).
    Only ids present in both `gold_articles` and `detected` are looked at.

    Date-line outcomes, against the gold `published`:
      * correct  - a date line was found and its date equals gold published;
      * wrong    - a date line was found, gold has a different date;
      * spurious - a date line was found, gold published is null (nothing to find);
      * missed   - no date line was found though the gold article record says the text
                   has one (an optional gold field `dateline`, "YYYY-MM-DD"); the SPEC's
                   gold has no such field, so without it misses cannot be told apart
                   from texts without a date line and are not counted;
      * no date line and none found: correct, but not counted.
    `accuracy` = correct / (correct + wrong + spurious + missed), None when nothing counted.

    `own` scores the tracker's own publication date over the articles whose gold has a
    published date: correct (equal), wrong (different date), none (no date settled).
    `cases` lists the counted articles that are not correct (id, outcome, gold, found).
    """
    counts = {"correct": 0, "wrong": 0, "missed": 0, "spurious": 0}
    own = {"correct": 0, "wrong": 0, "none": 0, "total": 0}
    cases: list[dict[str, Any]] = []
    for aid in sorted(set(gold_articles) & set(detected)):
        rec = gold_articles[aid]
        gold = _as_date(rec.get("published"))
        line, mine = (tuple(detected[aid]) + (None, None))[:2]
        line, mine = _as_date(line), _as_date(mine)
        if line is not None:
            if gold is None:
                outcome = "spurious"
            else:
                outcome = "correct" if line == gold else "wrong"
        elif rec.get("dateline") and gold is not None:
            outcome = "missed"
        else:
            outcome = None
        if outcome:
            counts[outcome] += 1
            if outcome != "correct":
                cases.append({"article": aid, "outcome": outcome, "gold": _iso(gold),
                              "found": _iso(line)})
        if gold is not None:
            own["total"] += 1
            if mine is None:
                own["none"] += 1
            elif mine == gold:
                own["correct"] += 1
            else:
                own["wrong"] += 1
    counted = sum(counts.values())
    return {
        **counts,
        "counted": counted,
        "accuracy": counts["correct"] / counted if counted else None,
        "own": {**own, "accuracy": own["correct"] / own["total"] if own["total"] else None},
        "cases": cases,
    }


def _as_date(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


#: day windows reported for inferred dates (besides exact)
DATE_WINDOWS = (1, 3, 7)


def score_inferred_dates(
    gold_articles: dict[str, dict],
    settled: dict[str, tuple[dt.date | None, str | None]],
) -> dict[str, Any]:
    """Score the publication dates the tracker settles from the text alone.

    `settled[id] = (date, method)`: the date the reader settles for the article's text
    with any given date withheld (method "dateline" or "inferred"; None: no date). Only
    ids present in both and whose gold has a `published` date are counted.
    Returns exact / within_N days (cumulative, N in DATE_WINDOWS) / none counts over
    `total`, the same per method, and the cases that are not exact (id, method, gold,
    found, days off).
    """
    def blank() -> dict[str, int]:
        return {"total": 0, "exact": 0, **{f"within_{n}": 0 for n in DATE_WINDOWS},
                "none": 0}

    overall = blank()
    by_method: dict[str, dict[str, int]] = {}
    cases: list[dict[str, Any]] = []
    for aid in sorted(set(gold_articles) & set(settled)):
        gold = _as_date(gold_articles[aid].get("published"))
        if gold is None:
            continue
        found, method = settled[aid]
        found = _as_date(found)
        tallies = [overall]
        if found is not None:
            tallies.append(by_method.setdefault(method or "?", blank()))
        off = None if found is None else (found - gold).days
        for t in tallies:
            t["total"] += 1
            if off is None:
                t["none"] += 1
                continue
            t["exact"] += off == 0
            for n in DATE_WINDOWS:
                t[f"within_{n}"] += abs(off) <= n
        if off != 0:
            cases.append({"article": aid, "method": method if found else None,
                          "gold": _iso(gold), "found": _iso(found), "days_off": off})
    return {**overall, "by_method": dict(sorted(by_method.items())), "cases": cases}


# --------------------------------------------------------------------------- peer data


def score_peer(path: str | Path, kind: str) -> PeerResult:
    """Pass rate of the quantity finder for `kind` on a peer file (shared/peer/).

    A case passes when the set of (value, unit) found, restricted to the kind, equals the
    expected set: values compared with relative tolerance 1e-6, duplicates collapsed;
    a negative case (expected []) passes when nothing is found.
    kind "money" uses `find_money`, "percent" `find_percents` (all cases of the file);
    "date" uses `find_dates(text, reference)` with the case's `reference_date`, on the
    cases whose expected values all have unit "date" plus the negative cases (daterange
    cases are counted in `skipped`). Positive and negative cases are reported apart.
    A date case with `expected_past` and `expected_future` instead of `expected`
    (dates_ambiguous.jsonl: "Thursday", "Oct/2") is read twice, with prefer="past" and
    prefer="future", and passes when both readings are right.
    """
    if kind not in PEER_KINDS:
        raise TrackerError(f"unknown peer kind {kind!r}: use one of {', '.join(PEER_KINDS)}")
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise TrackerError(f"{p}: cannot read peer file: {e.strerror or e}") from e
    finder = _peer_finder(kind)
    res = PeerResult(kind=kind, path=str(p))
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
            text = case["text"]
            if kind == "date" and "expected" not in case and "expected_past" in case:
                readings = {"past": case["expected_past"], "future": case["expected_future"]}
            else:
                readings = {"auto": case["expected"]}
            ref = _as_date(case.get("reference_date"))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as e:
            raise TrackerError(f"{p.name}:{n}: malformed peer case ({e})") from e
        if kind == "date" and any(e.get("unit") != "date" for r in readings.values() for e in r):
            res.skipped += 1
            continue
        oks = {}
        for prefer, expected_raw in readings.items():
            expected = _collapse([(_peer_value(e["value"]), e["unit"]) for e in expected_raw])
            error = None
            try:
                found = _collapse(
                    [q for q in finder(text, ref, prefer) if _in_kind(kind, q[1])])
            except Exception as e:  # noqa: BLE001 - a crash is a failing case, reported as such
                found, error = [], f"{type(e).__name__}: {e}"
            oks[prefer] = ok = error is None and _same_set(expected, found)
            if not ok:
                fail = {"line": n, "text": text, "expected": [list(x) for x in expected],
                        "found": [list(x) for x in found]}
                if prefer != "auto":
                    fail["reading"] = prefer
                if error:
                    fail["error"] = error
                res.failures.append(fail)
        ok = all(oks.values())
        if "past" in oks:
            res.two_readings += 1
            res.past_passed += oks["past"]
            res.future_passed += oks["future"]
        res.total += 1
        res.passed += ok
        if any(readings.values()):
            res.positive_total += 1
            res.positive_passed += ok
        else:
            res.negative_total += 1
            res.negative_passed += ok
    return res


def _peer_finder(kind: str) -> Callable[[str, dt.date | None, str], list[tuple[Any, str]]]:
    """The finder for a kind, as text, reference, prefer -> [(value, unit)]; imported
    lazily. `prefer` ("auto", "past", "future") matters to dates only."""
    if kind == "money":
        from tracker.extract.quantities import find_money

        return lambda text, ref, prefer: [(_peer_value(q.value), q.unit)
                                          for q in find_money(text)]
    if kind == "percent":
        from tracker.extract.quantities import find_percents

        return lambda text, ref, prefer: [(_peer_value(q.value), q.unit)
                                          for q in find_percents(text)]
    from tracker.extract.dates import find_dates

    def dates(text: str, ref: dt.date | None, prefer: str) -> list[tuple[Any, str]]:
        found = find_dates(text, reference=ref) if prefer == "auto" else \
            find_dates(text, reference=ref, prefer=prefer)
        return [(_peer_value(q.value), getattr(q, "unit", None) or "date") for q in found]

    return dates


def _in_kind(kind: str, unit: str) -> bool:
    if kind == "money":
        return unit not in _NON_MONEY_UNITS
    if kind == "percent":
        return unit in _PERCENT_UNITS
    return unit == "date"


def _peer_value(value: Any) -> float | str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return str(value)


def _close(a: float | str, b: float | str) -> bool:
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    return math.isclose(a, b, rel_tol=PEER_REL_TOL, abs_tol=1e-12)


def _collapse(items: list[tuple[Any, str]]) -> list[tuple[Any, str]]:
    out: list[tuple[Any, str]] = []
    for v, u in items:
        if not any(u == u2 and _close(v, v2) for v2, u2 in out):
            out.append((int(v) if isinstance(v, float) and v.is_integer() else v, u))
    return sorted(out, key=lambda x: (x[1], _sort_key(x[0])))


def _same_set(a: list[tuple[Any, str]], b: list[tuple[Any, str]]) -> bool:
    def covered(xs, ys):
        return all(any(u == u2 and _close(v, v2) for v2, u2 in ys) for v, u in xs)

    return len(a) == len(b) and covered(a, b) and covered(b, a)


# --------------------------------------------------------------------------- report


def format_report(result: EvalResult | PeerResult | Sequence[Any], fmt: str = "text") -> str:
    """Render an EvalResult or PeerResult (or a list of them) as "text" or "json"."""
    if fmt not in ("text", "json"):
        raise TrackerError(f"unknown report format {fmt!r}: use text or json")
    if isinstance(result, EvalResult | PeerResult):
        if fmt == "json":
            return json.dumps(result.to_dict(), indent=2, ensure_ascii=False, default=str)
        return _eval_text(result) if isinstance(result, EvalResult) else _peer_text(result)
    items = list(result)
    if fmt == "json":
        return json.dumps([r.to_dict() for r in items], indent=2, ensure_ascii=False, default=str)
    return "\n\n".join(format_report(r, "text") for r in items)


def _fmt_value(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, int) and abs(v) >= 10_000:
        return f"{v:,}"
    return str(v)


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def _eval_text(r: EvalResult) -> str:
    out = [
        f"claims: P {r.precision:.3f}  R {r.recall:.3f}  F1 {r.f1:.3f}  "
        f"(tp {r.tp}, fp {r.fp}, fn {r.fn}; {len(r.articles)} articles"
        + (f", {len(r.skipped)} duplicate(s) skipped" if r.skipped else "")
        + f"; optional found {r.optional_found}/{r.optional_total})",
        "",
        f"{'attribute':<10} {'correct':>7} {'total':>6} {'accuracy':>8}",
    ]
    for a, s in r.attributes.items():
        out.append(f"{a:<10} {s.correct:>7} {s.total:>6} {_pct(s.accuracy):>8}")
    out.append("")
    d = r.datelines
    if d is None:
        out.append("date line: not scored")
    else:
        out.append(
            f"date line: {d['correct']} correct, {d['wrong']} wrong, {d['missed']} missed, "
            f"{d['spurious']} spurious (accuracy {_pct(d['accuracy'])}); own date: "
            f"{d['own']['correct']}/{d['own']['total']} correct, {d['own']['wrong']} wrong, "
            f"{d['own']['none']} none"
        )
        for c in d["cases"]:
            out.append(f"  {c['outcome']:<8} {c['article']}: gold {c['gold']}, found {c['found']}")
    out += _inferred_text(r.inferred_dates)
    for label, items in (("not read", r.not_read), ("not in gold", r.not_in_gold),
                         ("reading problems", r.problems)):
        if items:
            out.append(f"{label}: " + "; ".join(map(str, items)))

    by_article: dict[str, list[str]] = {}
    for m in r.misses:
        by_article.setdefault(m["article"], []).append(
            f"  miss   {m['kind']:<8} {_fmt_value(m['value'])} {m['unit']}"
            f" [{m.get('metric')}]  \"{m['quote']}\""
        )
    for x in r.extras:
        times = f" x{x['count']}" if x.get("count", 1) > 1 else ""
        by_article.setdefault(x["article"], []).append(
            f"  extra  {x['kind']:<8} {_fmt_value(x['value'])} {x['unit']}{times}"
            f"  \"{x['quote']}\""
        )
    for mm in r.mismatches:
        by_article.setdefault(mm["article"], []).append(
            f"  attr   {mm['kind']:<8} {_fmt_value(mm['value'])} {mm['unit']} "
            f"{mm['attribute']}: gold {mm['gold']}, found {mm['found']}  \"{mm['quote']}\""
        )
    if by_article:
        out += ["", "misses and extras by article:"]
        for aid in sorted(by_article):
            c = r.articles.get(aid, {})
            out.append(f"{aid}  (tp {c.get('tp', 0)}, fp {c.get('fp', 0)}, fn {c.get('fn', 0)})")
            out += by_article[aid]
    out += _errors_text(r.errors_by_class)
    return "\n".join(out)


def _inferred_text(d: dict[str, Any] | None) -> list[str]:
    """The inferred-dates block of the text report (nothing when not scored)."""
    if not d or not d.get("total"):
        return []

    def tally(t: dict[str, int]) -> str:
        windows = ", ".join(f"{t[f'within_{n}']} within {n}d" for n in DATE_WINDOWS)
        return f"{t['exact']} exact, {windows}"

    out = [f"publication date from the text alone (given date withheld, {d['total']} dated "
           f"articles): {tally(d)}, {d['none']} none"]
    for method, t in d["by_method"].items():
        out.append(f"  by {method}: {t['total']} articles, {tally(t)}")
    for c in d["cases"]:
        off = "" if c["days_off"] is None else f" ({c['days_off']:+d} days)"
        out.append(f"  {c['method'] or 'none':<8} {c['article']}: gold {c['gold']}, "
                   f"found {c['found']}{off}")
    return out


def _errors_text(classes: dict[str, dict[str, Any]]) -> list[str]:
    """The errors-by-class block of the text report: each class, its count, its cases."""
    if not classes:
        return []
    out = ["", "errors by class:"]
    for cls, group in classes.items():
        out.append(f"{cls} ({group['count']})")
        for c in group["cases"]:
            what = f"{c['article']}  {c['kind']} {_fmt_value(c['value'])} {c['unit']}"
            times = f" x{c['count']}" if c.get("count", 1) > 1 else ""
            if cls == "extra claim":
                detail = f"found{times}"
            elif cls == "missed claim":
                detail = f"gold [{c['gold']}], not found"
            else:
                detail = f"gold {_fmt_value(c['gold'])}, found {_fmt_value(c['found'])}"
            quote = f"  \"{c['quote']}\""
            if c.get("found_quote") and c["found_quote"] != c["quote"]:
                quote += f" / found \"{c['found_quote']}\""
            out.append(f"  {what}: {detail}{quote}")
    return out


def _peer_text(r: PeerResult) -> str:
    head = (f"peer {r.kind}: {r.passed}/{r.total} passed ({r.score:.3f}); positives "
            f"{r.positive_passed}/{r.positive_total} ({r.positive_accuracy:.3f}), negatives "
            f"{r.negative_passed}/{r.negative_total}")
    if r.two_readings:
        head += (f"; of the {r.two_readings} cases with a past and a future reading, past "
                 f"{r.past_passed} right, future {r.future_passed} right")
    if r.skipped:
        head += f"; {r.skipped} cases outside the kind skipped"
    out = [head]
    for f in r.failures:
        reading = f" ({f['reading']} reading)" if f.get("reading") else ""
        out.append(f"  line {f['line']}{reading}: {f['text']!r}")
        out.append(f"    expected {f['expected']}  found {f['found']}"
                   + (f"  ({f['error']})" if f.get("error") else ""))
    return "\n".join(out)


# --------------------------------------------------------------------------- glue


def evaluate(gold_path: str | Path, paths: Sequence[str | Path],
             ids: str | None = None) -> EvalResult:
    """Read the articles at `paths`, extract claims and score them against the gold.

    `ids`, when given, keeps only the articles (read and gold alike) whose id starts with
    it, so that groups of one set (the dev set's `va`, `vb`) are scored apart.

    The gold `published` date, where there is one, is handed to the extractor as the
    article's known date; the date the tracker found on its own (date line and settled
    date) is scored separately by `score_datelines`, and the date settled from the text
    alone (date line, else inferred; the given date withheld) by `score_inferred_dates`.
    Only articles both read and in the
    gold are scored; the others are listed in `not_read` / `not_in_gold`.
    """
    from tracker.extract.engine import extract_article
    from tracker.models import Article
    from tracker.read import prepare, read_paths, without_inferred_date

    gold_articles, gold_claims = load_gold(gold_path)
    articles, problems = read_paths(list(paths))
    if ids is not None:
        gold_articles = {aid: rec for aid, rec in gold_articles.items() if aid.startswith(ids)}
        gold_claims = [c for c in gold_claims if c["article"].startswith(ids)]
        articles = [a for a in articles if a.id.startswith(ids)]
    gold_ids = set(gold_articles) | {c["article"] for c in gold_claims}
    skip = {aid for aid, rec in gold_articles.items() if rec.get("duplicate_of")}

    detected: dict[str, tuple[dt.date | None, dt.date | None]] = {}
    settled: dict[str, tuple[dt.date | None, str | None]] = {}
    extracted: list[dict] = []
    for art in articles:
        detected[art.id] = (art.dateline, art.published)
        if gold_articles.get(art.id, {}).get("published"):
            alone = prepare(Article(id=art.id, text=art.text, fmt=art.fmt))
            settled[art.id] = (alone.published, alone.date_method)
        pub = gold_articles.get(art.id, {}).get("published")
        if pub:
            art.published = dt.date.fromisoformat(pub)
            art.date_method = "given"
            art.date_confidence = 1.0
        if art.id in gold_ids and art.id not in skip:
            extracted.extend(c.to_spec() for c in extract_article(without_inferred_date(art)))

    read_ids = {a.id for a in articles}
    result = score_claims(gold_claims, extracted, skip, articles=read_ids & gold_ids)
    result.datelines = score_datelines(gold_articles, detected)
    result.inferred_dates = score_inferred_dates(gold_articles, settled)
    result.problems = [str(p) for p in problems]
    result.not_read = sorted(gold_ids - read_ids - skip)
    result.not_in_gold = sorted(read_ids - gold_ids)
    return result
