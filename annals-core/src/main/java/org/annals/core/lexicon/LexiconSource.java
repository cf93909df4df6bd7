package org.annals.core.lexicon;

/**
 * Where a lexicon came from, for provenance on every output (conventions habit 6): the resource path,
 * the {@code # version:} of the table and the SHA-256 of its bytes.
 */
public record LexiconSource(String file, String version, String sha256) {

  public LexiconSource {
    if (file == null || file.isBlank() || version == null || version.isBlank() || sha256 == null
        || !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException(
          "bad lexicon source: file=" + file + " version=" + version + " sha256=" + sha256);
    }
  }

  static LexiconSource of(TsvTable table) {
    return new LexiconSource(table.name(), table.version(), table.sha256());
  }
}
