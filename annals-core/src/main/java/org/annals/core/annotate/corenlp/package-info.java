/** The CoreNLP adapter: the only package that imports {@code edu.stanford.nlp}. */
package org.annals.core.annotate.corenlp;
