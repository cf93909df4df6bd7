package org.annals.core.read;

import static org.annals.core.read.Fixtures.onlyFailed;
import static org.annals.core.read.Fixtures.onlyOk;
import static org.annals.core.read.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.annals.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMlTest {

  private static final ReadOptions NO_DATE = ReadOptions.defaults();

  private static String timeMl(String dct, String text) {
    return "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>DOC-7</DOCID>\n"
        + dct
        + "\n<TEXT>"
        + text
        + "</TEXT>\n</TimeML>\n";
  }

  private static final String DCT =
      "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2021-09-14\""
          + " functionInDocument=\"CREATION_TIME\">Sept. 14</TIMEX3></DCT>";

  @Test
  void readsCreationTimeAndTextWithoutTags() {
    Path file = Fixtures.resource("tiny.tml");
    ReadOutcome.Ok ok = onlyOk(DocumentReaders.read(file, NO_DATE));
    Document doc = ok.document();
    assertThat(doc.date()).isEqualTo(LocalDate.of(2024, 4, 10));
    assertThat(doc.title()).isEqualTo("TINY20240410.0001");
    assertThat(doc.id()).isEqualTo("tiny.tml");
    assertThat(doc.source()).isEqualTo(file.toString());
    assertThat(doc.text())
        .isEqualTo(
            "\nKeepers returned to the Gull Rock lighthouse yesterday, the coast & harbour office"
                + " said.\n");
    assertThat(ok.warnings()).isEmpty();
  }

  @Test
  void timestampCreationTimeGivesItsDayAndDctOutsideDctElementCounts() {
    String xml =
        timeMl(
            "<TIMEX3 tid=\"t0\" type=\"TIME\" value=\"1999-12-31T23:59\""
                + " functionInDocument=\"CREATION_TIME\">late</TIMEX3>",
            "A &lt;b&gt; &#233; <![CDATA[<raw>]]> end");
    Document doc = onlyOk(read("x.tml", xml, NO_DATE)).document();
    assertThat(doc.date()).isEqualTo(LocalDate.of(1999, 12, 31));
    assertThat(doc.text()).isEqualTo("A <b> é <raw> end");
    assertThat(doc.title()).isEqualTo("DOC-7");
  }

  @Test
  void timexInsideTextOtherThanCreationTimeIsJustText() {
    String xml =
        timeMl(
            DCT,
            "On <TIMEX3 tid=\"t1\" value=\"2021-09-13\""
                + " functionInDocument=\"NONE\">Monday</TIMEX3>.");
    Document doc = onlyOk(read("y.tml", xml, NO_DATE)).document();
    assertThat(doc.date()).isEqualTo(LocalDate.of(2021, 9, 14));
    assertThat(doc.text()).isEqualTo("On Monday.");
  }

  @Test
  void missingCreationTimeNeedsDateOption() {
    String xml = timeMl("", "Some text.");
    assertThat(onlyFailed(read("z.tml", xml, NO_DATE)).problem())
        .startsWith("no creation time: no TIMEX3 with functionInDocument=\"CREATION_TIME\"");
    LocalDate fallback = LocalDate.of(2020, 2, 2);
    assertThat(onlyOk(read("z.tml", xml, NO_DATE.withDate(fallback))).document().date())
        .isEqualTo(fallback);
  }

  @Test
  void creationTimeWinsOverDateOption() {
    Document doc =
        onlyOk(read("w.tml", timeMl(DCT, "Text."), NO_DATE.withDate(LocalDate.of(2000, 1, 1))))
            .document();
    assertThat(doc.date()).isEqualTo(LocalDate.of(2021, 9, 14));
  }

  @Test
  void badCreationTimeValues() {
    String partial = DCT.replace("2021-09-14", "2021-09");
    assertThat(onlyFailed(read("v.tml", timeMl(partial, "T."), NO_DATE)).problem())
        .isEqualTo(
            "creation time value '2021-09' is not a date YYYY-MM-DD and no --date was given");
    String impossible = DCT.replace("2021-09-14", "2021-09-31");
    assertThat(onlyFailed(read("v.tml", timeMl(impossible, "T."), NO_DATE)).problem())
        .isEqualTo("impossible creation time '2021-09-31'");
  }

  @Test
  void missingOrEmptyTextFails() {
    String noText = "<?xml version=\"1.0\"?><TimeML>" + DCT + "</TimeML>";
    assertThat(onlyFailed(read("n.tml", noText, NO_DATE)).problem())
        .startsWith("no <TEXT> element");
    assertThat(onlyFailed(read("n.tml", timeMl(DCT, "  \n "), NO_DATE)).problem())
        .startsWith("empty document");
  }

  @Test
  void malformedXmlIsOneLine() {
    String broken = timeMl(DCT, "Text <EVENT>unclosed.");
    ReadOutcome.Failed failed = onlyFailed(read("m.tml", broken, NO_DATE));
    assertThat(failed.problem()).startsWith("malformed XML at line ").doesNotContain("\n");
    assertThat(failed.message()).startsWith("m.tml: malformed XML");
  }

  @Test
  void externalEntitiesAreNotResolved(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    String xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE TimeML [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n<TimeML>"
            + DCT
            + "<TEXT>Leak: &xxe;</TEXT></TimeML>";
    ReadOutcome outcome = read("evil.tml", xml, NO_DATE).get(0);
    if (outcome instanceof ReadOutcome.Ok ok) {
      assertThat(ok.document().text()).doesNotContain("TOP-SECRET");
    } else {
      assertThat(((ReadOutcome.Failed) outcome).problem()).startsWith("malformed XML");
    }
  }

  @Test
  void detectedWithoutXmlDeclaration() {
    String xml = "<TimeML>" + DCT + "<TEXT>Plain words.</TEXT></TimeML>";
    assertThat(DocumentReaders.detect(xml)).isEqualTo(DocumentReaders.Format.TIMEML);
    Document doc = onlyOk(read("no-decl.txt", xml, NO_DATE)).document();
    assertThat(doc.text()).isEqualTo("Plain words.");
    assertThat(doc.title()).isEqualTo("no-decl.txt");
  }
}
