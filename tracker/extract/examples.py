"""The claim rules' own examples (rules/claims.toml), and those of the cue sections of
rules/lexicon.toml: each is a text run through the whole extractor with the claims it
must (or must not) yield. One example is checked at a time, so that the test suite can
run each as its own test, addressed by its id ("pct-tariff-right-3")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tracker import rules
from tracker.models import Claim

#: the rules/lexicon.toml sections whose examples are claim examples (`expect`, `none`)
CUE_SECTIONS = ("imposer_cues", "target_cues", "change_cues", "zero_rate", "suspended_points",
                "measure_cues", "product_cues")


def claim_examples() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(example id, rule id, example) of every claim rule, ids numbered from 1 per rule."""
    from tracker.extract.metric import claim_rules

    for rule in claim_rules():
        for n, ex in enumerate(rule.examples, 1):
            yield f"{rule.id}-{n}", rule.id, ex


def cue_examples() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(example id, section, example) of the cue sections of rules/lexicon.toml."""
    lex = rules.load("lexicon")
    for section in CUE_SECTIONS:
        for n, ex in enumerate(lex.get(section, {}).get("examples", []), 1):
            yield f"{section}-{n}", section, ex


def check_example(label: str, ex: dict[str, Any], rule_id: str | None = None) -> list[str]:
    """What is wrong with one example (empty: it passes). With `none = true` the text must
    yield no claim of rule `rule_id` (of any rule when rule_id is None); each `absent`
    entry is a claim it must not yield (fields as in `expect`)."""
    from tracker.extract.engine import extract_text

    claims = extract_text(ex["text"], ex.get("published"))
    if ex.get("none"):
        hit = [c for c in claims if rule_id is None or c.rule_id == rule_id]
        if hit:
            return [f"{label}: {ex['text']!r} should yield no claim, got "
                    f"{[(c.value, c.metric) for c in hit]}"]
        return []
    failures = []
    for want in ex.get("expect", []):
        if not any(matches(c, want) for c in claims):
            got = [(c.value, c.unit, c.metric, c.imposer, c.target, c.product,
                    c.measure, c.status) for c in claims]
            failures.append(f"{label}: {ex['text']!r} expected {want}, got {got}")
    for unwanted in ex.get("absent", []):  # claims the text must not yield
        hit = [(c.value, c.metric) for c in claims if matches(c, unwanted)]
        if hit:
            failures.append(f"{label}: {ex['text']!r} should not yield {unwanted}, got {hit}")
    return failures


def check_rules() -> tuple[int, list[str]]:
    """Run every claim rule's [[examples]] through the whole extractor."""
    failures: list[str] = []
    n = 0
    for _id, rule_id, ex in claim_examples():
        n += 1
        failures += check_example(rule_id, ex, rule_id)
    return n, failures


def matches(c: Claim, want: dict[str, Any]) -> bool:
    """Whether claim `c` has every field of `want` (numbers within a relative 1e-6;
    "" expects the field unset, as TOML has no null)."""
    for k, v in want.items():
        got = getattr(c, k)
        if v == "":  # TOML has no null: "" expects the field unset
            if got not in (None, ""):
                return False
            continue
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            try:
                if abs(float(got) - float(v)) > max(1e-6, abs(float(v)) * 1e-6):
                    return False
            except (TypeError, ValueError):
                return False
        elif got != v:
            return False
    return True
