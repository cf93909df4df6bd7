package org.annals.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The few JDBC moves the store makes, with bound parameters only. A parameter is a {@link String},
 * {@link Long}, {@link Integer}, {@link Double}, {@link Boolean}, {@link LocalDate}, or a {@link
 * Null} that names the SQL type of an absent value; an {@link Optional} is unwrapped.
 */
final class Sql {

  /** An absent value of SQL type {@code type} ({@link Types}). */
  record Null(int type) {}

  static final Null NULL_TEXT = new Null(Types.VARCHAR);
  static final Null NULL_DATE = new Null(Types.DATE);
  static final Null NULL_BIGINT = new Null(Types.BIGINT);

  /** Reads one row. */
  @FunctionalInterface
  interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private final Connection c;
  /** Prepared statements by SQL text: planning a statement costs more than running it on DuckDB. */
  private final java.util.Map<String, PreparedStatement> cache = new java.util.HashMap<>();

  Sql(Connection c) {
    this.c = c;
  }

  private PreparedStatement prepare(String sql) throws SQLException {
    PreparedStatement ps = cache.get(sql);
    if (ps == null || ps.isClosed()) {
      if (cache.size() > 500) {
        closeStatements();
      }
      ps = c.prepareStatement(sql);
      cache.put(sql, ps);
    }
    return ps;
  }

  /** Closes the cached statements (before the connection closes). */
  void closeStatements() {
    for (PreparedStatement ps : cache.values()) {
      try {
        ps.close();
      } catch (SQLException ignored) {
        // closing anyway
      }
    }
    cache.clear();
  }

  Connection connection() {
    return c;
  }

  <T> List<T> query(String sql, List<?> params, Row<T> row) {
    try {
      PreparedStatement ps = prepare(sql);
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
          out.add(row.map(rs));
        }
        return out;
      }
    } catch (SQLException e) {
      throw failed(sql, e);
    }
  }

  <T> Optional<T> one(String sql, List<?> params, Row<T> row) {
    List<T> rows = query(sql, params, row);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  long count(String sql, List<?> params) {
    return one(sql, params, rs -> rs.getLong(1)).orElse(0L);
  }

  int update(String sql, Object... params) {
    try {
      PreparedStatement ps = prepare(sql);
      bind(ps, List.of(params));
      int n = ps.executeUpdate();
      return n;
    } catch (SQLException e) {
      throw failed(sql, e);
    }
  }

  void execute(String sql) {
    try (var st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw failed(sql, e);
    }
  }

  static void bind(PreparedStatement ps, List<?> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      Object p = params.get(i);
      if (p instanceof Optional<?> o) {
        p = o.orElse(null);
        if (p == null) {
          throw new IllegalArgumentException("empty Optional parameter " + (i + 1) + ": use a Sql.Null");
        }
      }
      int at = i + 1;
      if (p instanceof Null n) {
        ps.setNull(at, n.type());
      } else if (p instanceof String s) {
        ps.setString(at, s);
      } else if (p instanceof Long l) {
        ps.setLong(at, l);
      } else if (p instanceof Integer n) {
        ps.setInt(at, n);
      } else if (p instanceof Double d) {
        ps.setDouble(at, d);
      } else if (p instanceof Boolean b) {
        ps.setBoolean(at, b);
      } else if (p instanceof LocalDate d) {
        ps.setDate(at, Date.valueOf(d));
      } else {
        throw new IllegalArgumentException("unsupported parameter " + (i + 1) + ": " + p);
      }
    }
  }

  static Object text(Optional<String> s) {
    return s.isPresent() ? s.get() : NULL_TEXT;
  }

  static Object date(Optional<LocalDate> d) {
    return d.isPresent() ? d.get() : NULL_DATE;
  }

  static Object id(Optional<Long> id) {
    return id.isPresent() ? id.get() : NULL_BIGINT;
  }

  static Optional<LocalDate> date(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? Optional.empty() : Optional.of(d.toLocalDate());
  }

  static Optional<String> text(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getString(column));
  }

  static Optional<Long> id(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(v);
  }

  static StoreException failed(String sql, SQLException e) {
    String first = sql.strip().replaceAll("\\s+", " ");
    if (first.length() > 80) {
      first = first.substring(0, 79) + "…";
    }
    return new StoreException("database error: " + oneLine(e.getMessage()) + " (in: " + first + ")", e);
  }

  static String oneLine(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ");
  }
}
