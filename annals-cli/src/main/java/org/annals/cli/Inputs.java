package org.annals.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.annals.core.read.ReadOptions;
import org.annals.core.read.ReadOutcome;
import org.annals.core.read.Sources;

/**
 * The documents of the command's input files, read by {@code org.annals.core.read} (which detects
 * the format from the content), with the bad ones already reported.
 *
 * <p>A directory stands for every file under it, recursively, in path order; hidden files and
 * folders (names starting with {@code .}) are left out. A file may hold many documents (JSON
 * Lines, a feed, a WARC archive); {@link #each} hands them on one at a time, so an archive is never
 * held in memory whole.
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

  /**
   * Every outcome of every file, in order; a file gives one, a JSON Lines file one per line, a feed
   * one per item, a WARC archive one per page; a directory the outcomes of its files.
   */
  static List<ReadOutcome> read(List<Path> files, ReadOptions options, InputStream stdin) {
    List<ReadOutcome> outcomes = new ArrayList<>();
    each(files, options, stdin, outcomes::add);
    return outcomes;
  }

  /**
   * Hands every outcome of every file to {@code sink} as it is read, in order.
   *
   * @return the counts over all files (WARC records that are not pages are {@code skipped})
   */
  static Sources.Counts each(
      List<Path> files, ReadOptions options, InputStream stdin, Consumer<ReadOutcome> sink) {
    int documents = 0;
    int failed = 0;
    int skipped = 0;
    for (Path file : expand(files)) {
      Sources.Counts c = readOne(file, options, stdin, sink);
      documents += c.documents();
      failed += c.failed();
      skipped += c.skipped();
    }
    return new Sources.Counts(documents, failed, skipped);
  }

  /**
   * The files to read: each argument as given, except that a directory is replaced by the regular
   * files under it (recursively, sorted by path, hidden ones left out). A directory without any
   * stays in the list, so that reading it reports the problem.
   */
  static List<Path> expand(List<Path> files) {
    List<Path> out = new ArrayList<>();
    for (Path file : files) {
      if (file.toString().equals(STDIN) || !Files.isDirectory(file)) {
        out.add(file);
        continue;
      }
      List<Path> found = filesUnder(file);
      if (found.isEmpty()) {
        out.add(file);
      } else {
        out.addAll(found);
      }
    }
    return out;
  }

  private static List<Path> filesUnder(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> !p.equals(dir))
          .filter(p -> !hidden(dir, p))
          .filter(Files::isRegularFile)
          .sorted(Comparator.comparing(Path::toString))
          .toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of(); // reading the directory itself then reports the problem
    }
  }

  private static boolean hidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static Sources.Counts readOne(
      Path file, ReadOptions options, InputStream stdin, Consumer<ReadOutcome> sink) {
    if (file.toString().equals(STDIN)) {
      try {
        return Sources.read(STDIN, stdin.readAllBytes(), options, sink);
      } catch (IOException e) {
        sink.accept(new ReadOutcome.Failed(STDIN, "cannot read: " + Failures.describe(e)));
        return new Sources.Counts(0, 1, 0);
      }
    }
    if (Files.isDirectory(file)) {
      sink.accept(new ReadOutcome.Failed(file.toString(), "no files in the directory"));
      return new Sources.Counts(0, 1, 0);
    }
    return Sources.read(file, options, sink);
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
