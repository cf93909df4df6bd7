package org.annals.core.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import org.annals.model.Document;

/**
 * The plain CoreNLP pipeline that speed is measured against (issue 8): tokenize, ssplit, pos, lemma, ner,
 * depparse, every option at CoreNLP's default, the whole document at once. Nothing of Annals runs on its output.
 * Thread-safe; the models load in {@link #load()}.
 */
public final class PlainCoreNlp {
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

    private final StanfordCoreNLP pipeline;

    private PlainCoreNlp(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /** Loads the models (tens of seconds). */
    public static PlainCoreNlp load() {
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        return new PlainCoreNlp(new StanfordCoreNLP(p));
    }

    /** Annotates the document; returns its number of tokens. */
    public int annotate(Document document) {
        Annotation ann = new Annotation(document.text());
        ann.set(CoreAnnotations.DocDateAnnotation.class, document.date().toString());
        pipeline.annotate(ann);
        List<?> tokens = ann.get(CoreAnnotations.TokensAnnotation.class);
        return tokens == null ? 0 : tokens.size();
    }

    /** CoreNLP's own per-annotator timing summary (summed over threads). */
    public String timing() { return pipeline.timingInformation(); }
}
