package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.annals.core.read.DocumentReaders;
import org.annals.core.read.ReadOptions;
import org.annals.core.read.ReadOutcome;
import org.annals.core.time.eval.TimeMlTimexes;
import org.annals.core.time.eval.Timex;
import org.annals.core.time.eval.TimexScore;
import org.annals.core.time.eval.TimexScorer;
import org.annals.core.time.eval.TimexScorer.DocumentScore;
import org.annals.core.time.eval.TimexScorer.ValueError;
import org.annals.model.TimeMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code annals eval timeml --gold DIR [--system DIR]}: TempEval-3 Task A on the {@code *.tml} files under {@code
 * DIR} (see {@link TimexScorer}). Without {@code --system}, Annals extracts each gold document from its text and
 * creation time (never its tags), in parallel with one shared pipeline; with it, the system file at the same
 * relative path (else with the same name) is read.
 */
@Command(
    name = "timeml",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionInfo.class,
    description = {
      "TempEval-3 Task A: strict and relaxed extraction P/R/F1 of the TIMEX3 in TEXT, and type and"
          + " value F1 (relaxed F1 x accuracy over the relaxed matches); the DCT is not scored.",
      "Prints a row per document, the totals (and per sub-folder), and the most frequent value errors,"
          + " missed and spurious expressions."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every document was scored", "1:some document could not be scored", "2:usage error"})
final class EvalTimeMlCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @ParentCommand private EvalCommand eval;

  @Option(names = "--gold", paramLabel = "DIR", required = true, description = "gold TimeML files (*.tml, recursive)")
  private Path gold;

  @Option(
      names = "--system",
      paramLabel = "DIR",
      description = "system TimeML files at the same relative paths; without it Annals is run")
  private Path system;

  @Option(names = "--threads", paramLabel = "N", description = "documents in parallel (default: the number of cores)")
  private Integer threads;

  @Option(
      names = "--errors",
      paramLabel = "N",
      defaultValue = "10",
      description = "how many value errors, misses and spurious expressions to list (default: ${DEFAULT-VALUE})")
  private int errors;

  @Option(names = "--no-documents", description = "leave out the per-document rows")
  private boolean noDocuments;

  /** A gold document: where it is, its name relative to --gold, what it holds. */
  private record Gold(Path path, String name, TimeMlTimexes timexes) {}

  @Override
  public Integer call() {
    if (!Files.isDirectory(gold)) {
      throw new ParameterException(spec.commandLine(), "--gold " + gold + ": not a directory");
    }
    if (system != null && !Files.isDirectory(system)) {
      throw new ParameterException(spec.commandLine(), "--system " + system + ": not a directory");
    }
    if (threads != null && threads <= 0) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    Reporter reporter = eval.main().reporter(spec.commandLine().getErr());
    List<Path> files = goldFiles();
    if (files.isEmpty()) {
      throw new CliException("no *.tml files under " + gold, Failures.EXIT_FAILED);
    }
    int failed = 0;
    List<Gold> golds = new ArrayList<>();
    for (Path f : files) {
      try {
        golds.add(new Gold(f, gold.relativize(f).toString(), TimeMlTimexes.parse(Files.readString(f))));
      } catch (IOException | IllegalArgumentException e) {
        reporter.error(f + ": " + Failures.describe(e));
        failed++;
      }
    }
    Map<String, List<Timex>> systemTimexes = new LinkedHashMap<>();
    failed += system == null ? runAnnals(golds, reporter, systemTimexes) : readSystem(golds, reporter, systemTimexes);
    List<DocumentScore> scores = new ArrayList<>();
    for (Gold g : golds) {
      List<Timex> sys = systemTimexes.get(g.name());
      if (sys != null) {
        scores.add(TimexScorer.score(g.name(), g.timexes().timexes(), sys));
      }
    }
    print(spec.commandLine().getOut(), scores);
    if (failed > 0) {
      reporter.error(failed + " of " + files.size() + " documents failed");
      return Failures.EXIT_FAILED;
    }
    return Failures.EXIT_OK;
  }

  private List<Path> goldFiles() {
    try (Stream<Path> s = Files.walk(gold)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".tml") && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new CliException("cannot list " + gold + ": " + Failures.describe(e), e);
    }
  }

  private int readSystem(List<Gold> golds, Reporter reporter, Map<String, List<Timex>> out) {
    int failed = 0;
    for (Gold g : golds) {
      Path p = system.resolve(g.name());
      if (!Files.exists(p)) {
        p = system.resolve(g.path().getFileName().toString());
      }
      try {
        TimeMlTimexes sys = TimeMlTimexes.parse(Files.readString(p));
        if (!sys.body().equals(g.timexes().body())) {
          reporter.error(p + ": its TEXT differs from the gold's; offsets cannot be compared");
          failed++;
          continue;
        }
        out.put(g.name(), sys.timexes());
      } catch (IOException | IllegalArgumentException e) {
        reporter.error(p + ": " + Failures.describe(e));
        failed++;
      }
    }
    return failed;
  }

  private int runAnnals(List<Gold> golds, Reporter reporter, Map<String, List<Timex>> out) {
    ReadOptions options = new ReadOptions(Optional.empty(), ReadOptions.DEFAULT_MAX_CHARS);
    List<ReadOutcome.Ok> docs = new ArrayList<>();
    Map<ReadOutcome.Ok, Gold> goldOf = new IdentityHashMap<>();
    int failed = 0;
    for (Gold g : golds) {
      ReadOutcome o = DocumentReaders.read(g.path(), options).get(0);
      if (o instanceof ReadOutcome.Ok ok) {
        if (!ok.document().text().equals(g.timexes().body())) {
          reporter.error(g.path() + ": the reader's body differs from the TEXT; offsets cannot be compared");
          failed++;
          continue;
        }
        docs.add(ok);
        goldOf.put(ok, g);
      } else if (o instanceof ReadOutcome.Failed f) {
        reporter.error(f.message());
        failed++;
      }
    }
    if (docs.isEmpty()) {
      return failed;
    }
    Extractor extractor = eval.main().extractor();
    reporter.note("loading language models…");
    extractor.warmUp();
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    failed +=
        Batch.run(
            docs,
            extractor,
            n,
            reporter,
            e -> {
              List<Timex> ts = new ArrayList<>();
              for (TimeMention t : e.record().times()) {
                if (t.end() > t.start()) {
                  ts.add(new Timex(t.start(), t.end(), t.text(), t.type().name(), t.value()));
                }
              }
              out.put(goldOf.get(e.input()).name(), ts);
            });
    return failed;
  }

  private void print(PrintWriter out, List<DocumentScore> scores) {
    String header =
        String.format(
            Locale.ROOT, "%-40s %5s %5s %7s %7s %7s %7s", "document", "gold", "sys", "strict", "relaxed", "type",
            "value");
    out.println(header);
    if (!noDocuments) {
      for (DocumentScore d : scores) {
        out.println(row(d.document(), d.score()));
      }
    }
    Map<String, TimexScore> byFolder = new LinkedHashMap<>();
    TimexScore total = TimexScore.ZERO;
    for (DocumentScore d : scores) {
      int slash = d.document().lastIndexOf('/');
      String folder = slash < 0 ? "" : d.document().substring(0, slash);
      byFolder.merge(folder, d.score(), TimexScore::plus);
      total = total.plus(d.score());
    }
    out.println();
    if (byFolder.size() > 1) {
      byFolder.forEach((f, s) -> out.println(row("TOTAL " + f + "/", s)));
    }
    out.println(row("TOTAL", total));
    out.println();
    out.printf(Locale.ROOT, "documents %d, gold %d, system %d%n", scores.size(), total.gold(), total.system());
    out.printf(
        Locale.ROOT,
        "strict   P %.4f R %.4f F1 %.4f%n",
        total.strictPrecision(), total.strictRecall(), total.strictF1());
    out.printf(
        Locale.ROOT,
        "relaxed  P %.4f R %.4f F1 %.4f%n",
        total.relaxedPrecision(), total.relaxedRecall(), total.relaxedF1());
    out.printf(Locale.ROOT, "type     F1 %.4f (accuracy %.4f)%n", total.typeF1(), total.typeAccuracy());
    out.printf(Locale.ROOT, "value    F1 %.4f (accuracy %.4f)%n", total.valueF1(), total.valueAccuracy());
    if (errors > 0) {
      List<ValueError> all = scores.stream().flatMap(d -> d.valueErrors().stream()).toList();
      out.println();
      out.println("value errors, most frequent expression first (text: gold -> system, document):");
      listed(all.stream().map(e -> new Listed(e.gold().text(), e.gold().value() + " -> " + e.system().value()
          + (e.system().text().equals(e.gold().text()) ? "" : " [system span '" + oneLine(e.system().text()) + "']"),
          e.document())).toList(), out);
      out.println();
      out.println("missed, most frequent first (text: gold value, document):");
      listed(scores.stream().flatMap(d -> d.missed().stream().map(t -> new Listed(t.text(), t.type() + " "
          + t.value(), d.document()))).toList(), out);
      out.println();
      out.println("spurious, most frequent first (text: system value, document):");
      listed(scores.stream().flatMap(d -> d.spurious().stream().map(t -> new Listed(t.text(), t.type() + " "
          + t.value(), d.document()))).toList(), out);
    }
  }

  /** An entry of an error list: the expression's text, what is wrong, where. */
  private record Listed(String text, String what, String document) {}

  /** The {@code errors} most frequent texts (case-folded), each with its count and first example. */
  private void listed(List<Listed> items, PrintWriter out) {
    Map<String, List<Listed>> byText = new LinkedHashMap<>();
    for (Listed l : items) {
      byText.computeIfAbsent(oneLine(l.text()).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(l);
    }
    byText.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, List<Listed>> e) -> -e.getValue().size())
            .thenComparing(Map.Entry::getKey))
        .limit(errors)
        .forEach(
            e -> {
              Listed first = e.getValue().get(0);
              out.printf(
                  Locale.ROOT,
                  "  %3d  %-28s %s (%s)%n",
                  e.getValue().size(), "'" + oneLine(first.text()) + "'", first.what(), first.document());
            });
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static String row(String name, TimexScore s) {
    return String.format(
        Locale.ROOT,
        "%-40s %5d %5d %7.4f %7.4f %7.4f %7.4f",
        name, s.gold(), s.system(), s.strictF1(), s.relaxedF1(), s.typeF1(), s.valueF1());
  }

}
