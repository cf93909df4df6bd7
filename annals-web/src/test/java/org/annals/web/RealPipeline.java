package org.annals.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.annals.core.annotate.corenlp.CoreNlpAnnotator;
import org.annals.core.pipeline.Pipeline;
import org.annals.core.read.DocumentReaders;
import org.annals.core.read.ReadOptions;
import org.annals.core.read.ReadOutcome;

/** One real pipeline per test JVM (CoreNLP loads once), and the example articles of the repository. */
final class RealPipeline {
  private static final class Holder {
    static final Analyzer ANALYZER = load();

    private static Analyzer load() {
      CoreNlpAnnotator.preload();
      return Analyzer.of(Pipeline.standard());
    }
  }

  private RealPipeline() {}

  static Analyzer analyzer() {
    return Holder.ANALYZER;
  }

  /** The {@code examples/*.txt} articles of the checkout, read. */
  static List<ReadOutcome.Ok> examples() {
    Path dir = Paths.get(System.getProperty("annals.repo", ".")).resolve("examples");
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.txt")) {
      s.forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.sort(null);
    List<ReadOutcome.Ok> out = new ArrayList<>();
    for (Path f : files) {
      for (ReadOutcome o : DocumentReaders.read(f, ReadOptions.defaults())) {
        if (o instanceof ReadOutcome.Ok ok) {
          out.add(ok);
        } else {
          throw new IllegalStateException(((ReadOutcome.Failed) o).message());
        }
      }
    }
    return out;
  }
}
