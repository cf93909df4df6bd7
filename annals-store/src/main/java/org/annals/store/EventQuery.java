package org.annals.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.annals.model.EventType;

/**
 * Which events a query wants; every part is optional and the parts combine with AND.
 *
 * @param actor events with an actor (source or target) whose name or alias contains this text
 *     (case and accents ignored), or whose country is this ISO alpha-3 code
 * @param dyad events whose actors include every one of these country codes (e.g. ISR, MAR)
 * @param type the PLOVER type
 * @param from events whose date interval reaches this day or later
 * @param to events whose date interval starts on this day or earlier
 * @param limit at most this many events (by date), at least 1
 * @param offset skip this many first
 */
public record EventQuery(
    Optional<String> actor,
    List<String> dyad,
    Optional<EventType> type,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    int limit,
    int offset) {

  /** The default limit: enough for a timeline on a screen, small enough to stay fast. */
  public static final int DEFAULT_LIMIT = 1000;

  public EventQuery {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    dyad = List.copyOf(dyad);
    for (String c : dyad) {
      if (!c.matches("[A-Z]{3}")) {
        throw new IllegalArgumentException("dyad country '" + c + "' is not an ISO alpha-3 code such as ISR");
      }
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, got " + offset);
    }
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new IllegalArgumentException("from " + from.get() + " is after to " + to.get());
    }
  }

  /** Every event, the first {@link #DEFAULT_LIMIT}. */
  public static EventQuery all() {
    return new EventQuery(
        Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), DEFAULT_LIMIT, 0);
  }

  public EventQuery withActor(String name) {
    return new EventQuery(Optional.of(name), dyad, type, from, to, limit, offset);
  }

  public EventQuery withDyad(List<String> countries) {
    return new EventQuery(actor, countries, type, from, to, limit, offset);
  }

  public EventQuery withType(EventType t) {
    return new EventQuery(actor, dyad, Optional.of(t), from, to, limit, offset);
  }

  public EventQuery withFrom(LocalDate d) {
    return new EventQuery(actor, dyad, type, Optional.of(d), to, limit, offset);
  }

  public EventQuery withTo(LocalDate d) {
    return new EventQuery(actor, dyad, type, from, Optional.of(d), limit, offset);
  }

  public EventQuery withLimit(int n) {
    return new EventQuery(actor, dyad, type, from, to, n, offset);
  }

  public EventQuery withOffset(int n) {
    return new EventQuery(actor, dyad, type, from, to, limit, n);
  }
}
