package org.optiviz.ui.model;

import org.optiviz.plot.surface3d.Camera;
import org.optiviz.plot.sweep.SweepSpec;
import org.optiviz.plot.view.Layout;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.ToIntFunction;
import javafx.application.Platform;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.LongBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.core.race.RaceSetup.RunSetup;
import org.optiviz.core.race.RunStatus;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.core.surface.ViewBox;

/**
 * The state of the window. What is raced is one immutable {@link RaceSetup} (surface, start, noise, every run's
 * kind and hyperparameters); the core {@link Race} is derived from it and the entries read their settings from it.
 * Around it: how the runs are shown (view, each entry's visibility and colour, layout), the transport (step,
 * speed, step limit, playing) and the selection. Plain Java and JavaFX properties, no nodes, so it is tested
 * without a window.
 *
 * <p>Every setter validates and throws {@link IllegalArgumentException} with a one-line message naming the problem;
 * the state is unchanged when it throws. {@link #apply} puts a whole state (a scenario, a lesson) in place with one
 * restart. Long replays run in the background ({@link Replays}); stepping waits meanwhile.
 */
public final class MainViewModel {
    /** The same bound as the command line's --steps, so every scenario runs in both. */
    public static final long MAX_STEP_LIMIT = 1_000_000;
    public static final long DEFAULT_STEP_LIMIT = 2_000;

    private final ToIntFunction<OptimizerKind> palette;
    private final List<OptimizerKind> kinds;
    private final RaceEntries entries;
    private final DerivedRace derived;
    private final Transport transport;
    private final ReadOnlyObjectWrapper<RaceSetup> setup;
    private final ReadOnlyObjectWrapper<ViewBox> view = new ReadOnlyObjectWrapper<>(this, "view");
    private final PlaySpeed speed = new PlaySpeed();
    private final ObjectProperty<Layout> layout = new NonNullProperty<>(this, "layout", Layout.OVERLAY);
    /** Where the 3D layouts look from: turned by dragging, zoomed by the wheel, kept in scenarios. */
    public final ObjectProperty<Camera> camera = new NonNullProperty<>(this, "camera", Camera.DEFAULT);
    /** What the sweep layout shows of the selected optimizer: its two axes and colouring, kept in scenarios. */
    public final ObjectProperty<SweepSpec> sweep = new NonNullProperty<>(this, "sweep", SweepSpec.DEFAULT);
    private final ObjectProperty<LiveMode> liveMode = new NonNullProperty<>(this, "liveMode", LiveMode.REPLAY);
    private final BooleanProperty sameForAll = new SimpleBooleanProperty(this, "sameForAll");
    private final BooleanProperty lessonOpen = new SimpleBooleanProperty(this, "lessonOpen");
    private final Redraws redraws = new Redraws();

    /**
     * The first surface's default race with every registered optimizer, coloured by the palette (0xAARRGGBB); long
     * replays run on worker threads and are installed on the JavaFX application thread.
     */
    public MainViewModel(ToIntFunction<OptimizerKind> palette) {
        this(palette, Replays.workers(), Platform::runLater);
    }

    /** As above, with the executors for long replays given (tests run them by hand). */
    public MainViewModel(ToIntFunction<OptimizerKind> palette, Executor background, Executor windowThread) {
        this.palette = palette;
        this.kinds = List.of(OptimizerKind.values());
        Surface first = Surfaces.all().get(0);
        this.derived = new DerivedRace(RaceSetup.defaults(first, kinds), new Replays(background, windowThread),
                this::afterChange);
        this.setup = derived.setup;
        this.transport = new Transport(derived, () -> {
            refreshEntries();
            redraws.pathsExtended();
        }, this::allDiverged);
        this.entries = new RaceEntries(setup.get(), described -> OptimizerEntry.allOf(this, described,
                setup.getReadOnlyProperty(), palette, redraws::pathsRewritten));
        view.set(first.defaultView());
        refreshEntries();
    }

    // ---- the race description

    /** What is raced: the single source the race and the entries' settings are derived from. */
    public ReadOnlyObjectProperty<RaceSetup> setupProperty() {
        return setup.getReadOnlyProperty();
    }

    public RaceSetup getSetup() {
        return setup.get();
    }

    /** The race derived from the description; a new one after every restart. Read-only use (drawing, exports). */
    public ReadOnlyObjectProperty<Race> raceProperty() {
        return derived.race.getReadOnlyProperty();
    }

    public Race race() {
        return derived.race.get();
    }

    /**
     * Puts a whole state in place, paused at step 0, with one restart: the race description, the view and each
     * run's look. The description races every registered optimizer once, in the registry's order, and may add
     * more runs of any kind after them (variants: a lesson comparing two settings of one optimizer); the entries
     * follow. Speed, step limit and layout are set apart; they never restart anything.
     */
    public void apply(RaceSetup described, ViewBox newView, List<RunLook> looks) {
        List<OptimizerKind> describedKinds = described.runs().stream().map(RunSetup::kind).toList();
        if (newView == null || looks.size() != describedKinds.size() || describedKinds.size() < kinds.size()
                || !describedKinds.subList(0, kinds.size()).equals(kinds)) {
            throw new IllegalArgumentException("a state for the window needs a view, one run for each of the "
                    + kinds.size() + " optimizers in order (any variants after them) and a look for each run");
        }
        transport.playing.set(false);
        boolean newGround = !described.surface().equals(getSurface()) || !newView.equals(view.get());
        List<OptimizerEntry> next = entries.prepare(described);
        redraws.holding(() -> {
            view.set(newView);
            for (int i = 0; i < looks.size(); i++) {
                next.get(i).setLook(looks.get(i));
            }
        });
        derived.restart(described);
        entries.placed();
        if (newGround) {
            redraws.backgroundChanged();
        }
    }

    /**
     * Back to the current surface's default race, shown as in a fresh window: default view, every optimizer shown
     * in its palette colour, default speed and step limit, paused at step 0. Ends a lesson.
     */
    public void resetToDefaults() {
        defaultRace(getSurface());
    }

    private void defaultRace(Surface on) {
        lessonOpen.set(false);
        List<RunLook> looks = kinds.stream().map(kind -> new RunLook(true, palette.applyAsInt(kind))).toList();
        speed.set(PlaySpeed.DEFAULT);
        transport.stepLimit.set(DEFAULT_STEP_LIMIT);
        apply(RaceSetup.defaults(on, kinds), on.defaultView(), looks);
    }

    /**
     * Whether the race shown is a lesson's. A lesson's settings serve its text only: while this is true, changing
     * surface returns to that surface's default race (and ends the lesson).
     */
    public BooleanProperty lessonOpenProperty() {
        return lessonOpen;
    }

    // ---- the optimizers

    /**
     * Every run of the race in order, shown or hidden: one per registered optimizer, then any variants a scenario
     * added. A new list when a scenario or lesson brings other runs.
     */
    public List<OptimizerEntry> entries() {
        return entries.get();
    }

    public ReadOnlyObjectProperty<List<OptimizerEntry>> entriesProperty() {
        return entries.property();
    }

    /** The first entry of this kind. */
    public OptimizerEntry entry(OptimizerKind kind) {
        return entries().stream().filter(entry -> entry.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + kind.key() + " in the race"));
    }

    public List<OptimizerEntry> visibleEntries() {
        return entries().stream().filter(OptimizerEntry::isVisible).toList();
    }

    public ObjectProperty<OptimizerEntry> selectedProperty() {
        return entries.selected();
    }

    public OptimizerEntry getSelected() {
        return entries.selected().get();
    }

    public BooleanProperty sameForAllProperty() {
        return sameForAll;
    }

    public ObjectProperty<LiveMode> liveModeProperty() {
        return liveMode;
    }

    /**
     * Sets one hyperparameter of one optimizer, or of every optimizer that has the key and accepts the value when
     * "same for all" is on. In replay mode the changed paths are re-run from the start to the current step; a long
     * replay runs in the background and a newer change replaces it.
     *
     * @throws org.optiviz.core.param.InvalidParamException naming the key and why the value is not allowed;
     *         nothing changes then
     */
    public void setParam(OptimizerEntry target, String key, double value) {
        RaceSetup now = setup.get();
        changeSettings(sameForAll.get() ? now.withParamForAll(target.index(), key, value)
                : now.withParam(target.index(), key, value));
    }

    /** Sets hyperparameters of this optimizer alone, whatever "same for all" says (theory's optimal settings). */
    public void setParamsOf(OptimizerEntry target, java.util.Map<String, Double> values) {
        changeSettings(setup.get().withParams(target.index(), target.getParams().with(values)));
    }

    /** Back to the defaults this surface suggests, for one optimizer (or all with "same for all"). */
    public void resetParams(OptimizerEntry target) {
        List<OptimizerEntry> which = sameForAll.get() ? entries() : List.of(target);
        changeSettings(setup.get().withSuggestedParams(which.stream().map(OptimizerEntry::index).toList()));
    }

    private void changeSettings(RaceSetup next) {
        derived.changeSettings(next, liveMode.get() == LiveMode.REPLAY);
    }

    /** Replays every run from the start to the current step, as after a change in replay mode; for measuring. */
    public void replayAll() {
        derived.replayAllTo(getStep());
    }

    /** True while a long replay is computed in the background; stepping waits until it is in place. */
    public ReadOnlyBooleanProperty replayingProperty() {
        return derived.replaying.getReadOnlyProperty();
    }

    // ---- surface, view, start, noise

    public ObjectBinding<Surface> surfaceProperty() {
        return derived.surface;
    }

    public Surface getSurface() {
        return setup.get().surface();
    }

    /**
     * Switches surface: the view and start become the surface's defaults, every run restarts, and a learning rate
     * still at the old surface's suggestion takes the new one's (a value the user set is kept). After a lesson the
     * surface's default race comes back instead.
     */
    public void setSurface(Surface newSurface) {
        if (newSurface == null) {
            throw new IllegalArgumentException("no surface given");
        }
        if (lessonOpen.get()) {
            defaultRace(newSurface);
            return;
        }
        view.set(newSurface.defaultView());
        derived.restart(setup.get().movedTo(newSurface));
        redraws.backgroundChanged();
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
            redraws.backgroundChanged();
            redraws.pathsRewritten();
        }
    }

    /** Back to the surface's default view (the "fit" button, a double click); the race goes on untouched. */
    public void fitView() {
        setView(getSurface().defaultView());
    }

    public ObjectBinding<Point> startProperty() {
        return derived.start;
    }

    public Point getStart() {
        return setup.get().start();
    }

    /** Moves the start point; every run restarts there. */
    public void setStart(Point point) {
        derived.restart(setup.get().withStart(point));
    }

    public DoubleBinding noiseSigmaProperty() {
        return derived.noiseSigma;
    }

    public LongBinding noiseSeedProperty() {
        return derived.noiseSeed;
    }

    /** Gradient noise shared by every run; every run restarts. */
    public void setNoise(double sigma, long seed) {
        derived.restart(setup.get().withNoise(sigma, seed));
    }

    /**
     * The race as it stands (description, race, step), to go back to with {@link #restore} without recomputing:
     * a double click puts back what its first click changed.
     */
    public RaceMoment moment() {
        return derived.moment();
    }

    /** Puts back a moment taken earlier: the same race at the same step, nothing restarted. */
    public void restore(RaceMoment moment) {
        derived.restore(moment);
    }

    // ---- transport

    public BooleanProperty playingProperty() {
        return transport.playing;
    }

    public boolean isPlaying() {
        return transport.playing.get();
    }

    public void setPlaying(boolean play) {
        transport.setPlaying(play);
    }

    public void togglePlaying() {
        setPlaying(!isPlaying());
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
        return transport.stepLimit.getReadOnlyProperty();
    }

    public long getStepLimit() {
        return transport.stepLimit.get();
    }

    /** The step at which playing stops; a limit below the current step takes every run back to it. */
    public void setStepLimit(long limit) {
        transport.setStepLimit(limit);
    }

    public ReadOnlyLongProperty stepProperty() {
        return derived.step.getReadOnlyProperty();
    }

    public long getStep() {
        return derived.step.get();
    }

    /** One animation frame this long after the previous one: takes the steps it earned while playing. */
    public boolean advanceFrame(double seconds) {
        int whole = speed.stepsFor(seconds, isPlaying());
        return whole > 0 && stepBy(whole);
    }

    /** Steps once (the Right arrow); pauses first. */
    public void stepOnce() {
        transport.playing.set(false);
        stepBy(1);
    }

    /** Takes up to n steps (see {@link Transport#stepBy}); returns whether anything moved. */
    public boolean stepBy(int n) {
        return transport.stepBy(n);
    }

    /** Every run back to the start, paused at step 0 (R). */
    public void reset() {
        transport.playing.set(false);
        derived.restart(setup.get());
    }

    private boolean allDiverged() {
        return entries().stream().allMatch(entry -> entry.getStatus() == RunStatus.DIVERGED);
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

    /** The counters views watch to redraw only what changed (paths, path rewrites, the contour background). */
    public Redraws redraws() {
        return redraws;
    }

    private void afterChange() {
        refreshEntries();
        redraws.pathsRewritten();
    }

    private void refreshEntries() {
        for (OptimizerEntry entry : entries.following()) {
            entry.refresh(race().objective());
        }
    }
}
