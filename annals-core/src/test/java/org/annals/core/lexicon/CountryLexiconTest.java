package org.annals.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryLexiconTest {

  static final CountryLexicon LEX = CountryLexicon.standard();

  /** The 249 ISO 3166-1 alpha-3 codes (officially assigned), written out independently of the table. */
  static final String ISO =
      "ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR"
          + " BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD"
          + " COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP"
          + " EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM"
          + " GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN"
          + " KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO"
          + " MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER"
          + " NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE"
          + " PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR"
          + " SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA"
          + " UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE";

  /** Uninhabited or without a settled population: no demonym. */
  static final Set<String> NO_DEMONYM = Set.of("ATA", "BVT", "ATF", "HMD", "SGS", "SJM", "UMI");

  /** No capital: uninhabited, no designated capital, or a city-territory. */
  static final Set<String> NO_CAPITAL = Set.of("ATA", "BVT", "IOT", "ATF", "HMD", "HKG", "MAC", "TKL", "UMI");

  @Test
  void everyIsoCountryIsThereOnceAndNothingElseButKosovo() {
    Set<String> iso = Set.of(ISO.split(" "));
    assertThat(iso).hasSize(249);
    Set<String> table = LEX.all().stream().map(Country::alpha3).collect(Collectors.toSet());
    assertThat(LEX.all()).hasSize(table.size());
    Set<String> expected = new HashSet<>(iso);
    expected.add("XKX");
    assertThat(new TreeSet<>(table)).isEqualTo(new TreeSet<>(expected));
  }

  @Test
  void rowIdsAreUniqueAndStable() {
    Set<String> ids = new HashSet<>();
    LEX.all().forEach(c -> assertThat(ids.add(c.rowId())).isTrue());
    assertThat(LEX.byAlpha3("AFG").orElseThrow().rowId()).isEqualTo("C0001");
  }

  @Test
  void demonymsAndCapitalsWhereTheyExist() {
    for (Country c : LEX.all()) {
      assertThat(c.demonyms().isEmpty()).as("demonyms of %s", c).isEqualTo(NO_DEMONYM.contains(c.alpha3()));
      assertThat(c.capital().isEmpty()).as("capital of %s", c).isEqualTo(NO_CAPITAL.contains(c.alpha3()));
      assertThat(c.regions().isEmpty()).as("regions of %s", c).isEqualTo(c.alpha3().equals("ATA"));
      assertThat(c.regions()).allMatch(Regions::isValid);
    }
  }

  @Test
  void everyNameCapitalAndCityResolvesBackUnlessDeclaredAmbiguous() {
    Set<String> ambiguousNames = Set.of("congo", "korea", "korean", "congolese", "dominican", "virgin islands");
    for (Country c : LEX.all()) {
      List<String> surfaces = new java.util.ArrayList<>(c.aliases());
      surfaces.add(c.name());
      surfaces.addAll(c.demonyms());
      for (String s : surfaces) {
        if (ambiguousNames.contains(Surface.key(s))) {
          assertThat(LEX.allByName(s)).as(s).hasSizeGreaterThan(1);
        } else {
          assertThat(LEX.byName(s)).as("byName(%s)", s).contains(c);
        }
      }
      c.capital().filter(cap -> !cap.equals("Kingston") || c.alpha3().equals("JAM"))
          .ifPresent(cap -> assertThat(LEX.byCity(cap)).as("byCity(%s)", cap).contains(c));
      for (String city : c.cities()) {
        if (!city.equals("Tripoli")) {
          assertThat(LEX.byCity(city)).as("byCity(%s)", city).contains(c);
        }
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
    "Morocco,MAR", "Moroccan,MAR", "the Moroccans,MAR", "Kingdom of Morocco,MAR", "MOROCCO,MAR",
    "Israel's,ISR", "Israeli,ISR", "Israelis,ISR", "the Israelis',ISR", "Israel’s,ISR",
    "UAE,ARE", "the UAE,ARE", "United Arab Emirates,ARE", "Emirati,ARE", "Emiratis,ARE", "the Emirates,ARE",
    "Bahrain,BHR", "Bahraini,BHR", "Bahrainis,BHR",
    "United States,USA", "US,USA", "U.S.,USA", "the U.S.,USA", "America,USA", "American,USA", "Americans,USA",
    "Britain,GBR", "UK,GBR", "Great Britain,GBR", "British,GBR", "Briton,GBR", "Britons,GBR",
    "North Korea,PRK", "DPRK,PRK", "North Koreans,PRK", "South Korea,KOR",
    "Frenchmen,FRA", "French,FRA", "Germans,DEU", "Swiss,CHE", "Chinese,CHN", "Czechs,CZE",
    "Cote d'Ivoire,CIV", "Côte d’Ivoire,CIV", "Ivory Coast,CIV",
    "St. Lucia,LCA", "St Kitts and Nevis,KNA", "Saint Lucia,LCA",
    "Bosnia-Herzegovina,BIH", "Bosnia Herzegovina,BIH", "Guinea-Bissau,GNB", "Guinea,GIN",
    "Türkiye,TUR", "Turkiye,TUR", "Turkey,TUR", "Burma,MMR", "Swaziland,SWZ",
    "Palestinians,PSE", "West Bank,PSE", "Sahrawi,ESH", "Kosovo,XKX", "Taiwan,TWN",
    "DRC,COD", "DR Congo,COD", "Congo-Brazzaville,COG", "Saudi,SAU", "Saudis,SAU", "KSA,SAU",
    // historical states are their principal successor (countries.tsv v2)
    "Soviet Union,RUS", "USSR,RUS", "Soviet,RUS", "Soviets,RUS", "Czechoslovakia,CZE", "Czechoslovak,CZE",
    "Zaire,COD", "Zairean,COD", "Yugoslavia,SRB", "Yugoslav,SRB", "West Germany,DEU"
  })
  void byName(String surface, String alpha3) {
    assertThat(LEX.byName(surface).map(Country::alpha3)).as(surface).contains(alpha3);
  }

  @Test
  void acronymsAreCaseSensitiveAndUnknownsEmpty() {
    assertThat(LEX.byName("us")).isEmpty();
    assertThat(LEX.byName("Us")).isEmpty();
    assertThat(LEX.byName("car")).isEmpty();
    assertThat(LEX.byName("CAR").map(Country::alpha3)).contains("CAF");
    assertThat(LEX.byName("Atlantis")).isEmpty();
    assertThat(LEX.byName("")).isEmpty();
  }

  @Test
  void ambiguousSurfacesResolveOnlyByTheStateRule() {
    assertThat(LEX.byName("Congo")).isEmpty();
    assertThat(LEX.allByName("Congo")).extracting(Country::alpha3).containsExactly("COG", "COD");
    assertThat(LEX.byName("Korean")).isEmpty();
    assertThat(LEX.byName("Dominican")).isEmpty();
    assertThat(LEX.byName("Virgin Islands")).isEmpty();
    // two capitals: the state wins over the territory
    assertThat(LEX.allByCity("Kingston")).extracting(Country::alpha3).containsExactly("JAM", "NFK");
    assertThat(LEX.byCity("Kingston").map(Country::alpha3)).contains("JAM");
    // a capital wins over another country's city
    assertThat(LEX.byCity("Tripoli").map(Country::alpha3)).contains("LBY");
    assertThat(LEX.allByCity("Tripoli")).extracting(Country::alpha3).containsExactly("LBY", "LBN");
  }

  @ParameterizedTest
  @CsvSource({
    "Rabat,MAR", "Casablanca,MAR", "Tel Aviv,ISR", "Jerusalem,ISR", "Haifa,ISR", "Eilat,ISR",
    "Abu Dhabi,ARE", "Dubai,ARE", "Manama,BHR", "Washington,USA", "the Hague,NLD", "The Hague,NLD",
    "Kyiv,UKR", "Kiev,UKR", "Sevastopol,UKR", "Brasilia,BRA", "São Paulo,BRA", "Sao Paulo,BRA",
    "Ramallah,PSE", "Gaza,PSE", "East Jerusalem,PSE", "Laayoune,ESH", "Ceuta,ESP", "Rabat's,MAR",
    "Bogota,COL", "Yaounde,CMR", "Naypyidaw,MMR", "La Paz,BOL", "Sucre,BOL"
  })
  void byCity(String city, String alpha3) {
    assertThat(LEX.byCity(city).map(Country::alpha3)).as(city).contains(alpha3);
  }

  @Test
  void byDescriptor() {
    assertThat(LEX.byDescriptor("the Jewish state").map(Country::alpha3)).contains("ISR");
    assertThat(LEX.byDescriptor("Jewish State").map(Country::alpha3)).contains("ISR");
    assertThat(LEX.byDescriptor("the Islamic Republic").map(Country::alpha3)).contains("IRN");
    assertThat(LEX.byDescriptor("the Hashemite Kingdom").map(Country::alpha3)).contains("JOR");
    assertThat(LEX.byDescriptor("the Cherifian Kingdom").map(Country::alpha3)).contains("MAR");
    assertThat(LEX.byDescriptor("the kingdom")).isEmpty();
  }

  @Test
  void attributes() {
    Country mar = LEX.byAlpha3("MAR").orElseThrow();
    assertThat(mar.monarchy()).isTrue();
    assertThat(mar.regions()).contains("north_africa", "maghreb", "arab", "african");
    assertThat(mar.capital()).contains("Rabat");
    Country isr = LEX.byAlpha3("ISR").orElseThrow();
    assertThat(isr.monarchy()).isFalse();
    assertThat(isr.regions()).contains("middle_east").doesNotContain("arab", "north_africa");
    assertThat(LEX.byAlpha3("PSE").orElseThrow().sovereignty()).isEqualTo(Country.Sovereignty.PARTIAL);
    assertThat(LEX.byAlpha3("BMU").orElseThrow().sovereignty()).isEqualTo(Country.Sovereignty.TERRITORY);
    assertThat(LEX.all().stream().filter(c -> c.inRegion("arab")).count()).isEqualTo(22);
    assertThat(LEX.all().stream().filter(c -> c.inRegion("gulf")).map(Country::alpha3))
        .containsExactlyInAnyOrder("BHR", "KWT", "OMN", "QAT", "SAU", "ARE");
    assertThat(LEX.all().stream().filter(c -> c.inRegion("post_soviet")).count()).isEqualTo(15);
    assertThat(LEX.byAlpha3("Mar")).isEmpty();
  }

  @Test
  void maxNameTokensCoversTheLongestName() {
    // "United Kingdom of Great Britain and Northern Ireland"
    assertThat(LEX.maxNameTokens()).isGreaterThanOrEqualTo(8);
  }

  @Test
  void headerDeclaresEveryRegionCode() throws Exception {
    String text;
    try (InputStream in = TsvTable.class.getResourceAsStream(CountryLexicon.RESOURCE)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String r : Regions.ALL) {
      assertThat(text).as("header declares %s", r).containsPattern("#\\s.*\\b" + r + "\\b");
    }
  }

  @Test
  void standardIsSharedAndSourceRecorded() {
    assertThat(CountryLexicon.standard()).isSameAs(LEX);
    assertThat(LEX.source().file()).isEqualTo(CountryLexicon.RESOURCE);
    assertThat(LEX.source().version()).isEqualTo("2");
    assertThat(LEX.source().sha256()).hasSize(64);
  }

  @Test
  void pluralRule() {
    assertThat(CountryLexicon.plural("Moroccan")).contains("Moroccans");
    assertThat(CountryLexicon.plural("German")).contains("Germans");
    assertThat(CountryLexicon.plural("Frenchman")).isEmpty();
    assertThat(CountryLexicon.plural("Swiss")).isEqualTo(Optional.empty());
    assertThat(CountryLexicon.plural("Chinese")).isEmpty();
  }
}
