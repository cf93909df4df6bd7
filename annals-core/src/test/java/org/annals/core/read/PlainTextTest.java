package org.annals.core.read;

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

class PlainTextTest {

  private static final LocalDate DAY = LocalDate.of(2024, 6, 20);

  @Test
  void withoutDateOptionFails() {
    Path file = Fixtures.resource("plain-bridge.txt");
    ReadOutcome.Failed failed = onlyFailed(DocumentReaders.read(file, ReadOptions.defaults()));
    assertThat(failed.message())
        .isEqualTo(
            file
                + ": no date: the first line is not 'date YYYY-MM-DD title' and no --date was"
                + " given");
  }

  @Test
  void withDateOptionTheWholeTextIsTheBody() throws IOException {
    Path file = Fixtures.resource("plain-bridge.txt");
    ReadOutcome.Ok ok = onlyOk(DocumentReaders.read(file, ReadOptions.defaults().withDate(DAY)));
    Document doc = ok.document();
    assertThat(doc.date()).isEqualTo(DAY);
    assertThat(doc.text()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    assertThat(doc.title()).isEqualTo("Council approves budget for river bridge");
    assertThat(doc.id()).isEqualTo("plain-bridge.txt");
    assertThat(ok.warnings()).isEmpty();
  }

  @Test
  void aFirstLineStartingWithTheWordDateIsPlainText() {
    String content = "Date night at the cinema draws a crowd\n\nThe cinema was full.";
    Document doc = onlyOk(read("n.txt", content, ReadOptions.defaults().withDate(DAY))).document();
    assertThat(doc.text()).isEqualTo(content);
    assertThat(doc.date()).isEqualTo(DAY);
  }

  @Test
  void capitalisedDateWithNumberIsAHeadlineNotAHeader() {
    String content = "Date 3 of the tour sells out\n\nTickets went quickly.";
    Document doc = onlyOk(read("t.txt", content, ReadOptions.defaults().withDate(DAY))).document();
    assertThat(doc.text()).isEqualTo(content);
    assertThat(doc.title()).isEqualTo("Date 3 of the tour sells out");
  }

  @Test
  void longFirstLineGivesShortenedTitle() {
    String content = "word ".repeat(100) + "\nmore";
    Document doc =
        onlyOk(read("long.txt", content, ReadOptions.defaults().withDate(DAY))).document();
    assertThat(doc.title().length()).isLessThanOrEqualTo(PlainTextReader.MAX_TITLE_CHARS);
    assertThat(doc.title()).startsWith("word word").endsWith("…");
  }
}
