/**
 * {@code annals serve}: the HTTP API and the browser UI over the knowledge base.
 *
 * <p>Contract of this edge (conventions.md, habit 9: thin edges):
 *
 * <ul>
 *   <li><b>Inputs:</b> HTTP requests. Query parameters are parsed in {@link org.annals.web.Filters}
 *       (an unknown parameter or a bad value is a 400, never silently ignored); posted articles are
 *       JSON objects ({@code {"date", "text", "title"?, "id"?}}) read through {@code
 *       org.annals.core.read} like any other input ({@link org.annals.web.ArticleInput}).
 *   <li><b>Outputs:</b> JSON (the API, described in {@code openapi.json}; a document is the record
 *       of {@code ../shared/docs/output-format.md} with its text), and one static page with its
 *       script and style; d3 and cytoscape come from WebJars on the classpath.
 *   <li><b>Security:</b> binds 127.0.0.1 unless told otherwise; {@code POST /api/documents} needs
 *       the token; bodies over the limit are refused with 413 before they are read whole; every
 *       response carries a Content-Security-Policy that allows only this origin's scripts, so an
 *       article's text can never run (the page puts text into the DOM as text, never as HTML).
 *       The store is queried only through {@link org.annals.store.KnowledgeBase}, whose SQL binds
 *       every value.
 *   <li><b>Failure modes:</b> every exception becomes a JSON error {@code {"status", "error"}}
 *       with its status code in one place ({@link org.annals.web.AnnalsServer}); a stack trace
 *       is never sent (one line on stderr for a 500).
 *   <li><b>Thread-safety:</b> requests run on Jetty's threads; the {@code Pipeline} is shared (it
 *       is thread-safe) and at most {@code extractThreads} extractions run at once, the others wait.
 * </ul>
 */
package org.annals.web;
