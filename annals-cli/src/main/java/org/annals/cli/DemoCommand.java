package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annals.core.read.ReadOptions;
import org.annals.model.ArticleRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code annals demo}: the merged timeline of the example articles. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionInfo.class,
    description = {
      "Extracts every *.txt article in a directory (default: the examples/ of the Annals"
          + " checkout) and prints one dated timeline of their events, reports of the same"
          + " happening in different articles merged.",
      "Line: DATE  TYPE/mode  SOURCE → TARGET  @PLACE  [status]  \"evidence\"  (article)"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every article was processed",
      "1:some article could not be read or extracted, or there is none",
      "2:usage error"
    })
final class DemoCommand implements Callable<Integer> {

  /** Set by bin/annals to the repository root. */
  static final String HOME_PROPERTY = "annals.home";

  @Spec private CommandSpec spec;

  @ParentCommand private Main main;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "directory of articles (default: examples/ in the Annals checkout)")
  private Path dir;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "articles extracted in parallel (default: the number of cores)")
  private Integer threads;

  @Override
  public Integer call() {
    if (threads != null && threads <= 0) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    Path articlesDir = dir != null ? dir : defaultDir();
    List<Path> files = articles(articlesDir);
    PrintWriter out = spec.commandLine().getOut();
    Reporter reporter = main.reporter(spec.commandLine().getErr());

    Inputs inputs = Inputs.report(Inputs.read(files, ReadOptions.defaults(), main.stdin()), reporter);
    List<ArticleRecord> records = new ArrayList<>();
    long loadNanos = 0;
    long runNanos = 0;
    int failed = inputs.failed();
    if (!inputs.documents().isEmpty()) {
      Extractor extractor = main.extractor();
      reporter.note("loading language models…");
      long t0 = System.nanoTime();
      extractor.warmUp();
      long t1 = System.nanoTime();
      int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
      failed += Batch.run(inputs.documents(), extractor, n, reporter, e -> records.add(e.record()));
      loadNanos = t1 - t0;
      runNanos = System.nanoTime() - t1;
    }

    DemoTimeline timeline = DemoTimeline.of(records);
    int entities = records.stream().mapToInt(r -> r.entities().size()).sum();
    out.println(
        String.format(
            Locale.ROOT,
            "%d articles, %d entities, %d events (%d on the timeline after merging reports);"
                + " models loaded in %.1f s, articles processed in %.1f s",
            records.size(), entities, timeline.eventCount(), timeline.entries().size(),
            loadNanos / 1e9, runNanos / 1e9));
    out.println();
    timeline.lines().forEach(out::println);
    out.flush();
    if (failed > 0) {
      reporter.error(failed + " of " + inputs.total() + " documents failed");
      return Failures.EXIT_FAILED;
    }
    return Failures.EXIT_OK;
  }

  /** {@code examples/} under {@code annals.home} (set by bin/annals), else under the current directory. */
  static Path defaultDir() {
    String home = System.getProperty(HOME_PROPERTY);
    return (home == null || home.isBlank() ? Paths.get("") : Paths.get(home)).resolve("examples");
  }

  /** The {@code *.txt} files of {@code dir}, by name. */
  private static List<Path> articles(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new CliException(
          dir + ": no such directory (give one with --dir)", Failures.EXIT_FAILED);
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> txt = Files.newDirectoryStream(dir, "*.txt")) {
      txt.forEach(files::add);
    } catch (IOException e) {
      throw new CliException("cannot list " + Failures.describe(dir.toString(), e), e);
    }
    if (files.isEmpty()) {
      throw new CliException(dir + ": no *.txt articles in it", Failures.EXIT_FAILED);
    }
    files.sort(null);
    return files;
  }
}
