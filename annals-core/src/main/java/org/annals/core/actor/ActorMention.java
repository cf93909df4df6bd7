package org.annals.core.actor;

import org.annals.model.EntityId;

/**
 * One mention of an entity, located in the parse: tokens {@code [tokenBegin, tokenEnd)} of a sentence.
 *
 * @param head  the token that heads the mention (the parse's head, or the last token)
 * @param how   the rule that made it (NER, lexicon, coreference …)
 */
public record ActorMention(EntityId entity, int sentence, int tokenBegin, int tokenEnd, int head, int start, int end,
                           String how) {
    public boolean covers(int sentence, int token) {
        return this.sentence == sentence && tokenBegin <= token && token < tokenEnd;
    }
}
