package org.annals.core.read;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A cheap guess whether a text is English, to warn before running English-only models on it.
 *
 * <p>Two signals: the share of Latin letters among all letters (below one half means another
 * script, judged from 40 letters on), and the share of common English function words among word
 * tokens (below {@link #MIN_FUNCTION_WORD_SHARE}, judged from {@link #MIN_WORDS} words on). English
 * news prose has roughly 25–45% such words, other languages near none: the list leaves out words
 * that are also frequent in German, Dutch, French, Spanish, Italian or Scandinavian text ("a",
 * "in", "an", "is", "was", "on", "for", "also", "will" ...). Stateless and thread-safe.
 */
public final class EnglishCheck {

  /** The warning {@link DocumentReaders} attaches when a text does not look like English. */
  public static final String WARNING = "text does not look like English; results may be poor";

  /** Texts with fewer word tokens are not judged. */
  public static final int MIN_WORDS = 20;

  /** The least share of function words among word tokens an English text is expected to have. */
  public static final double MIN_FUNCTION_WORD_SHARE = 0.08;

  private static final int MIN_LETTERS = 40;

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the", "of", "and", "to", "are", "were", "be", "been", "being", "has", "have", "had",
          "that", "this", "these", "those", "which", "who", "whom", "whose", "with", "from", "by",
          "at", "it", "its", "he", "she", "his", "they", "their", "them", "we", "our", "you",
          "your", "would", "not", "but", "or", "after", "before", "about", "into", "than", "said",
          "says", "there", "what", "when", "where", "can", "could", "should", "may", "might",
          "such", "only", "other", "more", "most", "some", "any", "all", "both", "each", "because",
          "while", "during", "between", "against", "through", "if", "then", "out", "him", "does",
          "did");

  private EnglishCheck() {}

  /** False only when the text is long enough to judge and does not look like English. */
  public static boolean looksEnglish(String text) {
    int letters = 0;
    int latin = 0;
    int words = 0;
    int functionWords = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!Character.isLetter(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(text.codePointAt(i))) {
        int c = text.codePointAt(i);
        letters++;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
          latin++;
        }
        i += Character.charCount(c);
      }
      words++;
      if (FUNCTION_WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
        functionWords++;
      }
    }
    if (letters >= MIN_LETTERS && latin * 2 < letters) {
      return false;
    }
    if (words < MIN_WORDS) {
      return true;
    }
    return functionWords >= MIN_FUNCTION_WORD_SHARE * words;
  }

  /** {@link #WARNING} when the text does not look English, else nothing. */
  static List<String> warnings(String text) {
    return looksEnglish(text) ? List.of() : List.of(WARNING);
  }
}
