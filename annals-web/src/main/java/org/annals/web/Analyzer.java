package org.annals.web;

import org.annals.core.pipeline.Pipeline;
import org.annals.core.read.ReadOutcome;
import org.annals.model.ArticleRecord;

/**
 * Turns an article that was read into its record. The server's only use of the pipeline, so
 * that API tests can put a fast stand-in in place of CoreNLP where the language analysis is not
 * what they test.
 */
@FunctionalInterface
public interface Analyzer {

  ArticleRecord analyze(ReadOutcome.Ok article);

  /** The standard pipeline; CoreNLP loads on the first article unless {@code CoreNlpAnnotator.preload()} ran. */
  static Analyzer of(Pipeline pipeline) {
    return article -> pipeline.extract(article.document(), article.warnings());
  }
}
