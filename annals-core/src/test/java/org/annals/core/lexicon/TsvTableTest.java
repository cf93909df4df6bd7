package org.annals.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TsvTableTest {

  static final List<String> BUNDLED =
      List.of("countries.tsv", "igos.tsv", "descriptors.tsv", "org-heads.tsv", "titles.tsv", "actors.tsv");

  @ParameterizedTest
  @ValueSource(strings = {"countries.tsv", "igos.tsv", "descriptors.tsv", "org-heads.tsv", "titles.tsv", "actors.tsv"})
  void bundledTablesLoadWithVersionHashAndUniqueIds(String file) throws Exception {
    String path = "/org/annals/core/lexicon/" + file;
    TsvTable t = TsvTable.load(path);
    assertThat(t.name()).isEqualTo(path);
    assertThat(t.version()).matches("[1-9][0-9]*"); // org-heads.tsv is at 2 (column "alone")
    assertThat(t.columns().get(0)).isEqualTo("id");
    assertThat(t.rows()).isNotEmpty();
    Set<String> ids = new HashSet<>();
    for (TsvTable.Row r : t.rows()) {
      assertThat(ids.add(r.id())).as("unique id %s", r.id()).isTrue();
      assertThat(r.id()).matches("[A-Z][0-9]{4}");
    }
    byte[] bytes;
    try (InputStream in = TsvTable.class.getResourceAsStream(path)) {
      bytes = in.readAllBytes();
    }
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    assertThat(t.sha256()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"countries.tsv", "igos.tsv", "descriptors.tsv", "org-heads.tsv", "titles.tsv", "actors.tsv"})
  void headersExplainThemselves(String file) throws Exception {
    String text;
    try (InputStream in = TsvTable.class.getResourceAsStream("/org/annals/core/lexicon/" + file)) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    assertThat(text).contains("# source:").contains("# licence: GPL-3.0-or-later")
        .containsPattern("# version: [1-9]");
    for (String col : TsvTable.load("/org/annals/core/lexicon/" + file).columns()) {
      assertThat(text).as("header of %s explains column %s", file, col).containsPattern("#\\s+" + col + "\\s");
    }
  }

  @Test
  void rowAccessors() {
    TsvTable t = TsvTable.load("/org/annals/core/lexicon/countries.tsv");
    TsvTable.Row mar = t.rows().stream().filter(r -> r.get("alpha3").equals("MAR")).findFirst().orElseThrow();
    assertThat(mar.file()).isEqualTo(t.name());
    assertThat(mar.line()).isGreaterThan(1);
    assertThat(mar.get("name")).isEqualTo("Morocco");
    assertThat(mar.opt("descriptors")).isPresent();
    assertThat(mar.list("cities")).contains("Casablanca", "Tangier");
    TsvTable.Row ata = t.rows().stream().filter(r -> r.get("alpha3").equals("ATA")).findFirst().orElseThrow();
    assertThat(ata.opt("capital")).isEmpty();
    assertThat(ata.list("demonyms")).isEmpty();
    assertThatThrownBy(() -> mar.get("population"))
        .isInstanceOf(LexiconException.class)
        .hasMessageStartingWith(t.name() + ":" + mar.line() + ": unknown column 'population'");
  }

  @Test
  void listSplitsTrimsAndDropsBlanks() {
    TsvTable t =
        TsvTable.parse("mem.tsv", "# version: 2\nid\tl\nX0001\t a | b ||c \n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(t.version()).isEqualTo("2");
    assertThat(t.rows().get(0).list("l")).containsExactly("a", "b", "c");
    assertThat(t.rows().get(0).line()).isEqualTo(3);
  }

  @Test
  void wrongCellCountNamesFileAndLine() {
    assertThatThrownBy(() -> TsvTable.load("/lexicon-bad/wrong-cells.tsv"))
        .isInstanceOf(LexiconException.class)
        .hasMessage("/lexicon-bad/wrong-cells.tsv:6: wrong number of cells: expected 3, found 2");
  }

  @Test
  void duplicateId() {
    assertThatThrownBy(() -> TsvTable.load("/lexicon-bad/duplicate-id.tsv"))
        .hasMessage("/lexicon-bad/duplicate-id.tsv:5: duplicate id 'R0001'");
  }

  @Test
  void blankId() {
    assertThatThrownBy(() -> TsvTable.load("/lexicon-bad/blank-id.tsv"))
        .hasMessage("/lexicon-bad/blank-id.tsv:5: blank id");
  }

  @Test
  void missingVersion() {
    assertThatThrownBy(() -> TsvTable.load("/lexicon-bad/no-version.tsv"))
        .isInstanceOf(LexiconException.class)
        .hasMessageStartingWith("/lexicon-bad/no-version.tsv:0: missing '# version: X'");
  }

  @Test
  void missingFile() {
    assertThatThrownBy(() -> TsvTable.load("/lexicon-bad/nope.tsv"))
        .isInstanceOf(LexiconException.class)
        .hasMessageStartingWith("/lexicon-bad/nope.tsv:0: missing file");
  }

  @Test
  void requireColumnsNamesTheColumnLine() {
    assertThatThrownBy(() -> TsvTable.load("/lexicon-bad/duplicate-id.tsv").requireColumns("id", "x"))
        .isInstanceOf(LexiconException.class);
    assertThatThrownBy(
            () -> TsvTable.parse("m.tsv", "# version: 1\nid\tname\nA0001\tx\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .requireColumns("id", "alpha3"))
        .hasMessageStartingWith("m.tsv:2: expected columns [id, alpha3], found [id, name]");
  }

  @Test
  void malformedLexiconRowsNameFileAndLine() {
    assertThatThrownBy(() -> CountryLexicon.load("/lexicon-bad/countries-bad-alpha3.tsv"))
        .hasMessage("/lexicon-bad/countries-bad-alpha3.tsv:5: alpha3 'Isr' is not 3 upper-case letters");
    assertThatThrownBy(() -> CountryLexicon.load("/lexicon-bad/countries-bad-region.tsv"))
        .hasMessageStartingWith("/lexicon-bad/countries-bad-region.tsv:4: unknown region code 'atlantis'");
    assertThatThrownBy(() -> CountryLexicon.load("/lexicon-bad/countries-duplicate-alpha3.tsv"))
        .hasMessageStartingWith("/lexicon-bad/countries-duplicate-alpha3.tsv:5: duplicate alpha3 'MAR'");
    assertThatThrownBy(
            () -> OrgHeadLexicon.load("/lexicon-bad/org-heads-bad-sector.tsv", CountryLexicon.standard()))
        .hasMessageStartingWith("/lexicon-bad/org-heads-bad-sector.tsv:5: unknown PLOVER sector 'MED?'");
    assertThatThrownBy(
            () -> DescriptorLexicon.load("/lexicon-bad/descriptors-bad-constraint.tsv", CountryLexicon.standard()))
        .hasMessage("/lexicon-bad/descriptors-bad-constraint.tsv:5: unknown region code 'atlantic' in constraint");
    assertThatThrownBy(() -> TitleLexicon.load("/lexicon-bad/titles-bad-rank.tsv"))
        .hasMessage("/lexicon-bad/titles-bad-rank.tsv:5: column rank must be yes or no, found 'maybe'");
    assertThatThrownBy(() -> IgoLexicon.load("/lexicon-bad/titles-bad-rank.tsv"))
        .hasMessageStartingWith("/lexicon-bad/titles-bad-rank.tsv:3: expected columns");
  }
}
