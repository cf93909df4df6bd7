package org.annals.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Normalized names, the keys that entities are merged and searched by: accents removed, lower
 * case, every run of characters other than letters and digits one space, a leading "the" dropped
 * ("The Hague" and "the Hague", "Belkhir El Farouk" and "Belkhir el-Farouk" are one key).
 */
final class Names {

  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "it", "they", "him", "her", "them", "his", "hers", "its", "their", "theirs",
          "we", "us", "our", "i", "me", "my", "you", "your", "who", "which", "this", "that", "these", "those");

  /** Lower-case words that may stand inside a proper name ("Ministry of Defence", "Abu al Ghaith"). */
  private static final Set<String> NAME_PARTICLES =
      Set.of("of", "and", "for", "the", "de", "del", "da", "di", "du", "des", "la", "le", "al", "el", "bin", "ibn",
          "van", "von", "der", "on", "in", "y", "&");

  private Names() {}

  static String norm(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return s;
  }

  /**
   * Whether a mention is written as a proper name (every word capitalized but name particles, not a
   * pronoun): such mentions become aliases; descriptions ("the north African country") do not.
   */
  static boolean properName(String mention) {
    String m = mention.strip().replaceAll("['’]s$", "");
    if (m.length() < 2 || PRONOUNS.contains(norm(m))) {
      return false;
    }
    String[] words = m.split("\\s+");
    boolean any = false;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.isEmpty()) {
        continue;
      }
      if (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0))) {
        if (!(i == 0 && w.equals("The"))) {
          any = true;
        }
      } else if (!NAME_PARTICLES.contains(w.toLowerCase(Locale.ROOT).replaceAll("[-‐].*", ""))) {
        return false;
      }
    }
    return any && !norm(m).isEmpty();
  }
}
