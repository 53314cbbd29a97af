-- armswatch SQLite schema, version 1 (armswatch/store/sqlite.py applies it on open).
-- documents: one row per distinct normalised text (id = sha256); the texts (body, record
-- JSON) live in their own table so that document rows stay small and facet scans fast.
CREATE TABLE documents (
  rowid       INTEGER PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,
  path        TEXT,
  format      TEXT,
  type        TEXT NOT NULL,
  chamber     TEXT,
  date        TEXT,
  year        INTEGER,
  subject     TEXT,
  reference   TEXT,
  dossier     TEXT,
  number      TEXT,
  sender_name TEXT,
  sender_role TEXT,
  sender      TEXT,            -- name, else role: the sender facet
  addressee   TEXT,
  length      INTEGER,
  added       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX documents_date ON documents(date);
CREATE INDEX documents_type_date ON documents(type, date);
CREATE INDEX documents_chamber ON documents(chamber);
CREATE INDEX documents_year ON documents(year);
CREATE INDEX documents_sender ON documents(sender);

CREATE TABLE texts (
  doc    INTEGER PRIMARY KEY REFERENCES documents(rowid),
  body   TEXT NOT NULL,
  record TEXT NOT NULL     -- the contract's record as JSON, without the body
);

-- files already read: (path, size, mtime) lets a rerun skip them without parsing
CREATE TABLE sources (
  path  TEXT PRIMARY KEY,
  size  INTEGER NOT NULL,
  mtime REAL NOT NULL,
  doc   TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE parts (
  doc      INTEGER NOT NULL REFERENCES documents(rowid),
  number   INTEGER,
  question TEXT,
  answer   TEXT,
  data     TEXT NOT NULL
);
CREATE INDEX parts_doc ON parts(doc);

CREATE TABLE redactions (
  doc         INTEGER NOT NULL REFERENCES documents(rowid),
  ground      TEXT,
  woo_article TEXT
);
CREATE INDEX redactions_doc ON redactions(doc);
CREATE INDEX redactions_article ON redactions(woo_article);

CREATE TABLE facts (
  rowid     INTEGER PRIMARY KEY,
  doc       INTEGER NOT NULL REFERENCES documents(rowid),
  kind      TEXT NOT NULL,
  actor     TEXT,
  recipient TEXT,
  weapon    TEXT,
  treaty    TEXT,
  state     TEXT,
  date      TEXT,              -- the document's date
  data      TEXT NOT NULL      -- the fact's contract JSON
);
CREATE INDEX facts_doc ON facts(doc);
CREATE INDEX facts_kind ON facts(kind);
CREATE INDEX facts_actor ON facts(actor);
CREATE INDEX facts_recipient ON facts(recipient);
CREATE INDEX facts_weapon ON facts(weapon);
CREATE INDEX facts_treaty ON facts(treaty);
CREATE INDEX facts_state ON facts(state);
CREATE INDEX facts_date ON facts(date);

-- facet tables: weapons mentioned and states in the facts, both directions indexed
CREATE TABLE doc_weapons (weapon TEXT NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (weapon, doc)) WITHOUT ROWID;
CREATE INDEX doc_weapons_doc ON doc_weapons(doc, weapon);
CREATE TABLE doc_actors (actor TEXT NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (actor, doc)) WITHOUT ROWID;
CREATE INDEX doc_actors_doc ON doc_actors(doc, actor);

-- full text: analysed streams (armswatch/search/analyse.py), contentless, rowid = documents.rowid
-- (sender: the sender's name and role, so the sender filter is an index lookup, not a scan)
CREATE VIRTUAL TABLE doc_fts USING fts5(
  terms, concepts, head, sender,
  content = '',
  tokenize = "unicode61 remove_diacritics 2 tokenchars '_'"
);
CREATE VIRTUAL TABLE doc_vocab USING fts5vocab(doc_fts, row);
