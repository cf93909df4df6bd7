package org.annals.spark;

import java.io.Serializable;
import java.util.List;

/** One article through the pipeline: its rows for the four tables. A JavaBean: Spark's bean encoder needs a no-argument constructor and setters. */
public class Extracted implements Serializable {
    private static final long serialVersionUID = 1L;

    /** the documents row */
    private DocumentRow document;
    /** the entities rows */
    private List<EntityRow> entities;
    /** the events rows */
    private List<EventRow> events;
    /** the event_reports rows */
    private List<EventReportRow> reports;

    public Extracted() {
    }

    public DocumentRow getDocument() { return document; }

    public void setDocument(DocumentRow document) { this.document = document; }

    public List<EntityRow> getEntities() { return entities; }

    public void setEntities(List<EntityRow> entities) { this.entities = entities; }

    public List<EventRow> getEvents() { return events; }

    public void setEvents(List<EventRow> events) { this.events = events; }

    public List<EventReportRow> getReports() { return reports; }

    public void setReports(List<EventReportRow> reports) { this.reports = reports; }
}
