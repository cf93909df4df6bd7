package org.annals.core.lexicon;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.model.EntityKind;

/**
 * The actor dictionary: named organisations and people with their country and PLOVER sector, for names
 * whose country or sector the text does not show ("Hamas", "Amnesty International"). The bundled
 * {@code actors.tsv} can be extended with the user's own files in the same format, given with the system
 * property {@value #PROPERTY} (paths separated by the platform's path separator; {@code annals extract
 * --actors FILE} sets it).
 *
 * <p>What the text says wins: the resolver uses a row only for what the text leaves open.
 *
 * <p>Validation, {@code file:line: reason}: the columns, unique ids across all files, kind PERSON or
 * ORGANIZATION, a country that is in {@code countries.tsv} (or {@code IGO}), a PLOVER sector, at least one
 * of country and sector, and no name or alias that two rows claim. A user's row may not reuse a bundled
 * name: to change an actor, the bundled table is edited. Immutable and thread-safe.
 */
public final class ActorDictionary {

  public static final String RESOURCE = "/org/annals/core/lexicon/actors.tsv";

  /** System property naming the user's extra dictionaries. */
  public static final String PROPERTY = "annals.actors";

  static final String[] COLUMNS = {"id", "name", "aliases", "kind", "country", "sector"};

  private final List<LexiconSource> sources;
  private final List<ActorEntry> all;
  private final Map<String, ActorEntry> exact;
  private final Map<String, ActorEntry> folded;

  private static final class Holder {
    static final ActorDictionary STANDARD = withUserFiles(System.getProperty(PROPERTY, ""));
  }

  /** The bundled dictionary plus the files of {@value #PROPERTY}, loaded once. */
  public static ActorDictionary standard() {
    return Holder.STANDARD;
  }

  /** The bundled dictionary plus the given files ({@code ""}: none). */
  public static ActorDictionary withUserFiles(String pathList) {
    List<TsvTable> tables = new ArrayList<>();
    tables.add(TsvTable.load(RESOURCE));
    for (String p : pathList.split(File.pathSeparator)) {
      if (!p.isBlank()) {
        tables.add(TsvTable.loadFile(Path.of(p.strip())));
      }
    }
    return new ActorDictionary(tables, CountryLexicon.standard());
  }

  /**
   * Builds a dictionary from tables in order (the first is the bundled one).
   *
   * @throws LexiconException {@code file:line: reason} on any malformed or conflicting row
   */
  public static ActorDictionary of(List<TsvTable> tables, CountryLexicon countries) {
    return new ActorDictionary(tables, countries);
  }

  private ActorDictionary(List<TsvTable> tables, CountryLexicon countries) {
    List<LexiconSource> srcs = new ArrayList<>();
    List<ActorEntry> rows = new ArrayList<>();
    Map<String, ActorEntry> ids = new HashMap<>();
    Map<String, ActorEntry> ex = new HashMap<>();
    Map<String, ActorEntry> fo = new HashMap<>();
    for (int t = 0; t < tables.size(); t++) {
      TsvTable table = tables.get(t);
      boolean bundled = t == 0;
      table.requireColumns(COLUMNS);
      srcs.add(LexiconSource.of(table));
      for (TsvTable.Row row : table.rows()) {
        if (bundled ? !row.id().matches("A[0-9]{4}") : !row.id().matches("U[A-Za-z0-9_-]+")) {
          throw row.fail("id '" + row.id() + "' must be " + (bundled ? "A and four digits (bundled table)"
              : "U followed by letters, digits, - or _ (a user's file)"));
        }
        ActorEntry prevId = ids.get(row.id());
        if (prevId != null) {
          throw row.fail("duplicate id '" + row.id() + "' (already in " + prevId.source() + ")");
        }
        String kind = row.get("kind");
        if (!kind.equals("PERSON") && !kind.equals("ORGANIZATION")) {
          throw row.fail("kind must be PERSON or ORGANIZATION, found '" + kind + "'");
        }
        Optional<String> country = row.opt("country");
        if (country.isPresent() && !country.get().equals("IGO") && countries.byAlpha3(country.get()).isEmpty()) {
          throw row.fail("unknown country code '" + country.get() + "' (not IGO and not in "
              + countries.source().file() + ")");
        }
        Optional<String> sector = row.opt("sector").map(x -> Sectors.require(row, "sector"));
        if (country.isEmpty() && sector.isEmpty()) {
          throw row.fail("a row needs a country or a sector, or it says nothing");
        }
        ActorEntry e = new ActorEntry(Cells.required(row, "name"), row.list("aliases"), EntityKind.valueOf(kind),
            country, sector, row.id(), table.name());
        ids.put(row.id(), e);
        rows.add(e);
        List<String> surfaces = new ArrayList<>();
        surfaces.add(e.name());
        surfaces.addAll(e.aliases());
        for (String s : surfaces) {
          boolean acronym = Surface.isAcronym(s);
          Map<String, ActorEntry> index = acronym ? ex : fo;
          String key = acronym ? Surface.exactKey(s) : Surface.key(s);
          if (key.isEmpty()) {
            throw row.fail("blank name or alias");
          }
          ActorEntry prev = index.putIfAbsent(key, e);
          if (prev != null && prev != e) {
            throw row.fail("name '" + s + "' already names " + prev.name() + " (" + prev.rowId() + " in "
                + prev.source() + ")");
          }
        }
      }
    }
    this.sources = List.copyOf(srcs);
    this.all = List.copyOf(rows);
    this.exact = Map.copyOf(ex);
    this.folded = Map.copyOf(fo);
  }

  /** The actor a name or alias names: "Hezbollah", "the Hamas", "LTTE"; acronyms case-sensitively. */
  public Optional<ActorEntry> byName(String surface) {
    ActorEntry hit = exact.get(Surface.exactKey(surface));
    if (hit != null) {
      return Optional.of(hit);
    }
    return Optional.ofNullable(folded.get(Surface.key(surface)));
  }

  public List<ActorEntry> all() {
    return all;
  }

  /** The bundled table first, then the user's files in the order given. */
  public List<LexiconSource> sources() {
    return sources;
  }
}
