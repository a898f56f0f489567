package org.optiviz.core.optim;

import static org.optiviz.core.optim.CommonParams.beta1;
import static org.optiviz.core.optim.CommonParams.beta2;
import static org.optiviz.core.optim.CommonParams.eps;
import static org.optiviz.core.optim.CommonParams.lr;
import static org.optiviz.core.optim.CommonParams.momentum;
import static org.optiviz.core.optim.CommonParams.rho;
import static org.optiviz.core.optim.CommonParams.weightDecay;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.param.ParamScale;
import org.optiviz.core.param.ParamSpec;
import org.optiviz.core.surface.Surface;

/** Every optimizer: its key (as on the command line), display name, hyperparameters and internals. */
public enum OptimizerKind {
    SGD("sgd", "SGD", Sgd::new, List.of(lr(0.01)), List.of("step_size")),
    MOMENTUM("momentum", "Momentum", () -> new Momentum(false), List.of(lr(0.01), momentum()), List.of("v_x", "v_y")),
    NAG("nag", "NAG", () -> new Momentum(true), List.of(lr(0.01), momentum()), List.of("v_x", "v_y")),
    ADAGRAD("adagrad", "AdaGrad", AdaGrad::new, List.of(lr(0.01), eps(1e-7)), List.of("step_x", "step_y")),
    RMSPROP("rmsprop", "RMSProp", RmsProp::new, List.of(lr(0.01), rho(), eps(1e-6)), List.of("step_x", "step_y")),
    ADADELTA("adadelta", "AdaDelta", AdaDelta::new, List.of(lr(1.0), rho(), eps(1e-6)),
            List.of("step_x", "step_y")),
    ADAM("adam", "Adam", () -> new Adam(false),
            List.of(lr(0.01), beta1(), beta2(), eps(1e-8),
                    weightDecay(0, "L2 penalty added to the gradient (g + λθ), so it passes through the moments")),
            List.of("step_x", "step_y")),
    ADAMW("adamw", "AdamW", () -> new Adam(true),
            List.of(lr(0.01), beta1(), beta2(), eps(1e-8),
                    weightDecay(0.01, "decoupled decay: θ shrinks by lr·λ each step, apart from the gradient")),
            List.of("step_x", "step_y")),
    ADASMOOTH("adasmooth", "AdaSmooth", AdaSmooth::new,
            List.of(lr(0.01),
                    ParamSpec.number("beta1_min", "β₁min", 0.9, 0, true, 1, false, ParamScale.LINEAR,
                            "β₁ used when the gradient changes a lot between steps"),
                    ParamSpec.number("beta1_max", "β₁max", 0.999, 0, true, 1, false, ParamScale.LINEAR,
                            "β₁ approached when the gradient is steady"),
                    beta2(),
                    ParamSpec.number("gamma", "γ", 0.9, 0, true, 1, false, ParamScale.LINEAR,
                            "decay of the running average of gradient change that sets β₁,ₜ"),
                    eps(1e-8)),
            List.of("beta1_t", "step_x", "step_y")),
    EVE("eve", "Eve", Eve::new,
            List.of(lr(0.01),
                    ParamSpec.number("beta", "β", 0.9, 0, true, 1, false, ParamScale.LINEAR,
                            "decay of the smoothed loss ratio d"),
                    ParamSpec.number("gamma", "γ", 0.99, 0, true, 1, false, ParamScale.LINEAR,
                            "decay of the running variance of the loss ratio"),
                    ParamSpec.number("k", "k", 1, 0, true, 100, true, ParamScale.LINEAR,
                            "sharpness of the feedback: how strongly loss progress scales the learning rate"),
                    eps(1e-8),
                    ParamSpec.choice("base", "base", "sgd", List.of("sgd", "adam"),
                            "the step that αₜ scales: plain SGD or Adam"),
                    beta1(), beta2()),
            List.of("alpha_t", "d", "r", "step_x", "step_y"));

    private final String key;
    private final String displayName;
    private final Supplier<Optimizer> factory;
    private final List<ParamSpec> params;
    private final List<String> internals;

    OptimizerKind(String key, String displayName, Supplier<Optimizer> factory, List<ParamSpec> params,
                  List<String> internals) {
        this.key = key;
        this.displayName = displayName;
        this.factory = factory;
        this.params = params;
        this.internals = internals;
    }

    public String key() {
        return key;
    }

    public String displayName() {
        return displayName;
    }

    public List<ParamSpec> params() {
        return params;
    }

    /** Names of the per-step internals, in the order {@link Optimizer#internal(int)} reads them. */
    public List<String> internals() {
        return internals;
    }

    /** A fresh optimizer state, as before step 1. */
    public Optimizer create() {
        Optimizer optimizer = factory.get();
        optimizer.reset();
        return optimizer;
    }

    /** Spec defaults; use {@link #defaultsFor} where a surface's suggested learning rate should apply. */
    public Hyperparams defaults() {
        return Hyperparams.defaults(params);
    }

    /** Spec defaults with the surface's suggested learning rate, when it has one for this optimizer. */
    public Hyperparams defaultsFor(Surface surface) {
        Double lr = surface.suggestedLr(key);
        return lr == null ? defaults() : defaults().with("lr", lr);
    }

    /** The optimizer with this key; throws IllegalArgumentException listing the known keys otherwise. */
    public static OptimizerKind byKey(String key) {
        String wanted = key.trim().toLowerCase(Locale.ROOT);
        for (OptimizerKind kind : values()) {
            if (kind.key.equals(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown optimizer '" + key + "'; known: " + keys());
    }

    public static String keys() {
        StringBuilder sb = new StringBuilder();
        for (OptimizerKind kind : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(kind.key);
        }
        return sb.toString();
    }
}
