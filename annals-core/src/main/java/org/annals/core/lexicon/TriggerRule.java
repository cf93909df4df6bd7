package org.annals.core.lexicon;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.model.EventType;

/**
 * One row of {@code triggers.tsv}: a word that signals an event, and how to find its actors.
 *
 * @param weight the prior: how reliably the authors expect the word to signal the event
 * @param devRight events of this row whose type was the gold type on the PLOVER dev sentences
 * @param devCoded events of this row on the PLOVER dev sentences (0: the row never fired there)
 */
public record TriggerRule(String id, String lemma, Pos pos, Optional<String> particle, Set<String> objects,
                          EventType type, Optional<String> mode, String cameo, List<String> source,
                          List<String> target, boolean reciprocal, Optional<String> context, double weight,
                          int devRight, int devCoded, String note) {
    /** How many dev events the prior weight counts as (additive smoothing of the measured precision). */
    public static final double PRIOR_STRENGTH = 2.0;

    public TriggerRule {
        objects = Set.copyOf(objects);
        source = List.copyOf(source);
        target = List.copyOf(target);
        if (devRight < 0 || devCoded < devRight) {
            throw new IllegalArgumentException("row " + id + ": dev counts " + devRight + "/" + devCoded);
        }
    }

    /**
     * The row's precision: measured on the dev sentences, smoothed towards the prior weight
     * ({@code (right + 2 * weight) / (coded + 2)}), so that one lucky or unlucky sentence moves it only a little;
     * the weight alone when the row never fired. Empty never: every row has a prior.
     */
    public Optional<Double> precision() {
        return Optional.of((devRight + PRIOR_STRENGTH * weight) / (devCoded + PRIOR_STRENGTH));
    }
}
