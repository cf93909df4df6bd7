package org.annals.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An actor, place or agreement the article talks about, with every mention of it.
 *
 * @param country  ISO 3166-1 alpha-3, or {@code IGO}
 * @param sector   PLOVER sector code (GOV, MIL, …)
 * @param titles   titles and roles as written ("General", "commander of the Israeli Air Force")
 * @param former   titles that the text marks as no longer held ("then-defense minister")
 * @param memberOf the organization a person or unit belongs to
 * @param members  for GROUP entities, the entities the group stands for
 */
public record Entity(EntityId id, EntityKind kind, String name, Optional<String> country, Optional<String> sector,
                     List<String> titles, List<String> former, Optional<EntityId> memberOf, List<EntityId> members,
                     List<Mention> mentions) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(memberOf, "memberOf");
        titles = List.copyOf(titles);
        former = List.copyOf(former);
        members = List.copyOf(members);
        mentions = List.copyOf(mentions);
        country.ifPresent(c -> {
            if (!c.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("entity " + id + ": country '" + c + "' is not ISO alpha-3 or IGO");
            }
        });
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("entity " + id + " (" + name + ") has no mention");
        }
    }
}
