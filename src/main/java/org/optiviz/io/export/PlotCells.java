package org.optiviz.io.export;

import org.optiviz.core.batch.SweepAxis;
import org.optiviz.core.race.RaceSetup.RunSetup;
import org.optiviz.io.scenario.Scenario;
import org.optiviz.plot.sweep.SweepFields;
import org.optiviz.plot.sweep.SweepWords;
import org.optiviz.plot.view.Layout;
import org.optiviz.plot.Field;
import org.optiviz.plot.PlotOptions;
import org.optiviz.plot.view.PlotScene;
import org.optiviz.plot.view.PlotView;

/**
 * The picture of a scenario's race as its layout's view places it, the same placement the window draws: one plot
 * of every shown path (overlay), or a grid of small plots, one per shown optimizer with the same view.
 */
public final class PlotCells {
    private PlotCells() {
    }

    /** Why a picture of this size cannot hold the snapshot's plots (a grid's cells too small), or null. */
    public static String sizeProblem(RaceSnapshot snapshot, double width, double height) {
        return view(snapshot).sizeProblem(scene(snapshot), width, height);
    }

    /**
     * The picture at this size; throws IllegalArgumentException with {@link #sizeProblem}'s reason when a grid's
     * cells would be too small.
     */
    public static Picture of(RaceSnapshot snapshot, double width, double height, PlotOptions options) {
        String problem = sizeProblem(snapshot, width, height);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new Picture(width, height, options.theme().background(),
                view(snapshot).plots(scene(snapshot), width, height, options));
    }

    private static PlotView view(RaceSnapshot snapshot) {
        return snapshot.scenario().layout().view();
    }

    /**
     * The scenario's surface, view and start with the shown paths in list order; in the sweep layout, the selected
     * optimizer's sweep as the window computes it.
     */
    static PlotScene scene(RaceSnapshot snapshot) {
        Scenario s = snapshot.scenario();
        Field field = s.layout() == Layout.SWEEP && s.selected() >= 0 ? sweep(s) : Field.of(s.surface());
        return new PlotScene(field, s.view(), snapshot.traces(), s.start(), null, s.camera());
    }

    /**
     * The sweep of the scenario's selected optimizer, computed as the window computes its refined pass; the
     * optimizer without two hyperparameters to sweep shows the surface instead.
     */
    private static Field sweep(Scenario s) {
        RunSetup run = s.race().runs().get(s.selected());
        SweepAxis x = s.sweep().xFor(run.params());
        SweepAxis y = s.sweep().yFor(run.params());
        if (x == null || y == null) {
            return Field.of(s.surface());
        }
        return SweepFields.compute(s.surface(), s.start(), s.race().noiseSigma(), s.race().noiseSeed(), run.kind(),
                run.params(), x, y, s.sweep().colouring(), SweepFields.steps(s.stepLimit()),
                Runtime.getRuntime().availableProcessors(), () -> false, SweepWords.ENGLISH,
                run.kind().displayName(), s.surface().displayName());
    }
}
