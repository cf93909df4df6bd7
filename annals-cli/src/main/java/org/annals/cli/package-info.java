/**
 * The {@code annals} command line: parse the arguments, call the core, format the result.
 *
 * <p>Contract of this edge (conventions.md, habit 9: thin edges):
 *
 * <ul>
 *   <li><b>Inputs:</b> command-line arguments; files read through {@code org.annals.core.read}.
 *   <li><b>Outputs:</b> records on stdout (or in {@code --out DIR}); everything meant for a person
 *       (errors, warnings, progress) on stderr, one line each, prefixed {@code annals:}.
 *   <li><b>Exit codes:</b> 0 all documents processed; 1 some document failed or the run could not
 *       go on; 2 usage error. Exceptions become exit codes in one place, {@link
 *       org.annals.cli.Failures}; no stack trace is printed unless {@code ANNALS_DEBUG=1}.
 *   <li><b>Failure modes:</b> a bad input or a document whose extraction throws is reported on one
 *       line and the batch goes on; an {@link java.lang.Error} (out of memory, models missing) ends
 *       the run.
 *   <li><b>Thread-safety:</b> documents are extracted in parallel with one shared {@code
 *       Pipeline}; output is written on the calling thread, in input order.
 * </ul>
 */
package org.annals.cli;
