"""The start of a change's old value, told right after it (tracker/extract/status.py
`_old_value_start`, read by `date_status`): in force while the change's new start is ahead,
previous once it has come. Sentences of our own."""

from __future__ import annotations

from tracker.extract.engine import extract_text


def _day_status(text: str, day: str, published: str | None) -> str | None:
    return next(c.status for c in extract_text(text, published)
                if c.metric == "effective_date" and c.value == day)


def test_an_old_value_holds_until_a_new_start_ahead() -> None:
    text = ("Peru will charge a 30 per cent duty on Chilean wine from Saturday, up from the "
            "12 per cent that has applied since Thursday.")
    assert _day_status(text, "2025-11-22", "2025-11-20") == "scheduled"
    assert _day_status(text, "2025-11-20", "2025-11-20") == "in_effect"


def test_an_old_value_is_gone_once_the_new_start_has_come() -> None:
    text = ("South Korea now pays a 15 per cent tariff on cars. It applies to cars entered "
            "on or after Nov. 1, down from the 25 per cent charged since April 3.")
    assert _day_status(text, "2025-04-03", "2025-11-20") == "previous"


def test_without_a_new_start_the_old_value_keeps_its_reading() -> None:
    # (h246-5: no day of the new value in the sentence, so nothing tells when it starts)
    text = ("Peruvian trucks will pay 10 per cent in place of the 27.5 per cent charged "
            "since April 3, once the quota is set up.")
    assert _day_status(text, "2025-04-03", "2025-06-01") == "in_effect"
