/**
 * Test support for Annals: the invariants every output record must hold, golden-file assertions, and access
 * to the shared data folder that lives beside the repository.
 *
 * <ul>
 *   <li>{@link org.annals.testkit.RecordInvariants} — {@code violations(record)} lists every broken invariant
 *       (spans inside the body and matching it, trigger inside evidence, ids resolve and are unique,
 *       earliest &le; latest, 0 &le; confidence &le; 1, TIMEX3 values, CAMEO codes, body hash, non-empty
 *       quotes); {@code assertValid(record)} throws an {@link java.lang.AssertionError} listing them. Run it
 *       on every record a test produces.</li>
 *   <li>{@link org.annals.testkit.Golden} — {@code assertJsonMatches(goldenFile, json)} compares JSON in
 *       canonical form (sorted keys) and shows a short diff; {@code -Dannals.golden.update=true} rewrites the
 *       golden files, whose diffs are then reviewed. {@code canonical(json)} gives the canonical text.</li>
 *   <li>{@link org.annals.testkit.SharedData} — {@code root()} finds {@code ../shared} (or
 *       {@code -Dannals.shared=…}); {@code require(relative)} resolves a path in it and skips the test (JUnit
 *       assumption) when it is absent.</li>
 * </ul>
 *
 * <p>Inputs: records of {@code annals-model}, JSON text, paths. No state; every class is thread-safe.
 * Failure modes: assertion failures ({@link java.lang.AssertionError}) for broken expectations, JUnit
 * assumption failures (a skip) for missing shared data, {@link java.lang.IllegalArgumentException} for input
 * that is not JSON, {@link java.io.UncheckedIOException} for golden files that cannot be read or written.
 *
 * <p>This is a library of compile scope in this module so that other modules can use it in test scope.
 */
package org.annals.testkit;
