-- armswatch SQLite schema, version 2: what `armswatch sync` needs (applied on open after v1).
-- origins: where a synced publication came from. One row per item of a source, also when the
-- same text is already stored (document_id then names the stored document) or when its file could not
-- be read (document_id NULL, error says why): a known item is never fetched again.
CREATE TABLE origins (
  source       TEXT NOT NULL,      -- officielebekendmakingen | tweedekamer | woo
  item         TEXT NOT NULL,      -- the source's own id of the publication
  document_id  TEXT,               -- documents.id, NULL when the file could not be read
  url          TEXT NOT NULL,      -- the file fetched
  retrieved_at TEXT NOT NULL,      -- UTC, ISO 8601
  error        TEXT,               -- one line, when document_id is NULL
  PRIMARY KEY (source, item)
) WITHOUT ROWID;
CREATE INDEX origins_document ON origins(document_id);

-- sync_state: how far each (source, query) has got. The cursor only moves forward, and only in
-- the transaction that stores the item it moves past.
CREATE TABLE sync_state (
  source      TEXT NOT NULL,
  query       TEXT NOT NULL,       -- '' for the source's default selection
  cursor      TEXT,                -- an ISO date or UTC timestamp, compared as text
  last_run    TEXT,                -- when the last run ended (UTC, ISO 8601)
  last_status TEXT,                -- 'ok' or the run's one-line error
  runs        INTEGER NOT NULL DEFAULT 0,
  added       INTEGER NOT NULL DEFAULT 0,   -- new documents stored, all runs
  failed      INTEGER NOT NULL DEFAULT 0,   -- items whose file could not be read, all runs
  PRIMARY KEY (source, query)
) WITHOUT ROWID;
