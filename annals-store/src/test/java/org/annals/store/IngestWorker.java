package org.annals.store;

/**
 * A separate process for {@link KillTest}: ingests synthetic articles 0..N-1 into a DuckDB file,
 * printing {@code stored I} after each commit, so that the test can kill it (SIGKILL) half-way.
 */
public final class IngestWorker {
  private IngestWorker() {}

  public static void main(String[] args) {
    String db = args[0];
    int n = Integer.parseInt(args[1]);
    SyntheticCorpus corpus = new SyntheticCorpus(7, 40);
    try (KnowledgeBase kb = KnowledgeBase.open(db)) {
      for (int i = 0; i < n; i++) {
        kb.ingest(corpus.article(i, 4));
        System.out.println("stored " + i);
        System.out.flush();
      }
    }
  }
}
