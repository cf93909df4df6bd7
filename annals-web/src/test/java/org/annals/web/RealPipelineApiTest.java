package org.annals.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.annals.store.KnowledgeBase;
import org.junit.jupiter.api.Test;

/** The API with the real pipeline (CoreNLP): extract an invented article, ingest it, find its event. */
class RealPipelineApiTest {

  static final String ARTICLE =
      "Chile's foreign minister Paula Renca met her Peruvian counterpart in Lima on Monday to discuss"
          + " a shared water project. The two ministers signed an agreement on the river basin.";

  @Test
  void extract_and_ingest_with_the_real_pipeline() {
    try (KnowledgeBase kb = KnowledgeBase.open(":memory:");
        AnnalsServer server = AnnalsServer.start(kb, RealPipeline.analyzer(),
            WebOptions.defaults("real-token-1234").withPort(0), new PrintWriter(new StringWriter(), true))) {
      Http http = new Http("http://127.0.0.1:" + server.port());
      String body = Http.article("2024-04-10", "Water talks", ARTICLE);

      Http.Reply r = http.post("/api/extract", body, null);
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      JsonNode rec = r.json();
      List<String> countries = new ArrayList<>();
      rec.path("entities").forEach(e -> countries.add(e.path("country").asText()));
      assertThat(countries).contains("CHL", "PER");
      assertThat(rec.path("events").size()).isPositive();
      assertThat(rec.path("times").get(0).path("value").asText()).isEqualTo("2024-04-08");
      assertThat(rec.path("provenance").path("annals").asText()).isNotBlank();
      assertThat(kb.stats().documents()).isZero();

      Http.Reply added = http.post("/api/documents", body, "real-token-1234");
      assertThat(added.status()).as(added.body()).isEqualTo(201);
      JsonNode events = http.get("/api/events?dyad=CHL,PER").json();
      assertThat(events.path("total").asLong()).isPositive();
      long id = events.path("events").get(0).path("id").asLong();
      JsonNode report = http.get("/api/events/" + id).json().path("reportList").get(0);
      String evidence = report.path("evidence").path("text").asText();
      assertThat(ARTICLE).contains(evidence);
      JsonNode trigger = report.path("highlights").findParent("kind");
      assertThat(trigger).isNotNull();
      boolean triggerMarked = false;
      for (JsonNode h : report.path("highlights")) {
        if (h.path("kind").asText().equals("trigger")) {
          triggerMarked = evidence.substring(h.path("start").asInt(), h.path("end").asInt())
              .equals(report.path("trigger").path("text").asText());
        }
      }
      assertThat(triggerMarked).as(report.toString()).isTrue();
    }
  }
}
