-- Invariants that only the code held until now (issue 12). Each check is added NOT VALID: new and
-- changed rows must satisfy it at once, while rows that already break it are kept as they are
-- and reported (`npm run db:check`, lib/db/invariants.ts) rather than silently changed. A check
-- that no existing row breaks is then validated here, so it holds for every row.
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_n_not_negative" CHECK ("n" IS NULL OR "n" >= 0) NOT VALID;
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_cycle_end_after_start" CHECK ("cycleEnd" > "cycleStart") NOT VALID;
ALTER TABLE "ReportingPeriod" ADD CONSTRAINT "ReportingPeriod_due_not_before_end" CHECK ("dueDate" >= "endDate") NOT VALID;
ALTER TABLE "ReportingPeriod" ADD CONSTRAINT "ReportingPeriod_end_not_before_start" CHECK ("endDate" >= "startDate") NOT VALID;

DO $$
DECLARE
  item record;
BEGIN
  FOR item IN SELECT * FROM (VALUES
    ('Observation', 'Observation_n_not_negative'),
    ('Plan', 'Plan_cycle_end_after_start'),
    ('ReportingPeriod', 'ReportingPeriod_due_not_before_end'),
    ('ReportingPeriod', 'ReportingPeriod_end_not_before_start')
  ) AS v(tbl, name) LOOP
    BEGIN
      EXECUTE format('ALTER TABLE %I VALIDATE CONSTRAINT %I', item.tbl, item.name);
    EXCEPTION WHEN check_violation THEN
      RAISE WARNING 'Existing rows of % break % and were kept: run `npm run db:check` to list them.', item.tbl, item.name;
    END;
  END LOOP;
END $$;

-- One original target version (the one in force from the start, effectiveFrom null) per measure.
-- A unique index cannot be added NOT VALID: it is made only when no measure has two already.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM "MeasureTargetVersion" WHERE "effectiveFrom" IS NULL GROUP BY "measureId" HAVING count(*) > 1) THEN
    RAISE WARNING 'Some measures have more than one original target version and were kept: run `npm run db:check` to list them.';
  ELSE
    CREATE UNIQUE INDEX "MeasureTargetVersion_one_original" ON "MeasureTargetVersion" ("measureId") WHERE "effectiveFrom" IS NULL;
  END IF;
END $$;
