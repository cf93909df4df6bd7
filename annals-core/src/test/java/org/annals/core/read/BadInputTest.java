package org.annals.core.read;

import static org.annals.core.read.Fixtures.ENGLISH;
import static org.annals.core.read.Fixtures.onlyFailed;
import static org.annals.core.read.Fixtures.onlyOk;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {

  private static final ReadOptions DATED =
      ReadOptions.defaults().withDate(LocalDate.of(2024, 1, 1));

  private static String problem(byte[] bytes) {
    return onlyFailed(DocumentReaders.read("in.txt", bytes, DATED)).problem();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void emptyAndWhitespaceOnlyAreEmptyDocuments() {
    assertThat(problem(new byte[0])).isEqualTo("empty document");
    assertThat(problem(utf8(" \n\t\r\n  "))).isEqualTo("empty document");
    assertThat(problem(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))
        .isEqualTo("empty document");
  }

  @Test
  void nulBytesAreBinary() {
    byte[] bytes = utf8("date 2024-01-01 T\n\nHello\u0000world");
    assertThat(problem(bytes)).isEqualTo("binary content, not text");
  }

  @Test
  void manyControlCharactersAreBinary() {
    byte[] bytes = new byte[1000];
    Arrays.fill(bytes, (byte) 'a');
    for (int i = 0; i < 120; i++) {
      bytes[i * 8] = 0x01;
    }
    assertThat(problem(bytes)).isEqualTo("binary content, not text");
  }

  @Test
  void aFewControlCharactersAreText() {
    String text = ENGLISH + "\u0007";
    assertThat(onlyOk(DocumentReaders.read("bell.txt", utf8(text), DATED)).document().text())
        .isEqualTo(text);
  }

  @Test
  void invalidUtf8NamesTheByte() {
    byte[] ascii = utf8("Hello there, this is fine ");
    byte[] bytes = Arrays.copyOf(ascii, ascii.length + 3);
    bytes[ascii.length] = (byte) 0xC3; // Latin-1 "é" alone is not UTF-8
    bytes[ascii.length + 1] = (byte) 0xE9;
    bytes[ascii.length + 2] = 'x';
    assertThat(problem(bytes)).isEqualTo("invalid UTF-8 at byte " + ascii.length);
    byte[] latin1 = "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(problem(latin1)).isEqualTo("invalid UTF-8 at byte 3");
  }

  @Test
  void invalidUtf8OffsetCountsTheBom() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b', (byte) 0xFF};
    assertThat(problem(bytes)).isEqualTo("invalid UTF-8 at byte 5");
  }

  @Test
  void truncatedSequenceAtEndIsInvalid() {
    byte[] bytes = {'a', 'b', (byte) 0xE2, (byte) 0x82};
    assertThat(problem(bytes)).isEqualTo("invalid UTF-8 at byte 2");
  }

  @Test
  void bomIsAcceptedAndStripped() {
    byte[] body = utf8("date 2024-02-02 Title\n\nBody.");
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    ReadOutcome.Ok ok = onlyOk(DocumentReaders.read("bom.txt", bytes, ReadOptions.defaults()));
    assertThat(ok.document().date()).isEqualTo(LocalDate.of(2024, 2, 2));
    assertThat(ok.document().text()).isEqualTo("Body.");
  }

  @Test
  void bomBeforeJsonLines() {
    byte[] json = utf8("{\"date\": \"2024-02-02\", \"text\": \"Body.\"}");
    byte[] bytes = new byte[json.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(json, 0, bytes, 3, json.length);
    assertThat(onlyOk(DocumentReaders.read("bom.jsonl", bytes, DATED)).document().text())
        .isEqualTo("Body.");
  }

  @Test
  void utf16IsRejectedClearly() {
    byte[] bytes = "date 2024-01-01 T\n\nBody".getBytes(StandardCharsets.UTF_16);
    assertThat(problem(bytes)).startsWith("UTF-16 text, not UTF-8");
  }

  @Test
  void tooLargeDocument() {
    String text = "date 2024-01-01 T\n\n" + "a".repeat(100);
    assertThat(
            onlyFailed(DocumentReaders.read("big.txt", utf8(text), DATED.withMaxChars(50)))
                .message())
        .isEqualTo(
            "big.txt: document too large: "
                + text.length()
                + " characters, limit 50 (use --max-chars)");
  }

  @Test
  void tooLargeFileIsRejectedBeforeReading(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("huge.txt");
    Files.writeString(file, "x".repeat(1000));
    ReadOutcome.Failed failed = onlyFailed(DocumentReaders.read(file, DATED.withMaxChars(100)));
    assertThat(failed.problem())
        .isEqualTo("document too large: 1000 bytes, limit 100 characters (use --max-chars)");
  }

  @Test
  void missingFileAndDirectory(@TempDir Path dir) {
    Path missing = dir.resolve("nope.txt");
    assertThat(onlyFailed(DocumentReaders.read(missing, DATED)).message())
        .isEqualTo(missing + ": cannot read: no such file");
    assertThat(onlyFailed(DocumentReaders.read(dir, DATED)).problem())
        .isEqualTo("cannot read: is a directory");
  }

  @Test
  void unreadableFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("locked.txt");
    Files.writeString(file, ENGLISH);
    boolean locked = file.toFile().setReadable(false, false);
    org.junit.jupiter.api.Assumptions.assumeTrue(
        locked && !Files.isReadable(file), "cannot make a file unreadable here (root?)");
    assertThat(onlyFailed(DocumentReaders.read(file, DATED)).problem())
        .isEqualTo("cannot read: permission denied");
  }

  @Test
  void jsonArrayIsNotJsonLines() {
    assertThat(problem(utf8("\n [{\"date\": \"2024-01-01\", \"text\": \"x\"}]\n")))
        .isEqualTo("a JSON array, not JSON Lines: write one article object per line");
    // text that merely starts with a bracket is plain text
    assertThat(
            onlyOk(DocumentReaders.read("b.txt", utf8("[Update] " + ENGLISH), DATED))
                .document()
                .text())
        .startsWith("[Update]");
  }
}
