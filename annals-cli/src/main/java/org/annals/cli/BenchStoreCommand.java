package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.annals.store.KnowledgeBase;
import org.annals.store.StoreBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals bench-store}: fills a fresh database with synthetic events and times the queries. */
@Command(
    name = "bench-store",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionInfo.class,
    description = {
      "Benchmarks the knowledge base: ingests synthetic articles (timing the ingest), tops the database up",
      "to --events synthetic events, then prints the median time of each query. No language model is used."
    })
final class BenchStoreCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = "--db", paramLabel = "DB",
      description = "an empty database to fill (default: a new DuckDB file in a temporary directory, deleted after)")
  private String db;

  @Option(names = "--events", paramLabel = "N", defaultValue = "100000", description = "events in the database (default: ${DEFAULT-VALUE})")
  private int events;

  @Option(names = "--ingest-docs", paramLabel = "N", defaultValue = "500",
      description = "synthetic articles (5 events each) stored through the normal ingest first (default: ${DEFAULT-VALUE})")
  private int ingestDocs;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "7", description = "timed runs per query (default: ${DEFAULT-VALUE})")
  private int runs;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path tmp = null;
    String where = db;
    if (where == null) {
      tmp = Files.createTempDirectory("annals-bench");
      where = tmp.resolve("bench.duckdb").toString();
    }
    out.println("database: " + where);
    try (KnowledgeBase kb = DbOption.openAt(where)) {
      new StoreBenchmark(kb, out).run(events, Math.max(1, ingestDocs), Math.max(1, runs));
    } finally {
      if (tmp != null) {
        try (var files = Files.walk(tmp)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
    return Failures.EXIT_OK;
  }
}
