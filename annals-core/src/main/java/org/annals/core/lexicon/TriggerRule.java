package org.annals.core.lexicon;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.model.EventType;

/** One row of {@code triggers.tsv}: a word that signals an event, and how to find its actors. */
public record TriggerRule(String id, String lemma, Pos pos, Optional<String> particle, Set<String> objects,
                          EventType type, Optional<String> mode, String cameo, List<String> source,
                          List<String> target, boolean reciprocal, Optional<String> context, double weight,
                          String note) {
    public TriggerRule {
        objects = Set.copyOf(objects);
        source = List.copyOf(source);
        target = List.copyOf(target);
    }
}
