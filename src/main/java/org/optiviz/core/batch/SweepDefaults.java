package org.optiviz.core.batch;

import java.util.ArrayList;
import java.util.List;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.param.ParamScale;
import org.optiviz.core.param.ParamSpec;

/**
 * The axes a sweep takes when none are given: lr on a log scale from a hundredth to a hundred times its value
 * across, the optimizer's momentum-like parameter over [0, 0.99] up (ε on a log scale for one without). Any other
 * key gets a range around its value: on a log scale (lr, ε, decays, step counts) two decades either side, on a
 * linear one its whole allowed range, an open end kept a hundredth inside.
 */
public final class SweepDefaults {
    /** The hyperparameters playing momentum's part, the first one an optimizer has being the default y axis. */
    public static final List<String> MOMENTUM_LIKE = List.of("momentum", "beta1", "beta", "rho", "nu", "beta2");
    /** Values along each axis of a default sweep. */
    public static final int VALUES = 64;

    private SweepDefaults() {
    }

    /** lr across, or null for an optimizer without one. */
    public static SweepAxis x(Hyperparams base) {
        return base.has("lr") ? axis(base, "lr", VALUES) : null;
    }

    /** The momentum-like parameter up, or ε, or null for an optimizer with neither. */
    public static SweepAxis y(Hyperparams base) {
        for (String key : MOMENTUM_LIKE) {
            if (base.has(key)) {
                return axis(base, key, VALUES);
            }
        }
        return base.has("eps") ? new SweepAxis("eps", 1e-10, 1e-1, true, VALUES) : null;
    }

    /** The keys a sweep can vary: every numeric hyperparameter (schedule keys included), choices left out. */
    public static List<String> sweepable(Hyperparams base) {
        List<String> keys = new ArrayList<>();
        for (ParamSpec spec : base.specs()) {
            if (!spec.isChoice() && spec.max() > spec.min()) {
                keys.add(spec.key());
            }
        }
        return keys;
    }

    /** The default range of one key with n values, as described above. */
    public static SweepAxis axis(Hyperparams base, String key, int n) {
        ParamSpec spec = base.spec(key);
        double lo = inside(spec.min(), spec.minInclusive(), spec.max() - spec.min(), +1);
        double hi = inside(spec.max(), spec.maxInclusive(), spec.max() - spec.min(), -1);
        boolean log = spec.scale() == ParamScale.LOG && spec.max() > 0;
        if (key.equals("momentum") || MOMENTUM_LIKE.contains(key)) {
            // [0, 0.99]: the region that matters, whatever the open end of the range; further up to include a
            // value set closer to 1 (β₂ = 0.999), ten times closer to 1 than it
            double value = base.get(key);
            double top = Math.min(value > 0.99 ? 1 - (1 - value) / 10 : 0.99, spec.max());
            if (top >= spec.max() && !spec.maxInclusive()) {
                top = hi;
            }
            return new SweepAxis(key, Math.max(lo, 0), top, false, n);
        }
        if (log) {
            double value = base.get(key);
            double centre = value > 0 ? value : spec.max() / 1e4;
            double top = Math.min(spec.max(), centre * 100);
            double bottom = Math.max(spec.min(), centre / 100);
            if (!(bottom < top)) {
                bottom = top / 100;
            }
            return new SweepAxis(key, bottom, top, true, n);
        }
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            double value = base.get(key);
            double span = Math.max(1, Math.abs(value));
            lo = Double.isFinite(lo) ? lo : value - span;
            hi = Double.isFinite(hi) ? hi : value + span;
        }
        return new SweepAxis(key, lo, hi, false, n);
    }

    /** A bound, moved a hundredth of the range inwards when it is open. */
    private static double inside(double bound, boolean inclusive, double range, int direction) {
        if (inclusive || !Double.isFinite(bound) || !Double.isFinite(range)) {
            return bound;
        }
        return bound + direction * range / 100;
    }
}
