package org.annals.core.pipeline;

import java.util.List;
import java.util.Map;
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

    public Pipeline(TextAnnotator annotator, TimeResolver time, ActorResolver actors, QuoteFinder quotes,
                    EventCoder events) {
        this.annotator = annotator;
        this.time = time;
        this.actors = actors;
        this.quotes = quotes;
        this.events = events;
        this.provenance = new Provenance(Version.ANNALS, annotator.spec(), Lexicons.hashes());
    }

    /** The standard pipeline: CoreNLP and the lexicons shipped in this jar. CoreNLP loads on first extract. */
    public static Pipeline standard() {
        return new Pipeline(new CoreNlpAnnotator(), new TimeResolver(), new ActorResolver(), new QuoteFinder(),
                new EventCoder());
    }

    public ArticleRecord extract(Document document) {
        return extract(document, List.of());
    }

    /** Extracts the record; {@code warnings} (e.g. from the reader) are carried into it. */
    public ArticleRecord extract(Document document, List<String> warnings) {
        AnnotatedDocument doc = annotator.annotate(document);
        Timeline timeline = time.resolve(doc);
        Actors cast = actors.resolve(doc);
        List<Quote> said = quotes.find(doc, cast);
        List<Event> happened = events.code(doc, cast, timeline, said);
        return new ArticleRecord(document, cast.entities(), timeline.mentions(), happened, said, warnings,
                provenance);
    }

    public Provenance provenance() { return provenance; }

    /** Lexicon file name → SHA-256, for provenance. */
    public Map<String, String> lexicons() { return provenance.lexicons(); }
}
