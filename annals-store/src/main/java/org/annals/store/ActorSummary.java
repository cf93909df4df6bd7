package org.annals.store;

import java.util.Objects;

/** An entity with how many events it takes part in and how many documents mention it. */
public record ActorSummary(ActorRef actor, int events, int documents) {
  public ActorSummary {
    Objects.requireNonNull(actor, "actor");
  }
}
