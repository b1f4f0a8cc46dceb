"""`tracker eval --ids PREFIX` scores one group of a set (the dev set's va and vb) alone."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tracker.cli import app
from tracker.evaluate import evaluate


def _gold(path: Path) -> Path:
    """Gold for the conftest corpus: one rate in each article, and one article not read."""
    recs = [{"type": "article", "article": a, "published": None, "duplicate_of": None}
            for a in ("a_korea", "b_japan", "a_missing")]
    for aid, quote in (("a_korea", "from 25% to 15%"), ("b_japan", "a 15% tariff")):
        recs.append({"type": "claim", "article": aid, "kind": "rate", "value": 15,
                     "unit": "percent", "metric": "tariff_rate", "imposer": "US",
                     "target": None, "product": None, "measure": None, "status": None,
                     "quote": quote})
    path.write_text("\n".join(json.dumps(r) for r in recs) + "\n", encoding="utf-8")
    return path


def test_ids_keeps_only_the_articles_with_the_prefix(corpus: Path, tmp_path: Path) -> None:
    gold = _gold(tmp_path / "gold.jsonl")
    whole = evaluate(gold, [corpus])
    assert sorted(whole.articles) == ["a_korea", "b_japan"]
    assert whole.not_read == ["a_missing"]

    part = evaluate(gold, [corpus], ids="a_")
    assert sorted(part.articles) == ["a_korea"]
    assert part.not_read == ["a_missing"] and part.not_in_gold == []
    assert part.tp + part.fn == 1  # b_japan's gold claim is not counted as missed

    assert evaluate(gold, [corpus], ids="zz").articles == {}


def test_eval_command_passes_ids_on(corpus: Path, tmp_path: Path) -> None:
    gold = _gold(tmp_path / "gold.jsonl")
    r = CliRunner().invoke(app, ["eval", str(corpus), "--gold", str(gold), "--ids", "b_",
                                 "--format", "json"])
    assert r.exit_code == 0, r.output
    assert list(json.loads(r.stdout)["articles"]) == ["b_japan"]
