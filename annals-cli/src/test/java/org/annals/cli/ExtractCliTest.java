package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line with the real pipeline (CoreNLP). Everything that loads the models is in this
 * one class, so they load once per test JVM. The pipeline's quality is tested in annals-core; here
 * only the structure of what the commands print is checked.
 */
class ExtractCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** An invented article in the seed's format. */
  private static final String ARTICLE =
      "date 2024-05-15 Finnish and Estonian defence ministers meet in Tallinn\n"
          + "\n"
          + "Finland's Defence Minister Antti Rautio arrived in Tallinn on Tuesday for talks with his"
          + " Estonian counterpart, Kadri Mets. The two ministers signed an agreement to hold joint naval"
          + " exercises in the Gulf of Finland next year. \"Our security is indivisible,\" Rautio told"
          + " reporters after the meeting.\n";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void mixedBatchPrintsTheGoodRecordAndOneLineForTheBadFile() throws IOException {
    Path good = write("tallinn.txt", ARTICLE);
    Path bad = write("broken.txt", "date 2024-02-30 Nothing\n\nThis date does not exist.\n");

    Cli.Run run = Cli.run("extract", "--format", "jsonl", good.toString(), bad.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.outLines()).as(run.toString()).hasSize(1);
    JsonNode record = JSON.readTree(run.outLines().get(0));
    assertThat(record.at("/document/id").asText()).isEqualTo("tallinn.txt");
    assertThat(record.at("/document/date").asText()).isEqualTo("2024-05-15");
    assertThat(record.at("/document/text").asText()).startsWith("Finland's Defence Minister");
    for (String field : new String[] {"entities", "times", "events", "quotes"}) {
      assertThat(record.get(field).isArray()).as(field).isTrue();
    }
    assertThat(run.errLines()).containsExactly(
        "annals: " + bad + ": impossible date '2024-02-30' in the date line",
        "annals: 1 of 2 documents failed");
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void demoPrintsATimelineOfTwoArticles() throws IOException {
    write("01_tallinn.txt", ARTICLE);
    write("02_helsinki.txt",
        "date 2024-06-03 Estonian minister visits Helsinki\n"
            + "\n"
            + "Estonia's Defence Minister Kadri Mets visited Helsinki on Monday, two weeks after her Finnish"
            + " counterpart Antti Rautio travelled to Tallinn. The ministers discussed air defence.\n");
    write("notes.md", "not an article");

    Cli.Run run = Cli.run("demo", "--dir", dir.toString(), "--db", dir.resolve("demo.duckdb").toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines().get(0)).matches(
        "2 articles, \\d+ entities, \\d+ events \\(\\d+ on the timeline after merging reports\\);"
            + " models loaded in \\d+\\.\\d s, articles processed and stored in \\d+\\.\\d s");
    assertThat(run.outLines().get(1)).startsWith("database: ");
    for (String line : run.outLines().stream().skip(3).toList()) {
      assertThat(line).matches("\\S+ +[A-Z]+(/\\S+)? +.*\\[(occurred|planned|hypothetical|negated)] +\".*\" +\\(.+\\)");
    }
  }

  /**
   * Examples 07 and 08 report one meeting (Santiago, 2024-04-10) in different words: through the real
   * pipeline and the knowledge base they give one event with two reports; example 09, the same two
   * ministers meeting again on 2024-06-18, stays a second event.
   */
  @Test
  void examplesOfOneMeetingMergeAndASecondMeetingStaysApart() throws IOException {
    Path examples = Path.of(System.getProperty("annals.repo", "..")).resolve("examples");
    String db = dir.resolve("examples.duckdb").toString();
    Cli.Run ingest = Cli.run("ingest", "--db", db, "--threads", "1",
        examples.resolve("07_argentina-chile-ministers-santiago.txt").toString(),
        examples.resolve("08_chile-argentina-talks-energy.txt").toString(),
        examples.resolve("09_argentina-chile-ministers-buenos-aires.txt").toString());
    assertThat(ingest.exitCode()).as(ingest.toString()).isZero();

    Cli.Run run = Cli.run("timeline", "--db", db, "--dyad", "ARG,CHL", "--type", "CONSULT", "--format", "json");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode events = JSON.readTree(run.out());
    JsonNode april = null;
    JsonNode june = null;
    for (JsonNode e : events) {
      String day = e.path("date").path("value").asText();
      if (day.equals("2024-04-10")) {
        assertThat(april).as("one event for the Santiago meeting: " + run.out()).isNull();
        april = e;
      } else if (day.equals("2024-06-18")) {
        june = e;
      }
    }
    assertThat(april).as(run.out()).isNotNull();
    assertThat(april.path("reports").asInt()).isEqualTo(2);
    assertThat(april.path("reportList")).extracting(r -> r.path("document").path("key").asText())
        .containsExactly("07_argentina-chile-ministers-santiago.txt", "08_chile-argentina-talks-energy.txt");
    assertThat(april.path("mergedBecause").asText()).contains("same type CONSULT", "ARG,CHL");
    assertThat(june).as(run.out()).isNotNull();
    assertThat(june.path("reports").asInt()).isEqualTo(1);
    assertThat(june.path("document").asText()).isEqualTo("09_argentina-chile-ministers-buenos-aires.txt");
  }
}
