package org.annals.cli;

import org.annals.store.KnowledgeBase;
import org.annals.store.StoreException;
import picocli.CommandLine.Option;

/** {@code --db}: the knowledge base of the store commands. */
final class DbOption {

  /** The environment variable that changes the default database. */
  static final String ENV = "ANNALS_DB";

  @Option(
      names = "--db",
      paramLabel = "DB",
      description = {
        "the knowledge base: a DuckDB file (default ./" + KnowledgeBase.DEFAULT_DB + ", or $" + ENV + ")"
            + " or postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE"
      })
  String db;

  String db() {
    if (db != null && !db.isBlank()) {
      return db;
    }
    String env = System.getenv(ENV);
    return env == null || env.isBlank() ? KnowledgeBase.DEFAULT_DB : env;
  }

  /** Opens the database; a problem becomes one line and exit 1. */
  KnowledgeBase open() {
    return openAt(db());
  }

  /** Opens {@code where}; a problem becomes one line and exit 1. */
  static KnowledgeBase openAt(String where) {
    try {
      return KnowledgeBase.open(where);
    } catch (StoreException e) {
      throw new CliException(e.getMessage(), Failures.EXIT_FAILED);
    }
  }

  /** Opens a database that must already exist (the query commands do not create one). */
  KnowledgeBase openExisting() {
    String d = db();
    if (!d.contains("://") && !d.equals(":memory:") && !java.nio.file.Files.exists(java.nio.file.Path.of(d))) {
      throw new CliException(d + ": no such database (create one with 'annals ingest --db " + d + " FILES')",
          Failures.EXIT_FAILED);
    }
    return open();
  }
}
