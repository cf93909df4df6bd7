package org.annals.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.EntityKind;
import org.junit.jupiter.api.Test;

class PhraseLexiconsTest {

  static final CountryLexicon C = CountryLexicon.standard();
  static final DescriptorLexicon D = DescriptorLexicon.standard();
  static final OrgHeadLexicon O = OrgHeadLexicon.standard();
  static final TitleLexicon T = TitleLexicon.standard();
  static final IgoLexicon I = IgoLexicon.standard();

  static Country c(String alpha3) {
    return C.byAlpha3(alpha3).orElseThrow();
  }

  // ---- descriptors

  @Test
  void northAfricanCountryAcceptsMoroccoRejectsIsrael() {
    Descriptor d = D.match("north african country").orElseThrow();
    assertThat(d.kind()).isEqualTo(EntityKind.COUNTRY);
    assertThat(d.constraint()).isEqualTo("region:north_africa");
    assertThat(d.rowId()).startsWith("D");
    assertThat(D.accepts(d, c("MAR"))).isTrue();
    assertThat(D.accepts(d, c("ISR"))).isFalse();
  }

  @Test
  void kingdomAcceptsMonarchies() {
    Descriptor d = D.match("kingdom").orElseThrow();
    assertThat(D.accepts(d, c("MAR"))).isTrue();
    assertThat(D.accepts(d, c("BHR"))).isTrue();
    assertThat(D.accepts(d, c("ISR"))).isFalse();
    assertThat(D.match("the kingdom")).contains(d);
  }

  @Test
  void otherCountryDescriptors() {
    assertThat(D.accepts(D.match("emirate").orElseThrow(), c("QAT"))).isTrue();
    assertThat(D.accepts(D.match("emirate").orElseThrow(), c("BHR"))).isFalse();
    Descriptor gulf = D.longestSuffix(List.of("oil-rich", "Gulf", "state")).orElseThrow();
    assertThat(gulf.patterns()).contains("gulf state");
    assertThat(D.accepts(gulf, c("ARE"))).isTrue();
    assertThat(D.accepts(gulf, c("IRN"))).isFalse();
    Descriptor gulfKingdom = D.match("gulf kingdom").orElseThrow();
    assertThat(D.accepts(gulfKingdom, c("BHR"))).isTrue();
    assertThat(D.accepts(gulfKingdom, c("MAR"))).isFalse();
    assertThat(D.accepts(D.match("country").orElseThrow(), c("ISR"))).isTrue();
    assertThat(D.accepts(D.match("arab country").orElseThrow(), c("ISR"))).isFalse();
    assertThat(D.accepts(D.match("arab country").orElseThrow(), c("ARE"))).isTrue();
    assertThat(D.match("banana")).isEmpty();
  }

  @Test
  void groups() {
    Descriptor two = D.match("two countries").orElseThrow();
    assertThat(two.kind()).isEqualTo(EntityKind.GROUP);
    assertThat(two.isGroup()).isTrue();
    assertThat(two.size()).isEqualTo(2);
    assertThat(D.match("both sides").orElseThrow().size()).isEqualTo(2);
    assertThat(D.match("three countries").orElseThrow().size()).isEqualTo(3);
    assertThat(D.match("neighbors").orElseThrow().size()).isEqualTo(Descriptor.ANY_SIZE);
    assertThat(D.match("neighbours")).isEqualTo(D.match("neighbors"));
    assertThat(D.longestSuffix(List.of("talks", "between", "the", "two", "countries"))).contains(two);
  }

  // ---- org heads

  @Test
  void orgHeadsAtEnd() {
    OrgHead af = O.longestHeadAtEnd(List.of("israeli", "air", "force")).orElseThrow();
    assertThat(af.phrase()).isEqualTo("air force");
    assertThat(af.sector()).isEqualTo("MIL");
    assertThat(af.countryNeeded()).isTrue();
    assertThat(af.kind()).isEqualTo(EntityKind.ORGANIZATION);
    OrgHead far = O.longestHeadAtEnd(List.of("royal", "moroccan", "armed", "forces")).orElseThrow();
    assertThat(far.phrase()).isIn("armed forces", "royal armed forces");
    assertThat(far.sector()).isEqualTo("MIL");
    assertThat(O.longestHeadAtEnd(List.of("royal", "armed", "forces")).orElseThrow().phrase())
        .isEqualTo("royal armed forces");
    OrgHead mod = O.longestHeadAtEnd(List.of("defense", "ministry")).orElseThrow();
    assertThat(mod.sector()).isEqualTo("GOV");
    assertThat(O.longestHeadAtEnd(List.of("morocco's", "ministry", "of", "defence")).orElseThrow().sector())
        .isEqualTo("GOV");
    assertThat(O.longestHeadAtEnd(List.of("foreign", "ministry")).orElseThrow().sector()).isEqualTo("GOV");
    assertThat(O.longestHeadAtEnd(List.of("moroccan", "parliament")).orElseThrow().sector()).isEqualTo("LEG");
    assertThat(O.longestHeadAtEnd(List.of("supreme", "court")).orElseThrow().sector()).isEqualTo("JUD");
    assertThat(O.longestHeadAtEnd(List.of("israeli", "police")).orElseThrow().sector()).isEqualTo("COP");
    assertThat(O.longestHeadAtEnd(List.of("banana"))).isEmpty();
    assertThat(O.longestHeadAtEnd(List.of())).isEmpty();
  }

  @Test
  void fixedOrganisations() {
    OrgHead pentagon = O.byName("pentagon").orElseThrow();
    assertThat(pentagon.country()).contains("USA");
    assertThat(pentagon.countryNeeded()).isFalse();
    assertThat(O.byName("the Pentagon")).contains(pentagon);
    assertThat(O.byName("the Pentagon's")).contains(pentagon);
    assertThat(O.longestHeadAtEnd(List.of("Prime", "Minister’s", "Office")).orElseThrow().phrase())
        .isEqualTo("prime minister's office");
    assertThat(O.byName("Kremlin").orElseThrow().country()).contains("RUS");
    assertThat(O.byName("White House").orElseThrow().country()).contains("USA");
    assertThat(O.byName("state department").orElseThrow().country()).contains("USA");
    OrgHead knesset = O.byName("Knesset").orElseThrow();
    assertThat(knesset.country()).contains("ISR");
    assertThat(knesset.sector()).isEqualTo("LEG");
    assertThat(O.byName("IDF").orElseThrow().sector()).isEqualTo("MIL");
    assertThat(O.byName("Mossad").orElseThrow().sector()).isEqualTo("SPY");
  }

  @Test
  void everyOrgHeadIsConsistent() {
    for (OrgHead h : O.all()) {
      assertThat(Sectors.isValid(h.sector())).isTrue();
      h.country().ifPresent(a3 -> assertThat(C.byAlpha3(a3)).as(h.phrase()).isPresent());
      assertThat(h.countryNeeded() && h.country().isPresent()).isFalse();
      assertThat(O.longestHeadAtEnd(List.of(h.phrase().split(" ")))).contains(h);
    }
  }

  // ---- titles

  @Test
  void titles() {
    Title lg = T.match("lieutenant general").orElseThrow();
    assertThat(lg.sector()).contains("MIL");
    assertThat(lg.rank()).isTrue();
    Title ig = T.match("inspector general").orElseThrow();
    assertThat(ig.sector()).contains("MIL");
    assertThat(ig.rank()).isFalse();
    assertThat(T.match("defense minister").orElseThrow().sector()).contains("GOV");
    assertThat(T.match("Defence Minister").orElseThrow().sector()).contains("GOV");
    assertThat(T.match("king").orElseThrow().rank()).isTrue();
    assertThat(T.match("spokesman").orElseThrow().sector()).isEmpty();
    assertThat(T.match("journalist").orElseThrow().sector()).contains("JRN");
    assertThat(T.match("senator").orElseThrow().sector()).contains("LEG");
    assertThat(T.match("judge").orElseThrow().sector()).contains("JUD");
    assertThat(T.match("opposition leader").orElseThrow().sector()).contains("OPP");
    assertThat(T.match("rebel leader").orElseThrow().sector()).contains("REB");
    assertThat(T.match("ceo").orElseThrow().sector()).contains("BUS");
  }

  @Test
  void longestPrefix() {
    Title t = T.longestPrefix(List.of("lieutenant", "general", "tomer", "bar")).orElseThrow();
    assertThat(t.phrase()).isEqualTo("lieutenant general");
    assertThat(t.words()).isEqualTo(2);
    assertThat(T.longestPrefix(List.of("General", "Tomer")).orElseThrow().phrase()).isEqualTo("general");
    assertThat(T.longestPrefix(List.of("defense", "minister", "benny", "gantz")).orElseThrow().sector())
        .contains("GOV");
    assertThat(T.longestPrefix(List.of("tomer", "bar"))).isEmpty();
  }

  @Test
  void formerMarkers() {
    assertThat(TitleLexicon.isFormerMarker("former")).isTrue();
    assertThat(TitleLexicon.isFormerMarker("Former")).isTrue();
    assertThat(TitleLexicon.isFormerMarker("then-")).isTrue();
    assertThat(TitleLexicon.isFormerMarker("ex")).isTrue();
    assertThat(TitleLexicon.isFormerMarker("outgoing")).isFalse();
    assertThat(TitleLexicon.isFormerMarker("general")).isFalse();
    assertThat(TitleLexicon.stripFormerPrefix("then-defense")).contains("defense");
    assertThat(TitleLexicon.stripFormerPrefix("ex-President")).contains("President");
    assertThat(TitleLexicon.stripFormerPrefix("then-")).isEmpty();
    assertThat(TitleLexicon.stripFormerPrefix("defense")).isEmpty();
  }

  // ---- IGOs

  @Test
  void igos() {
    assertThat(I.byName("United Nations").orElseThrow().code()).isEqualTo("UNO");
    assertThat(I.byName("the UN").orElseThrow().code()).isEqualTo("UNO");
    assertThat(I.byName("U.N.").orElseThrow().code()).isEqualTo("UNO");
    assertThat(I.byName("un")).isEmpty();
    assertThat(I.byName("who")).isEmpty();
    assertThat(I.byName("WHO").orElseThrow().sector()).isEqualTo("MED");
    assertThat(I.byName("NATO's").orElseThrow().sector()).isEqualTo("MIL");
    assertThat(I.byName("Nato").orElseThrow().code()).isEqualTo("NATO");
    assertThat(I.byName("Arab League").orElseThrow().code()).isEqualTo("ARL");
    assertThat(I.byName("the World Bank").orElseThrow().code()).isEqualTo("WBK");
    assertThat(I.byName("International Criminal Court").orElseThrow().sector()).isEqualTo("JUD");
    assertThat(I.byCode("GCC").orElseThrow().name()).isEqualTo("Gulf Cooperation Council");
    assertThat(I.maxNameTokens()).isGreaterThanOrEqualTo(5);
    for (Igo igo : I.all()) {
      assertThat(I.byName(igo.name())).contains(igo);
      igo.aliases().forEach(a -> assertThat(I.byName(a)).as(a).contains(igo));
    }
  }

  @Test
  void igoAndCountryNamesDoNotCollide() {
    for (Igo igo : I.all()) {
      assertThat(C.allByName(igo.name())).as(igo.name()).isEmpty();
      igo.aliases().forEach(a -> assertThat(C.allByName(a)).as(a).isEmpty());
    }
  }
}
