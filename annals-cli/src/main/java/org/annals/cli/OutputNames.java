package org.annals.cli;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names for {@code --out DIR}: the document id (for a file, its name) with its extension
 * replaced by the output format's ({@code seed.txt} to {@code seed.json}, {@code a.tml} to {@code
 * a.tml}). Characters that are unsafe in file names become {@code _}; a name already given in this
 * run gets {@code -2}, {@code -3} ... so that no output overwrites another. Not thread-safe (used
 * on the thread that writes).
 */
final class OutputNames {

  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._+-]");
  private static final Pattern INPUT_EXTENSION =
      Pattern.compile("\\.(txt|text|tml|timeml|xml|json|jsonl|ndjson|md|html?)$", Pattern.CASE_INSENSITIVE);

  private final String extension;
  private final Set<String> given = new HashSet<>();

  OutputNames(String extension) {
    this.extension = extension;
  }

  /** The file name for the document {@code id}, unique among the names given so far. */
  String next(String id) {
    String base = base(id);
    String name = base + extension;
    for (int n = 2; !given.add(name.toLowerCase(Locale.ROOT)); n++) {
      name = base + "-" + n + extension;
    }
    return name;
  }

  static String base(String id) {
    if (id.equals(Inputs.STDIN)) {
      return "stdin";
    }
    String safe = UNSAFE.matcher(id.strip()).replaceAll("_");
    String base = INPUT_EXTENSION.matcher(safe).replaceFirst("");
    if (base.isEmpty() || base.chars().allMatch(c -> c == '.')) {
      return "document";
    }
    return base.startsWith(".") ? "_" + base.substring(1) : base;
  }
}
