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
 * The Spark job: JSON Lines articles from any Hadoop-compatible path in, the Parquet tables of
 * {@link org.annals.spark} out. Stage one extracts each article with the executor's one pipeline
 * ({@link PipelineHolder}); stage two clusters reports of the same happening across articles ({@link EventMerge}).
 *
 * <pre>
 * spark-submit --class org.annals.spark.AnnalsJob annals-spark.jar --input IN [--input IN2] --output OUT
 *     [--window-days N] [--partitions N]
 * </pre>
 *
 * Tables are overwritten: with deterministic ids a re-run on the same input writes the same rows.
 */
public final class AnnalsJob {
    /** The tables written under the output directory, one Parquet folder each. */
    public static final List<String> TABLES = List.of("documents", "entities", "events", "event_reports",
            "event_clusters", "happenings");

    /** The job's options. */
    public record Options(List<String> inputs, String output, int windowDays, int partitions) {
        public Options {
            inputs = List.copyOf(inputs);
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("no --input given");
            }
            if (output == null || output.isBlank()) {
                throw new IllegalArgumentException("no --output given");
            }
            if (windowDays < 0) {
                throw new IllegalArgumentException("--window-days must be at least 0");
            }
        }

        static Options parse(String... args) {
            List<String> inputs = new ArrayList<>();
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
                    case "--output" -> output = args[++i];
                    case "--window-days" -> window = Integer.parseInt(args[++i]);
                    case "--partitions" -> partitions = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            return new Options(inputs, output, window, partitions);
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
            System.err.println("usage: AnnalsJob --input PATH [--input PATH…] --output DIR [--window-days N]"
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
        Dataset<String> lines = spark.read().textFile(o.inputs().toArray(String[]::new));
        if (o.partitions() > 0) {
            lines = lines.repartition(o.partitions());
        }
        Dataset<Extracted> extracted = lines.mapPartitions(new ExtractPartition(), Encoders.bean(Extracted.class))
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
