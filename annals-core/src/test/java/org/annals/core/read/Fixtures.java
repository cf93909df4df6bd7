package org.annals.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Test helpers: fixture files, the shared data folder, outcome unpacking. */
final class Fixtures {

  private Fixtures() {}

  /** A file under src/test/resources/read/. */
  static Path resource(String name) {
    return path(Fixtures.class.getResource("/read/" + name), "read/" + name);
  }

  /**
   * One of our invented news pages ({@code .html}) or feeds ({@code .xml}). They are kept once, as the
   * seeds of {@link ReadersFuzzTest}'s {@code html} and {@code feed} targets, and read from there by
   * the reader tests too.
   */
  static Path page(String name) {
    String dir = name.endsWith(".xml") ? "feed" : "html";
    return path(Fixtures.class.getResource("ReadersFuzzTestInputs/" + dir + "/" + name),
        "ReadersFuzzTestInputs/" + dir + "/" + name);
  }

  private static Path path(URL url, String what) {
    assertThat(url).as("test resource %s", what).isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The shared folder: the system property {@code annals.shared}, else a sibling {@code shared}
   * folder of the working directory or one of its parents.
   */
  static Optional<Path> shared() {
    String property = System.getProperty("annals.shared");
    if (property != null && !property.isBlank() && Files.isDirectory(Path.of(property))) {
      return Optional.of(Path.of(property).normalize());
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  static List<ReadOutcome> read(String name, String content, ReadOptions opts) {
    return DocumentReaders.read(name, content.getBytes(StandardCharsets.UTF_8), opts);
  }

  /** The only outcome, which must be Ok. */
  static ReadOutcome.Ok onlyOk(List<ReadOutcome> outcomes) {
    assertThat(outcomes).hasSize(1);
    assertThat(outcomes.get(0)).isInstanceOf(ReadOutcome.Ok.class);
    return (ReadOutcome.Ok) outcomes.get(0);
  }

  /** The only outcome, which must be Failed. */
  static ReadOutcome.Failed onlyFailed(List<ReadOutcome> outcomes) {
    assertThat(outcomes).hasSize(1);
    assertThat(outcomes.get(0)).isInstanceOf(ReadOutcome.Failed.class);
    return (ReadOutcome.Failed) outcomes.get(0);
  }

  /** An English paragraph long enough for the language check. */
  static final String ENGLISH =
      "The village school will open a new library in the old post office next month, the"
          + " head teacher said on Tuesday. Parents have collected books for the shelves since the"
          + " winter, and the council has paid for the repairs to the roof.";
}
