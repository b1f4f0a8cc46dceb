"""A sector's start told for one partner (07_claim_pairs.sql, `sector`): a Section 232 duty
hits every partner from one date, so one partner's past start of it is compared with the
all-partner start date. Made-up articles."""

from __future__ import annotations

from tests.reconcile.test_reconcile import make_db, rows

ALL = {"imposer": "US", "target": "*", "product": "steel", "measure": "section_232",
       "metric": "effective_date"}
KR = {**ALL, "target": "KR"}
ARTICLES = [{"id": "a", "published": "2026-03-02"}, {"id": "b", "published": "2026-07-20"}]
START = {"article": "a", "value": "2026-03-12", "status": "scheduled", **ALL,
         "sentence": "The sector duty on all imported steel will take effect on March 12."}


def _conflicts(con) -> list[tuple[str, str, str]]:
    return sorted((c["target"], str(c["date_value_a"]), str(c["date_value_b"])) for c in rows(
        con, "SELECT target, date_value_a, date_value_b FROM conflicts WHERE kind = 'conflict'"))


def test_a_partners_past_start_of_a_sector_duty_meets_the_all_partner_date(tmp_path):
    """Months apart, one written before the start and one after: one milestone, two days."""
    con = make_db(tmp_path, ARTICLES, [START, {
        "article": "b", "value": "2026-03-11", "status": "in_effect", **KR,
        "sentence": "Since March 11, Korean steel has paid the sector duty."}])
    assert _conflicts(con) == [("*", "2026-03-11", "2026-03-12")]


def test_the_same_day_agrees(tmp_path):
    con = make_db(tmp_path, ARTICLES, [START, {
        "article": "b", "value": "2026-03-12", "status": "in_effect", **KR,
        "sentence": "Since March 12, Korean steel has paid the sector duty."}])
    assert _conflicts(con) == []


def test_a_partners_own_later_date_is_another_milestone(tmp_path):
    """A deal's date for the partner, weeks from the sector's start, is not its start."""
    con = make_db(tmp_path, ARTICLES, [START, {
        "article": "b", "value": "2026-06-30", "status": "in_effect", **KR,
        "sentence": "Since June 30, Korean steel has paid a quota rate."}])
    assert _conflicts(con) == []


def test_a_partners_changed_duty_is_not_the_sectors_start(tmp_path):
    """"cut ... on March 14": the partner's own change, not the start of the sector duty."""
    con = make_db(tmp_path, ARTICLES, [START, {
        "article": "b", "value": "2026-03-14", "status": "in_effect", **KR,
        "sentence": "The duty on Korean steel was cut to 10% on March 14."}])
    assert _conflicts(con) == []


def test_a_tariff_rates_partner_is_no_sector_start(tmp_path):
    """Only dates of a Section 232 measure: a partner's reciprocal start stays its own."""
    recip = {**KR, "product": "all", "measure": "reciprocal"}
    con = make_db(tmp_path, ARTICLES, [{**START, **{**ALL, "product": "all",
                                                     "measure": "reciprocal"}}, {
        "article": "b", "value": "2026-03-11", "status": "in_effect", **recip,
        "sentence": "Since March 11, Korean goods have paid the duty."}])
    assert _conflicts(con) == []
