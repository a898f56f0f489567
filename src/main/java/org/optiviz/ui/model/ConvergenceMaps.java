package org.optiviz.ui.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.plot.MapField;
import org.optiviz.plot.MapSet;
import org.optiviz.plot.RaceMaps;
import org.optiviz.plot.view.Layout;

/**
 * The convergence maps of the window's visible optimizers, kept up to date while the map layout is shown: whenever the
 * problem, the view, a visible optimizer's settings, the noise or the step limit change, the maps are computed again on
 * a worker thread, first coarse ({@link #COARSE} starts a side, shown within a blink), then fine ({@link #FINE} a
 * side); work for a state that has changed since is cancelled. The maps are published on the window's thread.
 */
public final class ConvergenceMaps {
    /** Starts a side of the first, quick pass. */
    public static final int COARSE = RaceMaps.COARSE;
    /** Starts a side of the refined pass: the maps an export of the map layout draws. */
    public static final int FINE = RaceMaps.FINE;

    private final MainViewModel model;
    private final MapField.Words words;
    private final Executor windowThread;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "convergence-maps");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        return thread;
    });
    private final AtomicLong generation = new AtomicLong();
    private final ReadOnlyObjectWrapper<MapSet> maps = new ReadOnlyObjectWrapper<>(this, "maps");
    private Request last;

    /** What the maps depend on. */
    private record Request(RaceMaps.Problem problem, List<String> keys, List<OptimizerKind> kinds,
                           List<Hyperparams> settings) {
    }

    public ConvergenceMaps(MainViewModel model, MapField.Words words, Executor windowThread) {
        this.model = model;
        this.words = words;
        this.windowThread = windowThread;
        model.setupProperty().addListener((obs, old, now) -> refresh());
        model.viewProperty().addListener((obs, old, now) -> refresh());
        model.stepLimitProperty().addListener((obs, old, now) -> refresh());
        model.layoutProperty().addListener((obs, old, now) -> refresh());
        for (OptimizerEntry entry : model.entries()) {
            entry.visibleProperty().addListener((obs, old, now) -> refresh());
        }
        refresh();
    }

    /** The latest maps, coarse or fine; null before the map layout was first shown. */
    public ReadOnlyObjectProperty<MapSet> mapsProperty() {
        return maps.getReadOnlyProperty();
    }

    public MapSet getMaps() {
        return maps.get();
    }

    /** Starts computing the maps again if what they show changed (and only while the map layout is shown). */
    public void refresh() {
        if (model.getLayout() != Layout.MAP) {
            generation.incrementAndGet(); // nobody looks: stop
            last = null;
            return;
        }
        Request request = request();
        if (request.equals(last)) {
            return;
        }
        last = request;
        long mine = generation.incrementAndGet();
        worker.execute(() -> compute(request, mine));
    }

    private Request request() {
        RaceSetup setup = model.getSetup();
        List<String> keys = new ArrayList<>();
        List<OptimizerKind> kinds = new ArrayList<>();
        List<Hyperparams> settings = new ArrayList<>();
        for (OptimizerEntry entry : model.visibleEntries()) {
            keys.add(entry.key());
            kinds.add(entry.kind());
            settings.add(entry.getParams());
        }
        return new Request(new RaceMaps.Problem(setup.surface(), setup.noiseSigma(), setup.noiseSeed(),
                model.getView(), model.getStepLimit()), keys, kinds, settings);
    }

    private void compute(Request request, long mine) {
        Map<String, MapField> done = new LinkedHashMap<>();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        try {
            for (int side : new int[] {COARSE, FINE}) {
                for (int k = 0; k < request.kinds().size(); k++) {
                    if (generation.get() != mine) {
                        return;
                    }
                    done.put(request.keys().get(k), RaceMaps.map(request.problem(), request.kinds().get(k),
                            request.settings().get(k), side, words, threads, () -> generation.get() != mine));
                    // The coarse pass is shown once complete; each fine map as soon as it is ready.
                    if (side == FINE || k == request.kinds().size() - 1) {
                        publish(new MapSet(request.problem().surface(), done), mine);
                    }
                }
            }
        } catch (CancellationException stale) {
            // a newer request took over
        }
    }

    private void publish(MapSet set, long mine) {
        windowThread.execute(() -> {
            if (generation.get() == mine && !Objects.equals(maps.get(), set)) {
                maps.set(set);
            }
        });
    }
}
