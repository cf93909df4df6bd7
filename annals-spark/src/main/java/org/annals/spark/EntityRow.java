package org.annals.spark;

import java.io.Serializable;
import java.util.List;

/** A row of the {@code entities} table: one entity of one article. A JavaBean: Spark's bean encoder needs a no-argument constructor and setters. */
public class EntityRow implements Serializable {
    private static final long serialVersionUID = 1L;

    /** {@code docId/E<n>} */
    private String entityId;
    /** the article */
    private String docId;
    /** the id inside the article's record ({@code E<n>}) */
    private String localId;
    /** EntityKind name */
    private String kind;
    /** canonical name */
    private String name;
    /** ISO alpha-3 or IGO; null when none */
    private String country;
    /** PLOVER sector; null when none */
    private String sector;
    /** titles as written */
    private List<String> titles;
    /** entityId of the organization it belongs to; null when none */
    private String memberOf;
    /** entityIds a GROUP stands for */
    private List<String> members;
    /** number of mentions */
    private int mentionCount;
    /** start offsets of the mentions in the body */
    private List<Integer> mentionStarts;

    public EntityRow() {
    }

    public String getEntityId() { return entityId; }

    public void setEntityId(String entityId) { this.entityId = entityId; }

    public String getDocId() { return docId; }

    public void setDocId(String docId) { this.docId = docId; }

    public String getLocalId() { return localId; }

    public void setLocalId(String localId) { this.localId = localId; }

    public String getKind() { return kind; }

    public void setKind(String kind) { this.kind = kind; }

    public String getName() { return name; }

    public void setName(String name) { this.name = name; }

    public String getCountry() { return country; }

    public void setCountry(String country) { this.country = country; }

    public String getSector() { return sector; }

    public void setSector(String sector) { this.sector = sector; }

    public List<String> getTitles() { return titles; }

    public void setTitles(List<String> titles) { this.titles = titles; }

    public String getMemberOf() { return memberOf; }

    public void setMemberOf(String memberOf) { this.memberOf = memberOf; }

    public List<String> getMembers() { return members; }

    public void setMembers(List<String> members) { this.members = members; }

    public int getMentionCount() { return mentionCount; }

    public void setMentionCount(int mentionCount) { this.mentionCount = mentionCount; }

    public List<Integer> getMentionStarts() { return mentionStarts; }

    public void setMentionStarts(List<Integer> mentionStarts) { this.mentionStarts = mentionStarts; }
}
