package org.annals.core.lexicon;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalisation of surface strings into lookup keys, shared by every lexicon so that data and queries
 * are folded the same way.
 *
 * <p>{@link #key} folds case and diacritics, unifies apostrophes and hyphens, expands "St."/"St" to
 * "saint", and strips a leading article and a trailing possessive. {@link #exactKey} does the same
 * stripping but keeps case and characters: it is used for acronyms ("US", "UN", "WHO"), which must not
 * match the common words "us", "un", "who". {@link #fold} is the case, diacritic and apostrophe folding alone,
 * for callers outside the lexicons that match word by word (the annotate layer's fine classes).
 */
public final class Surface {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern APOSTROPHES = Pattern.compile("[\u2019\u2018\u02bc\u0060\u00b4]");
  private static final Pattern DASHES = Pattern.compile("[\u2010\u2011\u2012\u2013\u2014-]");

  private Surface() {}

  /** Case and diacritics folded and apostrophes unified; nothing else (no article, hyphen or "St." rule). */
  public static String fold(String surface) {
    String s = Normalizer.normalize(surface, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("");
    return unifyApostrophes(s).toLowerCase(Locale.ROOT);
  }

  /** Curly and other apostrophes as {@code '}. */
  public static String unifyApostrophes(String surface) {
    return APOSTROPHES.matcher(surface).replaceAll("'");
  }

  /** Case-preserving key: whitespace collapsed, apostrophes unified, article and possessive stripped. */
  static String exactKey(String surface) {
    String s = unifyApostrophes(surface);
    s = SPACES.matcher(s).replaceAll(" ").strip();
    s = stripArticleAndPossessive(s);
    return s;
  }

  /** Folded key: {@link #exactKey} plus lower case, no diacritics, hyphens as spaces, "st." as "saint". */
  static String key(String surface) {
    String s = fold(surface);
    s = DASHES.matcher(s).replaceAll(" ");
    s = SPACES.matcher(s).replaceAll(" ").strip();
    s = stripArticleAndPossessive(s);
    if (s.startsWith("st. ") || s.startsWith("st ")) {
      s = "saint " + s.substring(s.indexOf(' ') + 1);
    }
    s = s.replace(" st. ", " saint ").replace(" st ", " saint ");
    return s;
  }

  /**
   * Key of a lowercase lexicon phrase (org heads, titles, descriptors): lower case, apostrophes
   * unified, whitespace collapsed, a leading article and a trailing "'s" dropped. Hyphens are kept:
   * "self-defense forces" is one phrase of two words.
   */
  static String phraseKey(String phrase) {
    String s = APOSTROPHES.matcher(phrase).replaceAll("'");
    s = SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    for (String article : new String[] {"the ", "a ", "an "}) {
      if (s.startsWith(article)) {
        s = s.substring(article.length());
        break;
      }
    }
    if (s.endsWith("'s")) {
      s = s.substring(0, s.length() - 2);
    }
    return s;
  }

  /** Words joined by single spaces, lower-cased, apostrophes unified: the key of a word window. */
  static String joinWords(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(APOSTROPHES.matcher(w.toLowerCase(Locale.ROOT)).replaceAll("'"));
    }
    return sb.toString();
  }

  /** True if the string has an upper-case letter and no lower-case letter ("US", "U.A.E.", "G7"). */
  static boolean isAcronym(String surface) {
    boolean upper = false;
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      upper |= Character.isUpperCase(c);
    }
    return upper;
  }

  /** Number of whitespace-separated words. */
  static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : SPACES.split(t).length;
  }

  private static String stripArticleAndPossessive(String s) {
    if (s.length() > 4 && s.regionMatches(true, 0, "the ", 0, 4)) {
      s = s.substring(4);
    }
    if (s.endsWith("'s") || s.endsWith("'S")) {
      s = s.substring(0, s.length() - 2);
    } else if (s.endsWith("s'")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.strip();
  }
}
