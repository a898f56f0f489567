package org.optiviz.io.scenario;

import org.optiviz.plot.view.Layout;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.core.race.RaceSetup.RunSetup;
import org.optiviz.core.race.Run;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.ViewBox;

/**
 * A reproducible setup of the app: what is raced (surface, start, noise, every optimizer with its settings) and
 * how it is shown (view, colours, layout, stepsPerSecond, step limit). A lesson adds a title and an explanation.
 *
 * <p>The race part converts to a {@link RaceSetup}; stepping that setup to the same step gives the same
 * trajectories bit for bit, because every number is kept as the exact double that was saved.
 *
 * @param lesson null for a plain scenario
 */
public record Scenario(Surface surface, ViewBox view, Point start, List<OptimizerEntry> optimizers, Noise noise,
                       double stepsPerSecond, long stepLimit, Layout layout, Lesson lesson) {
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

    /** View bounds and start coordinates beyond the divergence bound could never be stepped from. */
    public static final double COORDINATE_BOUND = Run.DIVERGENCE_BOUND;
    /** Narrower views than this leave no room for contours in double precision. */
    public static final double MIN_VIEW_SIZE = 1e-9;
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-F]{6}");

    public Scenario {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(noise, "noise");
        Objects.requireNonNull(layout, "layout");
        optimizers = List.copyOf(optimizers);
        if (!(stepsPerSecond >= MIN_STEPS_PER_SECOND && stepsPerSecond <= MAX_STEPS_PER_SECOND)) {
            throw new IllegalArgumentException("stepsPerSecond " + stepsPerSecond + " is outside 1.."
                    + (long) MAX_STEPS_PER_SECOND);
        }
        if (stepLimit < 1 || stepLimit > MAX_STEP_LIMIT) {
            throw new IllegalArgumentException("step limit " + stepLimit + " is outside 1.." + MAX_STEP_LIMIT);
        }
    }

    /** One optimizer of the scenario: whether its path is shown, its colour and its hyperparameters. */
    public record OptimizerEntry(OptimizerKind kind, boolean shown, String colour, Hyperparams params) {
        public OptimizerEntry {
            Objects.requireNonNull(kind, "kind");
            if (!isColour(colour)) {
                throw new IllegalArgumentException("colour must look like #RRGGBB, got " + colour);
            }
            if (!params.specs().equals(kind.params())) {
                throw new IllegalArgumentException("hyperparameters do not belong to " + kind.key());
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

    /** Whether the text is a colour as scenarios store it: '#' and six upper-case hex digits. */
    /** Why a view bound or start coordinate cannot be a scenario's, or null. */
    public static String coordinateProblem(double v) {
        return Math.abs(v) <= COORDINATE_BOUND ? null : v + " is outside [-1e8, 1e8]";
    }

    public static boolean isColour(String text) {
        return text != null && COLOUR.matcher(text).matches();
    }

    /** The colour 0xRRGGBB as scenarios store it. */
    public static String colourOf(int rgb) {
        return String.format("#%06X", rgb & 0xFFFFFF);
    }

    /** The race this scenario describes: every optimizer, shown or hidden, in order. */
    public RaceSetup toRaceSetup() {
        List<RunSetup> runs = new ArrayList<>();
        for (OptimizerEntry entry : optimizers) {
            runs.add(new RunSetup(entry.kind(), entry.params()));
        }
        return new RaceSetup(surface, start, noise.sigma(), noise.seed(), runs);
    }

    /**
     * A scenario of this race shown in the surface's default view, every optimizer shown in its colour.
     *
     * @param colours 0xRRGGBB per optimizer
     */
    public static Scenario of(RaceSetup setup, ToIntFunction<OptimizerKind> colours,
                              long stepLimit) {
        List<OptimizerEntry> entries = new ArrayList<>();
        for (RunSetup run : setup.runs()) {
            entries.add(new OptimizerEntry(run.kind(), true, colourOf(colours.applyAsInt(run.kind())), run.params()));
        }
        return new Scenario(setup.surface(), setup.surface().defaultView(), setup.start(), entries,
                new Noise(setup.noiseSigma(), setup.noiseSeed()), DEFAULT_STEPS_PER_SECOND, stepLimit, Layout.OVERLAY, null);
    }

    public Scenario withView(ViewBox newView) {
        return new Scenario(surface, newView, start, optimizers, noise, stepsPerSecond, stepLimit, layout, lesson);
    }

    public Scenario withLayout(Layout newLayout) {
        return new Scenario(surface, view, start, optimizers, noise, stepsPerSecond, stepLimit, newLayout, lesson);
    }

    public Scenario withStepLimit(long newLimit) {
        return new Scenario(surface, view, start, optimizers, noise, stepsPerSecond, newLimit, layout, lesson);
    }

    public Scenario withLesson(Lesson newLesson) {
        return new Scenario(surface, view, start, optimizers, noise, stepsPerSecond, stepLimit, layout, newLesson);
    }

    /** The entries whose paths are shown. */
    public List<OptimizerEntry> shownOptimizers() {
        return optimizers.stream().filter(OptimizerEntry::shown).toList();
    }
}
