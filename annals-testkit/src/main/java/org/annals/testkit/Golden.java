package org.annals.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.opentest4j.AssertionFailedError;

/**
 * Golden-file assertions for JSON output.
 *
 * <p>Both sides are put in {@link #canonical canonical form} (keys sorted, two-space indentation, one array
 * element per line, {@code \n} line ends) before they are compared, so key order and whitespace never make a
 * test fail, and a golden file's diff in review shows only changes of content.
 *
 * <p>Golden files are rewritten, never hand-edited to pass: run the tests with
 * {@code -D}{@value #UPDATE_PROPERTY}{@code =true}, then review the diff of the golden files. A missing golden
 * file fails the test (with the command that creates it) rather than being created silently, so a typo in a
 * path cannot turn a test into one that always passes.
 *
 * <p>Thread-safe.
 */
public final class Golden {

    /** System property that rewrites golden files instead of comparing: {@code -Dannals.golden.update=true}. */
    public static final String UPDATE_PROPERTY = "annals.golden.update";

    /** How many diff lines a failure message shows. */
    static final int DIFF_LINES = 20;

    private static final int CONTEXT = 3;

    /** Largest (expected lines x actual lines) middle section that gets a line-by-line LCS diff. */
    private static final long LCS_LIMIT = 4_000_000L;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private Golden() {
    }

    /** True when the tests run with {@code -Dannals.golden.update=true}. */
    public static boolean updating() {
        return "true".equalsIgnoreCase(System.getProperty(UPDATE_PROPERTY));
    }

    /**
     * Asserts that {@code actualJson} has the same content as the JSON in {@code goldenFile}; with
     * {@code -Dannals.golden.update=true} writes the actual JSON (canonical form) to the golden file instead.
     *
     * @throws AssertionError when the file is missing, is not JSON, or differs (with a diff of the first
     *                        differing lines)
     * @throws IllegalArgumentException when {@code actualJson} is not JSON
     */
    public static void assertJsonMatches(Path goldenFile, String actualJson) {
        assertJsonMatches(goldenFile, actualJson, updating());
    }

    static void assertJsonMatches(Path goldenFile, String actualJson, boolean update) {
        String actual = canonical(actualJson);
        if (update) {
            write(goldenFile, actual);
            return;
        }
        if (!Files.isRegularFile(goldenFile)) {
            throw new AssertionError("golden file " + goldenFile + " does not exist. Create it by running this test"
                    + " with -D" + UPDATE_PROPERTY + "=true (e.g. mvn test -D" + UPDATE_PROPERTY + "=true"
                    + " -Dtest=<TestClass>), then review and commit the file.");
        }
        String expected;
        try {
            expected = canonical(Files.readString(goldenFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read golden file " + goldenFile, e);
        } catch (IllegalArgumentException e) {
            throw new AssertionError("golden file " + goldenFile + " is not valid JSON (" + e.getMessage()
                    + "). Rewrite it with -D" + UPDATE_PROPERTY + "=true.", e);
        }
        if (!expected.equals(actual)) {
            throw new AssertionFailedError("JSON differs from golden file " + goldenFile + "\n"
                    + diff(expected, actual, "golden " + goldenFile.getFileName(), "actual")
                    + "If the change is intended, rerun with -D" + UPDATE_PROPERTY
                    + "=true and review the golden file's diff.", expected, actual);
        }
    }

    /**
     * The canonical text of a JSON value: object keys sorted, two-space indentation, one array element per
     * line, {@code \n} line ends, ending with a newline.
     *
     * @throws IllegalArgumentException when {@code json} is not one JSON value (or has duplicate keys)
     */
    public static String canonical(String json) {
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (tree == null || tree.isMissingNode()) {
                throw new IllegalArgumentException("no JSON value in the input");
            }
            return WRITER.writeValueAsString(sorted(tree)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr()), e);
        }
    }

    /** A copy of the tree whose objects list their keys in sorted order. */
    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> fields = new TreeMap<>();
            for (Map.Entry<String, JsonNode> f : node.properties()) {
                fields.put(f.getKey(), sorted(f.getValue()));
            }
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            fields.forEach(copy::set);
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(e -> copy.add(sorted(e)));
            return copy;
        }
        return node;
    }

    private static void write(Path goldenFile, String canonical) {
        try {
            if (Files.isRegularFile(goldenFile)
                    && Files.readString(goldenFile, StandardCharsets.UTF_8).equals(canonical)) {
                return;
            }
            Path parent = goldenFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(goldenFile, canonical, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write golden file " + goldenFile, e);
        }
    }

    /**
     * A unified-style diff of the first differing lines: a {@code ---}/{@code +++} header, one {@code @@} hunk
     * with up to {@value #CONTEXT} lines of context before, and at most {@value #DIFF_LINES} lines after it.
     * Ends with a newline. Empty when the texts are equal.
     */
    static String diff(String expected, String actual, String expectedName, String actualName) {
        if (expected.equals(actual)) {
            return "";
        }
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> ops = new ArrayList<>();
        int from = Math.max(0, prefix - CONTEXT);
        for (int i = from; i < prefix; i++) {
            ops.add(" " + a.get(i));
        }
        ops.addAll(middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix)));
        for (int i = 0; i < Math.min(CONTEXT, suffix); i++) {
            ops.add(" " + a.get(a.size() - suffix + i));
        }

        int shown = Math.min(ops.size(), DIFF_LINES);
        int oldCount = 0;
        int newCount = 0;
        for (String op : ops.subList(0, shown)) {
            char c = op.charAt(0);
            if (c != '+') {
                oldCount++;
            }
            if (c != '-') {
                newCount++;
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("first difference at line ").append(prefix + 1).append(" (expected ").append(a.size())
                .append(" lines, actual ").append(b.size()).append(" lines)\n");
        out.append("--- ").append(expectedName).append('\n');
        out.append("+++ ").append(actualName).append('\n');
        out.append("@@ -").append(from + 1).append(',').append(oldCount)
                .append(" +").append(from + 1).append(',').append(newCount).append(" @@\n");
        for (String op : ops.subList(0, shown)) {
            out.append(op).append('\n');
        }
        if (ops.size() > shown) {
            out.append("... (").append(ops.size() - shown).append(" more diff lines not shown)\n");
        }
        return out.toString();
    }

    /** Edit script for the differing middle: LCS when small enough, else all removed then all added. */
    private static List<String> middle(List<String> a, List<String> b) {
        List<String> ops = new ArrayList<>();
        if ((long) a.size() * b.size() > LCS_LIMIT) {
            a.forEach(l -> ops.add("-" + l));
            b.forEach(l -> ops.add("+" + l));
            return ops;
        }
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                ops.add(" " + a.get(i++));
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add("-" + a.get(i++)); // removals before additions, as diff(1) prints them
            } else {
                ops.add("+" + b.get(j++));
            }
        }
        return ops;
    }
}
