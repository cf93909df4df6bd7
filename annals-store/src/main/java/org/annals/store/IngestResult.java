package org.annals.store;

import java.util.Objects;

/**
 * What ingesting one record did.
 *
 * @param newEvents events created by this document
 * @param mergedReports reports of this document that joined an event of another document
 */
public record IngestResult(Outcome outcome, String documentKey, long documentId, int newEvents, int mergedReports) {

  /** The three things ingesting a document can do. */
  public enum Outcome {
    /** a document not seen before */
    ADDED,
    /** same key, same SHA-256: nothing changed */
    UNCHANGED,
    /** same key, new SHA-256: the old facts were removed, the new ones added */
    REPLACED
  }

  public IngestResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(documentKey, "documentKey");
  }
}
