package org.annals.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * The second stage: reports of one happening in different articles become one cluster. Two events are in one
 * cluster when they have the same PLOVER type, the same participant countries (sources and targets together),
 * and date intervals that overlap or lie at most {@code windowDays} apart (chains merge too).
 *
 * <p>Why no N² join: events are blocked by (type, countries), each block is sorted by earliest day within its
 * partition, and one sweep per block opens a new cluster whenever the next event starts after the cluster's
 * latest day plus the window. Events without a country or without a date stay alone. Cluster ids derive from
 * the first event id of the cluster, so re-runs give the same ids.
 */
public final class EventMerge {
    private EventMerge() {
    }

    /** {@code eventId → clusterId} for every event of {@code events} (the events table). */
    public static Dataset<ClusterRow> clusters(Dataset<Row> events, int windowDays) {
        Dataset<Row> keyed = events
                .withColumn("countries", array_sort(array_union(col("sourceCountries"), col("targetCountries"))))
                .withColumn("block", concat_ws("|", col("type"), concat_ws(",", col("countries"))))
                .withColumn("lo", col("earliest"))
                .withColumn("hi", coalesce(col("latest"), col("earliest")))
                .select(col("eventId"), col("docId"), col("block"), size(col("countries")).as("nCountries"),
                        col("lo"), col("hi"));
        return keyed.repartition(col("block"))
                .sortWithinPartitions(col("block"), col("lo"), col("eventId"))
                .mapPartitions(new Sweep(windowDays), Encoders.bean(ClusterRow.class));
    }

    /** One row per cluster: type, countries, interval, how many reports, which articles. */
    public static Dataset<Row> happenings(Dataset<Row> events, Dataset<ClusterRow> clusters) {
        return events.join(clusters.select("eventId", "clusterId"), "eventId")
                .groupBy("clusterId")
                .agg(first("type").as("type"),
                        first(array_sort(array_union(col("sourceCountries"), col("targetCountries")))).as("countries"),
                        min("earliest").as("earliest"), max("latest").as("latest"),
                        count("eventId").as("reports"), array_sort(collect_set("docId")).as("docIds"));
    }

    private static final class Sweep implements MapPartitionsFunction<Row, ClusterRow> {
        private static final long serialVersionUID = 1L;
        private final int windowDays;

        Sweep(int windowDays) {
            this.windowDays = windowDays;
        }

        @Override
        public Iterator<ClusterRow> call(Iterator<Row> rows) {
            List<ClusterRow> out = new ArrayList<>();
            String block = null;
            String clusterId = null;
            LocalDate clusterHi = null;
            while (rows.hasNext()) {
                Row r = rows.next();
                String eventId = r.getAs("eventId");
                String b = r.getAs("block");
                int nCountries = r.getAs("nCountries");
                String lo = r.getAs("lo");
                String hi = r.getAs("hi");
                boolean mergeable = nCountries > 0 && lo != null;
                LocalDate loDay = lo == null ? null : LocalDate.parse(lo);
                LocalDate hiDay = hi == null ? loDay : LocalDate.parse(hi);
                boolean joins = mergeable && b.equals(block) && clusterHi != null
                        && !loDay.isAfter(clusterHi.plusDays(windowDays));
                if (!joins) {
                    clusterId = "H" + RecordRows.sha256(eventId).substring(0, 20);
                    block = mergeable ? b : null;
                    clusterHi = mergeable ? hiDay : null;
                } else if (hiDay.isAfter(clusterHi)) {
                    clusterHi = hiDay;
                }
                ClusterRow c = new ClusterRow();
                c.setEventId(eventId);
                c.setDocId(r.getAs("docId"));
                c.setClusterId(clusterId);
                out.add(c);
            }
            return out.iterator();
        }
    }
}
