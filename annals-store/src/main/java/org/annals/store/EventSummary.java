package org.annals.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One merged event: its coding (from the first report), the date interval every report agrees
 * with, its actors and place, and how many reports and distinct sources it has.
 *
 * @param sortDate the first day the event can lie on (the article date when the interval is open)
 * @param evidence the evidence sentence of the first report
 * @param documentKey the document id of the first report
 * @param sources how many distinct article sources report it (by the document's source site or path)
 */
public record EventSummary(
    long id,
    String type,
    Optional<String> mode,
    List<String> contexts,
    String cameo,
    double goldstein,
    int quadClass,
    String status,
    String dateValue,
    Optional<LocalDate> earliest,
    Optional<LocalDate> latest,
    LocalDate sortDate,
    List<ActorRef> source,
    List<ActorRef> target,
    Optional<ActorRef> place,
    int reports,
    int sources,
    Optional<String> mergedBecause,
    String evidence,
    String documentKey) {

  public EventSummary {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(mode, "mode");
    contexts = List.copyOf(contexts);
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(dateValue, "dateValue");
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(sortDate, "sortDate");
    source = List.copyOf(source);
    target = List.copyOf(target);
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(mergedBecause, "mergedBecause");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(documentKey, "documentKey");
    if (reports < 1) {
      throw new IllegalArgumentException("event " + id + " has " + reports + " reports");
    }
  }
}
