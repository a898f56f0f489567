package org.optiviz.ui.model;

import java.math.BigDecimal;
import java.math.MathContext;
import org.optiviz.core.param.ParamScale;
import org.optiviz.core.param.ParamSpec;

/**
 * Maps a hyperparameter's value to a slider position in [0, 1] and back: linearly, or by decades for
 * log-scale parameters (lr, ε, weight decay), whose useful values span many orders of magnitude.
 *
 * <p>An open bound (β &lt; 1) is kept out of reach by stopping the slider just inside it; a log parameter whose
 * range starts at an inclusive 0 (weight decay) maps the leftmost position to exactly 0.
 */
public final class SliderScale {
    /** Smallest value a log slider reaches before its zero end, relative to its maximum. */
    private static final double LOG_DECADES = 8;
    /** Fraction of the range kept away from an open linear bound. */
    private static final double OPEN_MARGIN = 1e-3;
    /** Slider positions below this count as the zero end of a log slider that allows 0. */
    private static final double ZERO_END = 1e-3;

    private final ParamSpec spec;
    private final boolean log;
    private final boolean zeroEnd;
    private final double low;
    private final double high;

    public SliderScale(ParamSpec spec) {
        this.spec = spec;
        this.log = spec.scale() == ParamScale.LOG && spec.max() > 0;
        if (log) {
            double logHigh = Math.log10(spec.max());
            double logLow = spec.min() > 0 ? Math.log10(spec.min()) : logHigh - LOG_DECADES;
            if (spec.min() > 0 && !spec.minInclusive()) {
                logLow += (logHigh - logLow) * OPEN_MARGIN;
            }
            this.zeroEnd = spec.min() == 0 && spec.minInclusive();
            this.low = logLow;
            this.high = spec.maxInclusive() ? logHigh : logHigh - (logHigh - logLow) * OPEN_MARGIN;
        } else {
            double span = spec.max() - spec.min();
            this.zeroEnd = false;
            this.low = spec.minInclusive() ? spec.min() : spec.min() + span * OPEN_MARGIN;
            this.high = spec.maxInclusive() ? spec.max() : spec.max() - span * OPEN_MARGIN;
        }
    }

    public boolean isLog() {
        return log;
    }

    /** The slider position in [0, 1] that shows this value (clamped to the slider's reach). */
    public double toPosition(double value) {
        double position;
        if (log) {
            if (value <= 0) {
                return 0;
            }
            position = (Math.log10(value) - low) / (high - low);
            if (zeroEnd) {
                position = ZERO_END + (1 - ZERO_END) * position;
            }
        } else {
            position = (value - low) / (high - low);
        }
        return Math.max(0, Math.min(1, position));
    }

    /** The value at a slider position, rounded to 3 significant digits so the text field stays readable. */
    public double toValue(double position) {
        double p = Math.max(0, Math.min(1, position));
        double value;
        if (log) {
            if (zeroEnd) {
                if (p < ZERO_END) {
                    return 0;
                }
                p = (p - ZERO_END) / (1 - ZERO_END);
            }
            value = Math.pow(10, low + p * (high - low));
        } else {
            value = low + p * (high - low);
        }
        if (spec.wholeNumber()) {
            // Step counts (warm-up, decay steps) take whole values only.
            return Math.max(spec.min(), Math.min(spec.max(), Math.rint(value)));
        }
        double rounded = round(value, 3);
        // Rounding may land on an open bound (β = 1); the unrounded value is always inside.
        return spec.problemWith(rounded) == null ? rounded : value;
    }

    static double round(double value, int digits) {
        if (value == 0 || !Double.isFinite(value)) {
            return value;
        }
        return new BigDecimal(value).round(new MathContext(digits)).doubleValue();
    }
}
