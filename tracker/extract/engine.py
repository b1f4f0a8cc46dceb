"""The rule engine: one article in, its claims out (a pure function, no I/O).

Reading order of the work done per article (each step is its own module):
1. read: split the cleaned text into sentences and note what the whole article says
   (sentences.py, document.py);
2. figures: the rates, amounts, dates and durations of each sentence (figures.py);
3. metric: bind each figure to a metric with the cue rules of rules/claims.toml, or
   drop it as out of scope (metric.py);
4. attributes: imposer, target, product, measure and status of each bound figure
   (parties.py, product.py, measure.py, status.py, composed in attributes.py);
5. claim: the quote mapped back to exact offsets in the original text, then the
   passes over the sentence's and the article's claims (article_passes.py).
"""

from __future__ import annotations

import datetime as dt

from tracker.extract import article_passes as passes
from tracker.extract import judgments, status_rules
from tracker.extract.article_passes import Found
from tracker.extract.attributes import Attributes, of_date_or_pause, of_flow, of_levy_rate
from tracker.extract.document import Doc, FigureContext, infer_reference, read_document
from tracker.extract.examples import check_rules
from tracker.extract.figures import Figure, read_as
from tracker.extract.metric import (
    LEVY_RATE_METRICS,
    Binding,
    Rule,
    bind_amounts,
    bind_date,
    bind_duration,
    claim_rules,
    readings,
)
from tracker.extract.quote import quote_span
from tracker.extract.sentences import Sentence, clause_bounds, split_sentences
from tracker.extract.status import NEAREST, status_quo
from tracker.models import Article, Claim, CleanText

__all__ = [
    "LEVY_RATE_METRICS", "Figure", "Rule", "Sentence", "check_rules", "claim_rules",
    "clause_bounds", "extract", "extract_article", "extract_text", "infer_reference",
    "split_sentences",
]


def extract_article(article: Article) -> list[Claim]:
    """All claims of one article (pure: reads only the article and the rule files)."""
    clean = article.clean if article.clean is not None else CleanText.identity(article.text)
    known = article.published is not None
    reference = article.published if known else infer_reference(article.text)
    doc = read_document(clean.text, split_sentences(clean.text), reference, known, article.title)
    found: list[Found] = []
    for i in range(len(doc.sentences)):
        found.extend(_sentence_findings(doc, i, article, clean))
    found = passes.combined_elsewhere(found)
    found = passes.guessed_fentanyl_checked(found)
    found = passes.same_rate_same_status(found, passes.headline_index(doc.sentences,
                                                                      article.title))
    found = passes.dates_take_their_rates(found)
    found = passes.status_quo_superseded(found)
    found = passes.due_with_their_dates(found, known and reference is not None,
                                        doc.sentences)
    # what the extractor judged of each claim's sentence, so reconciliation reads fields
    return passes.unmarked_levies_in_force(  # (made here: set in place)
        judgments.annotate_own([f.claim for f in found]))


def _sentence_findings(doc: Doc, i: int, article: Article, clean: CleanText) -> list[Found]:
    """The claims of sentence i: figures -> metric -> attributes -> claim, then the
    passes over the sentence's claims."""
    sent = doc.sentences[i]
    figs = doc.figures_at(i)
    if not figs:
        return []
    bound = bind_amounts(doc, i, figs)
    figs = read_as(figs, readings(bound))  # ("$" in a Canadian paper: CAD, on copies)
    excluded = sent.has("sentence_exclude")
    levy_bound = any(b.levy for b in bound.values())
    found: list[Found] = []
    mates = tuple(figs)
    for k in range(len(figs)):
        fig = mates[k]
        binding: Binding | None
        # (the figure's context is made only for a figure that can give a claim: an amount
        # or rate bound to no metric, a date of an excluded sentence gives none)
        if fig.quantity in ("money", "percent"):
            binding = bound.get(fig.start)
            if binding is None:
                continue
            fc = FigureContext(doc, i, fig, mates)
            attrs = of_levy_rate(fc, binding) if binding.levy else of_flow(fc, binding)
            span = quote_span(fig, binding.cue, mates, sent.text)
        else:
            if excluded:
                continue
            fc = FigureContext(doc, i, fig, mates)
            binding = bind_date(fc, bound) if fig.quantity == "date" else bind_duration(fc)
            if binding is None:
                continue
            if binding.reading is not None:  # an undated text's "Monday": its one Monday
                mates = tuple(read_as(mates, readings({fig.start: binding})))
                fig = mates[k]
                fc = FigureContext(doc, i, fig, mates)
            attrs = of_date_or_pause(fc, levy_bound)
            span = (fig.start, fig.end)
        claim = _claim(fig, binding, attrs, span, sent, article, clean)
        found.append(Found(
            claim=claim, key=(i, fig.start), end=fig.end, role=fig.role,
            partner=(i, fig.partner.start) if fig.partner is not None else None,
            measure_named=attrs.measure_named, measure_guessed=attrs.measure_guessed,
            combined_key=(attrs.imposer.value, attrs.target.value, float(fig.value))
            if attrs.combined else None,
            status_quo=claim.metric == "tariff_rate" and status_quo(sent.text, fig),
            bare=not sent.measures, points=fig.kind == "points",
            weak_present=_weak_present(attrs),
        ))
    found = passes.old_value_shares_fact(found)
    found = passes.points_share_their_levy(found)
    found = passes.dates_of_rates(found, sent)
    found = passes.covered_amounts_take_their_levy(found, sent)
    found = passes.changes_take_their_rates(found, sent)
    return passes.rates_dated(found)


def _weak_present(attrs: Attributes) -> bool:
    """Whether the status is in force by a bare present alone ("Chile faces 22%", or a list
    rate after it), which a start told after the list may overrule ([trailing_start])."""
    got = attrs.status
    return got.value == "in_effect" and NEAREST in got.evidence \
        and bool(status_rules.weak_present_re().search(got.evidence))


def _claim(fig: Figure, binding: Binding, attrs: Attributes, span: tuple[int, int],
           sent: Sentence, article: Article, clean: CleanText) -> Claim:
    """The claim of a figure, its quote placed in the original text."""
    amount = fig.quantity in ("money", "percent")
    kind = ("amount" if fig.quantity == "money" else "rate") if amount else fig.quantity
    start = clean.to_original(sent.start + span[0])
    end = clean.to_original(sent.start + span[1] - 1) + 1
    return Claim(
        article=article.id, kind=kind, metric=binding.metric, value=fig.value, unit=fig.unit,
        imposer=attrs.imposer.value, target=attrs.target.value, product=attrs.product.value,
        measure=attrs.measure.value, status=attrs.status.value, quote=article.text[start:end],
        as_of=article.published.isoformat() if article.published else None,
        start=start, end=end, sentence=sent.text, rule_id=binding.rule.id,
        hedge=fig.hedge if amount else None, precision=fig.precision if amount else None,
    )


def extract_text(text: str, published: dt.date | str | None = None,
                 article_id: str = "text", title: str | None = None) -> list[Claim]:
    """Claims of a bare piece of text (no furniture cleaning): for rule examples and notebooks."""
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    art = Article(id=article_id, text=text, published=published, title=title,
                  clean=CleanText.identity(text))
    return extract_article(art)


def extract(article: Article) -> list[Claim]:
    """Claims of one article (the name the pipeline and worker processes use)."""
    return extract_article(article)
