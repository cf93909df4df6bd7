package org.annals.core.time.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.annals.core.annotate.AnnotatedDocument;
import org.annals.core.annotate.NerSpan;
import org.annals.core.annotate.Sentence;
import org.annals.core.annotate.TimexAnnotation;
import org.annals.core.annotate.corenlp.CoreNlpAnnotator;
import org.annals.core.read.DocumentReaders;
import org.annals.core.read.ReadOptions;
import org.annals.core.read.ReadOutcome;
import org.annals.core.time.TimeResolver;
import org.annals.model.Document;
import org.annals.model.TimeMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Development loop for the time rules, not a test: {@code -Dannals.timeml.dev=DIR} scores {@link TimeResolver} on the
 * TimeML under DIR, with CoreNLP's annotations cached in {@code -Dannals.timeml.cache} (default
 * {@code /tmp/annals-timeml-cache}) so that a rule change is measured in seconds. Writes every value error, miss and
 * spurious expression to {@code -Dannals.timeml.report} (default {@code /tmp/annals-timeml-report.txt}). The numbers
 * to report come from {@code annals eval timeml}, which runs the whole pipeline.
 */
@EnabledIfSystemProperty(named = "annals.timeml.dev", matches = ".+")
class TimeMlDevLoop {
    /** What is cached of an annotated document (LocalDate as a string: no Jackson module needed). */
    record Cached(String id, String date, String title, String source, String text, List<Sentence> sentences,
                  List<TimexAnnotation> timexes, List<NerSpan> ner) {
        AnnotatedDocument restore() {
            Document d = Document.of(id, LocalDate.parse(date), title, source, text);
            return new AnnotatedDocument(d, sentences, timexes, ner);
        }
    }

    private static final java.util.Map<Timex, String> RULES = new java.util.concurrent.ConcurrentHashMap<>();
    /** Per document: its creation date and text, for the context column of the report. */
    private static final java.util.Map<String, Document> DOCS = new java.util.concurrent.ConcurrentHashMap<>();
    /** System expressions whose span and value equal a gold one, with their rule (the OK lines). */
    private static final java.util.Map<String, List<Timex>> RIGHT = new java.util.concurrent.ConcurrentHashMap<>();

    @Test
    void score() throws Exception {
        Path dir = Path.of(System.getProperty("annals.timeml.dev"));
        Path cache = Path.of(System.getProperty("annals.timeml.cache", "/tmp/annals-timeml-cache"));
        Path report = Path.of(System.getProperty("annals.timeml.report", "/tmp/annals-timeml-report.txt"));
        Files.createDirectories(cache);
        ObjectMapper json = new ObjectMapper().configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        CoreNlpAnnotator annotator = new CoreNlpAnnotator();
        TimeResolver resolver = new TimeResolver();
        List<TimexScorer.DocumentScore> scores = java.util.Collections.synchronizedList(new ArrayList<>());
        files.parallelStream().forEach(f -> {
            try {
                TimeMlTimexes gold = TimeMlTimexes.parse(Files.readString(f));
                ReadOutcome o = DocumentReaders.read(f, new ReadOptions(Optional.empty(),
                        ReadOptions.DEFAULT_MAX_CHARS)).get(0);
                if (!(o instanceof ReadOutcome.Ok ok)) {
                    System.out.println("DEV skipped " + ((ReadOutcome.Failed) o).message());
                    return;
                }
                Document d = ok.document();
                Path c = cache.resolve(d.sha256() + ".json");
                AnnotatedDocument ad;
                if (Files.exists(c)) {
                    ad = json.readValue(c.toFile(), Cached.class).restore();
                } else {
                    ad = annotator.annotate(d);
                    json.writeValue(c.toFile(), new Cached(d.id(), d.date().toString(), d.title(), d.source(),
                            d.text(), ad.sentences(), ad.timexes(), ad.nerSpans()));
                }
                List<Timex> sys = new ArrayList<>();
                for (TimeMention t : resolver.resolve(ad).mentions()) {
                    Timex x = new Timex(t.start(), t.end(), t.text(), t.type().name(), t.value());
                    sys.add(x);
                    RULES.put(x, t.rule().orElse("-"));
                }
                String name = dir.relativize(f).toString();
                DOCS.put(name, d);
                RIGHT.put(name, sys.stream().filter(x -> gold.timexes().stream().anyMatch(g -> g.start() == x.start()
                        && g.end() == x.end() && g.value().equals(x.value()))).toList());
                scores.add(TimexScorer.score(name, gold.timexes(), sys));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        scores.sort(Comparator.comparing(TimexScorer.DocumentScore::document));
        TimexScore total = scores.stream().map(TimexScorer.DocumentScore::score).reduce(TimexScore.ZERO,
                TimexScore::plus);
        String line = String.format(java.util.Locale.ROOT,
                "DEV %s: gold %d sys %d strict %.4f relaxed %.4f (P %.4f R %.4f) type %.4f value %.4f (acc %.4f)",
                dir, total.gold(), total.system(), total.strictF1(), total.relaxedF1(), total.relaxedPrecision(),
                total.relaxedRecall(), total.typeF1(), total.valueF1(), total.valueAccuracy());
        System.out.println(line);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(report))) {
            w.println(line);
            for (TimexScorer.DocumentScore d : scores) {
                Document doc = DOCS.get(d.document());
                for (TimexScorer.ValueError e : d.valueErrors()) {
                    w.printf("VALUE\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s%n", d.document(), flat(e.gold().text()),
                            e.gold().type() + ":" + e.gold().value(), flat(e.system().text()),
                            e.system().type() + ":" + e.system().value(), RULES.get(e.system()), doc.date(),
                            context(doc, e.gold()));
                }
                for (Timex t : d.missed()) {
                    w.printf("MISS\t%s\t%s\t%s\t%s\t%s%n", d.document(), flat(t.text()), t.type() + ":" + t.value(),
                            doc.date(), context(doc, t));
                }
                for (Timex t : d.spurious()) {
                    w.printf("SPUR\t%s\t%s\t%s\t%s\t%s\t%s%n", d.document(), flat(t.text()),
                            t.type() + ":" + t.value(), RULES.get(t), doc.date(), context(doc, t));
                }
                for (Timex t : RIGHT.getOrDefault(d.document(), List.of())) {
                    w.printf("OK\t%s\t%s\t%s\t%s\t%s\t%s%n", d.document(), flat(t.text()),
                            t.type() + ":" + t.value(), RULES.get(t), doc.date(), context(doc, t));
                }
            }
        }
    }

    /** The words around an expression, the expression in brackets. */
    private static String context(Document d, Timex t) {
        String text = d.text();
        if (t.end() > text.length()) {
            return "";
        }
        int from = Math.max(0, t.start() - 90);
        int to = Math.min(text.length(), t.end() + 60);
        return flat(text.substring(from, t.start()) + "[" + text.substring(t.start(), t.end()) + "]"
                + text.substring(t.end(), to));
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
