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

    Cli.Run run = Cli.run("demo", "--dir", dir.toString());

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
}
