-- fact_claims: every claim with its fact key, fact_id and the flags the rules use.
--
-- Dates: a rate without a date of its own speaks about the one effective date its article
-- states for the same measure; a scheduled one, failing that, about the one effective date
-- its article states for the same parties, whatever the goods or measure it is keyed to
-- ("trucks pay 25% from Nov. 1; buses a lower 10% under the same order"). In an article with no publication date at all (given or
-- inferred), a pending rate (scheduled, agreed) that takes that date was written
-- before it: it is placed in time by it (seq_date), so it takes part in comparisons instead
-- of being left out for want of a date ("will face 20% from June 3"); a rate read in
-- effect is not (its article came some unknown time after the start), nor (h165) a threat
-- (proposed: made some unknown time before the start it names; placed there it would be
-- no current value until that day). A current-looking claim repeating its own article's previous
-- value ("an additional 25% ... from 25% to 50%") is restated: history, like the previous
-- value; not when a later sentence, with no change cue, says the old value is in effect
-- ("doubled from 25% to 50%. Imports from one partner stay at 25%": it still holds there). A claim states a change when its sentence has a change cue (the extractor's
-- `change` column) or its article gives the fact's old value as previous; for a rate, not a
-- cue that the sentence spends on something else before the figure (`cue_away`: another
-- figure's clause in between, or an object that is no levy followed by a purpose: "trimmed
-- forecasts to reflect the 35% tariff"), unless "to", "from" or "by" leads the figure in.
-- Another mention of a change's new value in the same article (a headline "125% counter-
-- tariff kicks in" over "rose to 125%") states that change too (`retold`).
--
--   in_seq  the claim takes part in comparisons: not a duplicate, previous or restated; a
--           comparable metric with a value; flows need a named period, others a date
--   left_out  why a claim takes no part in comparisons (NULL: it does), so that no claim is
--           dropped silently: a duplicate, a previous or restated value, a metric never
--           compared, no value, a flow without a named period, or no date at all (no
--           publication date, given or inferred, and no effective date); an agreed pledge
--           with no date that 07 still compares (no article tells it changed) says so
--   undated_pledge  (h121) that pledge: an agreed investment or purchase with no date at all
--           (out of the sequence for want of one) in a fact no article tells changed (no
--           change or previous value): 07 compares it with the dated articles' same pledge,
--           and the evaluation counts it on the fact. One flag, so that 05, 07 and the
--           evaluation cannot drift apart
--   is_before  a rate in effect that its own sentence says will change to a pending
--           (scheduled or agreed) value: the value before that change, which 07 compares
--           with other articles' previous values of the same change (it stays in comparisons)
--   start_rate  (h126) a past start's (an effective date in effect) rate: the rate of the
--           same key nearest before it in its sentence, else (h169) nearest after it
--           (07 `one_start`); (h179) a coming start's (scheduled) too (08 `told_around`:
--           a start told before it and one told after it are one start only when no
--           other rate stands beside either)
--   part    the period flows are compared within ('' for the others)
--   epoch   the number of change dates before the claim in its fact and part (+1 for a
--           change claim itself): only same-epoch claims are compared
WITH cue_at AS (  -- rates whose sentence's change cue comes before the figure: the words
                  -- between them (btw); the words before the figure end in "to", "from" or
                  -- "by", or its quote holds one ("reduced to zero"): led_in
  SELECT claim_id,
         lower(substr(sentence, cue + length(change_word), q_at - cue - length(change_word)))
           AS btw,
         regexp_matches(lower(substr(sentence, 1, q_at - 1)),
                        '\b(?:to|from|by)\s+(?:the\s+|an?\s+)?$')
           OR regexp_matches(lower(quote), '\b(?:to|from|by)\b') AS led_in,
         -- (h201) the cue as written is a name's first word: capitalised after a word in
         -- lower case and before another capitalised one ("a map shown in the Rose Garden")
         regexp_matches(substr(sentence, cue, 1), '[A-Z]')
           AND regexp_matches(substr(sentence, 1, cue - 1), '(?:^|\s)[a-z][^\s]*\s+$')
           AND regexp_matches(substr(sentence, cue + length(change_word)), '^\s+[A-Z]')
           AS in_name
  FROM (SELECT claim_id, sentence, quote, change_word,
               strpos(lower(sentence), change_word) AS cue, strpos(sentence, quote) AS q_at
        FROM _rc_flags
        -- (h291) amounts too, for `changed` only: "Cars drop to 15%, and the $350 billion
        -- splits into $200 billion of cash and $150 billion for yards" tells no change of
        -- the pledge
        WHERE (metric IN ('tariff_rate', 'tax_rate') OR kind = 'amount') AND change_word <> ''
          AND coalesce(quote, '') <> '' AND coalesce(sentence, '') <> '')
  WHERE cue > 0 AND q_at >= cue + length(change_word)
),
cue_away AS (  -- ... but changes something else (unless "to", "from" or "by" leads the figure
               -- in): another rate stands between them with a clause break after it
               -- ("replacing the 10% baseline, and sits above the 31% floated in April";
               -- "doubled A's 25% duty, ..., and B pays 20%"), or the cue's object is no
               -- levy and a purpose follows it ("trimmed profit forecasts to reflect the
               -- 35% tariff"); (h201) nor a cue that is a name's word ("a map shown
               -- in the Rose Garden set the partner at 36%")
  SELECT claim_id FROM cue_at
  WHERE in_name OR NOT led_in
    AND (regexp_matches(btw, '[0-9][0-9.]*\s*' || $percent_forms
                             || '[^,;]*(?:[,;]|\b(?:but|while|whereas)\b)')
         OR (regexp_matches(btw, '^\s*(?:[a-z''’-]+\s+){1,3}to\s+[a-z]+\s')
             AND NOT regexp_matches(regexp_extract(btw, '^(.*?)\bto\s', 1),
                                    $levy_object)))
),
art_eff AS (  -- an article's one stated effective date for a measure
  SELECT article, coalesce(imposer, '') AS i, coalesce(target, '') AS t,
         coalesce(product, '') AS p, coalesce(measure, '') AS m, min(date_value) AS eff
  FROM _rc_flags
  WHERE metric = 'effective_date' AND NOT is_prev AND date_value IS NOT NULL
  GROUP BY ALL HAVING count(DISTINCT date_value) = 1
),
art_eff_parties AS (  -- (h81) an article's one stated effective date for a pair of parties,
                      -- whatever the goods or measure it is keyed to
  SELECT article, coalesce(imposer, '') AS i, coalesce(target, '') AS t,
         min(date_value) AS eff
  FROM _rc_flags
  WHERE metric = 'effective_date' AND NOT is_prev AND NOT is_dup AND date_value IS NOT NULL
  GROUP BY ALL HAVING count(DISTINCT date_value) = 1
),
f0 AS (  -- rates without a date of their own speak about their article's stated date; a
         -- pending rate of an article with no date at all is placed by it (`placed_at`)
  SELECT * EXCLUDE (eff, placed_at)
           REPLACE (coalesce(effective, eff) AS effective,
                    coalesce(effective, eff, as_of) AS date,
                    coalesce(seq_date, placed_at) AS seq_date,
                    CASE WHEN seq_date IS NULL AND placed_at IS NOT NULL THEN placed_at
                         ELSE seq_key END AS seq_key)
  FROM (SELECT f.* EXCLUDE (eff0, eff_parties),
               coalesce(f.eff0, CASE WHEN f.status = 'scheduled' THEN f.eff_parties END)
                 AS eff,
               CASE WHEN f.seq_date IS NULL AND NOT f.is_prev
                     AND f.status IN ('scheduled', 'agreed')
                    THEN f.eff0 END AS placed_at
        FROM (SELECT f.*, e.eff AS eff0, ep.eff AS eff_parties
              FROM _rc_flags f
              LEFT JOIN art_eff e
                ON f.effective IS NULL AND NOT f.is_prev
               AND f.metric IN ('tariff_rate', 'tax_rate')
               -- (h201) a rate its sentence tells in effect as a state already holding
               -- ("the 27.5% charged since April", "still pays 25%") did not start on a
               -- day after its article appeared: that day is another rate's start
               AND NOT (f.status IS NOT DISTINCT FROM 'in_effect' AND f.as_of IS NOT NULL
                        AND e.eff > f.as_of
                        AND regexp_matches(lower(coalesce(f.sentence, '')), $holding_words))
               AND e.article = f.article AND e.i = coalesce(f.imposer, '')
               AND e.t = coalesce(f.target, '') AND e.p = coalesce(f.product, '')
               AND e.m = coalesce(f.measure, '')
              LEFT JOIN art_eff_parties ep
                ON f.effective IS NULL AND NOT f.is_prev
               AND f.metric IN ('tariff_rate', 'tax_rate')
               AND ep.article = f.article AND ep.i = coalesce(f.imposer, '')
               AND ep.t = coalesce(f.target, '')) f)
),
prevs AS (  -- the values articles themselves give as previous
  SELECT fact_id, article, v, h, quote_start, sentence FROM f0 WHERE is_prev AND v IS NOT NULL
),
restated AS (  -- a current-looking claim repeating its own article's previous value
  SELECT f.claim_id FROM f0 f
  JOIN prevs p ON p.fact_id = f.fact_id AND p.article = f.article
  WHERE NOT f.is_prev AND abs(f.v - p.v) <= f.h + p.h + 1e-9
    -- not a later sentence saying, without a change cue, that the old value is in effect
    AND NOT (f.status IS NOT DISTINCT FROM 'in_effect' AND coalesce(f.change_word, '') = ''
             AND f.quote_start > p.quote_start
             AND coalesce(f.sentence, '') <> coalesce(p.sentence, ''))
  GROUP BY f.claim_id
),
before AS (  -- a rate in effect that its own sentence says will change to a pending value
             -- ("set at 27.5%, to be reduced to 15%"): the value before that change
  SELECT f.claim_id FROM f0 f
  JOIN f0 n ON n.fact_id = f.fact_id AND n.article = f.article AND n.claim_id <> f.claim_id
   AND coalesce(n.sentence, '') = coalesce(f.sentence, '') AND coalesce(f.sentence, '') <> ''
  WHERE NOT f.is_prev AND f.status = 'in_effect' AND f.change_word <> ''
    AND n.status IN ('scheduled', 'agreed') AND n.change_word <> ''
    AND f.metric IN ('tariff_rate', 'tax_rate') AND abs(n.v - f.v) > n.h + f.h + 1e-9
  GROUP BY f.claim_id
),
has_prev AS (SELECT DISTINCT fact_id, article FROM prevs),
closed_count AS (  -- (h255) a flow's count of a named period that ended before the year its
                   -- article was written (as 07's `explained` reads one, h169): a change cue
                   -- in its sentence tells a move from an earlier period ("the deficit fell
                   -- to $280 billion last year") or of something else ("little reason to
                   -- let the duties fall"), not a new count of that period; only a cue that
                   -- tells the count corrected does ("revised to": $revision_cue). (h264)
                   -- The same for a month, quarter or half of the article's own year that
                   -- had ended before its date ("receipts reached $30 billion in October,
                   -- released after the shutdown delay", told in November): its count is
                   -- closed too; a year to date or the year still running is not
  SELECT claim_id FROM f0
  WHERE is_flow AND change_word <> '' AND seq_date IS NOT NULL
    AND (TRY_CAST(substr(coalesce(period, ''), 1, 4) AS INTEGER) < year(seq_date)
         OR coalesce(CASE  -- the last day of a month, quarter or half
              WHEN regexp_matches(period, '^\d{4}-\d{2}$')
                THEN last_day(CAST(period || '-01' AS DATE))
              WHEN regexp_matches(period, '^\d{4}-[QH][1-4]$')
                THEN last_day(make_date(CAST(substr(period, 1, 4) AS INTEGER),
                                        CAST(substr(period, 7, 1) AS INTEGER)
                                          * CASE substr(period, 6, 1) WHEN 'Q' THEN 3
                                                                      ELSE 6 END, 1))
            END < seq_date, false))
    AND NOT regexp_matches(lower(change_word), $revision_cue)
),
start_rate AS (  -- (h126) a past start's rate: the rate of the same key nearest before the
                 -- date in its sentence ("doubled to 50% on Wednesday"; "charged at 50%
                 -- since July 4"), not a previous value (07 `one_start`; read here, where
                 -- the rates of every metric are at hand, not in 07's slices of the facts);
                 -- (h169) with none before it, the nearest after it ("since the quota
                 -- opened on May 30, cars have entered at 10%")
  SELECT d.claim_id,
         arg_min(r.v, CASE WHEN r.quote_start < d.quote_start
                           THEN d.quote_start - r.quote_start
                           ELSE 1000000 + r.quote_start - d.quote_start END) AS start_rate
  FROM f0 d JOIN f0 r ON r.article = d.article AND r.sentence = d.sentence
   AND r.claim_id <> d.claim_id AND r.metric IN ('tariff_rate', 'tax_rate')
   AND r.imposer IS NOT DISTINCT FROM d.imposer AND r.target IS NOT DISTINCT FROM d.target
   AND r.product IS NOT DISTINCT FROM d.product AND r.measure IS NOT DISTINCT FROM d.measure
  WHERE d.metric = 'effective_date' AND d.date_value IS NOT NULL
    AND d.status IN ('in_effect', 'scheduled')
    AND NOT d.is_prev AND NOT r.is_prev AND r.v IS NOT NULL
  GROUP BY d.claim_id
),
pause_retold AS (  -- (h282) a rate told paused by its pause cue ("named 17% in April and then
                   -- suspended it") that another article told earlier as the same pause (the
                   -- value paused, or pending with a pause cue): the same pause told again,
                   -- often months on as history, not a change on the later article's day;
                   -- as a change it opened a new epoch there and kept the reports of the
                   -- rate in force around it from being compared
  SELECT DISTINCT f.claim_id FROM f0 f
  JOIN f0 e ON e.fact_id = f.fact_id AND e.article <> f.article AND e.seq_key < f.seq_key
   AND abs(e.v - f.v) <= e.h + f.h + 1e-9
  WHERE f.status = 'paused' AND f.pause_word AND f.change_word <> ''
    AND NOT (f.is_prev OR f.is_dup OR e.is_prev OR e.is_dup)
    AND (e.status = 'paused' OR e.pause_word)
),
told AS (  -- the new values of the changes an article states (a change cue not spent away)
  SELECT f.fact_id, f.article, f.v, f.h FROM f0 f
  LEFT JOIN cue_away ca ON ca.claim_id = f.claim_id
  WHERE NOT f.is_prev AND f.change_word <> '' AND (ca.claim_id IS NULL OR f.kind = 'amount')
    AND f.v IS NOT NULL AND f.claim_id NOT IN (SELECT claim_id FROM closed_count)
    AND f.claim_id NOT IN (SELECT claim_id FROM pause_retold)
),
retold AS (  -- another mention of such a new value in the same article is the same change
             -- told again ("125% counter-tariff kicks in" over "... rose to 125%")
  SELECT DISTINCT f.claim_id FROM f0 f
  JOIN told t ON t.fact_id = f.fact_id AND t.article = f.article
   AND abs(f.v - t.v) <= f.h + t.h + 1e-9
  WHERE NOT f.is_prev AND f.change_word = ''
),
prev_told AS (  -- the claims whose article gives an old value of their fact, so they are
                -- its new value; (h273) not a closed count ("$29.6 billion in July, up from
                -- $27.2 billion in June"): that old value is the count of an earlier period,
                -- which its sentence's cue compares, not an old count of this one
  SELECT f.claim_id FROM f0 f
  JOIN has_prev hp ON hp.fact_id = f.fact_id AND hp.article = f.article
  WHERE f.claim_id NOT IN (SELECT claim_id FROM closed_count)
),
f2 AS (
  SELECT f.*,
         pt.claim_id IS NOT NULL AS article_has_prev,
         r.claim_id IS NOT NULL AS is_restated, b.claim_id IS NOT NULL AS is_before,
         sr.start_rate,
         NOT f.is_dup AND NOT f.is_prev AND r.claim_id IS NULL AND f.comparable
           AND f.v IS NOT NULL
           AND (CASE WHEN f.is_flow THEN f.period IS NOT NULL ELSE f.seq_date IS NOT NULL END)
           AS in_seq,
         CASE WHEN f.is_flow THEN coalesce(f.period, '') ELSE '' END AS part,
         NOT f.is_prev AND ((f.change_word <> ''
                             AND (ca.claim_id IS NULL OR f.kind = 'amount')
                             AND cc.claim_id IS NULL AND pr.claim_id IS NULL)
                            OR pt.claim_id IS NOT NULL
                            OR rt.claim_id IS NOT NULL) AS is_change
  FROM f0 f
  LEFT JOIN cue_away ca ON ca.claim_id = f.claim_id
  LEFT JOIN closed_count cc ON cc.claim_id = f.claim_id
  LEFT JOIN pause_retold pr ON pr.claim_id = f.claim_id
  LEFT JOIN retold rt ON rt.claim_id = f.claim_id
  LEFT JOIN prev_told pt ON pt.claim_id = f.claim_id
  LEFT JOIN restated r ON r.claim_id = f.claim_id
  LEFT JOIN before b ON b.claim_id = f.claim_id
  LEFT JOIN start_rate sr ON sr.claim_id = f.claim_id
),
changed AS (  -- (h112) facts some article tells changed (a change or a previous value);
              -- (h291) not by an amount whose sentence's cue is spent on a rate before it
              -- (`cue_away`): the pledge is not told changed, so an undated article's
              -- same pledge is still compared (`undated_pledge`); the amount's epoch stays
              -- as it was (moved into the epoch before, a pledge's total met another
              -- article's part of it, told with no cue, as a second value)
  SELECT DISTINCT f.fact_id FROM f2 f
  LEFT JOIN cue_away ca ON ca.claim_id = f.claim_id
  WHERE NOT f.is_dup
    AND (f.is_prev
         OR (f.is_change AND NOT (f.kind = 'amount' AND ca.claim_id IS NOT NULL
                                  AND f.claim_id NOT IN (SELECT claim_id FROM prev_told)
                                  AND f.claim_id NOT IN (SELECT claim_id FROM retold))))
),
days AS (
  SELECT fact_id, part, seq_key, max(CAST(is_change AS INTEGER)) AS chg
  FROM f2 WHERE in_seq GROUP BY ALL
),
days2 AS (
  SELECT *, sum(chg) OVER (PARTITION BY fact_id, part ORDER BY seq_key
                           ROWS UNBOUNDED PRECEDING) - chg AS n_before
  FROM days
)
SELECT f.* EXCLUDE (sentence),
       -- (h216) which sentence of its article told the claim, as a number: 07 ties a
       -- previous value through the new value its own sentence tells (`told_with`), and a
       -- join on the text itself would not fit 07 in 128 MB
       hash(f.sentence) AS sentence_key,
       CASE WHEN f.in_seq THEN d.n_before + CAST(f.is_change AS INTEGER) END AS epoch,
       CASE WHEN f.in_seq THEN NULL
            WHEN f.is_dup THEN 'duplicate of ' || f.duplicate_of
            WHEN f.is_prev THEN 'previous value: history'
            WHEN f.is_restated THEN 'repeats its article''s previous value'
            WHEN NOT f.comparable THEN 'metric ' || f.metric || ' is never compared'
            WHEN f.v IS NULL THEN 'no value'
            WHEN f.is_flow THEN 'no named period'
            -- (h112) 07's `undated_pledge`: compared all the same, so say so
            WHEN f.undated_pledge
              THEN 'pledge with no date: compared with the dated articles'' claims of the '
                   || 'same pledge, which no article tells changed (07 undated_pledge)'
            ELSE 'no date: no publication date (given or inferred) and no effective date'
       END AS left_out
FROM (SELECT f.*,
             coalesce(NOT f.in_seq AND NOT (f.is_dup OR f.is_prev OR f.is_restated)
                      AND f.comparable AND f.v IS NOT NULL AND NOT f.is_flow
                      AND f.seq_date IS NULL AND f.effective IS NULL
                      AND f.metric IN ('investment', 'purchase') AND f.status = 'agreed'
                      AND NOT f.is_change AND c.fact_id IS NULL, false) AS undated_pledge
      FROM f2 f LEFT JOIN changed c ON c.fact_id = f.fact_id) f
LEFT JOIN days2 d ON f.in_seq AND d.fact_id = f.fact_id AND d.part = f.part
                 AND d.seq_key = f.seq_key
