package org.optiviz.io.scenario;

import org.optiviz.plot.view.Layout;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.core.race.RaceSetup.RunSetup;
import org.optiviz.core.race.Run;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.ViewBox;
import org.optiviz.plot.surface3d.Camera;
import org.optiviz.plot.sweep.SweepSpec;

/**
 * A reproducible setup of the app: the race description ({@link RaceSetup}: surface, start, noise, every run's kind
 * and hyperparameters) plus the look (view, each run's visibility and colour, steps per second, step limit,
 * layout). A lesson adds a title and an explanation.
 *
 * <p>Stepping the race to the same step gives the same trajectories bit for bit, because every number is kept as the
 * exact double that was saved.
 *
 * @param styles   one per run of the race, in its order
 * @param selected the run whose settings and internals the window shows (a lesson's: the one its text is about);
 *                 −1 only when there are no runs
 * @param lesson   null for a plain scenario
 * @param camera   where a 3D layout looks from (null means the default)
 * @param sweep    what the sweep layout shows of the selected optimizer (null means the default axes)
 */
public record Scenario(RaceSetup race, ViewBox view, List<RunStyle> styles, int selected, double stepsPerSecond,
                       long stepLimit, Layout layout, Lesson lesson, Camera camera, SweepSpec sweep) {
    /** Format version written to and expected in files. */
    public static final int VERSION = 1;
    /** Speed (steps per second) and step limit of a file that leaves them out: those of a fresh window. */
    public static final double DEFAULT_STEPS_PER_SECOND = 120;
    public static final double MIN_STEPS_PER_SECOND = 1;
    public static final double MAX_STEPS_PER_SECOND = 60_000;
    /** Older files give the speed as steps per frame of a 60 Hz display. */
    public static final int FRAMES_PER_SECOND = 60;
    public static final long DEFAULT_STEP_LIMIT = 2000;
    /** Recorded trajectories beyond this many steps would not fit in memory comfortably. */
    public static final long MAX_STEP_LIMIT = 1_000_000;
    /** Every registered optimizer once with room for variants; more would not fit a legend or a list. */
    public static final int MAX_RUNS = 36;

    /** View bounds and start coordinates beyond the divergence bound could never be stepped from. */
    public static final double COORDINATE_BOUND = Run.DIVERGENCE_BOUND;
    /** Narrower views than this leave no room for contours in double precision. */
    public static final double MIN_VIEW_SIZE = 1e-9;
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-F]{6}");

    public Scenario {
        Objects.requireNonNull(race, "race");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(layout, "layout");
        camera = camera == null ? Camera.DEFAULT : camera;
        sweep = sweep == null ? SweepSpec.DEFAULT : sweep;
        styles = List.copyOf(styles);
        if (styles.size() != race.runs().size()) {
            throw new IllegalArgumentException(race.runs().size() + " runs need as many styles, got " + styles.size());
        }
        if (selected < (styles.isEmpty() ? -1 : 0) || selected >= styles.size()) {
            throw new IllegalArgumentException("selected run " + selected + " is not one of the " + styles.size());
        }
        if (!(stepsPerSecond >= MIN_STEPS_PER_SECOND && stepsPerSecond <= MAX_STEPS_PER_SECOND)) {
            throw new IllegalArgumentException("stepsPerSecond " + stepsPerSecond + " is outside 1.."
                    + (long) MAX_STEPS_PER_SECOND);
        }
        if (stepLimit < 1 || stepLimit > MAX_STEP_LIMIT) {
            throw new IllegalArgumentException("step limit " + stepLimit + " is outside 1.." + MAX_STEP_LIMIT);
        }
    }

    /** A scenario with the default sweep axes. */
    public Scenario(RaceSetup race, ViewBox view, List<RunStyle> styles, int selected, double stepsPerSecond,
                    long stepLimit, Layout layout, Lesson lesson, Camera camera) {
        this(race, view, styles, selected, stepsPerSecond, stepLimit, layout, lesson, camera, SweepSpec.DEFAULT);
    }

    /** A scenario seen through the default camera. */
    public Scenario(RaceSetup race, ViewBox view, List<RunStyle> styles, int selected, double stepsPerSecond,
                    long stepLimit, Layout layout, Lesson lesson) {
        this(race, view, styles, selected, stepsPerSecond, stepLimit, layout, lesson, Camera.DEFAULT,
                SweepSpec.DEFAULT);
    }

    /** How one run is shown: whether its path is drawn, and its colour as "#RRGGBB". */
    public record RunStyle(boolean shown, String colour) {
        public RunStyle {
            if (!isColour(colour)) {
                throw new IllegalArgumentException("colour must look like #RRGGBB, got " + colour);
            }
        }

        /** The colour as a 0xRRGGBB number. */
        public int rgb() {
            return Integer.parseInt(colour.substring(1), 16);
        }
    }

    /** Gradient noise shared by every run: standard deviation and seed. */
    public record Noise(double sigma, long seed) {
        public static final Noise NONE = new Noise(0, 0);

        public Noise {
            if (!(sigma >= 0) || !Double.isFinite(sigma)) {
                throw new IllegalArgumentException("noise sigma must be a finite number >= 0, got " + sigma);
            }
        }
    }

    /** What a bundled lesson tells the user beside the plot. */
    public record Lesson(LocalizedText title, LocalizedText explanation) {
        public Lesson {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(explanation, "explanation");
        }
    }

    /** Why a view bound or start coordinate cannot be a scenario's, or null. */
    public static String coordinateProblem(double v) {
        return Math.abs(v) <= COORDINATE_BOUND ? null : v + " is outside [-1e8, 1e8]";
    }

    /** Whether the text is a colour as scenarios store it: '#' and six upper-case hex digits. */
    public static boolean isColour(String text) {
        return text != null && COLOUR.matcher(text).matches();
    }

    /** The colour 0xRRGGBB as scenarios store it. */
    public static String colourOf(int rgb) {
        return String.format("#%06X", rgb & 0xFFFFFF);
    }

    public Surface surface() {
        return race.surface();
    }

    public Point start() {
        return race.start();
    }

    public Noise noise() {
        return new Noise(race.noiseSigma(), race.noiseSeed());
    }

    /**
     * A scenario of this race shown in the surface's default view, every optimizer shown in its colour.
     *
     * @param colours 0xRRGGBB per optimizer
     */
    public static Scenario of(RaceSetup setup, ToIntFunction<OptimizerKind> colours, long stepLimit) {
        List<RunStyle> styles = new ArrayList<>();
        for (RunSetup run : setup.runs()) {
            styles.add(new RunStyle(true, colourOf(colours.applyAsInt(run.kind()))));
        }
        return new Scenario(setup, setup.surface().defaultView(), styles, styles.isEmpty() ? -1 : 0,
                DEFAULT_STEPS_PER_SECOND, stepLimit, Layout.OVERLAY, null);
    }

    public Scenario withView(ViewBox newView) {
        return new Scenario(race, newView, styles, selected, stepsPerSecond, stepLimit, layout, lesson, camera, sweep);
    }

    public Scenario withLayout(Layout newLayout) {
        return new Scenario(race, view, styles, selected, stepsPerSecond, stepLimit, newLayout, lesson, camera, sweep);
    }

    public Scenario withCamera(Camera newCamera) {
        return new Scenario(race, view, styles, selected, stepsPerSecond, stepLimit, layout, lesson, newCamera, sweep);
    }

    public Scenario withStepLimit(long newLimit) {
        return new Scenario(race, view, styles, selected, stepsPerSecond, newLimit, layout, lesson, camera, sweep);
    }

    public Scenario withSweep(SweepSpec newSweep) {
        return new Scenario(race, view, styles, selected, stepsPerSecond, stepLimit, layout, lesson, camera, newSweep);
    }

    public Scenario withLesson(Lesson newLesson) {
        return new Scenario(race, view, styles, selected, stepsPerSecond, stepLimit, layout, newLesson, camera, sweep);
    }

    /** How many runs are shown. */
    public long shownCount() {
        return styles.stream().filter(RunStyle::shown).count();
    }
}
