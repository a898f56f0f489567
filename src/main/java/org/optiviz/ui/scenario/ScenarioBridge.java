package org.optiviz.ui.scenario;

import java.util.ArrayList;
import java.util.List;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.io.scenario.Scenario;
import org.optiviz.io.scenario.Scenario.Noise;
import org.optiviz.io.scenario.Scenario.OptimizerEntry;
import org.optiviz.plot.Palette;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.view.OptiVizColors;

/**
 * Converts between the window's state and a {@link Scenario}. A scenario names only some optimizers; the window
 * always races all ten, so the ones a scenario leaves out are hidden at the surface's defaults.
 */
public final class ScenarioBridge {
    private ScenarioBridge() {
    }

    /** Everything the window shows, as a scenario (every optimizer, shown or hidden). */
    public static Scenario capture(MainViewModel model) {
        List<OptimizerEntry> entries = new ArrayList<>();
        for (org.optiviz.ui.model.OptimizerEntry entry : model.entries()) {
            int rgb = OptiVizColors.argb(entry.getColor()) & 0xFFFFFF;
            entries.add(new OptimizerEntry(entry.kind(), entry.isVisible(), Scenario.colourOf(rgb), entry.getParams()));
        }
        long stepLimit = Math.min(model.getStepLimit(), Scenario.MAX_STEP_LIMIT);
        return new Scenario(model.getSurface(), model.getView(), model.getStart(), entries,
                new Noise(model.noiseSigmaProperty().get(), model.noiseSeedProperty().get()),
                model.getStepsPerSecond(), stepLimit, model.getLayout(), null);
    }

    /**
     * Puts the window in the scenario's state at step 0, paused. The scenario was validated when it was read, so
     * nothing here can be refused; the window's state is only touched after reading succeeded.
     */
    public static void apply(Scenario scenario, MainViewModel model) {
        model.setPlaying(false);
        model.setSurface(scenario.surface());
        model.setNoise(scenario.noise().sigma(), scenario.noise().seed());
        model.setStart(scenario.start());
        model.setView(scenario.view());
        for (org.optiviz.ui.model.OptimizerEntry entry : model.entries()) {
            OptimizerEntry wanted = find(scenario, entry.kind());
            if (wanted == null) {
                entry.setVisible(false);
                entry.setColor(OptiVizColors.fx(Palette.color(entry.kind())));
                model.setParams(entry, entry.kind().defaultsFor(scenario.surface()));
            } else {
                entry.setVisible(wanted.shown());
                entry.setColor(OptiVizColors.fx(0xFF000000 | wanted.rgb()));
                model.setParams(entry, wanted.params());
            }
        }
        model.setStepsPerSecond(scenario.stepsPerSecond());
        model.setStepLimit(Math.min(scenario.stepLimit(), MainViewModel.MAX_STEP_LIMIT));
        model.setLayout(scenario.layout());
        model.reset();
        // The first shown optimizer in the file's order is selected: a lesson lists the one its text is about
        // first, so the hyperparameters and internals beside the plot are the ones the text names.
        for (OptimizerEntry wanted : scenario.optimizers()) {
            if (wanted.shown()) {
                model.selectedProperty().set(model.entry(wanted.kind()));
                break;
            }
        }
    }

    private static OptimizerEntry find(Scenario scenario, OptimizerKind kind) {
        for (OptimizerEntry entry : scenario.optimizers()) {
            if (entry.kind() == kind) {
                return entry;
            }
        }
        return null;
    }
}
