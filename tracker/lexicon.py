"""Country, product and measure names: one lexicon for the extractor, the facts and the filters.

Built from the [countries], [products] and [measures] sections of rules/lexicon.toml (and
pycountry for country names and codes). Two uses read it:

- *in text* (tracker/extract/context.py): the case-sensitive names looked for in an
  article (``country_names``, ``product_forms``, ``measure_forms``);
- *in fields* (reconciliation's fact keys, the report filters, the reference table): one
  name a person or a table gives, normalised case-insensitively (``country_code``,
  ``product``, ``measure``). These also accept each section's ``field_aliases``: names
  that are too common as words to be looked for in text ("all", "world", "wood") or
  spellings only tables use ("s232").

So ``--product automotive``, ``--product cars`` and ``--product autos`` are one product, and
"Korean", "South Korea", "Seoul" and "ROK" are all KR, because the extractor reads the same
lists.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import pycountry

from tracker import rules

#: runs of spaces and hyphens in a measure name: one underscore ("section 232" -> section_232)
_SEPARATORS = re.compile(r"[\s-]+")

#: keys of the [products] / [measures] sections that are not canonical -> forms lists
_NOT_FORMS = ("section_232_products", "section_301_products", "examples", "field_aliases",
              "not_products", "not_measures", "shared_makers")


def _section(name: str) -> dict[str, Any]:
    return rules.load("lexicon")[name]


# --------------------------------------------------------------------------- in text


@cache
def pycountry_names() -> dict[str, str]:
    """pycountry's names (as written) -> alpha-2, for finding countries in text. Names with
    commas or brackets ("Korea, Republic of") are never written so in news."""
    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            n = getattr(c, attr, None)
            if n and "," not in n and "(" not in n:
                names[n] = c.alpha_2
    return names


@cache
def country_names() -> dict[str, str | None]:
    """Case-sensitive names, demonyms and metonyms looked for in text -> code; the
    section's ``ignore`` names map to None (never a country: "Georgia", "US dollars")."""
    lex = _section("countries")
    mapping: dict[str, str | None] = dict(pycountry_names())
    mapping.update({k: v for k, v in lex.items() if isinstance(v, str)})
    for ign in lex.get("ignore", []):
        mapping[ign] = None
    return mapping


def _forms(section: dict[str, Any]) -> dict[str, list[str]]:
    return {canon: [f for f in forms if isinstance(f, str)]
            for canon, forms in section.items()
            if isinstance(forms, list) and canon not in _NOT_FORMS}


@cache
def product_forms() -> dict[str, list[str]]:
    """Canonical product -> its surface forms in text (lower-case, word-bounded)."""
    return _forms(_section("products"))


@cache
def measure_forms() -> dict[str, list[str]]:
    """Canonical measure -> its surface forms in text (case-insensitive)."""
    return _forms(_section("measures"))


@cache
def product_masks() -> list[str]:
    """Phrases holding a product word that name no goods ("investment vehicle"): matched
    like products so that the word inside them is not read as one."""
    return [f for f in _section("products").get("not_products", []) if isinstance(f, str)]


@cache
def measure_masks() -> list[str]:
    """Phrases holding a measure word that name no measure ("at the US border": where a
    duty is paid): matched like measures so that the word inside them is not read."""
    return [f for f in _section("measures").get("not_measures", []) if isinstance(f, str)]


@cache
def section_232_products() -> frozenset[str]:
    """Products that a US tariff with no other measure named puts under Section 232."""
    return frozenset(_section("products").get("section_232_products", []))


@cache
def section_301_products() -> frozenset[str]:
    """Products that a US charge with no other measure named puts under Section 301 (the
    fees on China-linked ships came out of a Section 301 case, not a sector proclamation)."""
    return frozenset(_section("products").get("section_301_products", []))


@cache
def shared_makers() -> dict[str, frozenset[str]]:
    """Makers' words of a sector that other sectors share ("mills"), with those sectors:
    an article about one of them as a levy's goods reads the word as its makers
    (extract/product.py)."""
    table = _section("products").get("shared_makers", {})
    return {word.lower(): frozenset(sectors) for word, sectors in table.items()}


# --------------------------------------------------------------------------- in fields


@cache
def country_aliases() -> dict[str, str]:
    """Lower-case name / alpha-2 / alpha-3 code / capital / demonym -> code (ISO alpha-2,
    EU, or * for all partners). The text names win over pycountry's, the field aliases
    over both."""
    out: dict[str, str] = {}
    for c in pycountry.countries:
        for name in (c.alpha_2, c.alpha_3, c.name, getattr(c, "common_name", None),
                     getattr(c, "official_name", None)):
            if name:
                out.setdefault(name.lower(), c.alpha_2)
    lex = _section("countries")
    out.update({k.lower(): v for k, v in lex.items() if isinstance(v, str)})
    out.update({k.lower(): v for k, v in lex.get("field_aliases", {}).items()})
    return out


def _grouped_aliases(section: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for canon, forms in _forms(section).items():
        for f in forms:
            out[f.lower()] = canon
    out.update({k.lower(): v for k, v in section.get("field_aliases", {}).items()})
    for canon in _forms(section):  # a canonical name is always itself
        out[canon.lower()] = canon
    return out


@cache
def product_aliases() -> dict[str, str]:
    """Lower-case product name -> canonical product."""
    return _grouped_aliases(_section("products"))


@cache
def measure_aliases() -> dict[str, str]:
    """Lower-case measure name -> canonical measure."""
    return _grouped_aliases(_section("measures"))


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    s = str(value).strip()
    return s or None


def country_code(name: str | None) -> str | None:
    """One country as facts key it: 'South Korea' -> 'KR', 'kr' -> 'KR'; an unknown name is
    kept, upper-cased (so a code the lexicon lacks still matches itself)."""
    s = _clean(name)
    if s is None:
        return None
    return country_aliases().get(s.lower(), s.upper())


@cache
def commodity_names() -> frozenset[str]:
    """rules/lexicon.toml [commodities]: goods that, named alone, are their own product."""
    return frozenset(n.lower() for n in rules.load("lexicon").get("commodities", {})
                     .get("names", []))


@cache
def short_names() -> dict[str, tuple[str, ...]]:
    """rules/lexicon.toml [commodities] short_names: a shorter name ("beans") and the
    commodities it may stand for once an article has named one of them in full."""
    table = rules.load("lexicon").get("commodities", {}).get("short_names", {})
    return {word.lower(): tuple(n.lower() for n in names) for word, names in table.items()}


def product(name: str | None) -> str | None:
    """One product as facts key it: 'Cars' -> 'autos'; unknown names lower-cased. A
    commodity (rules/lexicon.toml [commodities]) keys its own facts: the extractor names it
    only where a rate is on it alone ("13% on soybeans"), which does not answer for its
    whole sector (farm goods)."""
    s = _clean(name)
    if s is None:
        return None
    low = s.lower()
    if low in commodity_names():
        return low
    return product_aliases().get(low, low)


def measure(name: str | None) -> str | None:
    """One measure as facts key it: 'Section 232' -> 'section_232'; unknown names
    lower-cased, with spaces and hyphens as underscores."""
    s = _clean(name)
    if s is None:
        return None
    low = s.lower()
    return _SEPARATORS.sub("_", measure_aliases().get(low, low))
