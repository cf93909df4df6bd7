package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.model.ArticleRecord;
import org.annals.model.Document;
import org.annals.model.TimeMention;
import org.annals.model.TimeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals eval timeml} on TimeML files written here, with a stand-in extractor (no models). */
class EvalTimeMlCliTest {

  /** Finds every "yesterday" and dates it the day before the document date. */
  private static final Extractor YESTERDAY =
      new Extractor() {
        @Override
        public void warmUp() {}

        @Override
        public ArticleRecord extract(Document document, List<String> warnings) {
          List<TimeMention> times = new ArrayList<>();
          String text = document.text();
          for (int at = text.indexOf("yesterday"); at >= 0; at = text.indexOf("yesterday", at + 1)) {
            times.add(new TimeMention("yesterday", at, at + 9, TimeType.DATE,
                document.date().minusDays(1).toString(), Optional.empty(), Optional.empty(), Optional.empty()));
          }
          return new ArticleRecord(document, List.of(), times, List.of(), List.of(), warnings, Records.PROVENANCE);
        }
      };

  private static String tml(String dct, String text) {
    return "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>d</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\""
        + dct + "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">" + dct
        + "</TIMEX3></DCT>\n<TEXT>" + text + "</TEXT>\n</TimeML>\n";
  }

  private static void gold(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("a"));
    // the stand-in finds "yesterday" right, misses "two weeks"
    Files.writeString(dir.resolve("a/one.tml"), tml("2020-03-01", "The dam burst <TIMEX3 tid=\"t1\" type=\"DATE\""
        + " value=\"2020-02-29\">yesterday</TIMEX3> after rain for <TIMEX3 tid=\"t2\" type=\"DURATION\""
        + " value=\"P2W\">two weeks</TIMEX3>.\n"));
    // the gold says "yesterday" is a week; the stand-in gives a day
    Files.writeString(dir.resolve("a/two.tml"), tml("2021-01-01", "Crews worked until <TIMEX3 tid=\"t1\" "
        + "type=\"DATE\" value=\"2020-W53\">yesterday</TIMEX3>.\n"));
  }

  @Test
  void runsTheExtractorOnTheGoldTextAndScoresIt(@TempDir Path dir) throws IOException {
    gold(dir);
    Cli.Run run = Cli.run(YESTERDAY, "eval", "timeml", "--gold", dir.toString(), "--threads", "2");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("a/one.tml").contains("a/two.tml");
    assertThat(run.outLines()).anySatisfy(l -> assertThat(l).matches(
        "TOTAL\\s+3\\s+2\\s+0\\.8000\\s+0\\.8000\\s+0\\.8000\\s+0\\.4000"));
    assertThat(run.out()).contains("'yesterday'", "2020-W53 -> 2020-12-31", "'two weeks'");
  }

  @Test
  void scoresAnotherSystemsFilesAndReportsABadOneOnOneLine(@TempDir Path dir) throws IOException {
    Path g = dir.resolve("gold");
    Path s = dir.resolve("sys");
    gold(g);
    Files.createDirectories(s.resolve("a"));
    Files.copy(g.resolve("a/one.tml"), s.resolve("a/one.tml"));
    Files.writeString(s.resolve("a/two.tml"), "<TimeML><TEXT>broken</TimeML>");
    Cli.Run run = Cli.run(YESTERDAY, "eval", "timeml", "--gold", g.toString(), "--system", s.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.outLines()).anySatisfy(l -> assertThat(l).matches(
        "TOTAL\\s+2\\s+2\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000"));
    assertThat(run.errLines()).anySatisfy(l -> assertThat(l).contains("two.tml").contains("malformed XML"))
        .noneSatisfy(l -> assertThat(l).contains("Exception"));
  }

  @Test
  void evalWithoutAKindIsAUsageError() {
    Cli.Run run = Cli.run(YESTERDAY, "eval");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("timeml");
  }
}
