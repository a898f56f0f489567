package org.optiviz.core.race;

import java.util.ArrayList;
import java.util.List;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.param.ParamSpec;
import org.optiviz.core.race.RaceSetup.RunSetup;

/**
 * Names that tell apart several runs of one optimizer in a race (a lesson racing AdaSmooth with β₁ map "seed"
 * against "full"). A kind that runs once keeps its plain key and name, so ordinary races read as before.
 */
public final class RunNames {
    private RunNames() {
    }

    /** The optimizer's key for the first run of its kind, then "key-2", "key-3", … in the race's order. */
    public static String key(List<RunSetup> runs, int index) {
        return keyAmong(runs.stream().map(RunSetup::kind).toList(), index);
    }

    /** As {@link #key}, for a race's runs given by their kinds in order. */
    public static String keyAmong(List<OptimizerKind> kinds, int index) {
        OptimizerKind kind = kinds.get(index);
        int nth = 1;
        for (int i = 0; i < index; i++) {
            if (kinds.get(i) == kind) {
                nth++;
            }
        }
        return nth == 1 ? kind.key() : kind.key() + "-" + nth;
    }

    /**
     * What to add to the optimizer's name: nothing for a kind that runs once; otherwise the hyperparameters in
     * which this kind's runs differ, a number as typed ("(lr=0.2)"), a choice by its name alone ("(full)"), or the
     * run's number ("#2") when they differ in none.
     */
    public static String suffix(List<RunSetup> runs, int index) {
        RunSetup run = runs.get(index);
        List<Hyperparams> siblings = new ArrayList<>();
        for (RunSetup other : runs) {
            if (other.kind() == run.kind()) {
                siblings.add(other.params());
            }
        }
        if (siblings.size() == 1) {
            return "";
        }
        List<String> differing = new ArrayList<>();
        for (ParamSpec spec : run.params().specs()) {
            double mine = run.params().get(spec.key());
            boolean differs = siblings.stream().anyMatch(p -> Double.compare(p.get(spec.key()), mine) != 0);
            if (differs) {
                differing.add(spec.isChoice() ? spec.valueText(mine) : spec.key() + "=" + spec.valueText(mine));
            }
        }
        if (differing.isEmpty()) {
            String key = key(runs, index);
            int dash = key.lastIndexOf('-');
            return " #" + (dash < 0 ? "1" : key.substring(dash + 1));
        }
        return " (" + String.join(", ", differing) + ")";
    }
}
