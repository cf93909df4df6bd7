package org.annals.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.core.read.Origin.DateSource;
import org.annals.testkit.WarcFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WARC archives written by the test: HTML responses become documents, the rest is skipped. */
class WarcReaderTest {

  @TempDir Path dir;

  private static String html(String name) throws IOException {
    return Files.readString(Fixtures.page(name), StandardCharsets.UTF_8);
  }

  private WarcFixtures crawl() throws IOException {
    return new WarcFixtures(Instant.parse("2024-12-01T10:00:00Z"))
        .request("https://harbourledger.example/world/velmora-ostrand-dredging-pact")
        .page("https://harbourledger.example/world/velmora-ostrand-dredging-pact", html("harbour-ledger.html"))
        .metadata("https://harbourledger.example/world/velmora-ostrand-dredging-pact")
        .response("https://harbourledger.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
        .response("https://harbourledger.example/gone", 404, "text/html", "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8))
        .page("https://metrowire.example/2024/11/05/city-council-night-bus-trial/", html("metro-wire.html"))
        .page(
            "https://undated.example/story",
            "<html><body><article><p>" + Fixtures.ENGLISH + "</p></article></body></html>");
  }

  @Test
  void gzippedArchiveIsStreamedRecordByRecord() throws IOException {
    Path warc = crawl().writeTo(dir.resolve("crawl.warc.gz"), true);
    assertThat(DocumentReaders.isWarc(Files.readAllBytes(warc))).isTrue();
    List<ReadOutcome> out = new ArrayList<>();
    Sources.Counts counts = Sources.read(warc, ReadOptions.defaults(), out::add);
    // warcinfo, request, metadata, png, 404 skipped; three pages read
    assertThat(counts).isEqualTo(new Sources.Counts(3, 0, 5));
    assertThat(out).hasSize(3).allMatch(o -> o instanceof ReadOutcome.Ok);
    ReadOutcome.Ok harbour = (ReadOutcome.Ok) out.get(0);
    assertThat(harbour.document().date()).isEqualTo(LocalDate.of(2023, 3, 13));
    assertThat(harbour.document().source())
        .isEqualTo("https://harbourledger.example/world/velmora-ostrand-dredging-pact");
    assertThat(harbour.document().id()).isEqualTo("crawl.warc.gz:3");
    assertThat(harbour.document().text()).startsWith("The port authority of Velmora").doesNotContain("cookie");
    ReadOutcome.Ok metro = (ReadOutcome.Ok) out.get(1);
    assertThat(metro.document().date()).isEqualTo(LocalDate.of(2024, 11, 5));
    ReadOutcome.Ok undated = (ReadOutcome.Ok) out.get(2);
    assertThat(undated.document().date()).isEqualTo(LocalDate.of(2024, 12, 1));
    assertThat(undated.origin().get().dateSource()).isEqualTo(DateSource.CAPTURE);
    assertThat(undated.warnings()).anyMatch(w -> w.contains("capture date"));
    // the list API of existing callers gives the same
    assertThat(DocumentReaders.read(warc, ReadOptions.defaults())).isEqualTo(out);
  }

  @Test
  void streamOfAnyFileSystemReadsAsTheFile() throws IOException {
    Path warc = crawl().writeTo(dir.resolve("crawl.warc.gz"), true);
    List<ReadOutcome> fromFile = new ArrayList<>();
    Sources.read(warc, ReadOptions.defaults(), fromFile::add);
    List<ReadOutcome> streamed = new ArrayList<>();
    try (java.io.InputStream in = Files.newInputStream(warc)) {
      assertThat(Sources.read(warc.toString(), in, ReadOptions.defaults(), streamed::add))
          .isEqualTo(new Sources.Counts(3, 0, 5));
    }
    assertThat(streamed).isEqualTo(fromFile);

    // not an archive: read whole, as the bytes would be
    Path text = dir.resolve("note.txt");
    Files.writeString(text, "date 2024-12-01 A note\n\n" + Fixtures.ENGLISH + "\n");
    List<ReadOutcome> plain = new ArrayList<>();
    try (java.io.InputStream in = Files.newInputStream(text)) {
      Sources.read(text.toString(), in, ReadOptions.defaults(), plain::add);
    }
    assertThat(plain).isEqualTo(DocumentReaders.read(text, ReadOptions.defaults()));

    // too large a text is refused without being read whole
    List<ReadOutcome> big = new ArrayList<>();
    try (java.io.InputStream in = Files.newInputStream(text)) {
      Sources.read(text.toString(), in, new ReadOptions(java.util.Optional.empty(), 10), big::add);
    }
    assertThat(big).singleElement().isInstanceOf(ReadOutcome.Failed.class);
    assertThat(((ReadOutcome.Failed) big.get(0)).problem()).startsWith("document too large: over 33 bytes");
  }

  @Test
  void plainArchiveAndBytes() throws IOException {
    Path warc = crawl().writeTo(dir.resolve("crawl.warc"), false);
    byte[] bytes = Files.readAllBytes(warc);
    assertThat(DocumentReaders.detect(new String(bytes, StandardCharsets.ISO_8859_1)))
        .isEqualTo(DocumentReaders.Format.WARC);
    List<ReadOutcome> out = DocumentReaders.read("upload.bin", bytes, ReadOptions.defaults());
    assertThat(out).hasSize(3).allMatch(o -> o instanceof ReadOutcome.Ok);
  }

  @Test
  void malformedRecordGivesOneLineNamingFileAndRecord() throws IOException {
    Path good = crawl().writeTo(dir.resolve("good.warc"), false);
    String text = Files.readString(good, StandardCharsets.ISO_8859_1);
    // break the header of the fourth record (the metadata)
    int fourth = text.indexOf("WARC/1.", text.indexOf("WARC-Type: metadata") - 400);
    String broken = text.substring(0, fourth) + "WARC/1.1\r\nthis is not a header\r\n\r\n" + text.substring(fourth + 200);
    Path bad = Files.writeString(dir.resolve("bad.warc"), broken, StandardCharsets.ISO_8859_1);
    List<ReadOutcome> out = new ArrayList<>();
    Sources.Counts counts = Sources.read(bad, ReadOptions.defaults(), out::add);
    assertThat(counts.documents()).isEqualTo(1); // the page before the damage
    assertThat(counts.failed()).isEqualTo(1);
    ReadOutcome.Failed failed = (ReadOutcome.Failed) out.get(out.size() - 1);
    assertThat(failed.message()).startsWith(bad + "[record 4]: malformed WARC record:");
    assertThat(failed.message()).doesNotContain("\n");
  }

  /** Thrown by the test's sink to stop reading an endless archive. */
  private static final class Enough extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void anEndlessArchiveIsReadAsAStream() throws IOException {
    // one gzipped page record, repeated without end: only a reader that streams gets anywhere
    byte[] member =
        Files.readAllBytes(
            new WarcFixtures(Instant.parse("2024-12-01T10:00:00Z"))
                .page("https://x.example/2024/12/01/p", "<html><body><article><p>" + Fixtures.ENGLISH + "</p></article></body></html>")
                .writeTo(dir.resolve("one.warc.gz"), true));
    java.io.InputStream endless =
        new java.io.InputStream() {
          long pos;

          @Override
          public int read() {
            return member[(int) (pos++ % member.length)] & 0xFF;
          }
        };
    java.util.concurrent.atomic.AtomicInteger pages = new java.util.concurrent.atomic.AtomicInteger();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                WarcReader.read(
                    "endless.warc.gz",
                    "endless.warc.gz",
                    new java.io.BufferedInputStream(endless),
                    ReadOptions.defaults(),
                    o -> {
                      assertThat(o).isInstanceOf(ReadOutcome.Ok.class);
                      if (pages.incrementAndGet() == 300) {
                        throw new Enough();
                      }
                    }))
        .isInstanceOf(Enough.class);
    assertThat(pages.get()).isEqualTo(300);
  }

  @Test
  void archiveWithoutPagesFails() throws IOException {
    Path warc =
        new WarcFixtures(Instant.parse("2024-12-01T10:00:00Z")).request("https://x.example/").writeTo(dir.resolve("empty.warc.gz"), true);
    List<ReadOutcome> out = DocumentReaders.read(warc, ReadOptions.defaults());
    assertThat(((ReadOutcome.Failed) out.get(0)).problem())
        .isEqualTo("no HTML pages in the archive (2 records skipped: not HTML responses)");
  }
}
