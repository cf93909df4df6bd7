package org.annals.core.lexicon;

import java.util.Locale;

/** Cell parsers shared by the lexicon loaders; every failure names {@code file:line}. */
final class Cells {

  private Cells() {}

  static boolean yesNo(TsvTable.Row row, String column) {
    String v = row.get(column);
    return switch (v) {
      case "yes" -> true;
      case "no" -> false;
      default -> throw row.fail("column " + column + " must be yes or no, found '" + v + "'");
    };
  }

  static String required(TsvTable.Row row, String column) {
    return row.opt(column).orElseThrow(() -> row.fail("column " + column + " is blank"));
  }

  /**
   * A lexicon phrase: lower case, single spaces, no leading or trailing blanks, no article.
   */
  static String phrase(TsvTable.Row row, String column, String value) {
    if (value.isEmpty()) {
      throw row.fail("blank phrase in column " + column);
    }
    if (!value.equals(value.toLowerCase(Locale.ROOT))) {
      throw row.fail("phrase '" + value + "' in column " + column + " must be lower case");
    }
    if (!value.equals(value.strip()) || value.contains("  ")) {
      throw row.fail("phrase '" + value + "' in column " + column + " has stray spaces");
    }
    if (value.startsWith("the ") || value.startsWith("a ") || value.startsWith("an ")) {
      throw row.fail("phrase '" + value + "' in column " + column + " must be written without article");
    }
    return value;
  }
}
