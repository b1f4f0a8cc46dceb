-- _rc_keyed: every claim with its fact key normalised and its article's source.
--
-- The key fields go through the lexicon (tracker/lexicon.py): the parameter tables
-- _rc_country(raw, code), _rc_product(raw, product) and _rc_measure(raw, measure) map each
-- raw value the claims hold, so "Korea", "ROK" and "KR" meet, and "cars" and "automotive" are
-- autos. The unit is part of the key: $ and won figures are never compared.
--
-- A claim of an article whose publication date was inferred from its text (no date given,
-- no date line) is placed in time by that guess: `date_inferred`.
--
-- What the extractor judged about the claim's sentence comes as columns (combined, penalty,
-- measure_named, change, pause_word, period). A reciprocal or baseline rate called combined
-- ("a combined 145%") is the sum of several measures, not that component: its measure is
-- dropped. A baseline rate on one partner and all its goods that no word of its sentence
-- names (rules/lexicon.toml [measures] baseline: "Peru paid 10% over the spring", the
-- extractor's measure from the months it is told of; not "Peru's goods face the 10% baseline")
-- is keyed reciprocal: it is that partner's rate before its own, the earlier value of the
-- partner's country-wide timeline, not a separate fact (h252).
--
-- An amount's product is a guess (`product_guess`: kept there, dropped from the key) unless
-- the text binds it to the figure: the figure's quote names it, or the words after the figure
-- (up to the next number) name that product and no other ("$750 billion of energy"), or,
-- when they name none, the sentence names no other product. (h291) Goods told as what the
-- figure is made of ("$8 billion of goods, most of it shirts", "mostly", "mainly", "led by")
-- bind nothing, as examples do not: the figure is the whole flow. A pledge "in sectors like
-- chips, energy and ships", or one whose sentence also names rice and weapons, is on no one product:
-- one pledge does not split over whichever sector the extractor read nearest.
--
-- A trade balance (deficit or surplus) is the whole goods balance between two partners: no
-- measure (a deficit is not levied under one) and no product in its key ("a $70 billion
-- gap, mostly chips" is the whole gap; the product stays as `product_guess`), so a goods
-- deficit told beside a fentanyl duty meets the same balance told elsewhere.
--
-- The extractor's change cue is the first of its sentence, as the figure's own ("a lower 10%
-- rate" compares, it tells no change: tracker/extract/judgments.py figure_change).
--
-- A flow whose sentence names no period but calls it yearly ("$250 billion a year", "annual
-- exports of $80 billion"; not "a year ago") has the period `annual`: the yearly figure as
-- of its article. (h149) A deficit or surplus with a partner whose sentence names no period
-- and no month, quarter or running total ("its $46 billion goods deficit with Ruritania")
-- is the last full year's as of its article's date (given or inferred): the yearly figure
-- officials quote, compared with other articles' "last year" or "in 2024" instead of being
-- left out for want of a period.
--
-- A claim whose attribution is doubtful (`doubtful`): a party other than the US (the
-- default imposer) that its own sentence does not name, by any name the lexicon knows for
-- it ("China", "Chinese", "Beijing"), while the sentence names another country: the
-- extractor took the party from farther away, past a nearer candidate. (A sentence naming
-- no country speaks of its article's country: "the surplus was $66 billion".) It is kept
-- everywhere, but cannot make a conflict alone (07_claim_pairs.sql). So is an export or
-- import figure whose sentence does not name its non-US party, whatever else it names: a
-- province, a firm or a port sells part of its country's trade ("the province ships $9
-- billion a year south"), and the country was read from farther away. (h273) So is a rate
-- whose sentence tells none of its key but the figure: no state (no status: neither in
-- force, pending nor past) and no change, no measure named and not its non-US party
-- ("Plan as though a 15% tariff were on its way for every part," a buyer said): a planning
-- figure, a hypothetical or an example, its key read from the sentences around it;
-- "Ruritania's 18% rate" (its party named) is not.
WITH ev0 AS (  -- amounts with a product: the texts around the figure
  SELECT c.claim_id, pa.product, lower(trim(c.product)) AS raw_product,
         lower(coalesce(c.quote, '')) AS tx_quote,
         -- the sentence without examples ("including ...", "like ...": [made_of] words)
         -- (h291) and without what the figure is made of ("$8 billion, most of it shirts",
         -- "mostly", "mainly", "led by"): the figure is the whole flow, not those goods'
         regexp_replace(lower(coalesce(c.sentence, '')),
                        $made_of_words || '[^.;]*', '', 'g') AS tx_sentence,
         CASE WHEN coalesce(c.quote, '') = '' THEN 0
              ELSE strpos(coalesce(c.sentence, ''), c.quote) END AS q_at,
         c.sentence, c.quote
  FROM claims c JOIN _rc_product pa ON pa.raw = c.product
  WHERE c.kind = 'amount' AND c.metric IS NOT NULL AND pa.product IS NOT NULL
),
ev1 AS (
  SELECT claim_id, product, raw_product, tx_quote, tx_sentence,
         lower(substr(sentence, 1, q_at - 1)) AS tx_before,
         lower(CASE WHEN q_at > 0 THEN substr(sentence, q_at + length(quote)) ELSE '' END)
           AS tx_rest
  FROM ev0
),
ev2 AS (
  SELECT claim_id, product, raw_product, tx_quote, tx_sentence, tx_before, tx_rest,
         -- the words after the figure up to the next number, without what leads into that
         -- next figure (", aluminum products worth") or examples ("like chips and ships")
         regexp_replace(CASE WHEN regexp_matches(tx_rest, '^[^0-9$€£¥;]*[0-9$€£¥]')
                             THEN regexp_replace(regexp_extract(tx_rest, '^[^0-9$€£¥;]*'),
                                                 '(?:,|\band\b)[^,]*$', '')
                             ELSE regexp_extract(tx_rest, '^[^0-9$€£¥;]*') END,
                        $made_of_words || '.*$', '') AS tx_after
  FROM ev1
),
ev3 AS (  -- the products its quote, the words after it and its sentence name, and the one
          -- product the words just before it bind to it ("steel products worth $12 billion")
          -- or the one it is "of", right after it ("$2 billion of cocoa, more than its tea
          -- and rubber sales": the later words name other goods)
  SELECT claim_id, product,
         (SELECT coalesce(list(DISTINCT n.product), [])
          FROM unnest(regexp_extract_all(tx_quote, (SELECT p FROM _rc_product_pattern), 1)) u(nm)
          JOIN _rc_product_names n ON n.name = u.nm) AS prods_quote,
         (SELECT coalesce(list(DISTINCT n.product), [])
          FROM unnest(regexp_extract_all(tx_after, (SELECT p FROM _rc_product_pattern), 1)) u(nm)
          JOIN _rc_product_names n ON n.name = u.nm) AS prods_after,
         -- (the sentence up to the clause of the next figure after it: "exports totalled
         -- ¥21 trillion, and autos made up 28% of that" names autos for the 28%)
         (SELECT coalesce(list(DISTINCT n.product), [])
          FROM unnest(regexp_extract_all(
                 regexp_replace(tx_before || ' ' || tx_quote || ' '
                                || regexp_replace(tx_rest, '(?:[,;]|\band\b|\bbut\b)[^,;]*?'
                                                  || '(?:[$€£¥]\s*[0-9]|[0-9][0-9.,]*\s*'
                                                  || $percent_forms_pc || ').*$', ''),
                                $made_of_words || '[^.;]*', '', 'g'),
                 (SELECT p FROM _rc_product_pattern), 1)) u(nm)
          JOIN _rc_product_names n ON n.name = u.nm) AS prods_sentence,
         (SELECT any_value(n.product) FROM _rc_product_names n
          WHERE n.name = regexp_extract(tx_before, (SELECT p_before FROM _rc_product_pattern),
                                        1)) AS prod_before,
         -- (the name itself too: a product the claim holds by a name the lexicon files
         -- under a wider one, "coffee" under agriculture)
         nullif(regexp_extract(tx_rest, (SELECT p_after FROM _rc_product_pattern), 1), '')
           AS name_of,
         raw_product
  FROM ev2
),
unbound AS (  -- amounts whose product the text does not bind to the figure
  SELECT claim_id FROM ev3
  WHERE NOT (list_contains(prods_quote, product) OR coalesce(prod_before = product, false)
             OR coalesce(name_of = raw_product, false)
             OR EXISTS (SELECT 1 FROM _rc_product_names n
                        WHERE n.name = name_of AND n.product = ev3.product)
             OR prods_after = [product]
             OR (len(prods_after) = 0 AND prods_sentence = [product]))
)
SELECT * EXCLUDE (party_i, party_t, other, named, unbound) REPLACE (
         CASE WHEN combined AND metric = 'tariff_rate'
                   AND measure IN ('reciprocal', 'baseline') THEN NULL
              WHEN metric IN ('trade_deficit', 'trade_surplus') THEN NULL
              -- (h252) the baseline's rate on ONE partner, all goods, no name of the baseline
              -- in its sentence ("Peru paid 10% over the spring"): the partner's own rate of
              -- those months, the earlier value on its country-wide timeline
              WHEN metric = 'tariff_rate' AND measure = 'baseline' AND NOT measure_named
                   AND imposer = 'US' AND target IS NOT NULL AND target NOT IN ('US', '*')
                   AND coalesce(product, 'all') = 'all'
                   AND NOT regexp_matches(lower(coalesce(sentence, '')), $baseline_words)
                   THEN 'reciprocal'
              ELSE measure END AS measure,
         CASE WHEN NOT unbound AND metric NOT IN ('trade_deficit', 'trade_surplus')
              THEN product END AS product),
       CASE WHEN unbound OR metric IN ('trade_deficit', 'trade_surplus')
            THEN product END AS product_guess,
       coalesce(other AND NOT (party_i AND party_t), false)
         -- (a trade flow whose sentence names not its non-US party: a province's, a
         -- firm's or a port's share of the country's)
         OR coalesce(metric IN ('exports', 'imports') AND NOT (party_i AND party_t), false)
         -- (h273) a rate whose sentence tells no state or change of it, names no measure
         -- and not its non-US party ("build your costs as if a 25% tariff were coming")
         OR coalesce(metric IN ('tariff_rate', 'tax_rate') AND status IS NULL
                     AND change_word = '' AND NOT measure_named
                     AND coalesce(sentence, '') <> '' AND NOT (party_i AND party_t), false)
         AS doubtful
FROM (
SELECT k.*,
       k.imposer IS NULL OR k.imposer IN ('US', '*') OR list_contains(k.named, k.imposer)
         AS party_i,
       k.target IS NULL OR k.target IN ('US', '*') OR list_contains(k.named, k.target)
         AS party_t,
       len(list_filter(k.named, lambda x: x NOT IN (coalesce(k.imposer, ''),
                                                      coalesce(k.target, '')))) > 0 AS other
FROM (
SELECT k0.*,
       -- the countries (but the US) its sentence names
       CASE WHEN coalesce(k0.sentence, '') = '' THEN []
            ELSE (SELECT coalesce(list(DISTINCT n.code), [])
                  FROM unnest(regexp_extract_all(k0.sentence,
                                                 (SELECT p FROM _rc_country_pattern), 1)) u(nm)
                  JOIN _rc_country_names n ON n.name = u.nm) END AS named,
       u.claim_id IS NOT NULL AS unbound
FROM (
  SELECT c.claim_id, c.article,
         coalesce(nullif(trim(a.source), ''), c.article) AS source,
         a.duplicate_of,
         coalesce(a.duplicate_of IS NOT NULL AND a.duplicate_of <> c.article, false) AS is_dup,
         c.kind, lower(trim(c.metric)) AS metric, c.value, c.date_value,
         CASE WHEN lower(trim(c.unit)) IN ('percent', 'date', 'day') THEN lower(trim(c.unit))
              WHEN lower(trim(c.unit)) = 'days' THEN 'day'
              ELSE upper(trim(c.unit)) END AS unit,
         ci.code AS imposer, ct.code AS target, pa.product, ma.measure,
         nullif(lower(trim(c.status)), '') AS status,
         c.quote, coalesce(c.as_of, a.published) AS as_of, c.effective,
         -- placed in time by a date inferred from the article's text (no date was given)
         coalesce(c.as_of IS NULL AND a.date_method = 'inferred', false) AS date_inferred,
         c.sentence, c.rule_id, c.hedge, c.precision, coalesce(c.quote_start, 0) AS quote_start,
         coalesce(c.combined, false) AS combined,
         coalesce(c.penalty, false) AS penalty,
         coalesce(c.measure_named, false) AS measure_named,
         coalesce(c.change, '') AS change_word,
         coalesce(c.pause_word, false) AS pause_word,
         -- a flow with no period named but stated as a yearly figure ("a deficit of $250
         -- billion a year") is the annual figure as of its article (07_claim_pairs.sql)
         coalesce(c.period, CASE WHEN list_contains($flow_metrics, lower(trim(c.metric)))
                                      AND regexp_matches(
                                        regexp_replace(lower(coalesce(c.sentence, '')),
                                          '\ba year (?:ago|earlier|before|after|later)\b', '', 'g'),
                                        '\b(?:a|per|each|every) year\b|\bannual(?:ly)?\b|\byearly\b|\bper annum\b')
                                 THEN 'annual'
                                 -- (h149) a deficit or surplus with a partner and no period
                                 -- named ("its $46 billion goods deficit with Ruritania")
                                 -- is the last full year's, as of its article's date
                                 WHEN lower(trim(c.metric)) IN ('trade_deficit', 'trade_surplus')
                                      AND nullif(trim(coalesce(c.target, '')), '') IS NOT NULL
                                      AND coalesce(c.as_of, a.published) IS NOT NULL
                                      AND NOT regexp_matches(lower(coalesce(c.sentence, '')),
                                                             $part_of_year)
                                 THEN CAST(year(coalesce(c.as_of, a.published)) - 1 AS VARCHAR)
                                 END) AS period
  FROM claims c
  LEFT JOIN articles a ON a.id = c.article
  LEFT JOIN _rc_country ci ON ci.raw = c.imposer
  LEFT JOIN _rc_country ct ON ct.raw = c.target
  LEFT JOIN _rc_product pa ON pa.raw = c.product
  LEFT JOIN _rc_measure ma ON ma.raw = c.measure
  WHERE c.metric IS NOT NULL
) k0
LEFT JOIN unbound u ON u.claim_id = k0.claim_id
) k
)
