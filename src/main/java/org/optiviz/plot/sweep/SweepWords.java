package org.optiviz.plot.sweep;

/**
 * The words of a sweep heat map, in the window's language (the command line uses {@link #ENGLISH}). The titles are
 * format strings taking the optimizer, the problem, the steps and the start's x and y.
 */
public record SweepWords(String lossTitle, String stepsTitle, String logScale, String lossKey, String stepsKey,
                         String diverged, String notSettled, String measured, String theoryExact,
                         String theoryLocal) {
    public static final SweepWords ENGLISH = new SweepWords(
            "%s on %s: final loss after %d steps from (%s, %s)",
            "%s on %s: steps to settle (at most %d) from (%s, %s)",
            "(log scale)", "f − f_min, log", "steps to settle", "diverged", "not settled",
            "measured edge of divergence",
            "theory (exact): %s",
            "theory (local, Hessian at (%2$s, %3$s)): %1$s");
}
