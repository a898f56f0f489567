package org.optiviz.core.optim;

import org.optiviz.core.param.ParamScale;
import org.optiviz.core.param.ParamSpec;

/** Hyperparameter specs that several optimizers share, so their ranges and meanings stay the same everywhere. */
final class CommonParams {
    static final double LR_MAX = 100;

    private CommonParams() {
    }

    static ParamSpec lr(double defaultValue) {
        return ParamSpec.number("lr", "lr", defaultValue, 0, false, LR_MAX, true, ParamScale.LOG,
                "learning rate: how far each step moves along the (scaled) gradient");
    }

    static ParamSpec momentum() {
        return ParamSpec.number("momentum", "μ", 0.9, 0, true, 1, false, ParamScale.LINEAR,
                "fraction of the previous velocity kept each step; higher carries further through ravines");
    }

    static ParamSpec eps(double defaultValue) {
        return ParamSpec.number("eps", "ε", defaultValue, 0, false, 1, true, ParamScale.LOG,
                "small constant that keeps the division finite where gradients are tiny");
    }

    static ParamSpec rho() {
        return ParamSpec.number("rho", "ρ", 0.9, 0, true, 1, false, ParamScale.LINEAR,
                "decay of the running average of squared gradients; higher remembers longer");
    }

    static ParamSpec beta1() {
        return ParamSpec.number("beta1", "β₁", 0.9, 0, true, 1, false, ParamScale.LINEAR,
                "decay of the first moment (mean gradient); higher smooths the direction more");
    }

    static ParamSpec beta2() {
        return beta2("decay of the second moment (squared gradient); higher adapts step sizes more slowly");
    }

    /** β₂ in [0, 1) with default 0.999, where the second statistic differs from Adam's. */
    static ParamSpec beta2(String meaning) {
        return ParamSpec.number("beta2", "β₂", 0.999, 0, true, 1, false, ParamScale.LINEAR, meaning);
    }

    static ParamSpec weightDecay(double defaultValue, String meaning) {
        return ParamSpec.number("weight_decay", "λ", defaultValue, 0, true, 10, true, ParamScale.LOG, meaning);
    }
}
