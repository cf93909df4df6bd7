package org.annals.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.annals.model.ArticleRecord;

/**
 * The {@link KnowledgeBase} over one JDBC connection (DuckDB or PostgreSQL). Every public method is
 * synchronized: DuckDB allows one writing process and the connection is not shared between
 * threads; extraction runs in parallel elsewhere and only the writes queue here.
 */
final class JdbcKnowledgeBase implements KnowledgeBase {

  private final Connection connection;
  private final Database.Backend backend;
  private final String location;
  private final Sql sql;
  private final Queries queries;
  private final Ingester ingester;
  private final int version;

  private JdbcKnowledgeBase(Database.Opened opened) {
    this.connection = opened.connection();
    this.backend = opened.backend();
    this.location = opened.location();
    this.sql = new Sql(connection);
    this.queries = new Queries(sql);
    this.ingester = new Ingester(sql);
    this.version = Database.migrate(sql);
  }

  static KnowledgeBase open(String db) {
    Database.Opened opened = Database.connect(db);
    try {
      return new JdbcKnowledgeBase(opened);
    } catch (RuntimeException e) {
      try {
        opened.connection().close();
      } catch (SQLException ignored) {
        // the migration failure is the one to report
      }
      throw e;
    }
  }

  @Override
  public String backend() {
    return backend.label;
  }

  @Override
  public String location() {
    return location;
  }

  @Override
  public synchronized IngestResult ingest(ArticleRecord record) {
    try {
      connection.setAutoCommit(false);
      IngestResult result = ingester.ingest(record);
      connection.commit();
      return result;
 } catch (SQLException e) {
      Database.rollback(connection);
      ingester.reset();
      throw new StoreException("cannot store " + record.document().id() + ": " + Sql.oneLine(e.getMessage()), e);
    } catch (RuntimeException e) {
      Database.rollback(connection);
      ingester.reset();
      throw e;
    } finally {
      Database.autoCommit(connection);
    }
  }

  @Override
  public synchronized boolean contains(String documentKey, String sha256) {
    return sql.count("SELECT COUNT(*) FROM documents WHERE doc_key = ? AND sha256 = ?", List.of(documentKey, sha256)) > 0;
  }

  @Override
  public synchronized List<EventSummary> events(EventQuery query) {
    return queries.events(query);
  }

  @Override
  public synchronized List<EventDetail> eventDetails(EventQuery query) {
    return queries.details(queries.events(query));
  }

  @Override
  public synchronized long countEvents(EventQuery query) {
    return queries.countEvents(query);
  }

  @Override
  public synchronized Optional<EventDetail> event(long id) {
    return queries.event(id);
  }

  @Override
  public synchronized List<ActorSummary> actors(String query, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
    return queries.actors(query, limit);
  }

  @Override
  public synchronized Optional<ActorProfile> actor(long id) {
    return queries.actor(id);
  }

  @Override
  public synchronized Optional<StoredDocument> document(long id) {
    return queries.document(id);
  }

  @Override
  public synchronized Optional<StoredDocument> document(String key) {
    return queries.document(key);
  }

  @Override
  public synchronized List<StoredDocument> documents(int limit, int offset) {
    return queries.documents(limit, offset);
  }

  @Override
  public synchronized List<PeriodCount> timelineCounts(EventQuery query, Period period) {
    return queries.timelineCounts(query, period);
  }

  @Override
  public synchronized StoreStats stats() {
    return queries.stats();
  }

  @Override
  public int schemaVersion() {
    return version;
  }

  @Override
  public synchronized long export(EventQuery query, ExportFormat format, Path out) {
    return new Exporter(queries).export(query, format, out);
  }

  /** The connection, for tests and the benchmark's bulk fill (same package only). */
  Sql sql() {
    return sql;
  }

  @Override
  public synchronized void close() {
    sql.closeStatements();
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close " + location + ": " + Sql.oneLine(e.getMessage()), e);
    }
  }
}
