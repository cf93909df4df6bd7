package org.annals.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.model.EventType;
import org.annals.store.EventQuery;
import org.annals.store.Period;

/**
 * The query parameters of the event endpoints, checked: an unknown parameter, a repeated one or a
 * bad value is a 400 that says which and why (fail fast, never a silent default).
 *
 * @param query what the store is asked
 * @param text the events whose evidence contains this text (case ignored), applied by the server
 * @param period the bucket of {@code /api/timeline}
 */
record Filters(EventQuery query, Optional<String> text, Period period) {

  static final int MAX_LIMIT = EventQuery.DEFAULT_LIMIT;
  static final int DEFAULT_LIMIT = 100;

  static final Set<String> EVENT_PARAMS = Set.of("actor", "dyad", "type", "from", "to", "text", "limit", "offset");
  static final Set<String> TIMELINE_PARAMS = Set.of("actor", "dyad", "type", "from", "to", "text", "period");

  /** Parses {@code params} (name → values); {@code allowed} are the names this endpoint takes. */
  static Filters parse(Map<String, List<String>> params, Set<String> allowed) {
    for (Map.Entry<String, List<String>> p : params.entrySet()) {
      if (!allowed.contains(p.getKey())) {
        throw ApiException.badRequest(
            "unknown parameter '" + p.getKey() + "' (this endpoint takes " + String.join(", ", sorted(allowed)) + ")");
      }
      if (p.getValue().size() > 1) {
        throw ApiException.badRequest("parameter '" + p.getKey() + "' given " + p.getValue().size() + " times");
      }
    }
    EventQuery q = EventQuery.all().withLimit(DEFAULT_LIMIT);
    try {
      Optional<String> actor = one(params, "actor");
      if (actor.isPresent()) {
        q = q.withActor(actor.get());
      }
      Optional<String> dyad = one(params, "dyad");
      if (dyad.isPresent()) {
        q = q.withDyad(dyad(dyad.get()));
      }
      Optional<String> type = one(params, "type");
      if (type.isPresent()) {
        q = q.withType(type(type.get()));
      }
      Optional<String> from = one(params, "from");
      if (from.isPresent()) {
        q = q.withFrom(date("from", from.get()));
      }
      Optional<String> to = one(params, "to");
      if (to.isPresent()) {
        q = q.withTo(date("to", to.get()));
      }
      Optional<String> limit = one(params, "limit");
      if (limit.isPresent()) {
        q = q.withLimit(integer("limit", limit.get(), 1, MAX_LIMIT));
      }
      Optional<String> offset = one(params, "offset");
      if (offset.isPresent()) {
        q = q.withOffset(integer("offset", offset.get(), 0, Integer.MAX_VALUE));
      }
    } catch (IllegalArgumentException e) {
      // EventQuery's own checks (dyad codes, from after to): the message names the value
      throw ApiException.badRequest(e.getMessage());
    }
    Optional<String> text = one(params, "text");
    if (text.isPresent() && text.get().length() > 200) {
      throw ApiException.badRequest("text is longer than 200 characters");
    }
    Period period = one(params, "period").map(Filters::period).orElse(Period.MONTH);
    return new Filters(q, text, period);
  }

  /** The first non-blank value of a query parameter, stripped. */
  static Optional<String> one(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    if (values == null || values.isEmpty() || values.get(0).isBlank()) {
      return Optional.empty();
    }
    return Optional.of(values.get(0).strip());
  }

  private static List<String> dyad(String value) {
    List<String> codes = new ArrayList<>();
    for (String part : value.split("[,\\s]+")) {
      if (!part.isEmpty()) {
        codes.add(part.toUpperCase(Locale.ROOT));
      }
    }
    if (codes.isEmpty() || codes.size() > 2) {
      throw ApiException.badRequest("dyad takes one or two country codes separated by a comma (ISR,MAR), got '" + value + "'");
    }
    return codes;
  }

  private static EventType type(String value) {
    try {
      return EventType.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("type '" + value + "' is not a PLOVER event type (AGREE, CONSULT, … ASSAULT)");
    }
  }

  private static LocalDate date(String name, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + " '" + value + "' is not a date YYYY-MM-DD");
    }
  }

  /** A whole-number parameter within [min, max]; a 400 naming the parameter otherwise. */
  static int integer(String name, String value, int min, int max) {
    int n;
    try {
      n = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " '" + value + "' is not a whole number");
    }
    if (n < min || n > max) {
      throw ApiException.badRequest(name + " must be between " + min + " and " + max + ", got " + n);
    }
    return n;
  }

  private static Period period(String value) {
    try {
      return Period.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("period '" + value + "' is not day, month or year");
    }
  }

  private static List<String> sorted(Set<String> s) {
    List<String> l = new ArrayList<>(s);
    l.sort(null);
    return l;
  }
}
