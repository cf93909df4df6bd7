package org.annals.core.lexicon;

import java.util.Set;

/**
 * The fixed set of region codes used in countries.tsv ({@code regions} column) and in descriptor
 * constraints ({@code region:CODE}). The meaning of each code is written in the header of
 * countries.tsv; continental subregions follow UN M49 unless the header says otherwise.
 */
public final class Regions {

  public static final Set<String> ALL =
      Set.of(
          "north_africa", "maghreb", "west_africa", "central_africa", "east_africa", "southern_africa",
          "horn_of_africa", "sahel", "middle_east", "levant", "gulf", "northern_europe",
          "western_europe", "eastern_europe", "southern_europe", "balkans", "baltic", "nordic",
          "scandinavia", "caucasus", "central_asia", "south_asia", "east_asia", "southeast_asia",
          "north_america", "central_america", "caribbean", "south_america", "latin_america",
          "oceania", "mediterranean", "post_soviet", "arab", "african", "asian", "european",
          "island");

  private Regions() {}

  public static boolean isValid(String code) {
    return ALL.contains(code);
  }
}
