package org.annals.core.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A versioned, self-describing TSV table loaded from the classpath.
 *
 * <p>Format:
 *
 * <pre>
 * # leading comment lines: source, licence, {@code # version: 1}, column meanings
 * id	col2	col3          &lt;- first non-'#' line: tab-separated column names
 * C0001	a	b             &lt;- rows; first cell is a stable, unique, non-blank row id
 * </pre>
 *
 * Blank lines and later {@code #} lines are skipped. Every row must have exactly as many cells as
 * there are columns (trailing empty cells must still be written as tabs). Cells are trimmed. Any
 * violation fails fast with a {@link LexiconException} whose message is {@code file:line: reason}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TsvTable {

  private static final Pattern VERSION = Pattern.compile("^#\\s*version\\s*:\\s*(\\S.*?)\\s*$");

  private final String name;
  private final List<String> columns;
  private final List<Row> rows;
  private final String sha256;
  private final String version;
  private final int columnLine;

  private TsvTable(
      String name,
      List<String> columns,
      int columnLine,
      List<Row> rows,
      String sha256,
      String version) {
    this.name = name;
    this.columnLine = columnLine;
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
    this.sha256 = sha256;
    this.version = version;
  }

  /**
   * Loads and validates a table from the classpath.
   *
   * @param resourcePath absolute classpath path, e.g. {@code "/org/annals/core/lexicon/countries.tsv"}
   * @throws LexiconException if the resource is missing or malformed
   */
  public static TsvTable load(String resourcePath) {
    // a table is immutable: each lexicon file is read, validated and hashed once per JVM, however many
    // loaders, pipelines and provenance records ask for it (a failed load is not cached)
    return CACHE.computeIfAbsent(resourcePath, TsvTable::read);
  }

  /**
   * Loads and validates a table from a file (a user's own dictionary); messages name the file as given.
   * Not cached: the file may change between runs of a long-lived process.
   *
   * @throws LexiconException if the file is missing, unreadable or malformed
   */
  public static TsvTable loadFile(java.nio.file.Path file) {
    String name = file.toString();
    byte[] bytes;
    try {
      bytes = java.nio.file.Files.readAllBytes(file);
    } catch (java.nio.file.NoSuchFileException e) {
      throw LexiconException.at(name, 0, "no such file");
    } catch (IOException e) {
      throw LexiconException.at(name, 0, "cannot read: " + e.getMessage());
    }
    return parse(name, bytes);
  }

  private static final java.util.concurrent.ConcurrentHashMap<String, TsvTable> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static TsvTable read(String resourcePath) {
    String name = resourcePath;
    byte[] bytes;
    try (InputStream in = TsvTable.class.getResourceAsStream(resourcePath)) {
      if (in == null) {
        throw LexiconException.at(name, 0, "missing file (classpath resource not found)");
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new LexiconException(name + ":0: cannot read: " + e.getMessage(), e);
    }
    return parse(name, bytes);
  }

  /** Parses table bytes; {@code name} is used in messages. Package-private for tests. */
  static TsvTable parse(String name, byte[] bytes) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw LexiconException.at(name, 0, "not valid UTF-8");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] lines = text.split("\r?\n", -1);
    String version = null;
    List<String> columns = null;
    List<Row> rows = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int i = 0;
    // header comment
    for (; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("#")) {
        Matcher m = VERSION.matcher(line);
        if (m.matches()) {
          if (version != null) {
            throw LexiconException.at(name, i + 1, "duplicate version header");
          }
          version = m.group(1);
        }
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      break;
    }
    if (version == null) {
      throw LexiconException.at(name, 0, "missing '# version: X' header line");
    }
    if (i >= lines.length) {
      throw LexiconException.at(name, i, "missing column-name line");
    }
    int columnLine = i + 1;
    columns = new ArrayList<>();
    Set<String> seenCols = new HashSet<>();
    for (String c : lines[i].split("\t", -1)) {
      String col = c.trim();
      if (col.isEmpty()) {
        throw LexiconException.at(name, i + 1, "blank column name");
      }
      if (!seenCols.add(col)) {
        throw LexiconException.at(name, i + 1, "duplicate column name '" + col + "'");
      }
      columns.add(col);
    }
    i++;
    for (; i < lines.length; i++) {
      String line = lines[i];
      int lineNo = i + 1;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != columns.size()) {
        throw LexiconException.at(
            name,
            lineNo,
            "wrong number of cells: expected " + columns.size() + ", found " + cells.length);
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (int c = 0; c < cells.length; c++) {
        values.put(columns.get(c), cells[c].trim());
      }
      String id = cells[0].trim();
      if (id.isEmpty()) {
        throw LexiconException.at(name, lineNo, "blank id");
      }
      if (!ids.add(id)) {
        throw LexiconException.at(name, lineNo, "duplicate id '" + id + "'");
      }
      rows.add(new Row(name, lineNo, values));
    }
    return new TsvTable(name, columns, columnLine, rows, sha256Hex(bytes), version);
  }

  private static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** The resource path the table was loaded from; used as the {@code file} in messages. */
  public String name() {
    return name;
  }

  public List<String> columns() {
    return columns;
  }

  public List<Row> rows() {
    return rows;
  }

  /** Lower-case hex SHA-256 of the file bytes, for provenance. */
  public String sha256() {
    return sha256;
  }

  /** The value of the {@code # version: X} header line. */
  public String version() {
    return version;
  }

  /**
   * Fails unless the table has exactly these columns in this order, naming the column line.
   *
   * @throws LexiconException {@code file:line: reason}
   */
  public TsvTable requireColumns(String... expected) {
    if (!columns.equals(Arrays.asList(expected))) {
      throw LexiconException.at(
          name, columnLine, "expected columns " + Arrays.asList(expected) + ", found " + columns);
    }
    return this;
  }

  @Override
  public String toString() {
    return "TsvTable[" + name + " v" + version + ", " + rows.size() + " rows]";
  }

  /**
   * One data row. {@code values} maps every column name to its trimmed cell (possibly empty).
   *
   * @param file the table name, for messages
   * @param line 1-based line number in the file
   */
  public record Row(String file, int line, Map<String, String> values) {

    public Row {
      if (values.isEmpty()) {
        throw LexiconException.at(file, line, "row has no cells");
      }
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The stable row id (the first column). */
    public String id() {
      return values.values().iterator().next();
    }

    /**
     * The cell of {@code col}, possibly empty.
     *
     * @throws LexiconException if the table has no such column
     */
    public String get(String col) {
      String v = values.get(col);
      if (v == null) {
        throw fail("unknown column '" + col + "' (have " + values.keySet() + ")");
      }
      return v;
    }

    /** The cell of {@code col}, empty if blank. */
    public Optional<String> opt(String col) {
      String v = get(col);
      return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** The cell of {@code col} split on {@code |}, trimmed, blanks dropped. */
    public List<String> list(String col) {
      String v = get(col);
      if (v.isEmpty()) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (String part : v.split("\\|", -1)) {
        String p = part.trim();
        if (!p.isEmpty()) {
          out.add(p);
        }
      }
      return List.copyOf(out);
    }

    /** A {@link LexiconException} naming this row's place: {@code file:line: reason}. */
    public LexiconException fail(String reason) {
      return LexiconException.at(file, line, reason);
    }
  }
}
