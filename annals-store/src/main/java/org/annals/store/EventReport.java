package org.annals.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One report of a merged event: the event {@code localId} of document {@code documentKey}'s record,
 * with its own coding, date, trigger and evidence (character offsets into the document's body).
 *
 * @param mergedBecause why this report joined the event; empty for the report that created it
 */
public record EventReport(
    long id,
    long documentId,
    String documentKey,
    String documentTitle,
    String documentSource,
    LocalDate documentDate,
    String localId,
    String type,
    Optional<String> mode,
    String cameo,
    String status,
    String dateValue,
    Optional<LocalDate> earliest,
    Optional<LocalDate> latest,
    Optional<String> dateText,
    String dateBasis,
    String triggerText,
    int triggerStart,
    int triggerEnd,
    String evidenceText,
    int evidenceStart,
    int evidenceEnd,
    double confidence,
    List<String> rules,
    Optional<String> mergedBecause) {

  public EventReport {
    Objects.requireNonNull(documentKey, "documentKey");
    Objects.requireNonNull(localId, "localId");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(dateText, "dateText");
    Objects.requireNonNull(evidenceText, "evidenceText");
    rules = List.copyOf(rules);
    Objects.requireNonNull(mergedBecause, "mergedBecause");
    if (evidenceStart < 0 || evidenceEnd < evidenceStart) {
      throw new IllegalArgumentException("report " + id + ": bad evidence span [" + evidenceStart + ", " + evidenceEnd + ")");
    }
  }
}
