package org.optiviz.core.inspect;

import java.util.List;
import java.util.Map;
import org.optiviz.core.optim.OptimizerKind;

/**
 * The update rules, one formula a line: caption key, formula, the name of what it gives (a state vector such as
 * "m", "g", "step", "theta", a scalar internal, or "" for nothing) and the names of the scalars it uses (hyperparameter
 * keys, internals, "lr_t", "t"). The formulas follow each optimizer's own file.
 */
final class RuleBook {
    private static final String[] GRADIENT = {"gradient", "g = ∇f(θ)", "g"};
    private static final String[] POINT = {"point", "θ ← θ + Δθ", "theta"};

    private static final Map<String, List<String[]>> RULES = Map.ofEntries(
            Map.entry("sgd", List.of(GRADIENT,
                    new String[] {"step", "Δθ = −lrₜ·g", "step", "lr_t"}, POINT)),
            Map.entry("momentum", List.of(GRADIENT,
                    new String[] {"velocity", "v ← μ·v − lrₜ·g", "v", "momentum", "lr_t"},
                    new String[] {"point", "θ ← θ + v", "theta"})),
            Map.entry("nag", List.of(
                    new String[] {"lookahead", "g = ∇f(θ + μ·v)", "g", "momentum"},
                    new String[] {"velocity", "v ← μ·v − lrₜ·g", "v", "momentum", "lr_t"},
                    new String[] {"point", "θ ← θ + v", "theta"})),
            Map.entry("qhm", List.of(GRADIENT,
                    new String[] {"momentum", "b ← β·b + (1 − β)·g", "b", "beta"},
                    new String[] {"step", "Δθ = −lrₜ·((1 − ν)·g + ν·b)", "step", "lr_t", "nu"}, POINT)),
            Map.entry("adagrad", List.of(GRADIENT,
                    new String[] {"second", "r ← r + g²", "r"},
                    new String[] {"step", "Δθ = −lrₜ·g/(ε + √r)", "step", "lr_t", "eps"}, POINT)),
            Map.entry("rmsprop", List.of(GRADIENT,
                    new String[] {"second", "r ← ρ·r + (1 − ρ)·g²", "r", "rho"},
                    new String[] {"step", "Δθ = −lrₜ·g/√(ε + r)", "step", "lr_t", "eps"}, POINT)),
            Map.entry("adadelta", List.of(GRADIENT,
                    new String[] {"second", "r ← ρ·r + (1 − ρ)·g²", "r", "rho"},
                    new String[] {"step", "Δθ = −lrₜ·√(ε + Δ)/√(ε + r)·g", "step", "lr_t", "eps"},
                    new String[] {"updates", "Δ ← ρ·Δ + (1 − ρ)·(Δθ/lrₜ)²", "Δ", "rho"}, POINT)),
            Map.entry("adam", adam("lr_t")),
            Map.entry("adamw", List.of(
                    new String[] {"decay", "θ ← θ·(1 − lrₜ·λ)", "", "lr_t", "weight_decay"}, GRADIENT,
                    new String[] {"first", "m ← β₁·m + (1 − β₁)·g", "m", "beta1"},
                    new String[] {"second", "s ← β₂·s + (1 − β₂)·g²", "s", "beta2"},
                    new String[] {"correction", "m̂ = m/(1 − β₁ᵗ)", "m̂", "t"},
                    new String[] {"correction", "ŝ = s/(1 − β₂ᵗ)", "ŝ", "t"},
                    new String[] {"step", "θ ← θ − lrₜ·m̂/(√ŝ + ε)", "theta", "lr_t", "eps"})),
            Map.entry("adasmooth", List.of(GRADIENT,
                    new String[] {"beta", "β₁,ₜ from how much g changed", "beta1_t", "beta1_min", "beta1_max"},
                    new String[] {"first", "m ← β₁,ₜ·m + (1 − β₁,ₜ)·g", "m"},
                    new String[] {"second", "s ← β₂·s + (1 − β₂)·g²", "s", "beta2"},
                    new String[] {"correction", "m̂, ŝ: bias-corrected m, s", "m̂", "t"},
                    new String[] {"step", "Δθ = −lrₜ·m̂/(√ŝ + ε)", "step", "lr_t", "eps"}, POINT)),
            Map.entry("eve", List.of(
                    new String[] {"feedback", "r = fₜ₋₁/fₜ; d ← β·d + (1 − β)·r", "d", "r", "beta"},
                    new String[] {"rate", "αₜ = lrₜ·σ(k·(d − 1)/√(v + ε))", "alpha_t", "lr_t", "k"}, GRADIENT,
                    new String[] {"first", "m ← β₁·m + (1 − β₁)·g", "m", "beta1"},
                    new String[] {"second", "s ← β₂·s + (1 − β₂)·g²", "s", "beta2"},
                    new String[] {"step", "Δθ = −αₜ·m̂/(√ŝ + ε)", "step", "alpha_t", "eps"}, POINT)),
            Map.entry("adamax", List.of(GRADIENT,
                    new String[] {"first", "m ← β₁·m + (1 − β₁)·g", "m", "beta1"},
                    new String[] {"second", "u ← max(β₂·u, |g| + ε)", "u", "beta2", "eps"},
                    new String[] {"step", "Δθ = −lrₜ/(1 − β₁ᵗ)·m/u", "step", "lr_t", "t"}, POINT)),
            Map.entry("nadam", List.of(GRADIENT,
                    new String[] {"beta", "μₜ = β₁·(1 − ½·0.96^(tψ))", "mu_t", "beta1", "momentum_decay", "t"},
                    new String[] {"first", "m ← β₁·m + (1 − β₁)·g", "m", "beta1"},
                    new String[] {"second", "s ← β₂·s + (1 − β₂)·g²", "s", "beta2"},
                    new String[] {"step", "Δθ = −lrₜ·((1 − μₜ)/(1 − Πμ)·g + μₜ₊₁/(1 − Πμ·μₜ₊₁)·m)/(√ŝ + ε)",
                        "step", "lr_t", "eps"}, POINT)),
            Map.entry("radam", List.of(GRADIENT,
                    new String[] {"first", "m ← β₁·m + (1 − β₁)·g", "m", "beta1"},
                    new String[] {"second", "s ← β₂·s + (1 − β₂)·g²", "s", "beta2"},
                    new String[] {"correction", "m̂ = m/(1 − β₁ᵗ)", "m̂", "t"},
                    new String[] {"rectify", "ρₜ = ρ∞ − 2tβ₂ᵗ/(1 − β₂ᵗ); adaptive once ρₜ > 5", "rho_t"},
                    new String[] {"step", "Δθ = −lrₜ·m̂·(rectified 1/√ŝ, or 1)", "step", "lr_t"}, POINT)),
            Map.entry("amsgrad", List.of(GRADIENT,
                    new String[] {"first", "m ← β₁·m + (1 − β₁)·g", "m", "beta1"},
                    new String[] {"second", "s ← β₂·s + (1 − β₂)·g²", "s", "beta2"},
                    new String[] {"max", "smax ← max(smax, s)", "smax"},
                    new String[] {"step", "Δθ = −lrₜ·m̂/(√smax/√(1 − β₂ᵗ) + ε)", "step", "lr_t", "t", "eps"}, POINT)),
            Map.entry("lion", List.of(GRADIENT,
                    new String[] {"interpolate", "c = β₁·m + (1 − β₁)·g", "c", "beta1"},
                    new String[] {"step", "Δθ = −lrₜ·(sign(c) + λ·θ)", "step", "lr_t", "weight_decay"},
                    new String[] {"first", "m ← β₂·m + (1 − β₂)·g", "m", "beta2"}, POINT)),
            Map.entry("adabelief", List.of(GRADIENT,
                    new String[] {"first", "m ← β₁·m + (1 − β₁)·g", "m", "beta1"},
                    new String[] {"belief", "s ← β₂·s + (1 − β₂)·(g − m)² + ε", "s", "beta2", "eps"},
                    new String[] {"correction", "m̂ = m/(1 − β₁ᵗ)", "m̂", "t"},
                    new String[] {"step", "Δθ = −lrₜ·m̂/(√(s/(1 − β₂ᵗ)) + ε)", "step", "lr_t"}, POINT)),
            Map.entry("yogi", List.of(GRADIENT,
                    new String[] {"first", "m ← β₁·m + (1 − β₁)·g", "m", "beta1"},
                    new String[] {"second", "s ← s + (1 − β₂)·sign(g² − s)·g²", "s", "beta2"},
                    new String[] {"correction", "m̂ = m/(1 − β₁ᵗ)", "m̂", "t"},
                    new String[] {"step", "Δθ = −lrₜ·m̂/(√(s/(1 − β₂ᵗ)) + ε)", "step", "lr_t", "eps"}, POINT)));

    private RuleBook() {
    }

    private static List<String[]> adam(String rate) {
        return List.of(GRADIENT,
                new String[] {"first", "m ← β₁·m + (1 − β₁)·g", "m", "beta1"},
                new String[] {"second", "s ← β₂·s + (1 − β₂)·g²", "s", "beta2"},
                new String[] {"correction", "m̂ = m/(1 − β₁ᵗ)", "m̂", "t"},
                new String[] {"correction", "ŝ = s/(1 − β₂ᵗ)", "ŝ", "t"},
                new String[] {"step", "Δθ = −lrₜ·m̂/(√ŝ + ε)", "step", rate, "eps"}, POINT);
    }

    /** The rule's lines, or null for an optimizer without one here. */
    static List<String[]> lines(OptimizerKind kind) {
        return RULES.get(kind.key());
    }
}
