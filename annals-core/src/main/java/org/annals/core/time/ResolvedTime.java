package org.annals.core.time;

import org.annals.model.TimeMention;

/** A time expression with where it sits in the parse. */
public record ResolvedTime(TimeMention mention, int sentence, int tokenBegin, int tokenEnd) {
}
