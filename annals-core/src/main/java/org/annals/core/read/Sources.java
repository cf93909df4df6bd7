package org.annals.core.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reading inputs that hold many documents (WARC archives, feeds, JSON Lines) one outcome at a
 * time: each outcome is handed to a {@link Consumer} as soon as it is read, so a WARC archive is
 * streamed and never held in memory. Single-document files give one outcome, exactly as {@link
 * DocumentReaders#read(Path, ReadOptions)}. Stateless and thread-safe; never throws for bad input.
 */
public final class Sources {

  /** How many gzipped bytes are inflated to tell a gzipped WARC from other gzip files. */
  private static final int SNIFF = 8192;

  /**
   * What reading one input gave.
   *
   * @param documents outcomes that were documents
   * @param failed outcomes that were failures (each one line)
   * @param skipped WARC records skipped because they are not HTML responses (not failures)
   */
  public record Counts(int documents, int failed, int skipped) {
    public Counts {
      if (documents < 0 || failed < 0 || skipped < 0) {
        throw new IllegalArgumentException(
            "negative count: " + documents + ", " + failed + ", " + skipped);
      }
    }
  }

  private Sources() {}

  /**
   * Reads {@code file}, handing every outcome to {@code sink} in input order.
   *
   * @return the counts; every outcome handed on is counted in {@code documents} or {@code failed}
   */
  public static Counts read(Path file, ReadOptions opts, Consumer<ReadOutcome> sink) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(opts, "opts");
    Objects.requireNonNull(sink, "sink");
    if (!Files.isDirectory(file) && isWarc(file)) {
      String source = file.toString();
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
        return WarcReader.read(source, DocumentReaders.fileName(source), in, opts, sink);
      } catch (NoSuchFileException e) {
        return failed(source, "cannot read: no such file", sink);
      } catch (AccessDeniedException e) {
        return failed(source, "cannot read: permission denied", sink);
      } catch (IOException e) {
        return failed(source, "cannot read: " + ReadProblem.oneLine(String.valueOf(e.getMessage())), sink);
      }
    }
    return handOn(DocumentReaders.read(file, opts), sink);
  }

  /** Reads bytes that came from {@code sourceName}, handing every outcome to {@code sink}. */
  public static Counts read(
      String sourceName, byte[] bytes, ReadOptions opts, Consumer<ReadOutcome> sink) {
    Objects.requireNonNull(sink, "sink");
    if (DocumentReaders.isWarc(bytes)) {
      return WarcReader.read(
          sourceName,
          DocumentReaders.fileName(sourceName),
          new java.io.ByteArrayInputStream(bytes),
          opts,
          sink);
    }
    return handOn(DocumentReaders.read(sourceName, bytes, opts), sink);
  }

  /**
   * Reads a stream that came from {@code sourceName} (a path or URL on any file system, e.g. a
   * Hadoop path), handing every outcome to {@code sink}: a WARC archive, plain or gzipped, is
   * streamed a record at a time, as {@link #read(Path, ReadOptions, Consumer)} does for a local
   * file; anything else is read whole and then as {@link #read(String, byte[], ReadOptions,
   * Consumer)} (JSON Lines whatever its size, other formats only up to the bytes a document of
   * {@code opts.maxChars()} characters can take). The caller closes {@code in}.
   */
  public static Counts read(
      String sourceName, InputStream in, ReadOptions opts, Consumer<ReadOutcome> sink) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(opts, "opts");
    Objects.requireNonNull(sink, "sink");
    try {
      BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
      buffered.mark(SNIFF);
      byte[] head = buffered.readNBytes(SNIFF);
      buffered.reset();
      if (DocumentReaders.isWarc(head)) {
        return WarcReader.read(sourceName, DocumentReaders.fileName(sourceName), buffered, opts, sink);
      }
      String start = new String(head, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
      long limit = start.startsWith("{") ? MAX_BYTES
          : Math.min(MAX_BYTES, opts.maxChars() > (Long.MAX_VALUE - 3) / 3 ? Long.MAX_VALUE : opts.maxChars() * 3 + 3);
      byte[] bytes = buffered.readNBytes((int) Math.min(limit + 1, MAX_BYTES));
      if (bytes.length > limit) {
        return failed(sourceName, "document too large: over " + limit + " bytes, limit " + opts.maxChars()
            + " characters (use --max-chars)", sink);
      }
      return read(sourceName, bytes, opts, sink);
    } catch (IOException e) {
      return failed(sourceName, "cannot read: " + ReadProblem.oneLine(String.valueOf(e.getMessage())), sink);
    }
  }

  /**
   * Line {@code number} of the JSON Lines file {@code file} when the line is read apart from its
   * file (a split of a large file on a cluster): the outcome reading the whole file gives for that
   * line, with the source {@code FILE:NUMBER} and, without an {@code id}, the id {@code
   * NAME:NUMBER}. Only the warning about an id repeated on another line needs the whole file.
   */
  public static ReadOutcome jsonLine(String file, long number, String line, ReadOptions opts) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(opts, "opts");
    try {
      // the checks a file's bytes get (binary content, UTF-16, a byte-order mark)
      String text = TextDecoding.decode(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return JsonLinesReader.line(file, DocumentReaders.fileName(file), number, text, opts);
    } catch (ReadProblem p) {
      return new ReadOutcome.Failed(file + ":" + number, p.getMessage());
    } catch (RuntimeException e) {
      return new ReadOutcome.Failed(file + ":" + number, DocumentReaders.unexpected(e));
    }
  }

  /** The most bytes read into one array (Java arrays are limited to about 2 GiB). */
  private static final int MAX_BYTES = Integer.MAX_VALUE - 16;

  /** Whether the file is a WARC archive, plain or gzipped (read from its first bytes). */
  static boolean isWarc(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(SNIFF);
      return DocumentReaders.isWarc(head) || isGzippedWarc(file, head);
    } catch (IOException | SecurityException e) {
      return false; // the ordinary reader reports the problem
    }
  }

  private static boolean isGzippedWarc(Path file, byte[] head) throws IOException {
    if (head.length < 2 || head[0] != (byte) 0x1f || head[1] != (byte) 0x8b) {
      return false;
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return DocumentReaders.isWarc(in.readNBytes(16));
    } catch (IOException e) {
      return false;
    }
  }

  private static Counts handOn(Iterable<ReadOutcome> outcomes, Consumer<ReadOutcome> sink) {
    int ok = 0;
    int failed = 0;
    for (ReadOutcome o : outcomes) {
      if (o instanceof ReadOutcome.Ok) {
        ok++;
      } else {
        failed++;
      }
      sink.accept(o);
    }
    return new Counts(ok, failed, 0);
  }

  private static Counts failed(String source, String problem, Consumer<ReadOutcome> sink) {
    sink.accept(new ReadOutcome.Failed(source, problem));
    return new Counts(0, 1, 0);
  }
}
