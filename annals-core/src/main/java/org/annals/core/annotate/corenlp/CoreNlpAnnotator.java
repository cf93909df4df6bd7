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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;
import org.annals.core.annotate.AnnotatedDocument;
import org.annals.core.annotate.Dependency;
import org.annals.core.annotate.FineClasses;
import org.annals.core.annotate.NerSpan;
import org.annals.core.annotate.Sentence;
import org.annals.core.annotate.TextAnnotator;
import org.annals.core.annotate.TimexAnnotation;
import org.annals.core.annotate.Token;
import org.annals.model.Document;

/**
 * Stanford CoreNLP behind {@link TextAnnotator}: tokenize, ssplit, pos, lemma, ner (two CRF models, SUTime,
 * numeric classifiers), depparse. The one place where CoreNLP structures are copied into our records. The
 * fine-grained NER classes (COUNTRY, NATIONALITY, CITY, TITLE, RELIGION, IDEOLOGY) come from {@link FineClasses}
 * over Annals' lexicons, applied to each sentence's tokens before the parse gate, and the NER spans are re-split
 * by them; CoreNLP's own fine-grained step (the KBP gazetteer, ~70 % of NER time and ~1 GB of heap) runs only
 * with {@code -Dannals.corenlp.ner.applyFineGrained=true}, for comparisons.
 *
 * <p>Why not CoreNLP's coref and quote annotators: on news about two countries coref merges units of different
 * nations and quote attribution picks the wrong speakers; the actor and event stages do both with rules we
 * can test. Dropping them also halves the annotation time.
 *
 * <p>The cascade: the annotators run one by one (each timed, see {@link #stageNanos()}); the dependency parse,
 * the costliest step after NER, runs only on the sentences a {@link ParseGate} lets through. With
 * {@link ParseGate#ALL} (the no-argument constructor) every sentence is parsed: the full path, which the cascade
 * must match record for record.
 */
public final class CoreNlpAnnotator implements TextAnnotator {
    /** The annotators before the parse, in order; each runs as its own CoreNLP pipeline so it can be timed. */
    private static final List<String> PRE_PARSE = List.of("tokenize", "ssplit", "pos", "lemma", "ner");
    private static final String PARSE = "depparse";
    private static final String ANNOTATORS = String.join(",", PRE_PARSE) + "," + PARSE;
    private static final String NER_MODELS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
            + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    private static final String OVERRIDE_PREFIX = "annals.corenlp.";
    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

    /** The models, loaded once per JVM and shared by every instance (CoreNLP annotators are thread-safe). */
    private static final class Holder {
        static final Models MODELS = Models.load();
    }

    private record Models(List<StanfordCoreNLP> preParse, StanfordCoreNLP parse) {
        static Models load() {
            try {
                List<StanfordCoreNLP> pre = new ArrayList<>();
                for (String name : PRE_PARSE) {
                    pre.add(new StanfordCoreNLP(properties(name), false));
                }
                Models m = new Models(List.copyOf(pre), new StanfordCoreNLP(properties(PARSE), false));
                loaded = true;
                return m;
            } catch (RuntimeException e) {
                throw new IllegalStateException("cannot load the CoreNLP English models: " + e.getMessage(), e);
            }
        }
    }

    private static volatile boolean loaded;

    /**
     * The configuration of every annotator (the same for each single-annotator pipeline, so that CoreNLP's
     * annotator pool loads each model once). Time options (SUTime) are kept together at the end.
     */
    static Properties properties(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("depparse.language", "english");
        // NER: the stages read fine-grained classes (COUNTRY, NATIONALITY, CITY, TITLE, RELIGION …) and the
        // entity mentions; the time stage reads SUTime's values through the numeric classifiers.
        // CoreNLP's fine-grained step (TokensRegexNER over the 585,000-row KBP gazetteer, ~70 % of NER time) is
        // off: FineClasses gives the classes the stages read from Annals' lexicons (see fineGrainedByCoreNlp)
        // Two CRF models instead of CoreNLP's three: the 4-class one for MISC (group identities), the 3-class one
        // for PERSON/ORGANIZATION/LOCATION; the MUC 7-class model only added DATE/TIME/MONEY/PERCENT, which SUTime
        // and the numeric classifiers give anyway, and its DATE/TIME tags split "Tuesday evening" in two
        p.setProperty("ner.model", NER_MODELS);
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.applyNumericClassifiers", "true");
        // time (SUTime)
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("sutime.includeRange", "true");
        p.setProperty("sutime.markTimeRanges", "true");
        // experiments: -Dannals.corenlp.KEY=VALUE sets any CoreNLP property (not for production runs)
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith(OVERRIDE_PREFIX))
                .forEach(k -> p.setProperty(k.substring(OVERRIDE_PREFIX.length()), System.getProperty(k)));
        return p;
    }

    /** Whether CoreNLP's own fine-grained step runs (only when set so with -Dannals.corenlp.ner.applyFineGrained). */
    static boolean fineGrainedByCoreNlp() {
        return Boolean.parseBoolean(properties(PRE_PARSE.get(0)).getProperty("ner.applyFineGrained"));
    }

    private final ParseGate gate;
    private final FineClasses fine = fineGrainedByCoreNlp() ? null : FineClasses.standard();
    private final Map<String, LongAdder> nanos = new LinkedHashMap<>();
    private final LongAdder sentences = new LongAdder();
    private final LongAdder parsedSentences = new LongAdder();
    private final LongAdder tokens = new LongAdder();

    /** The full path: every sentence is parsed. */
    public CoreNlpAnnotator() {
        this(ParseGate.ALL);
    }

    /** The cascade: only the sentences {@code gate} lets through are parsed. */
    public CoreNlpAnnotator(ParseGate gate) {
        this.gate = gate;
        for (String name : PRE_PARSE) {
            nanos.put(name, new LongAdder());
        }
        nanos.put("fine", new LongAdder());
        nanos.put(PARSE, new LongAdder());
        nanos.put("convert", new LongAdder());
    }

    /** The shared models are built on first use; this tells whether that already happened. */
    public static boolean isLoaded() { return loaded; }

    /** Builds the shared models now (so that load time can be measured apart from the first document). */
    public static void preload() { Holder.MODELS.getClass(); }

    @Override
    public String spec() {
        return "corenlp-4.5.10:" + ANNOTATORS + ":ner=3class+conll4class" + (fine == null ? "+kbp" : "+annals-fine");
    }

    /** Nanoseconds spent so far in each annotator (summed over threads), in pipeline order, then copying out. */
    public Map<String, Long> stageNanos() {
        Map<String, Long> out = new LinkedHashMap<>();
        nanos.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /** Sentences annotated so far, sentences parsed so far, tokens so far. */
    public long[] counts() {
        return new long[] {sentences.sum(), parsedSentences.sum(), tokens.sum()};
    }

    @Override
    public AnnotatedDocument annotate(Document document) {
        Models models = Holder.MODELS;
        Annotation ann = new Annotation(document.text());
        ann.set(CoreAnnotations.DocDateAnnotation.class, document.date().toString());
        for (int i = 0; i < PRE_PARSE.size(); i++) {
            long t0 = System.nanoTime();
            models.preParse().get(i).annotate(ann);
            nanos.get(PRE_PARSE.get(i)).add(System.nanoTime() - t0);
        }

        long t0 = System.nanoTime();
        List<CoreMap> cmSentences = ann.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<Token>> tokenLists = new ArrayList<>(cmSentences.size());
        List<List<Token>> coarseLists = fine == null ? null : new ArrayList<>(cmSentences.size());
        List<CoreMap> toParse = new ArrayList<>();
        long fineNanos = 0;
        for (CoreMap cs : cmSentences) {
            List<Token> ts = tokens(cs.get(CoreAnnotations.TokensAnnotation.class));
            if (fine != null) {
                long f0 = System.nanoTime();
                coarseLists.add(ts);
                ts = fine.relabel(ts);
                fineNanos += System.nanoTime() - f0;
            }
            tokenLists.add(ts);
            if (!ts.isEmpty() && gate.needsParse(ts)) {
                toParse.add(cs);
            }
        }
        long t1 = System.nanoTime();
        if (!toParse.isEmpty()) {
            // a view of the document holding only the chosen sentences: the parser annotates them in place
            Annotation some = new Annotation(document.text());
            some.set(CoreAnnotations.TokensAnnotation.class, ann.get(CoreAnnotations.TokensAnnotation.class));
            some.set(CoreAnnotations.SentencesAnnotation.class, toParse);
            some.set(CoreAnnotations.DocDateAnnotation.class, document.date().toString());
            models.parse().annotate(some);
        }
        long t2 = System.nanoTime();
        nanos.get(PARSE).add(t2 - t1);

        AnnotatedDocument out = convert(document, cmSentences, tokenLists, coarseLists);
        nanos.get("fine").add(fineNanos);
        nanos.get("convert").add(System.nanoTime() - t2 + (t1 - t0) - fineNanos);
        sentences.add(cmSentences.size());
        parsedSentences.add(toParse.size());
        tokens.add(tokenLists.stream().mapToInt(List::size).sum());
        return out;
    }

    private static List<Token> tokens(List<CoreLabel> labels) {
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String lemma = l.lemma() == null ? l.word() : l.lemma();
            String nerTag = l.ner() == null ? "O" : l.ner();
            tokens.add(new Token(i, l.beginPosition(), l.endPosition(), l.originalText(),
                    lemma.toLowerCase(Locale.ROOT), l.tag(), nerTag));
        }
        return tokens;
    }

    private static AnnotatedDocument convert(Document document, List<CoreMap> cmSentences,
                                             List<List<Token>> tokenLists, List<List<Token>> coarseLists) {
        List<Sentence> sentences = new ArrayList<>();
        List<TimexAnnotation> timexes = new ArrayList<>();
        List<NerSpan> ner = new ArrayList<>();
        int sIndex = 0;
        for (int c = 0; c < cmSentences.size(); c++) {
            CoreMap cs = cmSentences.get(c);
            List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
            List<Token> tokens = tokenLists.get(c);
            if (tokens.isEmpty()) {
                continue;
            }
            TreeMap<Integer, Integer> byStart = new TreeMap<>();
            for (Token t : tokens) {
                byStart.put(t.start(), t.index());
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
            List<NerSpan> coarse = new ArrayList<>();
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
                        coarse.add(new NerSpan(sIndex, tb, te, begin, end, text, type));
                    }
                }
            }
            ner.addAll(coarseLists == null ? coarse
                    : FineClasses.spans(sIndex, coarseLists.get(c), tokens, coarse, document.text()));
            sIndex++;
        }
        return new AnnotatedDocument(document, sentences, timexes, ner);
    }
}
