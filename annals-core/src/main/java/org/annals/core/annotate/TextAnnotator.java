package org.annals.core.annotate;

import org.annals.model.Document;

/** Splits, tags, parses and finds time expressions and names in a document. Implementations are thread-safe. */
public interface TextAnnotator {
    AnnotatedDocument annotate(Document document);

    /** A short, stable description of the configuration (goes into provenance). */
    String spec();
}
