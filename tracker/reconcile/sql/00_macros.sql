-- Formatting helpers for the reasons people read (25%, $55.7 billion, 2025-08-01): temporary
-- macros of the rebuilding connection, used by the conflict, consistency, official
-- cross-check and update stages.

-- a number with at most three decimals and no trailing zeros: 25, 55.7, 0.125
CREATE OR REPLACE TEMP MACRO rc_num(x) AS rtrim(rtrim(printf('%.3f', x), '0'), '.');

-- an amount with its magnitude word: 55.7 billion
CREATE OR REPLACE TEMP MACRO rc_magnitude(v) AS
  CASE WHEN abs(v) >= 1e12 THEN rc_num(v / 1e12) || ' trillion'
       WHEN abs(v) >= 1e9 THEN rc_num(v / 1e9) || ' billion'
       WHEN abs(v) >= 1e6 THEN rc_num(v / 1e6) || ' million'
       ELSE rc_num(v) END;

-- a claim's value as people write it: the date d when given, else v in its unit
CREATE OR REPLACE TEMP MACRO rc_fmt(v, unit, d) AS
  CASE WHEN d IS NOT NULL THEN strftime(d, '%Y-%m-%d')
       WHEN v IS NULL THEN NULL
       WHEN unit = 'percent' THEN rc_num(v) || '%'
       WHEN unit = 'day' THEN rc_num(v) || ' days'
       WHEN unit = 'USD' THEN '$' || rc_magnitude(v)
       WHEN unit = 'EUR' THEN '€' || rc_magnitude(v)
       ELSE coalesce(unit, '') || ' ' || rc_magnitude(v) END;
