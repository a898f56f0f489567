package org.optiviz.ui.model;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.optiviz.core.batch.Sweep;
import org.optiviz.core.batch.SweepAxis;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;
import org.optiviz.plot.sweep.SweepColouring;
import org.optiviz.plot.sweep.SweepField;
import org.optiviz.plot.sweep.SweepFields;
import org.optiviz.plot.sweep.SweepSpec;
import org.optiviz.plot.sweep.SweepWords;
import org.optiviz.plot.view.Layout;

/**
 * The selected optimizer's sweep heat map, kept up to date while the sweep layout is shown: whenever the race
 * description (problem, start, noise, any setting), the selected optimizer, the step limit or the chosen axes
 * change, the sweep is computed again on a worker thread, first coarse ({@link #COARSE} values an axis, within a
 * blink), then at the axes' own resolution; work for a state that has changed since is cancelled and never shown.
 * The sweeps are published on the window's thread; a click on a cell puts its two values into the optimizer.
 */
public final class SweepHeatmap {
    /** Values an axis of the first, quick pass. */
    public static final int COARSE = 16;

    private final MainViewModel model;
    private final Supplier<SweepWords> words;
    private final Function<Surface, String> problemName;
    private final Executor worker;
    private final Executor windowThread;
    private final AtomicLong generation = new AtomicLong();
    private final ReadOnlyObjectWrapper<SweepField> field = new ReadOnlyObjectWrapper<>(this, "field");
    private final ReadOnlyObjectWrapper<String> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private Request last;

    /** What a sweep depends on. */
    record Request(Surface surface, Point start, double sigma, long seed, OptimizerKind kind, Hyperparams base, SweepAxis x, SweepAxis y,
                   SweepColouring colouring, int steps, String problem, SweepWords words) {
    }

    /**
     * @param words       the picture's words in the window's language (asked again on every refresh)
     * @param problemName the problem's name in the window's language, for the title
     * @param worker      where sweeps are computed (one thread: a newer request waits for the older to stop)
     */
    public SweepHeatmap(MainViewModel model, Supplier<SweepWords> words, Function<Surface, String> problemName,
                        Executor worker, Executor windowThread) {
        this.model = model;
        this.words = words;
        this.problemName = problemName;
        this.worker = worker;
        this.windowThread = windowThread;
        model.setupProperty().addListener((obs, old, now) -> refresh());
        model.stepLimitProperty().addListener((obs, old, now) -> refresh());
        model.layoutProperty().addListener((obs, old, now) -> refresh());
        model.selectedProperty().addListener((obs, old, now) -> refresh());
        model.sweep.addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** The latest sweep, coarse or fine; null before the sweep layout was first shown or when none can be drawn. */
    public ReadOnlyObjectProperty<SweepField> fieldProperty() {
        return field.getReadOnlyProperty();
    }

    public SweepField getField() {
        return field.get();
    }

    /** Why the selected optimizer has no sweep (no two hyperparameters, or an axis outside its range), or null. */
    public ReadOnlyObjectProperty<String> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The axes and colouring chosen; the same property as the model's, which scenarios keep. */
    public ObjectProperty<SweepSpec> specProperty() {
        return model.sweep;
    }

    /** Starts computing the sweep again if what it shows changed (and only while the sweep layout is shown). */
    public void refresh() {
        if (model.getLayout() != Layout.SWEEP) {
            generation.incrementAndGet(); // nobody looks: stop
            last = null;
            return;
        }
        Request request = request();
        if (request == null || request.equals(last)) {
            return;
        }
        last = request;
        long mine = generation.incrementAndGet();
        worker.execute(() -> compute(request, mine));
    }

    /** The request for the state shown now, or null (with the reason published) when there is nothing to sweep. */
    private Request request() {
        OptimizerEntry selected = model.getSelected();
        Hyperparams base = selected.getParams();
        SweepSpec spec = model.sweep.get();
        SweepAxis x = spec.xFor(base);
        SweepAxis y = spec.yFor(base);
        if (x == null || y == null) {
            generation.incrementAndGet();
            last = null;
            problem.set(selected.kind().displayName());
            field.set(null);
            return null;
        }
        problem.set(null);
        RaceSetup race = model.getSetup();
        return new Request(race.surface(), race.start(), race.noiseSigma(), race.noiseSeed(), selected.kind(), base, x, y, spec.colouring(),
                SweepFields.steps(model.getStepLimit()), problemName.apply(model.getSurface()), words.get());
    }

    private void compute(Request request, long mine) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        try {
            for (boolean coarse : new boolean[] {true, false}) {
                if (generation.get() != mine) {
                    return;
                }
                SweepAxis x = coarse ? coarser(request.x()) : request.x();
                SweepAxis y = coarse ? coarser(request.y()) : request.y();
                if (coarse && x.equals(request.x()) && y.equals(request.y())) {
                    continue; // already coarse: one pass is enough
                }
                SweepField done = SweepFields.compute(request.surface(), request.start(),
                        request.sigma(), request.seed(), request.kind(), request.base(), x, y,
                        request.colouring(), request.steps(), threads, () -> generation.get() != mine, request.words(),
                        request.kind().displayName(), request.problem());
                publish(done, mine);
            }
        } catch (CancellationException stale) {
            // a newer request took over
        } catch (IllegalArgumentException outside) {
            windowThread.execute(() -> {
                if (generation.get() == mine) {
                    problem.set(outside.getMessage());
                }
            });
        }
    }

    /** The same range with at most {@link #COARSE} values. */
    static SweepAxis coarser(SweepAxis axis) {
        return axis.n() <= COARSE ? axis : new SweepAxis(axis.key(), axis.lo(), axis.hi(), axis.log(), COARSE);
    }

    private void publish(SweepField done, long mine) {
        windowThread.execute(() -> {
            if (generation.get() == mine && !Objects.equals(field.get(), done)) {
                field.set(done);
            }
        });
    }

    /** Whether work for the state shown now is still under way or queued (for tests and the status line). */
    public long generation() {
        return generation.get();
    }

    /**
     * Puts cell (i, j)'s two values into the optimizer the sweep is of (which is the selected one unless the
     * selection changed since): the race replays or continues as the live mode says, like a slider change.
     */
    public void applyCell(int i, int j) {
        SweepField shown = field.get();
        if (shown == null) {
            return;
        }
        Sweep sweep = shown.sweep();
        if (i < 0 || j < 0 || i >= sweep.x().n() || j >= sweep.y().n()) {
            return;
        }
        Hyperparams cell = sweep.settings()[sweep.run(i, j)];
        OptimizerEntry target = model.entry(sweep.kind());
        model.setParamsOf(target, Map.of(sweep.x().key(), cell.get(sweep.x().key()),
                sweep.y().key(), cell.get(sweep.y().key())));
    }
}
