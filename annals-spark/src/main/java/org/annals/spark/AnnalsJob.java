package org.annals.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The Spark job: articles from any Hadoop-compatible path in (JSON Lines split by line with {@code --input}; WARC
 * archives and other whole files with {@code --files}, see {@link ReadArticles}), the Parquet tables of
 * {@link org.annals.spark} out. Stage one reads the articles and extracts each with the executor's one pipeline
 * ({@link PipelineHolder}); stage two clusters reports of the same happening across articles ({@link EventMerge}).
 * {@code annals ingest --parquet OUT} loads the output into a knowledge base.
 *
 * <pre>
 * spark-submit --class org.annals.spark.AnnalsJob annals-spark.jar (--input JSONL | --files PATH)… --output OUT
 *     [--window-days N] [--partitions N]
 * </pre>
 *
 * Tables are overwritten: with deterministic ids a re-run on the same input writes the same rows.
 */
public final class AnnalsJob {
    /** The tables written under the output directory, one Parquet folder each. */
    public static final List<String> TABLES = List.of("documents", "entities", "events", "event_reports",
            "event_clusters", "happenings");

    /**
     * The job's options.
     *
     * @param inputs     JSON Lines files, directories or globs ({@code --input})
     * @param files      whole files, directories or globs ({@code --files}): WARC archives, plain or gzipped, and any
     *                   other format {@code annals extract} reads
     * @param partitions how many partitions the articles are spread over before extraction (0: as read)
     */
    public record Options(List<String> inputs, List<String> files, String output, int windowDays, int partitions) {
        public Options {
            inputs = List.copyOf(inputs);
            files = List.copyOf(files);
            if (inputs.isEmpty() && files.isEmpty()) {
                throw new IllegalArgumentException("no --input or --files given");
            }
            if (output == null || output.isBlank()) {
                throw new IllegalArgumentException("no --output given");
            }
            if (windowDays < 0) {
                throw new IllegalArgumentException("--window-days must be at least 0");
            }
            if (partitions < 0) {
                throw new IllegalArgumentException("--partitions must be at least 0");
            }
        }

        /** JSON Lines inputs only. */
        public Options(List<String> inputs, String output, int windowDays, int partitions) {
            this(inputs, List.of(), output, windowDays, partitions);
        }

        static Options parse(String... args) {
            List<String> inputs = new ArrayList<>();
            List<String> files = new ArrayList<>();
            String output = null;
            int window = 1;
            int partitions = 0;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                switch (a) {
                    case "--input" -> inputs.add(args[++i]);
                    case "--files" -> files.add(args[++i]);
                    case "--output" -> output = args[++i];
                    case "--window-days" -> window = number(a, args[++i]);
                    case "--partitions" -> partitions = number(a, args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            return new Options(inputs, files, output, window, partitions);
        }

        private static int number(String option, String value) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a whole number, got '" + value + "'");
            }
        }
    }

    private AnnalsJob() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("annals-spark: " + e.getMessage());
            System.err.println("usage: AnnalsJob (--input JSONL_PATH | --files PATH)… --output DIR [--window-days N]"
                    + " [--partitions N]");
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("annals").getOrCreate();
        try {
            run(spark, options);
        } finally {
            spark.stop();
        }
    }

    /** Runs both stages; returns the number of articles extracted. */
    public static long run(SparkSession spark, Options o) {
        Dataset<Article> articles = null;
        if (!o.inputs().isEmpty()) {
            articles = ReadArticles.jsonLines(spark, o.inputs());
        }
        if (!o.files().isEmpty()) {
            Dataset<Article> whole = ReadArticles.files(spark, o.files());
            articles = articles == null ? whole : articles.union(whole);
        }
        if (o.partitions() > 0) {
            articles = articles.repartition(o.partitions());
        }
        Dataset<Extracted> extracted = articles.mapPartitions(new ExtractPartition(), Encoders.bean(Extracted.class))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            String out = o.output().endsWith("/") ? o.output() : o.output() + "/";
            Dataset<Row> documents = extracted.select(col("document.*"));
            documents.write().mode(SaveMode.Overwrite).parquet(out + "documents");
            extracted.select(explode(col("entities")).as("x")).select(col("x.*"))
                    .write().mode(SaveMode.Overwrite).parquet(out + "entities");
            extracted.select(explode(col("events")).as("x")).select(col("x.*"))
                    .write().mode(SaveMode.Overwrite).parquet(out + "events");
            extracted.select(explode(col("reports")).as("x")).select(col("x.*"))
                    .write().mode(SaveMode.Overwrite).parquet(out + "event_reports");

            Dataset<Row> events = spark.read().parquet(out + "events");
            Dataset<ClusterRow> clusters = EventMerge.clusters(events, o.windowDays());
            clusters.write().mode(SaveMode.Overwrite).parquet(out + "event_clusters");
            EventMerge.happenings(events, spark.read().parquet(out + "event_clusters").as(Encoders.bean(ClusterRow.class)))
                    .write().mode(SaveMode.Overwrite).parquet(out + "happenings");
            return spark.read().parquet(out + "documents").count();
        } finally {
            extracted.unpersist();
        }
    }
}
