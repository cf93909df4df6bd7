package org.annals.store;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;

/** Every row of every table as sorted text lines: two databases with equal dumps hold the same facts. */
final class Dump {

  static final List<String> TABLES = List.of("schema_version", "documents", "entities", "aliases", "titles",
      "doc_entities", "mentions", "events", "event_actors", "event_reports", "quotes", "times");

  private Dump() {}

  static List<String> of(KnowledgeBase kb) {
    Sql sql = ((JdbcKnowledgeBase) kb).sql();
    List<String> lines = new ArrayList<>();
    for (String table : TABLES) {
      List<String> rows = sql.query("SELECT * FROM " + table, List.of(), Dump::row);
      rows.sort(null);
      rows.forEach(r -> lines.add(table + ": " + r));
    }
    return lines;
  }

  private static String row(ResultSet rs) throws java.sql.SQLException {
    ResultSetMetaData md = rs.getMetaData();
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= md.getColumnCount(); i++) {
      Object v = rs.getObject(i);
      sb.append(md.getColumnName(i).toLowerCase(java.util.Locale.ROOT)).append('=');
      if (v instanceof Number n && !(v instanceof Double || v instanceof Float)) {
        sb.append(n.longValue());
      } else if (v instanceof Boolean b) {
        sb.append(b);
      } else if (v != null && md.getColumnTypeName(i).toLowerCase(java.util.Locale.ROOT).contains("date")) {
        sb.append(rs.getDate(i).toLocalDate());
      } else {
        sb.append(v);
      }
      sb.append(" | ");
    }
    return sb.toString();
  }
}
