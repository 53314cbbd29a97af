-- armswatch PostgreSQL schema, step 1. Applied in one transaction by PostgresStore on open.
-- The columns are those of armswatch/store/rows.py (shared with the SQLite backend); dates are
-- ISO text as the record has them (a year or month alone is a valid record date).
CREATE TABLE documents (
    seq          bigint GENERATED ALWAYS AS IDENTITY UNIQUE,  -- insertion order (ties in date order)
    id           text PRIMARY KEY,             -- sha256 of the normalised body
    path         text,
    format       text,
    type         text NOT NULL,
    chamber      text,
    date         text,
    year         integer,
    subject      text,
    reference    text,
    dossier      text,
    number       text,
    sender_name  text,
    sender_role  text,
    sender       text,
    addressee    text,
    length       integer NOT NULL DEFAULT 0,
    weapons      text[] NOT NULL DEFAULT '{}', -- weapon ids mentioned (facet, filter)
    actors       text[] NOT NULL DEFAULT '{}', -- ISO3 codes in the facts (facet, filter)
    record       text NOT NULL,                -- the contract record without body, as JSON text
                                               -- (text, not jsonb: jsonb would reorder the keys)
    body         text NOT NULL,
    tsv          tsvector NOT NULL,            -- analysed terms, see armswatch/store/postgres.py
    added_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX documents_tsv_gin ON documents USING gin (tsv);
CREATE INDEX documents_date ON documents (date DESC NULLS LAST, seq DESC);
CREATE INDEX documents_type ON documents (type);
CREATE INDEX documents_chamber ON documents (chamber);
CREATE INDEX documents_year ON documents (year);
CREATE INDEX documents_sender ON documents (sender);
CREATE INDEX documents_weapons_gin ON documents USING gin (weapons);
CREATE INDEX documents_actors_gin ON documents USING gin (actors);

-- where each document was read from: (path, size, mtime) lets a rerun of an ingest skip it
CREATE TABLE sources (
    path         text PRIMARY KEY,
    size         bigint NOT NULL,
    mtime        double precision NOT NULL,
    document_id  text REFERENCES documents(id) ON DELETE CASCADE
);

-- parts: numbered questions and their answers
CREATE TABLE parts (
    document_id  text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal      integer NOT NULL,
    number       integer,
    question     text,
    answer       text,
    data         text NOT NULL,
    PRIMARY KEY (document_id, ordinal)
);

CREATE TABLE redactions (
    document_id  text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal      integer NOT NULL,
    ground       text,
    woo_article  text,
    PRIMARY KEY (document_id, ordinal)
);

-- facts: the filterable fields as indexed columns, the contract dict as JSON text
CREATE TABLE facts (
    seq          bigint GENERATED ALWAYS AS IDENTITY UNIQUE,  -- insertion order: the listing order
    document_id  text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal      integer NOT NULL,
    kind         text NOT NULL,
    actor        text,
    recipient    text,
    weapon       text,
    treaty       text,
    state        text,
    date         text,                         -- the document's date
    data         text NOT NULL,
    PRIMARY KEY (document_id, ordinal)
);
CREATE INDEX facts_kind ON facts (kind);
CREATE INDEX facts_actor ON facts (actor);
CREATE INDEX facts_recipient ON facts (recipient);
CREATE INDEX facts_date ON facts (date);
CREATE INDEX facts_weapon ON facts (weapon);
CREATE INDEX facts_treaty_state ON facts (treaty, state);
CREATE INDEX facts_document ON facts (document_id);

-- vocab: in how many documents each head/body term occurs (what fts5vocab gives SQLite); the
-- search looks up OCR-slip spellings of a query word here instead of scanning the index
CREATE TABLE vocab (
    term  text PRIMARY KEY,
    docs  integer NOT NULL
);
