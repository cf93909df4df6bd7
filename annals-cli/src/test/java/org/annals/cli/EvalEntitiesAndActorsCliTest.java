package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annals.core.actor.EntityScorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval entities} usage and report, and {@code extract --actors}: no model is loaded. */
class EvalEntitiesAndActorsCliTest {

  @Test
  void helpNamesTheOptions() {
    Cli.Run run = Cli.run("eval", "entities", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--dir", "--threads", "MEANTIME", "Exit codes:");
  }

  @Test
  void aDirectoryWithoutArticlesIsOneLine(@TempDir Path dir) {
    Cli.Run run = Cli.run("eval", "entities", "--dir", dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("annals: " + dir + ": no meantime-en-*.txt articles in it");
    Cli.Run none = Cli.run("eval", "entities", "--dir", dir.resolve("nope").toString());
    assertThat(none.errLines()).hasSize(1);
    assertThat(none.err()).contains("no such directory");
  }

  @Test
  void reportShowsStrictRelaxedPerTypeAndLinking() {
    EntityScorer s = new EntityScorer();
    StringWriter out = new StringWriter();
    EvalEntitiesCommand.report(new PrintWriter(out, true), s);
    assertThat(out.toString()).contains("strict (same span)", "relaxed (head match)", "PER (relaxed)",
        "ORG (relaxed)", "LOC (relaxed)", "B-cubed");
  }

  @Test
  void aBadActorDictionaryIsAUsageErrorNamingFileAndLine(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("mine.tsv"),
        "# version: 1\nid\tname\taliases\tkind\tcountry\tsector\nU1\tKorvath Mining\t\tORGANIZATION\tZZZ\tBUS\n");
    Path article = Files.writeString(dir.resolve("a.txt"), "date 2024-03-01 T\n\nKorvath Mining opened a mine.\n");
    Cli.Run run = Cli.run("extract", "--actors", bad.toString(), article.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("annals: " + bad + ":3: unknown country code 'ZZZ'");
    assertThat(run.out()).isEmpty();
    assertThat(System.getProperty(org.annals.core.lexicon.ActorDictionary.PROPERTY)).isNull();
  }
}
