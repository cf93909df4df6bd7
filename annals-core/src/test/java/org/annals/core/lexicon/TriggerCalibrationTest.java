package org.annals.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dev column of triggers.tsv: written from counts, read back as each row's smoothed precision. */
class TriggerCalibrationTest {

    @Test
    void countsReplaceTheDevColumnAndKeepEverythingElse() {
        String tsv = "# header comment\nid\tlemma\tdev\tnote\nT1\tvisit\t1/9\tx\nT2\tmeet\t\ty\n";
        String out = TriggerCalibration.rewrite(tsv, Map.of("T1", new TriggerCalibration.Counts(3, 4),
                "T2", new TriggerCalibration.Counts(0, 0)));
        assertThat(out).isEqualTo("# header comment\nid\tlemma\tdev\tnote\nT1\tvisit\t3/4\tx\nT2\tmeet\t\ty\n");
    }

    @Test
    void measuredPrecisionIsSmoothedTowardsThePriorWeight() {
        TriggerRule standard = TriggerLexicon.standard().all().get(0);
        TriggerRule never = new TriggerRule("T9", "x", Pos.V, java.util.Optional.empty(), java.util.Set.of(),
                standard.type(), java.util.Optional.empty(), standard.cameo(), standard.source(), standard.target(),
                false, java.util.Optional.empty(), 0.8, 0, 0, "");
        assertThat(never.precision()).contains(0.8);
        TriggerRule measured = new TriggerRule("T9", "x", Pos.V, java.util.Optional.empty(), java.util.Set.of(),
                standard.type(), java.util.Optional.empty(), standard.cameo(), standard.source(), standard.target(),
                false, java.util.Optional.empty(), 0.8, 1, 4, "");
        assertThat(measured.precision().orElseThrow()).isEqualTo((1 + 1.6) / 6);
    }

    @Test
    void everyStandardRowHasAPrecisionBetweenZeroAndOne() {
        for (TriggerRule r : TriggerLexicon.standard().all()) {
            assertThat(r.precision().orElseThrow()).as(r.id()).isBetween(0.0, 1.0);
            assertThat(r.devRight()).as(r.id()).isLessThanOrEqualTo(r.devCoded());
        }
    }
}
