package org.annals.store;

import java.util.List;
import java.util.Optional;
import org.annals.model.ArticleRecord;
import org.annals.model.EntityId;
import org.annals.model.EntityKind;
import org.annals.model.EventType;
import org.annals.model.Status;

/**
 * Invented articles about two invented ministers, Ilan Dorot (ISR) and Karim Benali (MAR): two outlets
 * report their meeting of 2023-03-07 in different words, a third article reports a second meeting on
 * 2023-05-16, and one a visit to Rabat that was called off.
 */
final class Scenario {

  private Scenario() {}

  /** The meeting of 7 March, as the first outlet tells it. */
  static ArticleRecord harbourPost() {
    ArticleBuilder a = new ArticleBuilder("harbour-post-0308.txt", "2023-03-08", "https://harbourpost.example.org/0308");
    a.sentence("Israeli Defence Minister Ilan Dorot met his Moroccan counterpart Karim Benali in Rabat on Tuesday.")
        .sentence("Dorot said the two ministries would train together.");
    EntityId ministry = a.entity(EntityKind.ORGANIZATION, "Israeli Defence Ministry", "ISR", "MIL", List.of(),
        Optional.empty(), "Israeli Defence");
    EntityId dorot = a.person("Ilan Dorot", "ISR", List.of("Defence Minister"), Optional.of(ministry), "Ilan Dorot",
        "Dorot", "his");
    EntityId benali = a.person("Karim Benali", "MAR", List.of("counterpart"), Optional.empty(), "Karim Benali");
    a.entity(EntityKind.LOCATION, "Rabat", "MAR", null, List.of(), Optional.empty(), "Rabat");
    a.event(EventType.CONSULT, "040", List.of(dorot), List.of(benali), "2023-03-07", "2023-03-07", Status.OCCURRED,
        0, "met");
    a.quote("the two ministries would train together", dorot);
    a.time("Tuesday", "2023-03-07");
    return a.build();
  }

  /** The same meeting in other words, from another outlet, a day later. */
  static ArticleRecord desertCourier() {
    ArticleBuilder a = new ArticleBuilder("desert-courier-0309.txt", "2023-03-09", "https://www.desertcourier.example.com/x");
    a.sentence("Morocco's defence chief Karim Benali hosted Israel's Ilan Dorot for talks in the capital on March 7.")
        .sentence("Benali called the visit a new chapter.");
    EntityId benali = a.person("Karim Benali", "MAR", List.of("defence chief"), Optional.empty(), "Karim Benali",
        "Benali");
    EntityId dorot = a.person("Ilan Dorot", "ISR", List.of(), Optional.empty(), "Ilan Dorot");
    a.country("Morocco", "MAR", "Morocco");
    a.country("Israel", "ISR", "Israel");
    a.event(EventType.CONSULT, "043", List.of(benali), List.of(dorot), "2023-03-07", "2023-03-07", Status.OCCURRED,
        0, "hosted");
    return a.build();
  }

  /** A different meeting of the same pair, two months later. */
  static ArticleRecord mayTalks() {
    ArticleBuilder a = new ArticleBuilder("harbour-post-0517.txt", "2023-05-17", "https://harbourpost.example.org/0517");
    a.sentence("Dorot and Benali held a second round of talks in Tel Aviv on May 16.");
    EntityId dorot = a.person("Dorot", "ISR", List.of(), Optional.empty(), "Dorot");
    EntityId benali = a.person("Benali", "MAR", List.of(), Optional.empty(), "Benali");
    a.entity(EntityKind.LOCATION, "Tel Aviv", "ISR", null, List.of(), Optional.empty(), "Tel Aviv");
    a.event(EventType.CONSULT, "040", List.of(dorot), List.of(benali), "2023-05-16", "2023-05-16", Status.OCCURRED,
        0, "held");
    return a.build();
  }

  /** A month-grained report of the March meeting and, in the same article, a visit that was called off. */
  static ArticleRecord monthlyReview() {
    ArticleBuilder a = new ArticleBuilder("review-2023-04.txt", "2023-04-02", "https://review.example.net/april");
    a.sentence("In March the Israeli minister Ilan Dorot met Karim Benali of Morocco.")
        .sentence("A planned visit by Benali to Israel in March did not take place.");
    EntityId dorot = a.person("Ilan Dorot", "ISR", List.of("minister"), Optional.empty(), "Ilan Dorot");
    EntityId benali = a.person("Karim Benali", "MAR", List.of(), Optional.empty(), "Karim Benali", "Benali");
    EntityId israel = a.country("Israel", "ISR", "Israel");
    a.event(EventType.CONSULT, "040", List.of(dorot), List.of(benali), "2023-03-01", "2023-03-31", Status.OCCURRED,
        0, "met");
    a.event(EventType.CONSULT, "042", List.of(benali), List.of(israel), "2023-03-01", "2023-03-31", Status.NEGATED,
        1, "visit");
    return a.build();
  }

  static List<ArticleRecord> all() {
    return List.of(harbourPost(), desertCourier(), mayTalks(), monthlyReview());
  }
}
