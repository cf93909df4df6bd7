/**
 * Loading and validating the dictionary tables that actor and event coding rely on.
 *
 * <h2>Inputs</h2>
 * Versioned TSV resources under {@code /org/annals/core/lexicon/} on the classpath, read by
 * {@link org.annals.core.lexicon.TsvTable}: a {@code #} header (source, licence, {@code # version:},
 * column meanings), a column-name line, then rows whose first cell is a stable id ({@code C0042}) that
 * callers put in an event's evidence, so a golden diff names the row that changed it.
 * <ul>
 *   <li>{@code countries.tsv} → {@link org.annals.core.lexicon.CountryLexicon}: every ISO 3166-1
 *       country/area (plus XKX), names, aliases, demonyms, capitals, cities, regions, monarchy,
 *       sovereignty, set descriptors ("the Jewish state").</li>
 *   <li>{@code igos.tsv} → {@link org.annals.core.lexicon.IgoLexicon}: intergovernmental bodies
 *       (country code {@code IGO}).</li>
 *   <li>{@code descriptors.tsv} → {@link org.annals.core.lexicon.DescriptorLexicon}: generic
 *       back-references ("the kingdom", "the two countries") and their constraints.</li>
 *   <li>{@code org-heads.tsv} → {@link org.annals.core.lexicon.OrgHeadLexicon}: organisation head
 *       phrases ("air force", "pentagon") and group nouns ("refugees", "militiamen") with PLOVER sectors,
 *       and whether they are actors without a country.</li>
 *   <li>{@code titles.tsv} → {@link org.annals.core.lexicon.TitleLexicon}: person titles and ranks.</li>
 *   <li>{@code actors.tsv} → {@link org.annals.core.lexicon.ActorDictionary}: named organisations and people
 *       whose country or sector the text does not show ("Hezbollah"), extendable with the user's own files in
 *       the same format ({@link org.annals.core.lexicon.TsvTable#loadFile}, messages name the user's file).</li>
 * </ul>
 * Other tables in this package (CAMEO codes, event triggers) are loaded by their own classes with the
 * same {@code TsvTable}.
 *
 * <h2>Outputs</h2>
 * Immutable records ({@link org.annals.core.lexicon.Country}, {@link org.annals.core.lexicon.Igo},
 * {@link org.annals.core.lexicon.Descriptor}, {@link org.annals.core.lexicon.OrgHead},
 * {@link org.annals.core.lexicon.Title}) carrying their row id, and lookups returning
 * {@code Optional}: never {@code null}, never a silent guess. Ambiguous surfaces ("Congo", "Korean")
 * resolve only by the documented rule in {@link org.annals.core.lexicon.CountryLexicon}. Each lexicon
 * exposes a {@link org.annals.core.lexicon.LexiconSource} (file, version, SHA-256) for provenance.
 *
 * <h2>Matching</h2>
 * Names are folded (case, diacritics, apostrophes, hyphens, leading "the", trailing possessive);
 * acronyms (US, UN, WHO) are case-sensitive. Phrase lexicons (descriptors, org heads, titles) take
 * lowercase words and match the longest phrase at the end (org heads, descriptors) or at the start
 * (titles) of a span.
 *
 * <h2>Failure modes</h2>
 * A missing or malformed table fails at load with an unchecked
 * {@link org.annals.core.lexicon.LexiconException} whose message is {@code file:line: reason}
 * (line 0 for whole-file problems): wrong cell count, blank or duplicate id, missing version, unknown
 * sector, region or country code, bad yes/no, duplicate phrase. There is no fallback table.
 *
 * <h2>Thread-safety</h2>
 * Every class here is immutable and thread-safe. The {@code standard()} factories load the bundled
 * tables once, lazily (holder idiom), and share them; {@code load(...)} builds a fresh instance from
 * another resource (tests, custom dictionaries).
 */
package org.annals.core.lexicon;
