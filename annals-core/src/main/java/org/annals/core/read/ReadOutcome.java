package org.annals.core.read;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.annals.model.Document;

/**
 * The result of reading one document: {@link Ok} or {@link Failed}. A file gives one outcome, a
 * JSON Lines file one per non-blank line.
 */
public sealed interface ReadOutcome permits ReadOutcome.Ok, ReadOutcome.Failed {

  /**
   * Where the outcome comes from: the path as given, plus {@code :LINE} for a JSON Lines article.
   */
  String source();

  /**
   * A document that was read.
   *
   * @param document the document
   * @param warnings one-line notes for the user (e.g. the text does not look like English); the
   *     document is usable regardless
   * @param origin what the reader knows beyond the {@link Document} (the format, where the date
   *     came from, the page's canonical URL); empty for the text formats, whose date is written in
   *     the input or given by {@code --date}. Not part of the output contract.
   */
  record Ok(Document document, List<String> warnings, Optional<Origin> origin)
      implements ReadOutcome {
    public Ok {
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(origin, "origin");
      warnings = List.copyOf(warnings);
    }

    /** An outcome without an {@link Origin} (the text formats). */
    public Ok(Document document, List<String> warnings) {
      this(document, warnings, Optional.empty());
    }

    /** An outcome without warnings. */
    public static Ok of(Document document) {
      return new Ok(document, List.of());
    }

    @Override
    public String source() {
      return document.source();
    }
  }

  /**
   * A document that could not be read.
   *
   * @param source the path as given, plus {@code :LINE} for a JSON Lines line
   * @param problem what is wrong, one short line (line breaks are folded into spaces)
   */
  record Failed(String source, String problem) implements ReadOutcome {
    public Failed {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(problem, "problem");
      problem = problem.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** {@code SOURCE: problem}, e.g. {@code articles.jsonl:3: malformed JSON (...)}. */
    public String message() {
      return source + ": " + problem;
    }
  }
}
