package org.annals.model;

import java.util.Map;
import java.util.Objects;

/** What produced a record: Annals version, pipeline spec hash, and the hash of every lexicon file used. */
public record Provenance(String annalsVersion, String pipelineSpec, Map<String, String> lexicons) {
    public Provenance {
        Objects.requireNonNull(annalsVersion, "annalsVersion");
        Objects.requireNonNull(pipelineSpec, "pipelineSpec");
        lexicons = Map.copyOf(lexicons);
    }
}
