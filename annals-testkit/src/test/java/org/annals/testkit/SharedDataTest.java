package org.annals.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

class SharedDataTest {

    @TempDir
    Path dir;

    private Path makeShared(Path parent) throws IOException {
        Path shared = parent.resolve("shared");
        Files.createDirectories(shared.resolve("docs"));
        Files.writeString(shared.resolve(SharedData.MARKER), "# contract\n");
        return shared;
    }

    @Test
    void propertyNamingAnExistingDirectoryWins() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        makeShared(dir);
        assertThat(SharedData.locate(elsewhere.toString(), dir.resolve("repo"))).contains(elsewhere);
    }

    @Test
    void propertyNamingNoDirectoryFallsBackToTheWalk() throws IOException {
        Path shared = makeShared(dir);
        Path start = Files.createDirectories(dir.resolve("repo/module/sub"));
        assertThat(SharedData.locate(dir.resolve("nope").toString(), start)).contains(shared);
        assertThat(SharedData.locate(null, start)).contains(shared);
        assertThat(SharedData.locate("", start)).contains(shared);
    }

    @Test
    void walkIgnoresSharedFoldersWithoutTheMarker() throws IOException {
        Path shared = makeShared(dir);
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve("shared/docs")); // no output-format.md: not ours
        Path start = Files.createDirectories(repo.resolve("module"));
        assertThat(SharedData.locate(null, start)).contains(shared);
    }

    @Test
    void nothingFoundIsEmpty() throws IOException {
        Path start = Files.createDirectories(dir.resolve("repo/module"));
        assertThat(SharedData.locate(null, start)).isEmpty();
    }

    @Test
    void requireSkipsWhenThePathIsAbsent() {
        assertThatThrownBy(() -> SharedData.require("no/such/file-" + System.nanoTime()))
                .isInstanceOf(TestAbortedException.class);
    }

    @Test
    void requireRejectsPathsLeavingTheFolder() {
        assertThatThrownBy(() -> SharedData.require("../secret")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SharedData.require(dir.toAbsolutePath().toString()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requireFindsTheContractWhenTheSharedFolderIsThere() {
        Path contract = SharedData.require(SharedData.MARKER); // skipped on a checkout without ../shared
        assertThat(contract).isRegularFile();
        assertThat(SharedData.root()).isPresent();
        assertThat(contract).startsWith(SharedData.root().get());
    }
}
