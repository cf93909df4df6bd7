package org.annals.core.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Third-party structures stay at the border: only annotate/corenlp may import CoreNLP. */
class BorderTest {
    @Test
    void onlyTheAdapterImportsCoreNlp() throws IOException {
        Path main = Path.of("src/main/java");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(main)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.toString().replace('\\', '/').contains("org/annals/core/annotate/corenlp/"))
                    .filter(p -> {
                        try {
                            return Files.readString(p).contains("import edu.stanford.nlp");
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .map(Path::toString).toList();
        }
        assertThat(offenders).isEmpty();
    }
}
