package org.annals.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Everything a command tells the person running it, on stderr: errors and warnings one line each
 * ({@code annals: ...}, {@code annals: warning: ...}), and, only when stderr is a terminal, notes
 * and a progress line that rewrites itself ({@code 12/40 docs, 1.3 docs/s, ETA 0:21}).
 *
 * <p>Thread-safe: workers report progress while the calling thread reports errors; a message first
 * clears the progress line, then the progress line is drawn again below it.
 */
final class Reporter {

  private final PrintWriter err;
  private final boolean interactive;

  private final java.util.List<String> errors = new java.util.ArrayList<>();

  private int total;
  private int done;
  private long startNanos;
  private boolean showingProgress;
  private int drawnWidth;

  Reporter(PrintWriter err, boolean interactive) {
    this.err = err;
    this.interactive = interactive;
  }

  boolean interactive() {
    return interactive;
  }

  /** {@code annals: message} */
  synchronized void error(String message) {
    errors.add(message);
    print("annals: " + message);
  }

  /** Every error reported so far, in order (for the list at the end of a long run). */
  synchronized java.util.List<String> errors() {
    return java.util.List.copyOf(errors);
  }

  /** A line for a log: printed whether or not stderr is a terminal (progress when it is not one). */
  synchronized void log(String message) {
    print("annals: " + message);
  }

  /** {@code annals: warning: message} */
  synchronized void warning(String message) {
    print("annals: warning: " + message);
  }

  /** A note for a person watching (loading models, files written); silent when not a terminal. */
  synchronized void note(String message) {
    if (interactive) {
      print("annals: " + message);
    }
  }

  /** Starts counting {@code total} documents; the progress line shows only for more than one. */
  synchronized void startProgress(int total) {
    this.total = total;
    this.done = 0;
    this.startNanos = System.nanoTime();
    this.showingProgress = interactive && total > 1;
    draw();
  }

  /** One more document finished (successfully or not). */
  synchronized void advance() {
    done++;
    draw();
  }

  /** Removes the progress line. */
  synchronized void endProgress() {
    clear();
    showingProgress = false;
    err.flush();
  }

  private void print(String line) {
    clear();
    err.println(line);
    draw();
    err.flush();
  }

  private void clear() {
    if (showingProgress && drawnWidth > 0) {
      err.print("\r" + " ".repeat(drawnWidth) + "\r");
      drawnWidth = 0;
    }
  }

  private void draw() {
    if (!showingProgress) {
      return;
    }
    String line = progressLine(done, total, Duration.ofNanos(System.nanoTime() - startNanos));
    err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
    drawnWidth = line.length();
    err.flush();
  }

  /** {@code 12/40 docs, 1.3 docs/s, ETA 0:21}; rate and ETA once a document is done. */
  static String progressLine(int done, int total, Duration elapsed) {
    StringBuilder sb = new StringBuilder().append(done).append('/').append(total).append(" docs");
    double seconds = elapsed.toMillis() / 1000.0;
    if (done > 0 && seconds > 0) {
      double rate = done / seconds;
      // two decimals for slow runs, so that one document in 20 s does not read "0.0 docs/s"
      sb.append(String.format(Locale.ROOT, rate < 1 ? ", %.2f docs/s" : ", %.1f docs/s", rate));
      if (done < total) {
        sb.append(", ETA ").append(clock(Math.round((total - done) / rate)));
      }
    }
    return sb.toString();
  }

  /** {@code 0:21}, {@code 12:05}, {@code 1:02:03}. */
  static String clock(long seconds) {
    long h = seconds / 3600;
    long m = (seconds % 3600) / 60;
    long s = seconds % 60;
    return h > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
        : String.format(Locale.ROOT, "%d:%02d", m, s);
  }
}
