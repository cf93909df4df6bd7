package org.annals.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.time.Clock;
import org.annals.core.read.FeedFetcher;
import org.annals.core.read.FeedWatcher;
import org.annals.core.read.ReadOptions;
import org.annals.core.read.ReadOutcome;
import org.annals.model.ArticleRecord;
import org.annals.store.IngestResult;
import org.annals.store.KnowledgeBase;
import org.annals.store.StoreException;
import org.annals.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code annals ingest PATH...}: extracts articles and stores their records in the knowledge base.
 *
 * <p>Documents already stored with the same SHA-256 are skipped before extraction (no model is
 * loaded when nothing changed). The others are extracted in parallel with one shared pipeline and
 * written one by one, in input order, each in its own transaction: a run that is killed leaves every
 * finished document stored and nothing of the one in progress, and running it again stores the
 * rest in the same order, giving the database an uninterrupted run would have.
 *
 * <p>{@code --parquet DIR} stores instead the records of the Spark job's output (see {@link ParquetIngest}),
 * with the same guarantees and no language model.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionInfo.class,
    description = {
      "Extracts articles (files, directories recursively, globs, JSON Lines, - for stdin) and stores",
      "their records in the knowledge base, merging entities and events across articles.",
      "Unchanged documents (same id and SHA-256) are skipped; a changed one replaces its old facts.",
      "With --parquet DIR, stores the records of the Spark job's output directory instead."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every document was stored (or was already)",
      "1:some document could not be read, extracted or stored (listed at the end)",
      "2:usage error"
    })
final class IngestCommand implements Callable<Integer> {

  /** Seconds between progress log lines when stderr is not a terminal. */
  static final int LOG_EVERY_SECONDS = 10;

  @Spec private CommandSpec spec;

  @ParentCommand private Main main;

  @Mixin private DbOption db;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "article files, directories, globs, or - for stdin")
  private List<String> paths = new ArrayList<>();

  @Option(names = "--feed", paramLabel = "URL|FILE",
      description = "an RSS or Atom feed whose items are ingested (one poll; repeatable; see also annals watch)")
  private List<String> feeds = new ArrayList<>();

  @Option(names = "--parquet", paramLabel = "DIR",
      description = "the output directory of the Spark job (annals-spark): its records are stored, in input order,"
          + " without extracting again; no PATH or --feed with it")
  private Path parquet;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "the date of inputs that carry none")
  private LocalDate date;

  @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + ReadOptions.DEFAULT_MAX_CHARS,
      description = "largest document accepted, in characters (default: ${DEFAULT-VALUE})")
  private long maxChars;

  @Option(names = "--threads", paramLabel = "N", description = "documents extracted in parallel (default: the number of cores)")
  private Integer threads;

  @Option(names = "--ext", paramLabel = "EXT", split = ",",
      description = "extensions of the files read from directories (default: txt,text,jsonl,ndjson,tml,timeml,"
          + "html,htm,xhtml,xml,rss,atom,warc,warc.gz; the format is told from the content)")
  private List<String> extensions = new ArrayList<>(InputFiles.DEFAULT_EXTENSIONS);

  @Option(names = "--exclude", paramLabel = "GLOB",
      description = "leave out files whose path (or its end) matches GLOB, e.g. 'annotations/**' (repeatable)")
  private List<String> excludes = new ArrayList<>();

  @Override
  public Integer call() {
    if (threads != null && threads <= 0) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    if (maxChars <= 0) {
      throw new ParameterException(spec.commandLine(), "--max-chars must be positive, got " + maxChars);
    }
    PrintWriter out = spec.commandLine().getOut();
    Reporter reporter = main.reporter(spec.commandLine().getErr());
    if (parquet != null) {
      if (!paths.isEmpty() || !feeds.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--parquet reads the Spark job's output only: give no PATH"
            + " or --feed with it");
      }
      if (date != null || threads != null) {
        throw new ParameterException(spec.commandLine(), "--parquet stores records the job extracted already:"
            + " --date and --threads do not apply");
      }
      try (KnowledgeBase kb = db.open()) {
        Summary s = ParquetIngest.ingest(kb, parquet, reporter);
        return finish(kb, s, s.total, out, reporter);
      }
    }
    if (paths.isEmpty() && feeds.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "nothing to ingest: give a PATH, a --feed or --parquet");
    }
    List<Path> files = paths.isEmpty() ? List.of() : InputFiles.expand(paths, extensions, excludes);
    if (!paths.isEmpty() && files.isEmpty()) {
      throw new CliException("no article files in " + String.join(", ", paths), Failures.EXIT_FAILED);
    }
    ReadOptions options = new ReadOptions(Optional.ofNullable(date), maxChars);
    List<ReadOutcome> outcomes = new ArrayList<>(Inputs.read(files, options, main.stdin()));
    if (!feeds.isEmpty()) {
      outcomes.addAll(pollFeeds(options, reporter));
    }
    Inputs inputs = Inputs.report(outcomes, reporter);
    try (KnowledgeBase kb = db.open()) {
      Summary s = ingest(kb, inputs, reporter, threads == null ? Runtime.getRuntime().availableProcessors() : threads);
      return finish(kb, s, inputs.total(), out, reporter);
    }
  }

  /** Prints what the run did and the size of the knowledge base; lists the failures again at the end. */
  private static int finish(KnowledgeBase kb, Summary s, long total, PrintWriter out, Reporter reporter) {
    out.println(s.line(kb));
    StoreStats st = kb.stats();
    out.println(String.format(Locale.ROOT,
        "knowledge base: %d documents, %d entities, %d events (%d merged from several reports), %d reports, %d quotes",
        st.documents(), st.entities(), st.events(), st.mergedEvents(), st.reports(), st.quotes()));
    out.flush();
    List<String> errors = reporter.errors();
    if (s.failed > 0) {
      reporter.error(s.failed + " of " + total + " documents failed:");
      errors.forEach(e -> reporter.error("  " + e));
      return Failures.EXIT_FAILED;
    }
    return Failures.EXIT_OK;
  }

  /**
   * One poll of each {@code --feed}: every item, new or not (the knowledge base skips the ones it
   * already holds by their SHA-256); a feed that cannot be fetched is retried, then reported.
   */
  private List<ReadOutcome> pollFeeds(ReadOptions options, Reporter reporter) {
    List<ReadOutcome> items = new ArrayList<>();
    FeedWatcher watcher = new FeedWatcher(feeds, options, new FeedFetcher(Duration.ofSeconds(30)),
        new FeedWatcher.Settings(Duration.ofMinutes(15), 3, Duration.ofSeconds(5)), Clock.systemUTC(),
        FeedWatcher.Sleeper.system(), FeedWatcher.SeenItems.inMemory(), reporter::error, items::add);
    try {
      watcher.run(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException("interrupted while reading the feeds", Failures.EXIT_FAILED);
    }
    return items;
  }

  /** What one ingest run did. */
  static final class Summary {
    int added;
    int replaced;
    int unchanged;
    int failed;
    int newEvents;
    int mergedReports;
    long nanos;
    /** documents (or, with --parquet, rows) read */
    long total;

    /** Stores one record, counting how it went; a store failure is one error line naming {@code where}. */
    void store(KnowledgeBase kb, ArticleRecord record, String where, Reporter reporter) {
      try {
        IngestResult r = kb.ingest(record);
        switch (r.outcome()) {
          case ADDED -> added++;
          case REPLACED -> replaced++;
          case UNCHANGED -> unchanged++;
        }
        newEvents += r.newEvents();
        mergedReports += r.mergedReports();
      } catch (StoreException ex) {
        failed++;
        reporter.error(where + ": cannot store: " + ex.getMessage());
      }
    }

    String line(KnowledgeBase kb) {
      return String.format(Locale.ROOT,
          "%s (%s): %d added, %d replaced, %d unchanged, %d failed; %d new events, %d reports merged into"
              + " events of other articles; %.1f s",
          kb.location(), kb.backend(), added, replaced, unchanged, failed, newEvents, mergedReports, nanos / 1e9);
    }
  }

  /** Stores the documents of {@code inputs}, skipping unchanged ones, extracting the others in parallel. */
  Summary ingest(KnowledgeBase kb, Inputs inputs, Reporter reporter, int threadCount) {
    long t0 = System.nanoTime();
    Summary s = new Summary();
    s.failed = inputs.failed();
    List<ReadOutcome.Ok> todo = new ArrayList<>();
    for (ReadOutcome.Ok ok : inputs.documents()) {
      if (kb.contains(ok.document().id(), ok.document().sha256())) {
        s.unchanged++;
      } else {
        todo.add(ok);
      }
    }
    if (!reporter.interactive()) {
      reporter.log("ingest: " + todo.size() + " documents to store, " + s.unchanged + " unchanged, into "
          + kb.location());
    }
    if (!todo.isEmpty()) {
      Extractor extractor = main.extractor();
      reporter.note("loading language models…");
      extractor.warmUp();
      long start = System.nanoTime();
      long[] lastLog = {start};
      int[] done = {0};
      s.failed += Batch.run(todo, extractor, threadCount, reporter, e -> {
        s.store(kb, e.record(), e.input().source(), reporter);
        done[0]++;
        long now = System.nanoTime();
        if (!reporter.interactive()
            && (now - lastLog[0] >= LOG_EVERY_SECONDS * 1_000_000_000L || done[0] == todo.size())) {
          lastLog[0] = now;
          reporter.log("ingest: " + Reporter.progressLine(done[0], todo.size(), Duration.ofNanos(now - start)));
        }
      });
    }
    s.nanos = System.nanoTime() - t0;
    return s;
  }
}
