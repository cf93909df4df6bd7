package org.annals.core.read;

import static org.annals.core.read.Fixtures.onlyFailed;
import static org.annals.core.read.Fixtures.onlyOk;
import static org.annals.core.read.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annals.model.Document;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

  private static final ReadOptions NO_DATE = ReadOptions.defaults();

  @Test
  void eachLineIsItsOwnOutcomeAndBadLinesFailAlone() {
    Path file = Fixtures.resource("articles.jsonl");
    List<ReadOutcome> outcomes = DocumentReaders.read(file, NO_DATE);
    String src = file.toString();

    assertThat(outcomes).hasSize(6); // 7 lines, one blank
    assertThat(outcomes)
        .extracting(ReadOutcome::source)
        .containsExactly(src + ":1", src + ":2", src + ":4", src + ":5", src + ":6", src + ":7");

    Document first = ((ReadOutcome.Ok) outcomes.get(0)).document();
    assertThat(first.id()).isEqualTo("a-1");
    assertThat(first.date()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(first.title()).isEqualTo("Rail union calls off strike");
    assertThat(first.text()).startsWith("The rail union said on Friday");
    assertThat(first.source()).isEqualTo(src + ":1");

    Document second = ((ReadOutcome.Ok) outcomes.get(1)).document();
    assertThat(second.id()).isEqualTo("articles.jsonl:2");

    assertThat(((ReadOutcome.Failed) outcomes.get(2)).message())
        .startsWith(src + ":4: malformed JSON (Unexpected character")
        .doesNotContain("\n");
    assertThat(((ReadOutcome.Failed) outcomes.get(3)).problem())
        .isEqualTo("no date: the article has no 'date' and no --date was given");
    assertThat(((ReadOutcome.Failed) outcomes.get(4)).problem())
        .isEqualTo("impossible date '2024-02-30'");
    assertThat(((ReadOutcome.Failed) outcomes.get(5)).problem()).isEqualTo("missing 'text'");
  }

  @Test
  void aLineReadApartFromItsFileGivesWhatTheFileGivesForIt() throws java.io.IOException {
    Path file = Fixtures.resource("articles.jsonl");
    List<ReadOutcome> whole = DocumentReaders.read(file, NO_DATE);
    List<String> lines = java.nio.file.Files.readAllLines(file);
    List<ReadOutcome> apart = new java.util.ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        apart.add(Sources.jsonLine(file.toString(), i + 1, lines.get(i), NO_DATE));
      }
    }
    assertThat(apart).isEqualTo(whole);
  }

  @Test
  void dateOptionFillsMissingDatesOnly() {
    Path file = Fixtures.resource("articles.jsonl");
    LocalDate fallback = LocalDate.of(2024, 3, 9);
    List<ReadOutcome> outcomes = DocumentReaders.read(file, NO_DATE.withDate(fallback));
    assertThat(((ReadOutcome.Ok) outcomes.get(0)).document().date())
        .isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(((ReadOutcome.Ok) outcomes.get(3)).document().date()).isEqualTo(fallback);
  }

  @Test
  void fieldProblemsAreReported() {
    assertThat(problem("{\"id\": \"  \", \"date\": \"2024-01-01\", \"text\": \"x\"}"))
        .isEqualTo("'id' must be a non-blank string");
    assertThat(problem("{\"id\": true, \"date\": \"2024-01-01\", \"text\": \"x\"}"))
        .isEqualTo("'id' must be a non-blank string");
    assertThat(problem("{\"date\": \"01/02/2024\", \"text\": \"x\"}"))
        .isEqualTo("malformed date '01/02/2024': expected 'YYYY-MM-DD'");
    assertThat(problem("{\"date\": 20240101, \"text\": \"x\"}"))
        .isEqualTo("'date' must be a string 'YYYY-MM-DD'");
    assertThat(problem("{\"date\": \"2024-01-01\", \"title\": 5, \"text\": \"x\"}"))
        .isEqualTo("'title' must be a string");
    assertThat(problem("{\"date\": \"2024-01-01\", \"text\": \"   \"}"))
        .startsWith("empty document");
    assertThat(problem("{\"date\": \"2024-01-01\", \"text\": 7}"))
        .isEqualTo("'text' must be a string");
    assertThat(problem("{\"date\": \"2024-01-01\", \"text\": \"x\"} {\"a\": 1}"))
        .isEqualTo("malformed JSON (more than one value on the line)");
    assertThat(problem("{\"date\": \"2024-01-01\", \"text\": \"x\", \"text\": \"y\"}"))
        .startsWith("malformed JSON (Duplicate field 'text'");
  }

  @Test
  void nonObjectLineFails() {
    List<ReadOutcome> outcomes =
        read("x.jsonl", "{\"date\": \"2024-01-01\", \"text\": \"a\"}\n[1, 2]\n", NO_DATE);
    assertThat(outcomes.get(0)).isInstanceOf(ReadOutcome.Ok.class);
    assertThat(((ReadOutcome.Failed) outcomes.get(1)).message())
        .startsWith("x.jsonl:2: expected a JSON object");
  }

  @Test
  void truncatedLineFailsWithOneLineMessage() {
    List<ReadOutcome> outcomes =
        read("t.jsonl", "{\"date\": \"2024-01-01\", \"text\": \"a\"}\n{\"id\": \"cut", NO_DATE);
    ReadOutcome.Failed failed = (ReadOutcome.Failed) outcomes.get(1);
    assertThat(failed.message()).startsWith("t.jsonl:2: malformed JSON (").doesNotContain("\n");
    assertThat(failed.problem()).doesNotContain("Source").hasSizeLessThan(200);
  }

  @Test
  void articleFieldsAreKeptExactly() {
    String line =
        "{\"id\": 42, \"date\": \"2024-01-05T08:30:00Z\", \"title\": \" Spaced \", \"extra\": [1],"
            + " \"text\": \"  Caf\\u00e9 \\\"quoted\\\"\\nsecond line \"}";
    Document doc = onlyOk(read("u.jsonl", line, NO_DATE)).document();
    assertThat(doc.id()).isEqualTo("42");
    assertThat(doc.date()).isEqualTo(LocalDate.of(2024, 1, 5));
    assertThat(doc.title()).isEqualTo("Spaced");
    assertThat(doc.text()).isEqualTo("  Café \"quoted\"\nsecond line ");
    assertThat(doc.source()).isEqualTo("u.jsonl:1");
  }

  @Test
  void crlfLinesAndDuplicateIds() {
    String content =
        "{\"id\": \"d\", \"date\": \"2024-01-01\", \"text\": \"one\"}\r\n"
            + "{\"id\": \"d\", \"date\": \"2024-01-02\", \"text\": \"two\"}\r\n";
    List<ReadOutcome> outcomes = read("dup.jsonl", content, NO_DATE);
    assertThat(outcomes).allMatch(o -> o instanceof ReadOutcome.Ok);
    assertThat(((ReadOutcome.Ok) outcomes.get(1)).document().text()).isEqualTo("two");
    assertThat(((ReadOutcome.Ok) outcomes.get(1)).warnings())
        .containsExactly("duplicate id 'd' (first on line 1)");
  }

  @Test
  void tooLargeTextFailsPerArticle() {
    String content =
        "{\"date\": \"2024-01-01\", \"text\": \"short\"}\n"
            + "{\"date\": \"2024-01-01\", \"text\": \""
            + "x".repeat(50)
            + "\"}\n";
    List<ReadOutcome> outcomes = read("big.jsonl", content, NO_DATE.withMaxChars(20));
    assertThat(outcomes.get(0)).isInstanceOf(ReadOutcome.Ok.class);
    assertThat(((ReadOutcome.Failed) outcomes.get(1)).problem())
        .isEqualTo("document too large: 50 characters, limit 20 (use --max-chars)");
  }

  @Test
  void prettyPrintedSingleObjectIsOneArticle() {
    String content = "{\n  \"id\": \"p\",\n  \"date\": \"2024-01-01\",\n  \"text\": \"Body.\"\n}\n";
    ReadOutcome.Ok ok = onlyOk(read("pretty.json", content, NO_DATE));
    assertThat(ok.document().id()).isEqualTo("p");
    assertThat(ok.document().source()).isEqualTo("pretty.json");
  }

  @Test
  void nonEnglishArticleGetsWarning() {
    String german =
        "Der Gemeinderat hat am Donnerstag beschlossen, die alte Brücke über den Fluss zu"
            + " erneuern. Die Arbeiten sollen im Herbst beginnen und etwa zwei Jahre dauern, teilte"
            + " die Stadt mit.";
    ReadOutcome.Ok ok =
        onlyOk(
            read("de.jsonl", "{\"date\": \"2024-01-01\", \"text\": \"" + german + "\"}", NO_DATE));
    assertThat(ok.warnings()).containsExactly(EnglishCheck.WARNING);
  }

  private static String problem(String line) {
    return onlyFailed(read("p.jsonl", line, NO_DATE)).problem();
  }
}
