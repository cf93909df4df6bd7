package org.annals.core.lexicon;

import java.util.Objects;
import java.util.Optional;
import org.annals.model.EntityKind;

/**
 * One row of org-heads.tsv: the head phrase of an organisation and the sector it gives.
 *
 * @param phrase lowercase phrase, words separated by single spaces ("air force")
 * @param sector PLOVER sector code
 * @param kind always {@link EntityKind#ORGANIZATION} for now
 * @param countryNeeded true if the phrase names a state organ only with a country ("air force");
 *     false for fixed names ("pentagon") and non-state heads ("company")
 * @param country the fixed country of a fixed name ("pentagon" → USA)
 * @param alone true if the phrase by itself, with no country, name or modifier, is an actor: groups of
 *     people such as "rebels", "protesters", "gunmen" ("Rebels attacked …"), and state organs that news names
 *     bare for the country in context ("Police fired …", "the government said"; {@code countryNeeded} too);
 *     false for heads that need a country or a modifier to be one ("company", "party", "embassy")
 * @param rowId stable row id ({@code O0001})
 */
public record OrgHead(
    String phrase,
    String sector,
    EntityKind kind,
    boolean countryNeeded,
    Optional<String> country,
    boolean alone,
    String rowId) {

  public OrgHead {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(rowId, "rowId");
    if (countryNeeded && country.isPresent()) {
      throw new IllegalArgumentException("org head " + rowId + ": a fixed country and country_needed=yes contradict");
    }
    if (alone && country.isPresent()) {
      throw new IllegalArgumentException("org head " + rowId + ": alone=yes is for heads with no fixed country");
    }
  }

  /** Number of words in {@link #phrase}. */
  public int words() {
    return Surface.words(phrase);
  }
}
