package org.annals.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Internal: WARC archives (plain or gzipped, as jwarc detects) read as a stream, one record at a
 * time: a 1 GB archive is never held in memory, only one page at a time. HTTP response records
 * with status 200 and an HTML payload become documents through {@link HtmlReader} (the record's
 * target URL as the page URL, its date as the last-resort date); every other record is skipped
 * and counted. A page that cannot be read fails alone ({@code FILE[record N]: problem}); a record
 * whose WARC header is malformed ends the archive with one such line, since a stream cannot be
 * resynchronised after it.
 */
final class WarcReader {

  private WarcReader() {}

  /** Reads the archive, handing each outcome to {@code sink}; returns the counts. */
  static Sources.Counts read(
      String source, String fileName, InputStream in, ReadOptions opts, Consumer<ReadOutcome> sink) {
    int records = 0;
    int documents = 0;
    int failed = 0;
    int skipped = 0;
    org.netpreserve.jwarc.WarcReader opened;
    try {
      opened = new org.netpreserve.jwarc.WarcReader(in);
    } catch (IOException | RuntimeException e) {
      sink.accept(new ReadOutcome.Failed(source, "not a readable WARC archive: " + describe(e)));
      return new Sources.Counts(0, 1, 0);
    }
    // what the sink throws is the caller's and goes through; only reading is guarded here
    try (org.netpreserve.jwarc.WarcReader reader = opened) {
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          failed++;
          sink.accept(
              new ReadOutcome.Failed(
                  source + "[record " + (records + 1) + "]",
                  "malformed WARC record: " + describe(e) + "; the rest of the archive is not read"));
          break;
        }
        if (next.isEmpty()) {
          break;
        }
        records++;
        String recordSource = source + "[record " + records + "]";
        Optional<ReadOutcome> outcome;
        try {
          outcome = page(next.get(), recordSource, fileName + ":" + records, opts);
        } catch (ReadProblem p) {
          outcome = Optional.of(new ReadOutcome.Failed(recordSource, p.getMessage()));
        } catch (IOException | RuntimeException e) {
          outcome =
              Optional.of(new ReadOutcome.Failed(recordSource, "malformed record: " + describe(e)));
        }
        if (outcome.isEmpty()) {
          skipped++;
        } else {
          if (outcome.get() instanceof ReadOutcome.Ok) {
            documents++;
          } else {
            failed++;
          }
          sink.accept(outcome.get());
        }
      }
    } catch (IOException e) {
      // closing the stream failed: everything was read already
    }
    if (documents == 0 && failed == 0) {
      failed++;
      sink.accept(
          new ReadOutcome.Failed(
              source,
              "no HTML pages in the archive (" + skipped + " records skipped: not HTML responses)"));
    }
    return new Sources.Counts(documents, failed, skipped);
  }

  /** The document of a record, or empty when the record is not an HTML page (skipped). */
  private static Optional<ReadOutcome> page(
      WarcRecord record, String recordSource, String id, ReadOptions opts)
      throws IOException, ReadProblem {
    if (!(record instanceof WarcResponse response)) {
      return Optional.empty();
    }
    MediaType recordType = response.contentType();
    if (!recordType.base().toString().toLowerCase(Locale.ROOT).equals("application/http")) {
      return Optional.empty(); // dns:, gemini: and other non-HTTP responses
    }
    HttpResponse http = response.http();
    if (http.status() != 200) {
      return Optional.empty();
    }
    String type = http.contentType().base().toString().toLowerCase(Locale.ROOT);
    if (!type.equals("text/html") && !type.equals("application/xhtml+xml")) {
      return Optional.empty();
    }
    long limit = opts.maxChars() > (Long.MAX_VALUE - 3) / 3 ? Long.MAX_VALUE : opts.maxChars() * 3 + 3;
    byte[] bytes;
    try (InputStream body = http.bodyDecoded().stream()) {
      bytes = body.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
    }
    if (bytes.length > limit) {
      throw new ReadProblem(
          "document too large: over " + limit + " bytes, limit " + opts.maxChars() + " characters (use --max-chars)");
    }
    if (bytes.length == 0) {
      throw new ReadProblem("empty document: the response has no body");
    }
    LocalDate captured = response.date().atOffset(ZoneOffset.UTC).toLocalDate();
    return Optional.of(
        HtmlReader.read(
            recordSource, id, bytes, Optional.of(response.target()), Optional.of(captured), opts));
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    return ReadProblem.oneLine(
        m == null || m.isBlank() ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + m);
  }
}
