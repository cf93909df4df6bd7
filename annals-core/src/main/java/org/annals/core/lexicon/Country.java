package org.annals.core.lexicon;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One row of countries.tsv: an ISO 3166-1 country or area and the surface forms news uses for it.
 *
 * @param alpha3 ISO 3166-1 alpha-3 code (XKX for Kosovo, user-assigned)
 * @param name common English short name
 * @param aliases other names, long forms, acronyms
 * @param demonyms adjectives and person nouns as listed (derived plurals are not included here)
 * @param capital the capital, empty where there is none
 * @param cities major cities and well-known places
 * @param regions region codes from {@link Regions#ALL}
 * @param monarchy whether the head of state is a monarch
 * @param descriptors set phrases naming exactly this country ("Jewish state"), without article
 * @param rowId the stable row id ({@code C0042}) to cite in evidence
 * @param sovereignty state, partially recognised state, or territory
 */
public record Country(
    String alpha3,
    String name,
    List<String> aliases,
    List<String> demonyms,
    Optional<String> capital,
    List<String> cities,
    Set<String> regions,
    boolean monarchy,
    List<String> descriptors,
    String rowId,
    Sovereignty sovereignty) {

  /** Recognition status, from the {@code sovereignty} column. */
  public enum Sovereignty {
    /** UN member or observer state. */
    STATE,
    /** Partially recognised state (PSE, TWN, XKX): PLOVER's PRE sector applies. */
    PARTIAL,
    /** Dependent territory, special administrative region or non-self-governing territory. */
    TERRITORY
  }

  public Country {
    Objects.requireNonNull(alpha3, "alpha3");
    if (!alpha3.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("country alpha3 '" + alpha3 + "' is not 3 upper-case letters");
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(capital, "capital");
    Objects.requireNonNull(rowId, "rowId");
    Objects.requireNonNull(sovereignty, "sovereignty");
    aliases = List.copyOf(aliases);
    demonyms = List.copyOf(demonyms);
    cities = List.copyOf(cities);
    regions = Set.copyOf(regions);
    descriptors = List.copyOf(descriptors);
  }

  public boolean inRegion(String region) {
    return regions.contains(region);
  }

  @Override
  public String toString() {
    return alpha3 + " (" + name + ", " + rowId + ")";
  }
}
