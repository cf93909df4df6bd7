package org.annals.core.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.model.EntityKind;

/**
 * Generic country and group descriptions from {@code descriptors.tsv}, and the check whether a
 * country fits one ("the kingdom" fits Morocco, not Israel).
 *
 * <p>Constraints are validated at load against {@link Regions#ALL} and the country table. Immutable
 * and thread-safe.
 */
public final class DescriptorLexicon {

  public static final String RESOURCE = "/org/annals/core/lexicon/descriptors.tsv";

  static final String[] COLUMNS = {"id", "pattern", "constraint", "kind", "size"};

  private final LexiconSource source;
  private final List<Descriptor> all;
  private final Map<String, Descriptor> byPattern;
  private final int maxPatternWords;

  private static final class Holder {
    static final DescriptorLexicon STANDARD = load(RESOURCE, CountryLexicon.standard());
  }

  public static DescriptorLexicon standard() {
    return Holder.STANDARD;
  }

  /**
   * @param countries used to check {@code alpha3:} constraints name real rows
   * @throws LexiconException {@code file:line: reason} on any malformed row
   */
  public static DescriptorLexicon load(String resourcePath, CountryLexicon countries) {
    return new DescriptorLexicon(TsvTable.load(resourcePath), countries);
  }

  private DescriptorLexicon(TsvTable table, CountryLexicon countries) {
    table.requireColumns(COLUMNS);
    this.source = LexiconSource.of(table);
    List<Descriptor> rows = new ArrayList<>();
    Map<String, Descriptor> patterns = new HashMap<>();
    int maxWords = 0;
    for (TsvTable.Row row : table.rows()) {
      List<String> pats = row.list("pattern");
      if (pats.isEmpty()) {
        throw row.fail("blank pattern");
      }
      EntityKind kind;
      String k = row.get("kind");
      switch (k) {
        case "COUNTRY" -> kind = EntityKind.COUNTRY;
        case "GROUP" -> kind = EntityKind.GROUP;
        default -> throw row.fail("kind must be COUNTRY or GROUP, found '" + k + "'");
      }
      int size = parseSize(row, kind);
      String constraint = row.get("constraint");
      Descriptor d = new Descriptor(pats, kind, constraint, parseConstraint(row, constraint, countries), size, row.id());
      rows.add(d);
      for (String p : pats) {
        Cells.phrase(row, "pattern", p);
        Descriptor prev = patterns.putIfAbsent(p, d);
        if (prev != null) {
          throw row.fail("pattern '" + p + "' already in row " + prev.rowId());
        }
        maxWords = Math.max(maxWords, Surface.words(p));
      }
    }
    this.all = List.copyOf(rows);
    this.byPattern = Map.copyOf(patterns);
    this.maxPatternWords = maxWords;
  }

  private static int parseSize(TsvTable.Row row, EntityKind kind) {
    String s = row.get("size");
    if (kind == EntityKind.COUNTRY) {
      if (!s.isEmpty()) {
        throw row.fail("size must be empty for a COUNTRY descriptor, found '" + s + "'");
      }
      return 1;
    }
    if (s.equals("any")) {
      return Descriptor.ANY_SIZE;
    }
    if (!s.matches("[1-9][0-9]?")) {
      throw row.fail("size of a GROUP descriptor must be a number 2.. or 'any', found '" + s + "'");
    }
    int n = Integer.parseInt(s);
    if (n < 2) {
      throw row.fail("a GROUP has at least 2 members, found size " + n);
    }
    return n;
  }

  private static List<Descriptor.Condition> parseConstraint(
      TsvTable.Row row, String constraint, CountryLexicon countries) {
    List<Descriptor.Condition> out = new ArrayList<>();
    if (constraint.isEmpty()) {
      return out;
    }
    for (String part : constraint.split(";", -1)) {
      int colon = part.indexOf(':');
      if (colon <= 0 || colon == part.length() - 1) {
        throw row.fail("constraint part '" + part + "' is not key:value[,value…]");
      }
      String key = part.substring(0, colon).strip();
      Set<String> values = new LinkedHashSet<>();
      for (String v : part.substring(colon + 1).split(",", -1)) {
        String value = v.strip();
        switch (key) {
          case "region" -> {
            if (!Regions.isValid(value)) {
              throw row.fail("unknown region code '" + value + "' in constraint");
            }
          }
          case "monarchy" -> {
            if (!value.equals("yes") && !value.equals("no")) {
              throw row.fail("monarchy constraint must be yes or no, found '" + value + "'");
            }
          }
          case "alpha3" -> {
            if (countries.byAlpha3(value).isEmpty()) {
              throw row.fail("alpha3 '" + value + "' in constraint is not in " + countries.source().file());
            }
          }
          default -> throw row.fail("unknown constraint key '" + key + "' (region, monarchy, alpha3)");
        }
        values.add(value);
      }
      out.add(new Descriptor.Condition(key, values));
    }
    return out;
  }

  /**
   * The descriptor whose pattern is exactly this phrase ("north african country", "two countries").
   * The phrase is lower-cased and a leading article is dropped; adjectives are not: see
   * {@link #longestSuffix}.
   */
  public Optional<Descriptor> match(String lowercasePhraseWithoutArticle) {
    return Optional.ofNullable(byPattern.get(Surface.phraseKey(lowercasePhraseWithoutArticle)));
  }

  /**
   * The descriptor with the longest pattern that the word list ends with: ["oil-rich", "gulf",
   * "state"] → "gulf state". Words are compared lower-cased.
   */
  public Optional<Descriptor> longestSuffix(List<String> words) {
    int n = words.size();
    for (int k = Math.min(n, maxPatternWords); k >= 1; k--) {
      Descriptor d = byPattern.get(Surface.joinWords(words.subList(n - k, n)));
      if (d != null) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** Whether the country satisfies every condition of the descriptor's constraint. */
  public boolean accepts(Descriptor descriptor, Country country) {
    for (Descriptor.Condition c : descriptor.conditions()) {
      if (!c.test(country)) {
        return false;
      }
    }
    return true;
  }

  public List<Descriptor> all() {
    return all;
  }

  public LexiconSource source() {
    return source;
  }
}
