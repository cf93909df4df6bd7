-- Annals knowledge base, schema version 1. Runs unchanged on DuckDB and PostgreSQL.
-- Each statement ends with a semicolon at the end of a line (the migration runner splits there).
-- Ids are assigned by the single writer (max + 1 inside the document's transaction), not by
-- sequences: sequences are not transactional, and a re-run after a crash must give the same ids.

-- one row per ingested article; doc_key is the document id of the record (file name, JSONL id);
-- outlet is what counts as one source: the host of a URL source, else the document itself
CREATE TABLE documents (
  id BIGINT PRIMARY KEY,
  doc_key VARCHAR NOT NULL UNIQUE,
  source VARCHAR NOT NULL,
  outlet VARCHAR NOT NULL,
  title VARCHAR NOT NULL,
  pub_date DATE NOT NULL,
  sha256 VARCHAR NOT NULL,
  body VARCHAR NOT NULL,
  record_json VARCHAR NOT NULL,
  n_entities INTEGER NOT NULL,
  n_events INTEGER NOT NULL
);

-- actors, places and agreements merged across articles
CREATE TABLE entities (
  id BIGINT PRIMARY KEY,
  kind VARCHAR NOT NULL,
  name VARCHAR NOT NULL,
  norm_name VARCHAR NOT NULL,
  country VARCHAR,
  sector VARCHAR
);
CREATE INDEX entities_norm ON entities (norm_name);
CREATE INDEX entities_country ON entities (country);

-- every normalized name an entity was written as (its name, proper-name mentions), per document
CREATE TABLE aliases (
  entity_id BIGINT NOT NULL,
  alias VARCHAR NOT NULL,
  norm VARCHAR NOT NULL,
  document_id BIGINT NOT NULL
);
CREATE INDEX aliases_norm ON aliases (norm);
CREATE INDEX aliases_entity ON aliases (entity_id);

-- titles and roles as written, per document (former = the text marks it as no longer held)
CREATE TABLE titles (
  entity_id BIGINT NOT NULL,
  title VARCHAR NOT NULL,
  former BOOLEAN NOT NULL,
  document_id BIGINT NOT NULL
);
CREATE INDEX titles_entity ON titles (entity_id);

-- the entities of one document (E1, E2 … of its record) and the global entity each became
CREATE TABLE doc_entities (
  document_id BIGINT NOT NULL,
  local_id VARCHAR NOT NULL,
  entity_id BIGINT NOT NULL,
  name VARCHAR NOT NULL,
  country VARCHAR,
  member_of BIGINT,
  merged_because VARCHAR NOT NULL,
  PRIMARY KEY (document_id, local_id)
);
CREATE INDEX doc_entities_entity ON doc_entities (entity_id);

-- every mention of every entity in every document (character offsets into documents.body)
CREATE TABLE mentions (
  document_id BIGINT NOT NULL,
  local_id VARCHAR NOT NULL,
  entity_id BIGINT NOT NULL,
  text VARCHAR NOT NULL,
  start_char INTEGER NOT NULL,
  end_char INTEGER NOT NULL
);
CREATE INDEX mentions_document ON mentions (document_id);
CREATE INDEX mentions_entity ON mentions (entity_id);

-- happenings merged across articles; the fields are those of the first report, the date interval
-- the intersection of all reports' intervals (every report can describe the same day);
-- first_report_id is the oldest of its event_reports (its evidence is shown in lists)
CREATE TABLE events (
  id BIGINT PRIMARY KEY,
  event_type VARCHAR NOT NULL,
  mode VARCHAR,
  contexts VARCHAR NOT NULL,
  cameo VARCHAR NOT NULL,
  goldstein FLOAT8 NOT NULL,
  quad_class INTEGER NOT NULL,
  status VARCHAR NOT NULL,
  date_value VARCHAR NOT NULL,
  earliest DATE,
  latest DATE,
  sort_date DATE NOT NULL,
  actors_key VARCHAR NOT NULL,
  place_entity_id BIGINT,
  n_reports INTEGER NOT NULL,
  n_sources INTEGER NOT NULL,
  merged_because VARCHAR,
  first_report_id BIGINT NOT NULL
);
CREATE INDEX events_sort_date ON events (sort_date);
CREATE INDEX events_match ON events (event_type, actors_key);

-- the actors of an event (role source or target), with the country of the entity
CREATE TABLE event_actors (
  event_id BIGINT NOT NULL,
  entity_id BIGINT NOT NULL,
  role VARCHAR NOT NULL,
  country VARCHAR
);
CREATE INDEX event_actors_event ON event_actors (event_id);
CREATE INDEX event_actors_entity ON event_actors (entity_id);
CREATE INDEX event_actors_country ON event_actors (country);

-- every report of an event: one event of one article's record, with its evidence
CREATE TABLE event_reports (
  id BIGINT PRIMARY KEY,
  event_id BIGINT NOT NULL,
  document_id BIGINT NOT NULL,
  local_id VARCHAR NOT NULL,
  event_type VARCHAR NOT NULL,
  mode VARCHAR,
  cameo VARCHAR NOT NULL,
  status VARCHAR NOT NULL,
  date_value VARCHAR NOT NULL,
  earliest DATE,
  latest DATE,
  date_text VARCHAR,
  date_basis VARCHAR NOT NULL,
  trigger_text VARCHAR NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  evidence_text VARCHAR NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  confidence FLOAT8 NOT NULL,
  rules VARCHAR NOT NULL,
  merged_because VARCHAR
);
CREATE INDEX event_reports_event ON event_reports (event_id);
CREATE INDEX event_reports_document ON event_reports (document_id);

-- quotations and their speakers
CREATE TABLE quotes (
  document_id BIGINT NOT NULL,
  seq INTEGER NOT NULL,
  text VARCHAR NOT NULL,
  start_char INTEGER NOT NULL,
  end_char INTEGER NOT NULL,
  speaker_entity_id BIGINT,
  PRIMARY KEY (document_id, seq)
);
CREATE INDEX quotes_speaker ON quotes (speaker_entity_id);

-- time expressions with their TIMEX3 value and calendar interval
CREATE TABLE times (
  document_id BIGINT NOT NULL,
  seq INTEGER NOT NULL,
  text VARCHAR NOT NULL,
  start_char INTEGER NOT NULL,
  end_char INTEGER NOT NULL,
  time_type VARCHAR NOT NULL,
  value VARCHAR NOT NULL,
  earliest DATE,
  latest DATE,
  PRIMARY KEY (document_id, seq)
);
