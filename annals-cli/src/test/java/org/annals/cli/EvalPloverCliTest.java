package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annals.model.ArticleRecord;
import org.annals.model.Document;
import org.annals.model.EntityId;
import org.annals.model.EntityKind;
import org.annals.model.EventType;
import org.annals.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals eval plover} with a stand-in pipeline: reading gold, bad lines, scores, calibration. */
class EvalPloverCliTest {

  @TempDir Path dir;

  /** Codes a CONSULT visit from Freedonia to Sylvania when the sentence has "visit", else nothing. */
  static final Extractor VISITS = new Extractor() {
    @Override
    public void warmUp() {}

    @Override
    public ArticleRecord extract(Document document, List<String> warnings) {
      Records.Builder b = new Records.Builder(document.id(), document.date().toString(), document.text());
      if (document.text().contains("visit")) {
        EntityId src = b.entity("Freedonia", EntityKind.COUNTRY, "FRE");
        EntityId tgt = b.entity("Sylvania", EntityKind.COUNTRY, "SYL");
        String day = document.date().toString();
        b.event(EventType.CONSULT, "visit", src, tgt, null, day, day, day, Status.OCCURRED, "visit");
      }
      return b.build();
    }
  };

  private Path gold() throws IOException {
    Path f = dir.resolve("gold.jsonl");
    Files.writeString(f, String.join("\n",
        "{\"id\":\"a\",\"date\":\"2001-05-06\",\"text\":\"Freedonia will visit Sylvania.\",\"event\":\"CONSULT\","
            + "\"source\":[{\"code\":\"FRE\"}],\"target\":[{\"code\":\"SYL\"}]}",
        "{\"id\":\"b\",\"text\":\"Freedonia made a visit to Sylvania.\",\"event\":\"DEMAND\","
            + "\"source\":[{\"code\":\"FRE\"}],\"target\":[{\"code\":\"XXX\"}]}",
        "not json at all",
        "",
        "{\"id\":\"c\",\"date\":\"2001-05-06\",\"text\":\"Sylvania shelled Freedonia.\",\"event\":\"FIGHT\","
            + "\"source\":[{\"code\":\"SYL\"}],\"target\":[{\"code\":\"FRE\"}]}"), StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void scoresEveryReadableRecordAndNamesTheBadLine() throws IOException {
    Path gold = gold();
    Cli.Run run = Cli.run(VISITS, "eval", "plover", "--gold", gold.toString(), "--format", "json", "--threads", "2");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.errLines()).anyMatch(l -> l.equals("annals: " + gold + ":3: not valid JSON: "
        + l.substring(l.indexOf("not valid JSON: ") + 16)));
    assertThat(run.errLines()).anyMatch(l -> l.contains("1 of 4 gold records failed"));
    JsonNode j = new ObjectMapper().readTree(run.out());
    assertThat(j.path("sentences").asInt()).isEqualTo(3);
    assertThat(j.path("top1Right").asInt()).isEqualTo(1);
    assertThat(j.path("eventsPerSentence").asDouble()).isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(1e-3));
    assertThat(j.path("perType").path("CONSULT").path("fp").asInt()).isEqualTo(1);
    assertThat(j.path("perType").path("REQUEST").path("fn").asInt()).isEqualTo(1);
    assertThat(j.path("confusion").path("ASSAULT").path("NONE").asInt()).isEqualTo(1);
    assertThat(j.path("sourceCountryAccuracy").path("value").asDouble()).isEqualTo(1.0);
    assertThat(j.path("targetCountryAccuracy").path("right").asInt()).isEqualTo(1);
  }

  @Test
  void textReportAndCalibrationOfTheLexicon() throws IOException {
    Path lexicon = dir.resolve("triggers.tsv");
    Files.writeString(lexicon, "# a lexicon\nid\tlemma\tnote\nT1\tvisit\tx\nT2\tshell\ty\n", StandardCharsets.UTF_8);
    Cli.Run run = Cli.run(VISITS, "eval", "plover", "--gold", gold().toString(), "--calibrate", lexicon.toString());
    assertThat(run.out()).contains("top-1 type accuracy").contains("confusion");
    // the stand-in's events carry no rules: every row measured as never coded, the column added before note
    assertThat(Files.readString(lexicon)).isEqualTo("# a lexicon\nid\tlemma\tdev\tnote\nT1\tvisit\t\tx\nT2\tshell\t\ty\n");
  }

  @Test
  void aMissingGoldFileIsOneLine() {
    Cli.Run run = Cli.run(VISITS, "eval", "plover", "--gold", dir.resolve("none.jsonl").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().get(0)).startsWith("annals: ").contains("none.jsonl");
  }
}
