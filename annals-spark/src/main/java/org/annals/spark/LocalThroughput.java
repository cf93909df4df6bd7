package org.annals.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * Throughput of the whole job (both stages, Parquet written) in local mode with 1 and then 2 task threads, in one
 * JVM, the models loaded once beforehand (they are per JVM, as on an executor):
 * {@code LocalThroughput INPUT.jsonl REPEAT OUTDIR [ROUNDS]}. INPUT's lines are repeated REPEAT times (a synthetic
 * corpus); the rounds alternate local[1] and local[2] so that both see the same machine load.
 */
public final class LocalThroughput {
    private LocalThroughput() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: LocalThroughput INPUT.jsonl REPEAT OUTDIR [ROUNDS]");
            System.exit(2);
        }
        List<String> lines = Files.readAllLines(Path.of(args[0])).stream().filter(l -> !l.isBlank()).toList();
        int repeat = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        List<String> corpus = new ArrayList<>();
        for (int r = 0; r < repeat; r++) {
            corpus.addAll(lines);
        }
        Files.createDirectories(out);
        Path input = out.resolve("synthetic.jsonl");
        Files.write(input, corpus);
        long t0 = System.nanoTime();
        ExtractPartition.extract(ReadArticles.line("warm-up.jsonl", 1, lines.get(0)));
        System.out.printf(Locale.ROOT, "models loaded and first article extracted in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        for (int round = 0; round < rounds; round++) {
            for (String master : List.of("local[1]", "local[2]")) {
                SparkSession spark = SparkSession.builder().master(master).appName("annals-throughput")
                        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
                try {
                    long s = System.nanoTime();
                    long n = AnnalsJob.run(spark, new AnnalsJob.Options(List.of(input.toString()),
                            out.resolve("run-" + round + "-" + master.replaceAll("\\W", "")).toString(), 1, 4));
                    double secs = (System.nanoTime() - s) / 1e9;
                    System.out.printf(Locale.ROOT, "%s round %d: %d articles in %.1f s, %.3f articles/s (load %.2f)%n",
                            master, round + 1, n, secs, n / secs, Double.parseDouble(
                                    Files.readString(Path.of("/proc/loadavg")).split(" ")[0]));
                } finally {
                    spark.stop();
                }
            }
        }
    }
}
