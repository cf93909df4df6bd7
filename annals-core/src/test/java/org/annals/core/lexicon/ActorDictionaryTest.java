package org.annals.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annals.model.EntityKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The actor dictionary: the bundled table, a user's extra file, and every row rule with its file:line. */
class ActorDictionaryTest {

  static final String HEADER = "# my actors\n# version: 1\nid\tname\taliases\tkind\tcountry\tsector\n";

  static Path write(Path dir, String name, String rows) throws Exception {
    return Files.writeString(dir.resolve(name), HEADER + rows);
  }

  @Test
  void bundledRowsResolveByNameAliasAndAcronym() {
    ActorDictionary d = ActorDictionary.withUserFiles("");
    ActorEntry hez = d.byName("Hezbollah").orElseThrow();
    assertThat(hez.country()).contains("LBN");
    assertThat(hez.sector()).contains("REB");
    assertThat(hez.kind()).isEqualTo(EntityKind.ORGANIZATION);
    assertThat(d.byName("the Hamas")).map(ActorEntry::country).contains(java.util.Optional.of("PSE"));
    assertThat(d.byName("LTTE")).map(ActorEntry::country).contains(java.util.Optional.of("LKA"));
    assertThat(d.byName("ltte")).isEmpty(); // acronyms are case-sensitive
    assertThat(d.byName("Amnesty International").orElseThrow().country()).isEmpty();
    assertThat(d.sources()).hasSize(1);
    assertThat(d.sources().get(0).file()).isEqualTo(ActorDictionary.RESOURCE);
  }

  @Test
  void bundledNamesDoNotShadowCountriesIgosOrFixedOrganisations() {
    CountryLexicon countries = CountryLexicon.standard();
    IgoLexicon igos = IgoLexicon.standard();
    OrgHeadLexicon heads = OrgHeadLexicon.standard();
    for (ActorEntry a : ActorDictionary.withUserFiles("").all()) {
      List<String> names = new java.util.ArrayList<>(a.aliases());
      names.add(a.name());
      for (String n : names) {
        assertThat(countries.byName(n)).as("%s (%s) is a country name", n, a.rowId()).isEmpty();
        assertThat(igos.byName(n)).as("%s (%s) is an IGO name", n, a.rowId()).isEmpty();
        assertThat(heads.byName(n)).as("%s (%s) is an org-heads phrase", n, a.rowId()).isEmpty();
      }
    }
  }

  @Test
  void userFileExtendsTheBundledTable(@TempDir Path dir) throws Exception {
    Path mine = write(dir, "mine.tsv", "Ufirm1\tKorvath Mining\tKorvath\tORGANIZATION\tZMB\tBUS\n"
        + "Ujv\tJana Varga\t\tPERSON\tHUN\tGOV\n");
    ActorDictionary d = ActorDictionary.withUserFiles(mine.toString());
    assertThat(d.byName("Korvath").orElseThrow().country()).contains("ZMB");
    assertThat(d.byName("Jana Varga").orElseThrow().kind()).isEqualTo(EntityKind.PERSON);
    assertThat(d.byName("Jana Varga").orElseThrow().source()).isEqualTo(mine.toString());
    assertThat(d.byName("Hezbollah")).isPresent();
    assertThat(d.sources()).hasSize(2);
  }

  @Test
  void twoUserFilesWithTheSameIdFail(@TempDir Path dir) throws Exception {
    Path a = write(dir, "a.tsv", "U1\tKorvath Mining\t\tORGANIZATION\tZMB\tBUS\n");
    Path b = write(dir, "b.tsv", "U1\tOrlan Press\t\tORGANIZATION\tHUN\tJRN\n");
    assertThatThrownBy(() -> ActorDictionary.withUserFiles(a + File.pathSeparator + b))
        .isInstanceOf(LexiconException.class)
        .hasMessage(b + ":4: duplicate id 'U1' (already in " + a + ")");
  }

  @Test
  void duplicateIdWithinAFileFails(@TempDir Path dir) throws Exception {
    Path a = write(dir, "a.tsv", "U1\tKorvath Mining\t\tORGANIZATION\tZMB\tBUS\nU1\tOrlan Press\t\tORGANIZATION\tHUN\tJRN\n");
    assertThatThrownBy(() -> ActorDictionary.withUserFiles(a.toString()))
        .hasMessage(a + ":5: duplicate id 'U1'");
  }

  @Test
  void unknownCountryCodeFails(@TempDir Path dir) throws Exception {
    Path a = write(dir, "a.tsv", "U1\tKorvath Mining\t\tORGANIZATION\tZMX\tBUS\n");
    assertThatThrownBy(() -> ActorDictionary.withUserFiles(a.toString()))
        .hasMessageStartingWith(a + ":4: unknown country code 'ZMX'");
  }

  @Test
  void unknownSectorFails(@TempDir Path dir) throws Exception {
    Path a = write(dir, "a.tsv", "U1\tKorvath Mining\t\tORGANIZATION\tZMB\tMINING\n");
    assertThatThrownBy(() -> ActorDictionary.withUserFiles(a.toString()))
        .hasMessageStartingWith(a + ":4: unknown PLOVER sector 'MINING'");
  }

  @Test
  void otherRowRulesNameFileAndLine(@TempDir Path dir) throws Exception {
    Path kind = write(dir, "k.tsv", "U1\tKorvath Mining\t\tCOMPANY\tZMB\tBUS\n");
    assertThatThrownBy(() -> ActorDictionary.withUserFiles(kind.toString()))
        .hasMessage(kind + ":4: kind must be PERSON or ORGANIZATION, found 'COMPANY'");
    Path empty = write(dir, "e.tsv", "U1\tKorvath Mining\t\tORGANIZATION\t\t\n");
    assertThatThrownBy(() -> ActorDictionary.withUserFiles(empty.toString()))
        .hasMessageStartingWith(empty + ":4: a row needs a country or a sector");
    Path clash = write(dir, "c.tsv", "U1\tHizbollah Watch\tthe Hezbollah\tORGANIZATION\tLBN\tCVL\n");
    assertThatThrownBy(() -> ActorDictionary.withUserFiles(clash.toString()))
        .hasMessageStartingWith(clash + ":4: name 'the Hezbollah' already names Hezbollah (A0002 in "
            + ActorDictionary.RESOURCE + ")");
    Path id = write(dir, "i.tsv", "A9999\tKorvath Mining\t\tORGANIZATION\tZMB\tBUS\n");
    assertThatThrownBy(() -> ActorDictionary.withUserFiles(id.toString())).isInstanceOf(LexiconException.class);
    Path cols = Files.writeString(dir.resolve("cols.tsv"), "# version: 1\nid\tname\n");
    assertThatThrownBy(() -> ActorDictionary.withUserFiles(cols.toString()))
        .hasMessageStartingWith(cols + ":2: expected columns");
    assertThatThrownBy(() -> ActorDictionary.withUserFiles(dir.resolve("none.tsv").toString()))
        .hasMessage(dir.resolve("none.tsv") + ":0: no such file");
  }

  @Test
  void orgHeadWithAnUnknownFixedCountryFails() {
    assertThatThrownBy(
            () -> OrgHeadLexicon.load("/lexicon-bad/org-heads-bad-country.tsv", CountryLexicon.standard()))
        .hasMessageStartingWith("/lexicon-bad/org-heads-bad-country.tsv:5: country 'XYZ' is not in");
  }
}
