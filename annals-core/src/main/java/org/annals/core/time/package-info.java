/**
 * Time: {@link org.annals.core.time.TimeResolver} turns the annotator's time expressions into corrected TIMEX3
 * values with calendar intervals ({@link org.annals.core.time.Timeline}); {@link org.annals.core.time.EventDater}
 * dates events from them (explicit, anchored on another event, tense or the document date). Each correction carries
 * its rule id ({@code TR-*}, listed on {@code TimeResolver}); {@code Quarters} reads the quarters of earnings reports
 * and {@code MissedTimes} adds the quarter and period expressions SUTime misses. The TempEval-3 scorer lives in
 * {@link org.annals.core.time.eval}.
 * Input: an {@link org.annals.core.annotate.AnnotatedDocument}. Stateless and thread-safe; no value depends on the
 * documents processed before (SUTime's own state, CoreNLP issue #1061, is overridden: see {@code TimeResolver}).
 */
package org.annals.core.time;
