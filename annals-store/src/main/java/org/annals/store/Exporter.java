package org.annals.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes the events of a query to a file (see {@link ExportFormat}), a page of events at a time so
 * that memory does not grow with the database.
 */
final class Exporter {

  private static final int PAGE = 1000;

  private final Queries queries;

  Exporter(Queries queries) {
    this.queries = queries;
  }

  long export(EventQuery query, ExportFormat format, Path out) {
    try {
      return switch (format) {
        case CSV -> csv(query, out);
        case JSONL -> jsonl(query, out);
        case GRAPHML -> graphml(query, out);
        case PARQUET -> parquet(query, out);
      };
    } catch (IOException e) {
      throw new StoreException("cannot write " + out + ": " + e.getMessage(), e);
    } catch (java.io.UncheckedIOException e) {
      throw new StoreException("cannot write " + out + ": " + e.getCause().getMessage(), e);
    }
  }

  /** Calls {@code each} on every event of {@code query} (ignoring its limit and offset), by date. */
  private long forEach(EventQuery query, Consumer<EventSummary> each) {
    long n = 0;
    int offset = 0;
    while (true) {
      List<EventSummary> page = queries.events(query.withLimit(PAGE).withOffset(offset));
      page.forEach(each);
      n += page.size();
      if (page.size() < PAGE) {
        return n;
      }
      offset += PAGE;
    }
  }

  private long csv(EventQuery query, Path out) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write(StoreCsv.header());
      w.write("\n");
      return forEach(query, e -> line(w, StoreCsv.row(e)));
    }
  }

  private long jsonl(EventQuery query, Path out) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      return forEach(query, e -> line(w, StoreJson.write(
          StoreJson.eventDetail(queries.event(e.id()).orElseThrow()), false)));
    }
  }

  private long graphml(EventQuery query, Path out) throws IOException {
    Map<Long, ActorRef> nodes = new LinkedHashMap<>();
    StringBuilder edges = new StringBuilder();
    long n = forEach(query, e -> {
      e.source().forEach(a -> nodes.putIfAbsent(a.id(), a));
      e.target().forEach(a -> nodes.putIfAbsent(a.id(), a));
      for (ActorRef s : e.source()) {
        for (ActorRef t : e.target()) {
          edges.append("    <edge id=\"v").append(e.id()).append('_').append(s.id()).append('_').append(t.id())
              .append("\" source=\"a").append(s.id()).append("\" target=\"a").append(t.id()).append("\">\n")
              .append(data("type", e.type())).append(data("cameo", e.cameo()))
              .append(data("date", e.dateValue())).append(data("goldstein", Double.toString(e.goldstein())))
              .append(data("quadClass", Integer.toString(e.quadClass()))).append(data("status", e.status()))
              .append(data("reports", Integer.toString(e.reports()))).append(data("eventId", Long.toString(e.id())))
              .append("    </edge>\n");
        }
      }
    });
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      w.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
      for (String[] k : new String[][] {
          {"label", "node", "string"}, {"kind", "node", "string"}, {"country", "node", "string"},
          {"sector", "node", "string"}, {"type", "edge", "string"}, {"cameo", "edge", "string"},
          {"date", "edge", "string"}, {"goldstein", "edge", "double"}, {"quadClass", "edge", "int"},
          {"status", "edge", "string"}, {"reports", "edge", "int"}, {"eventId", "edge", "long"}}) {
        w.write("  <key id=\"" + k[0] + "\" for=\"" + k[1] + "\" attr.name=\"" + k[0] + "\" attr.type=\"" + k[2]
            + "\"/>\n");
      }
      w.write("  <graph id=\"annals\" edgedefault=\"directed\">\n");
      for (ActorRef a : nodes.values()) {
        w.write("    <node id=\"a" + a.id() + "\">\n" + data("label", a.name()) + data("kind", a.kind())
            + data("country", a.country().orElse("")) + data("sector", a.sector().orElse("")) + "    </node>\n");
      }
      w.write(edges.toString());
      w.write("  </graph>\n</graphml>\n");
    }
    return n;
  }

  private static String data(String key, String value) {
    return "      <data key=\"" + key + "\">" + xml(value) + "</data>\n";
  }

  static String xml(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /**
   * Parquet through an in-memory DuckDB (whatever the backend): the CSV columns are loaded into a
   * table with bound parameters, then DuckDB's {@code COPY … (FORMAT PARQUET)} writes the file. The
   * file name is the one value that cannot be a parameter of COPY; it is quoted as a SQL string.
   */
  private long parquet(EventQuery query, Path out) throws IOException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      StringBuilder create = new StringBuilder("CREATE TABLE events (");
      for (int i = 0; i < StoreCsv.COLUMNS.size(); i++) {
        String col = StoreCsv.COLUMNS.get(i);
        String type = switch (col) {
          case "event_id", "reports", "sources", "quad_class" -> "BIGINT";
          case "goldstein" -> "DOUBLE";
          case "date_earliest", "date_latest" -> "DATE";
          default -> "VARCHAR";
        };
        create.append(i == 0 ? "" : ", ").append(col).append(' ').append(type);
      }
      try (var st = c.createStatement()) {
        st.execute(create.append(")").toString());
      }
      c.setAutoCommit(false);
      long n;
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO events VALUES (" + Queries.marks(StoreCsv.COLUMNS.size()) + ")")) {
        n = forEach(query, e -> {
          try {
            List<String> v = StoreCsv.values(e);
            for (int i = 0; i < v.size(); i++) {
              String col = StoreCsv.COLUMNS.get(i);
              String x = v.get(i);
              if (x.isEmpty() && !col.endsWith("name") && !col.startsWith("evidence")) {
                ps.setNull(i + 1, java.sql.Types.VARCHAR);
              } else {
                ps.setString(i + 1, x);
              }
            }
            ps.executeUpdate();
          } catch (SQLException ex) {
            throw new StoreException("cannot write parquet row: " + Sql.oneLine(ex.getMessage()), ex);
          }
        });
      }
      c.commit();
      Path target = out.toAbsolutePath();
      try (var st = c.createStatement()) {
        st.execute("COPY events TO '" + target.toString().replace("'", "''") + "' (FORMAT PARQUET)");
      }
      return n;
    } catch (SQLException e) {
      throw new StoreException("cannot write " + out + ": " + Sql.oneLine(e.getMessage()), e);
    }
  }

  private static void line(BufferedWriter w, String s) {
    try {
      w.write(s);
      w.write("\n");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
