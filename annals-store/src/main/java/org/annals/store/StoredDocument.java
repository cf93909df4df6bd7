package org.annals.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An ingested document: its identity, body and the record extracted from it, as the JSON of
 * {@code ../shared/docs/output-format.md} (text included).
 *
 * @param key the document id of the record (file name, JSON Lines id): what identifies it on re-ingest
 */
public record StoredDocument(
    long id, String key, String source, String title, LocalDate date, String sha256, String text, String recordJson) {
  public StoredDocument {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(recordJson, "recordJson");
  }
}
