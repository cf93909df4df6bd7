package org.annals.core.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Intergovernmental organisations from {@code igos.tsv}, looked up by name or alias.
 *
 * <p>Matching follows {@link CountryLexicon}: folded case and diacritics, leading "the" and trailing
 * possessive ignored, acronyms (UN, WHO, AU) case-sensitive. A surface may name one IGO only: a
 * duplicate fails the load. Immutable and thread-safe.
 */
public final class IgoLexicon {

  public static final String RESOURCE = "/org/annals/core/lexicon/igos.tsv";

  static final String[] COLUMNS = {"id", "code", "name", "aliases", "sector"};

  private final LexiconSource source;
  private final List<Igo> all;
  private final Map<String, Igo> byCode;
  private final Map<String, Igo> exact;
  private final Map<String, Igo> folded;
  private final int maxNameTokens;

  private static final class Holder {
    static final IgoLexicon STANDARD = load(RESOURCE);
  }

  public static IgoLexicon standard() {
    return Holder.STANDARD;
  }

  /** @throws LexiconException {@code file:line: reason} on any malformed row */
  public static IgoLexicon load(String resourcePath) {
    return new IgoLexicon(TsvTable.load(resourcePath));
  }

  private IgoLexicon(TsvTable table) {
    table.requireColumns(COLUMNS);
    this.source = LexiconSource.of(table);
    List<Igo> igos = new ArrayList<>();
    Map<String, Igo> codes = new HashMap<>();
    Map<String, Igo> ex = new HashMap<>();
    Map<String, Igo> fo = new HashMap<>();
    int maxTokens = 0;
    for (TsvTable.Row row : table.rows()) {
      String code = row.get("code");
      if (!code.matches("[A-Za-z0-9]{2,10}")) {
        throw row.fail("code '" + code + "' must be 2-10 letters or digits");
      }
      Igo igo =
          new Igo(code, Cells.required(row, "name"), row.list("aliases"), Sectors.require(row, "sector"), row.id());
      if (codes.putIfAbsent(code, igo) != null) {
        throw row.fail("duplicate code '" + code + "'");
      }
      igos.add(igo);
      List<String> surfaces = new ArrayList<>();
      surfaces.add(igo.name());
      surfaces.addAll(igo.aliases());
      for (String s : surfaces) {
        boolean acronym = Surface.isAcronym(s);
        Map<String, Igo> index = acronym ? ex : fo;
        String key = acronym ? Surface.exactKey(s) : Surface.key(s);
        Igo prev = index.putIfAbsent(key, igo);
        if (prev != null && prev != igo) {
          throw row.fail("name '" + s + "' already names " + prev.code() + " (" + prev.rowId() + ")");
        }
        maxTokens = Math.max(maxTokens, Surface.words(s.replace('-', ' ')));
      }
    }
    this.all = List.copyOf(igos);
    this.byCode = Map.copyOf(codes);
    this.exact = Map.copyOf(ex);
    this.folded = Map.copyOf(fo);
    this.maxNameTokens = maxTokens;
  }

  /** The IGO a name or alias names: "the United Nations", "UN", "U.N.", "NATO's". */
  public Optional<Igo> byName(String surface) {
    Igo hit = exact.get(Surface.exactKey(surface));
    if (hit != null) {
      return Optional.of(hit);
    }
    return Optional.ofNullable(folded.get(Surface.key(surface)));
  }

  /** The IGO with this code ("UNO", "ARL"), exact case. */
  public Optional<Igo> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  public int maxNameTokens() {
    return maxNameTokens;
  }

  public List<Igo> all() {
    return all;
  }

  public LexiconSource source() {
    return source;
  }
}
