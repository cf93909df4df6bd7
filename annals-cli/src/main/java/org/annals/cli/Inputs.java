package org.annals.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annals.core.read.DocumentReaders;
import org.annals.core.read.ReadOptions;
import org.annals.core.read.ReadOutcome;

/**
 * The documents of the command's input files, read by {@code org.annals.core.read} (which detects
 * the format from the content), with the bad ones already reported.
 *
 * @param documents the documents that were read, in input order
 * @param failed how many documents could not be read (each reported on one line)
 */
record Inputs(List<ReadOutcome.Ok> documents, int failed) {

  /** The name that stands for standard input. */
  static final String STDIN = "-";

  Inputs {
    documents = List.copyOf(documents);
  }

  /** All documents, read or not: the M of "N of M documents failed". */
  int total() {
    return documents.size() + failed;
  }

  /** Every outcome of every file, in order; a file gives one, a JSON Lines file one per line. */
  static List<ReadOutcome> read(List<Path> files, ReadOptions options, InputStream stdin) {
    List<ReadOutcome> outcomes = new ArrayList<>();
    for (Path file : files) {
      outcomes.addAll(readOne(file, options, stdin));
    }
    return outcomes;
  }

  private static List<ReadOutcome> readOne(Path file, ReadOptions options, InputStream stdin) {
    if (file.toString().equals(STDIN)) {
      try {
        return DocumentReaders.read(STDIN, stdin.readAllBytes(), options);
      } catch (IOException e) {
        return List.of(new ReadOutcome.Failed(STDIN, "cannot read: " + Failures.describe(e)));
      }
    }
    return DocumentReaders.read(file, options);
  }

  /**
   * Reports the outcomes on stderr: one {@code annals: SOURCE: problem} line for each failure, one
   * {@code annals: warning: SOURCE: ...} line for each warning of a document that was read.
   */
  static Inputs report(List<ReadOutcome> outcomes, Reporter reporter) {
    List<ReadOutcome.Ok> documents = new ArrayList<>();
    int failed = 0;
    for (ReadOutcome outcome : outcomes) {
      if (outcome instanceof ReadOutcome.Failed f) {
        reporter.error(f.message());
        failed++;
      } else if (outcome instanceof ReadOutcome.Ok ok) {
        ok.warnings().forEach(w -> reporter.warning(ok.source() + ": " + w));
        documents.add(ok);
      }
    }
    return new Inputs(documents, failed);
  }
}
