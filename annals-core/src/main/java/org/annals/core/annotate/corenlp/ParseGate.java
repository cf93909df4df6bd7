package org.annals.core.annotate.corenlp;

import java.util.List;
import org.annals.core.annotate.Token;

/**
 * Decides, from a sentence's tokens (words, lemmas, tags, NER classes), whether it needs a dependency parse:
 * the cascade of {@link CoreNlpAnnotator}. A sentence it turns down keeps no dependencies.
 *
 * <p>Why a predicate over our own tokens: the decision belongs to the stages that read the parse (a trigger
 * that could code an event, a mention that could name an actor or resolve one), which know no CoreNLP types.
 * Implementations must be thread-safe and must say yes whenever a later stage could read the parse.
 */
@FunctionalInterface
public interface ParseGate {
    /** Every sentence is parsed: the full path. */
    ParseGate ALL = tokens -> true;

    boolean needsParse(List<Token> tokens);
}
