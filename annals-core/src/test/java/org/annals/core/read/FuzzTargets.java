package org.annals.core.read;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fuzz targets of every reader: bytes in, and whatever they are, the reader either reads them
 * or says why not in one line; it never throws, never hangs, never gives an outcome that breaks the
 * contract. A target throws {@link AssertionError} (or lets the reader's exception through) for a
 * finding. Used by {@link ReadersFuzzTest} (Jazzer) and {@link ReadersMutationTest} (a short,
 * deterministic budget in every build).
 *
 * <p>Each reader is called directly, not through {@link DocumentReaders}, whose safety net turns
 * any runtime exception into a failure line and would hide the bug from the fuzzer.
 */
final class FuzzTargets {

  private FuzzTargets() {}

  /** Half the inputs with a --date, so that both paths are explored. */
  private static ReadOptions options(byte[] data) {
    ReadOptions opts = ReadOptions.defaults().withMaxChars(200_000);
    return data.length % 2 == 0 ? opts.withDate(LocalDate.of(2023, 2, 22)) : opts;
  }

  private static String lenientText(byte[] data) {
    return new String(data, StandardCharsets.UTF_8);
  }

  static void seedText(byte[] data) {
    try {
      check(PlainTextReader.read("fuzz.txt", "fuzz.txt", lenientText(data), options(data)));
    } catch (ReadProblem expected) {
      checkProblem(expected);
    }
  }

  static void jsonLines(byte[] data) {
    String text = lenientText(data);
    List<ReadOutcome> out = JsonLinesReader.read("fuzz.jsonl", "fuzz.jsonl", text, options(data));
    out.forEach(FuzzTargets::check);
  }

  static void timeMl(byte[] data) {
    try {
      check(TimeMlReader.read("fuzz.tml", "fuzz.tml", lenientText(data), options(data)));
    } catch (ReadProblem expected) {
      checkProblem(expected);
    }
  }

  static void html(byte[] data) {
    try {
      check(
          HtmlReader.read(
              "fuzz.html",
              "fuzz.html",
              data,
              data.length % 3 == 0 ? Optional.of("https://news.example/2023/02/22/a") : Optional.empty(),
              Optional.empty(),
              options(data)));
    } catch (ReadProblem expected) {
      checkProblem(expected);
    }
  }

  static void feed(byte[] data) {
    List<ReadOutcome> out = new ArrayList<>();
    try {
      FeedReader.read("fuzz.xml", "fuzz.xml", data, options(data), out::add);
    } catch (ReadProblem expected) {
      checkProblem(expected);
    }
    out.forEach(FuzzTargets::check);
  }

  static void warc(byte[] data) {
    List<ReadOutcome> out = new ArrayList<>();
    Sources.Counts counts =
        WarcReader.read("fuzz.warc", "fuzz.warc", new ByteArrayInputStream(data), options(data), out::add);
    out.forEach(FuzzTargets::check);
    if (out.isEmpty() || counts.documents() + counts.failed() != out.size()) {
      throw new AssertionError("counts " + counts + " for " + out.size() + " outcomes");
    }
  }

  /** Detection and the public API: never empty, never the "unexpected error" safety net. */
  static void detect(byte[] data) {
    List<ReadOutcome> out = DocumentReaders.read("fuzz.in", data, options(data));
    if (out.isEmpty()) {
      throw new AssertionError("no outcome");
    }
    for (ReadOutcome o : out) {
      check(o);
      if (o instanceof ReadOutcome.Failed f && f.problem().startsWith("unexpected error")) {
        throw new AssertionError("a reader threw: " + f.message());
      }
    }
  }

  private static void checkProblem(ReadProblem p) {
    String m = p.getMessage();
    if (m == null || m.isBlank()) {
      throw new AssertionError("a problem without a message");
    }
  }

  private static void check(ReadOutcome outcome) {
    if (outcome instanceof ReadOutcome.Failed f) {
      if (f.problem().isBlank() || f.message().contains("\n")) {
        throw new AssertionError("not one line: " + f.message());
      }
      if (f.problem().startsWith("unexpected error")) {
        throw new AssertionError("a reader threw: " + f.message());
      }
    } else if (outcome instanceof ReadOutcome.Ok ok) {
      if (ok.document().text().isBlank()) {
        throw new AssertionError("an empty document was read: " + ok.source());
      }
      if (ok.document().text().length() > 200_000) {
        throw new AssertionError("over the character limit: " + ok.document().text().length());
      }
    }
  }
}
