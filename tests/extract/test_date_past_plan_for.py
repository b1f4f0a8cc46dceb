"""A start first promised for a day and overtaken (h286-3): the day is previous, and it
keeps the levy of its sentence (its goods and measure), as a sentence with no old rate
has no other rate for it to speak of. Sentences of our own."""

from tracker.extract.engine import extract_text


def _dates(text: str, published: str | None = None) -> dict[str, tuple]:
    return {c.value: (c.status, c.product, c.measure, c.imposer)
            for c in extract_text(text, published) if c.metric == "effective_date"}


def test_first_promised_day_is_previous_and_keeps_its_levy() -> None:
    got = _dates("Lima's 30 per cent safeguard duty on Chilean steel, first promised for "
                 "March 2, has applied since April 6.", "2025-05-10")
    assert got["2025-03-02"][0] == "previous"
    assert got["2025-03-02"][1:] == got["2025-04-06"][1:]


def test_first_promised_day_is_not_keyed_from_the_sentence_before() -> None:
    """Without a rate of its own the previous day took the article's other levy (fentanyl,
    all goods, from the sentence before); it speaks of the levy rate before it."""
    got = _dates("Canada's goods still pay the 35 per cent fentanyl tariff. The 25 per cent "
                 "duty on heavy trucks, first promised for Oct. 1, has applied since Nov. 1, "
                 "alongside a lower rate on buses.", "2025-12-10")
    assert got["2025-10-01"] == ("previous", "trucks", "section_232", "US")


def test_old_rate_day_still_speaks_of_the_old_rate() -> None:
    """(h277-1's reading, kept) a previous day after an old rate is that rate's."""
    got = _dates("Chilean steel pays 15 per cent from June 1, down from the 30 per cent "
                 "safeguard duty charged since April 6.", "2025-05-10")
    assert got["2025-04-06"][0] in ("in_effect", "previous")
