package org.annals.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.annals.core.pipeline.Pipeline;
import org.annals.core.read.DocumentReaders;
import org.annals.core.read.ReadOptions;
import org.annals.core.read.ReadOutcome;
import org.annals.model.ArticleRecord;
import org.annals.model.Document;
import org.annals.model.Entity;
import org.annals.model.Event;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local[2] on the example articles (as JSON Lines) writes the same entities and events as
 * {@code annals extract} on the same file, with the documented ids.
 */
class AnnalsJobTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("annals-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void jobOutputEqualsExtract(@TempDir Path tmp) throws IOException {
        Path examples = Path.of(System.getProperty("annals.repo", "..")).resolve("examples");
        List<Path> files;
        try (Stream<Path> s = Files.list(examples)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).filter(p -> !p.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        }
        assertThat(files).isNotEmpty();
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (Path f : files) {
            for (ReadOutcome o : DocumentReaders.read(f, ReadOptions.defaults())) {
                Document d = ((ReadOutcome.Ok) o).document();
                ObjectNode n = json.createObjectNode().put("id", d.id()).put("date", d.date().toString())
                        .put("title", d.title()).put("text", d.text());
                lines.add(json.writeValueAsString(n));
            }
        }
        Path input = tmp.resolve("examples.jsonl");
        Files.write(input, lines);
        Path out = tmp.resolve("out");

        long n = AnnalsJob.run(spark, new AnnalsJob.Options(List.of(input.toString()), out.toString(), 1, 2));
        assertThat(n).isEqualTo(files.size());

        // what `annals extract examples.jsonl` gives: the same reader, the standard pipeline
        Set<String> wantEntities = new HashSet<>();
        Set<String> wantEvents = new HashSet<>();
        int reports = 0;
        Pipeline pipeline = Pipeline.standard();
        for (ReadOutcome o : DocumentReaders.read(input, ReadOptions.defaults())) {
            ReadOutcome.Ok ok = (ReadOutcome.Ok) o;
            ArticleRecord r = pipeline.extract(ok.document(), ok.warnings());
            String docId = RecordRows.docId(r.document());
            for (Entity e : r.entities()) {
                wantEntities.add(String.join("|", docId + "/" + e.id(), e.kind().name(), e.name(),
                        e.country().orElse("-"), e.sector().orElse("-"), String.valueOf(e.mentions().size())));
            }
            for (Event v : r.events()) {
                wantEvents.add(String.join("|", docId + "/" + v.id(), v.type().name(), v.cameo(),
                        v.source().stream().map(x -> docId + "/" + x).toList().toString(),
                        v.target().stream().map(x -> docId + "/" + x).toList().toString(),
                        v.date().value(), v.status().name(), String.valueOf(v.trigger().start())));
                reports += v.reports().size();
            }
        }
        assertThat(wantEvents).isNotEmpty();

        Set<String> gotEntities = new HashSet<>();
        for (Row e : spark.read().parquet(out.resolve("entities").toString()).collectAsList()) {
            gotEntities.add(String.join("|", e.<String>getAs("entityId"), e.getAs("kind"), e.getAs("name"),
                    orDash(e.getAs("country")), orDash(e.getAs("sector")), String.valueOf(e.<Integer>getAs("mentionCount"))));
        }
        Set<String> gotEvents = new HashSet<>();
        for (Row v : spark.read().parquet(out.resolve("events").toString()).collectAsList()) {
            gotEvents.add(String.join("|", v.<String>getAs("eventId"), v.getAs("type"), v.getAs("cameo"),
                    v.getList(v.fieldIndex("source")).toString(), v.getList(v.fieldIndex("target")).toString(),
                    v.getAs("dateValue"), v.getAs("status"), String.valueOf(v.<Integer>getAs("triggerStart"))));
        }
        assertThat(gotEntities).isEqualTo(wantEntities);
        assertThat(gotEvents).isEqualTo(wantEvents);
        assertThat(spark.read().parquet(out.resolve("event_reports").toString()).count()).isEqualTo(reports);
        assertThat(spark.read().parquet(out.resolve("documents").toString()).where("error is not null").count())
                .isZero();

        // every event is in exactly one cluster, and a cluster never mixes event types
        List<Row> clusters = spark.read().parquet(out.resolve("event_clusters").toString()).collectAsList();
        assertThat(clusters).hasSize(wantEvents.size());
        assertThat(clusters.stream().map(c -> c.<String>getAs("eventId")).distinct().count()).isEqualTo(wantEvents.size());
        long happenings = spark.read().parquet(out.resolve("happenings").toString()).count();
        assertThat(happenings).isBetween(1L, (long) wantEvents.size());
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
