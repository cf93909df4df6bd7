package org.annals.core.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.model.Entity;
import org.annals.model.EntityId;
import org.annals.model.EntityKind;

/** The entities of one document and where each is mentioned. */
public record Actors(List<Entity> entities, List<ActorMention> mentions) {
    public Actors {
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
    }

    public Entity get(EntityId id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no entity " + id));
    }

    /**
     * The entity a token stands for: a mention headed by it, else the smallest mention containing it.
     * Group and descriptor mentions count like names.
     */
    public Optional<EntityId> at(int sentence, int token) {
        ActorMention best = null;
        for (ActorMention m : mentions) {
            if (m.sentence() == sentence && m.head() == token) {
                if (best == null || best.head() != token || width(m) < width(best)) {
                    best = m;
                }
            }
        }
        if (best != null) {
            return Optional.of(best.entity());
        }
        for (ActorMention m : mentions) {
            if (m.covers(sentence, token) && (best == null || width(m) < width(best))) {
                best = m;
            }
        }
        return Optional.ofNullable(best).map(ActorMention::entity);
    }

    public List<ActorMention> inSentence(int sentence) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : mentions) {
            if (m.sentence() == sentence) {
                out.add(m);
            }
        }
        return out;
    }

    /** The COUNTRY entity of this document for an alpha-3 code, if the country is mentioned. */
    public Optional<EntityId> country(String alpha3) {
        return entities.stream().filter(e -> e.kind() == EntityKind.COUNTRY && e.country().equals(Optional.of(alpha3)))
                .map(Entity::id).findFirst();
    }

    public boolean isPlace(EntityId id) {
        EntityKind k = get(id).kind();
        return k == EntityKind.LOCATION || k == EntityKind.COUNTRY;
    }

    private static int width(ActorMention m) { return m.tokenEnd() - m.tokenBegin(); }
}
