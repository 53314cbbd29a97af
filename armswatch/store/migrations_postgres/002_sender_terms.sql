-- step 2: the sender filter matches the analysed words of the sender's name and role in order
-- ("defensie", "K.H. Ollongren"), as an index lookup. Rows stored before this step get the
-- plain lower-cased words (the analyser's stems are written by armswatch from now on).
ALTER TABLE documents ADD COLUMN sender_tsv tsvector NOT NULL DEFAULT ''::tsvector;
UPDATE documents SET sender_tsv = to_tsvector('simple', coalesce(sender_name, '') || ' ' || coalesce(sender_role, ''))
 WHERE sender_name IS NOT NULL OR sender_role IS NOT NULL;
CREATE INDEX documents_sender_tsv_gin ON documents USING gin (sender_tsv);
