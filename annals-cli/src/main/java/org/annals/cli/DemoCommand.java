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
import org.annals.store.KnowledgeBase;
import org.annals.store.StoreStats;
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
      "Ingests every *.txt article in a directory (default: the examples/ of the Annals"
          + " checkout) into a fresh knowledge base (a DuckDB file in a new temporary directory,"
          + " or --db) and prints its merged, dated timeline: reports of the same happening in"
          + " different articles are one event, with the articles that report it.",
      "Line: DATE  TYPE/mode  SOURCE → TARGET  @PLACE  [status]  \"evidence\"  (article, or N reports: articles)"
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
      names = "--db",
      paramLabel = "FILE",
      description = "the DuckDB file to create (must not exist; default: demo.duckdb in a new temporary directory)")
  private Path db;

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

    Path dbFile = database();
    Inputs inputs = Inputs.report(Inputs.read(files, ReadOptions.defaults(), main.stdin()), reporter);
    long loadNanos = 0;
    long runNanos = 0;
    int failed = inputs.failed();
    try (KnowledgeBase kb = DbOption.openAt(dbFile.toString())) {
      int[] stored = {0};
      if (!inputs.documents().isEmpty()) {
        Extractor extractor = main.extractor();
        reporter.note("loading language models…");
        long t0 = System.nanoTime();
        extractor.warmUp();
        long t1 = System.nanoTime();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        failed += Batch.run(inputs.documents(), extractor, n, reporter, e -> {
          kb.ingest(e.record());
          stored[0]++;
        });
        loadNanos = t1 - t0;
        runNanos = System.nanoTime() - t1;
      }
      StoreStats st = kb.stats();
      out.println(
          String.format(
              Locale.ROOT,
              "%d articles, %d entities, %d events (%d on the timeline after merging reports);"
                  + " models loaded in %.1f s, articles processed and stored in %.1f s",
              stored[0], st.entities(), st.reports(), st.events(), loadNanos / 1e9, runNanos / 1e9));
      out.println("database: " + dbFile + " (DuckDB, kept; e.g. bin/annals timeline --db " + dbFile + ")");
      out.println();
      DemoTimeline.lines(kb).forEach(out::println);
    }
    out.flush();
    if (failed > 0) {
      reporter.error(failed + " of " + inputs.total() + " documents failed");
      return Failures.EXIT_FAILED;
    }
    return Failures.EXIT_OK;
  }

  /** The fresh database file: --db (which must not exist yet), else demo.duckdb in a new temporary directory. */
  private Path database() {
    if (db != null) {
      if (Files.exists(db)) {
        throw new ParameterException(spec.commandLine(),
            "--db " + db + " already exists; the demo starts from a fresh database");
      }
      return db;
    }
    try {
      return Files.createTempDirectory("annals-demo").resolve("demo.duckdb");
    } catch (IOException e) {
      throw new CliException("cannot create a temporary directory: " + Failures.describe(e), e);
    }
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
