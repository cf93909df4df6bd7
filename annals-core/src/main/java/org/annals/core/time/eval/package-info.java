/**
 * TempEval-3 Task A scoring of time expressions.
 *
 * <p><b>Inputs.</b> TimeML documents (gold and system) read by {@link org.annals.core.time.eval.TimeMlTimexes}: the
 * content of {@code TEXT} with tags removed and entities decoded (the same body the document readers give, so
 * offsets agree), the creation time, and the {@code TIMEX3} tags inside {@code TEXT} as character spans with type
 * and value. The DCT is never scored.
 *
 * <p><b>Outputs.</b> {@link org.annals.core.time.eval.TimexScorer} pairs gold and system expressions one to one
 * (strict: same span; relaxed: overlapping spans) and counts; {@link org.annals.core.time.eval.TimexScore} gives
 * precision, recall and F1, and type and value F1 as TE3 defines them: relaxed F1 times the attribute's accuracy
 * over the relaxed matches.
 *
 * <p><b>Failure modes.</b> Malformed XML or a document without {@code TEXT} is a
 * {@link org.annals.core.read.ReadProblem}-style one-line message in an {@link java.lang.IllegalArgumentException}.
 * Stateless and thread-safe.
 */
package org.annals.core.time.eval;
