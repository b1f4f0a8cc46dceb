"""Each shortcut the extractor takes for speed must find exactly what the long way finds.

The long way is written out here (a plain scan, every rule tried) and compared with the
engine on every sentence of the sample corpus and on texts made to hit the edge cases.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re

import pytest
from conftest import SAMPLE, leftmost_longest, sample_sentences

from tracker import rules
from tracker.extract import context as ctx
from tracker.extract import dates as dates_layer
from tracker.extract import document, figures, metric, quantities, sentences
from tracker.extract.firstchars import first_chars

EDGES = [
    "A billion dollars, an eighth of it, a third of voters and two-thirds of the rest.",
    "Seventy five percent, Fifteen% and an 18 percent duty; FIVE MILLION dollars.",
    "Half of the 25% levy, a quarter of imports, one-quarter of cars, a tenth of steel.",
    "The 10-15% range, $5 to $10 billion, 6.5 and 8.7 percent, 1,000,000 won.",
    "Tariffs take effect on 8/1/2025 or 2025-08-01, after the 7/9 deadline, 24/7.",
    "Japan, which had been set to pay 25% from Aug. 1, will pay 15% instead of 25%.",
    "The EU’s 30% rate – announced on Friday – falls to 15% next week, not in two weeks.",
    "İstanbul’s ſteel and the K-pop levy were not tariffs, the café said.",
]


def _sentences() -> list[str]:
    return sample_sentences() + EDGES


def test_sample_sentences_are_many() -> None:
    assert len(_sentences()) > 200


# ------------------------------------------------------------------ first characters
@pytest.mark.parametrize("pattern,flags,want", [
    (r"ab|c", re.IGNORECASE, set("aAc") | {"C"}),
    (r"(?<!x)\bfoo", 0, {"f"}),
    (r"(?:the\s+)?may", 0, {"t", "m"}),
    (r"a?b", 0, {"a", "b"}),
    (r"[0-9]x", 0, set("0123456789")),
    (r"(?i:k)", 0, {"k", "K"}),
    (r"(?P<x>\d+)%", 0, set("0123456789")),
])
def test_first_chars_of_small_patterns(pattern: str, flags: int, want: set[str]) -> None:
    assert first_chars(re.compile(pattern, flags)) == want


def test_first_chars_of_sets_and_unknowns() -> None:
    assert first_chars(re.compile(r"[^a]")) == {chr(i) for i in range(128)} - {"a"}
    assert "\n" not in first_chars(re.compile(r".x"))
    assert first_chars(re.compile(r"(a)\1")) == {"a"}  # the group comes first
    assert first_chars(re.compile(r"(?:(a)|b)(?(1)c|d)")) == {"a", "b"}
    assert first_chars(re.compile(r"(?P<n>)(?P=n)x")) is None  # a back reference first


def _starts_of_words(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"\b\w", text)]


def test_no_date_pattern_match_begins_outside_its_first_characters() -> None:
    tried = found = 0
    for text in _sentences():
        for p in dates_layer._grammar().patterns:
            if p.first is None:
                continue
            for x in _starts_of_words(text):
                m = p.regex.match(text, x)
                tried += 1
                if m is not None and m.end() > x:
                    found += 1
                    assert text[x] in p.first or not text[x].isascii(), (p.name, text[x:])
    assert found > 100 and tried > 10 * found


def _select_trying_everywhere(text: str) -> list[tuple[int, int, int]]:
    """dates._select without the first-character test nor the patterns' own `before`
    (every word start in the class's window ahead of a trigger)."""
    g = dates_layer._grammar()
    hits = dates_layer._gate(text)
    if not hits:
        return []
    starts = {c: dates_layer._starts(text, hits, c) for c in hits}
    cands = []
    for p in g.patterns:
        if p.near is None:
            cands += [(m.start(), m.end(), p.order) for m in p.regex.finditer(text)
                      if m.end() > m.start()]
            continue
        pos = starts.get(p.near[0], ()) if len(p.near) == 1 else sorted(
            {x for c in p.near for x in starts.get(c, ())})
        for x in pos:
            m = p.regex.match(text, x)
            if m is not None and m.end() > x:
                cands.append((x, m.end(), p.order))
    return leftmost_longest(cands)


def test_date_selection_equals_trying_every_place() -> None:
    n = 0
    for text in _sentences():
        got = [(c[0], c[1], c[2]) for c in dates_layer._select(text)]
        assert got == _select_trying_everywhere(text), text
        n += len(got)
    assert n > 50


def test_patterns_that_begin_with_their_trigger_are_tried_only_there() -> None:
    g = dates_layer._grammar()
    own = {p.name for p in g.patterns if p.before == 0}
    assert {"month_day_year", "weekday"} <= own
    text = "Officials said on Friday that the Aug. 1 deadline, set last Monday 21, stands."
    hits = dates_layer._gate(text)
    at = {c[0] for c in dates_layer._select(text) if c[3].name in own}
    assert at and at <= {x for c in ("month", "weekday") for x in hits[c]}


def test_rules_check_catches_a_before_too_small(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pattern whose match begins ahead of its trigger ("next Friday" begins at "next")
    loses it with before = 0; the rules check says so."""
    g = dates_layer._grammar()
    broken = tuple(dataclasses.replace(p, before=0) if p.name == "weekday_mod" else p
                   for p in g.patterns)
    monkeypatch.setattr(dates_layer, "_grammar", lambda: dataclasses.replace(g, patterns=broken))
    dates_layer._gate.cache_clear()
    _, failures = dates_layer.check_rules()
    assert any("own `before`" in f for f in failures)


def test_grouped_cue_regexes_find_what_one_alternative_per_cue_finds() -> None:
    cues = rules.load("dates")["cues"]
    g = dates_layer._grammar()
    for key, regex, suffix in (("future", g.cue_future, ""), ("past", g.cue_past, ""),
                               ("future_adjacent", g.cue_adjacent, r"\s+(?:on\s+|the\s+)?$")):
        plain = re.compile("(?:" + "|".join(f"(?:{c})" for c in cues[key]) + ")" + suffix,
                           re.IGNORECASE)
        assert regex.pattern != plain.pattern  # the grouping happened
        hits = 0
        for text in _sentences():
            for lo in range(0, len(text), 17):
                window = text[lo:lo + 40]
                want = [m.span() for m in plain.finditer(window)]
                assert [m.span() for m in regex.finditer(window)] == want, (key, window)
                hits += len(want)
        assert hits > 5, key


# ---------------------------------------------------------------------- numerals
def test_digit_only_numeral_scan_equals_the_full_scan() -> None:
    lex = quantities.lexicon()
    digit_only = full = 0
    for text in _sentences():
        vocab = ctx.Vocabulary(text)
        if vocab.low is None:
            continue
        if quantities._words_can_match(vocab.words, lex):
            full += 1
        else:
            digit_only += 1
        assert quantities._scan.__wrapped__(text, vocab.words) == \
            quantities._scan.__wrapped__(text, None), text
    assert digit_only > 50 and full > 20  # both ways were taken


@pytest.mark.parametrize("text", ["a billion", "A THIRD of voters", "A Tenth of it",
                                  "two-thirds of", "a fifth", "One-Quarter", "a hundred",
                                  "seventy five percent", "fifteen%", "half a year"])
def test_word_numerals_open_the_full_scan(text: str) -> None:
    words = ctx.Vocabulary(text).words
    assert quantities._words_can_match(words, quantities.lexicon())
    assert quantities.find_quantities(text + " 5%", words) == \
        quantities.find_quantities(text + " 5%")


# ------------------------------------------------------------------------ cue rules
def _nearest_rule_trying_every_rule(sent, fig, quantity, doc, i):
    """metric.nearest_rule as it was: every positional rule's cues, then the nearest."""
    best = None
    clause_start, clause_end = sentences.clause_bounds(sent.text, fig.start, fig.end)
    for order, rule in metric.positional_rules(quantity):
        cues = sent.cues(rule)
        if not cues or rule.requires and not document.context_has(doc, i, rule.requires,
                                                                   title=True):
            continue
        if rule.metric == "share" and fig.kind == "points":
            continue  # a levy's suspended points are no share (h168-7)
        for m in cues:
            if rule.side == "right" and fig.end <= m.start <= clause_end:
                d = sent.words_between(fig.end, m.start)
            elif rule.side == "left" and m.end <= fig.start and m.start >= clause_start:
                d = sent.words_between(m.end, fig.start)
                if rule.metric == "change" and metric.LEVEL_TO_RE.match(
                        sent.text[m.end:fig.start]):
                    continue
            else:
                continue
            if d <= rule.window and (best is None or (d, order) < best[:2]):
                best = (d, order, rule, m)
    return (best[2], best[3]) if best else None


def test_nearest_cue_stops_early_without_changing_the_winner() -> None:
    compared = 0
    for path in sorted((SAMPLE / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        doc = document.read_document(text, sentences.split_sentences(text), dt.date(2025, 7, 1),
                                     True, None)
        for i, sent in enumerate(doc.sentences):
            for fig in figures.find_figures(sent, doc.reference):
                if fig.quantity not in ("money", "percent"):
                    continue
                want = _nearest_rule_trying_every_rule(sent, fig, fig.quantity, doc, i)
                assert metric.nearest_rule(sent, fig, fig.quantity, doc, i) == want
                compared += 1
    assert compared > 150


# ---------------------------------------------------------------------- url spans
def test_url_scan_is_skipped_only_where_it_finds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """_scan looks for URLs only where "://", "www." or a percent escape stands: the
    quantities are those found when it always looks."""
    made = ["see https://www.test.com/search?q=30%25%2020% for 25% more",
            "visit www.shop.com/a%20b%20c?x=10% now, 10% off", "q=5%2C6%2C7% of imports",
            "EXAMPLE://x/5%25%25 and 5%", "id=9%3A8%3B then 9%", "tariffs of 25% and 10%",
            "a 30 % levy, 20%-25%"]
    texts = [*made, *_sentences()]

    def quantities_of() -> list[list[tuple[int, int, float]]]:
        quantities._scan.cache_clear()
        return [[(q.start, q.end, q.value) for q in quantities.find_quantities(t)]
                for t in texts]

    gated = quantities_of()
    real = quantities._PCT_ENC

    class Always:  # the gate's test answers yes: every text is looked at for URLs
        def search(self, text: str) -> bool:
            return True

        def findall(self, text: str) -> list[str]:
            return real.findall(text)

    monkeypatch.setattr(quantities, "_PCT_ENC", Always())
    assert quantities_of() == gated
    monkeypatch.undo()
    quantities._scan.cache_clear()
    # and the URLs' numbers are left out: only the figures outside them remain
    assert [[v for _, _, v in qs] for qs in gated[:5]] == [[25.0], [10.0], [], [5.0], [9.0]]


# ---------------------------------------------------------------------- word tries
def _old_alt(words, case_sensitive, abbrevs=None) -> str:
    """dates._alt as it was: one alternative per word, longest first."""
    items = [(w, False) for w in words] + [(w, True) for w in (abbrevs or {})]
    items.sort(key=lambda x: len(x[0]), reverse=True)
    body = "|".join(dates_layer._word_regex(w, case_sensitive, a) for w, a in items)
    return rf"\b(?:{body})"


def _date_texts() -> list[str]:
    texts = list(_sentences())
    texts += [ex["text"] for ex in rules.load("dates").get("examples", [])]
    peer = SAMPLE.parents[1].parent / "shared" / "peer"
    for name in ("dates.jsonl", "dates_ambiguous.jsonl"):
        if (peer / name).exists():
            texts += [json.loads(line)["text"] for line in
                      (peer / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    texts += ["Sept. 1, Mar 3, MAY 4, may 5, march on, Wed., tues 9, the twenty-first of June",
              "in seventeen days, seventy days, a couple of weeks, half a year, 3 weeks' time"]
    return texts


def test_word_tries_find_what_one_alternative_per_word_finds(monkeypatch) -> None:
    new = dates_layer._grammar()
    monkeypatch.setattr(dates_layer, "_alt", _old_alt)
    dates_layer._grammar.cache_clear()
    try:
        old = dates_layer._grammar()
    finally:
        monkeypatch.undo()
        dates_layer._grammar.cache_clear()
    pairs = [(a.regex, b.regex) for a, b in zip(new.patterns, old.patterns, strict=True)]
    pairs += [(new.duration_re, old.duration_re), (new.unit_part_re, old.unit_part_re),
              (new.weekday_re, old.weekday_re)]
    pairs += [(new.compose[k], old.compose[k]) for k in new.compose]
    assert all(a.pattern != b.pattern for a, b in pairs[:3])  # the tries are in use
    hits = 0
    for text in _date_texts():
        for a, b in pairs:
            got = [(m.span(), m.groupdict()) for m in a.finditer(text)]
            assert got == [(m.span(), m.groupdict()) for m in b.finditer(text)], (a.pattern[:60],
                                                                                 text)
            hits += len(got)
        for x in _starts_of_words(text):  # anchored, as _select tries them
            for a, b in pairs[: len(new.patterns)]:
                ma, mb = a.match(text, x), b.match(text, x)
                assert (ma and (ma.span(), ma.groupdict())) == (mb and (mb.span(),
                                                                        mb.groupdict()))
    assert hits > 500


def test_number_word_tries_find_what_longest_first_alternations_find() -> None:
    from tracker.extract import numbers

    lex = numbers.lexicon()
    words = "|".join(sorted([*lex.units, *lex.tens, *lex.scales], key=len, reverse=True))
    assert words not in lex.number_re.pattern  # the trie is in use
    first = "|".join(sorted([*lex.units, *lex.tens], key=len, reverse=True))
    digit_word = "|".join(sorted(lex.units, key=len, reverse=True))
    old = lex.number_re.pattern
    for alt in (numbers.trie_pattern([*lex.units, *lex.tens, *lex.scales]),
                numbers.trie_pattern([*lex.units, *lex.tens]), numbers.trie_pattern(lex.units)):
        assert alt in old
    old = old.replace(numbers.trie_pattern([*lex.units, *lex.tens, *lex.scales]), words)
    old = old.replace(numbers.trie_pattern([*lex.units, *lex.tens]), first)
    old = old.replace(numbers.trie_pattern(lex.units), digit_word)
    old_re = re.compile(old, re.IGNORECASE)
    texts = _date_texts() + ["seventeen point seven five, twenty-one, one hundred and six",
                             "a billion, sixty six thousand, point five, 7 point two"]
    n = 0
    for text in texts:
        got = [m.span() for m in lex.number_re.finditer(text)]
        assert got == [m.span() for m in old_re.finditer(text)], text
        n += len(got)
    assert n > 500


def test_a_replaced_grammar_starts_with_empty_memos() -> None:
    """A grammar made by dataclasses.replace (as tests and the rules check do) must not
    reuse the patterns its original memoised for a set of trigger classes."""
    g = dates_layer._grammar()
    dates_layer._select("The duty starts on Friday, Aug. 1.")
    assert g.patterns_for
    fewer = dataclasses.replace(g, patterns=g.patterns[:1])
    assert fewer.patterns_for == {} and fewer.guards_for == {}


# ------------------------------------------------------------- h58: first steps first
def _lookbehind_first(pattern: str) -> str:
    """quantities' digit branch written the plain way: each lookbehind before the digit,
    a lookahead for the digit in front (the form it had before the digit came first)."""
    out = pattern.replace(r"\d(?:(?<![\w.,]\d)(?P<hyb>(?i:\d*",
                          r"(?=\d)(?:(?P<hyb>(?<![\w.,])(?i:\d+", 1)
    out = out.replace(r"|(?<![\d.,]\d)(?P<spc>\d{0,2}", r"|(?P<spc>(?<![\d.,])\d{1,3}", 1)
    out = out.replace(r"|(?<![\d.,]\d)(?P<dig>(?:\d{0,2}", r"|(?P<dig>(?<![\d.,])(?:\d{1,3}", 1)
    out = out.replace(r"(?!\d)|\d*)(?:\.\d+)?(?!\d))", r"(?!\d)|\d+)(?:\.\d+)?(?!\d))", 1)
    assert out != pattern
    return out


def test_digit_numerals_found_from_their_first_digit_as_the_plain_way() -> None:
    """numeral_re's digit branch begins with the digit (so the regex engine skips ahead to
    one) and looks behind it after: the same matches, spans and kinds as the plain form."""
    lex = quantities.lexicon()
    edges = ["1,234.5 and x1, 1.2.3, ,5 and .5; 5,000,000 yen", "3 000 000 euros, 1\u00a0000 kr",
             "2 point 5 percent, 12.5%, 10-15%, 1..2, 10,00, 1,000,0000", "٣ 5 a1 2 9 999 dollars"]
    for new in (lex.digit_numeral_re, lex.numeral_re):
        old = re.compile(_lookbehind_first(new.pattern))
        for text in _sentences() + edges:
            assert [(m.span(), m.lastgroup) for m in new.finditer(text)] == \
                [(m.span(), m.lastgroup) for m in old.finditer(text)], text
            for p in range(len(text)):
                a, b = new.match(text, p), old.match(text, p)
                assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup)), text


def test_ascii_vocabulary_words_are_the_word_runs() -> None:
    """Vocabulary reads the words of an ASCII text with str.translate: the same words as
    the \\w+ runs of the lower-cased text, for every ASCII character around a word."""
    texts = [t for t in _sentences() if t.isascii()]
    texts += ["a" + chr(c) + "b" + chr(c) + "Cd" for c in range(128)]
    for text in texts:
        low = text.lower()
        assert ctx.Vocabulary(text).words == frozenset(re.findall(r"\w+", low)), text
    assert ctx.Vocabulary("É_tat, l'Été").words == frozenset({"é_tat", "l", "été"})


def test_first_word_gates_never_hide_a_status_cue() -> None:
    """status_cues scans for a cue phrase of rules/status.toml, and _counterfactual for
    "would have", only in a sentence holding one of their first words."""
    from tracker.extract import status_rules
    from tracker.extract.sentences import Sentence

    pairs = list(zip(status_rules.extra_cues(), status_rules.extra_cue_firsts(), strict=True))
    pairs.append(((status_rules.counterfactual_re(), ""), status_rules.counterfactual_firsts()))
    texts = _sentences() + ["It will result in 25%.", "We're going to make it 40%.",
                            "I’m gonna raise it", "Duties now total 45%.",
                            "It would've risen to 40%", "WOULD HAVE been 10%", "nowtotal 5%"]
    hits = 0
    for (pattern, _), firsts in pairs:
        assert firsts  # every phrase begins with a word
        for text in texts:
            if pattern.search(text):
                hits += 1
                assert Sentence(0, text).may_hold_word(firsts), text
    assert hits >= 6
    assert status_rules.first_words(["will bring", "now total"]) == {"will", "now"}
    assert status_rules.first_words(["will bring", "$5 more"]) is None


def test_sentence_has_keeps_its_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sentence.has answers as ctx.has_in does, and asks it once per list."""
    from tracker.extract.sentences import Sentence

    names = ("measure_words", "trade_words", "sentence_exclude", "pause_words")
    sents = [Sentence(0, t) for t in _sentences()]
    want = [[ctx.has_in(n, s.text, s.lower_words) for n in names] for s in sents]
    assert [[s.has(n) for n in names] for s in sents] == want
    assert any(any(row) for row in want) and not all(all(row) for row in want)
    calls: list[str] = []
    monkeypatch.setattr(ctx, "has_in", lambda name, text, words: calls.append(name) or True)
    assert [[s.has(n) for n in names] for s in sents] == want  # kept, not asked again
    assert calls == []
    assert Sentence(0, "A new sentence.").has("trade_words") and calls == ["trade_words"]
