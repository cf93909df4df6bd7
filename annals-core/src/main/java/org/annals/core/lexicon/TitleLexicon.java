package org.annals.core.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Person titles, ranks and role nouns from {@code titles.tsv}.
 *
 * <p>"Former" markers are not part of titles: callers drop them with {@link #isFormerMarker} (a
 * separate word: "former", "ex", "then", "late" …) or {@link #stripFormerPrefix} (a prefix glued to
 * the title word: "then-defense", "ex-president") and record the title as former. Immutable and
 * thread-safe.
 */
public final class TitleLexicon {

  public static final String RESOURCE = "/org/annals/core/lexicon/titles.tsv";

  static final String[] COLUMNS = {"id", "phrase", "sector", "rank"};

  /**
   * Words that mark the following title as no longer held. "late" (deceased) and "retired" count;
   * "outgoing" does not (still in office).
   */
  private static final Set<String> FORMER =
      Set.of(
          "former", "ex", "ex-", "then", "then-", "erstwhile", "onetime", "one-time", "late",
          "retired", "previous", "ousted", "deposed");

  private static final String[] FORMER_PREFIXES = {"then-", "ex-"};

  private final LexiconSource source;
  private final List<Title> all;
  private final Map<String, Title> byPhrase;
  private final int maxWords;

  private static final class Holder {
    static final TitleLexicon STANDARD = load(RESOURCE);
  }

  public static TitleLexicon standard() {
    return Holder.STANDARD;
  }

  /** @throws LexiconException {@code file:line: reason} on any malformed row */
  public static TitleLexicon load(String resourcePath) {
    return new TitleLexicon(TsvTable.load(resourcePath));
  }

  private TitleLexicon(TsvTable table) {
    table.requireColumns(COLUMNS);
    this.source = LexiconSource.of(table);
    List<Title> rows = new ArrayList<>();
    Map<String, Title> phrases = new HashMap<>();
    int max = 0;
    for (TsvTable.Row row : table.rows()) {
      String phrase = Cells.phrase(row, "phrase", row.get("phrase"));
      if (isFormerMarker(phrase.split(" ")[0]) || stripFormerPrefix(phrase).isPresent()) {
        throw row.fail("title '" + phrase + "' starts with a former marker; list the bare title");
      }
      Optional<String> sector =
          row.opt("sector").isPresent() ? Optional.of(Sectors.require(row, "sector")) : Optional.empty();
      Title t = new Title(phrase, sector, Cells.yesNo(row, "rank"), row.id());
      Title prev = phrases.putIfAbsent(phrase, t);
      if (prev != null) {
        throw row.fail("phrase '" + phrase + "' already in row " + prev.rowId());
      }
      rows.add(t);
      max = Math.max(max, t.words());
    }
    this.all = List.copyOf(rows);
    this.byPhrase = Map.copyOf(phrases);
    this.maxWords = max;
  }

  /** The title whose phrase is exactly this ("Lieutenant General" → lieutenant general). */
  public Optional<Title> match(String lowercasePhrase) {
    return Optional.ofNullable(byPhrase.get(Surface.phraseKey(lowercasePhrase)));
  }

  /**
   * The longest title phrase starting at word 0: ["lieutenant", "general", "tomer", "bar"] →
   * "lieutenant general". Words are compared lower-cased; strip former markers first.
   */
  public Optional<Title> longestPrefix(List<String> lowercaseWords) {
    for (int k = Math.min(lowercaseWords.size(), maxWords); k >= 1; k--) {
      Title t = byPhrase.get(Surface.joinWords(lowercaseWords.subList(0, k)));
      if (t != null) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** True for a word that marks the next title as former: "former", "ex-", "then", "late" … */
  public static boolean isFormerMarker(String word) {
    return FORMER.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The rest of a word glued to a former prefix: "then-defense" → "defense", "ex-President" →
   * "President"; empty if the word has no such prefix.
   */
  public static Optional<String> stripFormerPrefix(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (String p : FORMER_PREFIXES) {
      if (lower.startsWith(p) && lower.length() > p.length()) {
        return Optional.of(word.substring(p.length()));
      }
    }
    return Optional.empty();
  }

  public List<Title> all() {
    return all;
  }

  public LexiconSource source() {
    return source;
  }
}
