package org.annals.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annals.model.EventType;
import org.annals.store.EventQuery;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The event filters shared by {@code timeline}, {@code events} and {@code export}. */
final class EventFilter {

  @Option(names = "--actor", paramLabel = "NAME",
      description = "events with this actor (name or alias, case and accents ignored; or a country code)")
  String actor;

  @Option(names = "--dyad", paramLabel = "AAA,BBB", split = ",",
      description = "events whose actors include all these countries, e.g. ISR,MAR")
  List<String> dyad = new ArrayList<>();

  @Option(names = "--type", paramLabel = "TYPE", description = "PLOVER event type, e.g. CONSULT, AGREE, ASSAULT")
  EventType type;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "events that can lie on or after this day")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "events that can lie on or before this day")
  LocalDate to;

  EventQuery query(CommandSpec spec, int limit) {
    if (actor != null && !dyad.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--actor and --dyad cannot be combined");
    }
    List<String> codes = dyad.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList();
    for (String c : codes) {
      if (!c.matches("[A-Z]{3}")) {
        throw new ParameterException(spec.commandLine(),
            "--dyad wants ISO alpha-3 country codes such as ISR,MAR, got '" + c + "'");
      }
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
    }
    EventQuery q = EventQuery.all().withLimit(limit).withDyad(codes);
    if (actor != null) {
      q = q.withActor(actor);
    }
    if (type != null) {
      q = q.withType(type);
    }
    if (from != null) {
      q = q.withFrom(from);
    }
    if (to != null) {
      q = q.withTo(to);
    }
    return q;
  }
}
