package org.annals.core.lexicon;

import java.util.Set;

/**
 * The PLOVER actor sector codes (ontology.md, "Sectors"). An open, data-defined set in PLOVER, but a
 * closed one for our tables: a code outside it in a lexicon file is a typo and fails the load.
 *
 * <p>Note that PLOVER's MED is <em>health</em>; media is JRN (CAMEO used MED for media).
 */
public final class Sectors {

  /** Every sector code a lexicon row may use. */
  public static final Set<String> PLOVER =
      Set.of(
          "AGR", "BUS", "COP", "CRM", "CVL", "EDU", "ELI", "GOV", "JRN", "JUD", "LAB", "LEG", "MED",
          "MIL", "OPP", "PRE", "PRM", "PTY", "REB", "REF", "REL", "SOC", "SPY", "UAF", "UNK");

  private Sectors() {}

  public static boolean isValid(String code) {
    return PLOVER.contains(code);
  }

  /** The cell as a sector code, failing with {@code file:line: reason} if it is not one. */
  static String require(TsvTable.Row row, String column) {
    String code = row.get(column);
    if (!isValid(code)) {
      throw row.fail("unknown PLOVER sector '" + code + "' in column " + column + " (allowed: "
          + new java.util.TreeSet<>(PLOVER) + ")");
    }
    return code;
  }
}
