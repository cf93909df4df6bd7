package org.annals.core.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Countries and the surfaces that name them: names, aliases, demonyms, capitals, cities and set
 * descriptors, loaded from {@code countries.tsv}.
 *
 * <p><b>Matching.</b> Surfaces are compared after {@link Surface#key folding}: case, diacritics,
 * apostrophe and hyphen variants, a leading "the" and a trailing "'s" / "’s" / "s'" are ignored, so
 * "the Moroccans", "Israel's", "COTE D'IVOIRE" all match. Acronyms (aliases with no lower-case letter:
 * US, UK, UAE, DRC) are the exception: they match case-sensitively, because "us" is not the United
 * States. Regular plurals of demonyms (Moroccans, Israelis, Emiratis) are derived; irregular ones
 * are listed in the data.
 *
 * <p><b>Ambiguity.</b> A surface listed for several rows ("Congo", "Korean", "Dominican") is resolved
 * to the one row whose sovereignty is {@code STATE} if exactly one is; otherwise the lookup is
 * empty — never a silent first pick. {@link #allByName} and {@link #allByCity} show the candidates.
 * For cities, a capital wins over a non-capital city of another country ("Tripoli" is LBY, not LBN).
 *
 * <p>Lookups assume the caller passes a proper-name span (e.g. an NER mention): city names that are
 * also common words ("Malé", "Stanley") match whatever the case.
 *
 * <p>Immutable and thread-safe; {@link #standard()} loads the bundled table once.
 */
public final class CountryLexicon {

  /** Classpath path of the bundled table. */
  public static final String RESOURCE = "/org/annals/core/lexicon/countries.tsv";

  static final String[] COLUMNS = {
    "id", "alpha3", "name", "aliases", "demonyms", "capital", "cities", "regions", "monarchy",
    "sovereignty", "descriptors"
  };

  private final LexiconSource source;
  private final List<Country> all;
  private final Map<String, Country> byAlpha3;
  private final Map<String, List<Country>> exactNames; // acronyms, case kept
  private final Map<String, List<Country>> names; // folded
  private final Map<String, List<Country>> derivedNames; // folded, derived plurals
  private final Map<String, List<Country>> capitals;
  private final Map<String, List<Country>> cities;
  private final Map<String, Country> descriptors;
  private final int maxNameTokens;

  private static final class Holder {
    static final CountryLexicon STANDARD = load(RESOURCE);
  }

  /** The bundled countries.tsv, loaded once. */
  public static CountryLexicon standard() {
    return Holder.STANDARD;
  }

  /**
   * Loads and validates a countries table from the classpath.
   *
   * @throws LexiconException {@code file:line: reason} on any malformed row
   */
  public static CountryLexicon load(String resourcePath) {
    return new CountryLexicon(TsvTable.load(resourcePath));
  }

  private CountryLexicon(TsvTable table) {
    table.requireColumns(COLUMNS);
    this.source = LexiconSource.of(table);
    List<Country> countries = new ArrayList<>();
    Map<String, Country> alpha = new LinkedHashMap<>();
    Map<String, List<Country>> exact = new HashMap<>();
    Map<String, List<Country>> folded = new HashMap<>();
    Map<String, List<Country>> derived = new HashMap<>();
    Map<String, List<Country>> caps = new HashMap<>();
    Map<String, List<Country>> cits = new HashMap<>();
    Map<String, Country> descs = new HashMap<>();
    int maxTokens = 0;
    for (TsvTable.Row row : table.rows()) {
      Country c = parse(row);
      if (alpha.putIfAbsent(c.alpha3(), c) != null) {
        throw row.fail("duplicate alpha3 '" + c.alpha3() + "' (also " + alpha.get(c.alpha3()).rowId() + ")");
      }
      countries.add(c);
      List<String> surfaces = new ArrayList<>();
      surfaces.add(c.name());
      surfaces.addAll(c.aliases());
      surfaces.addAll(c.demonyms());
      for (String s : surfaces) {
        if (Surface.isAcronym(s)) {
          add(exact, Surface.exactKey(s), c);
        } else {
          add(folded, Surface.key(s), c);
        }
        maxTokens = Math.max(maxTokens, tokens(s));
      }
      for (String d : c.demonyms()) {
        plural(d).ifPresent(p -> add(derived, Surface.key(p), c));
      }
      c.capital().ifPresent(cap -> add(caps, Surface.key(cap), c));
      for (String city : c.cities()) {
        add(cits, Surface.key(city), c);
      }
      for (String d : c.descriptors()) {
        Country prev = descs.putIfAbsent(Surface.key(d), c);
        if (prev != null && prev != c) {
          throw row.fail("descriptor '" + d + "' already names " + prev);
        }
      }
    }
    // a derived plural never overrides or adds ambiguity to a listed surface
    derived.keySet().removeAll(folded.keySet());
    for (String key : derived.keySet()) {
      maxTokens = Math.max(maxTokens, tokens(key));
    }
    this.all = List.copyOf(countries);
    this.byAlpha3 = Map.copyOf(alpha);
    this.exactNames = freeze(exact);
    this.names = freeze(folded);
    this.derivedNames = freeze(derived);
    this.capitals = freeze(caps);
    this.cities = freeze(cits);
    this.descriptors = Map.copyOf(descs);
    this.maxNameTokens = maxTokens;
  }

  private static Country parse(TsvTable.Row row) {
    String alpha3 = row.get("alpha3");
    if (!alpha3.matches("[A-Z]{3}")) {
      throw row.fail("alpha3 '" + alpha3 + "' is not 3 upper-case letters");
    }
    String name = Cells.required(row, "name");
    Set<String> regions = new LinkedHashSet<>();
    for (String r : row.list("regions")) {
      if (!Regions.isValid(r)) {
        throw row.fail("unknown region code '" + r + "' (declared: " + new java.util.TreeSet<>(Regions.ALL) + ")");
      }
      if (!regions.add(r)) {
        throw row.fail("region code '" + r + "' listed twice");
      }
    }
    Country.Sovereignty sov;
    String s = row.get("sovereignty");
    switch (s) {
      case "state" -> sov = Country.Sovereignty.STATE;
      case "partial" -> sov = Country.Sovereignty.PARTIAL;
      case "territory" -> sov = Country.Sovereignty.TERRITORY;
      default -> throw row.fail("sovereignty must be state, partial or territory, found '" + s + "'");
    }
    noDuplicates(row, "aliases");
    noDuplicates(row, "demonyms");
    noDuplicates(row, "cities");
    noDuplicates(row, "descriptors");
    return new Country(
        alpha3,
        name,
        row.list("aliases"),
        row.list("demonyms"),
        row.opt("capital"),
        row.list("cities"),
        regions,
        Cells.yesNo(row, "monarchy"),
        row.list("descriptors"),
        row.id(),
        sov);
  }

  private static void noDuplicates(TsvTable.Row row, String column) {
    Set<String> seen = new java.util.HashSet<>();
    for (String v : row.list(column)) {
      if (!seen.add(Surface.key(v))) {
        throw row.fail("'" + v + "' listed twice in column " + column);
      }
    }
  }

  /**
   * Regular English plural of a demonym's last word ("Moroccan" → "Moroccans", "Israeli" →
   * "Israelis"); none for words that do not take -s (Swiss, Chinese, British, French, Czech — the
   * data lists the irregular ones).
   */
  static Optional<String> plural(String demonym) {
    String lower = demonym.toLowerCase(java.util.Locale.ROOT);
    for (String end : new String[] {"s", "x", "z", "sh", "ch", "ese", "y", "men"}) {
      if (lower.endsWith(end)) {
        return Optional.empty();
      }
    }
    // compounds in -man/-woman (Frenchman, Irishwoman) have irregular plurals, listed in the data;
    // German is not such a compound
    if (lower.endsWith("man") && !lower.endsWith("rman")) {
      return Optional.empty();
    }
    return Optional.of(demonym + "s");
  }

  private static int tokens(String surface) {
    return Surface.words(surface.replace('-', ' '));
  }

  private static void add(Map<String, List<Country>> map, String key, Country c) {
    List<Country> list = map.computeIfAbsent(key, k -> new ArrayList<>());
    if (!list.contains(c)) {
      list.add(c);
    }
  }

  private static Map<String, List<Country>> freeze(Map<String, List<Country>> map) {
    Map<String, List<Country>> out = new HashMap<>();
    map.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }

  /** The unique candidate, else the unique STATE candidate, else empty. */
  static Optional<Country> resolve(Collection<Country> candidates) {
    if (candidates.size() == 1) {
      return Optional.of(candidates.iterator().next());
    }
    Country state = null;
    for (Country c : candidates) {
      if (c.sovereignty() == Country.Sovereignty.STATE) {
        if (state != null) {
          return Optional.empty();
        }
        state = c;
      }
    }
    return Optional.ofNullable(state);
  }

  public Optional<Country> byAlpha3(String alpha3) {
    return Optional.ofNullable(byAlpha3.get(alpha3));
  }

  /**
   * The country a name, alias or demonym (singular or plural) names: "Morocco", "the Moroccans",
   * "Israel's", "UAE", "Emirati". Empty if unknown or ambiguous (see class comment).
   */
  public Optional<Country> byName(String surface) {
    return resolve(allByName(surface));
  }

  /** Every country the surface may name, in table order; more than one means ambiguous. */
  public List<Country> allByName(String surface) {
    List<Country> hit = exactNames.get(Surface.exactKey(surface));
    if (hit != null) {
      return hit;
    }
    String key = Surface.key(surface);
    hit = names.get(key);
    if (hit != null) {
      return hit;
    }
    return derivedNames.getOrDefault(key, List.of());
  }

  /**
   * The country whose capital or city this is ("Rabat" → MAR, "Tel Aviv" → ISR). A capital wins over
   * another country's non-capital city; otherwise the ambiguity rule applies.
   */
  public Optional<Country> byCity(String city) {
    String key = Surface.key(city);
    List<Country> caps = capitals.get(key);
    if (caps != null) {
      return resolve(caps);
    }
    return resolve(cities.getOrDefault(key, List.of()));
  }

  /** Every country with this capital or city, capitals first. */
  public List<Country> allByCity(String city) {
    String key = Surface.key(city);
    Set<Country> out = new LinkedHashSet<>(capitals.getOrDefault(key, List.of()));
    out.addAll(cities.getOrDefault(key, List.of()));
    return List.copyOf(out);
  }

  /** The country a set descriptor names: "the Jewish state" → ISR, "the Hashemite Kingdom" → JOR. */
  public Optional<Country> byDescriptor(String phrase) {
    return Optional.ofNullable(descriptors.get(Surface.key(phrase)));
  }

  /** The longest name, alias or demonym in words (hyphens count as word breaks), for span scans. */
  public int maxNameTokens() {
    return maxNameTokens;
  }

  /** Every country in table order. */
  public List<Country> all() {
    return all;
  }

  public LexiconSource source() {
    return source;
  }

  @Override
  public String toString() {
    return "CountryLexicon[" + all.size() + " countries, " + source + "]";
  }
}
