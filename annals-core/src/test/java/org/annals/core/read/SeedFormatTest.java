package org.annals.core.read;

import static org.annals.core.read.Fixtures.ENGLISH;
import static org.annals.core.read.Fixtures.onlyFailed;
import static org.annals.core.read.Fixtures.onlyOk;
import static org.annals.core.read.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.annals.model.Document;
import org.junit.jupiter.api.Test;

class SeedFormatTest {

  private static final ReadOptions NO_DATE = ReadOptions.defaults();

  @Test
  void readsHeaderAndKeepsBodyByteForByte() throws IOException {
    Path file = Fixtures.resource("seed-visit.txt");
    String content = Files.readString(file, StandardCharsets.UTF_8);

    ReadOutcome.Ok ok = onlyOk(DocumentReaders.read(file, NO_DATE));
    Document doc = ok.document();

    assertThat(doc.date()).isEqualTo(LocalDate.of(2024, 5, 14));
    assertThat(doc.title()).isEqualTo("Harbour authority opens a new ferry terminal in Port Avel");
    assertThat(doc.id()).isEqualTo("seed-visit.txt");
    assertThat(doc.source()).isEqualTo(file.toString());
    String header = content.substring(0, content.indexOf('\n') + 1);
    assertThat(doc.text()).isEqualTo(content.substring(header.length() + 1));
    assertThat(doc.text()).startsWith("The harbour authority").endsWith("on Friday.\n");
    assertThat(doc.text()).contains("two years after  the old pier"); // inner spacing kept
    assertThat(doc.sha256()).isEqualTo(Document.sha256(doc.text()));
    assertThat(ok.warnings()).isEmpty();
  }

  @Test
  void offsetsIntoBodyMatchTheFile() throws IOException {
    Path file = Fixtures.resource("seed-visit.txt");
    String content = Files.readString(file, StandardCharsets.UTF_8);
    Document doc = onlyOk(DocumentReaders.read(file, NO_DATE)).document();
    int bodyStart = content.indexOf("\n\n") + 2;
    int start = doc.text().indexOf("Ilse Varga");
    assertThat(content.substring(bodyStart + start, bodyStart + start + "Ilse Varga".length()))
        .isEqualTo("Ilse Varga");
  }

  @Test
  void fileDateWinsOverDateOption() {
    String content = "date 2023-06-01 Title\n\n" + ENGLISH;
    Document doc =
        onlyOk(read("a.txt", content, NO_DATE.withDate(LocalDate.of(1999, 1, 1)))).document();
    assertThat(doc.date()).isEqualTo(LocalDate.of(2023, 6, 1));
    assertThat(doc.text()).isEqualTo(ENGLISH);
  }

  @Test
  void whitespaceAroundHeaderAndLeadingBlankLinesAreIgnored() {
    String content = "\n  \n\t date   2023-06-01   A   title  \t\n\nBody text.";
    Document doc = onlyOk(read("dir/sub/b.txt", content, NO_DATE)).document();
    assertThat(doc.title()).isEqualTo("A   title");
    assertThat(doc.text()).isEqualTo("Body text.");
    assertThat(doc.id()).isEqualTo("b.txt");
    assertThat(doc.source()).isEqualTo("dir/sub/b.txt");
  }

  @Test
  void headerWithoutTitleGivesEmptyTitle() {
    Document doc = onlyOk(read("c.txt", "date 2023-06-01\n\nBody.", NO_DATE)).document();
    assertThat(doc.title()).isEmpty();
    assertThat(doc.text()).isEqualTo("Body.");
  }

  @Test
  void onlyOneBlankLineIsSkippedAndTrailingWhitespaceIsKept() {
    String content = "date 2023-06-01 T\n\n\n  Indented body.  \n\n";
    Document doc = onlyOk(read("d.txt", content, NO_DATE)).document();
    assertThat(doc.text()).isEqualTo("\n  Indented body.  \n\n");
  }

  @Test
  void windowsLineBreaksAreHandled() {
    String content = "date 2023-06-01 T\r\n\r\nLine one.\r\nLine two.\r\n";
    Document doc = onlyOk(read("e.txt", content, NO_DATE)).document();
    assertThat(doc.text()).isEqualTo("Line one.\r\nLine two.\r\n");
  }

  @Test
  void missingBlankLineIsAWarning() {
    ReadOutcome.Ok ok = onlyOk(read("f.txt", "date 2023-06-01 T\nBody right away.", NO_DATE));
    assertThat(ok.document().text()).isEqualTo("Body right away.");
    assertThat(ok.warnings()).anyMatch(w -> w.contains("no blank line after the date line"));
  }

  @Test
  void impossibleDateFails() {
    assertThat(onlyFailed(read("g.txt", "date 2023-02-30 T\n\nBody.", NO_DATE)).message())
        .isEqualTo("g.txt: impossible date '2023-02-30' in the date line");
    assertThat(onlyFailed(read("g.txt", "date 2023-13-01 T\n\nBody.", NO_DATE)).problem())
        .isEqualTo("impossible date '2023-13-01' in the date line");
  }

  @Test
  void malformedDateLineFailsEvenWithDateOption() {
    ReadOptions dated = NO_DATE.withDate(LocalDate.of(2023, 1, 1));
    for (String header : new String[] {"date 22/02/2023 T", "date 2023-2-22 T", "date 20230222"}) {
      assertThat(onlyFailed(read("h.txt", header + "\n\nBody.", dated)).problem())
          .as(header)
          .isEqualTo("malformed date line: expected 'date YYYY-MM-DD title'");
    }
  }

  @Test
  void headerWithoutBodyIsEmpty() {
    assertThat(onlyFailed(read("i.txt", " date 2023-06-01 T\n\n  \n", NO_DATE)).problem())
        .startsWith("empty document");
    assertThat(onlyFailed(read("i.txt", "date 2023-06-01 T", NO_DATE)).problem())
        .startsWith("empty document");
  }

  @Test
  void detectionIsByContentNotExtension() {
    Document doc =
        onlyOk(read("looks-like.jsonl", "date 2023-06-01 T\n\nBody.", NO_DATE)).document();
    assertThat(doc.date()).isEqualTo(LocalDate.of(2023, 6, 1));
  }
}
