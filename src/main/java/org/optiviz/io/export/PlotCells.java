package org.optiviz.io.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optiviz.core.batch.SweepAxis;
import org.optiviz.core.race.RaceSetup.RunSetup;
import org.optiviz.core.race.RunNames;
import org.optiviz.io.scenario.Scenario;
import org.optiviz.plot.Field;
import org.optiviz.plot.MapField;
import org.optiviz.plot.MapSet;
import org.optiviz.plot.PlotOptions;
import org.optiviz.plot.RaceMaps;
import org.optiviz.plot.sweep.SweepFields;
import org.optiviz.plot.sweep.SweepWords;
import org.optiviz.plot.view.Layout;
import org.optiviz.plot.view.PlotScene;
import org.optiviz.plot.view.PlotView;

/**
 * The picture of a scenario's race as its layout's view places it, the same placement the window draws: one plot
 * of every shown path (overlay), a grid of small plots, one per shown optimizer with the same view, the grid of
 * their convergence maps, computed as the window refines them ({@link RaceMaps}), or the selected one's sweep.
 */
public final class PlotCells {
    private PlotCells() {
    }

    /** Why a picture of this size cannot hold the snapshot's plots (a grid's cells too small), or null. */
    public static String sizeProblem(RaceSnapshot snapshot, double width, double height) {
        return view(snapshot).sizeProblem(scene(snapshot, Field.of(snapshot.scenario().surface())), width, height);
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
                view(snapshot).plots(scene(snapshot, field(snapshot)), width, height, options));
    }

    private static PlotView view(RaceSnapshot snapshot) {
        return snapshot.scenario().layout().view();
    }

    /** The scenario's view and start with this field and the shown paths in list order. */
    static PlotScene scene(RaceSnapshot snapshot, Field field) {
        Scenario s = snapshot.scenario();
        return new PlotScene(field, s.view(), snapshot.traces(), s.start(), null, s.camera());
    }

    /**
     * What the plots show beneath the paths: the surface; for the map layout every shown optimizer's convergence map
     * at the window's refined size; for the sweep layout the selected optimizer's sweep as the window computes it.
     * Both are computed on every processor.
     */
    static Field field(RaceSnapshot snapshot) {
        Scenario s = snapshot.scenario();
        if (s.layout() == Layout.SWEEP && s.selected() >= 0) {
            return sweep(s);
        }
        if (s.layout() != Layout.MAP) {
            return Field.of(s.surface());
        }
        RaceMaps.Problem problem = new RaceMaps.Problem(s.surface(), s.race().noiseSigma(), s.race().noiseSeed(),
                s.view(), s.stepLimit());
        int threads = Runtime.getRuntime().availableProcessors();
        Map<String, MapField> maps = new LinkedHashMap<>();
        List<RunSetup> runs = s.race().runs();
        for (int i = 0; i < runs.size(); i++) {
            if (s.styles().get(i).shown()) {
                maps.put(RunNames.key(runs, i), RaceMaps.map(problem, runs.get(i).kind(), runs.get(i).params(),
                        RaceMaps.FINE, MapField.Words.ENGLISH, threads, () -> false));
            }
        }
        return new MapSet(s.surface(), maps);
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
