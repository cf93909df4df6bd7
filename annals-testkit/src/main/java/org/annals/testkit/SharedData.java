package org.annals.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/**
 * Finds the shared data folder ({@code ../shared}: docs, seed articles, evaluation data) that lives next to
 * the repository rather than inside it.
 *
 * <p>Lookup order: the system property {@value #PROPERTY} when it names an existing directory; else, walking
 * up from the current directory, the first {@code shared} folder beside one of its ancestors (or beside the
 * current directory itself) that contains {@value #MARKER}.
 *
 * <p>Tests that need the data call {@link #require(String)}: when the data is absent the test is
 * <em>skipped</em> (a JUnit assumption), not failed, so a checkout without {@code ../shared} still builds.
 *
 * <p>Stateless; the lookup is repeated on every call so a test may set the property. Thread-safe.
 */
public final class SharedData {

    /** System property naming the shared folder explicitly: {@code -Dannals.shared=/path/to/shared}. */
    public static final String PROPERTY = "annals.shared";

    /** The file that marks a directory named {@code shared} as the Annals shared folder. */
    public static final String MARKER = "docs/output-format.md";

    private SharedData() {
    }

    /** The shared folder, when it can be found. */
    public static Optional<Path> root() {
        return locate(System.getProperty(PROPERTY), Path.of(System.getProperty("user.dir")));
    }

    /**
     * {@code root().resolve(relative)}, skipping the calling test (JUnit assumption) when the shared folder
     * or that path inside it does not exist.
     *
     * @throws IllegalArgumentException when {@code relative} is absolute or leaves the shared folder
     */
    public static Path require(String relative) {
        Path rel = Path.of(relative);
        if (rel.isAbsolute() || rel.normalize().startsWith("..")) {
            throw new IllegalArgumentException("not a path inside the shared folder: '" + relative + "'");
        }
        Optional<Path> root = root();
        Assumptions.assumeTrue(root.isPresent(), () -> "shared data folder not found (looked for -D" + PROPERTY
                + " and for a 'shared' folder containing " + MARKER + " beside the ancestors of "
                + System.getProperty("user.dir") + "); skipping");
        Path resolved = root.get().resolve(rel).normalize();
        Assumptions.assumeTrue(Files.exists(resolved),
                () -> resolved + " does not exist in the shared data folder; skipping");
        return resolved;
    }

    /** The lookup itself, with its inputs explicit so it can be tested. */
    static Optional<Path> locate(String property, Path start) {
        if (property != null && !property.isBlank()) {
            Path p = Path.of(property);
            if (Files.isDirectory(p)) {
                return Optional.of(p.toAbsolutePath().normalize());
            }
        }
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isRegularFile(candidate.resolve(MARKER))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
