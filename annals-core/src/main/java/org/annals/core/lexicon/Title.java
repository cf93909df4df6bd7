package org.annals.core.lexicon;

import java.util.Objects;
import java.util.Optional;

/**
 * One row of titles.tsv: a person's title, rank or role noun.
 *
 * @param phrase lowercase phrase, words separated by single spaces ("lieutenant general")
 * @param sector the PLOVER sector the title gives when no organisation is named; empty when the title
 *     says nothing about it ("spokesman", "Sheikh")
 * @param rank true if written directly before a name ("General X", "Foreign Minister X")
 * @param rowId stable row id ({@code T0001})
 */
public record Title(String phrase, Optional<String> sector, boolean rank, String rowId) {

  public Title {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(rowId, "rowId");
  }

  /** Number of words in {@link #phrase}. */
  public int words() {
    return Surface.words(phrase);
  }
}
