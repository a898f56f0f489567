package org.optiviz.ui.model;

import org.optiviz.plot.view.Layout;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.paint.Color;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.param.InvalidParamException;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.Run;
import org.optiviz.core.race.RunStatus;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.core.surface.ViewBox;

/**
 * The state of the window: one core {@link Race} with all ten optimizers (each shown or hidden), the surface, view,
 * start, noise, transport and layout. Plain Java and JavaFX properties, no nodes, so it is tested without a window.
 *
 * <p>Every setter validates and throws {@link IllegalArgumentException} with a one-line message naming the problem;
 * the state is unchanged when it throws. To restore a whole state (a scenario), set the surface first (it resets view
 * and start), then the view, start and noise, each entry's visibility, colour and hyperparameters, and finally speed,
 * step limit and layout. Views read {@link #pathsVersionProperty()} and
 * {@link #backgroundVersionProperty()} to redraw only what changed.
 */
public final class MainViewModel {
    /** The same bound as the command line's --steps, so every scenario runs in both. */
    public static final long MAX_STEP_LIMIT = 1_000_000;
    public static final long DEFAULT_STEP_LIMIT = 2_000;

    private final Race race;
    private final List<OptimizerEntry> entries;
    private final ReadOnlyObjectWrapper<Surface> surface = new ReadOnlyObjectWrapper<>(this, "surface");
    private final ReadOnlyObjectWrapper<ViewBox> view = new ReadOnlyObjectWrapper<>(this, "view");
    private final ReadOnlyObjectWrapper<Point> start = new ReadOnlyObjectWrapper<>(this, "start");
    private final ReadOnlyDoubleWrapper noiseSigma = new ReadOnlyDoubleWrapper(this, "noiseSigma");
    private final ReadOnlyLongWrapper noiseSeed = new ReadOnlyLongWrapper(this, "noiseSeed");
    private final PlaySpeed speed = new PlaySpeed();
    private final ReadOnlyLongWrapper stepLimit = new ReadOnlyLongWrapper(this, "stepLimit", DEFAULT_STEP_LIMIT);
    private final ReadOnlyLongWrapper step = new ReadOnlyLongWrapper(this, "step");
    private final ObjectProperty<Layout> layout = new NonNullProperty<>(this, "layout", Layout.OVERLAY);
    private final ObjectProperty<LiveMode> liveMode = new NonNullProperty<>(this, "liveMode", LiveMode.REPLAY);
    private final ObjectProperty<OptimizerEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty sameForAll = new SimpleBooleanProperty(this, "sameForAll");
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final ReadOnlyIntegerWrapper pathsVersion = new ReadOnlyIntegerWrapper(this, "pathsVersion");
    private final ReadOnlyIntegerWrapper rewriteVersion = new ReadOnlyIntegerWrapper(this, "rewriteVersion");
    private final ReadOnlyIntegerWrapper backgroundVersion = new ReadOnlyIntegerWrapper(this, "backgroundVersion");

    /** A race on the first surface with every optimizer at its suggested defaults, coloured by the given palette. */
    public MainViewModel(Function<OptimizerKind, Color> palette) {
        Surface first = Surfaces.all().get(0);
        race = new Race(first, first.defaultStart(), 0, 0, true);
        List<OptimizerEntry> list = new ArrayList<>();
        for (OptimizerKind kind : OptimizerKind.values()) {
            OptimizerEntry entry = new OptimizerEntry(race.add(kind), palette.apply(kind));
            entry.visibleProperty().addListener((obs, old, now) -> pathsChanged());
            entry.colorProperty().addListener((obs, old, now) -> pathsChanged());
            list.add(entry);
        }
        entries = Collections.unmodifiableList(list);
        surface.set(first);
        view.set(first.defaultView());
        start.set(first.defaultStart());
        selected.set(entries.get(0));
        selected.addListener((obs, old, now) -> {
            if (now == null || !entries.contains(now)) {
                selected.set(old != null ? old : entries.get(0));
            }
        });
        refreshEntries();
    }

    // ---- the optimizers

    /** Every registered optimizer in {@link OptimizerKind#values()} order, shown or hidden. */
    public List<OptimizerEntry> entries() {
        return entries;
    }

    public OptimizerEntry entry(OptimizerKind kind) {
        for (OptimizerEntry entry : entries) {
            if (entry.kind() == kind) {
                return entry;
            }
        }
        throw new IllegalArgumentException("no " + kind.key() + " in this race");
    }

    public List<OptimizerEntry> visibleEntries() {
        List<OptimizerEntry> visible = new ArrayList<>();
        for (OptimizerEntry entry : entries) {
            if (entry.isVisible()) {
                visible.add(entry);
            }
        }
        return visible;
    }

    public ObjectProperty<OptimizerEntry> selectedProperty() {
        return selected;
    }

    public OptimizerEntry getSelected() {
        return selected.get();
    }

    public BooleanProperty sameForAllProperty() {
        return sameForAll;
    }

    public ObjectProperty<LiveMode> liveModeProperty() {
        return liveMode;
    }

    /**
     * Sets one hyperparameter of one optimizer, or of every optimizer that has the key when "same for all" is on.
     * In replay mode the changed paths are re-run from the start to the current step at once.
     *
     * @throws InvalidParamException naming the key and why the value is not allowed; nothing changes then
     */
    public void setParam(OptimizerEntry target, String key, double value) {
        target.getParams().spec(key).check(value);
        List<OptimizerEntry> targets = sameForAll.get() ? entries : List.of(target);
        for (OptimizerEntry entry : targets) {
            Hyperparams current = entry.getParams();
            if (current.has(key) && current.spec(key).problemWith(value) == null) {
                applyParams(entry, current.with(key, value));
            }
        }
        afterChange();
    }

    /** Replaces all hyperparameters of one optimizer (scenarios); they must be this optimizer's. */
    public void setParams(OptimizerEntry target, Hyperparams params) {
        if (!params.specs().equals(target.kind().params())) {
            throw new IllegalArgumentException("hyperparameters do not belong to " + target.kind().key());
        }
        applyParams(target, params);
        afterChange();
    }

    /** Back to the defaults this surface suggests, for one optimizer (or all with "same for all"). */
    public void resetParams(OptimizerEntry target) {
        for (OptimizerEntry entry : sameForAll.get() ? entries : List.of(target)) {
            applyParams(entry, entry.kind().defaultsFor(surface.get()));
        }
        afterChange();
    }

    private void applyParams(OptimizerEntry entry, Hyperparams params) {
        if (params.equals(entry.getParams())) {
            return;
        }
        entry.applyParams(params);
        if (liveMode.get() == LiveMode.REPLAY) {
            race.replay(entry.run(), step.get());
        }
    }

    /** Replays every run from the start to the current step, as after a change in replay mode; for measuring. */
    public void replayAll() {
        for (OptimizerEntry entry : entries) {
            race.replay(entry.run(), step.get());
        }
        afterChange();
    }

    // ---- surface, view, start, noise

    public ReadOnlyObjectProperty<Surface> surfaceProperty() {
        return surface.getReadOnlyProperty();
    }

    public Surface getSurface() {
        return surface.get();
    }

    /**
     * Switches surface: the view and start become the surface's defaults, every run restarts, and a learning rate
     * still at the old surface's suggestion takes the new one's (a value the user set is kept).
     */
    public void setSurface(Surface newSurface) {
        if (newSurface == null) {
            throw new IllegalArgumentException("no surface given");
        }
        Surface old = surface.get();
        for (OptimizerEntry entry : entries) {
            Hyperparams hp = entry.getParams();
            if (hp.get("lr") == entry.kind().defaultsFor(old).get("lr")) {
                entry.applyParams(hp.with("lr", entry.kind().defaultsFor(newSurface).get("lr")));
            }
        }
        race.setSurface(newSurface, newSurface.defaultStart());
        surface.set(newSurface);
        start.set(newSurface.defaultStart());
        view.set(newSurface.defaultView());
        restartAll();
        backgroundChanged();
    }

    public ReadOnlyObjectProperty<ViewBox> viewProperty() {
        return view.getReadOnlyProperty();
    }

    public ViewBox getView() {
        return view.get();
    }

    /** Shows this part of the plane; runs are not affected. */
    public void setView(ViewBox box) {
        if (box == null) {
            throw new IllegalArgumentException("no view given");
        }
        if (!box.equals(view.get())) {
            view.set(box);
            backgroundChanged();
            pathsChanged();
        }
    }

    /** Back to the surface's default view (the "fit" button, a double click). */
    public void fitView() {
        setView(surface.get().defaultView());
    }

    public ReadOnlyObjectProperty<Point> startProperty() {
        return start.getReadOnlyProperty();
    }

    public Point getStart() {
        return start.get();
    }

    /** Moves the start point; every run restarts there. */
    public void setStart(Point point) {
        if (point == null || !(Math.abs(point.x()) <= Run.DIVERGENCE_BOUND)
                || !(Math.abs(point.y()) <= Run.DIVERGENCE_BOUND)) {
            throw new IllegalArgumentException("the start point needs x and y within ±1e8, got " + point);
        }
        race.setStart(point);
        start.set(point);
        restartAll();
    }

    public ReadOnlyDoubleProperty noiseSigmaProperty() {
        return noiseSigma.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty noiseSeedProperty() {
        return noiseSeed.getReadOnlyProperty();
    }

    /** Gradient noise shared by every run; every run restarts. */
    public void setNoise(double sigma, long seed) {
        if (!(sigma >= 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("noise σ must be a finite number ≥ 0, got " + sigma);
        }
        race.setNoise(sigma, seed);
        noiseSigma.set(sigma);
        noiseSeed.set(seed);
        restartAll();
    }

    // ---- transport

    public BooleanProperty playingProperty() {
        return playing;
    }

    public boolean isPlaying() {
        return playing.get();
    }

    public void setPlaying(boolean play) {
        playing.set(play && step.get() < stepLimit.get());
    }

    public void togglePlaying() {
        setPlaying(!playing.get());
    }

    public ReadOnlyDoubleProperty stepsPerSecondProperty() {
        return speed.property();
    }

    public double getStepsPerSecond() {
        return speed.get();
    }

    /** Play speed in steps per second, from 1 to {@link PlaySpeed#MAX}. */
    public void setStepsPerSecond(double value) {
        speed.set(value);
    }

    public ReadOnlyLongProperty stepLimitProperty() {
        return stepLimit.getReadOnlyProperty();
    }

    public long getStepLimit() {
        return stepLimit.get();
    }

    /** The step at which playing stops; a limit below the current step takes every run back to it. */
    public void setStepLimit(long limit) {
        if (limit < 1 || limit > MAX_STEP_LIMIT) {
            throw new IllegalArgumentException("step limit " + limit + " is outside 1.." + MAX_STEP_LIMIT);
        }
        stepLimit.set(limit);
        if (step.get() > limit) {
            step.set(limit);
            replayAll();
        }
    }

    public ReadOnlyLongProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public long getStep() {
        return step.get();
    }

    /** One animation frame this long after the previous one: takes the steps it earned while playing. */
    public boolean advanceFrame(double seconds) {
        int whole = speed.stepsFor(seconds, playing.get());
        return whole > 0 && stepBy(whole);
    }

    /** Steps once (the Right arrow); pauses first. */
    public void stepOnce() {
        playing.set(false);
        stepBy(1);
    }

    /** Takes up to n steps, never past the step limit; stops playing at the limit or when every run diverged. */
    public boolean stepBy(int n) {
        long room = stepLimit.get() - step.get();
        int count = (int) Math.min(n, room);
        if (count <= 0) {
            playing.set(false);
            return false;
        }
        race.step(count, stepLimit.get());
        step.set(step.get() + count);
        refreshEntries();
        pathsVersion.set(pathsVersion.get() + 1);
        if (step.get() >= stepLimit.get() || allDiverged()) {
            playing.set(false);
        }
        return true;
    }

    /** Every run back to the start, paused at step 0 (R). */
    public void reset() {
        playing.set(false);
        restartAll();
    }

    private boolean allDiverged() {
        for (OptimizerEntry entry : entries) {
            if (entry.getStatus() != RunStatus.DIVERGED) {
                return false;
            }
        }
        return true;
    }

    private void restartAll() {
        race.restart();
        step.set(0);
        afterChange();
    }

    // ---- layout and change tracking

    public ObjectProperty<Layout> layoutProperty() {
        return layout;
    }

    public Layout getLayout() {
        return layout.get();
    }

    public void setLayout(Layout newLayout) {
        if (newLayout == null) {
            throw new IllegalArgumentException("no layout given");
        }
        layout.set(newLayout);
    }

    /** Counts changes to anything drawn in the trajectory layer (paths, visibility, colours, view). */
    public ReadOnlyIntegerProperty pathsVersionProperty() {
        return pathsVersion.getReadOnlyProperty();
    }

    /**
     * Counts the changes to the trajectory layer that are not plain steps (which only append points): restarts,
     * replays, visibility, colours, view. A view may keep what it drew of the paths until this changes.
     */
    public ReadOnlyIntegerProperty rewriteVersionProperty() {
        return rewriteVersion.getReadOnlyProperty();
    }

    /** Counts changes to the cached contour background (surface, view). */
    public ReadOnlyIntegerProperty backgroundVersionProperty() {
        return backgroundVersion.getReadOnlyProperty();
    }

    /** The core race; read-only use (drawing, exports). */
    public Race race() {
        return race;
    }

    private void afterChange() {
        refreshEntries();
        pathsChanged();
    }

    private void refreshEntries() {
        for (OptimizerEntry entry : entries) {
            entry.refresh(race.objective());
        }
    }

    private void pathsChanged() {
        rewriteVersion.set(rewriteVersion.get() + 1);
        pathsVersion.set(pathsVersion.get() + 1);
    }

    private void backgroundChanged() {
        backgroundVersion.set(backgroundVersion.get() + 1);
    }
}
