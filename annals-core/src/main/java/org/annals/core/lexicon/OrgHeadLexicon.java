package org.annals.core.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.model.EntityKind;

/**
 * Organisation head phrases from {@code org-heads.tsv}: the last words of an organisation mention
 * ("the Israeli <b>Air Force</b>", "Morocco's <b>defence ministry</b>") and their PLOVER sector.
 *
 * <p>The caller finds the country from the modifier ("Israeli", "Morocco's", "of Morocco") with
 * {@link CountryLexicon}; rows with {@link OrgHead#countryNeeded()} must get one, from the text
 * or from its context, rows with {@link OrgHead#alone()} are actors even without a modifier. Immutable and thread-safe.
 */
public final class OrgHeadLexicon {

  public static final String RESOURCE = "/org/annals/core/lexicon/org-heads.tsv";

  static final String[] COLUMNS = {"id", "phrase", "sector", "kind", "country_needed", "country", "alone"};

  private final LexiconSource source;
  private final List<OrgHead> all;
  private final Map<String, OrgHead> byPhrase;
  private final int maxWords;

  private static final class Holder {
    static final OrgHeadLexicon STANDARD = load(RESOURCE, CountryLexicon.standard());
  }

  public static OrgHeadLexicon standard() {
    return Holder.STANDARD;
  }

  /**
   * @param countries used to check the fixed {@code country} column
   * @throws LexiconException {@code file:line: reason} on any malformed row
   */
  public static OrgHeadLexicon load(String resourcePath, CountryLexicon countries) {
    return new OrgHeadLexicon(TsvTable.load(resourcePath), countries);
  }

  private OrgHeadLexicon(TsvTable table, CountryLexicon countries) {
    table.requireColumns(COLUMNS);
    this.source = LexiconSource.of(table);
    List<OrgHead> rows = new ArrayList<>();
    Map<String, OrgHead> phrases = new HashMap<>();
    int max = 0;
    for (TsvTable.Row row : table.rows()) {
      String phrase = Cells.phrase(row, "phrase", row.get("phrase"));
      String sector = Sectors.require(row, "sector");
      String kind = row.get("kind");
      if (!kind.equals("ORGANIZATION")) {
        throw row.fail("kind must be ORGANIZATION, found '" + kind + "'");
      }
      boolean needed = Cells.yesNo(row, "country_needed");
      Optional<String> country = row.opt("country");
      if (country.isPresent()) {
        if (countries.byAlpha3(country.get()).isEmpty()) {
          throw row.fail("country '" + country.get() + "' is not in " + countries.source().file());
        }
        if (needed) {
          throw row.fail("a fixed country needs country_needed=no");
        }
      }
      boolean alone = Cells.yesNo(row, "alone");
      if (alone && country.isPresent()) {
        throw row.fail("alone=yes is for heads with no fixed country");
      }
      OrgHead head = new OrgHead(phrase, sector, EntityKind.ORGANIZATION, needed, country, alone, row.id());
      OrgHead prev = phrases.putIfAbsent(phrase, head);
      if (prev != null) {
        throw row.fail("phrase '" + phrase + "' already in row " + prev.rowId());
      }
      rows.add(head);
      max = Math.max(max, head.words());
    }
    this.all = List.copyOf(rows);
    this.byPhrase = Map.copyOf(phrases);
    this.maxWords = max;
  }

  /**
   * The longest lexicon phrase the word list ends with: ["israeli", "air", "force"] → "air force";
   * ["royal", "moroccan", "armed", "forces"] → "armed forces". Words are compared lower-cased.
   */
  public Optional<OrgHead> longestHeadAtEnd(List<String> lowercaseWords) {
    int n = lowercaseWords.size();
    for (int k = Math.min(n, maxWords); k >= 1; k--) {
      OrgHead h = byPhrase.get(Surface.joinWords(lowercaseWords.subList(n - k, n)));
      if (h != null) {
        return Optional.of(h);
      }
    }
    return Optional.empty();
  }

  /** The row whose phrase is exactly this name ("the Pentagon" → pentagon), case and article ignored. */
  public Optional<OrgHead> byName(String name) {
    return Optional.ofNullable(byPhrase.get(Surface.phraseKey(name)));
  }

  public List<OrgHead> all() {
    return all;
  }

  public LexiconSource source() {
    return source;
  }
}
