package org.optiviz.ui.scenario;

import java.util.ArrayList;
import java.util.List;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.core.race.RaceSetup.RunSetup;
import org.optiviz.io.scenario.Scenario;
import org.optiviz.io.scenario.Scenario.RunStyle;
import org.optiviz.plot.Palette;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.OptimizerEntry;
import org.optiviz.ui.model.RunLook;

/**
 * Converts between the window's state and a {@link Scenario}: the race description passes through unchanged, the
 * look is translated. A scenario names only some optimizers; the window always races every registered kind at least
 * once, so the ones a scenario leaves out are hidden at the surface's defaults.
 */
public final class ScenarioBridge {
    private ScenarioBridge() {
    }

    /** Everything the window shows, as a scenario (every optimizer, shown or hidden). */
    public static Scenario capture(MainViewModel model) {
        List<RunStyle> styles = new ArrayList<>();
        for (OptimizerEntry entry : model.entries()) {
            styles.add(new RunStyle(entry.isVisible(), Scenario.colourOf(entry.getColor())));
        }
        long stepLimit = Math.min(model.getStepLimit(), Scenario.MAX_STEP_LIMIT);
        return new Scenario(model.getSetup(), model.getView(), styles, model.getSelected().index(),
                model.getStepsPerSecond(), stepLimit, model.getLayout(), null, model.camera.get(), model.sweep.get());
    }

    /**
     * Puts the window in the scenario's state at step 0, paused, with one restart of the race. The scenario was
     * validated when it was read, so nothing here can be refused; the window's state is only touched after reading
     * succeeded. Each registered kind takes its first run in the scenario (hidden at the surface's defaults when it
     * has none); a kind's further runs follow, in the scenario's order.
     */
    public static void apply(Scenario scenario, MainViewModel model) {
        RaceSetup described = scenario.race();
        List<OptimizerKind> kinds = List.of(OptimizerKind.values());
        List<RunSetup> runs = new ArrayList<>();
        List<RunLook> looks = new ArrayList<>();
        // Where each of the scenario's runs lands in the window's list.
        int[] placed = new int[described.runs().size()];
        for (OptimizerKind kind : kinds) {
            int at = firstOf(described, kind);
            if (at < 0) {
                runs.add(new RunSetup(kind, kind.defaultsFor(described.surface())));
                looks.add(new RunLook(false, Palette.color(kind)));
            } else {
                placed[at] = runs.size();
                runs.add(described.runs().get(at));
                looks.add(look(scenario.styles().get(at)));
            }
        }
        for (int i = 0; i < described.runs().size(); i++) {
            if (firstOf(described, described.runs().get(i).kind()) != i) {
                placed[i] = runs.size();
                runs.add(described.runs().get(i));
                looks.add(look(scenario.styles().get(i)));
            }
        }
        model.apply(new RaceSetup(described.surface(), described.start(), described.noiseSigma(),
                described.noiseSeed(), runs), scenario.view(), looks);
        // After the restart, at step 0: a lower step limit then has nothing to take back.
        model.setStepsPerSecond(scenario.stepsPerSecond());
        model.setStepLimit(Math.min(scenario.stepLimit(), MainViewModel.MAX_STEP_LIMIT));
        model.setLayout(scenario.layout());
        model.camera.set(scenario.camera());
        model.sweep.set(scenario.sweep());
        if (scenario.selected() >= 0) {
            model.selectedProperty().set(model.entries().get(placed[scenario.selected()]));
        }
    }

    private static RunLook look(RunStyle style) {
        return new RunLook(style.shown(), 0xFF000000 | style.rgb());
    }

    /** Where the scenario first lists this kind, or −1. */
    private static int firstOf(RaceSetup described, OptimizerKind kind) {
        for (int i = 0; i < described.runs().size(); i++) {
            if (described.runs().get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }
}
