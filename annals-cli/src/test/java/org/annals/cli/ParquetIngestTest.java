package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.annals.core.output.RecordJson;
import org.annals.core.read.DocumentReaders;
import org.annals.core.read.ReadOptions;
import org.annals.core.read.ReadOutcome;
import org.annals.model.ArticleRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code annals ingest --parquet DIR} on a documents table laid out as the Spark job writes it (made here with
 * DuckDB, so that no Spark is on this module's class path, as on a user's): the knowledge base equals the one of
 * {@code annals ingest} of the same files, bad rows are one line each, and a second run changes nothing.
 */
class ParquetIngestTest {

  @TempDir Path dir;

  private final BatchTest.FakeExtractor fake = new BatchTest.FakeExtractor();

  private Path article(String name, String date, String body) throws IOException {
    return BatchTest.article(dir, name, date, body);
  }

  /** A documents row: what RecordRows writes, the columns the reader needs. */
  private record Row(int part, String docId, String sha256, String source, String error, String input, long ordinal,
                     String record) {}

  private static Row row(int part, ArticleRecord r, String input) {
    ObjectNode tree = RecordJson.tree(r, true);
    for (int i = 0; i < r.events().size(); i++) {
      ((ObjectNode) tree.get("events").get(i)).put("confidence", r.events().get(i).confidence());
    }
    return new Row(part, "D" + r.document().sha256().substring(0, 20), r.document().sha256(), r.document().source(),
        null, input, 1, tree.toString());
  }

  private static void writeParquet(Path out, List<Row> rows, boolean withRecord) throws SQLException, IOException {
    Files.createDirectories(out.resolve("documents"));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE d (part INTEGER, \"docId\" VARCHAR, sha256 VARCHAR, source VARCHAR, error VARCHAR,"
          + " \"input\" VARCHAR, ordinal BIGINT, \"record\" VARCHAR, warnings VARCHAR[])");
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO d VALUES (?, ?, ?, ?, ?, ?, ?, ?, [])")) {
        for (Row r : rows) {
          ps.setInt(1, r.part());
          ps.setString(2, r.docId());
          ps.setString(3, r.sha256());
          ps.setString(4, r.source());
          ps.setString(5, r.error());
          ps.setString(6, r.input());
          ps.setLong(7, r.ordinal());
          ps.setString(8, r.record());
          ps.executeUpdate();
        }
      }
      for (int part = 0; part < 2; part++) {
        String cols = withRecord ? "* EXCLUDE (part)" : "* EXCLUDE (part, \"record\")";
        st.execute("COPY (SELECT " + cols + " FROM d WHERE part = " + part + ") TO '"
            + out.resolve("documents/part-0000" + part + ".snappy.parquet") + "' (FORMAT PARQUET)");
      }
    }
    Files.writeString(out.resolve("documents/_SUCCESS"), "");
  }

  /** Every row of every table, sorted: equal dumps, equal knowledge bases. */
  static List<String> dump(Path db) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement st = c.createStatement()) {
      for (String table : List.of("documents", "entities", "aliases", "titles", "doc_entities", "mentions", "events",
          "event_actors", "event_reports", "quotes", "times")) {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
          while (rs.next()) {
            StringBuilder b = new StringBuilder(table).append(':');
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
              b.append(' ').append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getObject(i));
            }
            rows.add(b.toString());
          }
        }
        assertThat(table.equals("documents") ? rows : List.of("-")).isNotEmpty();
        rows.sort(null);
        lines.addAll(rows);
      }
    }
    return lines;
  }

  @Test
  void knowledgeBaseEqualsIngestOfTheFilesBadRowsAreOneLineAndReRunsChangeNothing() throws Exception {
    Path one = article("news/a-one.txt", "2023-02-22", "The commander arrived on a visit to Morocco on Tuesday.");
    Path two = article("news/b-two.txt", "2023-02-22", "Israel's air force chief began a visit to Morocco.");
    Path three = article("news/c-three.txt", "2023-05-10", "Another visit, months later.");
    Path direct = dir.resolve("direct.duckdb");
    Cli.Run ingest = Cli.run(fake, "ingest", "--db", direct.toString(), dir.resolve("news").toString());
    assertThat(ingest.exitCode()).as(ingest.toString()).isZero();

    // the job's rows, in no particular order over two part files, with three rows it could not use
    List<Row> rows = new ArrayList<>();
    int part = 1;
    for (Path f : List.of(three, one, two)) {
      ReadOutcome.Ok ok = (ReadOutcome.Ok) DocumentReaders.read(f, ReadOptions.defaults()).get(0);
      rows.add(row(part, fake.extract(ok.document(), ok.warnings()), f.toString()));
      part = 1 - part;
    }
    rows.add(new Row(0, "Uaaaa", null, "feed.jsonl:4", "malformed JSON (Unexpected end-of-input)", "feed.jsonl", 4,
        null));
    Row cut = rows.get(0);
    rows.add(new Row(1, "Dbbbb", cut.sha256(), "cut.txt", null, "cut.txt", 1,
        cut.record().substring(0, cut.record().length() / 2)));
    rows.add(new Row(1, "Dcccc", null, "empty.txt", null, "empty.txt", 1, null));
    Path out = dir.resolve("spark-out");
    writeParquet(out, rows, true);

    Path fromParquet = dir.resolve("parquet.duckdb");
    Cli.Run run = Cli.run(fake, "ingest", "--db", fromParquet.toString(), "--parquet", out.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.outLines().get(0)).contains("3 added, 0 replaced, 0 unchanged, 3 failed");
    assertThat(run.outLines().get(1)).isEqualTo(ingest.outLines().get(1));
    List<String> err = run.errLines();
    int summary = err.indexOf("annals: 3 of 6 documents failed:");
    assertThat(summary).as(run.toString()).isPositive();
    Path part0 = out.resolve("documents").resolve("part-00000.snappy.parquet");
    Path part1 = out.resolve("documents").resolve("part-00001.snappy.parquet");
    List<String> listed = err.subList(summary + 1, err.size());
    assertThat(listed).hasSize(3);
    assertThat(listed.get(0))
        .startsWith("annals:   " + part1 + " row 3 (cut.txt): bad record: malformed JSON: Unexpected end-of-input");
    assertThat(listed.subList(1, 3)).containsExactly(
        "annals:   " + part1 + " row 4 (empty.txt): no record",
        "annals:   " + part0 + " row 2 (feed.jsonl:4): the job could not use the article: malformed JSON"
            + " (Unexpected end-of-input)");
    BadInputTest.assertNoStackTrace(run);
    assertThat(fake.warmUps).as("no model is loaded").hasValue(1);
    assertThat(dump(fromParquet)).isEqualTo(dump(direct));

    Cli.Run again = Cli.run(fake, "ingest", "--db", fromParquet.toString(), "--parquet", out.toString());
    assertThat(again.outLines().get(0)).contains("0 added, 0 replaced, 3 unchanged, 3 failed");
    assertThat(dump(fromParquet)).isEqualTo(dump(direct));
  }

  /** The lines on stderr other than the progress log. */
  private static List<String> problems(Cli.Run run) {
    return run.errLines().stream().filter(l -> !l.startsWith("annals: ingest: ")).toList();
  }

  @Test
  void whatIsNotAnOutputOfTheJobIsOneLine() throws Exception {
    Path db = dir.resolve("kb.duckdb");
    Cli.Run none = Cli.run(fake, "ingest", "--db", db.toString(), "--parquet", dir.resolve("nowhere").toString());
    assertThat(none.exitCode()).isEqualTo(1);
    assertThat(problems(none)).containsExactly(
        "annals: " + dir.resolve("nowhere") + ": not an output of the Spark job (no documents/ directory)");

    Path old = dir.resolve("old");
    Path f = article("x.txt", "2023-02-22", "A visit to Morocco.");
    ReadOutcome.Ok ok = (ReadOutcome.Ok) DocumentReaders.read(f, ReadOptions.defaults()).get(0);
    writeParquet(old, List.of(row(0, fake.extract(ok.document(), ok.warnings()), f.toString())), false);
    Cli.Run older = Cli.run(fake, "ingest", "--db", db.toString(), "--parquet", old.toString());
    assertThat(older.exitCode()).isEqualTo(1);
    assertThat(problems(older)).containsExactly("annals: " + old.resolve("documents")
        + ": no column 'record' (written by an older annals-spark? run the job again)");

    Cli.Run both = Cli.run(fake, "ingest", "--db", db.toString(), "--parquet", old.toString(), f.toString());
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.errLines()).anyMatch(l -> l.contains("--parquet reads the Spark job's output only"));
    Cli.Run dated = Cli.run(fake, "ingest", "--db", db.toString(), "--parquet", old.toString(), "--date", "2024-01-01");
    assertThat(dated.exitCode()).isEqualTo(2);
    assertThat(dated.errLines()).anyMatch(l -> l.contains("--date and --threads do not apply"));
  }
}
