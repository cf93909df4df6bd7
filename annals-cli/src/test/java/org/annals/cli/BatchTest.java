package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.annals.model.ArticleRecord;
import org.annals.model.Document;
import org.annals.model.EntityId;
import org.annals.model.EntityKind;
import org.annals.model.EventType;
import org.annals.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code extract} and {@code demo} treat a batch (order, parallelism, a failing document,
 * warnings, output files, formats), with a stand-in for the pipeline: no language models.
 */
class BatchTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** Stand-in: empty records; a body containing BOOM throws; "slow N" sleeps N ms. */
  static class FakeExtractor implements Extractor {
    final AtomicInteger warmUps = new AtomicInteger();
    final AtomicInteger extracted = new AtomicInteger();

    @Override
    public void warmUp() {
      warmUps.incrementAndGet();
    }

    @Override
    public ArticleRecord extract(Document document, List<String> warnings) {
      extracted.incrementAndGet();
      String text = document.text();
      if (text.contains("BOOM")) {
        throw new IllegalStateException("the parser choked on sentence 2");
      }
      int slow = text.indexOf("slow ");
      if (slow >= 0) {
        sleep(Integer.parseInt(text.substring(slow + 5).split("\\D")[0]));
      }
      Records.Builder b = new Records.Builder(document.id(), document.date().toString(), text);
      if (text.contains("visit")) {
        EntityId isr = b.entity("Israel", EntityKind.COUNTRY, "ISR");
        EntityId mar = b.entity("Morocco", EntityKind.COUNTRY, "MAR");
        String day = document.date().minusDays(1).toString();
        b.event(EventType.CONSULT, "visit", isr, mar, mar, day, day, day, Status.OCCURRED, "visit");
      }
      if (text.contains("Tuesday")) {
        b.time("Tuesday", document.date().minusDays(1).toString());
      }
      ArticleRecord r = b.build();
      return new ArticleRecord(document, r.entities(), r.times(), r.events(), r.quotes(), warnings, r.provenance());
    }

    private static void sleep(int ms) {
      try {
        Thread.sleep(ms);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private final FakeExtractor fake = new FakeExtractor();

  private Path article(String name, String date, String body) throws IOException {
    return article(dir, name, date, body);
  }

  /** An article in the seed format under {@code dir} (folders made as needed), for the CLI tests. */
  static Path article(Path dir, String name, String date, String body) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "date " + date + " A title\n\n" + body, StandardCharsets.UTF_8);
    return p;
  }

  private static List<JsonNode> jsonLines(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }

  @Test
  void jsonlKeepsInputOrderWhateverFinishesFirst() throws IOException {
    List<String> args = new ArrayList<>(List.of("extract", "--format", "jsonl", "--threads", "4"));
    for (int i = 0; i < 6; i++) {
      args.add(article("a" + i + ".txt", "2023-02-22", "Ministers met. slow " + (120 - 20 * i) + " ms.").toString());
    }
    Cli.Run run = Cli.run(fake, args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(jsonLines(run.out())).extracting(n -> n.at("/document/id").asText())
        .containsExactly("a0.txt", "a1.txt", "a2.txt", "a3.txt", "a4.txt", "a5.txt");
    assertThat(fake.warmUps).hasValue(1);
  }

  @Test
  void jsonLinesInputGivesOneRecordPerArticle() throws IOException {
    Path jsonl = dir.resolve("news.jsonl");
    Files.writeString(jsonl,
        "{\"id\": \"n1\", \"date\": \"2023-02-22\", \"title\": \"t\", \"text\": \"The ministers met.\"}\n"
            + "{\"id\": \"n2\", \"date\": \"2023-02-23\", \"text\": \"The ministers met again.\"}\n");
    Cli.Run run = Cli.run(fake, "extract", "--format", "jsonl", jsonl.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(jsonLines(run.out())).extracting(n -> n.at("/document/id").asText()).containsExactly("n1", "n2");
  }

  @Test
  void jsonLinesInputWithSeveralArticlesNeedsJsonlOrOut() throws IOException {
    Path jsonl = dir.resolve("news.jsonl");
    Files.writeString(jsonl,
        "{\"id\": \"n1\", \"date\": \"2023-02-22\", \"text\": \"The ministers met.\"}\n"
            + "{\"id\": \"n2\", \"date\": \"2023-02-23\", \"text\": \"The ministers met again.\"}\n");
    Cli.Run run = Cli.run(fake, "extract", jsonl.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines().get(0)).contains("2 documents in", "--format jsonl");
    assertThat(fake.extracted).hasValue(0);
  }

  @Test
  void oneFailingExtractionIsOneLineAndTheBatchGoesOn() throws IOException {
    Path a = article("a.txt", "2023-02-22", "Ministers met.");
    Path b = article("b.txt", "2023-02-22", "Ministers BOOM met.");
    Path c = article("c.txt", "2023-02-22", "Ministers met again.");
    Cli.Run run = Cli.run(fake, "extract", "--format", "jsonl", "--threads", "2",
        a.toString(), b.toString(), c.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(jsonLines(run.out())).extracting(n -> n.at("/document/id").asText())
        .containsExactly("a.txt", "c.txt");
    assertThat(run.errLines()).containsExactly(
        "annals: " + b + ": extraction failed: the parser choked on sentence 2",
        "annals: 1 of 3 documents failed");
  }

  @Test
  void goodAndBadInputsTogether() throws IOException {
    Path good = article("good.txt", "2023-02-22", "Ministers met.");
    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "");
    Cli.Run run = Cli.run(fake, "extract", "--format", "jsonl", empty.toString(), good.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(jsonLines(run.out())).extracting(n -> n.at("/document/id").asText()).containsExactly("good.txt");
    assertThat(run.errLines()).containsExactly(
        "annals: " + empty + ": empty document", "annals: 1 of 2 documents failed");
  }

  @Test
  void notEnglishIsAWarningAndStillProcessed() throws IOException {
    Path german = article("de.txt", "2023-02-22",
        "Der Kommandeur der israelischen Luftwaffe ist am Dienstag zu seinem ersten offiziellen Besuch"
            + " in Marokko eingetroffen. Er wird sich mit hochrangigen Offizieren der marokkanischen"
            + " Streitkräfte treffen, teilte die Armee mit. Beide Länder hatten im Jahr 2020 ihre"
            + " Beziehungen normalisiert und seitdem die militärische Zusammenarbeit ausgebaut.");
    Cli.Run run = Cli.run(fake, "extract", german.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.errLines()).containsExactly(
        "annals: warning: " + german + ": text does not look like English; results may be poor");
    JsonNode record = JSON.readTree(run.out());
    assertThat(record.at("/document/id").asText()).isEqualTo("de.txt");
    assertThat(record.at("/warnings/0").asText()).contains("English");
  }

  @Test
  void jsonIsOnePrettyRecordWithTextUnlessNoText() throws IOException {
    Path a = article("a.txt", "2023-02-22", "Ministers met on Tuesday.");
    Cli.Run run = Cli.run(fake, "extract", a.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines().size()).isGreaterThan(5);
    JsonNode record = JSON.readTree(run.out());
    assertThat(record.at("/document/text").asText()).isEqualTo("Ministers met on Tuesday.");
    assertThat(record.at("/document/date").asText()).isEqualTo("2023-02-22");

    Cli.Run noText = Cli.run(fake, "extract", "--no-text", a.toString());
    assertThat(JSON.readTree(noText.out()).at("/document").has("text")).isFalse();
  }

  @Test
  void plainTextTakesDateOption() throws IOException {
    Path plain = dir.resolve("plain.txt");
    Files.writeString(plain, "Ministers met on Tuesday.\n");
    Cli.Run run = Cli.run(fake, "extract", "--date", "2021-11-24", plain.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(JSON.readTree(run.out()).at("/document/date").asText()).isEqualTo("2021-11-24");
  }

  @Test
  void standardInputIsDash() throws IOException {
    Cli.Run run = Cli.runWithStdin(fake, "date 2023-02-22 Title\n\nMinisters met.\n", "extract", "-");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(JSON.readTree(run.out()).at("/document/text").asText()).isEqualTo("Ministers met.\n");
  }

  @Test
  void outWritesOneFilePerDocumentNamedAfterTheInput() throws IOException {
    Path a = article("seed.txt", "2023-02-22", "Ministers met.");
    Path sub = Files.createDirectory(dir.resolve("other"));
    Path b = sub.resolve("seed.txt");
    Files.writeString(b, "date 2023-02-23 T\n\nMinisters met again.");
    Path jsonl = dir.resolve("news.jsonl");
    Files.writeString(jsonl, "{\"id\": \"n/1\", \"date\": \"2023-02-22\", \"text\": \"The ministers met.\"}\n");
    Path out = dir.resolve("out/records");
    Cli.Run run = Cli.run(fake, "extract", "--out", out.toString(), a.toString(), b.toString(), jsonl.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("annals: warning: " + b
        + ": another document of this run is also named 'seed.txt'; writing seed-2.json");
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("n_1.json", "seed-2.json", "seed.json");
    }
    assertThat(JSON.readTree(out.resolve("seed-2.json").toFile()).at("/document/date").asText())
        .isEqualTo("2023-02-23");
  }

  @Test
  void timemlOnStdoutAndInOut() throws IOException {
    Path a = article("a.txt", "2023-02-22", "Ministers met on Tuesday & talked.");
    Cli.Run run = Cli.run(fake, "extract", "--format", "timeml", a.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .startsWith("<?xml")
        .contains("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2023-02-22\"")
        .contains("<TEXT>Ministers met on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2023-02-21\">Tuesday</TIMEX3>"
            + " &amp; talked.</TEXT>");

    Path out = dir.resolve("tml");
    Cli.Run toDir = Cli.run(fake, "extract", "--format", "timeml", "--out", out.toString(), a.toString());
    assertThat(toDir.exitCode()).isZero();
    assertThat(out.resolve("a.tml")).exists();
  }

  @Test
  void modelsThatCannotLoadEndTheRunWithOneLine() throws IOException {
    Extractor broken = new Extractor() {
      @Override
      public void warmUp() {
        throw new ExceptionInInitializerError(
            new IllegalStateException("cannot load the CoreNLP English models: missing jar"));
      }

      @Override
      public ArticleRecord extract(Document document, List<String> warnings) {
        throw new AssertionError("not reached");
      }
    };
    Path a = article("a.txt", "2023-02-22", "Ministers met.");
    Cli.Run run = Cli.run(broken, "extract", a.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("annals: cannot load the CoreNLP English models: missing jar");
  }

  @Test
  void outOfMemoryIsOneLineWithAHint() throws IOException {
    Extractor hungry = new FakeExtractor() {
      @Override
      public ArticleRecord extract(Document document, List<String> warnings) {
        throw new OutOfMemoryError("Java heap space");
      }
    };
    Path a = article("a.txt", "2023-02-22", "Ministers met.");
    Path b = article("b.txt", "2023-02-22", "Ministers met.");
    Cli.Run run = Cli.run(hungry, "extract", "--format", "jsonl", "--threads", "2", a.toString(), b.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().get(0)).startsWith("annals: out of memory").contains("ANNALS_JAVA_OPTS");
  }

  @Test
  void demoMergesTheSameVisitReportedTwice() throws IOException {
    article("one.txt", "2023-02-22", "The Israeli commander arrived on a visit to Morocco on Tuesday.");
    article("two.txt", "2023-02-22", "Israel's air force chief began a visit to Morocco, officials said.");
    article("three.txt", "2023-02-20", "Ministers talked about trade.");
    Cli.Run run = Cli.run(fake, "demo", "--dir", dir.toString(), "--db", dir.resolve("demo.duckdb").toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.outLines().get(0))
        .startsWith("3 articles, 2 entities, 2 events (1 on the timeline after merging reports); models loaded in");
    assertThat(run.outLines().get(1)).startsWith("database: ").contains("demo.duckdb");
    assertThat(run.outLines()).hasSize(4);
    assertThat(run.outLines().get(3))
        .startsWith("2023-02-21  CONSULT/visit       Israel (ISR) → Morocco (MAR)  @Morocco  [occurred]  \"")
        .endsWith("(2 reports: one.txt, two.txt)");
  }
}
