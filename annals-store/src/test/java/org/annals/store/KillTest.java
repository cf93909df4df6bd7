package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.annals.model.ArticleRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real crash: a child JVM ingesting into a DuckDB file is killed with SIGKILL half-way; ingesting
 * the whole batch again gives the same database, row for row, as one uninterrupted run.
 */
class KillTest {

  private static final int DOCS = 14;

  @TempDir Path dir;

  private static List<ArticleRecord> corpus() {
    // the same seed and order as IngestWorker
    SyntheticCorpus c = new SyntheticCorpus(7, 40);
    List<ArticleRecord> all = new ArrayList<>();
    for (int i = 0; i < DOCS; i++) {
      all.add(c.article(i, 4));
    }
    return all;
  }

  @Test
  void killedIngestResumesToTheSameDatabase() throws Exception {
    Path killed = dir.resolve("killed.duckdb");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        IngestWorker.class.getName(), killed.toString(), Integer.toString(DOCS))
        .redirectErrorStream(true).start();
    int stored = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("stored ")) {
          stored++;
          if (stored == 5) {
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no close, mid-way through document 6
            break;
          }
        }
      }
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(stored).as("the worker stored some documents before it was killed").isEqualTo(5);

    List<ArticleRecord> all = corpus();
    List<String> resumed;
    try (KnowledgeBase kb = KnowledgeBase.open(killed.toString())) {
      long before = kb.stats().documents();
      assertThat(before).as("every committed document survived, the one in progress did not half-survive")
          .isBetween(5L, 6L);
      int unchanged = 0;
      for (ArticleRecord r : all) {
        if (kb.ingest(r).outcome() == IngestResult.Outcome.UNCHANGED) {
          unchanged++;
        }
      }
      assertThat(unchanged).isEqualTo((int) before);
      resumed = Dump.of(kb);
    }
    try (KnowledgeBase kb = KnowledgeBase.open(dir.resolve("clean.duckdb").toString())) {
      all.forEach(kb::ingest);
      assertThat(resumed).isEqualTo(Dump.of(kb));
    }
  }
}
