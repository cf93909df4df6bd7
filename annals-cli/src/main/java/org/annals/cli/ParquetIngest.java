package org.annals.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.annals.model.ArticleRecord;
import org.annals.store.KnowledgeBase;
import org.annals.store.ParquetRecords;

/**
 * {@code annals ingest --parquet DIR}: the records of the Spark job's output stored in the knowledge base, with
 * no language model (the job extracted them) and no Spark (DuckDB reads the Parquet files, see
 * {@link ParquetRecords}).
 *
 * <p>The same guarantees as {@code annals ingest PATH}: records are stored one by one in input order, each in
 * its own transaction, so a killed run leaves every finished document stored and nothing of the one in progress;
 * a document already stored with the same SHA-256 is skipped, so running again stores the rest in the same order
 * and a finished run repeated changes nothing. A row without a usable record is reported as one line (the file,
 * the row, the problem) and counted as failed; the others go on.
 */
final class ParquetIngest {

  private ParquetIngest() {}

  static IngestCommand.Summary ingest(KnowledgeBase kb, Path dir, Reporter reporter) {
    long t0 = System.nanoTime();
    IngestCommand.Summary s = new IngestCommand.Summary();
    long[] lastLog = {t0};
    int[] done = {0};
    if (!reporter.interactive()) {
      reporter.log("ingest: records of " + dir + " into " + kb.location());
    }
    long rows = ParquetRecords.read(dir, item -> {
      done[0]++;
      if (item instanceof ParquetRecords.Item.Bad bad) {
        s.failed++;
        reporter.error(bad.message());
      } else if (item instanceof ParquetRecords.Item.Ok ok) {
        store(kb, ok.record(), ok.where(), s, reporter);
      }
      long now = System.nanoTime();
      if (!reporter.interactive() && now - lastLog[0] >= IngestCommand.LOG_EVERY_SECONDS * 1_000_000_000L) {
        lastLog[0] = now;
        reporter.log("ingest: " + done[0] + " rows, " + Reporter.clock(Duration.ofNanos(now - t0).toSeconds()));
      }
    });
    s.total = rows;
    s.nanos = System.nanoTime() - t0;
    return s;
  }

  private static void store(KnowledgeBase kb, ArticleRecord r, String where, IngestCommand.Summary s,
      Reporter reporter) {
    if (kb.contains(r.document().id(), r.document().sha256())) {
      s.unchanged++;
      return;
    }
    s.store(kb, r, where, reporter);
  }
}
