package org.annals.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.annals.store.KnowledgeBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint in-process over loopback, on an in-memory knowledge base filled with {@link
 * Fixtures} records, the fixture rule standing in for the pipeline (see {@link RealPipelineApiTest}
 * for the real one).
 */
class ApiTest {
  static final String TOKEN = "test-token-123456";
  static final long LIMIT = 64 * 1024;

  static KnowledgeBase kb;
  static AnnalsServer server;
  static Http http;
  static final StringWriter log = new StringWriter();

  @BeforeAll
  static void start() {
    kb = KnowledgeBase.open(":memory:");
    Fixtures.articles().forEach(d -> kb.ingest(Fixtures.record(d)));
    server = AnnalsServer.start(kb, Fixtures.ANALYZER,
        WebOptions.defaults(TOKEN).withPort(0).withMaxBodyBytes(LIMIT), new PrintWriter(log, true));
    http = new Http("http://127.0.0.1:" + server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
    kb.close();
  }

  static void assertError(Http.Reply r, int status, String fragment) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    JsonNode j = r.json();
    assertThat(j.path("status").asInt()).isEqualTo(status);
    assertThat(j.path("error").asText()).contains(fragment);
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("org.annals");
  }

  static long firstEventId(String query) {
    JsonNode events = http.get("/api/events?" + query).json().path("events");
    assertThat(events.size()).as(query).isPositive();
    return events.get(0).path("id").asLong();
  }

  @Test
  void binds_loopback_by_default() {
    assertThat(WebOptions.defaults(TOKEN).host()).isEqualTo("127.0.0.1");
    assertThat(WebOptions.defaults(TOKEN).loopbackOnly()).isTrue();
    assertThat(WebOptions.defaults(TOKEN).withHost("0.0.0.0").loopbackOnly()).isFalse();
    assertThat(WebOptions.defaults(TOKEN).maxBodyBytes()).isEqualTo(2L * 1024 * 1024);
  }

  @Test
  void events_all_then_filtered_by_dyad_type_period_text_and_paged() {
    // write tests add articles dated 2023: the fixtures' period holds the three events
    JsonNode all = http.get("/api/events?to=2022-12-31").json();
    assertThat(all.path("total").asLong()).isEqualTo(3);
    assertThat(all.path("events").get(0).path("date").path("value").asText()).isEqualTo("2021-03-04");

    JsonNode dyad = http.get("/api/events?dyad=NOR,CHL&to=2022-12-31").json();
    assertThat(dyad.path("total").asLong()).isEqualTo(2);
    for (JsonNode e : dyad.path("events")) {
      List<String> countries = new ArrayList<>();
      e.path("source").forEach(a -> countries.add(a.path("country").asText()));
      e.path("target").forEach(a -> countries.add(a.path("country").asText()));
      assertThat(countries).contains("NOR", "CHL");
    }
    JsonNode type = http.get("/api/events?type=accuse&to=2022-12-31").json();
    assertThat(type.path("total").asLong()).isEqualTo(1);
    assertThat(type.path("events").get(0).path("quadClass").asInt()).isEqualTo(3);
    assertThat(type.path("events").get(0).path("source").get(0).path("name").asText()).isEqualTo("Kenya");

    assertThat(http.get("/api/events?from=2021-04-01&to=2021-12-31").json().path("total").asLong()).isEqualTo(1);
    assertThat(http.get("/api/events?actor=Peru&to=2022-12-31").json().path("total").asLong()).isEqualTo(1);
    JsonNode text = http.get("/api/events?text=FISHERIES%20PACT&to=2022-12-31").json();
    assertThat(text.path("total").asLong()).isEqualTo(1);
    assertThat(text.path("events").get(0).path("type").asText()).isEqualTo("AGREE");

    JsonNode page = http.get("/api/events?to=2022-12-31&limit=1&offset=1").json();
    assertThat(page.path("total").asLong()).isEqualTo(3);
    assertThat(page.path("events").size()).isEqualTo(1);
    assertThat(page.path("events").get(0).path("date").path("value").asText()).isEqualTo("2021-05-19");
  }

  @Test
  void bad_filters_are_400_with_the_reason() {
    assertError(http.get("/api/events?type=PARTY"), 400, "type 'PARTY'");
    assertError(http.get("/api/events?from=2021-13-01"), 400, "from '2021-13-01'");
    assertError(http.get("/api/events?dyad=NORWAY"), 400, "NORWAY");
    assertError(http.get("/api/events?dyad=NOR,CHL,PER"), 400, "dyad");
    assertError(http.get("/api/events?limit=0"), 400, "limit");
    assertError(http.get("/api/events?limit=ten"), 400, "limit 'ten'");
    assertError(http.get("/api/events?from=2022-01-01&to=2021-01-01"), 400, "after");
    assertError(http.get("/api/events?colour=red"), 400, "unknown parameter 'colour'");
    assertError(http.get("/api/events?type=AGREE&type=CONSULT"), 400, "2 times");
    assertError(http.get("/api/timeline?period=week"), 400, "period 'week'");
  }

  @Test
  void one_event_lists_its_reports_with_trigger_and_actors_marked_in_the_evidence() {
    long id = firstEventId("type=AGREE");
    JsonNode e = http.get("/api/events/" + id).json();
    assertThat(e.path("id").asLong()).isEqualTo(id);
    assertThat(e.path("reportList").size()).isEqualTo(e.path("reports").asInt()).isEqualTo(1);
    JsonNode r = e.path("reportList").get(0);
    String evidence = r.path("evidence").path("text").asText();
    assertThat(evidence).startsWith("Norway signed a fisheries pact");
    assertThat(r.path("document").path("key").asText()).isEqualTo("talks-2");
    List<String> marked = new ArrayList<>();
    for (JsonNode h : r.path("highlights")) {
      marked.add(h.path("kind").asText() + ":" + evidence.substring(h.path("start").asInt(), h.path("end").asInt()));
    }
    assertThat(marked).containsExactly("source:Norway", "trigger:signed", "target:Chile");
  }

  @Test
  void unknown_or_malformed_ids_are_404_and_400() {
    assertError(http.get("/api/events/987654"), 404, "no event 987654");
    assertError(http.get("/api/events/abc"), 400, "not a number");
    assertError(http.get("/api/actors/987654"), 404, "no actor 987654");
    assertError(http.get("/api/documents/no-such-doc"), 404, "no document no-such-doc");
    assertError(http.get("/api/nothing-here"), 404, "not found");
    assertError(http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/events")).DELETE().build()), 404, "");
  }

  @Test
  void actors_search_and_profile_with_partners() {
    JsonNode actors = http.get("/api/actors?q=nor").json().path("actors");
    assertThat(actors.size()).isEqualTo(1);
    assertThat(actors.get(0).path("name").asText()).isEqualTo("Norway");
    assertThat(actors.get(0).path("events").asInt()).isEqualTo(2);
    long norway = actors.get(0).path("id").asLong();
    JsonNode p = http.get("/api/actors/" + norway).json();
    assertThat(p.path("country").asText()).isEqualTo("NOR");
    assertThat(p.path("events").size()).isEqualTo(2);
    assertThat(p.path("partners").get(0).path("name").asText()).isEqualTo("Chile");
    assertThat(p.path("partners").get(0).path("events").asInt()).isEqualTo(2);
    assertThat(http.get("/api/actors").json().path("actors").size()).isEqualTo(4);
    assertError(http.get("/api/actors?limit=-1"), 400, "limit");
  }

  @Test
  void a_document_is_the_record_of_the_contract_with_its_text() {
    JsonNode byKey = http.get("/api/documents/talks-1").json();
    assertThat(byKey.path("document").path("id").asText()).isEqualTo("talks-1");
    assertThat(byKey.path("document").path("text").asText()).startsWith("Delegates from Norway met");
    assertThat(byKey.path("entities").size()).isEqualTo(2);
    assertThat(byKey.path("times").get(0).path("value").asText()).isEqualTo("2021-03-03");
    long id = byKey.path("store").path("id").asLong();
    JsonNode byId = http.get("/api/documents/" + id).json();
    assertThat(byId.path("document").path("sha256").asText()).isEqualTo(byKey.path("document").path("sha256").asText());
    JsonNode list = http.get("/api/documents").json().path("documents");
    assertThat(list.size()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void timeline_counts_per_period_add_up_to_the_events() {
    JsonNode month = http.get("/api/timeline?dyad=NOR,CHL").json();
    assertThat(month.path("period").asText()).isEqualTo("month");
    assertThat(month.path("counts").size()).isEqualTo(2);
    assertThat(month.path("counts").get(0).path("start").asText()).isEqualTo("2021-03-01");
    JsonNode year = http.get("/api/timeline?period=year&to=2022-12-31").json();
    long sum = 0;
    for (JsonNode c : year.path("counts")) {
      sum += c.path("events").asLong();
    }
    assertThat(sum).isEqualTo(http.get("/api/events?to=2022-12-31").json().path("total").asLong()).isEqualTo(3);
    JsonNode text = http.get("/api/timeline?text=flowers&period=day").json();
    assertThat(text.path("counts").size()).isEqualTo(1);
    assertThat(text.path("counts").get(0).path("start").asText()).isEqualTo("2022-01-10");
  }

  @Test
  void extract_returns_the_record_and_stores_nothing() {
    long before = kb.stats().documents();
    Http.Reply r = http.post("/api/extract",
        Http.article("2023-06-01", "Border meeting", "Peru met Chile at the border. Nothing else happened."), null);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode rec = r.json();
    assertThat(rec.path("document").path("date").asText()).isEqualTo("2023-06-01");
    assertThat(rec.path("document").path("text").asText()).startsWith("Peru met Chile");
    assertThat(rec.path("events").get(0).path("type").asText()).isEqualTo("CONSULT");
    assertThat(kb.stats().documents()).isEqualTo(before);
  }

  @Test
  void bad_articles_are_400_or_415() {
    assertError(http.post("/api/extract", "{\"date\": \"2023-06-01\"}", null), 400, "text");
    assertError(http.post("/api/extract", "{\"date\": \"2023-02-30\", \"text\": \"Peru met Chile.\"}", null), 400, "2023-02-30");
    assertError(http.post("/api/extract", "{\"text\": \"Peru met Chile.\"}", null), 400, "date");
    assertError(http.post("/api/extract", "not json at all", null), 400, "not JSON");
    assertError(http.post("/api/extract", "[1, 2]", null), 400, "one JSON object");
    assertError(http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/extract"))
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("Peru met Chile.")).build()),
        415, "application/json");
  }

  @Test
  void ingest_needs_the_token() {
    String body = Http.article("2023-07-01", "Quay", "Chile met Peru at the quay.");
    assertError(http.post("/api/documents", body, null), 401, "token");
    assertError(http.post("/api/documents", body, "wrong-token-000"), 401, "wrong token");
    Http.Reply added = http.post("/api/documents", body, TOKEN);
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(added.json().path("outcome").asText()).isEqualTo("ADDED");
    assertThat(added.json().path("newEvents").asInt()).isEqualTo(1);
    String key = added.json().path("documentKey").asText();
    assertThat(key).startsWith("upload-");
    Http.Reply again = http.post("/api/documents", body, TOKEN);
    assertThat(again.json().path("outcome").asText()).isEqualTo("UNCHANGED");
    assertThat(http.get("/api/documents/" + key).json().path("document").path("text").asText())
        .isEqualTo("Chile met Peru at the quay.");
  }

  @Test
  void bodies_over_the_limit_are_413_whether_their_length_is_declared_or_not() {
    String big = Http.article("2023-06-01", "Big", "Peru met Chile. ".repeat((int) (LIMIT / 16) + 10));
    assertError(http.post("/api/extract", big, null), 413, "larger than " + LIMIT);
    assertError(http.post("/api/documents", big, TOKEN), 413, "larger than");
    // chunked: no Content-Length, the limit holds while reading
    HttpRequest chunked = HttpRequest.newBuilder(URI.create(http.base() + "/api/extract"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
        .build();
    assertError(http.send(chunked), 413, "larger than");
  }

  @Test
  void article_text_with_markup_stays_data() {
    String evil = "Peru met Chile.<script>window.pwned=1</script><img src=x onerror=alert(1)>";
    Http.Reply added = http.post("/api/documents", Http.article("2023-08-01", "<b>bold</b> title", evil), TOKEN);
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    Http.Reply doc = http.get("/api/documents/" + added.json().path("documentKey").asText());
    assertThat(doc.header("Content-Type")).startsWith("application/json");
    assertThat(doc.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(doc.json().path("document").path("text").asText()).isEqualTo(evil);
    // the page is the same for every article: no article text is ever written into HTML by the server
    Http.Reply page = http.get("/");
    assertThat(page.body()).doesNotContain("pwned").doesNotContain("<b>bold</b>");
  }

  @Test
  void every_response_carries_the_content_security_policy() {
    for (String path : List.of("/", "/static/app.js", "/static/app.css", "/api/events", "/api/events/987654", "/openapi.json")) {
      Http.Reply r = http.get(path);
      assertThat(r.header("Content-Security-Policy")).as(path).isEqualTo(AnnalsServer.CSP);
      assertThat(r.header("Content-Security-Policy")).as(path).contains("script-src 'self'").doesNotContain("unsafe");
    }
  }

  @Test
  void the_page_loads_d3_and_cytoscape_from_webjars_on_this_server() {
    String html = http.get("/").body();
    List<String> scripts = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<script src=\"([^\"]+)\"").matcher(html);
    while (m.find()) {
      scripts.add(m.group(1));
    }
    assertThat(scripts).hasSize(3);
    assertThat(scripts).allMatch(s -> s.startsWith("/"), "served by this origin");
    assertThat(scripts.get(0)).startsWith("/webjars/d3js/");
    assertThat(scripts.get(1)).startsWith("/webjars/cytoscape/");
    for (String s : scripts) {
      Http.Reply r = http.get(s);
      assertThat(r.status()).as(s).isEqualTo(200);
      assertThat(r.body().length()).as(s).isGreaterThan(1000);
    }
  }

  @Test
  void the_script_never_parses_data_as_html() {
    String js = Page.resource("/org/annals/web/public/app.js");
    assertThat(js).doesNotContain("innerHTML").doesNotContain("outerHTML").doesNotContain("insertAdjacentHTML")
        .doesNotContain("document.write").doesNotContain(".html(").doesNotContain("eval(");
  }

  @Test
  void stats() {
    JsonNode s = http.get("/api/stats").json();
    assertThat(s.path("stats").path("documents").asLong()).isGreaterThanOrEqualTo(3);
    assertThat(s.path("backend").asText()).isEqualTo("duckdb");
  }
}
