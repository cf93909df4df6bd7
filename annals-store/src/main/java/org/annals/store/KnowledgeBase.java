package org.annals.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.annals.model.ArticleRecord;

/**
 * The knowledge base: the records of many articles, their entities and events merged across
 * articles, and the queries an analyst asks. See the package documentation for the schema, the
 * merge rules and thread-safety.
 *
 * <p>Open one with {@link #open(String)}; close it when done.
 */
public interface KnowledgeBase extends AutoCloseable {

  /** The default embedded database file, in the current directory. */
  String DEFAULT_DB = "annals.duckdb";

  /**
   * Opens (creating and migrating when needed) the database {@code db}: a {@code postgresql://…}
   * URL (or {@code jdbc:postgresql://…}) for PostgreSQL, anything else a DuckDB file path
   * ({@code :memory:} for a throw-away in-memory database).
   *
   * @throws StoreException when the database cannot be opened or has a newer schema
   */
  static KnowledgeBase open(String db) {
    return JdbcKnowledgeBase.open(db);
  }

  /** Opens the DuckDB file {@code file}. */
  static KnowledgeBase open(Path file) {
    return open(file.toString());
  }

  /** {@code duckdb} or {@code postgresql}. */
  String backend();

  /** A description of where the data is, for messages (the file, or the URL without password). */
  String location();

  /**
   * Stores one article's record in its own transaction: unchanged (same document id and SHA-256)
   * is a no-op, a changed one replaces the old document's facts. Entities and events are merged
   * with those of earlier documents. Writes are serialized (calls from several threads wait).
   */
  IngestResult ingest(ArticleRecord record);

  /** Whether a document with this key (record document id) and SHA-256 is stored: ingest would do nothing. */
  boolean contains(String documentKey, String sha256);

  /** Events matching {@code query}, by date (then id). */
  List<EventSummary> events(EventQuery query);

  /** {@link #events(EventQuery)} with every report of each event (two queries, not one per event). */
  List<EventDetail> eventDetails(EventQuery query);

  /** How many events match {@code query} (limit and offset ignored). */
  long countEvents(EventQuery query);

  /** One event with all its reports. */
  Optional<EventDetail> event(long id);

  /**
   * Entities whose name or alias contains {@code query} (case and accents ignored), or all when
   * blank; the ones in most events first, at most {@code limit}.
   */
  List<ActorSummary> actors(String query, int limit);

  /** {@link #actors(String, int)} with the default limit. */
  default List<ActorSummary> actors(String query) {
    return actors(query, EventQuery.DEFAULT_LIMIT);
  }

  /** The profile of the entity {@code id}. */
  Optional<ActorProfile> actor(long id);

  /** A document by store id. */
  Optional<StoredDocument> document(long id);

  /** A document by key (the record's document id, e.g. the file name). */
  Optional<StoredDocument> document(String key);

  /** The documents' keys and store ids, by store id. */
  List<StoredDocument> documents(int limit, int offset);

  /** How many events matching {@code query} (limit ignored) start in each period, oldest first. */
  List<PeriodCount> timelineCounts(EventQuery query, Period period);

  /** The size of the knowledge base. */
  StoreStats stats();

  /** The schema version of the database (the last migration applied). */
  int schemaVersion();

  /**
   * Writes the events matching {@code query} to {@code out} in {@code format} (see {@link
   * ExportFormat}); returns how many events were written.
   */
  long export(EventQuery query, ExportFormat format, Path out);

  @Override
  void close();
}
