package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The knowledge-base commands end to end, with the stand-in extractor of {@link BatchTest} (an
 * article mentioning a visit gives a CONSULT event Israel → Morocco on the day before its date).
 */
class StoreCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private final BatchTest.FakeExtractor fake = new BatchTest.FakeExtractor();

  private Path article(String name, String date, String body) throws IOException {
    return BatchTest.article(dir, name, date, body);
  }

  private String db() {
    return dir.resolve("kb.duckdb").toString();
  }

  private Cli.Run run(String... args) {
    return Cli.run(fake, args);
  }

  @Test
  void ingestTakesAFeedAndAMixedDirectoryInOneCall() throws IOException {
    article("mixed/plain.txt", "2023-02-22", "The commander arrived on a visit to Morocco on Tuesday.");
    Files.writeString(dir.resolve("mixed/page.html"), """
        <!doctype html><html><head><title>Harbour news - The Coast Daily</title>
        <meta property="article:published_time" content="2023-03-14T09:00:00+01:00"></head>
        <body><nav>Home | World | Sport</nav><article><h1>Harbour news</h1>
        <p>The navy chief of Israel paid a visit to Morocco and toured the port of Tangier.</p>
        <p>Officials said the talks covered training and port security.</p></article>
        <footer>Subscribe to our newsletter</footer></body></html>
        """, StandardCharsets.UTF_8);
    Path feed = dir.resolve("feed.data");
    Files.writeString(feed, """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>The Coast Daily</title><link>http://coast.example/</link>
        <description>news</description>
        <item><title>Visit</title><link>http://coast.example/2023/04/02/visit</link><guid>a1</guid>
        <pubDate>Sun, 02 Apr 2023 10:00:00 GMT</pubDate>
        <description>A delegation from Israel made a visit to Morocco to discuss trade.</description></item>
        </channel></rss>
        """, StandardCharsets.UTF_8);

    Cli.Run run = run("ingest", "--db", db(), dir.resolve("mixed").toString(), "--feed", feed.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.outLines().get(0)).contains("3 added, 0 replaced, 0 unchanged, 0 failed");
    Cli.Run again = run("ingest", "--db", db(), "--feed", feed.toString());
    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(again.outLines().get(0)).contains("0 added, 0 replaced, 1 unchanged, 0 failed");
  }

  @Test
  void ingestWithoutPathOrFeedIsAUsageError() {
    Cli.Run run = run("ingest", "--db", db());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).anyMatch(l -> l.contains("nothing to ingest"));
  }

  @Test
  void ingestStoresMergesAndReingestIsANoOp() throws IOException {
    article("news/one.txt", "2023-02-22", "The commander arrived on a visit to Morocco on Tuesday.");
    article("news/sub/two.txt", "2023-02-22", "Israel's air force chief began a visit to Morocco.");
    article("news/three.txt", "2023-05-10", "Another visit, months later.");
    article("news/notes.md", "2023-05-10", "not an article: wrong extension");

    Cli.Run first = run("ingest", "--db", db(), dir.resolve("news").toString());
    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(first.outLines().get(0)).endsWith("3 added, 0 replaced, 0 unchanged, 0 failed; 2 new events,"
        + " 1 reports merged into events of other articles; " + first.outLines().get(0).replaceAll(".*; ", ""));
    assertThat(first.outLines().get(1))
        .isEqualTo("knowledge base: 3 documents, 2 entities, 2 events (1 merged from several reports), 3 reports, 0 quotes");
    assertThat(first.errLines()).as("log lines when stderr is not a terminal")
        .contains("annals: ingest: 3 documents to store, 0 unchanged, into " + db())
        .anyMatch(l -> l.startsWith("annals: ingest: 3/3 docs"));
    assertThat(fake.extracted).hasValue(3);

    Cli.Run again = run("ingest", "--db", db(), dir.resolve("news").toString());
    assertThat(again.exitCode()).isZero();
    assertThat(again.outLines().get(0)).contains("0 added, 0 replaced, 3 unchanged, 0 failed");
    assertThat(again.outLines().get(1)).isEqualTo(first.outLines().get(1));
    assertThat(fake.extracted).as("unchanged documents are not extracted again").hasValue(3);
    assertThat(fake.warmUps).as("nor are the models loaded").hasValue(1);

    Cli.Run timeline = run("timeline", "--db", db());
    assertThat(timeline.exitCode()).as(timeline.toString()).isZero();
    assertThat(timeline.outLines()).hasSize(2);
    assertThat(timeline.outLines().get(0)).startsWith("2023-02-21  CONSULT/visit       Israel (ISR) → Morocco (MAR)")
        .endsWith("(2 reports: one.txt, two.txt)");
    assertThat(timeline.outLines().get(1)).startsWith("2023-05-09").endsWith("(three.txt)");
  }

  @Test
  void aChangedDocumentReplacesItsFactsAndFailuresAreListedAtTheEnd() throws IOException {
    Path one = article("one.txt", "2023-02-22", "A visit to Morocco.");
    Path two = article("two.txt", "2023-02-22", "Another visit to Morocco.");
    assertThat(run("ingest", "--db", db(), one.toString(), two.toString()).exitCode()).isZero();

    article("two.txt", "2023-03-22", "The visit was in March after all.");
    Path bad = article("bad.txt", "2023-02-30", "impossible date");
    Path boom = article("boom.txt", "2023-02-22", "BOOM");
    Cli.Run run = run("ingest", "--db", db(), one.toString(), two.toString(), bad.toString(), boom.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.outLines().get(0)).contains("0 added, 1 replaced, 1 unchanged, 2 failed");
    assertThat(run.outLines().get(1)).startsWith("knowledge base: 2 documents, 2 entities, 2 events (0 merged");
    List<String> err = run.errLines();
    int summary = err.indexOf("annals: 2 of 4 documents failed:");
    assertThat(summary).as(run.toString()).isPositive();
    assertThat(err.subList(summary + 1, err.size())).hasSize(2)
        .anyMatch(l -> l.startsWith("annals:   " + bad + ": impossible date"))
        .anyMatch(l -> l.startsWith("annals:   " + boom + ": extraction failed"));
    BadInputTest.assertNoStackTrace(run);
  }

  @Test
  void queriesAndFormats() throws IOException {
    article("one.txt", "2023-02-22", "The commander arrived on a visit to Morocco on Tuesday.");
    article("two.txt", "2023-02-22", "Israel's air force chief began a visit to Morocco.");
    article("three.txt", "2023-05-10", "Ministers talked about trade.");
    assertThat(run("ingest", "--db", db(), dir.resolve("*.txt").toString()).exitCode()).isZero();

    assertThat(run("timeline", "--db", db(), "--dyad", "ISR,MAR").outLines()).hasSize(1);
    assertThat(run("timeline", "--db", db(), "--dyad", "ISR,FRA").outLines()).isEmpty();
    assertThat(run("timeline", "--db", db(), "--actor", "morocco").outLines()).hasSize(1);
    assertThat(run("timeline", "--db", db(), "--type", "AGREE").outLines()).isEmpty();
    assertThat(run("timeline", "--db", db(), "--from", "2023-03-01").outLines()).isEmpty();

    JsonNode json = JSON.readTree(run("timeline", "--db", db(), "--format", "json").out());
    assertThat(json).hasSize(1);
    assertThat(json.get(0).path("reports").asInt()).isEqualTo(2);
    assertThat(json.get(0).path("reportList")).hasSize(2);
    assertThat(json.get(0).path("mergedBecause").asText()).contains("same type CONSULT");

    List<String> csv = run("timeline", "--db", db(), "--format", "csv").outLines();
    assertThat(csv.get(0)).startsWith("event_id,event_date,");
    assertThat(csv.get(1)).contains(",Israel,ISR,", ",CONSULT,visit,", ",Morocco,MAR,");

    Cli.Run events = run("events", "--db", db());
    assertThat(events.outLines()).hasSize(1);
    assertThat(events.outLines().get(0)).startsWith("#1").endsWith("2 reports, 2 sources");
    Cli.Run one = run("events", "--db", db(), "1");
    assertThat(one.out()).contains("report 1: one.txt", "report 2: two.txt", "merged because: same type CONSULT");

    Cli.Run actors = run("actors", "--db", db());
    assertThat(actors.outLines()).hasSize(2);
    assertThat(actors.outLines().get(0)).contains("Israel", "COUNTRY", "ISR", "1 events", "2 docs");
    Cli.Run actor = run("actor", "--db", db(), "israel");
    assertThat(actor.exitCode()).as(actor.toString()).isZero();
    assertThat(actor.out()).startsWith("Israel (ISR)").contains("partners:     Morocco (MAR) ×1");
    assertThat(run("actor", "--db", db(), "nobody").errLines())
        .containsExactly("annals: no actor matches 'nobody' in " + db());

    Path csvOut = dir.resolve("out.csv");
    Cli.Run export = run("export", "--db", db(), "--format", "csv", "--out", csvOut.toString());
    assertThat(export.out().strip()).isEqualTo("1 events written to " + csvOut + " (csv)");
    assertThat(Files.readAllLines(csvOut)).hasSize(2);
    Path graph = dir.resolve("out.graphml");
    assertThat(run("export", "--db", db(), "--format", "graphml", "--out", graph.toString()).exitCode()).isZero();
    assertThat(Files.readString(graph)).contains("<graphml", "<edge ");
  }

  @Test
  void queryingAMissingDatabaseIsOneLine() {
    Cli.Run run = run("timeline", "--db", dir.resolve("none.duckdb").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("annals: " + dir.resolve("none.duckdb")
        + ": no such database (create one with 'annals ingest --db " + dir.resolve("none.duckdb") + " FILES')");
  }

  @Test
  void excludeLeavesOutMatchingFiles() throws IOException {
    article("news/a.txt", "2023-02-22", "A visit to Morocco.");
    article("news/annotations/gold.txt", "2023-02-22", "not to be ingested");
    Cli.Run run = run("ingest", "--db", db(), "--exclude", "annotations/**", dir.resolve("news").toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines().get(0)).contains("1 added");
  }
}
