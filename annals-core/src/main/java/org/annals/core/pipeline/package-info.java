/**
 * The pipeline: {@link org.annals.core.pipeline.Pipeline#extract} wires read → annotate → time → actors →
 * quotes → events into an {@link org.annals.model.ArticleRecord}. Thread-safe (extract and bench run documents
 * in parallel through one instance); the CoreNLP models load once per JVM on first use (about 15–20 s on an
 * idle machine, about 1.1 GB of live heap).
 *
 * <p>{@link org.annals.core.pipeline.Pipeline#standard()} is the cascade: the dependency parse runs only on
 * sentences that {@code CascadeGate} lets through (a trigger, a speech verb or quote, a name, a place, a time, a
 * pronoun, an actor-lexicon word); {@link org.annals.core.pipeline.Pipeline#fullParse()} parses every sentence and
 * must give the same records (CascadeEquivalenceTest). Stage timing hooks:
 * {@link org.annals.core.pipeline.Pipeline#stageNanos()} (each CoreNLP annotator, then time, actors, quotes,
 * events, summed over threads) and {@link org.annals.core.pipeline.Pipeline#annotationCounts()}.
 */
package org.annals.core.pipeline;
