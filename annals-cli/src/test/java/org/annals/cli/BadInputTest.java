package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that cannot be read: one line each on stderr naming the file and the problem, the other
 * inputs go on, exit 1, never a stack trace. No document is good, so no model is loaded.
 */
class BadInputTest {

  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** One bad file: exit 1, its line, the count, nothing on stdout, no stack trace. */
  private Cli.Run assertFailsAlone(Path file, String problem, String... moreArgs) {
    String[] args = new String[moreArgs.length + 2];
    args[0] = "extract";
    System.arraycopy(moreArgs, 0, args, 1, moreArgs.length);
    args[args.length - 1] = file.toString();
    Cli.Run run = Cli.run(args);
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).as(run.toString())
        .containsExactly("annals: " + file + problem, "annals: 1 of 1 documents failed");
    assertNoStackTrace(run);
    return run;
  }

  static void assertNoStackTrace(Cli.Run run) {
    assertThat(run.err()).doesNotContain("Exception", "\tat ", "Error:");
  }

  @Test
  void emptyFile() throws IOException {
    assertFailsAlone(write("empty.txt", ""), ": empty document");
  }

  @Test
  void whitespaceOnlyFile() throws IOException {
    assertFailsAlone(write("blank.txt", "  \n\n\t\n"), ": empty document");
  }

  @Test
  void binaryFile() throws IOException {
    byte[] bytes = new byte[600];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 7);
    }
    assertFailsAlone(write("image.png", bytes), ": binary content, not text");
  }

  @Test
  void invalidUtf8NamesTheByte() throws IOException {
    byte[] bytes = "date 2023-02-22 Title\n\nBad \u00e9 here".getBytes(StandardCharsets.ISO_8859_1);
    assertFailsAlone(write("latin1.txt", bytes), ": invalid UTF-8 at byte 27");
  }

  @Test
  void impossibleDateLine() throws IOException {
    assertFailsAlone(write("feb30.txt", "date 2023-02-30 Title\n\nThe minister met his counterpart.\n"),
        ": impossible date '2023-02-30' in the date line");
  }

  @Test
  void malformedDateLine() throws IOException {
    assertFailsAlone(write("slashes.txt", "date 22/02/2023 Title\n\nThe minister met his counterpart.\n"),
        ": malformed date line: expected 'date YYYY-MM-DD title'");
  }

  @Test
  void noDateWithoutDateOption() throws IOException {
    Cli.Run run = assertFailsAlone(write("plain.txt", "The minister met his counterpart.\n"), ": no date: "
        + "the first line is not 'date YYYY-MM-DD title' and no --date was given");
    assertThat(run.err()).contains("--date");
  }

  @Test
  void documentOverMaxChars() throws IOException {
    String text = "date 2023-02-22 Title\n\n" + "The minister met his counterpart. ".repeat(10);
    Path file = write("long.txt", text);
    Cli.Run run = Cli.run("extract", "--max-chars", "100", file.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines().get(0))
        .startsWith("annals: " + file + ": document too large: ")
        .contains("limit 100")
        .endsWith("(use --max-chars)");
    assertThat(run.errLines().get(1)).isEqualTo("annals: 1 of 1 documents failed");
    assertNoStackTrace(run);
  }

  @Test
  void nonexistentFile() {
    assertFailsAlone(dir.resolve("missing.txt"), ": cannot read: no such file");
  }

  @Test
  void emptyDirectoryAsInput() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Files.writeString(Files.createDirectory(sub.resolve(".hidden")).resolve("a.txt"), "date 2023-02-22 T\n\nx");
    assertFailsAlone(sub, ": no files in the directory");
  }

  @Test
  void malformedJsonLinesNameTheLine() throws IOException {
    Path jsonl = write("articles.jsonl",
        "{\"id\": \"a\", \"date\": \"2023-02-30\", \"text\": \"The minister met.\"}\n"
            + "\n"
            + "{\"id\": \"b\", \"date\": \"2023-02-22\", \"text\": \"The minister\n");
    Cli.Run run = Cli.run("extract", "--format", "jsonl", jsonl.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(3);
    assertThat(run.errLines().get(0)).isEqualTo("annals: " + jsonl + ":1: impossible date '2023-02-30'");
    assertThat(run.errLines().get(1)).startsWith("annals: " + jsonl + ":3: malformed JSON (");
    assertThat(run.errLines().get(2)).isEqualTo("annals: 2 of 2 documents failed");
    assertNoStackTrace(run);
  }

  @Test
  void severalBadFilesOneLineEach() throws IOException {
    Path empty = write("empty.txt", "");
    Path binary = write("zeros.bin", new byte[64]);
    Path undated = write("undated.txt", "Ministers met in Rabat on Tuesday.\n");
    Path missing = dir.resolve("missing.txt");
    Cli.Run run = Cli.run("extract", "--format", "jsonl",
        empty.toString(), binary.toString(), undated.toString(), missing.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).as(run.toString()).containsExactly(
        "annals: " + empty + ": empty document",
        "annals: " + binary + ": binary content, not text",
        "annals: " + undated + ": no date: the first line is not 'date YYYY-MM-DD title' and no --date was given",
        "annals: " + missing + ": cannot read: no such file",
        "annals: 4 of 4 documents failed");
    assertNoStackTrace(run);
  }

  @Test
  void severalBadFilesWithOutDirectory() throws IOException {
    Path empty = write("empty.txt", "");
    Path missing = dir.resolve("missing.txt");
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("extract", "--out", out.toString(), empty.toString(), missing.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.errLines()).hasSize(3).last().isEqualTo("annals: 2 of 2 documents failed");
    assertThat(out).isEmptyDirectory();
  }

  @Test
  void outThatIsAFileIsAUsageError() throws IOException {
    Path file = write("taken", "x");
    Cli.Run run = Cli.run("extract", "--out", file.toString(), file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines().get(0)).isEqualTo("annals: --out " + file + ": not a directory");
  }

  @Test
  void demoOnAMissingDirectory() {
    Cli.Run run = Cli.run("demo", "--dir", dir.resolve("nowhere").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly(
        "annals: " + dir.resolve("nowhere") + ": no such directory (give one with --dir)");
  }

  @Test
  void demoOnADirectoryWithoutArticles() {
    Cli.Run run = Cli.run("demo", "--dir", dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("annals: " + dir + ": no *.txt articles in it");
  }
}
