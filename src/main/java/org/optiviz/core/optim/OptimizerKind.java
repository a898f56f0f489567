package org.optiviz.core.optim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.param.ParamSpec;
import org.optiviz.core.surface.Surface;

/**
 * A registered optimizer: its key (as on the command line), display name, hyperparameters (its own, then the
 * learning-rate schedule's) and internals (its own, then lrₜ), all read from the definition in its own file.
 *
 * <p>The constants below are the registry: one line registers an optimizer, in the order the app offers them.
 */
public final class OptimizerKind {
    /** Must come before the constants, which add themselves here as the class initializes. */
    private static final List<OptimizerKind> REGISTERED = new CopyOnWriteArrayList<>();

    public static final OptimizerKind SGD = register(Sgd.DEFINITION);
    public static final OptimizerKind MOMENTUM = register(Momentum.DEFINITION);
    public static final OptimizerKind NAG = register(Nag.DEFINITION);
    public static final OptimizerKind ADAGRAD = register(AdaGrad.DEFINITION);
    public static final OptimizerKind RMSPROP = register(RmsProp.DEFINITION);
    public static final OptimizerKind ADADELTA = register(AdaDelta.DEFINITION);
    public static final OptimizerKind ADAM = register(Adam.DEFINITION);
    public static final OptimizerKind ADAMW = register(AdamW.DEFINITION);
    public static final OptimizerKind ADASMOOTH = register(AdaSmooth.DEFINITION);
    public static final OptimizerKind EVE = register(Eve.DEFINITION);
    public static final OptimizerKind ADAMAX = register(Adamax.DEFINITION);
    public static final OptimizerKind NADAM = register(NAdam.DEFINITION);
    public static final OptimizerKind RADAM = register(RAdam.DEFINITION);
    public static final OptimizerKind AMSGRAD = register(AmsGrad.DEFINITION);
    public static final OptimizerKind LION = register(Lion.DEFINITION);
    public static final OptimizerKind ADABELIEF = register(AdaBelief.DEFINITION);
    public static final OptimizerKind YOGI = register(Yogi.DEFINITION);
    public static final OptimizerKind QHM = register(Qhm.DEFINITION);

    private final OptimizerDefinition definition;
    private final List<ParamSpec> params;
    private final List<String> internals;
    private final int lrIndex;
    private final int scheduleAt;

    private OptimizerKind(OptimizerDefinition definition) {
        definition.seal();
        this.definition = definition;
        List<ParamSpec> all = new ArrayList<>(definition.params());
        for (ParamSpec spec : LrSchedule.SPECS) {
            if (all.stream().anyMatch(own -> own.key().equals(spec.key()))) {
                throw new IllegalArgumentException(definition.key() + ": '" + spec.key() + "' belongs to the schedule");
            }
        }
        this.scheduleAt = all.size();
        all.addAll(LrSchedule.SPECS);
        this.params = List.copyOf(all);
        List<String> names = new ArrayList<>(definition.internals());
        if (names.contains(LrSchedule.LR_INTERNAL)) {
            throw new IllegalArgumentException(definition.key() + ": internal '" + LrSchedule.LR_INTERNAL
                    + "' is the schedule's");
        }
        this.lrIndex = indexOf(all, "lr");
        if (lrIndex >= 0) {
            names.add(LrSchedule.LR_INTERNAL);
        }
        this.internals = List.copyOf(names);
    }

    /**
     * Adds an optimizer to the registry, after the others; its key must be new. Returns its kind, which
     * {@link #values()}, {@link #byKey} and everything that lists optimizers then include.
     */
    public static OptimizerKind register(OptimizerDefinition definition) {
        OptimizerKind kind = new OptimizerKind(definition);
        synchronized (REGISTERED) {
            for (OptimizerKind known : REGISTERED) {
                if (known.key().equals(kind.key())) {
                    throw new IllegalArgumentException("an optimizer '" + kind.key() + "' is registered already");
                }
            }
            REGISTERED.add(kind);
        }
        return kind;
    }

    /** Removes an optimizer registered at run time (a plug-in being unloaded); the built-in ones stay. */
    public static void unregister(OptimizerKind kind) {
        REGISTERED.remove(kind);
    }

    /** Every registered optimizer, in registration order. */
    public static OptimizerKind[] values() {
        return REGISTERED.toArray(new OptimizerKind[0]);
    }

    /** Every registered optimizer, in registration order, as an unmodifiable list. */
    public static List<OptimizerKind> all() {
        return List.copyOf(REGISTERED);
    }

    /** The optimizer with this key; throws IllegalArgumentException listing the known keys otherwise. */
    public static OptimizerKind byKey(String key) {
        String wanted = key.trim().toLowerCase(Locale.ROOT);
        for (OptimizerKind kind : REGISTERED) {
            if (kind.key().equals(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown optimizer '" + key + "'; known: " + keys());
    }

    public static String keys() {
        StringBuilder sb = new StringBuilder();
        for (OptimizerKind kind : REGISTERED) {
            sb.append(sb.length() == 0 ? "" : ", ").append(kind.key());
        }
        return sb.toString();
    }

    public String key() {
        return definition.key();
    }

    /** Position in the registry, counted from 0 (the order the app offers optimizers in). */
    public int ordinal() {
        return REGISTERED.indexOf(this);
    }

    public String displayName() {
        return definition.displayName();
    }

    /** Its own hyperparameters, then the schedule's (warmup, decay, decay_steps, decay_rate). */
    public List<ParamSpec> params() {
        return params;
    }

    /** Its own hyperparameters, without the schedule's. */
    public List<ParamSpec> ownParams() {
        return params.subList(0, scheduleAt);
    }

    /** The learning-rate schedule's hyperparameters, which every optimizer has after its own. */
    public static List<ParamSpec> scheduleParams() {
        return LrSchedule.SPECS;
    }

    /** Names of the per-step internals, in the order {@link #internal} reads them; lrₜ is the last. */
    public List<String> internals() {
        return internals;
    }

    /** A fresh optimizer state, as before step 1. */
    public Optimizer create() {
        Optimizer optimizer = definition.newOptimizer();
        optimizer.reset();
        return optimizer;
    }

    /** Spec defaults; use {@link #defaultsFor} where a surface's suggested learning rate should apply. */
    public Hyperparams defaults() {
        return Hyperparams.defaults(params);
    }

    /**
     * Spec defaults with the settings the surface suggests for this optimizer (its learning rate, and any other
     * hyperparameter it names); suggestions for hyperparameters this optimizer lacks are left out.
     */
    public Hyperparams defaultsFor(Surface surface) {
        Hyperparams settings = defaults();
        for (Map.Entry<String, Double> suggested : surface.suggestedSettings(key()).entrySet()) {
            if (settings.has(suggested.getKey())) {
                settings = settings.with(suggested.getKey(), suggested.getValue());
            }
        }
        return settings;
    }

    /** Slot of "lr" in {@link #params()}, or −1 for an optimizer without one (the schedule then changes nothing). */
    public int lrIndex() {
        return lrIndex;
    }

    /** lrₜ = lr·w(t)·d(t) of these settings at step t (t ≥ 1); NaN without an lr. */
    public double lrAt(Hyperparams settings, long t) {
        return lrIndex < 0 ? Double.NaN : LrSchedule.lrAt(settings, lrIndex, scheduleAt, t);
    }

    private static int indexOf(List<ParamSpec> specs, String key) {
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return key();
    }
}
