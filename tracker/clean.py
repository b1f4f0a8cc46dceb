"""Remove page furniture and other articles' teasers from an article's text.

Cleaning works on whole lines: each line of the text is kept or dropped, and the
kept lines are joined in order. `CleanText.pieces` records where each run of kept
lines came from, so every offset in the cleaned text maps back to the exact
original character, and `CleanText.removed` says what was dropped and by which rule.

The markers are data (rules/furniture.toml); this module only knows the actions:
drop a line, drop the rest of the text, drop a block, drop a photo caption, plus two
structural rules (a line repeated in a row; a run of short Title-Case teaser headlines).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from tracker import rules
from tracker.models import CleanText

_LINE_RE = re.compile(r"[^\n]*\n|[^\n]+$")
_WORD_RE = re.compile(r"\S+")
_FINAL_PUNCT_RE = re.compile(r"[.!?;:,]['\"’”)\]]*$")


@dataclass(frozen=True)
class _Rule:
    id: str
    regex: re.Pattern[str]
    search: bool
    action: str  # line | rest | block | caption
    max_words: int | None
    block_end: re.Pattern[str] | None
    max_lines: int

    def matches(self, line: str, words: int) -> bool:
        if self.max_words is not None and words > self.max_words:
            return False
        if self.search:
            return self.regex.search(line) is not None
        return self.regex.fullmatch(line) is not None


@dataclass(frozen=True)
class _Config:
    rules: tuple[_Rule, ...]
    min_before: int
    dup_id: str
    dup_min_chars: int
    run_id: str
    run_min_lines: int
    run_min_words: int
    run_max_words: int
    run_min_caps: float
    minor_words: frozenset[str]
    run_exclude: re.Pattern[str] | None


@dataclass
class _Line:
    start: int  # offset of the line in the original text
    end: int  # end of the line including its newline
    text: str  # stripped
    words: int
    drop: str | None = None  # rule id once dropped


@cache
def _config() -> _Config:
    data = rules.load("furniture")
    compiled = []
    for r in data.get("rule", []):
        flags = 0 if r.get("case") else re.IGNORECASE
        end = r.get("block_end")
        compiled.append(_Rule(
            id=r["id"],
            regex=re.compile(r["pattern"], flags),
            search=r.get("match", "full") == "search",
            action=r.get("action", "line"),
            max_words=r.get("max_words"),
            block_end=re.compile(end, re.IGNORECASE) if end else None,
            max_lines=int(r.get("max_lines", 4)),
        ))
    dup = data.get("duplicate_line", {})
    run = data.get("title_case_run", {})
    exclude = run.get("exclude")
    return _Config(
        rules=tuple(compiled),
        min_before=int(data.get("settings", {}).get("min_before", 200)),
        dup_id=dup.get("id", "duplicate-line"),
        dup_min_chars=int(dup.get("min_chars", 8)),
        run_id=run.get("id", "teaser-headlines"),
        run_min_lines=int(run.get("min_lines", 3)),
        run_min_words=int(run.get("min_words", 4)),
        run_max_words=int(run.get("max_words", 16)),
        run_min_caps=float(run.get("min_capitalised", 0.8)),
        minor_words=frozenset(w.lower() for w in run.get("minor_words", [])),
        run_exclude=re.compile(exclude) if exclude else None,
    )


def _split_lines(text: str) -> list[_Line]:
    out = []
    for m in _LINE_RE.finditer(text):
        stripped = m.group(0).strip()
        out.append(_Line(m.start(), m.end(), stripped, len(_WORD_RE.findall(stripped))))
    return out


def _apply_line_rules(lines: list[_Line], cfg: _Config) -> None:
    kept_chars = 0
    toggles: set[int] = set()
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        if line.drop is not None or not line.text:
            if line.drop is None:
                kept_chars += line.end - line.start
            i += 1
            continue
        rule = next((r for r in cfg.rules if r.matches(line.text, line.words)), None)
        if rule is None:
            kept_chars += line.end - line.start
            i += 1
            continue
        if rule.action == "rest" and kept_chars >= cfg.min_before:
            for rest in lines[i:]:
                if rest.drop is None:
                    rest.drop = rule.id
            return
        line.drop = rule.id
        if rule.action == "block" and rule.block_end is not None:
            seen = 0
            for j in range(i + 1, n):
                if not lines[j].text:
                    continue
                seen += 1
                if seen > rule.max_lines:
                    break
                if rule.block_end.fullmatch(lines[j].text):
                    for k in range(i + 1, j + 1):
                        lines[k].drop = lines[k].drop or rule.id
                    i = j
                    break
        elif rule.action == "caption":
            toggles.add(i)
            _drop_caption_sentence(lines, i, toggles, rule.id)
        i += 1


def _drop_caption_sentence(lines: list[_Line], i: int, toggles: set[int], rule_id: str) -> None:
    """Caption, credit line(s), toggle: drop the caption sentence before the credits."""
    credits = 0
    j = i - 1
    while j >= 0:
        line = lines[j]
        if not line.text or j in toggles:
            j -= 1
        elif line.drop == "photo-credit":
            credits += 1
            j -= 1
        else:
            break
    if j >= 0 and credits and lines[j].drop is None:
        lines[j].drop = rule_id


def _drop_duplicates(lines: list[_Line], cfg: _Config) -> None:
    prev: _Line | None = None
    for line in lines:
        if not line.text or line.drop is not None:
            continue
        if prev is not None and line.text == prev.text and len(line.text) >= cfg.dup_min_chars:
            line.drop = cfg.dup_id
            continue
        prev = line


def _is_teaser_headline(line: _Line, cfg: _Config) -> bool:
    if not (cfg.run_min_words <= line.words <= cfg.run_max_words):
        return False
    text = line.text
    if _FINAL_PUNCT_RE.search(text):
        return False
    if cfg.run_exclude is not None and cfg.run_exclude.search(text):
        return False
    content = 0
    capitalised = 0
    for word in text.split():
        core = word.strip("'\"‘’“”()[]-—–,")
        if not core or not core[0].isalnum():
            continue
        if core.lower() in cfg.minor_words:
            continue
        content += 1
        if core[0].isupper() or core[0].isdigit():
            capitalised += 1
    if content == 0 or capitalised / content < cfg.run_min_caps:
        return False
    # an all-capitals line is a shouted headline, not a list of teasers
    letters = [c for c in text if c.isalpha()]
    return not (letters and all(c.isupper() for c in letters))


def _drop_teaser_runs(lines: list[_Line], cfg: _Config) -> None:
    run: list[_Line] = []

    def close() -> None:
        if len(run) >= cfg.run_min_lines:
            for member in run:
                member.drop = cfg.run_id
        run.clear()

    for line in lines:
        if not line.text or line.drop == cfg.dup_id:
            continue
        if line.drop is None and _is_teaser_headline(line, cfg):
            run.append(line)
        else:
            close()
    close()


def clean(text: str, *, drop: Iterable[tuple[int, int, str]] = ()) -> CleanText:
    """The text without page furniture, with a map back to the original offsets.

    `drop` names extra spans (start, end, rule id) to remove as well, e.g. the date line
    that metadata detection found; every line they touch is dropped whole.
    """
    cfg = _config()
    lines = _split_lines(text)
    extra = sorted(drop)
    if extra:
        for line in lines:
            for start, end, rule_id in extra:
                if start < line.end and end > line.start and line.drop is None:
                    line.drop = rule_id
    _apply_line_rules(lines, cfg)
    _drop_duplicates(lines, cfg)
    _drop_teaser_runs(lines, cfg)

    parts: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    removed: list[tuple[int, int, str]] = []
    clean_len = 0
    for line in lines:
        length = line.end - line.start
        if line.drop is None:
            if pieces and pieces[-1][1] + pieces[-1][2] == line.start:
                c, o, n = pieces[-1]
                pieces[-1] = (c, o, n + length)
            else:
                pieces.append((clean_len, line.start, length))
            parts.append(text[line.start:line.end])
            clean_len += length
        elif removed and removed[-1][2] == line.drop and removed[-1][1] == line.start:
            removed[-1] = (removed[-1][0], line.end, line.drop)
        else:
            removed.append((line.start, line.end, line.drop))
    return CleanText(text="".join(parts), pieces=pieces, removed=removed)


def check_rules() -> tuple[int, list[str]]:
    """Run the [[examples]] of rules/furniture.toml."""
    failures = []
    examples = rules.load("furniture").get("examples", [])
    for n, ex in enumerate(examples, 1):
        got = clean(ex["text"]).text
        for s in ex.get("drop", []):
            if s in got:
                failures.append(f"furniture: example {n}: {s!r} was not removed")
        for s in ex.get("keep", []):
            if s not in got:
                failures.append(f"furniture: example {n}: {s!r} was removed")
    return len(examples), failures
