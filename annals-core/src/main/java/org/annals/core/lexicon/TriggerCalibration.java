package org.annals.core.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes measured counts into the {@code dev} column of {@code triggers.tsv}: for each row, how many events it
 * coded on the PLOVER dev sentences and how many of them had the gold type ({@code RIGHT/CODED}), from which
 * {@link TriggerRule#precision()} derives the row's confidence. Rows that coded nothing get an empty cell.
 *
 * <p>Why a rewrite of the text rather than a separate file: the counts belong to the row (a changed row is
 * re-measured with it), and comments, order and ids stay exactly as written. Produced by
 * {@code annals eval plover --gold gsr-dev.jsonl --calibrate triggers.tsv}, never typed by hand.
 */
public final class TriggerCalibration {
    private TriggerCalibration() {
    }

    /** Counts of one row: events coded, and those of the gold type. */
    public record Counts(int right, int coded) {
        public Counts {
            if (right < 0 || coded < right) {
                throw new IllegalArgumentException("counts " + right + "/" + coded);
            }
        }
    }

    /**
     * The TSV text with its {@code dev} column (added before {@code note} when missing) set from {@code counts}.
     *
     * @throws LexiconException when the text has no header line with an {@code id} column
     */
    public static String rewrite(String tsv, Map<String, Counts> counts) {
        String[] lines = tsv.split("\n", -1);
        List<String> out = new ArrayList<>();
        int devCol = -1;
        int idCol = -1;
        boolean add = false;
        int noteCol = -1;
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                out.add(line);
                continue;
            }
            List<String> cells = new ArrayList<>(List.of(line.split("\t", -1)));
            if (idCol < 0) {
                idCol = cells.indexOf("id");
                if (idCol < 0) {
                    throw new LexiconException("triggers: the header has no 'id' column");
                }
                devCol = cells.indexOf("dev");
                if (devCol < 0) {
                    add = true;
                    noteCol = cells.indexOf("note");
                    devCol = noteCol < 0 ? cells.size() : noteCol;
                    cells.add(devCol, "dev");
                }
                out.add(String.join("\t", cells));
                continue;
            }
            if (add) {
                cells.add(Math.min(devCol, cells.size()), "");
            }
            Counts c = counts.get(cells.get(idCol));
            while (cells.size() <= devCol) {
                cells.add("");
            }
            cells.set(devCol, c == null || c.coded() == 0 ? "" : c.right() + "/" + c.coded());
            out.add(String.join("\t", cells));
        }
        return String.join("\n", out);
    }
}
