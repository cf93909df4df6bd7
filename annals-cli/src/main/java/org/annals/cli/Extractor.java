package org.annals.cli;

import java.util.List;
import org.annals.core.annotate.corenlp.CoreNlpAnnotator;
import org.annals.core.pipeline.Pipeline;
import org.annals.model.ArticleRecord;
import org.annals.model.Document;

/**
 * What the commands need from the core: a document in, its record out.
 *
 * <p>Why an interface rather than {@link Pipeline} itself: the batch behaviour of the commands
 * (order, parallelism, one failing document among many) is tested with a stand-in that needs no
 * language models; {@link #standard()} is the only production implementation.
 */
public interface Extractor {

  /** Loads whatever the first {@link #extract} would otherwise load (the CoreNLP models). */
  void warmUp();

  /** The record of {@code document}; {@code warnings} from reading are carried into it. Thread-safe. */
  ArticleRecord extract(Document document, List<String> warnings);

  /** The standard pipeline of annals-core; CoreNLP loads on {@link #warmUp()} or first extract. */
  static Extractor standard() {
    Pipeline pipeline = Pipeline.standard();
    return new Extractor() {
      @Override
      public void warmUp() {
        CoreNlpAnnotator.preload();
      }

      @Override
      public ArticleRecord extract(Document document, List<String> warnings) {
        return pipeline.extract(document, warnings);
      }
    };
  }
}
