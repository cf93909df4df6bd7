package org.annals.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Opening a database and bringing its schema up to date.
 *
 * <p>Migrations are the resources {@code migrations/V<n>__<name>.sql}, applied in order, each in
 * one transaction together with its row in {@code schema_version}. A database whose version is
 * newer than this code knows is refused rather than guessed at.
 */
final class Database {

  /** The migrations this code knows, in order; V{n} is at index n-1. */
  static final List<String> MIGRATIONS = List.of("V1__schema.sql");

  enum Backend {
    DUCKDB("duckdb"),
    POSTGRESQL("postgresql");

    final String label;

    Backend(String label) {
      this.label = label;
    }
  }

  record Opened(Connection connection, Backend backend, String location) {}

  private Database() {}

  static Opened connect(String db) {
    if (db == null || db.isBlank()) {
      throw new StoreException("no database given");
    }
    try {
      if (db.startsWith("postgresql://") || db.startsWith("postgres://") || db.startsWith("jdbc:postgresql:")) {
        return postgres(db);
      }
      String file = db.startsWith("jdbc:duckdb:") ? db.substring("jdbc:duckdb:".length()) : db;
      if (!file.isEmpty() && !file.equals(":memory:")) {
        Path parent = Paths.get(file).toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
          throw new StoreException(file + ": the directory " + parent + " does not exist");
        }
      }
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + (file.equals(":memory:") ? "" : file));
      return new Opened(c, Backend.DUCKDB, file.isEmpty() ? ":memory:" : file);
    } catch (SQLException e) {
      throw new StoreException("cannot open " + redact(db) + ": " + Sql.oneLine(e.getMessage()), e);
    }
  }

  private static Opened postgres(String db) throws SQLException {
    String url = db.startsWith("jdbc:") ? db.substring("jdbc:".length()) : db;
    URI uri;
    try {
      uri = new URI(url.replaceFirst("^postgres://", "postgresql://"));
    } catch (URISyntaxException e) {
      throw new StoreException("not a PostgreSQL URL: " + redact(db));
    }
    Properties props = new Properties();
    if (uri.getRawUserInfo() != null) {
      String[] userPass = uri.getRawUserInfo().split(":", 2);
      props.setProperty("user", URLDecoder.decode(userPass[0], StandardCharsets.UTF_8));
      if (userPass.length > 1) {
        props.setProperty("password", URLDecoder.decode(userPass[1], StandardCharsets.UTF_8));
      }
    }
    String host = uri.getHost() == null ? "localhost" : uri.getHost();
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    String jdbc = "jdbc:postgresql://" + host + port + path + query;
    Connection c = DriverManager.getConnection(jdbc, props);
    return new Opened(c, Backend.POSTGRESQL, "postgresql://" + host + port + path);
  }

  /** The database name without a password, for messages. */
  static String redact(String db) {
    return db.replaceAll("(//[^:/@]*):[^@/]*@", "$1:***@");
  }

  /** Applies the migrations the database lacks; returns the schema version. */
  static int migrate(Sql sql) {
    sql.execute(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
            + " sha256 VARCHAR NOT NULL)");
    int current = (int) sql.count("SELECT COALESCE(MAX(version), 0) FROM schema_version", List.of());
    if (current > MIGRATIONS.size()) {
      throw new StoreException(
          "the database has schema version " + current + ", this Annals knows up to "
              + MIGRATIONS.size() + ": use a newer Annals");
    }
    Connection c = sql.connection();
    for (int v = current + 1; v <= MIGRATIONS.size(); v++) {
      String name = MIGRATIONS.get(v - 1);
      String text = resource(name);
      try {
        c.setAutoCommit(false);
        for (String statement : statements(text)) {
          sql.execute(statement);
        }
        sql.update("INSERT INTO schema_version (version, name, sha256) VALUES (?, ?, ?)",
            v, name, org.annals.model.Document.sha256(text));
        c.commit();
      } catch (SQLException | RuntimeException e) {
        rollback(c);
        throw new StoreException("migration " + name + " failed: " + Sql.oneLine(e.getMessage()), e);
      } finally {
        autoCommit(c);
      }
    }
    return MIGRATIONS.size();
  }

  /** The statements of a migration: split after each line that ends with {@code ;}, comments dropped. */
  static List<String> statements(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.startsWith("--") || l.isEmpty()) {
        continue;
      }
      sb.append(line).append('\n');
      if (l.endsWith(";")) {
        String s = sb.toString().strip();
        out.add(s.substring(0, s.length() - 1));
        sb.setLength(0);
      }
    }
    if (!sb.toString().isBlank()) {
      throw new StoreException("migration text ends without ';': " + Sql.oneLine(sb.toString()));
    }
    return out;
  }

  static String resource(String name) {
    try (InputStream in = Database.class.getResourceAsStream("migrations/" + name)) {
      if (in == null) {
        throw new StoreException("migration " + name + " is missing from the annals-store jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException("cannot read migration " + name + ": " + e.getMessage(), e);
    }
  }

  static void rollback(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the original failure is the one to report
    }
  }

  static void autoCommit(Connection c) {
    try {
      c.setAutoCommit(true);
    } catch (SQLException e) {
      throw new StoreException("database error: " + Sql.oneLine(e.getMessage()), e);
    }
  }
}
