-- step 3: a short vector to rank with. ts_rank reads the whole vector of every candidate it
-- scores, and the body's tsv is stored out of line (TOAST): fetching it for up to RANK_CAP
-- candidates was most of a search's time. rank_tsv keeps the lexemes of the head (weight B),
-- the concepts (C) and those that first occur in the body's first 100 positions, with all their
-- positions (phrases and proximity still rank), and is kept in the row (STORAGE MAIN).
-- The function is shared by the backfill below and by every insert (store/postgres.py).
CREATE FUNCTION armswatch_rank_vector(v tsvector) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ts_delete(v, ARRAY(SELECT u.lexeme FROM unnest(v) u
                            WHERE u.positions[1] > 100 AND NOT u.weights && '{B,C}'::text[]))
$$;
-- no default: adding the column rewrites nothing; the backfill writes each row once
ALTER TABLE documents ADD COLUMN rank_tsv tsvector;
ALTER TABLE documents ALTER COLUMN rank_tsv SET STORAGE MAIN;
UPDATE documents SET rank_tsv = armswatch_rank_vector(tsv);
ALTER TABLE documents ALTER COLUMN rank_tsv SET NOT NULL;
