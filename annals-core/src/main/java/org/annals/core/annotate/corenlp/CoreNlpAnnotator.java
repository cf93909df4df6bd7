package org.annals.core.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.annals.core.annotate.AnnotatedDocument;
import org.annals.core.annotate.Dependency;
import org.annals.core.annotate.NerSpan;
import org.annals.core.annotate.Sentence;
import org.annals.core.annotate.TextAnnotator;
import org.annals.core.annotate.TimexAnnotation;
import org.annals.core.annotate.Token;
import org.annals.model.Document;

/**
 * Stanford CoreNLP behind {@link TextAnnotator}: tokenize, ssplit, pos, lemma, ner (with SUTime and fine-grained
 * classes), depparse. The one place where CoreNLP structures are copied into our records.
 *
 * <p>Why not CoreNLP's coref and quote annotators: on news about two countries coref merges units of different
 * nations and quote attribution picks the wrong speakers; the actor and event stages do both with rules we
 * can test. Dropping them also halves the annotation time.
 */
public final class CoreNlpAnnotator implements TextAnnotator {
    private static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";
    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

    private static final class Holder {
        static final StanfordCoreNLP PIPELINE = build();
    }

    private static volatile boolean loaded;

    private static StanfordCoreNLP build() {
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("sutime.includeRange", "true");
        p.setProperty("sutime.markTimeRanges", "true");
        p.setProperty("depparse.language", "english");
        try {
            StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
            loaded = true;
            return pipeline;
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot load the CoreNLP English models: " + e.getMessage(), e);
        }
    }

    /** The shared pipeline is built on first use; this tells whether that already happened. */
    public static boolean isLoaded() { return loaded; }

    /** Builds the shared pipeline now (so that load time can be measured apart from the first document). */
    public static void preload() { Holder.PIPELINE.getClass(); }

    @Override
    public String spec() { return "corenlp-4.5.10:" + ANNOTATORS; }

    @Override
    public AnnotatedDocument annotate(Document document) {
        Annotation ann = new Annotation(document.text());
        ann.set(CoreAnnotations.DocDateAnnotation.class, document.date().toString());
        Holder.PIPELINE.annotate(ann);

        List<Sentence> sentences = new ArrayList<>();
        List<TimexAnnotation> timexes = new ArrayList<>();
        List<NerSpan> ner = new ArrayList<>();
        List<CoreMap> cmSentences = ann.get(CoreAnnotations.SentencesAnnotation.class);
        int sIndex = 0;
        for (CoreMap cs : cmSentences) {
            List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            List<Token> tokens = new ArrayList<>(labels.size());
            TreeMap<Integer, Integer> byStart = new TreeMap<>();
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                String lemma = l.lemma() == null ? l.word() : l.lemma();
                String nerTag = l.ner() == null ? "O" : l.ner();
                tokens.add(new Token(i, l.beginPosition(), l.endPosition(), l.originalText(),
                        lemma.toLowerCase(Locale.ROOT), l.tag(), nerTag));
                byStart.put(l.beginPosition(), i);
            }
            List<Dependency> deps = new ArrayList<>();
            SemanticGraph g = cs.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (g != null) {
                for (SemanticGraphEdge e : g.edgeIterable()) {
                    deps.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1,
                            e.getDependent().index() - 1));
                }
                g.getRoots().forEach(r -> deps.add(new Dependency("root", -1, r.index() - 1)));
            }
            int sStart = tokens.get(0).start();
            int sEnd = tokens.get(tokens.size() - 1).end();
            sentences.add(new Sentence(sIndex, sStart, sEnd, tokens, deps));

            List<CoreMap> mentions = cs.get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions != null) {
                for (CoreMap m : mentions) {
                    String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                    int begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                    int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                    Integer tb = byStart.get(begin);
                    if (type == null || tb == null) {
                        continue;
                    }
                    int te = tb;
                    while (te < tokens.size() && tokens.get(te).start() < end) {
                        te++;
                    }
                    String text = document.text().substring(begin, end);
                    if (TIME_TYPES.contains(type)) {
                        Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
                        if (t == null) {
                            t = labels.get(tb).get(TimeAnnotations.TimexAnnotation.class);
                        }
                        String value = t == null || t.value() == null ? "" : t.value();
                        String ttype = t == null || t.timexType() == null ? type : t.timexType();
                        timexes.add(new TimexAnnotation(sIndex, tb, te, begin, end, text, ttype, value));
                    } else {
                        ner.add(new NerSpan(sIndex, tb, te, begin, end, text, type));
                    }
                }
            }
            sIndex++;
        }
        return new AnnotatedDocument(document, sentences, timexes, ner);
    }
}
