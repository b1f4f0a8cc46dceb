from tracker import dedup

BODY = (
    "The United States will cut its tariff on South Korean goods from 25% to 15% under a "
    "deal reached on Wednesday, officials said. Seoul pledged to invest $350 billion in "
    "the U.S. South Korea's trade surplus with America was $55.6 billion last year. "
    "Negotiators spent weeks on the details of the investment fund and its governance."
)


def test_same_story_different_furniture_is_a_duplicate():
    a = dedup.signature("Harbor Wire | July 31\n" + BODY + "\nRelated Articles\nOther news")
    b = dedup.signature("Share this article\n" + BODY + "\nComments (0)")
    assert dedup.similarity(a, b) >= dedup.THRESHOLD
    assert dedup.find_original(b, [("x", [1] * dedup.NUM_PERM), ("a", a)]) == "a"


def test_different_stories_are_not_duplicates():
    other = ("Japan's exports to China fell 7% in May as demand for machinery weakened, "
             "the finance ministry said, while imports of energy rose for a third month.")
    assert dedup.similarity(dedup.signature(BODY), dedup.signature(other)) < 0.2
    assert dedup.find_original(dedup.signature(other), [("a", dedup.signature(BODY))]) is None


def test_signature_is_deterministic_and_sized():
    s1, s2 = dedup.signature(BODY), dedup.signature(BODY)
    assert s1 == s2 and len(s1) == dedup.NUM_PERM
    assert dedup.signature("") == [0] * dedup.NUM_PERM
