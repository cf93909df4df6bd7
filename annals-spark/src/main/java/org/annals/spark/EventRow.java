package org.annals.spark;

import java.io.Serializable;
import java.util.List;

/** A row of the {@code events} table: one event of one article. A JavaBean: Spark's bean encoder needs a no-argument constructor and setters. */
public class EventRow implements Serializable {
    private static final long serialVersionUID = 1L;

    /** {@code docId/V<n>} */
    private String eventId;
    /** the article */
    private String docId;
    /** the id inside the article's record ({@code V<n>}) */
    private String localId;
    /** PLOVER type */
    private String type;
    /** PLOVER mode; null when none */
    private String mode;
    /** CAMEO code */
    private String cameo;
    /** Goldstein value */
    private double goldstein;
    /** quad class 1-4 */
    private int quadClass;
    /** entityIds of the source actors */
    private List<String> source;
    /** entityIds of the target actors */
    private List<String> target;
    /** countries of the source actors, sorted */
    private List<String> sourceCountries;
    /** countries of the target actors, sorted */
    private List<String> targetCountries;
    /** entityId of the place; null when none */
    private String location;
    /** TIMEX3 value of the event date */
    private String dateValue;
    /** earliest day, ISO; null when open */
    private String earliest;
    /** latest day, ISO; null when open */
    private String latest;
    /** Status name */
    private String status;
    /** trigger text */
    private String trigger;
    /** trigger start offset */
    private int triggerStart;
    /** trigger end offset */
    private int triggerEnd;
    /** confidence in [0, 1] */
    private double confidence;
    /** lexicon rows and rules that coded it */
    private List<String> rules;

    public EventRow() {
    }

    public String getEventId() { return eventId; }

    public void setEventId(String eventId) { this.eventId = eventId; }

    public String getDocId() { return docId; }

    public void setDocId(String docId) { this.docId = docId; }

    public String getLocalId() { return localId; }

    public void setLocalId(String localId) { this.localId = localId; }

    public String getType() { return type; }

    public void setType(String type) { this.type = type; }

    public String getMode() { return mode; }

    public void setMode(String mode) { this.mode = mode; }

    public String getCameo() { return cameo; }

    public void setCameo(String cameo) { this.cameo = cameo; }

    public double getGoldstein() { return goldstein; }

    public void setGoldstein(double goldstein) { this.goldstein = goldstein; }

    public int getQuadClass() { return quadClass; }

    public void setQuadClass(int quadClass) { this.quadClass = quadClass; }

    public List<String> getSource() { return source; }

    public void setSource(List<String> source) { this.source = source; }

    public List<String> getTarget() { return target; }

    public void setTarget(List<String> target) { this.target = target; }

    public List<String> getSourceCountries() { return sourceCountries; }

    public void setSourceCountries(List<String> sourceCountries) { this.sourceCountries = sourceCountries; }

    public List<String> getTargetCountries() { return targetCountries; }

    public void setTargetCountries(List<String> targetCountries) { this.targetCountries = targetCountries; }

    public String getLocation() { return location; }

    public void setLocation(String location) { this.location = location; }

    public String getDateValue() { return dateValue; }

    public void setDateValue(String dateValue) { this.dateValue = dateValue; }

    public String getEarliest() { return earliest; }

    public void setEarliest(String earliest) { this.earliest = earliest; }

    public String getLatest() { return latest; }

    public void setLatest(String latest) { this.latest = latest; }

    public String getStatus() { return status; }

    public void setStatus(String status) { this.status = status; }

    public String getTrigger() { return trigger; }

    public void setTrigger(String trigger) { this.trigger = trigger; }

    public int getTriggerStart() { return triggerStart; }

    public void setTriggerStart(int triggerStart) { this.triggerStart = triggerStart; }

    public int getTriggerEnd() { return triggerEnd; }

    public void setTriggerEnd(int triggerEnd) { this.triggerEnd = triggerEnd; }

    public double getConfidence() { return confidence; }

    public void setConfidence(double confidence) { this.confidence = confidence; }

    public List<String> getRules() { return rules; }

    public void setRules(List<String> rules) { this.rules = rules; }
}
