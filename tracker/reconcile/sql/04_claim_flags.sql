-- _rc_flags: every claim with its completed key, fact_id and the flags later stages use.
--
--   fact_id     md5 of (metric, unit, imposer, target, product, measure)
--   is_prev     the claim gives a previous value (history: never current, never compared)
--   comparable  its metric can conflict (levies, flows, stocks, and the goods a measure
--               covers: an other_amount with a measure; not share/change/other amounts)
--   is_flow     its metric is per period: compared only within the same named period
--   v           the value as a number (dates as days since 1970-01-01)
--   h           half-width of the value's stated precision: amounts precision/2 (strictly,
--               so $56 billion ~ $55.7 billion but not $55 billion), 0.25% of the value when
--               the precision is unknown; rates exact (+-0.005) unless hedged ("about 25%":
--               +-precision); dates and durations +-0.5 day; (h169) an amount told as
--               "nearly" or "almost" a round figure is a rounding up of what it stands for:
--               at least $nearly_share of the value ("nearly $300 billion" for $295.4
--               billion)
--   seq_date    the date it was known (publication, else its effective date)
--   date        the date it speaks about (effective, else publication)
--   status_rank in_effect 5 > unknown 4 > agreed 3 > scheduled 2 > paused 1 > proposed 0
--   doubtful    (01) and also a rate whose non-US party its sentence names only after it,
--               past another rate that opens a clause of its own ("lower than the 30% set in
--               spring, but above the 12% granted to Peru": Peru is the 12%'s, not the
--               30%'s); not in a "respectively" list, nor across "from/to" ("from 20% to 30%
--               on Peru" is one change of Peru's), and only when its words occur once there;
--               (h133) and a rate right after a word of the ordinary duty ("on top of its
--               usual 2%"), whose measure no word of its own names (`added_to`): maybe the
--               ordinary (MFN) duty, not the levy its key names; (h140) and a US rate
--               on a partner its words make the partner's levy ("the 40% levy Oslo had
--               imposed"): maybe the counter-tariff read on the US key (`partner_levy`);
--               (h179) and a rate right after "double the", "half the" (rules/lexicon.toml
--               [comparison_base]): the base of a comparison, maybe another period's or
--               another party's figure (`compared_base`)
WITH after_other AS (
  SELECT r.claim_id
  FROM (SELECT claim_id, sentence, quote,
               strpos(coalesce(sentence, ''), coalesce(quote, '')) AS q_at,
               CASE WHEN coalesce(target, 'US') NOT IN ('US', '*') THEN target
                    ELSE imposer END AS party
        FROM _rc_totalled
        WHERE kind = 'rate' AND coalesce(quote, '') <> '' AND coalesce(sentence, '') <> ''
          AND NOT regexp_matches(lower(sentence), '\brespectively\b')) r
  JOIN _rc_country_names n ON n.code = r.party
  WHERE r.q_at > 0 AND r.party NOT IN ('US', '*')
    -- the figure's words stated once in the sentence (else which one is it?)
    AND strpos(substr(r.sentence, r.q_at + 1), r.quote) = 0
  GROUP BY r.claim_id, r.sentence, r.quote, r.q_at
  -- named nowhere before the figure, and its first name after it lies past another rate
  HAVING max(strpos(substr(r.sentence, 1, r.q_at - 1), n.name)) = 0
     AND min(nullif(strpos(substr(r.sentence, r.q_at + length(r.quote)), n.name), 0))
         IS NOT NULL
     AND regexp_matches(
           substr(substr(r.sentence, r.q_at + length(r.quote)), 1,
                  min(nullif(strpos(substr(r.sentence, r.q_at + length(r.quote)), n.name), 0))),
           '^[^0-9]*?(?:[,;]|\b(?:but|while|whereas|although|though|than)\b)[^0-9]*[0-9][0-9.]*\s*'
           || $percent_forms_pc)
     AND NOT regexp_matches(
           substr(substr(r.sentence, r.q_at + length(r.quote)), 1,
                  min(nullif(strpos(substr(r.sentence, r.q_at + length(r.quote)), n.name), 0))),
           '^[^0-9]*\b(?:to|from)\s+(?:the\s+|an?\s+)?[0-9]')
),
added_to AS (  -- (h133) a rate right after a word of the ordinary duty, its measure named
               -- by no word of its own ("an extra 10% charge on top of its usual 2%"): the
               -- ordinary (MFN) duty, maybe, not the levy its key names. (Not every base
               -- of "on top of": "on top of the 20% already levied" is a levy in place)
  SELECT claim_id
  FROM (SELECT claim_id, sentence, quote,
               strpos(coalesce(sentence, ''), coalesce(quote, '')) AS q_at
        FROM _rc_totalled
        WHERE kind = 'rate' AND NOT coalesce(measure_named, false)
          AND coalesce(quote, '') <> '' AND coalesce(sentence, '') <> '') r
  WHERE r.q_at > 1
    AND regexp_matches(lower(substr(r.sentence, 1, r.q_at - 1)),
                       '\b(?:normal|usual|ordinary|regular|standard|mfn)\s+$')
),
compared_base AS (  -- (h179) a rate named as the base another figure is measured against
                   -- ("50% since June, double the 25% charged from March", "25%, half the
                   -- 50% other partners pay"): another period's or another party's figure,
                   -- maybe, read on this key, not the state its sentence tells
  SELECT claim_id
  FROM (SELECT claim_id, sentence, strpos(coalesce(sentence, ''), coalesce(quote, '')) AS q_at
        FROM _rc_totalled
        WHERE kind = 'rate' AND coalesce(quote, '') <> '' AND coalesce(sentence, '') <> '') r
  WHERE r.q_at > 1
    AND regexp_matches(lower(substr(r.sentence, 1, r.q_at - 1)), $comparison_base)
),
partner_levy AS (  -- (h140) a US rate on a partner whose own words make it the partner's
                  -- levy: the figure (its levy noun) followed by the partner as the one who
                  -- imposed it ("the 40% levy Oslo had imposed on Monday"): the partner's
                  -- counter-tariff read on the US key, maybe, so it makes no conflict alone
  SELECT DISTINCT r.claim_id
  FROM (SELECT claim_id, target,
               regexp_replace(substr(sentence, strpos(sentence, quote) + length(quote)),
                              '^\s*(?:' || $partner_levy_nouns || '\s+)?'
                              || '(?:that\s+|which\s+)?', '') AS rest
        FROM _rc_totalled
        WHERE kind = 'rate' AND imposer = 'US' AND target NOT IN ('US', '*')
          AND coalesce(quote, '') <> '' AND strpos(coalesce(sentence, ''), quote) > 0) r
  JOIN _rc_country_names n ON n.code = r.target
  WHERE starts_with(r.rest, n.name)
    AND regexp_matches(substr(r.rest, length(n.name) + 1), $partner_levy_verb)
),
keyed AS (
  SELECT r.* REPLACE (coalesce(r.product, f.product) AS product,
                      coalesce(r.measure, f.measure) AS measure,
                      r.doubtful OR r.claim_id IN (SELECT claim_id FROM after_other)
                        OR r.claim_id IN (SELECT claim_id FROM added_to)
                        OR r.claim_id IN (SELECT claim_id FROM partner_levy)
                        OR r.claim_id IN (SELECT claim_id FROM compared_base) AS doubtful),
         f.metric IS NOT NULL AS key_filled
  FROM _rc_totalled r LEFT JOIN _rc_fill f
    ON (r.product IS NULL OR r.measure IS NULL) AND f.metric = r.metric AND f.unit = r.unit
   AND f.i = coalesce(r.imposer, '') AND f.t = coalesce(r.target, '')
   AND f.p = coalesce(r.product, '') AND f.m = coalesce(r.measure, '')
)
SELECT k.*,
       substr(md5(concat_ws('|', metric, unit, coalesce(imposer, '-'), coalesce(target, '-'),
              coalesce(product, '-'), coalesce(measure, '-'))), 1, 16) AS fact_id,
       coalesce(status = 'previous', false) AS is_prev,
       list_contains($conflict_metrics, metric)
         OR (metric = 'other_amount' AND measure IS NOT NULL) AS comparable,
       list_contains($flow_metrics, metric) AS is_flow,
       CASE WHEN date_value IS NOT NULL
            THEN CAST(date_diff('day', DATE '1970-01-01', date_value) AS DOUBLE)
            ELSE value END AS v,
       CASE WHEN date_value IS NOT NULL OR unit IN ('date', 'day') THEN 0.5
            WHEN kind = 'amount' THEN
              CASE WHEN hedge IN ('nearly', 'almost')
                     THEN greatest(coalesce(precision, 0), $nearly_share * abs(value))
                   WHEN hedge IS NOT NULL THEN coalesce(precision, 0.01 * abs(value))
                   WHEN precision IS NOT NULL THEN 0.4999 * precision
                   ELSE 0.0025 * abs(value) END
            WHEN hedge IS NOT NULL THEN coalesce(precision, 1.0)
            ELSE 0.005 END AS h,
       coalesce(as_of, effective) AS seq_date,
       coalesce(effective, as_of) AS date,
       coalesce(as_of, effective, DATE '1900-01-01') AS seq_key,
       CASE status WHEN 'in_effect' THEN 5 WHEN 'agreed' THEN 3 WHEN 'scheduled' THEN 2
                   WHEN 'paused' THEN 1 WHEN 'proposed' THEN 0 WHEN 'previous' THEN -1
                   ELSE 4 END AS status_rank,
       -- (h179, h200, h208) an amount told as a yearly pace right after its figure ("$20
       -- billion a year": rules/lexicon.toml [per_year]), read once here for 07, whose
       -- pairs it keeps apart from plain figures (a regexp there, over every amount's
       -- sentence inside the pair query, ran out of memory at the 128 MB bound)
       coalesce(kind = 'amount' AND coalesce(quote, '') <> ''
                AND strpos(coalesce(sentence, ''), quote) > 0
                -- (h291) a yearly limit named right after it ("within the $20 billion
                -- annual limit") is a pace too, not a stock of its own ([per_year] limit)
                AND regexp_matches(lower(substr(sentence, strpos(sentence, quote)
                                                          + length(quote))),
                                   $per_year_after), false) AS pace
FROM keyed k
