package org.annals.core.lexicon;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.annals.model.EntityKind;

/**
 * One row of descriptors.tsv: a generic description that refers back to a country ("the kingdom",
 * "the North African country") or to a set of actors ("the two countries").
 *
 * @param patterns the lowercase head phrases of the row
 * @param kind {@link EntityKind#COUNTRY} or {@link EntityKind#GROUP}
 * @param constraint the constraint as written ("region:north_africa;monarchy:yes"), possibly empty
 * @param conditions the parsed constraint: every condition must hold
 * @param size number of members for a GROUP ({@link #ANY_SIZE} for "any"); 1 for a COUNTRY
 * @param rowId stable row id ({@code D0001})
 */
public record Descriptor(
    List<String> patterns,
    EntityKind kind,
    String constraint,
    List<Condition> conditions,
    int size,
    String rowId) {

  /** {@link #size()} of a GROUP row whose size is "any" ("the parties", "allies"). */
  public static final int ANY_SIZE = 0;

  public Descriptor {
    patterns = List.copyOf(patterns);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(constraint, "constraint");
    conditions = List.copyOf(conditions);
    Objects.requireNonNull(rowId, "rowId");
    if (kind != EntityKind.COUNTRY && kind != EntityKind.GROUP) {
      throw new IllegalArgumentException("descriptor " + rowId + ": kind must be COUNTRY or GROUP, not " + kind);
    }
    if (kind == EntityKind.COUNTRY && size != 1 || size < 0) {
      throw new IllegalArgumentException("descriptor " + rowId + ": bad size " + size + " for " + kind);
    }
  }

  public boolean isGroup() {
    return kind == EntityKind.GROUP;
  }

  /**
   * One condition of a constraint: the country's {@code key} attribute has one of {@code values}.
   *
   * @param key {@code region}, {@code monarchy} or {@code alpha3}
   */
  public record Condition(String key, Set<String> values) {
    public Condition {
      Objects.requireNonNull(key, "key");
      values = Set.copyOf(values);
    }

    public boolean test(Country c) {
      return switch (key) {
        case "region" -> values.stream().anyMatch(c::inRegion);
        case "monarchy" -> values.contains(c.monarchy() ? "yes" : "no");
        case "alpha3" -> values.contains(c.alpha3());
        default -> throw new IllegalStateException("unknown constraint key " + key);
      };
    }
  }
}
