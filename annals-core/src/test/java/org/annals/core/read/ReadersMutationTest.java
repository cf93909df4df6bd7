package org.annals.core.read;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The short fuzzing budget of every build: each seed of {@link ReadersFuzzTest} is mutated a few
 * hundred times (bytes flipped, inserted, deleted, chunks repeated, cut short, spliced with another
 * seed) with a fixed random seed, and fed to its reader's target. Deterministic, a few seconds;
 * the coverage-guided search is {@link ReadersFuzzTest} with {@code JAZZER_FUZZ=1}.
 */
class ReadersMutationTest {

  private static final int MUTANTS_PER_SEED = 100;

  private static Consumer<byte[]> target(String name) {
    return switch (name) {
      case "seedText" -> FuzzTargets::seedText;
      case "jsonLines" -> FuzzTargets::jsonLines;
      case "timeMl" -> FuzzTargets::timeMl;
      case "html" -> FuzzTargets::html;
      case "feed" -> FuzzTargets::feed;
      case "warc" -> FuzzTargets::warc;
      case "detect" -> FuzzTargets::detect;
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static List<byte[]> seeds(String name) {
    try {
      Path dir =
          Path.of(ReadersMutationTest.class.getResource("ReadersFuzzTestInputs/" + name).toURI());
      try (Stream<Path> files = Files.list(dir)) {
        return files.sorted().map(ReadersMutationTest::bytes).toList();
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytes(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"seedText", "jsonLines", "timeMl", "html", "feed", "warc", "detect"})
  void mutatedSeedsNeverBreakTheReader(String name) {
    Consumer<byte[]> target = target(name);
    List<byte[]> seeds = seeds(name);
    Random random = new Random(name.hashCode());
    for (byte[] seed : seeds) {
      assertThatCode(() -> target.accept(seed)).as("seed of %s", name).doesNotThrowAnyException();
      for (int i = 0; i < MUTANTS_PER_SEED; i++) {
        byte[] mutant = mutate(seed, seeds.get(random.nextInt(seeds.size())), random);
        assertThatCode(() -> target.accept(mutant))
            .as("%s on mutant %d: %s", name, i, new String(mutant, java.nio.charset.StandardCharsets.ISO_8859_1))
            .doesNotThrowAnyException();
      }
    }
  }

  private static final byte[][] TOKENS = {
    "<".getBytes(), ">".getBytes(), "</".getBytes(), "\"".getBytes(), "&".getBytes(), "{".getBytes(),
    "}".getBytes(), "\r\n".getBytes(), "\n\n".getBytes(), "<![CDATA[".getBytes(), "<!--".getBytes(),
    "Content-Length: 99999\r\n".getBytes(), "WARC/1.1\r\n".getBytes(), "<article>".getBytes(),
    "<script type=\"application/ld+json\">".getBytes(), "\u00e9".getBytes(java.nio.charset.StandardCharsets.UTF_8),
    {(byte) 0xff}, {(byte) 0xc3}, {0}, {(byte) 0x1f, (byte) 0x8b}
  };

  static byte[] mutate(byte[] seed, byte[] other, Random r) {
    byte[] b = seed.clone();
    int steps = 1 + r.nextInt(4);
    for (int s = 0; s < steps; s++) {
      if (b.length == 0) {
        b = TOKENS[r.nextInt(TOKENS.length)].clone();
        continue;
      }
      int at = r.nextInt(b.length);
      switch (r.nextInt(6)) {
        case 0 -> b[at] = (byte) r.nextInt(256);
        case 1 -> b = splice(b, at, at, TOKENS[r.nextInt(TOKENS.length)]);
        case 2 -> b = splice(b, at, Math.min(b.length, at + 1 + r.nextInt(64)), new byte[0]);
        case 3 -> {
          int end = Math.min(b.length, at + 1 + r.nextInt(128));
          byte[] chunk = Arrays.copyOfRange(b, at, end);
          byte[] repeated = new byte[chunk.length * (2 + r.nextInt(8))];
          for (int k = 0; k < repeated.length; k++) {
            repeated[k] = chunk[k % chunk.length];
          }
          b = splice(b, at, at, repeated);
        }
        case 4 -> b = Arrays.copyOf(b, at);
        default -> {
          int from = other.length == 0 ? 0 : r.nextInt(other.length);
          b = splice(b, at, b.length, Arrays.copyOfRange(other, from, other.length));
        }
      }
    }
    return b;
  }

  private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
    byte[] out = new byte[b.length - (to - from) + insert.length];
    System.arraycopy(b, 0, out, 0, from);
    System.arraycopy(insert, 0, out, from, insert.length);
    System.arraycopy(b, to, out, from + insert.length, b.length - to);
    return out;
  }
}
