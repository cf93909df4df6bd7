package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.annals.core.read.ReadOptions;
import org.annals.core.read.ReadOutcome;
import org.annals.core.lexicon.ActorDictionary;
import org.annals.core.lexicon.LexiconException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code annals extract FILE...}: the record of each article (see the usage help). */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionInfo.class,
    description = {
      "Extracts the record of each article: entities, times, events, quotes.",
      "Inputs are detected from their content: the seed format (first line 'date YYYY-MM-DD title',"
          + " a blank line, the body), plain text (needs --date), JSON Lines (one"
          + " {\"id\",\"date\",\"title\",\"text\"} article a line), TimeML (.tml), a web page"
          + " (HTML), an RSS or Atom feed (one article per item) or a WARC archive, plain or gzipped"
          + " (one article per HTML page). A directory stands for the files under it.",
      "A bad input is reported on one line on stderr and the others go on."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every document was processed",
      "1:some document could not be read or extracted (\"N of M documents failed\")",
      "2:usage error"
    })
final class ExtractCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @ParentCommand private Main main;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "article files or directories (read recursively); '-' reads standard input")
  private List<Path> files;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      converter = DateConverter.class,
      description = "date of articles that carry none (a date in the input wins)")
  private LocalDate date;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "json",
      description = {
        "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
        "json: one pretty record; jsonl: one record a line, any number of documents;"
            + " timeml: the body with TIMEX3 tags"
      })
  private OutputFormat format;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "write one file per document into DIR (named after the input, .json or .tml)")
  private Path out;

  @Option(names = "--no-text", description = "leave document.text out of JSON records")
  private boolean noText;

  @Option(
      names = "--max-chars",
      paramLabel = "N",
      defaultValue = "" + ReadOptions.DEFAULT_MAX_CHARS,
      description = "largest document accepted, in characters (default: ${DEFAULT-VALUE})")
  private long maxChars;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "documents extracted in parallel (default: the number of cores)")
  private Integer threads;

  @Option(
      names = "--actors",
      paramLabel = "FILE",
      description = {
        "an extra actor dictionary (same TSV format as the bundled actors.tsv, row ids U…):",
        "named organisations and people with their country and sector; repeatable"
      })
  private List<Path> actorFiles;

  @Override
  public Integer call() {
    checkOptions();
    useActorFiles(actorFiles);
    Reporter reporter = main.reporter(spec.commandLine().getErr());
    ReadOptions options = new ReadOptions(Optional.ofNullable(date), maxChars);
    List<ReadOutcome> outcomes = new java.util.ArrayList<>();
    org.annals.core.read.Sources.Counts counts = Inputs.each(files, options, main.stdin(), outcomes::add);
    if (counts.skipped() > 0) {
      reporter.note("skipped " + counts.skipped() + " WARC records that are not HTML pages");
    }
    if (out == null && !format.streams() && outcomes.size() > 1) {
      throw oneDocumentOnly(outcomes.size() + " documents in " + files.get(0));
    }
    Inputs inputs = Inputs.report(outcomes, reporter);
    int failed = inputs.failed();
    if (!inputs.documents().isEmpty()) {
      failed += extract(inputs.documents(), reporter);
    }
    if (failed > 0) {
      reporter.error(failed + " of " + inputs.total() + " documents failed");
      return Failures.EXIT_FAILED;
    }
    return Failures.EXIT_OK;
  }

  private int extract(List<ReadOutcome.Ok> documents, Reporter reporter) {
    Extractor extractor = main.extractor();
    reporter.note("loading language models…");
    extractor.warmUp();
    Sink sink = out == null ? new Stdout(spec.commandLine().getOut()) : new Directory(out);
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    int failed = Batch.run(documents, extractor, n, reporter, e -> sink.write(e, reporter));
    if (out != null) {
      reporter.note("wrote " + sink.written() + " files to " + out);
    }
    return failed + sink.failed();
  }

  /**
   * Checks the user's actor dictionaries now (a bad row is a usage error naming {@code file:line}, before any
   * model loads) and hands them to the pipeline through {@link ActorDictionary#PROPERTY}.
   */
  static void useActorFiles(List<Path> files) {
    if (files == null || files.isEmpty()) {
      return;
    }
    String paths = String.join(java.io.File.pathSeparator, files.stream().map(Path::toString).toList());
    try {
      ActorDictionary.withUserFiles(paths);
    } catch (LexiconException e) {
      throw new CliException(e.getMessage(), Failures.EXIT_USAGE);
    }
    System.setProperty(ActorDictionary.PROPERTY, paths);
  }

  private void checkOptions() {
    if (maxChars <= 0) {
      throw new ParameterException(spec.commandLine(), "--max-chars must be at least 1, got " + maxChars);
    }
    if (threads != null && threads <= 0) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    if (out == null && !format.streams() && files.size() > 1) {
      throw oneDocumentOnly(files.size() + " input files");
    }
    if (out != null) {
      if (Files.exists(out) && !Files.isDirectory(out)) {
        throw new ParameterException(spec.commandLine(), "--out " + out + ": not a directory");
      }
      try {
        Files.createDirectories(out);
      } catch (IOException e) {
        throw new CliException("cannot create the output directory: " + Failures.describe(out.toString(), e), e);
      }
    }
  }

  private ParameterException oneDocumentOnly(String what) {
    return new ParameterException(
        spec.commandLine(),
        "--format " + format + " prints one document, but there are " + what
            + ": use --format jsonl (one record a line) or --out DIR (one file each)");
  }

  /** Where records go: written on the calling thread, in input order. */
  private abstract class Sink {
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    final void write(Batch.Extracted e, Reporter reporter) {
      try {
        write(e, format.render(e.record(), !noText), reporter);
        written.incrementAndGet();
      } catch (IOException | RuntimeException problem) {
        failed.incrementAndGet();
        reporter.error(e.input().source() + ": cannot write the record: " + Failures.describe(problem));
      }
    }

    abstract void write(Batch.Extracted e, String text, Reporter reporter) throws IOException;

    int written() {
      return written.get();
    }

    int failed() {
      return failed.get();
    }
  }

  private final class Stdout extends Sink {
    private final PrintWriter stdout;

    Stdout(PrintWriter stdout) {
      this.stdout = stdout;
    }

    @Override
    void write(Batch.Extracted e, String text, Reporter reporter) {
      stdout.println(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
      stdout.flush();
    }
  }

  private final class Directory extends Sink {
    private final Path dir;
    private final OutputNames names = new OutputNames(format.extension());

    Directory(Path dir) {
      this.dir = dir;
    }

    @Override
    void write(Batch.Extracted e, String text, Reporter reporter) throws IOException {
      String id = e.record().document().id();
      String name = names.next(id);
      if (!name.equals(OutputNames.base(id) + format.extension())) {
        reporter.warning(e.input().source() + ": another document of this run is also named '" + id
            + "'; writing " + name);
      }
      String body = text.endsWith("\n") ? text : text + "\n";
      Files.writeString(dir.resolve(name), body, StandardCharsets.UTF_8);
    }
  }
}
