package org.annals.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One happening reported by the article, coded in PLOVER with its nearest CAMEO code.
 *
 * @param rules     ids of the lexicon rows and rules that produced it (trigger row first)
 * @param reports   every place in the article that reports this same happening (the evidence first)
 */
public record Event(EventId id, EventType type, Optional<String> mode, List<String> contexts, String cameo,
                    double goldstein, List<EntityId> source, List<EntityId> target, Optional<EntityId> location,
                    EventDate date, Status status, Mention trigger, Mention evidence,
                    Optional<EntityId> attribution, double confidence, List<String> rules, List<Mention> reports) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(attribution, "attribution");
        contexts = List.copyOf(contexts);
        source = List.copyOf(source);
        target = List.copyOf(target);
        rules = List.copyOf(rules);
        reports = List.copyOf(reports);
        if (!cameo.matches("[0-9]{2,4}")) {
            throw new IllegalArgumentException("event " + id + ": CAMEO code '" + cameo + "' is not 2-4 digits");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("event " + id + ": confidence " + confidence + " outside [0, 1]");
        }
        if (goldstein < -10.0 || goldstein > 10.0) {
            throw new IllegalArgumentException("event " + id + ": Goldstein " + goldstein + " outside [-10, 10]");
        }
    }

    public int quadClass() { return type.quadClass(); }
}
