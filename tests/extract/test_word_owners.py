"""One owner for each word list: the levy nouns, the month names and the part-of-year words,
the percent forms, magnitude words, levy stems, levy verbs and goods nouns
live in rules/*.toml, and every regex or SQL parameter is built from there. These tests fail
when a module (Python or SQL) writes one of those lists out again (docs/rules.md, "One owner
for each word list")."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tracker import rules
from tracker.extract import cue_words
from tracker.reconcile import driver

TRACKER = Path(__file__).resolve().parents[2] / "tracker"

#: an alternation of levy nouns written out: "tariffs?|", "duty|duties", "levies|levy",
#: "dut(?:y|ies)" (one levy noun alone, "the tariff" in a comment, is no list)
_LEVY_COPY = re.compile(r"tariffs\?\||\|tariffs\?|\bduty\|duties\b|\bduties\|duty\b|"
                        r"\blevy\|levies\b|\blevies\|levy\b|dut\(\?:y\|ies\)")
#: month names written out as an alternation
_MONTH_COPY = re.compile(r"january\|february|jan\|feb", re.IGNORECASE)


def _sources() -> list[Path]:
    return sorted([*TRACKER.rglob("*.py"), *TRACKER.rglob("*.sql")])


def _copies(copy: re.Pattern[str]) -> list[str]:
    """Every line of the package's modules and SQL stages where the pattern finds a list
    written out again (module:line), so one test per list reads as its own rule."""
    return [f"{p.relative_to(TRACKER)}:{n}" for p in _sources()
            for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
            if copy.search(line)]


def _run_with_words(tmp_path: Path, edits: dict[str, list[tuple[str, str]]], check: str,
                    *args: str) -> str:
    """A copy of the rule files with each (old, new) edit made once in its file, and what
    the check prints under them: a word added to its owner must reach every pattern."""
    for f in rules.rules_dir().glob("*.toml"):
        text = f.read_text(encoding="utf-8")
        for old, new in edits.get(f.name, []):
            text = text.replace(old, new, 1)
        (tmp_path / f.name).write_text(text, encoding="utf-8")
    env = {**os.environ, "TRACKER_RULES": str(tmp_path)}
    return subprocess.run([sys.executable, "-c", check, *args], env=env, capture_output=True,
                          text=True, check=True).stdout.strip()


def test_no_module_writes_the_levy_nouns_out_again() -> None:
    assert _copies(_LEVY_COPY) == [], "levy nouns belong in rules/lexicon.toml [levy_nouns]"


def test_no_module_writes_the_month_names_out_again() -> None:
    assert _copies(_MONTH_COPY) == [], "month names belong in rules/dates.toml [months]"


def test_the_levy_group_puts_a_longer_form_first() -> None:
    """"tariffs" before "tariff", as the "tariffs?" it replaced matched the longer form."""
    group = cue_words.levy_nouns("levy", "rates")
    words = group[3:-1].split("|")
    assert sorted(words) == sorted(["tariff", "tariffs", "duty", "duties", "levy", "levies",
                                    "rate", "rates"])
    assert words.index("tariffs") < words.index("tariff")
    assert words.index("rates") < words.index("rate")
    assert re.match(group, "tariffs on steel").group(0) == "tariffs"


def test_a_space_in_a_levy_phrase_stands_for_what_the_caller_asks() -> None:
    assert r"import\s+taxes" in cue_words.levy_nouns("import_taxes", space=r"\s+")
    assert re.fullmatch(cue_words.levy_nouns("import_taxes"), "import taxes")


#: the module regexes built from [levy_nouns]: a word added to the lexicon must reach each
_LEVY_REGEXES = ("measure.LEVY_WORD_RE", "measure.US_LEVY_AFTER_RE", "status.LEVY_RE",
                 "status.LEVY_NOUN_RE", "product.LEVY_NOUN_AFTER_RE", "product.NAME_WITH_LEVY_RE",
                 "product.LEVY_APPOSITION_RE", "product.APPLY_TO_AFTER_RE",
                 "product.SUBJECT_LEVY_RE", "product.BACK_REFERENCE_RE", "sanity.LEVY_AFTER_RE",
                 "parties.LEVY_AFTER_RE", "parties.FROM_US_BEFORE_RE",
                 "parties.LEVY_THEN_SUBJECT_RE", "parties.OWNED_LEVY_NOUN_RE",
                 "parties.NOUN_VERB_AFTER_RE", "parties.OTHER_LEVY_ON_RE",
                 "parties.SECTOR_LEVY_RE", "parties.LEVY_NOUN_RE", "parties.RETALIATION_RE",
                 "status_rules.list_joint_re()")

_CHECK = """
import sys
from tracker.extract import measure, parties, product, sanity, status, status_rules
from tracker.reconcile import driver
names = sys.argv[1].split(",")
missing = [n for n in names if "mpost" not in eval(n).pattern]
if "fortnight" not in driver.PARAMS["part_of_year"]:
    missing.append("driver.PARAMS[part_of_year]")
for name, word in (("parties.BACK_REFERENCE_RE", "hiatus"), ("parties.THE_PAUSE_RE", "hiatus"),
                   ("status.CHANGE_DONE_RE", "decreed")):
    if word not in eval(name).pattern:
        missing.append(name)
if "decreed" not in driver.PARAMS["partner_levy_verb"]:
    missing.append("driver.PARAMS[partner_levy_verb]")
if "mpost" not in driver.PARAMS["partner_levy_nouns"]:
    missing.append("driver.PARAMS[partner_levy_nouns]")
print(",".join(missing))
"""


def test_a_word_added_to_its_owner_reaches_every_regex_and_sql_parameter(tmp_path) -> None:
    """With one more levy noun ("impost", also among the plurals and the counter-tariffs)
    one more part-of-year word, one more verb of a partner's own levy, pause noun and
    past-tense decision in a copy of the rule files, every regex built from
    them and both SQL parameters hold it: none keeps a copy of its own."""
    lexicon = [*[(f"\n{key} = [", f'\n{key} = ["impost", ')
                 for key in ("levy", "levy_plural", "counter_tariffs")],
               *[(f"\n{key} = [", f'\n{key} = ["hiatus", ')
                 for key in ("named_before", "the_pause")],
               ("\ndone = [", '\ndone = ["decreed", '),
               ("\npartner_levy_verbs = [", '\npartner_levy_verbs = ["decreed", ')]
    edits = {"lexicon.toml": lexicon,
             "judgments.toml": [("\npart_of_year = [", '\npart_of_year = ["fortnight", ')]}
    assert _run_with_words(tmp_path, edits, _CHECK, ",".join(_LEVY_REGEXES)) == ""


def test_the_sql_part_of_year_words_come_from_their_owners() -> None:
    """The claim-keys stage binds $part_of_year: every month name of rules/dates.toml and
    every part-of-year word of rules/judgments.toml, none written in the SQL."""
    pattern = driver.PARAMS["part_of_year"]
    for month in rules.load("dates")["months"]:
        assert re.search(pattern, f"exports in {month} fell")
    for word in rules.load("judgments")["period"]["part_of_year"]:
        assert re.search(pattern, f"the gap {word} was")
    assert not re.search(pattern, "its yearly deficit with them")
    assert "$part_of_year" in driver.sql("01_claim_keys.sql")


def test_the_sql_levy_nouns_come_from_the_lexicon() -> None:
    assert driver.PARAMS["partner_levy_nouns"] == cue_words.levy_nouns("levy", "rate", "charges")
    assert "$partner_levy_nouns" in driver.sql("04_claim_flags.sql")


def test_no_sql_stage_writes_a_verb_list_out() -> None:
    """The partner_levy verbs of 04_claim_flags.sql come from [imposer_cues] as
    $partner_levy_verb; the stage itself names none."""
    sql_dir = TRACKER / "reconcile" / "sql"
    offenders = [p.name for p in sorted(sql_dir.glob("*.sql"))
                 if re.search(r"imposed\|levied", p.read_text(encoding="utf-8"))]
    assert offenders == []
    pattern = driver.PARAMS["partner_levy_verb"]
    assert re.match(pattern, " had imposed them")
    assert re.match(pattern, " retaliated")
    assert not re.match(pattern, " said")


def test_no_module_writes_the_pause_nouns_or_the_done_changes_out() -> None:
    """The pause nouns a sentence refers back to and the past-tense decisions of status.py
    come from rules/lexicon.toml ([pause_nouns], [change_cues] done)."""
    copy = re.compile(r"deadline\|pause|raised\|cut\|lowered")
    assert _copies(copy) == []


#: percent forms written out as an alternation: "%|percent", "%|per\s*cent", "per ?cent|"
#: (not the lookahead "%|per|pct" of figures.py, which stops a word at any "per")
_PERCENT_COPY = re.compile(r"%\|per(?:cent| |\\s| \?)|percent\||per(?: |\\s[*+]| \?)cent\|")

#: the patterns and SQL parameters built from [percent_forms]
_PERCENT_REGEXES = ("status.RATE_RE", "sanity.TO_FIGURE_RE", "measure.OWNED_BEFORE_RE",
                    "measure.SUM_AFTER_RE", "measure.US_LEVY_AFTER_RE",
                    "measure.includes_rate_re()", "metric.LEVEL_TO_RE",
                    "metric.LEVEL_FROM_THEN_RE", "metric.RATE_ON_RE", "product.BY_X_TO_RE",
                    "product.EXCEPTION_RE")


def test_no_module_writes_the_percent_forms_out_again() -> None:
    assert _copies(_PERCENT_COPY) == [], \
        "percent forms belong in rules/lexicon.toml [percent_forms]"


def test_the_percent_forms_are_forms_the_figures_are_read_with() -> None:
    """[percent_forms] names the subsets the patterns look for; every form is one that
    rules/quantities.toml [percent.percent] reads a figure with."""
    read = set(rules.load("quantities")["percent"]["percent"]["forms"])
    listed = {w for ws in rules.load("lexicon")["percent_forms"].values() for w in ws}
    assert listed <= read


def test_the_sql_percent_forms_come_from_the_lexicon() -> None:
    """The stages bind $percent_forms ("pc" not among them) and $percent_forms_pc ("pc" as a
    whole word only)."""
    assert "$percent_forms_pc" in driver.sql("01_claim_keys.sql")
    assert "$percent_forms_pc" in driver.sql("04_claim_flags.sql")
    assert "$percent_forms" in driver.sql("05_fact_claims.sql")
    plain, pc = driver.PARAMS["percent_forms"], driver.PARAMS["percent_forms_pc"]
    for text in ("7 percent", "7 per cent", "7 percent", "7%"):
        assert re.search(r"\d\s*" + plain, text) and re.search(r"\d\s*" + pc, text)
    assert not re.search(r"\d\s*" + plain, "a 7 pc duty")
    assert re.search(r"\d\s*" + pc, "a 7 pc duty")
    assert not re.search(r"\d\s*" + pc, "7 pcs")


_PERCENT_CHECK = """
import sys
from tracker.extract import measure, metric, product, sanity, status
from tracker.reconcile import driver
names = sys.argv[1].split(",")
missing = [n for n in names if "prozent" not in eval(n).pattern]
missing += [k for k in ("percent_forms", "percent_forms_pc") if "prozent" not in driver.PARAMS[k]]
print(",".join(missing))
"""


def test_a_percent_form_added_to_its_owner_reaches_every_pattern(tmp_path) -> None:
    edits = {"lexicon.toml": [("\n[percent_forms]\nrate = [",
                               '\n[percent_forms]\nrate = ["prozent", ')]}
    assert _run_with_words(tmp_path, edits, _PERCENT_CHECK, ",".join(_PERCENT_REGEXES)) == ""


def test_no_module_writes_the_magnitude_words_out_again() -> None:
    copy = re.compile(r"billion\|million|million\|billion|\|bn\b")
    assert _copies(copy) == [], "magnitude words belong in rules/lexicon.toml [magnitude_words]"


def test_the_magnitude_words_are_words_amounts_are_read_with() -> None:
    data = rules.load("quantities")
    read = {*data["magnitude_aliases"], *data["magnitude_attached"]}
    listed = {w for ws in rules.load("lexicon")["magnitude_words"].values() for w in ws}
    assert listed <= read


def test_the_magnitude_words_reach_their_patterns(tmp_path) -> None:
    edits = {"lexicon.toml": [("\n[magnitude_words]\nlarge = [",
                               '\n[magnitude_words]\nlarge = ["lakh", ')]}
    check = ("from tracker.extract import measure, status\n"
             "print([n for n, r in (('status', status.RATE_RE),"
             " ('measure', measure.US_GOODS_LISTED_RE)) if 'lakh' not in r.pattern])")
    assert _run_with_words(tmp_path, edits, check) == "[]"


def test_the_sql_levy_object_words_come_from_the_lexicon() -> None:
    """05_fact_claims.sql binds $levy_object: [levy_object] stems at a word's start, its
    pronouns whole; the stage names none of them."""
    text = driver.sql("05_fact_claims.sql")
    assert "$levy_object" in text and "surcharge|" not in text and "|penalt" not in text
    pattern = driver.PARAMS["levy_object"]
    for stem in rules.load("lexicon")["levy_object"]["stems"]:
        assert re.search(pattern, f"lowered the {stem}s ")
    assert re.search(pattern, "cut it ") and not re.search(pattern, "cut items ")
    assert not re.search(pattern, "trimmed profit forecasts ")


def test_no_module_writes_a_levy_verb_list_out_again() -> None:
    """The passive levy verbs of parties.py and product.py ([levy_verbs]) and the verbs of
    an earlier value of status.py ([previous_value_verbs]) come from rules/lexicon.toml."""
    copy = re.compile(r"imposed\|levied|levied\|imposed|charged\|levied|levied\|charged|"
                      r"taxed\|levied|set\|threatened|stood\|been|\"slapped\", \"applied")
    assert _copies(copy) == [], "levy verbs belong in rules/lexicon.toml [levy_verbs]"


_VERB_REGEXES = ("parties.AGENT_BEFORE_RE", "parties.PASSIVE_LEVY_RE", "parties.GROUP_AFTER_RE",
                 "product.ON_GOODS_RE", "product.PRONOUN_LEVY_RE", "status.PREV_AFTER_RE")


def test_a_levy_verb_added_to_its_owner_reaches_every_pattern(tmp_path) -> None:
    """"mandated" added to each list reaches each pattern ("andated": skip.regex writes a
    leading group's first letters as a class)."""
    edits = {"lexicon.toml": [(f"\n{key} = [", f'\n{key} = ["mandated", ')
                              for key in ("agent", "passive", "paid", "own_clause",
                                          "before_goods", "goods_passive", "had", "dated")]}
    check = ("import sys\nfrom tracker.extract import parties, product, status\n"
             "names = sys.argv[1].split(',')\n"
             "missing = [n for n in names if eval(n).pattern.count('andated') < "
             "(2 if n.endswith(('ON_GOODS_RE', 'PREV_AFTER_RE')) else 1)]\n"
             "if 'mandated' not in parties.PASSIVE_LEVY_VERBS: missing.append('VERBS')\n"
             "print(','.join(missing))")
    assert _run_with_words(tmp_path, edits, check, ",".join(_VERB_REGEXES)) == ""


def test_no_module_writes_the_goods_nouns_out_again() -> None:
    """The nouns of goods in general come from rules/lexicon.toml [goods_nouns]."""
    copy = re.compile(r"goods\|products|products\|goods|exports\|imports|"
                      r"\"goods\", \"products\"")
    assert _copies(copy) == [], "goods nouns belong in rules/lexicon.toml [goods_nouns]"


_GOODS_REGEXES = ("parties.GOODS_AFTER_RE", "parties.GOODS_RIGHT_AFTER_RE",
                  "parties.US_GOODS_AFTER_RE", "parties.FROM_US_BEFORE_RE",
                  "product.RELATIVE_AFTER_RE", "product.PAYERS_VERB_RE", "product.ANY_GOODS_RE",
                  "product.ANY_GOODS_EXAMPLES_RE", "product.GENERIC_GOODS_RE")


def test_a_goods_noun_added_to_its_owner_reaches_every_pattern(tmp_path) -> None:
    """"wares" added to [goods_nouns] goods reaches each pattern ("ares": skip.regex writes a
    leading group's first letters as a class) and the word set of GENERIC_GOODS_RE."""
    edits = {"lexicon.toml": [("\n[goods_nouns]\ngoods = [",
                               '\n[goods_nouns]\ngoods = ["wares", ')]}
    check = ("import sys\nfrom tracker.extract import parties, product\n"
             "missing = [n for n in sys.argv[1].split(',') if 'ares' not in eval(n).pattern]\n"
             "if 'wares' not in product.GENERIC_GOODS_WORDS: missing.append('WORDS')\n"
             "print(','.join(missing))")
    assert _run_with_words(tmp_path, edits, check, ",".join(_GOODS_REGEXES)) == ""


def test_no_module_writes_the_body_words_out_again() -> None:
    """The nouns and verbs of a partner's own body planning a levy (parties.py `_BODY`) come
    from rules/lexicon.toml [imposer_cues] body_*."""
    copy = re.compile(r"government\|ministry|weighing\|weighs|approve\|raise")
    assert _copies(copy) == [], "body words belong in rules/lexicon.toml [imposer_cues]"


_BODY_REGEXES = ("parties.OWN_BODY_AFTER_RE", "parties.ITS_BODY_RE", "parties.BODY_FROM_RE")


def test_a_body_word_added_to_its_owner_reaches_every_pattern(tmp_path) -> None:
    """"diet" added to the body nouns, "mulling" to their verbs, "today" to the adverbs and
    "double" to what a body asks another to do each reach the three patterns of a partner's
    own body planning a levy, and a sentence with them reads as such a plan."""
    edits = {"lexicon.toml": [("\nbody_nouns = [", '\nbody_nouns = ["diet", '),
                              ("\nbody_verbs = [", '\nbody_verbs = ["mulling", '),
                              ("\nbody_adverbs = [", '\nbody_adverbs = ["today", '),
                              ("\nbody_asked_to = [", '\nbody_asked_to = ["double", ')]}
    check = ("import sys\nfrom tracker.extract import parties\n"
             "words = ('diet', 'mulling', 'today', 'double')\n"
             "missing = [n for n in sys.argv[1].split(',')"
             " if not all(w in eval(n).pattern for w in words)]\n"
             "s = \"Peru's diet is today mulling duties. Peru's diet asked the \"\n"
             "s += 'cabinet to double'\n"
             "if not parties.OWN_BODY_AFTER_RE.match(s, 4): missing.append('mulling')\n"
             "if not parties.OWN_BODY_AFTER_RE.match(s, 41): missing.append('double')\n"
             "print(','.join(missing))")
    assert _run_with_words(tmp_path, edits, check, ",".join(_BODY_REGEXES)) == ""
