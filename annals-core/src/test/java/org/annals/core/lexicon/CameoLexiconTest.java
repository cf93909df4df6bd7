package org.annals.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annals.model.EventType;
import org.annals.testkit.SharedData;
import org.junit.jupiter.api.Test;

class CameoLexiconTest {
    private final CameoLexicon cameo = CameoLexicon.standard();

    @Test
    void knownCodes() {
        assertThat(cameo.all()).hasSize(311);
        assertThat(cameo.require("042").goldstein()).isEqualTo(1.9);
        assertThat(cameo.require("042").ploverType()).contains(EventType.CONSULT);
        assertThat(cameo.require("190").quad()).isEqualTo(4);
        assertThat(cameo.require("010").ploverType()).isEmpty();
        assertThat(cameo.byCode("999")).isEmpty();
    }

    @Test
    void goldsteinValuesAgreeWithTheSharedTable() throws Exception {
        Path table = SharedData.require("data/cameo/cameo-goldstein.tsv");
        List<String> lines = Files.readAllLines(table);
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t");
            if (cols.length < 2 || cameo.byCode(cols[0]).isEmpty()) {
                continue;
            }
            assertThat(cameo.require(cols[0]).goldstein()).as(cols[0]).isEqualTo(Double.parseDouble(cols[1]));
            checked++;
        }
        assertThat(checked).isGreaterThan(300);
    }
}
