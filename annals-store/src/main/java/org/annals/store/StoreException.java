package org.annals.store;

/** A problem of the database itself (cannot open, newer schema, SQL failure), with a one-line message. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
