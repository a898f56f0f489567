package org.optiviz.ui.model;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.optiviz.core.inspect.StepVectors;
import org.optiviz.plot.VectorOverlay;

/**
 * Which arrows of the latest steps the plot shows: a master switch and one per kind (all kinds on by default, so
 * switching the arrows on shows everything there is).
 */
public final class ArrowSettings {
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", false);
    private final BooleanProperty gradient = new SimpleBooleanProperty(this, "gradient", true);
    private final BooleanProperty momentum = new SimpleBooleanProperty(this, "momentum", true);
    private final BooleanProperty step = new SimpleBooleanProperty(this, "step", true);
    private final BooleanProperty lookAhead = new SimpleBooleanProperty(this, "lookAhead", true);
    private final BooleanProperty effectiveStep = new SimpleBooleanProperty(this, "effectiveStep", true);

    public BooleanProperty shownProperty() {
        return shown;
    }

    public BooleanProperty gradientProperty() {
        return gradient;
    }

    public BooleanProperty momentumProperty() {
        return momentum;
    }

    public BooleanProperty stepProperty() {
        return step;
    }

    public BooleanProperty lookAheadProperty() {
        return lookAhead;
    }

    public BooleanProperty effectiveStepProperty() {
        return effectiveStep;
    }

    /** Every switch, the master first: for listening to any change. */
    public List<BooleanProperty> all() {
        return List.of(shown, gradient, momentum, step, lookAhead, effectiveStep);
    }

    /** The arrows of these entries' latest steps as the switches say, or null when the arrows are off. */
    public VectorOverlay overlay(List<OptimizerEntry> entries, VectorOverlay.Words words) {
        if (!shown.get()) {
            return null;
        }
        List<VectorOverlay.RunVectors> runs = new ArrayList<>();
        for (OptimizerEntry entry : entries) {
            StepVectors v = StepVectors.of(entry.run());
            if (v != null) {
                runs.add(new VectorOverlay.RunVectors(entry.key(), v));
            }
        }
        return new VectorOverlay(runs, gradient.get(), momentum.get(), step.get(), lookAhead.get(),
                effectiveStep.get(), words);
    }
}
