"""Our official reference table of US tariff actions, as reconciliation reads it.

``data/reference/us_tariff_actions_2025.csv``: one row per official action (target, product,
measure, rate, effective and end dates, announcement, legal authority and its Federal Register
citation or CBP notice, tier, and whether its rate / date may be checked against the news), and
the normal (MFN) duty news often adds to the rate ("27.5%" for cars: 25% + 2.5%).
Its country, product and measure names go through the same lexicon as the claims, so a row
for "South Korea" meets claims about KR.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tracker import lexicon, resources

if TYPE_CHECKING:  # imported where used: reading the reports needs no pandas
    import pandas as pd

REFERENCE_COLUMNS = [
    "imposer", "target", "product", "measure", "rate_percent", "effective_date", "end_date",
    "status", "announced_date", "action", "legal_authority", "citation", "tier", "use_rate",
    "use_date", "pause", "note", "source", "normal_duty_percent",
]


def reference_frame(path: Path | None = None) -> pd.DataFrame:
    """The reference table with typed columns and a ref_id (empty, with its columns, when the
    file is missing)."""
    import pandas as pd

    p = path or resources.reference_table()
    if not p.exists():
        df = pd.DataFrame({c: pd.Series(dtype="object") for c in REFERENCE_COLUMNS})
    else:
        df = pd.read_csv(p, dtype=str, keep_default_na=False)
    df = df.reindex(columns=REFERENCE_COLUMNS)
    out = pd.DataFrame({"ref_id": range(1, len(df) + 1)})
    for c in REFERENCE_COLUMNS:
        col = df[c].replace("", None)
        if c in ("rate_percent", "normal_duty_percent"):
            out[c] = pd.to_numeric(col, errors="coerce").astype("float64")
        elif c in ("effective_date", "end_date", "announced_date"):
            out[c] = pd.to_datetime(col, errors="coerce").dt.date.astype("object")
        elif c in ("use_rate", "use_date", "pause"):
            default = "false" if c == "pause" else "true"
            out[c] = col.fillna(default).str.lower().isin(["true", "1", "yes"])
        else:
            out[c] = col.astype("object")
    for c in ("imposer", "target"):
        out[c] = out[c].map(lexicon.country_code)
    out["product"] = out["product"].map(lexicon.product)
    out["measure"] = out["measure"].map(lexicon.measure)
    return out
