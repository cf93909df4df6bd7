package org.annals.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One article as read, before extraction, or the input that could not be read (then {@code problem} says why and
 * the document fields are null). A JavaBean for Spark's encoder: reading and extracting are separate stages so that
 * {@code --partitions} can spread the articles of one large file (a WARC archive) over all task threads.
 */
public class Article implements Serializable {
    private static final long serialVersionUID = 1L;

    /** the file read (a local path, or the URI of another file system) */
    private String input;
    /** position in that file: the line for JSON Lines, the outcome's number for a WARC archive, 1 for a single article */
    private long ordinal;
    /** the document's fields (see {@link org.annals.model.Document}); date as yyyy-MM-dd */
    private String id;
    private String date;
    private String title;
    private String source;
    private String text;
    private String sha256;
    /** the reader's warnings */
    private List<String> warnings;
    /** why the input could not be read; null when it was */
    private String problem;

    public Article() {
    }

    public String getInput() { return input; }

    public void setInput(String input) { this.input = input; }

    public long getOrdinal() { return ordinal; }

    public void setOrdinal(long ordinal) { this.ordinal = ordinal; }

    public String getId() { return id; }

    public void setId(String id) { this.id = id; }

    public String getDate() { return date; }

    public void setDate(String date) { this.date = date; }

    public String getTitle() { return title; }

    public void setTitle(String title) { this.title = title; }

    public String getSource() { return source; }

    public void setSource(String source) { this.source = source; }

    public String getText() { return text; }

    public void setText(String text) { this.text = text; }

    public String getSha256() { return sha256; }

    public void setSha256(String sha256) { this.sha256 = sha256; }

    public List<String> getWarnings() { return warnings; }

    public void setWarnings(List<String> warnings) { this.warnings = warnings; }

    public String getProblem() { return problem; }

    public void setProblem(String problem) { this.problem = problem; }
}
