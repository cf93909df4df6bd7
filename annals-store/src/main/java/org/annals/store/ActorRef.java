package org.annals.store;

import java.util.Objects;
import java.util.Optional;

/** An entity of the knowledge base as an event names it: store id, name, kind, country, sector. */
public record ActorRef(long id, String name, String kind, Optional<String> country, Optional<String> sector) {
  public ActorRef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(sector, "sector");
  }

  /** {@code Morocco (MAR)}, {@code Rosa Ibarra}. */
  public String label() {
    return name + country.map(c -> " (" + c + ")").orElse("");
  }
}
