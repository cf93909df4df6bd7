package org.annals.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.annals.model.ArticleRecord;
import org.annals.model.Basis;
import org.annals.model.Document;
import org.annals.model.Entity;
import org.annals.model.EntityId;
import org.annals.model.EntityKind;
import org.annals.model.Event;
import org.annals.model.EventDate;
import org.annals.model.EventId;
import org.annals.model.EventType;
import org.annals.model.Mention;
import org.annals.model.Provenance;
import org.annals.model.Status;

/**
 * Invented article records for the store benchmark: generated names and sentences, random but
 * reproducible (a seed), dates over ten years, 40 countries and a few thousand people, so that
 * merging and the query indexes see a realistic spread. Not for anything but load.
 */
public final class SyntheticCorpus {

  private static final String[] COUNTRIES = {
    "ARG", "AUS", "BRA", "CAN", "CHL", "CHN", "DEU", "EGY", "ESP", "FRA", "GBR", "GRC", "IDN", "IND", "IRN",
    "IRQ", "ISR", "ITA", "JOR", "JPN", "KEN", "KOR", "MAR", "MEX", "NGA", "NLD", "NOR", "PAK", "PER", "PHL",
    "POL", "PRT", "RUS", "SAU", "SWE", "TUR", "UKR", "USA", "VNM", "ZAF"
  };
  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ren", "sa", "to", "vi", "dar", "el", "no", "ra", "ti", "bo", "su", "an", "me", "gu", "li"
  };
  private static final String[][] VERBS = {
    {"CONSULT", "040", "met"}, {"AGREE", "057", "signed"}, {"ACCUSE", "112", "accused"},
    {"SUPPORT", "051", "praised"}, {"REQUEST", "020", "asked"}, {"THREATEN", "130", "threatened"},
    {"COOPERATE", "061", "trained with"}, {"AID", "070", "sent aid to"}, {"PROTEST", "140", "protested against"},
    {"SANCTION", "163", "sanctioned"}
  };

  private final Random random;
  private final int people;
  private final LocalDate start = LocalDate.of(2015, 1, 1);

  /** @param seed the random seed; @param people how many distinct invented people there are */
  public SyntheticCorpus(long seed, int people) {
    this.random = new Random(seed);
    this.people = people;
  }

  static String personName(int n) {
    StringBuilder sb = new StringBuilder();
    int x = n;
    for (int part = 0; part < 2; part++) {
      StringBuilder w = new StringBuilder();
      for (int s = 0; s < 2 + (x % 2); s++) {
        w.append(SYLLABLES[x % SYLLABLES.length]);
        x = x / SYLLABLES.length + 7 * (s + 1) + part;
      }
      w.setCharAt(0, Character.toUpperCase(w.charAt(0)));
      sb.append(part == 0 ? "" : " ").append(w);
      x = n * 31 + part * 17 + 3;
    }
    return sb.append(' ').append(Integer.toString(n, 36).toUpperCase()).toString();
  }

  /** The {@code n}th article: {@code eventsPerArticle} events among a few people and countries. */
  public ArticleRecord article(int n, int eventsPerArticle) {
    LocalDate pub = start.plusDays(random.nextInt(3650));
    StringBuilder body = new StringBuilder();
    List<Entity> entities = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < eventsPerArticle; i++) {
      int a = random.nextInt(people);
      int b = random.nextInt(people);
      String ca = COUNTRIES[a % COUNTRIES.length];
      String cb = COUNTRIES[(b * 7 + 3) % COUNTRIES.length];
      String[] verb = VERBS[random.nextInt(VERBS.length)];
      LocalDate day = pub.minusDays(random.nextInt(5));
      String nameA = personName(a);
      String nameB = personName(b);
      int sStart = body.length();
      body.append(nameA).append(" of ").append(ca).append(' ').append(verb[2]).append(' ').append(nameB)
          .append(" of ").append(cb).append(" on ").append(day).append(". ");
      int sEnd = body.length() - 1;
      Mention ma = Mention.of(body.toString(), sStart, sStart + nameA.length());
      int vAt = body.indexOf(verb[2], sStart);
      Mention trigger = Mention.of(body.toString(), vAt, vAt + verb[2].length());
      int bAt = body.indexOf(nameB, vAt);
      Mention mb = Mention.of(body.toString(), bAt, bAt + nameB.length());
      EntityId ea = EntityId.of(entities.size() + 1);
      entities.add(new Entity(ea, EntityKind.PERSON, nameA, Optional.of(ca), Optional.of("GOV"), List.of("minister"),
          List.of(), Optional.empty(), List.of(), List.of(ma)));
      EntityId eb = EntityId.of(entities.size() + 1);
      entities.add(new Entity(eb, EntityKind.PERSON, nameB, Optional.of(cb), Optional.of("GOV"), List.of(), List.of(),
          Optional.empty(), List.of(), List.of(mb)));
      Mention evidence = Mention.of(body.toString(), sStart, sEnd);
      EventType type = EventType.valueOf(verb[0]);
      events.add(new Event(EventId.of(i + 1), type, Optional.empty(), List.of(), verb[1], 1.0, List.of(ea), List.of(eb),
          Optional.empty(), new EventDate(day.toString(), Optional.of(day), Optional.of(day), Optional.empty(),
              Basis.EXPLICIT), Status.OCCURRED, trigger, evidence, Optional.empty(), 0.7, List.of("SYN"),
          List.of(evidence)));
    }
    String text = body.toString().strip();
    Document d = Document.of("synthetic-" + n, pub, "synthetic article " + n, "https://outlet" + (n % 50)
        + ".example.org/" + n, text);
    return new ArticleRecord(d, entities, List.of(), events, List.of(), List.of(),
        new Provenance("synthetic", "synthetic", Map.of()));
  }
}
