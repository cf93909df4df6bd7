package org.annals.store;

import java.util.List;
import java.util.Objects;

/**
 * What the knowledge base knows about one entity.
 *
 * @param aliases the distinct names it was written as
 * @param titles titles and roles as written, most frequent first
 * @param formerTitles titles the articles mark as no longer held
 * @param affiliations the organizations it was said to belong to
 * @param members entities said to belong to it
 * @param events its events, by date (at most {@link EventQuery#DEFAULT_LIMIT})
 * @param partners the other actors of its events, most events together first
 * @param documents how many documents mention it
 */
public record ActorProfile(
    ActorRef actor,
    List<String> aliases,
    List<String> titles,
    List<String> formerTitles,
    List<ActorRef> affiliations,
    List<ActorRef> members,
    List<EventSummary> events,
    List<Partner> partners,
    int documents) {

  public ActorProfile {
    Objects.requireNonNull(actor, "actor");
    aliases = List.copyOf(aliases);
    titles = List.copyOf(titles);
    formerTitles = List.copyOf(formerTitles);
    affiliations = List.copyOf(affiliations);
    members = List.copyOf(members);
    events = List.copyOf(events);
    partners = List.copyOf(partners);
  }

  /** Another actor of the events of the profiled one, and in how many events they appear together. */
  public record Partner(ActorRef actor, int events) {
    public Partner {
      Objects.requireNonNull(actor, "actor");
    }
  }
}
