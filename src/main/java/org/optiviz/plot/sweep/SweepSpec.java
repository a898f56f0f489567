package org.optiviz.plot.sweep;

import org.optiviz.core.batch.SweepAxis;
import org.optiviz.core.batch.SweepDefaults;
import org.optiviz.core.param.Hyperparams;

/**
 * What the sweep layout shows for the selected optimizer: the hyperparameter across and the one up with their
 * ranges (null for the default, {@link SweepDefaults}), and what colours the cells. An axis whose key the optimizer
 * lacks falls back to the default too, so one choice survives switching optimizer where it can.
 */
public record SweepSpec(SweepAxis x, SweepAxis y, SweepColouring colouring) {
    /** Default axes, coloured by final loss. */
    public static final SweepSpec DEFAULT = new SweepSpec(null, null, SweepColouring.LOSS);

    public SweepSpec {
        if (colouring == null) {
            colouring = SweepColouring.LOSS;
        }
    }

    /** The axis across for this optimizer's settings, or null when it has no default and none was chosen. */
    public SweepAxis xFor(Hyperparams base) {
        SweepAxis chosen = x != null && base.has(x.key()) ? x : SweepDefaults.x(base);
        return chosen;
    }

    /** The axis up for this optimizer's settings; never the same key as the axis across. */
    public SweepAxis yFor(Hyperparams base) {
        SweepAxis across = xFor(base);
        if (y != null && base.has(y.key()) && (across == null || !y.key().equals(across.key()))) {
            return y;
        }
        SweepAxis fallback = SweepDefaults.y(base);
        if (fallback == null || across != null && fallback.key().equals(across.key())) {
            // No momentum-like key (SGD): the first other numeric key, a schedule key for SGD.
            for (String key : SweepDefaults.sweepable(base)) {
                if (across == null || !key.equals(across.key())) {
                    return SweepDefaults.axis(base, key, SweepDefaults.VALUES);
                }
            }
            return null;
        }
        return fallback;
    }

    public SweepSpec withX(SweepAxis axis) {
        return new SweepSpec(axis, y, colouring);
    }

    public SweepSpec withY(SweepAxis axis) {
        return new SweepSpec(x, axis, colouring);
    }

    public SweepSpec withColouring(SweepColouring c) {
        return new SweepSpec(x, y, c);
    }
}
