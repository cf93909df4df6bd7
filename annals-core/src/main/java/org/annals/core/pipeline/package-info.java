/**
 * The pipeline: {@link org.annals.core.pipeline.Pipeline#extract} wires read → annotate → time → actors →
 * quotes → events into an {@link org.annals.model.ArticleRecord}. Thread-safe; the CoreNLP models load once
 * per JVM on first use (about 15–20 s, about 3 GB of heap).
 */
package org.annals.core.pipeline;
