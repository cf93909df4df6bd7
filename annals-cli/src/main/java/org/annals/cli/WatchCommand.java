package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.annals.core.read.FeedFetcher;
import org.annals.core.read.FeedWatcher;
import org.annals.core.read.ReadOptions;
import org.annals.core.read.ReadOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code annals watch URL|FILE...}: polls feeds and extracts the record of every new item, as JSON
 * Lines on stdout or appended to {@code --out DIR/records.jsonl}. The polling, conditional
 * requests, retries and new-item detection are {@link FeedWatcher}'s; this command only parses,
 * extracts and writes.
 */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionInfo.class,
    description = {
      "Polls RSS/Atom feeds (URLs or files) and extracts the record of every new item.",
      "URLs are fetched with conditional requests (ETag, Last-Modified); a network error is"
          + " retried with a growing pause and logged, and the watch goes on.",
      "Records are written as JSON Lines to stdout, or appended to DIR/records.jsonl with --out."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every new item was processed (only with --rounds; otherwise it runs until stopped)",
      "1:some item could not be read or extracted",
      "2:usage error"
    })
final class WatchCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @ParentCommand private Main main;

  @Parameters(paramLabel = "URL|FILE", arity = "1..*", description = "feeds: http(s) URLs or files")
  private List<String> feeds;

  @Option(
      names = "--every",
      paramLabel = "DURATION",
      defaultValue = "15m",
      converter = DurationConverter.class,
      description = "time between polls, e.g. 90s, 15m, 1h (default: ${DEFAULT-VALUE})")
  private Duration every;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      defaultValue = "0",
      description = "stop after N polls (default: run until stopped)")
  private int rounds;

  @Option(
      names = "--retries",
      paramLabel = "N",
      defaultValue = "3",
      description = "retries of a network error within one poll (default: ${DEFAULT-VALUE})")
  private int retries;

  @Option(
      names = "--state",
      paramLabel = "FILE",
      description = "remember the items seen in FILE, so that a restart does not repeat them")
  private Path state;

  @Option(names = "--out", paramLabel = "DIR", description = "append the records to DIR/records.jsonl")
  private Path out;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      converter = DateConverter.class,
      description = "date of items that carry none")
  private LocalDate date;

  @Option(names = "--no-text", description = "leave document.text out of the records")
  private boolean noText;

  @Override
  public Integer call() throws InterruptedException {
    if (rounds < 0) {
      throw new ParameterException(spec.commandLine(), "--rounds must be 0 or more, got " + rounds);
    }
    if (retries < 0) {
      throw new ParameterException(spec.commandLine(), "--retries must be 0 or more, got " + retries);
    }
    Reporter reporter = main.reporter(spec.commandLine().getErr());
    FeedWatcher.SeenItems seen;
    try {
      seen = state == null ? FeedWatcher.SeenItems.inMemory() : FeedWatcher.SeenItems.file(state);
    } catch (IOException e) {
      throw new CliException("cannot read the state file: " + Failures.describe(state.toString(), e), e);
    }
    Records records = new Records(reporter);
    AtomicInteger failed = new AtomicInteger();
    FeedWatcher watcher =
        new FeedWatcher(
            feeds,
            new ReadOptions(Optional.ofNullable(date), ReadOptions.DEFAULT_MAX_CHARS),
            new FeedFetcher(Duration.ofSeconds(30)),
            new FeedWatcher.Settings(every, retries, Duration.ofSeconds(5)),
            Clock.systemUTC(),
            FeedWatcher.Sleeper.system(),
            seen,
            reporter::error,
            outcome -> {
              if (!records.handle(outcome)) {
                failed.incrementAndGet();
              }
            });
    watcher.run(rounds);
    if (failed.get() > 0) {
      reporter.error(failed.get() + " items failed");
      return Failures.EXIT_FAILED;
    }
    return Failures.EXIT_OK;
  }

  /** Extracts and writes one item at a time, on the polling thread. */
  private final class Records {
    private final Reporter reporter;
    private boolean warm;

    Records(Reporter reporter) {
      this.reporter = reporter;
    }

    /** Whether the outcome became a record. */
    boolean handle(ReadOutcome outcome) {
      if (outcome instanceof ReadOutcome.Failed f) {
        reporter.error(f.message());
        return false;
      }
      ReadOutcome.Ok ok = (ReadOutcome.Ok) outcome;
      ok.warnings().forEach(w -> reporter.warning(ok.source() + ": " + w));
      Extractor extractor = main.extractor();
      if (!warm) {
        reporter.note("loading language models…");
        extractor.warmUp();
        warm = true;
      }
      String line;
      try {
        line = OutputFormat.jsonl.render(extractor.extract(ok.document(), ok.warnings()), !noText);
      } catch (RuntimeException | StackOverflowError e) {
        reporter.error(ok.source() + ": extraction failed: " + Failures.describe(e));
        return false;
      }
      try {
        write(line.endsWith("\n") ? line : line + "\n");
        return true;
      } catch (IOException e) {
        reporter.error(ok.source() + ": cannot write the record: " + Failures.describe(e));
        return false;
      }
    }

    private void write(String line) throws IOException {
      if (out == null) {
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(line);
        stdout.flush();
        return;
      }
      Files.createDirectories(out);
      try (Writer w =
          Files.newBufferedWriter(
              out.resolve("records.jsonl"),
              StandardCharsets.UTF_8,
              StandardOpenOption.CREATE,
              StandardOpenOption.APPEND)) {
        w.write(line);
      }
    }
  }
}
