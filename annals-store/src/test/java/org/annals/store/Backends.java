package org.annals.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the store tests run against: DuckDB always (a fresh file per test), PostgreSQL when
 * the environment variable {@value #PG_ENV} (or the property {@code annals.test.pg}) names a server,
 * e.g. {@code postgresql://annals@localhost:54329/annals}; each test gets its own PostgreSQL schema.
 * Without a server the PostgreSQL cases are skipped with a message.
 */
final class Backends {

  static final String PG_ENV = "ANNALS_TEST_PG";

  private static final AtomicInteger SCHEMAS = new AtomicInteger();

  /** The temporary directories of the DuckDB cases, removed when the test JVM ends. */
  private static final java.util.Set<Path> TEMP_DIRS = java.util.concurrent.ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> TEMP_DIRS.forEach(Backends::deleteTree)));
  }

  private static void deleteTree(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // best effort: a temporary directory
    }
  }

  /** One backend: {@link #open()} gives a fresh, empty knowledge base. */
  interface Backend {
    KnowledgeBase open();

    /** The same database again (after {@link #open()}), e.g. to re-open after a crash. */
    KnowledgeBase reopen();

    String db();
  }

  private Backends() {}

  /** For {@code @MethodSource("org.annals.store.Backends#all")}. */
  static Stream<Backend> all() {
    return Stream.of(duckdb(), postgres());
  }

  static Backend duckdb() {
    return new Backend() {
      private String db;

      @Override
      public KnowledgeBase open() {
        try {
          Path dir = Files.createTempDirectory("annals-store-test");
          TEMP_DIRS.add(dir);
          db = dir.resolve("kb.duckdb").toString();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return KnowledgeBase.open(db);
      }

      @Override
      public KnowledgeBase reopen() {
        return KnowledgeBase.open(db);
      }

      @Override
      public String db() {
        return db;
      }

      @Override
      public String toString() {
        return "duckdb";
      }
    };
  }

  static String pgUrl() {
    String url = System.getenv(PG_ENV);
    if (url == null || url.isBlank()) {
      url = System.getProperty("annals.test.pg");
    }
    return url == null || url.isBlank() ? null : url.strip();
  }

  static Backend postgres() {
    return new Backend() {
      private String db;

      @Override
      public KnowledgeBase open() {
        String url = pgUrl();
        Assumptions.assumeTrue(url != null,
            "PostgreSQL tests skipped: set " + PG_ENV + "=postgresql://USER@HOST:PORT/DB (.ci/run does)");
        String schema = "t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet() + "_"
            + Long.toString(System.nanoTime() % 1_000_000, 36);
        schema = schema.toLowerCase(Locale.ROOT);
        try (Connection c = Database.connect(url).connection()) {
          try (var st = c.createStatement()) {
            // the schema name is made here from digits and letters, never from input
            st.execute("CREATE SCHEMA " + schema);
          }
        } catch (SQLException e) {
          throw new IllegalStateException("cannot create schema on " + url + ": " + e.getMessage(), e);
        }
        db = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return KnowledgeBase.open(db);
      }

      @Override
      public KnowledgeBase reopen() {
        return KnowledgeBase.open(db);
      }

      @Override
      public String db() {
        return db;
      }

      @Override
      public String toString() {
        return "postgresql";
      }
    };
  }
}
