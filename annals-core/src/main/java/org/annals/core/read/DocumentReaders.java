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
import java.util.Optional;

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
    TEXT,
    /** A web page (HTML or XHTML). */
    HTML,
    /** An RSS or Atom feed: one document per item. */
    FEED,
    /** A WARC archive, plain or gzipped: one document per HTML response record. */
    WARC
  }

  /** Root elements of feeds: RSS 0.9x/2.0, Atom, RSS 1.0 (RDF). */
  private static final java.util.Set<String> FEED_ROOTS = java.util.Set.of("rss", "feed", "rdf:rdf");

  /** Root elements that make a page HTML (a saved page may lack html/head/body). */
  private static final java.util.Set<String> HTML_ROOTS =
      java.util.Set.of(
          "html", "head", "body", "meta", "link", "title", "div", "p", "article", "section", "main",
          "header", "nav", "script", "style", "span", "a", "h1", "h2", "table", "base");

  private static final java.util.regex.Pattern FIRST_ELEMENT =
      java.util.regex.Pattern.compile("<([A-Za-z][A-Za-z0-9:._-]*)");

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
    if (!Files.isDirectory(file) && Sources.isWarc(file)) {
      List<ReadOutcome> outcomes = new java.util.ArrayList<>();
      Sources.read(file, opts, outcomes::add);
      return List.copyOf(outcomes);
    }
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
    if (isWarc(bytes)) {
      List<ReadOutcome> outcomes = new java.util.ArrayList<>();
      WarcReader.read(sourceName, fileName, new java.io.ByteArrayInputStream(bytes), opts, outcomes::add);
      return List.copyOf(outcomes);
    }
    try {
      if (bytes.length == 0) {
        throw new ReadProblem("empty document");
      }
      Format markup = markupFormat(bytes);
      if (markup == Format.HTML || markup == Format.FEED) {
        if (TextDecoding.isBinary(bytes)) {
          throw new ReadProblem("binary content, not text");
        }
        if (markup == Format.HTML) {
          return List.of(HtmlReader.read(sourceName, fileName, bytes, Optional.empty(), Optional.empty(), opts));
        }
        List<ReadOutcome> outcomes = new java.util.ArrayList<>();
        FeedReader.read(sourceName, fileName, bytes, opts, outcomes::add);
        return List.copyOf(outcomes);
      }
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
      return failed(sourceName, unexpected(e));
    }
  }

  /**
   * Whether {@code bytes} start a WARC archive: {@code WARC/} at the start, or a gzip member whose
   * content starts so.
   */
  public static boolean isWarc(byte[] bytes) {
    if (startsWithWarc(bytes)) {
      return true;
    }
    if (bytes.length < 2 || bytes[0] != (byte) 0x1f || bytes[1] != (byte) 0x8b) {
      return false;
    }
    try (InputStream in =
        new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
      return startsWithWarc(in.readNBytes(16));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean startsWithWarc(byte[] bytes) {
    return bytes.length >= 5
        && bytes[0] == 'W'
        && bytes[1] == 'A'
        && bytes[2] == 'R'
        && bytes[3] == 'C'
        && bytes[4] == '/';
  }

  /**
   * HTML or FEED when the start of {@code bytes}, read as ASCII, is such markup (before decoding:
   * pages and feeds declare their own charset); otherwise TEXT, decided after decoding.
   */
  private static Format markupFormat(byte[] bytes) {
    int start = TextDecoding.hasUtf8Bom(bytes) ? 3 : 0;
    int n = Math.min(bytes.length - start, TextDecoding.SNIFF_BYTES);
    String head = new String(bytes, start, Math.max(0, n), StandardCharsets.ISO_8859_1);
    Format f = detect(head);
    return f == Format.HTML || f == Format.FEED ? f : Format.TEXT;
  }

  /**
   * The format of decoded text (or of its first few kilobytes): JSON Lines when the first
   * non-blank character is <code>{</code>; WARC when it starts with {@code WARC/}; when it starts
   * with {@code <}: TimeML if it contains {@code <TimeML}, a feed if the first element is {@code
   * rss}, {@code feed} or {@code rdf:RDF}, HTML if it has an HTML doctype or its first element is
   * an HTML element ({@code html}, {@code head}, {@code body}, {@code div} ...), else TimeML when
   * it starts with {@code <?xml} (the TimeML reader reports what is wrong); otherwise text (the
   * seed format or plain text).
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
    if (text.startsWith("WARC/", i)) {
      return Format.WARC;
    }
    if (first != '<') {
      return Format.TEXT;
    }
    if (text.contains("<TimeML")) {
      return Format.TIMEML;
    }
    String head = text.substring(i, Math.min(text.length(), i + TextDecoding.SNIFF_BYTES));
    String lower = head.toLowerCase(java.util.Locale.ROOT);
    java.util.regex.Matcher m = FIRST_ELEMENT.matcher(head);
    String root = m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : "";
    if (FEED_ROOTS.contains(root)) {
      return Format.FEED;
    }
    if (lower.contains("<!doctype html") || HTML_ROOTS.contains(root)) {
      return Format.HTML;
    }
    if (text.startsWith("<?xml", i)) {
      return Format.TIMEML;
    }
    return Format.TEXT;
  }

  private static List<ReadOutcome> failed(String source, String problem) {
    return List.of(new ReadOutcome.Failed(source, problem));
  }

  /** The one-line message of a reader's unexpected failure (the safety net around every reader). */
  static String unexpected(RuntimeException e) {
    return "unexpected error while reading ("
        + e.getClass().getSimpleName()
        + ": "
        + ReadProblem.oneLine(e.getMessage())
        + ")";
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
