-- The dashboard's figures and heat map as plain SQL, run by the sqlite3 shell in
-- cd_bench_dashboard to compare with the program on the same file. The bench replaces
-- :campaign, :today, :due_period, :due_deadline, :warn_until and the three shares
-- (:monthly, :quarterly, :annual) before running it. Each statement prints one line
-- the bench compares with the program's own figures.

-- units
SELECT count(*) FROM units WHERE active = 1;

-- reports for the latest month due: submitted, late (per active unit, first submission)
SELECT count(*), coalesce(sum(CASE WHEN substr(f.first, 1, 10) > :due_deadline THEN 1 ELSE 0 END), 0)
FROM (SELECT unit_id, min(submitted_at) AS first FROM reports
      WHERE period_id = :due_period AND submitted_at IS NOT NULL GROUP BY unit_id) f
JOIN units u ON u.id = f.unit_id WHERE u.active = 1;

-- tasks behind schedule: every active unit × (mandatory tasks and its own), judged by the
-- rule in docs/reporting.md, grouped per unit and pillar as the heat map needs them
WITH t AS (SELECT * FROM tasks WHERE campaign_id = :campaign),
pairs AS (SELECT u.id AS unit_id, t.id AS task_id, t.pillar, t.measure, t.target, t.lower_is_better, t.cadence, t.due_date
          FROM units u JOIN t ON t.kind = 'mandatory' OR t.owner_unit_id = u.id WHERE u.active = 1),
judged AS (
  SELECT pairs.unit_id, pairs.pillar,
    CASE
      WHEN pairs.measure = '%' THEN coalesce(p.accepted_reports, 0) > 0 AND pairs.target > 0
                                    AND p.accepted_sum / p.accepted_reports + 1e-9 < pairs.target
      WHEN pairs.lower_is_better OR pairs.target <= 0 THEN 0
      WHEN pairs.cadence = 'once' THEN pairs.due_date IS NOT NULL AND :today > pairs.due_date
                                       AND coalesce(p.accepted_sum, 0) + 1e-9 < pairs.target
      ELSE coalesce(p.accepted_sum, 0) + 1e-9 < pairs.target * (CASE pairs.cadence WHEN 'monthly' THEN :monthly
                                                                 WHEN 'quarterly' THEN :quarterly ELSE :annual END)
    END AS behind
  FROM pairs LEFT JOIN task_progress p ON p.unit_id = pairs.unit_id AND p.task_id = pairs.task_id),
cells AS (SELECT unit_id, pillar, sum(behind) AS behind FROM judged GROUP BY unit_id, pillar)
SELECT sum(behind), sum(CASE WHEN pillar <> 'general' AND behind > 0 THEN 1 ELSE 0 END) FROM cells;

-- problems: open, overdue, closed, raised so far
SELECT coalesce(sum(CASE WHEN status <> 'closed' THEN 1 ELSE 0 END), 0),
       coalesce(sum(CASE WHEN status <> 'closed' AND deadline < :today THEN 1 ELSE 0 END), 0),
       coalesce(sum(CASE WHEN status = 'closed' THEN 1 ELSE 0 END), 0), count(*)
FROM problems WHERE raised_on <= :today;

-- heat map: unit × pillar cells with an overdue line, and with one due soon
SELECT sum(CASE WHEN overdue > 0 THEN 1 ELSE 0 END), sum(CASE WHEN soon > 0 THEN 1 ELSE 0 END) FROM
  (SELECT p.unit_id, p.pillar, sum(CASE WHEN p.deadline < :today THEN 1 ELSE 0 END) AS overdue,
          sum(CASE WHEN p.deadline >= :today AND p.deadline <= :warn_until THEN 1 ELSE 0 END) AS soon
   FROM problems p JOIN units u ON u.id = p.unit_id
   WHERE u.active = 1 AND p.status <> 'closed' AND p.raised_on <= :today AND p.pillar <> 'general'
   GROUP BY p.unit_id, p.pillar);
