/**
 * The CoreNLP adapter: the only package that imports {@code edu.stanford.nlp}. {@link
 * org.annals.core.annotate.corenlp.CoreNlpAnnotator} runs each annotator as its own pipeline (timed one by one) and
 * the dependency parse behind a {@link org.annals.core.annotate.corenlp.ParseGate} (the cascade); {@link
 * org.annals.core.annotate.corenlp.PlainCoreNlp} is the plain CoreNLP pipeline that speed is measured against.
 */
package org.annals.core.annotate.corenlp;
