package org.annals.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.annals.core.output.RecordJsonReader;
import org.annals.model.ArticleRecord;

/**
 * The records in the Parquet output of the Spark job ({@code org.annals.spark.AnnalsJob}): its {@code documents}
 * table under {@code DIR/documents/*.parquet} holds, per article, the record JSON of the output contract (column
 * {@code record}, text included), the file it was read from ({@code input}) and its place there ({@code ordinal}).
 * {@link #read} hands them on in input order (by {@code input}, then {@code ordinal}: the order {@code annals ingest}
 * reads the same files in), so that ingesting them one by one gives the knowledge base {@code annals ingest} of the
 * same files gives. The other tables of the job (entities, events, clusters) are not read: the record holds all of
 * it, quotes and time mentions too, and the knowledge base merges across articles by its own rules.
 *
 * <p>Why DuckDB reads the Parquet files, even when the knowledge base is PostgreSQL: DuckDB is already the
 * embedded store, reads Parquet natively ({@code read_parquet}) and streams a sorted result through JDBC, so the
 * command line needs neither Spark nor Hadoop at run time. The reading connection is a throw-away in-memory
 * database of its own (memory capped, spilling to the temporary directory), separate from the knowledge base.
 * {@code DIR} must be a local (or mounted) directory; copy an output on HDFS or S3 down first.
 *
 * <p>Every row that cannot become a record (the job could not read or extract the article, no record, a record
 * that does not parse, a record whose SHA-256 is not the row's) is handed on as one {@link Item.Bad} naming the
 * file, the row and the problem; reading goes on. A missing or malformed output directory is a
 * {@link StoreException}. Stateless; one call reads with its own connection.
 */
public final class ParquetRecords {

  /** The columns of {@code documents} this reader needs. */
  static final List<String> COLUMNS = List.of("docId", "sha256", "source", "error", "record", "input", "ordinal");

  /** One row of the documents table: a record, or why there is none. */
  public sealed interface Item permits Item.Ok, Item.Bad {
    /** {@code FILE row N (SOURCE)}: where the row is. */
    String where();

    /** A record to ingest. */
    record Ok(ArticleRecord record, String where) implements Item {
      public Ok {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(where, "where");
      }
    }

    /** A row without a usable record; {@code problem} is one line. */
    record Bad(String where, String problem) implements Item {
      public Bad {
        Objects.requireNonNull(where, "where");
        problem = problem.strip().replaceAll("\\s*\\R\\s*", " ");
      }

      /** {@code WHERE: problem}. */
      public String message() {
        return where + ": " + problem;
      }
    }
  }

  private ParquetRecords() {}

  /**
   * Hands every row of {@code dir}'s documents table to {@code sink}, in input order; returns the number of rows.
   *
   * @throws StoreException when {@code dir} has no documents table or it lacks the columns above
   */
  public static long read(Path dir, Consumer<Item> sink) {
    Path documents = dir.resolve("documents");
    if (!Files.isDirectory(documents)) {
      throw new StoreException(dir + ": not an output of the Spark job (no documents/ directory)");
    }
    try (Stream<Path> files = Files.list(documents)) {
      if (files.noneMatch(p -> p.getFileName().toString().endsWith(".parquet"))) {
        throw new StoreException(documents + ": no .parquet files");
      }
    } catch (IOException e) {
      throw new StoreException("cannot list " + documents + ": " + Sql.oneLine(String.valueOf(e.getMessage())), e);
    }
    String glob = documents.toAbsolutePath().resolve("*.parquet").toString();
    // a literal, not a bound parameter: DuckDB takes only constants as table function arguments
    String table = "read_parquet('" + glob.replace("'", "''") + "', filename = true, file_row_number = true,"
        + " union_by_name = true)";
    Properties props = new Properties();
    props.setProperty("jdbc_stream_results", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:", props);
        Statement st = c.createStatement()) {
      Path spill = Files.createTempDirectory("annals-parquet-");
      try {
        st.execute("SET memory_limit = '1GB'");
        st.execute("SET temp_directory = '" + spill.toString().replace("'", "''") + "'");
        Set<String> have = new HashSet<>();
        try (ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + table)) {
          while (rs.next()) {
            have.add(rs.getString(1).toLowerCase(Locale.ROOT));
          }
        }
        for (String col : COLUMNS) {
          if (!have.contains(col.toLowerCase(Locale.ROOT))) {
            throw new StoreException(documents + ": no column '" + col + "' (written by an older annals-spark?"
                + " run the job again)");
          }
        }
        long rows = 0;
        try (ResultSet rs = st.executeQuery(
            "SELECT filename, file_row_number, \"docId\", sha256, source, error, \"record\" FROM " + table
                + " ORDER BY \"input\" NULLS LAST, ordinal, \"docId\"")) {
          while (rs.next()) {
            rows++;
            sink.accept(item(dir, rs));
          }
        }
        return rows;
      } finally {
        deleteTree(spill);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read " + documents + ": " + Sql.oneLine(e.getMessage()), e);
    } catch (IOException e) {
      throw new StoreException("cannot read " + documents + ": " + Sql.oneLine(String.valueOf(e.getMessage())), e);
    }
  }

  private static Item item(Path dir, ResultSet rs) throws SQLException {
    String file = rs.getString("filename");
    String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    String source = rs.getString("source");
    String where = dir.resolve("documents").resolve(name) + " row " + (rs.getLong("file_row_number") + 1)
        + (source == null ? "" : " (" + source + ")");
    String error = rs.getString("error");
    if (error != null) {
      return new Item.Bad(where, "the job could not use the article: " + error);
    }
    String json = rs.getString("record");
    if (json == null || json.isBlank()) {
      return new Item.Bad(where, "no record");
    }
    ArticleRecord r;
    try {
      r = RecordJsonReader.read(json);
    } catch (IllegalArgumentException e) {
      return new Item.Bad(where, "bad record: " + e.getMessage());
    }
    String sha = rs.getString("sha256");
    if (sha != null && !sha.equals(r.document().sha256())) {
      return new Item.Bad(where, "the record's SHA-256 is not the row's " + sha);
    }
    return new Item.Ok(r, where);
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is no failure of the read
    }
  }
}
