-- step 4: what `armswatch sync` needs; the same tables as the SQLite schema's version 2
-- (armswatch/store/schema_sqlite_v2.sql explains the columns). Times are ISO text, as on SQLite,
-- so that both backends return the same strings.
CREATE TABLE origins (
    source       text NOT NULL,
    item         text NOT NULL,
    document_id  text,
    url          text NOT NULL,
    retrieved_at text NOT NULL,
    error        text,
    PRIMARY KEY (source, item)
);
CREATE INDEX origins_document ON origins (document_id);

CREATE TABLE sync_state (
    source       text NOT NULL,
    query        text NOT NULL,
    cursor       text,
    last_run     text,
    last_status  text,
    runs         integer NOT NULL DEFAULT 0,
    added        integer NOT NULL DEFAULT 0,
    failed       integer NOT NULL DEFAULT 0,
    PRIMARY KEY (source, query)
);
