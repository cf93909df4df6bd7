/**
 * Time: {@link org.annals.core.time.TimeResolver} turns the annotator's time expressions into corrected TIMEX3
 * values with calendar intervals ({@link org.annals.core.time.Timeline}); {@link org.annals.core.time.EventDater}
 * dates events from them (explicit, anchored on another event, tense or the document date).
 * Input: an {@link org.annals.core.annotate.AnnotatedDocument}. Stateless and thread-safe.
 */
package org.annals.core.time;
