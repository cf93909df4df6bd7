package org.annals.core.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.annals.core.actor.ActorResolver;
import org.annals.core.actor.Actors;
import org.annals.core.annotate.AnnotatedDocument;
import org.annals.core.annotate.TextAnnotator;
import org.annals.core.annotate.corenlp.CoreNlpAnnotator;
import org.annals.core.event.EventCoder;
import org.annals.core.event.QuoteFinder;
import org.annals.core.time.TimeResolver;
import org.annals.core.time.Timeline;
import org.annals.model.ArticleRecord;
import org.annals.model.Document;
import org.annals.model.Event;
import org.annals.model.Provenance;
import org.annals.model.Quote;

/**
 * The one place where the stages meet: read document → annotate → time → actors → quotes → events → record.
 * Thread-safe: every stage is stateless or immutable; the CoreNLP pipeline is shared.
 */
public final class Pipeline {
    private final TextAnnotator annotator;
    private final TimeResolver time;
    private final ActorResolver actors;
    private final QuoteFinder quotes;
    private final EventCoder events;
    private final Provenance provenance;
    /** Nanoseconds spent in time, actors, quotes, events (summed over threads): the stage timing hooks. */
    private final LongAdder[] stageNanos = {new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder()};
    private static final List<String> STAGES = List.of("time", "actors", "quotes", "events");

    public Pipeline(TextAnnotator annotator, TimeResolver time, ActorResolver actors, QuoteFinder quotes,
                    EventCoder events) {
        this.annotator = annotator;
        this.time = time;
        this.actors = actors;
        this.quotes = quotes;
        this.events = events;
        this.provenance = new Provenance(Version.ANNALS, annotator.spec(), Lexicons.hashes());
    }

    /**
     * The standard pipeline: CoreNLP and the lexicons shipped in this jar, the dependency parse only on the
     * sentences that can hold an event or an actor (the cascade, see {@link CascadeGate}). CoreNLP loads on
     * first extract.
     */
    public static Pipeline standard() {
        return new Pipeline(new CoreNlpAnnotator(CascadeGate.standard()), new TimeResolver(), new ActorResolver(),
                new QuoteFinder(), new EventCoder());
    }

    /** As {@link #standard()} but every sentence is parsed: the slow path the cascade must match. */
    public static Pipeline fullParse() {
        return new Pipeline(new CoreNlpAnnotator(), new TimeResolver(), new ActorResolver(), new QuoteFinder(),
                new EventCoder());
    }

    public ArticleRecord extract(Document document) {
        return extract(document, List.of());
    }

    /** Extracts the record; {@code warnings} (e.g. from the reader) are carried into it. */
    public ArticleRecord extract(Document document, List<String> warnings) {
        AnnotatedDocument doc = annotator.annotate(document);
        long t0 = System.nanoTime();
        Timeline timeline = time.resolve(doc);
        long t1 = System.nanoTime();
        Actors cast = actors.resolve(doc);
        long t2 = System.nanoTime();
        List<Quote> said = quotes.find(doc, cast);
        long t3 = System.nanoTime();
        List<Event> happened = events.code(doc, cast, timeline, said);
        long t4 = System.nanoTime();
        stageNanos[0].add(t1 - t0);
        stageNanos[1].add(t2 - t1);
        stageNanos[2].add(t3 - t2);
        stageNanos[3].add(t4 - t3);
        return new ArticleRecord(document, cast.entities(), timeline.mentions(), happened, said, warnings,
                provenance);
    }

    public Provenance provenance() { return provenance; }

    /**
     * Nanoseconds spent so far in each stage, summed over threads, in pipeline order: the CoreNLP annotators one
     * by one (when the annotator is CoreNLP's) prefixed {@code corenlp.}, then time, actors, quotes, events.
     */
    public Map<String, Long> stageNanos() {
        Map<String, Long> out = new LinkedHashMap<>();
        if (annotator instanceof CoreNlpAnnotator c) {
            c.stageNanos().forEach((k, v) -> out.put("corenlp." + k, v));
        }
        for (int i = 0; i < STAGES.size(); i++) {
            out.put(STAGES.get(i), stageNanos[i].sum());
        }
        return out;
    }

    /** Sentences, parsed sentences and tokens annotated so far (zeros when the annotator is not CoreNLP's). */
    public long[] annotationCounts() {
        return annotator instanceof CoreNlpAnnotator c ? c.counts() : new long[3];
    }

    /** Lexicon file name → SHA-256, for provenance. */
    public Map<String, String> lexicons() { return provenance.lexicons(); }
}
