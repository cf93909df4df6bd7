package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/** The four export formats, on the invented scenario. */
class ExportTest {

  @TempDir Path dir;

  private static KnowledgeBase filled(Backends.Backend backend) {
    KnowledgeBase kb = backend.open();
    Scenario.all().forEach(kb::ingest);
    return kb;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.annals.store.Backends#all")
  void csvHasTheEventFileColumnsAndOneRowPerEvent(Backends.Backend backend) throws Exception {
    try (KnowledgeBase kb = filled(backend)) {
      Path out = dir.resolve("events.csv");
      assertThat(kb.export(EventQuery.all(), ExportFormat.CSV, out)).isEqualTo(3);
      List<String> lines = Files.readAllLines(out);
      assertThat(lines).hasSize(4);
      assertThat(lines.get(0)).startsWith("event_id,event_date,").contains("source_country", "cameo_code",
          "goldstein", "quad_class", "target_name", "reports", "evidence_doc_id");
      String march = lines.stream().filter(l -> l.contains(",2023-03-07,")).findFirst().orElseThrow();
      assertThat(march).contains("Ilan Dorot,ISR,GOV,PERSON,CONSULT", "Karim Benali,MAR", ",3,3,harbour-post-0308.txt,");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.annals.store.Backends#all")
  void jsonLinesCarryEveryReport(Backends.Backend backend) throws Exception {
    try (KnowledgeBase kb = filled(backend)) {
      Path out = dir.resolve("events.jsonl");
      kb.export(EventQuery.all().withDyad(List.of("ISR", "MAR")), ExportFormat.JSONL, out);
      List<String> lines = Files.readAllLines(out);
      assertThat(lines).hasSize(3);
      JsonNode march = new ObjectMapper().readTree(lines.get(1));
      assertThat(march.path("reports").asInt()).isEqualTo(3);
      assertThat(march.path("reportList")).hasSize(3);
      assertThat(march.path("reportList").get(1).path("evidence").path("text").asText()).contains("hosted");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.annals.store.Backends#all")
  void graphmlIsWellFormedWithActorsAndEdges(Backends.Backend backend) throws Exception {
    try (KnowledgeBase kb = filled(backend)) {
      Path out = dir.resolve("events.graphml");
      kb.export(EventQuery.all(), ExportFormat.GRAPHML, out);
      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
      assertThat(doc.getElementsByTagName("node").getLength()).isEqualTo(3); // Dorot, Benali, Israel
      assertThat(doc.getElementsByTagName("edge").getLength()).isEqualTo(3);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.annals.store.Backends#all")
  void parquetReadsBackWithTheSameRows(Backends.Backend backend) throws Exception {
    try (KnowledgeBase kb = filled(backend)) {
      Path out = dir.resolve("it's events.parquet");
      kb.export(EventQuery.all(), ExportFormat.PARQUET, out);
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
          var ps = c.prepareStatement("SELECT COUNT(*), SUM(reports) FROM read_parquet(?)")) {
        ps.setString(1, out.toString());
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          assertThat(rs.getLong(1)).isEqualTo(3);
          assertThat(rs.getLong(2)).isEqualTo(5);
        }
      }
    }
  }
}
