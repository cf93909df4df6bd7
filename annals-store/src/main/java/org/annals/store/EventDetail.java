package org.annals.store;

import java.util.List;
import java.util.Objects;

/** A merged event with every report of it (oldest report first). */
public record EventDetail(EventSummary event, List<EventReport> reports) {
  public EventDetail {
    Objects.requireNonNull(event, "event");
    reports = List.copyOf(reports);
    if (reports.size() != event.reports()) {
      throw new IllegalArgumentException(
          "event " + event.id() + " counts " + event.reports() + " reports but has " + reports.size());
    }
  }
}
