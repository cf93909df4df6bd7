package org.annals.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads articles from files or bytes into {@link org.annals.model.Document}s, detecting the format
 * from the content. See the package documentation for the formats and failure messages. Stateless
 * and thread-safe; no method throws for bad input, each problem is a {@link ReadOutcome.Failed}.
 */
public final class DocumentReaders {

  /** The formats told apart by {@link #detect(String)}. */
  public enum Format {
    /** One JSON article object a line. */
    JSON_LINES,
    /** TempEval-style TimeML XML. */
    TIMEML,
    /** Plain text, with or without the seed's {@code date YYYY-MM-DD title} line. */
    TEXT
  }

  /** The most bytes a file may have (Java arrays are limited to about 2 GiB). */
  private static final long MAX_FILE_BYTES = Integer.MAX_VALUE - 16L;

  private DocumentReaders() {}

  /**
   * Reads a file. The source is {@code file.toString()} (the path as given), the id its file name.
   *
   * @return one outcome, or one per non-blank line for JSON Lines; never empty
   */
  public static List<ReadOutcome> read(Path file, ReadOptions opts) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(opts, "opts");
    String source = file.toString();
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        return failed(source, "cannot read: is a directory");
      }
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES || (size > maxBytes(opts) && !startsLikeJson(file))) {
        return failed(
            source,
            "document too large: "
                + size
                + " bytes, limit "
                + opts.maxChars()
                + " characters (use --max-chars)");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return failed(source, "cannot read: no such file");
    } catch (AccessDeniedException e) {
      return failed(source, "cannot read: permission denied");
    } catch (FileSystemException e) {
      String reason = e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
      return failed(source, "cannot read: " + ReadProblem.oneLine(reason));
    } catch (IOException | SecurityException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return failed(source, "cannot read: " + ReadProblem.oneLine(reason));
    }
    return read(source, bytes, opts);
  }

  /**
   * Reads bytes that came from {@code sourceName} (a path, URL or label such as {@code -}); the
   * document id is the part of {@code sourceName} after its last {@code /} or {@code \}.
   *
   * @return one outcome, or one per non-blank line for JSON Lines; never empty
   */
  public static List<ReadOutcome> read(String sourceName, byte[] bytes, ReadOptions opts) {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(opts, "opts");
    if (sourceName.isBlank()) {
      throw new IllegalArgumentException("sourceName is blank");
    }
    String fileName = fileName(sourceName);
    try {
      String text = TextDecoding.decode(bytes);
      Format format = detect(text);
      if (format == Format.JSON_LINES) {
        return JsonLinesReader.read(sourceName, fileName, text, opts);
      }
      if (text.length() > opts.maxChars()) {
        throw ReadProblem.tooLarge(text.length(), opts.maxChars());
      }
      if (JsonLinesReader.isJsonArray(text)) {
        throw new ReadProblem("a JSON array, not JSON Lines: write one article object per line");
      }
      ReadOutcome outcome =
          format == Format.TIMEML
              ? TimeMlReader.read(sourceName, fileName, text, opts)
              : PlainTextReader.read(sourceName, fileName, text, opts);
      return List.of(outcome);
    } catch (ReadProblem p) {
      return failed(sourceName, p.getMessage());
    } catch (RuntimeException e) {
      // a safety net: one bad input must not end a batch with a stack trace
      return failed(
          sourceName,
          "unexpected error while reading ("
              + e.getClass().getSimpleName()
              + ": "
              + ReadProblem.oneLine(e.getMessage())
              + ")");
    }
  }

  /**
   * The format of decoded text: JSON Lines when the first non-blank character is <code>{</code>;
   * TimeML when it starts with {@code <?xml}, or starts with {@code <} and contains {@code
   * <TimeML}; otherwise text (the seed format or plain text).
   */
  public static Format detect(String text) {
    int i = 0;
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      i++;
    }
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return Format.TEXT;
    }
    char first = text.charAt(i);
    if (first == '{') {
      return Format.JSON_LINES;
    }
    if (text.startsWith("<?xml", i) || (first == '<' && text.contains("<TimeML"))) {
      return Format.TIMEML;
    }
    return Format.TEXT;
  }

  private static List<ReadOutcome> failed(String source, String problem) {
    return List.of(new ReadOutcome.Failed(source, problem));
  }

  /** The part after the last path separator, or the whole name when that is blank. */
  static String fileName(String sourceName) {
    int slash = Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\'));
    String name = sourceName.substring(slash + 1);
    return name.isBlank() ? sourceName : name;
  }

  /**
   * The most bytes a document within the limit can have: UTF-8 takes at most 3 bytes per UTF-16
   * code unit, plus 3 for a byte order mark.
   */
  private static long maxBytes(ReadOptions opts) {
    return opts.maxChars() > (Long.MAX_VALUE - 3) / 3 ? Long.MAX_VALUE : opts.maxChars() * 3 + 3;
  }

  /** Whether the first non-blank byte of the file is <code>{</code> (JSON Lines may be large). */
  private static boolean startsLikeJson(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(TextDecoding.SNIFF_BYTES);
      String start = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
      return start.startsWith("{");
    }
  }
}
