/**
 * The knowledge base: the records of many articles in one database, entities and events merged
 * across articles, and the queries and exports an analyst needs.
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li>{@link org.annals.store.KnowledgeBase#open(String)}: a DuckDB file (the default,
 *       {@code annals.duckdb}; {@code :memory:} for a throw-away one) or a {@code postgresql://}
 *       URL. The schema is created and migrated on open (resources {@code migrations/V<n>__*.sql},
 *       recorded in {@code schema_version}); both backends run the same SQL, with bound parameters
 *       only. The schema is documented in {@code docs/schema.md} of the repository.
 *   <li>{@link org.annals.store.KnowledgeBase#ingest}: one record, one transaction. A document is
 *       identified by its record's document id (the file name, the JSON Lines {@code id}); the same
 *       id with the same SHA-256 is a no-op, with another SHA-256 the old version's facts are
 *       removed first. Ids are assigned as max + 1 inside the transaction (not by sequences, which
 *       are not transactional), so ingesting the same documents in the same order gives the same
 *       database, whether or not an earlier run was killed half-way.
 *   <li>Entity merging: a country entity is the country with the same code; other entities are the
 *       same when kind matches, countries are compatible (equal, or one unknown), and the normalized
 *       name ({@link org.annals.store.Names}) equals the other's name or one of its aliases (proper
 *       names it was mentioned by, e.g. a surname), or one of this entity's aliases equals the
 *       other's name. Among several candidates the same name wins, then the same country and shared
 *       titles; a tie makes a new entity rather than a guess. {@code doc_entities.merged_because}
 *       says which rule applied.
 *   <li>Event merging: an event of a new document joins an event of other documents when the PLOVER
 *       type is the same, the actors are the same (the set of source and target actors, each by its
 *       country code, or by entity when it has none; a group with members stands for its members),
 *       both are negated or both not, and the date interval overlaps the intersection of all the
 *       event's reports (so loosely dated reports cannot chain distant happenings together). Events
 *       that one article's coder kept apart never merge with each other. Every report is kept with
 *       its document, evidence span, trigger and {@code merged_because}; {@code n_reports} and
 *       {@code n_sources} (distinct outlets: URL host, else the document) are kept up to date.
 *   <li>{@link org.annals.store.ParquetRecords}: the records of the Spark job's Parquet output, read
 *       with DuckDB in input order, for {@code annals ingest --parquet}; each then goes through
 *       {@code ingest} like a freshly extracted one.
 *   <li>Queries ({@code events}, {@code event}, {@code actors}, {@code actor}, {@code document},
 *       {@code timelineCounts}) are read-only and return immutable records.
 * </ul>
 *
 * <p>Failures: database problems are {@link org.annals.store.StoreException}s with a one-line
 * message; an ingest that fails is rolled back whole. Thread-safety: a {@code KnowledgeBase} may be
 * shared between threads; its calls are serialized (one connection). Only one process may open a
 * DuckDB file for writing at a time.
 */
package org.annals.store;
