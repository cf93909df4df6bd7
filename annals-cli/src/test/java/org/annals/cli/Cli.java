package org.annals.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Runs {@code annals ARGS} in-process with captured stdout and stderr. */
final class Cli {

  /** What one run printed and returned. */
  record Run(int exitCode, String out, String err) {
    List<String> errLines() {
      return err.isEmpty() ? List.of() : Arrays.asList(err.split("\\R"));
    }

    List<String> outLines() {
      return out.isEmpty() ? List.of() : Arrays.asList(out.split("\\R"));
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  private Cli() {}

  /** With the standard (CoreNLP) pipeline, which loads only when a document needs it. */
  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** With {@code extractor} in place of the pipeline and {@code stdin} as standard input. */
  static Run runWithStdin(Extractor extractor, String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Main main = new Main(() -> extractor, false,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    int code = Main.run(main, new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** With {@code extractor} in place of the pipeline. */
  static Run run(Extractor extractor, String... args) {
    return runWithStdin(extractor, "", args);
  }
}
