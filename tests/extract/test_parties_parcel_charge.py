"""A charge on each low-value parcel and the parcels' duty-free value line are the importing
border's figures (tracker/extract/parties.py `_parcel_charge`, h238): told by a charge's
words before the list of amounts, a value line's words after one, or in a sentence that
names only "postal carriers" in a guide whose headline is about parcels."""

from __future__ import annotations

from tracker.extract.engine import extract_text


def _amounts(text: str, title: str | None = None) -> dict[float, str | None]:
    return {c.value: c.imposer for c in extract_text(text, "2025-09-03", title=title)
            if c.unit == "USD"}


def test_a_flat_duty_per_item_before_the_list_is_the_us_charge() -> None:
    got = _amounts("Peru's mail service says carriers may pay a flat duty per item of $70, "
                   "$140 or $190 on small parcels, depending on the tariff of the origin.")
    assert got == {70.0: "US", 140.0: "US", 190.0: "US"}


def test_a_guide_headlined_on_parcels_tells_the_charges_of_postal_carriers() -> None:
    """The sentence names no parcels: its headline does."""
    got = _amounts("Sellers in Lima are worried. For six months, postal carriers may charge "
                   "$70, $140 or $190 per item, depending on the tariff of the origin.",
                   title="Mailing parcels from Peru: what changes")
    assert got == {70.0: "US", 140.0: "US", 190.0: "US"}


def test_the_value_line_under_which_parcels_entered_free() -> None:
    got = _amounts("Chilean craft sellers relied on the old rule for small parcels: "
                   "shipments worth $700 or less entered free of duty.")
    assert got == {700.0: "US"}


def test_a_flat_charge_named_after_a_partners_rate() -> None:
    got = _amounts("Because Peru's tariff is 18 per cent, each item in a parcel now carries "
                   "a flat $140 charge.")
    assert got == {140.0: "US"}


def test_an_amount_with_no_parcel_in_sight_keeps_its_owner() -> None:
    """No parcel in the sentence, the one before or the headline: a firm's sales worth so
    much or less are the exporter's, as before."""
    got = _amounts("Chilean craft sellers shipped goods worth $700 or less to buyers in the "
                   "United States last year.")
    assert got == {700.0: "CL"}


def test_a_value_line_ended_for_every_origin_before_a_partner_it_already_left() -> None:
    """Every origin told before the one partner the rule already applied to: the line and
    its end are every partner's, not that partner's."""
    got = [(c.imposer, c.target) for c in extract_text(
        "The exemption that let small parcels worth $700 or less enter free ended for "
        "shipments from all countries on Friday, extending a rule that has applied to Peru "
        "since May 2.", "2025-09-03") if c.unit == "USD"]
    assert got == [("US", "*")]


def test_the_words_before_the_first_amount_tell_the_bands_after_it() -> None:
    """Each band's amount has its own condition between: the charge's words stand before
    the first only."""
    got = _amounts("Peru's post may pay a flat duty per item on small parcels: $70 where the "
                   "rate is low, $140 where it is higher, and $190 above that.")
    assert got == {70.0: "US", 140.0: "US", 190.0: "US"}
