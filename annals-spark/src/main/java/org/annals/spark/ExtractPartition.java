package org.annals.spark;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import org.annals.model.ArticleRecord;
import org.annals.model.Document;
import org.apache.spark.api.java.function.MapPartitionsFunction;

/**
 * Turns the articles of one partition into rows, through the executor's one pipeline, one article at a time. An
 * input that could not be read keeps a documents row that names the problem ({@link RecordRows#unreadable}); so
 * does an article whose extraction fails. The batch goes on either way.
 */
final class ExtractPartition implements MapPartitionsFunction<Article, Extracted> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Extracted> call(Iterator<Article> articles) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return articles.hasNext();
            }

            @Override
            public Extracted next() {
                return extract(articles.next());
            }
        };
    }

    static Extracted extract(Article a) {
        if (a.getProblem() != null) {
            return RecordRows.unreadable(a.getSource(), a.getProblem(), a.getInput(), a.getOrdinal());
        }
        Document d = new Document(a.getId(), LocalDate.parse(a.getDate()), a.getTitle(), a.getSource(), a.getText(),
                a.getSha256());
        List<String> warnings = a.getWarnings() == null ? List.of() : a.getWarnings();
        try {
            ArticleRecord r = PipelineHolder.get().extract(d, warnings);
            return RecordRows.of(r, a.getInput(), a.getOrdinal());
        } catch (RuntimeException | StackOverflowError e) {
            return RecordRows.failed(d, "extraction failed: " + e, a.getInput(), a.getOrdinal());
        }
    }
}
