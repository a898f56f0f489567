package org.optiviz.plot;

import java.util.ArrayList;
import java.util.List;
import org.optiviz.core.inspect.StepVectors;

/**
 * Arrows of each shown run's latest step, drawn over the paths: which kinds are on, the runs' vectors by run key,
 * and the words of the key strip (the window passes its language's).
 *
 * @param runs one entry per run that has taken a step; runs not listed get no arrows
 */
public record VectorOverlay(List<RunVectors> runs, boolean gradient, boolean momentum, boolean step,
                            boolean lookAhead, boolean effectiveStep, Words words) {
    /** Of the longest arrow's length, this fraction of the plot area's shorter side. */
    public static final double LONGEST_FRACTION = 0.22;

    /** One run's vectors; {@code key} matches its {@link RunTrace#key()}. */
    public record RunVectors(String key, StepVectors vectors) {
    }

    /**
     * The key strip's words; {@code scale} holds "{0}" for the factor the arrows are drawn at.
     */
    public record Words(String gradient, String momentum, String step, String lookAhead, String effectiveStep,
                        String scale) {
        public static final Words ENGLISH = new Words("−lr·g", "momentum", "step", "look-ahead",
                "step size per axis", "arrows ×{0}");
    }

    public VectorOverlay {
        runs = List.copyOf(runs);
        words = words == null ? Words.ENGLISH : words;
    }

    /** Every kind on, English words. */
    public static VectorOverlay all(List<RunVectors> runs) {
        return new VectorOverlay(runs, true, true, true, true, true, Words.ENGLISH);
    }

    /** Whether any kind is on. */
    public boolean anyOn() {
        return gradient || momentum || step || lookAhead || effectiveStep;
    }

    /** Only the vectors of runs with these keys (a grid cell's one run). */
    public VectorOverlay forKeys(List<String> keys) {
        List<RunVectors> kept = new ArrayList<>();
        for (RunVectors v : runs) {
            if (keys.contains(v.key())) {
                kept.add(v);
            }
        }
        return new VectorOverlay(kept, gradient, momentum, step, lookAhead, effectiveStep, words);
    }
}
