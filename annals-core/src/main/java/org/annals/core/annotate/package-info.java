/**
 * Annotation: a {@link org.annals.model.Document} in, an {@link org.annals.core.annotate.AnnotatedDocument} out.
 *
 * <p>Inputs: the document body and date (the date is the reference for relative time expressions).
 * Outputs: sentences, tokens (offsets into the body, lemma, POS, fine-grained NER), basic Universal
 * Dependencies, the annotator's time expressions (values uncorrected) and NER spans. Resources: the CoreNLP
 * English models from the {@code models} jar. Failure modes: an {@link java.lang.IllegalStateException} when the
 * models cannot be loaded. Thread-safety: implementations are safe to share between threads; the CoreNLP
 * pipeline is built once per JVM, lazily. Only {@code annotate.corenlp} imports {@code edu.stanford.nlp}.
 */
package org.annals.core.annotate;
