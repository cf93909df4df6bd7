package org.annals.core.time.eval;

/**
 * Counts of a TE3 Task A comparison and the scores they give.
 *
 * @param gold    gold expressions
 * @param system  system expressions
 * @param strict  gold-system pairs with the same span
 * @param relaxed gold-system pairs with overlapping spans (one to one)
 * @param type    relaxed pairs with the same type
 * @param value   relaxed pairs with the same value
 */
public record TimexScore(int gold, int system, int strict, int relaxed, int type, int value) {
    public static final TimexScore ZERO = new TimexScore(0, 0, 0, 0, 0, 0);

    public TimexScore {
        if (gold < 0 || system < 0 || strict < 0 || relaxed > Math.min(gold, system)
                || strict > Math.min(gold, system) || type > relaxed || value > relaxed || type < 0 || value < 0) {
            throw new IllegalArgumentException("inconsistent counts: gold " + gold + ", system " + system
                    + ", strict " + strict + ", relaxed " + relaxed + ", type " + type + ", value " + value);
        }
    }

    public TimexScore plus(TimexScore o) {
        return new TimexScore(gold + o.gold, system + o.system, strict + o.strict, relaxed + o.relaxed,
                type + o.type, value + o.value);
    }

    public double strictPrecision() { return ratio(strict, system); }

    public double strictRecall() { return ratio(strict, gold); }

    public double strictF1() { return f1(strictPrecision(), strictRecall()); }

    public double relaxedPrecision() { return ratio(relaxed, system); }

    public double relaxedRecall() { return ratio(relaxed, gold); }

    public double relaxedF1() { return f1(relaxedPrecision(), relaxedRecall()); }

    /** Type accuracy over the relaxed matches. */
    public double typeAccuracy() { return ratio(type, relaxed); }

    /** Value accuracy over the relaxed matches. */
    public double valueAccuracy() { return ratio(value, relaxed); }

    /** TE3: relaxed F1 × type accuracy. */
    public double typeF1() { return relaxedF1() * typeAccuracy(); }

    /** TE3: relaxed F1 × value accuracy. */
    public double valueF1() { return relaxedF1() * valueAccuracy(); }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
