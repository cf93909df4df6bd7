package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.annals.core.annotate.corenlp.PlainCoreNlp;
import org.annals.core.pipeline.Pipeline;
import org.annals.core.read.ReadOptions;
import org.annals.core.read.ReadOutcome;
import org.annals.core.output.RecordJson;
import org.annals.model.ArticleRecord;
import org.annals.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code annals bench}: how fast the full extraction runs on a corpus, stage by stage, and (with
 * {@code --baseline}) how fast the plain CoreNLP pipeline runs on the same documents in the same way.
 *
 * <p>Why in the command line rather than only in JMH: the acceptance figure is whole documents through
 * the whole pipeline with the real models, which JMH's forked micro-benchmarks do not measure well;
 * JMH covers our own hot paths (module annals-bench).
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionInfo.class,
    description = {
      "Extracts a corpus and prints documents/s, tokens/s, the time of each stage (each CoreNLP"
          + " annotator, then time, actors, quotes, events), the load time, peak heap and peak RSS.",
      "Default corpus: ../shared/data/timeml/tbaq when present, else the example articles"
          + " repeated 8 times."
    })
final class BenchCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @ParentCommand private Main main;

  @Option(names = "--corpus", paramLabel = "PATH", description = "a file or a directory (searched recursively for *.txt, *.tml, *.jsonl)")
  private Path corpus;

  @Option(names = "--threads", paramLabel = "N", description = "documents in parallel (default: the number of cores)")
  private Integer threads;

  @Option(names = "--limit", paramLabel = "N", description = "only the first N documents (files in path order)")
  private Integer limit;

  @Option(names = "--repeat", paramLabel = "N", description = "process the corpus N times (default 1)")
  private int repeat = 1;

  @Option(names = "--baseline", description = "also run the plain CoreNLP pipeline (tokenize, ssplit, pos, lemma, ner, depparse, defaults) on the same documents, after Annals, in this JVM")
  private boolean baseline;

  @Option(names = "--baseline-threads", paramLabel = "N", description = "documents in parallel for the baseline (default 1: plain CoreNLP annotates one document at a time)")
  private int baselineThreads = 1;

  @Option(names = "--only", paramLabel = "WHAT", description = "run only 'annals', 'full' (Annals, every sentence parsed) or 'baseline'; for whole-process timings")
  private String only;

  @Option(names = "--records", paramLabel = "FILE", description = "write the records (JSON Lines, without text, in corpus order) to FILE, to compare configurations")
  private Path records;

  @Override
  public Integer call() {
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n <= 0) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + n);
    }
    if (repeat <= 0 || limit != null && limit <= 0) {
      throw new ParameterException(spec.commandLine(), "--repeat and --limit must be at least 1");
    }
    if (only != null && !List.of("annals", "full", "baseline").contains(only)) {
      throw new ParameterException(spec.commandLine(), "--only takes annals, full or baseline, not '" + only + "'");
    }
    PrintWriter out = spec.commandLine().getOut();
    Reporter reporter = main.reporter(spec.commandLine().getErr());
    Path source = corpus != null ? corpus : defaultCorpus();
    int times = corpus == null && !source.toString().contains("tbaq") && repeat == 1 ? 8 : repeat;
    List<Path> files = files(source);
    Inputs inputs = Inputs.report(Inputs.read(files, ReadOptions.defaults(), main.stdin()), reporter);
    List<Document> docs = new ArrayList<>();
    for (int r = 0; r < times; r++) {
      for (ReadOutcome.Ok ok : inputs.documents()) {
        if (limit == null || docs.size() < limit * (r + 1)) {
          docs.add(ok.document());
        }
      }
    }
    if (docs.isEmpty()) {
      throw new CliException(source + ": no documents to run on", Failures.EXIT_FAILED);
    }
    long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
    out.printf(Locale.ROOT, "corpus: %s, %d documents (%d distinct), %d characters; %d threads, %d cores, max heap %s;"
            + " load average %s%n",
        source, docs.size(), docs.size() / times, chars, n, Runtime.getRuntime().availableProcessors(),
        gb(Runtime.getRuntime().maxMemory()), loadAverage());
    out.flush();

    if (only == null || !only.equals("baseline")) {
      boolean full = "full".equals(only);
      resetPeaks();
      Pipeline pipeline = full ? Pipeline.fullParse() : Pipeline.standard();
      long t0 = System.nanoTime();
      long c0 = processCpuNanos();
      reporter.note("loading language models…");
      pipeline.extract(Document.of("warm-up", java.time.LocalDate.of(2020, 1, 1), "warm-up", "bench:warm-up",
          "The minister arrived in Paris on Monday."));
      long load = System.nanoTime() - t0;
      long cpuLoad = processCpuNanos() - c0;
      out.printf(Locale.ROOT, "annals models loaded: live heap %s after a full GC%n", gb(liveHeap()));
      long c1 = processCpuNanos();
      Map<String, Long> before = pipeline.stageNanos();
      long[] countsBefore = pipeline.annotationCounts();
      String[] lines = new String[docs.size()];
      Run run = run(docs, n, reporter, d -> {
        ArticleRecord r = pipeline.extract(d);
        if (records != null) {
          synchronized (lines) {
            for (int i = 0; i < docs.size(); i++) {
              if (docs.get(i) == d && lines[i] == null) {
                lines[i] = RecordJson.write(r, false, false);
                break;
              }
            }
          }
        }
        return 0;
      });
      if (records != null) {
        try {
          Files.write(records, java.util.Arrays.stream(lines).filter(java.util.Objects::nonNull).toList());
        } catch (IOException e) {
          throw new CliException("cannot write " + Failures.describe(records.toString(), e), e);
        }
      }
      long cpuRun = processCpuNanos() - c1;
      long[] counts = pipeline.annotationCounts();
      long tokens = counts[2] - countsBefore[2];
      long sentences = counts[0] - countsBefore[0];
      long parsed = counts[1] - countsBefore[1];
      out.printf(Locale.ROOT, "%s: load %.1f s; %d documents in %.1f s: %.2f docs/s, %.0f tokens/s (%d tokens);"
              + " parsed %d of %d sentences (%.0f %%); %d failed%n",
          full ? "annals (full parse)" : "annals (cascade)", load / 1e9, docs.size(), run.nanos / 1e9,
          docs.size() / (run.nanos / 1e9), tokens / (run.nanos / 1e9), tokens, parsed, sentences,
          sentences == 0 ? 0.0 : 100.0 * parsed / sentences, run.failed);
      Map<String, Long> after = pipeline.stageNanos();
      long total = 0;
      for (var e : after.entrySet()) {
        total += e.getValue() - before.getOrDefault(e.getKey(), 0L);
      }
      out.printf(Locale.ROOT, "  %-20s %10s %7s%n", "stage", "cpu-ish s", "share");
      for (var e : after.entrySet()) {
        long d = e.getValue() - before.getOrDefault(e.getKey(), 0L);
        out.printf(Locale.ROOT, "  %-20s %10.2f %6.1f%%%n", e.getKey(), d / 1e9, total == 0 ? 0.0 : 100.0 * d / total);
      }
      out.printf(Locale.ROOT, "  (stage times are summed over the %d threads; their total %.1f s)%n", n, total / 1e9);
      printCpu(out, "annals", cpuLoad, cpuRun);
      printMemory(out, "annals");
      out.flush();
      if (baseline && only == null) {
        runBaseline(docs, baselineThreads, reporter, out, run.nanos, load, cpuRun, cpuLoad);
      }
    } else {
      runBaseline(docs, baselineThreads, reporter, out, 0, 0, 0, 0);
    }
    return Failures.EXIT_OK;
  }

  private void runBaseline(List<Document> docs, int n, Reporter reporter, PrintWriter out, long annalsNanos, long annalsLoad,
                           long annalsCpu, long annalsCpuLoad) {
    resetPeaks();
    reporter.note("loading the plain CoreNLP pipeline…");
    out.printf(Locale.ROOT, "baseline starts at load average %s%n", loadAverage());
    long t0 = System.nanoTime();
    long c0 = processCpuNanos();
    PlainCoreNlp plain = PlainCoreNlp.load();
    plain.annotate(Document.of("warm-up", java.time.LocalDate.of(2020, 1, 1), "warm-up", "bench:warm-up",
        "The minister arrived in Paris on Monday."));
    long load = System.nanoTime() - t0;
    long cpuLoad = processCpuNanos() - c0;
    out.printf(Locale.ROOT, "baseline models loaded: live heap %s after a full GC%n", gb(liveHeap()));
    long c1 = processCpuNanos();
    AtomicLong tokens = new AtomicLong();
    Run run = run(docs, n, reporter, d -> {
      tokens.addAndGet(plain.annotate(d));
      return 0;
    });
    long cpuRun = processCpuNanos() - c1;
    out.printf(Locale.ROOT, "baseline (plain CoreNLP %s, defaults, %d threads): load %.1f s; %d documents in %.1f s: %.2f docs/s,"
            + " %.0f tokens/s; %d failed%n",
        PlainCoreNlp.ANNOTATORS, n, load / 1e9, docs.size(), run.nanos / 1e9, docs.size() / (run.nanos / 1e9),
        tokens.get() / (run.nanos / 1e9), run.failed);
    out.println("  " + plain.timing().replace("\n", "\n  ").trim());
    printCpu(out, "baseline", cpuLoad, cpuRun);
    printMemory(out, "baseline");
    if (annalsNanos > 0) {
      out.printf(Locale.ROOT, "speedup of annals over the baseline: %.2fx (processing), %.2fx (load + processing)%n",
          (double) run.nanos / annalsNanos, (double) (run.nanos + load) / (annalsNanos + annalsLoad));
      if (annalsCpu > 0 && cpuRun > 0) {
        // on a shared machine the wall times follow the load of the other jobs; CPU time does much less
        out.printf(Locale.ROOT, "speedup in process CPU time: %.2fx (processing), %.2fx (load + processing)%n",
            (double) cpuRun / annalsCpu, (double) (cpuRun + cpuLoad) / (annalsCpu + annalsCpuLoad));
      }
    }
    out.printf(Locale.ROOT, "load average at the end %s%n", loadAverage());
    out.flush();
  }

  private record Run(long nanos, int failed) {}

  /** CPU time of this whole process (every thread, GC and JIT included), or 0 when the JVM cannot tell. */
  private static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return Math.max(0, sun.getProcessCpuTime());
    }
    return 0;
  }

  private static void printCpu(PrintWriter out, String what, long cpuLoad, long cpuRun) {
    if (cpuRun > 0) {
      out.printf(Locale.ROOT, "  %s process CPU time: load %.1f s, processing %.1f s%n", what, cpuLoad / 1e9, cpuRun / 1e9);
    }
  }

  private static Run run(List<Document> docs, int n, Reporter reporter, ToIntFunction<Document> work) {
    reporter.startProgress(docs.size());
    ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "annals-bench");
      t.setDaemon(true);
      return t;
    });
    long t0 = System.nanoTime();
    int failed = 0;
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Document d : docs) {
        futures.add(pool.submit(() -> {
          try {
            work.applyAsInt(d);
          } finally {
            reporter.advance();
          }
        }));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (ExecutionException e) {
          reporter.error("bench: extraction failed: " + Failures.describe(e.getCause()));
          failed++;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException("interrupted", Failures.EXIT_FAILED);
    } finally {
      pool.shutdownNow();
      reporter.endProgress();
    }
    return new Run(System.nanoTime() - t0, failed);
  }

  private static Path defaultCorpus() {
    Optional<Path> tbaq = Stream.of(Path.of("../shared/data/timeml/tbaq"),
            Path.of(System.getProperty(DemoCommand.HOME_PROPERTY, "."), "../shared/data/timeml/tbaq"))
        .filter(Files::isDirectory).findFirst();
    return tbaq.orElseGet(DemoCommand::defaultDir);
  }

  private static List<Path> files(Path source) {
    if (Files.isRegularFile(source)) {
      return List.of(source);
    }
    if (!Files.isDirectory(source)) {
      throw new CliException(source + ": no such file or directory", Failures.EXIT_FAILED);
    }
    try (Stream<Path> s = Files.walk(source)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".tml") || p.toString().endsWith(".jsonl"))
          .filter(p -> !p.getFileName().toString().equals("README.md"))
          .sorted().toList();
    } catch (IOException e) {
      throw new CliException("cannot list " + Failures.describe(source.toString(), e), e);
    }
  }

  /** Resets the JVM's peak heap figures and the kernel's peak RSS (VmHWM), so each run reports its own. */
  /**
   * The 1-minute load average of the machine ("n/a" where the JVM cannot tell): wall times on a shared machine are
   * only comparable with it; the speed-up of one run is.
   */
  private static String loadAverage() {
    double l = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return l < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", l);
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      p.resetPeakUsage();
    }
    try {
      Files.writeString(Path.of("/proc/self/clear_refs"), "5");
    } catch (IOException | RuntimeException e) {
      // not Linux or not allowed: the peak RSS then covers the whole process
    }
  }

  private static void printMemory(PrintWriter out, String what) {
    long heap = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        heap += p.getPeakUsage().getUsed();
      }
    }
    out.printf(Locale.ROOT, "  %s peak heap %s (sum of pool peaks), peak RSS %s%n", what, gb(heap), vmHwm());
  }

  private static long liveHeap() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static String vmHwm() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
          return gb(kb * 1024);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return "unknown";
  }

  private static String gb(long bytes) {
    return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
  }
}
