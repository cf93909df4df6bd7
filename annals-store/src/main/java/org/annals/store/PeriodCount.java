package org.annals.store;

import java.time.LocalDate;
import java.util.Objects;

/** How many events start in the period that begins on {@code start}. */
public record PeriodCount(LocalDate start, long events) {
  public PeriodCount {
    Objects.requireNonNull(start, "start");
  }
}
