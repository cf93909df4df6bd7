package org.annals.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.annals.cli.Extractor;
import org.annals.cli.Main;
import org.annals.core.output.RecordJsonReader;
import org.annals.core.read.DocumentReaders;
import org.annals.core.read.ReadOptions;
import org.annals.core.read.ReadOutcome;
import org.annals.core.read.Sources;
import org.annals.model.ArticleRecord;
import org.annals.model.Document;
import org.annals.model.Entity;
import org.annals.model.Event;
import org.annals.testkit.WarcFixtures;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local[2], with the one pipeline of this JVM ({@link PipelineHolder}): on the example articles it writes
 * the entities and events of {@code annals extract}, and {@code annals ingest --parquet} of its output gives the
 * knowledge base of {@code annals ingest examples/}; WARC archives and JSON Lines are read with the sources, ids and
 * line numbers the command line gives them.
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

    /** What `annals extract FILE` gives for every article of {@code file}, by document id. */
    private static Map<String, ArticleRecord> extract(Path file) {
        Map<String, ArticleRecord> out = new HashMap<>();
        Sources.read(file, ReadOptions.defaults(), o -> {
            if (o instanceof ReadOutcome.Ok ok) {
                out.put(ok.document().id(), PipelineHolder.get().extract(ok.document(), ok.warnings()));
            }
        });
        return out;
    }

    @Test
    void examplesGiveTheRecordsOfExtractAndTheKnowledgeBaseOfIngest(@TempDir Path tmp) throws Exception {
        Path examples = Path.of(System.getProperty("annals.repo", "..")).resolve("examples").toAbsolutePath()
                .normalize();
        List<Path> files;
        try (Stream<Path> s = Files.list(examples)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        Path out = tmp.resolve("out");
        long n = AnnalsJob.run(spark, new AnnalsJob.Options(List.of(), List.of(examples + "/*.txt"), out.toString(),
                1, 2));
        assertThat(n).isEqualTo(files.size());

        Map<String, ArticleRecord> want = new HashMap<>();
        files.forEach(f -> want.putAll(extract(f)));
        Set<String> wantEntities = new HashSet<>();
        Set<String> wantEvents = new HashSet<>();
        int reports = 0;
        for (ArticleRecord r : want.values()) {
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
        assertThat(entities(out)).isEqualTo(wantEntities);
        assertThat(events(out)).isEqualTo(wantEvents);
        assertThat(spark.read().parquet(out.resolve("event_reports").toString()).count()).isEqualTo(reports);
        for (Row d : spark.read().parquet(out.resolve("documents").toString()).collectAsList()) {
            assertThat(d.<String>getAs("error")).isNull();
            ArticleRecord r = want.get(d.<String>getAs("sourceId"));
            assertThat(d.<String>getAs("input")).isEqualTo(r.document().source()).startsWith(examples.toString());
            assertThat(d.<Long>getAs("ordinal")).isEqualTo(1L);
            assertThat(RecordJsonReader.read(d.<String>getAs("record"))).isEqualTo(r);
        }

        // every event is in exactly one cluster, and a cluster never mixes event types
        List<Row> clusters = spark.read().parquet(out.resolve("event_clusters").toString()).collectAsList();
        assertThat(clusters).hasSize(wantEvents.size());
        assertThat(clusters.stream().map(c -> c.<String>getAs("eventId")).distinct().count()).isEqualTo(wantEvents.size());
        long happenings = spark.read().parquet(out.resolve("happenings").toString()).count();
        assertThat(happenings).isBetween(1L, (long) wantEvents.size());

        // `annals ingest examples/` (the records above stand in for a second load of the same pipeline) and
        // `annals ingest --parquet` of the job's output make the same knowledge base; a second run changes nothing
        Extractor same = new Extractor() {
            private final Map<String, ArticleRecord> seen = new ConcurrentHashMap<>(want);

            @Override
            public void warmUp() {
            }

            @Override
            public ArticleRecord extract(Document d, List<String> warnings) {
                ArticleRecord r = seen.get(d.id());
                return r != null && r.document().equals(d) ? r : PipelineHolder.get().extract(d, warnings);
            }
        };
        Path direct = tmp.resolve("direct.duckdb");
        Path parquet = tmp.resolve("parquet.duckdb");
        String[] ingest = cli(same, "ingest", "--db", direct.toString(), examples.toString());
        assertThat(ingest[0]).as(ingest[2]).isEqualTo("0");
        String[] fromParquet = cli(same, "ingest", "--db", parquet.toString(), "--parquet", out.toString());
        assertThat(fromParquet[0]).as(fromParquet[2]).isEqualTo("0");
        assertThat(fromParquet[1]).contains(files.size() + " added, 0 replaced, 0 unchanged, 0 failed");
        assertThat(fromParquet[1].lines().toList().get(1)).isEqualTo(ingest[1].lines().toList().get(1));
        List<String> dump = dump(direct);
        assertThat(dump(parquet)).isEqualTo(dump);
        assertThat(dump).anyMatch(l -> l.startsWith("quotes:")).anyMatch(l -> l.startsWith("times:"));
        String[] again = cli(same, "ingest", "--db", parquet.toString(), "--parquet", out.toString());
        assertThat(again[1]).contains("0 added, 0 replaced, " + files.size() + " unchanged, 0 failed");
        assertThat(dump(parquet)).isEqualTo(dump);
    }

    @Test
    void warcArchivesAndJsonLinesKeepTheirSourcesIdsAndLines(@TempDir Path tmp) throws Exception {
        Path warc = new WarcFixtures(Instant.parse("2024-05-15T08:00:00Z"))
                .request("https://tidings.example/world/quota-talks")
                .page("https://tidings.example/world/quota-talks", page("2024-05-14", "Fishing quota talks",
                        "The fisheries ministers of Norway and Iceland met in Reykjavik on Monday to discuss"
                                + " mackerel quotas. Norway later accused Iceland of ignoring the shared stock limits."))
                .response("https://tidings.example/logo.png", 200, "image/png", new byte[] {1, 2, 3})
                .page("https://tidings.example/world/rail-deal", page("2024-05-13", "Rail deal",
                        "Kenya signed an agreement with Tanzania on Sunday to build a cross-border railway."))
                .writeTo(tmp.resolve("crawl.warc.gz"), true);
        Path jsonl = tmp.resolve("feed.jsonl");
        Files.writeString(jsonl, String.join("\n",
                "{\"id\": \"p-1\", \"date\": \"2024-05-10\", \"title\": \"Port visit\", \"text\": \"The navy chief"
                        + " of India paid a visit to Sri Lanka on Thursday.\"}",
                "",
                "{\"id\": \"broken\", \"date\": ",
                "{\"date\": \"2024-05-11\", \"title\": \"Aid\", \"text\": \"Japan sent emergency aid to the"
                        + " Philippines after the storm.\"}",
                "date 2024-05-12 not an object: a plain-text line is no article of a JSON Lines file") + "\n",
                StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        AnnalsJob.run(spark, new AnnalsJob.Options(List.of(jsonl.toString()), List.of(warc.toString()),
                out.toString(), 1, 2));

        Map<String, Row> docs = new HashMap<>();
        spark.read().parquet(out.resolve("documents").toString()).collectAsList()
                .forEach(d -> docs.put(d.getAs("source"), d));
        assertThat(docs.keySet()).containsExactlyInAnyOrder("https://tidings.example/world/quota-talks",
                "https://tidings.example/world/rail-deal", jsonl + ":1", jsonl + ":3", jsonl + ":4", jsonl + ":5");
        assertThat(docs.get(jsonl + ":5").<String>getAs("error")).isEqualTo("malformed JSON (not an article object)");
        Row quota = docs.get("https://tidings.example/world/quota-talks");
        assertThat(quota.<String>getAs("sourceId")).isEqualTo("crawl.warc.gz:3");
        assertThat(quota.<String>getAs("input")).isEqualTo(warc.toString());
        assertThat(quota.<Long>getAs("ordinal")).isEqualTo(1L);
        assertThat(docs.get("https://tidings.example/world/rail-deal").<Long>getAs("ordinal")).isEqualTo(2L);
        assertThat(docs.get(jsonl + ":4").<String>getAs("sourceId")).as("the default id names the line")
                .isEqualTo("feed.jsonl:4");
        assertThat(docs.get(jsonl + ":4").<Long>getAs("ordinal")).isEqualTo(4L);
        Row broken = docs.get(jsonl + ":3");
        assertThat(broken.<String>getAs("error")).startsWith("malformed JSON");
        assertThat(broken.<String>getAs("record")).isNull();

        // the same records as `annals extract` of the archive and of the file
        Map<String, ArticleRecord> want = new HashMap<>(extract(warc));
        want.putAll(extract(jsonl));
        assertThat(want).hasSize(4);
        for (Row d : docs.values()) {
            if (d.getAs("error") == null) {
                ArticleRecord r = want.get(d.<String>getAs("sourceId"));
                assertThat(RecordJsonReader.read(d.<String>getAs("record"))).as(d.<String>getAs("source"))
                        .isEqualTo(r);
            }
        }
        assertThat(events(out)).hasSize(want.values().stream().mapToInt(r -> r.events().size()).sum()).isNotEmpty();
    }

    private static String page(String date, String title, String body) {
        return "<!doctype html><html><head><title>" + title + " - The Tidings</title>"
                + "<meta property=\"article:published_time\" content=\"" + date + "T09:00:00Z\"></head>"
                + "<body><nav>Home | World</nav><article><h1>" + title + "</h1><p>" + body + "</p></article>"
                + "<footer>Subscribe</footer></body></html>";
    }

    private static Set<String> entities(Path out) {
        Set<String> got = new HashSet<>();
        for (Row e : spark.read().parquet(out.resolve("entities").toString()).collectAsList()) {
            got.add(String.join("|", e.<String>getAs("entityId"), e.getAs("kind"), e.getAs("name"),
                    orDash(e.getAs("country")), orDash(e.getAs("sector")), String.valueOf(e.<Integer>getAs("mentionCount"))));
        }
        return got;
    }

    private static Set<String> events(Path out) {
        Set<String> got = new HashSet<>();
        for (Row v : spark.read().parquet(out.resolve("events").toString()).collectAsList()) {
            got.add(String.join("|", v.<String>getAs("eventId"), v.getAs("type"), v.getAs("cameo"),
                    v.getList(v.fieldIndex("source")).toString(), v.getList(v.fieldIndex("target")).toString(),
                    v.getAs("dateValue"), v.getAs("status"), String.valueOf(v.<Integer>getAs("triggerStart"))));
        }
        return got;
    }

    /** {@code annals ARGS} in-process: exit code, stdout, stderr. */
    private static String[] cli(Extractor extractor, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new Main(() -> extractor, false, InputStream.nullInputStream()), new PrintWriter(out),
                new PrintWriter(err), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    /** Every row of every table of a knowledge base, sorted: equal dumps, equal knowledge bases. */
    private static List<String> dump(Path db) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement st = c.createStatement()) {
            for (String table : List.of("documents", "entities", "aliases", "titles", "doc_entities", "mentions",
                    "events", "event_actors", "event_reports", "quotes", "times")) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
                    while (rs.next()) {
                        StringBuilder b = new StringBuilder(table).append(':');
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            String column = rs.getMetaData().getColumnName(i);
                            Object v = rs.getObject(i);
                            b.append(' ').append(column).append('=').append(v);
                        }
                        rows.add(b.toString());
                    }
                }
                rows.sort(null);
                lines.addAll(rows);
            }
        }
        return lines;
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
