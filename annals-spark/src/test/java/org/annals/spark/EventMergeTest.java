package org.annals.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The second stage on hand-made event rows: blocks by type and countries, chains within the date window. */
class EventMergeTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("annals-merge-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "3").getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static EventRow event(String id, String type, List<String> src, List<String> tgt, String earliest,
                                  String latest) {
        EventRow e = new EventRow();
        e.setEventId(id);
        e.setDocId(id.substring(0, id.indexOf('/')));
        e.setType(type);
        e.setSourceCountries(src);
        e.setTargetCountries(tgt);
        e.setEarliest(earliest);
        e.setLatest(latest);
        e.setSource(List.of());
        e.setTarget(List.of());
        e.setRules(List.of());
        return e;
    }

    @Test
    void clustersByTypeCountriesAndWindow() {
        List<EventRow> rows = List.of(
                event("A/V1", "CONSULT", List.of("ISR"), List.of("MAR"), "2023-02-21", "2023-02-21"),
                // same happening, other article, countries the other way round: one day later, within the window
                event("B/V1", "CONSULT", List.of("MAR"), List.of("ISR"), "2023-02-22", "2023-02-22"),
                // chained: within a day of B's
                event("C/V3", "CONSULT", List.of("ISR", "MAR"), List.of(), "2023-02-23", "2023-02-23"),
                // a week later: another happening
                event("D/V1", "CONSULT", List.of("ISR"), List.of("MAR"), "2023-03-02", "2023-03-02"),
                // another type, same day and countries
                event("E/V2", "AGREE", List.of("ISR"), List.of("MAR"), "2023-02-21", "2023-02-21"),
                // no country: alone
                event("F/V1", "CONSULT", List.of(), List.of(), "2023-02-21", "2023-02-21"),
                event("G/V1", "CONSULT", List.of(), List.of(), "2023-02-21", "2023-02-21"),
                // no date: alone
                event("H/V1", "CONSULT", List.of("ISR"), List.of("MAR"), null, null));
        Dataset<Row> events = spark.createDataset(rows, Encoders.bean(EventRow.class)).toDF();

        Map<String, String> cluster = EventMerge.clusters(events, 1).collectAsList().stream()
                .collect(Collectors.toMap(ClusterRow::getEventId, ClusterRow::getClusterId));

        assertThat(cluster).hasSize(rows.size());
        assertThat(cluster.get("B/V1")).isEqualTo(cluster.get("A/V1"));
        assertThat(cluster.get("C/V3")).isEqualTo(cluster.get("A/V1"));
        assertThat(cluster.get("D/V1")).isNotEqualTo(cluster.get("A/V1"));
        assertThat(cluster.get("E/V2")).isNotEqualTo(cluster.get("A/V1"));
        assertThat(cluster.get("F/V1")).isNotEqualTo(cluster.get("G/V1"));
        assertThat(cluster.get("H/V1")).isNotIn(cluster.get("A/V1"), cluster.get("D/V1"));
        // deterministic: the first event of the cluster names it
        assertThat(cluster.get("A/V1")).isEqualTo("H" + RecordRows.sha256("A/V1").substring(0, 20));
        // re-run: the same ids
        Map<String, String> again = EventMerge.clusters(events, 1).collectAsList().stream()
                .collect(Collectors.toMap(ClusterRow::getEventId, ClusterRow::getClusterId));
        assertThat(again).isEqualTo(cluster);

        // a window of 7 days chains D in too
        Map<String, String> wide = EventMerge.clusters(events, 7).collectAsList().stream()
                .collect(Collectors.toMap(ClusterRow::getEventId, ClusterRow::getClusterId));
        assertThat(wide.get("D/V1")).isEqualTo(wide.get("A/V1"));

        Dataset<ClusterRow> clusters = EventMerge.clusters(events, 1);
        List<Row> happenings = EventMerge.happenings(events, clusters).where("reports = 3").collectAsList();
        assertThat(happenings).hasSize(1);
        assertThat(happenings.get(0).getList(happenings.get(0).fieldIndex("docIds"))).containsExactly("A", "B", "C");
        assertThat(happenings.get(0).getList(happenings.get(0).fieldIndex("countries"))).containsExactly("ISR", "MAR");
    }
}
