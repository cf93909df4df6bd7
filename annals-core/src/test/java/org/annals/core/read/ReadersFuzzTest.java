package org.annals.core.read;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzz tests of every reader (targets in {@link FuzzTargets}).
 *
 * <p>In a normal build ({@code mvn -B verify}) Jazzer runs in regression mode: each file under
 * {@code src/test/resources/org/annals/core/read/ReadersFuzzTestInputs/METHOD/} (the seeds, and
 * every crash found so far) is replayed. To fuzz one target for real, one at a time:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl annals-core -am verify -Dtest='ReadersFuzzTest#html' \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dannals.test.argLine="-Xmx2g \
 *     -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time=600"
 * </pre>
 *
 * (the two {@code jazzer.internal.arg} properties pass libFuzzer's time limit in seconds; without
 * them {@code maxDuration} applies). It stops then or at the first finding, whose input Jazzer writes into the
 * inputs folder above: commit it, it becomes a regression test, then fix the reader.
 */
class ReadersFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void seedText(byte[] data) {
    FuzzTargets.seedText(data);
  }

  @FuzzTest(maxDuration = "10m")
  void jsonLines(byte[] data) {
    FuzzTargets.jsonLines(data);
  }

  @FuzzTest(maxDuration = "10m")
  void timeMl(byte[] data) {
    FuzzTargets.timeMl(data);
  }

  @FuzzTest(maxDuration = "10m")
  void html(byte[] data) {
    FuzzTargets.html(data);
  }

  @FuzzTest(maxDuration = "10m")
  void feed(byte[] data) {
    FuzzTargets.feed(data);
  }

  @FuzzTest(maxDuration = "10m")
  void warc(byte[] data) {
    FuzzTargets.warc(data);
  }

  @FuzzTest(maxDuration = "10m")
  void detect(byte[] data) {
    FuzzTargets.detect(data);
  }
}
