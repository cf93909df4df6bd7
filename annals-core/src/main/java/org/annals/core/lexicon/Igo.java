package org.annals.core.lexicon;

import java.util.List;
import java.util.Objects;

/**
 * One row of igos.tsv: an intergovernmental organisation, coded with country {@code IGO}.
 *
 * @param code short organisation code (UNO, NATO, ARL …)
 * @param name full English name
 * @param aliases other names and acronyms
 * @param sector PLOVER sector of its field of action
 * @param rowId stable row id ({@code I0001})
 */
public record Igo(String code, String name, List<String> aliases, String sector, String rowId) {

  /** The country code every IGO entity carries. */
  public static final String COUNTRY_CODE = "IGO";

  public Igo {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(rowId, "rowId");
    aliases = List.copyOf(aliases);
  }
}
