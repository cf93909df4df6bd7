package org.annals.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.annals.core.read.DocumentReaders.Format;
import org.junit.jupiter.api.Test;

/** Every format is told from the content, whatever the file is called. */
class DetectionTest {

  @Test
  void formatsFromTheirFirstCharacters() {
    assertThat(DocumentReaders.detect("{\"id\": 1}")).isEqualTo(Format.JSON_LINES);
    assertThat(DocumentReaders.detect("WARC/1.1\r\nWARC-Type: warcinfo")).isEqualTo(Format.WARC);
    assertThat(DocumentReaders.detect("<?xml version=\"1.0\"?>\n<TimeML><TEXT>x</TEXT></TimeML>")).isEqualTo(Format.TIMEML);
    assertThat(DocumentReaders.detect("<?xml version=\"1.0\"?>\n<!-- c --><rss version=\"2.0\">")).isEqualTo(Format.FEED);
    assertThat(DocumentReaders.detect("<feed xmlns=\"http://www.w3.org/2005/Atom\">")).isEqualTo(Format.FEED);
    assertThat(DocumentReaders.detect("<rdf:RDF xmlns:rdf=\"x\"><item/>")).isEqualTo(Format.FEED);
    assertThat(DocumentReaders.detect("<!DOCTYPE html>\n<html>")).isEqualTo(Format.HTML);
    assertThat(DocumentReaders.detect("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">")).isEqualTo(Format.HTML);
    assertThat(DocumentReaders.detect("  <div class=\"story\"><p>x</p></div>")).isEqualTo(Format.HTML);
    assertThat(DocumentReaders.detect("<?xml version=\"1.0\"?><catalog/>")).isEqualTo(Format.TIMEML);
    assertThat(DocumentReaders.detect("<unknown> is how the form labels it")).isEqualTo(Format.TEXT);
    assertThat(DocumentReaders.detect("date 2023-02-22 Title\n\nBody")).isEqualTo(Format.TEXT);
  }

  @Test
  void aFeedNamedTxtIsReadAsAFeed() {
    String rss =
        "<rss version=\"2.0\"><channel><title>t</title><item><title>Pier</title><guid>p1</guid>"
            + "<pubDate>Fri, 05 Jan 2024 10:00:00 +0000</pubDate><description>"
            + Fixtures.ENGLISH
            + "</description></item></channel></rss>";
    ReadOutcome.Ok ok = Fixtures.onlyOk(Fixtures.read("notes.txt", rss, ReadOptions.defaults()));
    assertThat(ok.document().id()).isEqualTo("p1");
    assertThat(ok.document().date()).isEqualTo(LocalDate.of(2024, 1, 5));
    assertThat(ok.origin().get().format()).isEqualTo(Format.FEED);
  }

  @Test
  void aWindows1252PageIsDecodedByItsOwnDeclaration() {
    byte[] page =
        ("<html><head><meta charset=\"windows-1252\"><meta name=\"date\" content=\"2022-10-01\">"
                + "</head><body><article><p>The caf\u00e9 by the station re-opened on Saturday after"
                + " the owners spent the summer restoring its old tiled floor and wooden counter.</p>"
                + "</article></body></html>")
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    ReadOutcome.Ok ok =
        Fixtures.onlyOk(DocumentReaders.read("cafe.html", page, ReadOptions.defaults()));
    assertThat(ok.document().text()).startsWith("The caf\u00e9 by the station");
    // the same bytes are not UTF-8: the strict text path would have refused them
    assertThat(new String(page, StandardCharsets.UTF_8)).contains("\ufffd");
  }
}
