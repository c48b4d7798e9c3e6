-- Job errors used to be the error's own text: for a failed save, the whole query with every parameter
-- (megabytes, served by the status route). They are now one short sentence; older ones get one too.
UPDATE "analyses" SET "error" = 'The analysis failed (recorded by an earlier version, without a short reason).'
WHERE "error" IS NOT NULL AND (length("error") > 300 OR "error" LIKE 'Failed query:%');
