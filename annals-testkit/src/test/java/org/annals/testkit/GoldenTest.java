package org.annals.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class GoldenTest {

    @TempDir
    Path dir;

    @Test
    void canonicalSortsKeysAtEveryLevelAndIndentsOneValuePerLine() {
        String json = "{\"b\":1,\"a\":{\"z\":[3,{\"y\":true,\"x\":null}],\"c\":\"s\"}}";
        assertThat(Golden.canonical(json)).isEqualTo("""
                {
                  "a": {
                    "c": "s",
                    "z": [
                      3,
                      {
                        "x": null,
                        "y": true
                      }
                    ]
                  },
                  "b": 1
                }
                """);
    }

    @Test
    void canonicalIgnoresKeyOrderAndWhitespace() {
        assertThat(Golden.canonical("{ \"x\" : [1, 2], \"a\": 0.5 }"))
                .isEqualTo(Golden.canonical("{\"a\":0.5,\r\n\"x\":[1,2]}"));
        assertThat(Golden.canonical("[1,2]")).isNotEqualTo(Golden.canonical("[2,1]"));
    }

    @Test
    void canonicalRejectsInvalidJson() {
        assertThatThrownBy(() -> Golden.canonical("{\"a\": }")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> Golden.canonical("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Golden.canonical("{} {}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Golden.canonical("{\"a\":1,\"a\":2}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void matchingContentPassesWhateverTheKeyOrder() throws IOException {
        Path golden = dir.resolve("a.json");
        Files.writeString(golden, "{\"id\": \"x\", \"events\": [{\"type\": \"CONSULT\", \"cameo\": \"042\"}]}");
        assertThatCode(() -> Golden.assertJsonMatches(golden,
                "{\"events\":[{\"cameo\":\"042\",\"type\":\"CONSULT\"}],\"id\":\"x\"}", false))
                .doesNotThrowAnyException();
    }

    @Test
    void missingGoldenFileFailsAndSaysHowToCreateIt() {
        Path golden = dir.resolve("missing.json");
        assertThatThrownBy(() -> Golden.assertJsonMatches(golden, "{}", false))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("does not exist")
                .hasMessageContaining("-Dannals.golden.update=true");
        assertThat(golden).doesNotExist();
    }

    @Test
    void updateWritesTheCanonicalFormAndCreatesDirectories() throws IOException {
        Path golden = dir.resolve("sub/dir/new.json");
        Golden.assertJsonMatches(golden, "{\"b\":1,\"a\":2}", true);
        assertThat(Files.readString(golden)).isEqualTo("{\n  \"a\": 2,\n  \"b\": 1\n}\n");
        assertThatCode(() -> Golden.assertJsonMatches(golden, "{\"a\":2,\"b\":1}", false)).doesNotThrowAnyException();
    }

    @Test
    void updateRewritesADifferingFile() throws IOException {
        Path golden = dir.resolve("old.json");
        Files.writeString(golden, "{\"a\": 1}");
        Golden.assertJsonMatches(golden, "{\"a\": 2}", true);
        assertThat(Files.readString(golden)).isEqualTo(Golden.canonical("{\"a\": 2}"));
    }

    @Test
    void updateIsReadFromTheSystemProperty() throws IOException {
        Path golden = dir.resolve("prop.json");
        String before = System.getProperty(Golden.UPDATE_PROPERTY);
        try {
            System.setProperty(Golden.UPDATE_PROPERTY, "true");
            assertThat(Golden.updating()).isTrue();
            Golden.assertJsonMatches(golden, "[1]");
            assertThat(golden).exists();
            System.setProperty(Golden.UPDATE_PROPERTY, "false");
            assertThat(Golden.updating()).isFalse();
            assertThatThrownBy(() -> Golden.assertJsonMatches(golden, "[2]")).isInstanceOf(AssertionError.class);
        } finally {
            if (before == null) {
                System.clearProperty(Golden.UPDATE_PROPERTY);
            } else {
                System.setProperty(Golden.UPDATE_PROPERTY, before);
            }
        }
    }

    @Test
    void mismatchFailsWithADiffOfTheFirstDifferingLines() throws IOException {
        Path golden = dir.resolve("m.json");
        Files.writeString(golden, "{\"a\": 1, \"b\": \"same\", \"c\": [1, 2, 3], \"d\": true}");
        assertThatThrownBy(() -> Golden.assertJsonMatches(golden,
                "{\"a\": 1, \"b\": \"same\", \"c\": [1, 4, 3], \"d\": true}", false))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("m.json")
                .hasMessageContaining("first difference at line 6")
                .hasMessageContaining("--- golden m.json")
                .hasMessageContaining("+++ actual")
                .hasMessageContaining("\n-    2,\n+    4,\n")
                .hasMessageContaining("-Dannals.golden.update=true")
                .satisfies(e -> {
                    AssertionFailedError f = (AssertionFailedError) e;
                    assertThat(f.getExpected().getStringRepresentation()).contains("2");
                    assertThat(f.getActual().getStringRepresentation()).contains("4");
                });
        // a failed comparison never touches the golden file
        assertThat(Files.readString(golden)).contains("[1, 2, 3]");
    }

    @Test
    void invalidGoldenFileFails() throws IOException {
        Path golden = dir.resolve("broken.json");
        Files.writeString(golden, "{\"a\": ");
        assertThatThrownBy(() -> Golden.assertJsonMatches(golden, "{\"a\": 1}", false))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void invalidActualJsonIsAnError() throws IOException {
        Path golden = dir.resolve("g.json");
        Files.writeString(golden, "{}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Golden.assertJsonMatches(golden, "not json", false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Golden.assertJsonMatches(golden, "not json", true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.readString(golden)).isEqualTo("{}");
    }

    @Test
    void diffShowsContextHunkHeaderAndInsertions() {
        String expected = "a\nb\nc\nd\ne\nf\ng\n";
        String actual = "a\nb\nc\nd\nX\ne\nf\ng\n";
        assertThat(Golden.diff(expected, actual, "old", "new")).isEqualTo("""
                first difference at line 5 (expected 7 lines, actual 8 lines)
                --- old
                +++ new
                @@ -2,6 +2,7 @@
                 b
                 c
                 d
                +X
                 e
                 f
                 g
                """);
    }

    @Test
    void diffIsCutAfterTwentyLines() {
        String expected = IntStream.range(0, 100).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
        String actual = IntStream.range(0, 100).mapToObj(i -> i >= 10 ? "LINE " + i : "line " + i)
                .collect(Collectors.joining("\n"));
        String diff = Golden.diff(expected, actual, "old", "new");
        assertThat(diff).startsWith("first difference at line 11 (expected 100 lines, actual 100 lines)\n")
                .contains("@@ -8,")
                .contains(" line 9\n-line 10\n")
                .contains("more diff lines not shown")
                .doesNotContain("line 30");
        long bodyLines = diff.lines().filter(l -> l.startsWith(" ") || l.startsWith("-") && !l.startsWith("---")
                || l.startsWith("+") && !l.startsWith("+++")).count();
        assertThat(bodyLines).isEqualTo(Golden.DIFF_LINES);
    }

    @Test
    void equalTextsHaveNoDiff() {
        assertThat(Golden.diff("a\n", "a\n", "x", "y")).isEmpty();
    }
}
