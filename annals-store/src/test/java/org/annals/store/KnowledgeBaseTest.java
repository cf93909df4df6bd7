package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.annals.model.ArticleRecord;
import org.annals.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The store's behaviour on invented records, against DuckDB and (when configured) PostgreSQL. */
class KnowledgeBaseTest {

  private static KnowledgeBase filled(Backends.Backend backend) {
    KnowledgeBase kb = backend.open();
    for (ArticleRecord r : Scenario.all()) {
      kb.ingest(r);
    }
    return kb;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.annals.store.Backends#all")
  void sameMeetingInTwoOutletsIsOneEventWithEveryReport(Backends.Backend backend) {
    try (KnowledgeBase kb = filled(backend)) {
      StoreStats s = kb.stats();
      assertThat(s.documents()).isEqualTo(4);
      assertThat(s.reports()).isEqualTo(5);
      assertThat(s.events()).as("March meeting, May meeting, the visit that did not happen").isEqualTo(3);
      assertThat(s.mergedEvents()).isEqualTo(1);

      List<EventSummary> events = kb.events(EventQuery.all());
      assertThat(events).extracting(EventSummary::sortDate)
          .containsExactly(LocalDate.parse("2023-03-01"), LocalDate.parse("2023-03-07"), LocalDate.parse("2023-05-16"));
      EventSummary march = events.get(1);
      assertThat(march.type()).isEqualTo("CONSULT");
      assertThat(march.reports()).isEqualTo(3);
      assertThat(march.sources()).isEqualTo(3);
      assertThat(march.earliest()).contains(LocalDate.parse("2023-03-07"));
      assertThat(march.latest()).contains(LocalDate.parse("2023-03-07"));
      assertThat(march.mergedBecause()).hasValueSatisfying(w -> assertThat(w).contains("same type CONSULT", "ISR,MAR"));
      assertThat(march.source()).extracting(ActorRef::name).containsExactly("Ilan Dorot");
      assertThat(march.documentKey()).isEqualTo("harbour-post-0308.txt");

      EventDetail detail = kb.event(march.id()).orElseThrow();
      assertThat(detail.reports()).extracting(EventReport::documentKey)
          .containsExactly("harbour-post-0308.txt", "desert-courier-0309.txt", "review-2023-04.txt");
      assertThat(detail.reports().get(0).mergedBecause()).isEmpty();
      assertThat(detail.reports().get(1).mergedBecause()).isPresent();
      assertThat(detail.reports().get(1).triggerText()).isEqualTo("hosted");
      EventReport courier = detail.reports().get(1);
      String body = kb.document(courier.documentId()).orElseThrow().text();
      assertThat(body.substring(courier.evidenceStart(), courier.evidenceEnd())).isEqualTo(courier.evidenceText());

      assertThat(events.get(0).status()).isEqualTo("negated");
      assertThat(events.get(0).reports()).isEqualTo(1);
      assertThat(events.get(2).reports()).as("the May meeting stays apart").isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.annals.store.Backends#all")
  void entitiesMergeAcrossArticlesBySameNameAndAlias(Backends.Backend backend) {
    try (KnowledgeBase kb = filled(backend)) {
      List<ActorSummary> dorot = kb.actors("dorot");
      assertThat(dorot).hasSize(1);
      assertThat(dorot.get(0).actor().name()).isEqualTo("Ilan Dorot");
      assertThat(dorot.get(0).documents()).as("the surname-only article too").isEqualTo(4);
      assertThat(kb.stats().entities()).isEqualTo(7);

      ActorProfile p = kb.actor(dorot.get(0).actor().id()).orElseThrow();
      assertThat(p.titles()).contains("Defence Minister", "minister");
      assertThat(p.affiliations()).extracting(ActorRef::name).containsExactly("Israeli Defence Ministry");
      assertThat(p.partners()).extracting(pa -> pa.actor().name()).containsExactly("Karim Benali");
      assertThat(p.partners().get(0).events()).isEqualTo(2);
      assertThat(p.events()).hasSize(2);
      assertThat(p.aliases()).contains("Ilan Dorot", "Dorot");
      assertThat(kb.actors("ISR")).extracting(a -> a.actor().name()).contains("Israel", "Ilan Dorot");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.annals.store.Backends#all")
  void queriesFilterByActorDyadTypeAndDates(Backends.Backend backend) {
    try (KnowledgeBase kb = filled(backend)) {
      assertThat(kb.events(EventQuery.all().withActor("Ilan Dorot"))).hasSize(2);
      assertThat(kb.events(EventQuery.all().withActor("Benali"))).hasSize(3);
      assertThat(kb.events(EventQuery.all().withActor("nobody at all"))).isEmpty();
      assertThat(kb.events(EventQuery.all().withDyad(List.of("ISR", "MAR")))).hasSize(3);
      assertThat(kb.events(EventQuery.all().withDyad(List.of("ISR", "FRA")))).isEmpty();
      assertThat(kb.events(EventQuery.all().withType(EventType.AGREE))).isEmpty();
      assertThat(kb.events(EventQuery.all().withFrom(LocalDate.parse("2023-04-01")))).hasSize(1);
      assertThat(kb.events(EventQuery.all().withTo(LocalDate.parse("2023-03-06")))).hasSize(1);
      assertThat(kb.countEvents(EventQuery.all().withLimit(1))).isEqualTo(3);
      assertThat(kb.events(EventQuery.all().withLimit(1).withOffset(1))).extracting(EventSummary::sortDate)
          .containsExactly(LocalDate.parse("2023-03-07"));
      assertThat(kb.timelineCounts(EventQuery.all(), Period.MONTH))
          .containsExactly(new PeriodCount(LocalDate.parse("2023-03-01"), 2), new PeriodCount(LocalDate.parse("2023-05-01"), 1));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.annals.store.Backends#all")
  void unchangedDocumentIsANoOpAndAChangedOneReplacesItsFacts(Backends.Backend backend) throws Exception {
    try (KnowledgeBase kb = filled(backend)) {
      List<String> before = Dump.of(kb);
      for (ArticleRecord r : Scenario.all()) {
        assertThat(kb.ingest(r).outcome()).isEqualTo(IngestResult.Outcome.UNCHANGED);
      }
      assertThat(Dump.of(kb)).isEqualTo(before);

      // the courier corrects its story: now the meeting was on 8 March, and it is a different event
      ArticleBuilder a = new ArticleBuilder("desert-courier-0309.txt", "2023-03-09", "https://www.desertcourier.example.com/x");
      a.sentence("Karim Benali hosted Ilan Dorot for talks on Wednesday, March 8.");
      var benali = a.person("Karim Benali", "MAR", List.of(), java.util.Optional.empty());
      var dorot = a.person("Ilan Dorot", "ISR", List.of(), java.util.Optional.empty());
      a.event(EventType.CONSULT, "043", List.of(benali), List.of(dorot), "2023-03-08", "2023-03-08",
          org.annals.model.Status.OCCURRED, 0, "hosted");
      IngestResult res = kb.ingest(a.build());
      assertThat(res.outcome()).isEqualTo(IngestResult.Outcome.REPLACED);
      assertThat(kb.stats().documents()).isEqualTo(4);
      assertThat(kb.stats().events()).isEqualTo(4);
      EventSummary march7 = kb.events(EventQuery.all()).get(1);
      assertThat(march7.reports()).isEqualTo(2);
      assertThat(kb.event(march7.id()).orElseThrow().reports()).extracting(EventReport::documentKey)
          .doesNotContain("desert-courier-0309.txt");
      assertThat(kb.actors("Morocco")).as("only the old version named the country Morocco").isEmpty();
      JsonNode json = new ObjectMapper().readTree(kb.document("desert-courier-0309.txt").orElseThrow().recordJson());
      assertThat(json.path("document").path("text").asText()).contains("March 8");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.annals.store.Backends#all")
  void resumingAfterAnInterruptedIngestGivesTheSameDatabase(Backends.Backend backend) {
    List<ArticleRecord> all = Scenario.all();
    List<String> clean;
    try (KnowledgeBase kb = backend.open()) {
      all.forEach(kb::ingest);
      clean = Dump.of(kb);
    }
    // an ingest that stopped after two documents, then the whole batch again
    Backends.Backend second = backend.toString().equals("duckdb") ? Backends.duckdb() : Backends.postgres();
    try (KnowledgeBase kb = second.open()) {
      all.subList(0, 2).forEach(kb::ingest);
    }
    try (KnowledgeBase kb = second.reopen()) {
      all.forEach(kb::ingest);
      assertThat(withoutSchemaName(Dump.of(kb))).isEqualTo(withoutSchemaName(clean));
    }
  }

  private static List<String> withoutSchemaName(List<String> dump) {
    return dump;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.annals.store.Backends#all")
  void documentsKeepTheirRecordAndQuotes(Backends.Backend backend) throws Exception {
    try (KnowledgeBase kb = filled(backend)) {
      StoredDocument d = kb.document("harbour-post-0308.txt").orElseThrow();
      assertThat(d.text()).startsWith("Israeli Defence Minister");
      JsonNode json = new ObjectMapper().readTree(d.recordJson());
      assertThat(json.path("events").get(0).path("type").asText()).isEqualTo("CONSULT");
      assertThat(kb.document(d.id())).contains(d);
      assertThat(kb.documents(10, 0)).hasSize(4);
      assertThat(kb.stats().quotes()).isEqualTo(1);
      assertThat(kb.schemaVersion()).isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.annals.store.Backends#all")
  void reopeningKeepsTheSchemaAndTheData(Backends.Backend backend) {
    try (KnowledgeBase kb = filled(backend)) {
      assertThat(kb.stats().events()).isEqualTo(3);
    }
    try (KnowledgeBase kb = backend.reopen()) {
      assertThat(kb.stats().events()).isEqualTo(3);
      assertThat(kb.schemaVersion()).isEqualTo(1);
      ((JdbcKnowledgeBase) kb).sql().update("INSERT INTO schema_version (version, name, sha256) VALUES (?, ?, ?)",
          99, "V99__future.sql", "0");
    }
    assertThatThrownBy(backend::reopen).isInstanceOf(StoreException.class).hasMessageContaining("schema version 99");
  }
}
