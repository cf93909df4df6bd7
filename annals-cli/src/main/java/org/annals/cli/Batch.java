package org.annals.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.annals.core.read.ReadOutcome;
import org.annals.model.ArticleRecord;

/**
 * Extracts the records of many documents with one shared {@link Extractor}, in parallel, and hands
 * them on in input order.
 *
 * <p>A document whose extraction throws is reported on one line ({@code SOURCE: extraction failed:
 * ...}) and skipped; the others go on. An {@link Error} other than a stack overflow (out of memory,
 * models that cannot load) ends the batch: it would fail every document the same way.
 *
 * <p>Why ordered hand-over rather than writing as each document finishes: output must not depend
 * on thread timing (diffs and golden files compare it), and the results wait only as long as the
 * slowest document before them.
 */
final class Batch {

  /** One document and its record. */
  record Extracted(ReadOutcome.Ok input, ArticleRecord record) {}

  private sealed interface Result permits Done, Broken {}

  private record Done(Extracted extracted) implements Result {}

  private record Broken(String message) implements Result {}

  private Batch() {}

  /**
   * Extracts every document of {@code inputs}, calling {@code sink} on the calling thread, in input
   * order, for each that succeeds.
   *
   * @return how many documents failed
   */
  static int run(
      List<ReadOutcome.Ok> inputs,
      Extractor extractor,
      int threads,
      Reporter reporter,
      Consumer<Extracted> sink) {
    reporter.startProgress(inputs.size());
    try {
      int workers = Math.max(1, Math.min(threads, inputs.size()));
      return workers == 1
          ? runHere(inputs, extractor, reporter, sink)
          : runParallel(inputs, extractor, workers, reporter, sink);
    } finally {
      reporter.endProgress();
    }
  }

  private static int runHere(
      List<ReadOutcome.Ok> inputs, Extractor extractor, Reporter reporter, Consumer<Extracted> sink) {
    int failed = 0;
    for (ReadOutcome.Ok input : inputs) {
      failed += deliver(extract(input, extractor, reporter), reporter, sink);
    }
    return failed;
  }

  private static int runParallel(
      List<ReadOutcome.Ok> inputs,
      Extractor extractor,
      int workers,
      Reporter reporter,
      Consumer<Extracted> sink) {
    ExecutorService pool = Executors.newFixedThreadPool(workers, daemonThreads());
    try {
      List<Future<Result>> futures = new ArrayList<>(inputs.size());
      for (ReadOutcome.Ok input : inputs) {
        futures.add(pool.submit(() -> extract(input, extractor, reporter)));
      }
      int failed = 0;
      for (Future<Result> future : futures) {
        failed += deliver(await(future), reporter, sink);
      }
      return failed;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Result extract(ReadOutcome.Ok input, Extractor extractor, Reporter reporter) {
    try {
      return new Done(new Extracted(input, extractor.extract(input.document(), input.warnings())));
    } catch (RuntimeException | StackOverflowError e) {
      // one document's problem; the batch goes on
      return new Broken(input.source() + ": extraction failed: " + Failures.describe(e));
    } finally {
      reporter.advance();
    }
  }

  private static int deliver(Result result, Reporter reporter, Consumer<Extracted> sink) {
    if (result instanceof Done done) {
      sink.accept(done.extracted());
      return 0;
    }
    reporter.error(((Broken) result).message());
    return 1;
  }

  private static Result await(Future<Result> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException("interrupted", Failures.EXIT_FAILED);
    } catch (ExecutionException e) {
      // extract() catches what belongs to one document; what is left ends the batch
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "annals-extract-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
