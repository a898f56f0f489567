package org.optiviz.core.optim;

import java.util.List;
import org.optiviz.core.param.ChoiceParam;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.param.ParamScale;
import org.optiviz.core.param.ParamSpec;

/**
 * The learning-rate schedule every optimizer has, appended to its own hyperparameters by {@link OptimizerKind}:
 * lrₜ = lr·w(t)·d(t), with warm-up w(t) = min(1, t/warmup) (1 when warmup = 0) and decay d(t) = 1 (none),
 * decay_rate^⌊(t−1)/decay_steps⌋ (step), decay_rate^((t−1)/decay_steps) (exp), or
 * decay_rate + (1 − decay_rate)·½(1 + cos(π·min(t−1, decay_steps)/decay_steps)) (cosine, ending at decay_rate·lr).
 *
 * <p>Wherever an update rule reads lr it reads lrₜ, so no optimizer knows about schedules.
 */
public final class LrSchedule {
    /** How lr falls over the run. */
    public enum Decay {
        NONE, STEP, EXP, COSINE
    }

    /** Name of the internal that shows lrₜ of the latest step. */
    public static final String LR_INTERNAL = "lr_t";
    static final int WARMUP = 0;
    static final int DECAY = 1;
    static final int DECAY_STEPS = 2;
    static final int DECAY_RATE = 3;
    private static final Decay[] DECAYS = Decay.values();

    /** The schedule's hyperparameters, in this order after each optimizer's own ones. */
    static final List<ParamSpec> SPECS = List.of(
            ParamSpec.whole("warmup", "ramp", 0, 0, 1_000_000, ParamScale.LOG,
                    "steps over which lr ramps up linearly (lr·t/warmup); 0 starts at the full lr"),
            ChoiceParam.spec("decay", "decay", Decay.NONE,
                    "how lr falls: none; step (×decay_rate every decay_steps); exp (smoothly, ×decay_rate per "
                            + "decay_steps); cosine (half a cosine from lr down to decay_rate·lr over decay_steps)"),
            ParamSpec.whole("decay_steps", "period", 1000, 1, 1_000_000, ParamScale.LOG,
                    "steps per decay period (step, exp), or the length of the cosine"),
            ParamSpec.number("decay_rate", "rate", 0.5, 0, true, 1, true, ParamScale.LINEAR,
                    "factor per period (step, exp), or the final fraction of lr (cosine)"));

    private LrSchedule() {
    }

    /** lrₜ for the schedule whose values start at index {@code at} of these settings. */
    static double lrAt(Hyperparams p, int lrIndex, int at, long t) {
        return p.get(lrIndex) * warmup(p.get(at + WARMUP), t) * decay(p, at, t);
    }

    /** w(t) = min(1, t/warmup), 1 without warm-up. */
    static double warmup(double warmup, long t) {
        return warmup == 0 ? 1 : Math.min(1, t / warmup);
    }

    /** d(t) for the decay chosen in these settings. */
    static double decay(Hyperparams p, int at, long t) {
        double steps = p.get(at + DECAY_STEPS);
        double rate = p.get(at + DECAY_RATE);
        return switch (DECAYS[(int) p.get(at + DECAY)]) {
            case NONE -> 1;
            case STEP -> Math.pow(rate, Math.floor((t - 1) / steps));
            case EXP -> Math.pow(rate, (t - 1) / steps);
            case COSINE -> rate + (1 - rate) * 0.5 * (1 + Math.cos(Math.PI * Math.min(t - 1, steps) / steps));
        };
    }
}
