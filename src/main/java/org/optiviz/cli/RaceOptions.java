package org.optiviz.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.DecimalText;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.param.InvalidParamException;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.core.race.RaceSetup.RunSetup;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;
import org.optiviz.io.scenario.Scenario;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The flags that describe a race, shared by every command that runs one. */
public class RaceOptions {
    /** More steps than this would not fit the recorded trajectories in memory comfortably. */
    public static final int MAX_STEPS = 1_000_000;

    /** The surface when no problem is given. */
    static final String DEFAULT_SURFACE = "ellipsoid";

    @Mixin
    ProblemOptions problem;

    @Option(names = "--optimizer", paramLabel = "O[,O2...]",
            description = "optimizer keys separated by commas, or 'all'; default ${DEFAULT-VALUE}",
            defaultValue = "all")
    String optimizers;

    @Option(names = "--steps", paramLabel = "N", description = "steps per optimizer; default ${DEFAULT-VALUE}",
            defaultValue = "100")
    int steps;

    @Option(names = "--start", paramLabel = "X,Y", description = "start point; default: the surface's")
    String start;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "a hyperparameter for every chosen optimizer that has it (lr=0.01) or for one (adam.lr=0.01)")
    List<String> settings = new ArrayList<>();

    @Option(names = "--noise", paramLabel = "SIGMA", description = "gradient noise standard deviation; default 0",
            defaultValue = "0")
    double noise;

    @Option(names = "--seed", paramLabel = "N", description = "noise seed; default 0", defaultValue = "0")
    long seed;

    /** The race these flags describe; throws {@link UsageException} naming the first bad flag. */
    public RaceSetup toSetup() {
        Surface chosenSurface = problem.resolve(DEFAULT_SURFACE);
        if (steps < 1 || steps > MAX_STEPS) {
            throw new UsageException("--steps: " + steps + " is outside 1.." + MAX_STEPS);
        }
        if (!(noise >= 0) || !Double.isFinite(noise)) {
            throw new UsageException("--noise: " + noise + " is not allowed; use a finite number >= 0");
        }
        Point startPoint = start == null ? chosenSurface.defaultStart() : parsePoint("--start", start);
        Map<OptimizerKind, Hyperparams> params = new LinkedHashMap<>();
        for (OptimizerKind kind : parseOptimizers(optimizers)) {
            params.put(kind, kind.defaultsFor(chosenSurface));
        }
        for (String setting : settings) {
            applySetting(setting, params);
        }
        List<RunSetup> runs = new ArrayList<>();
        params.forEach((kind, hp) -> runs.add(new RunSetup(kind, hp)));
        return new RaceSetup(chosenSurface, startPoint, noise, seed, runs);
    }

    static List<OptimizerKind> parseOptimizers(String text) {
        if (text.trim().equalsIgnoreCase("all")) {
            return List.of(OptimizerKind.values());
        }
        List<OptimizerKind> kinds = new ArrayList<>();
        for (String key : text.split(",", -1)) {
            if (key.isBlank()) {
                throw new UsageException("--optimizer: an empty key in " + DecimalText.quote(text)
                        + "; expected keys separated by commas, or all");
            }
            OptimizerKind kind;
            try {
                kind = OptimizerKind.byKey(key);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--optimizer: " + e.getMessage() + ", or all");
            }
            if (kinds.contains(kind)) {
                throw new UsageException("--optimizer: '" + kind.key() + "' is listed twice");
            }
            kinds.add(kind);
        }
        return kinds;
    }

    static void applySetting(String setting, Map<OptimizerKind, Hyperparams> params) {
        int eq = setting.indexOf('=');
        if (eq <= 0) {
            throw new UsageException("--set: expected KEY=VALUE or OPTIMIZER.KEY=VALUE, got '" + setting + "'");
        }
        String target = setting.substring(0, eq).trim();
        String value = setting.substring(eq + 1);
        int dot = target.indexOf('.');
        try {
            if (dot >= 0) {
                OptimizerKind kind = OptimizerKind.byKey(target.substring(0, dot));
                String key = target.substring(dot + 1);
                Hyperparams current = params.get(kind);
                if (current == null) {
                    throw new UsageException("--set " + target + ": " + kind.key() + " is not among the chosen optimizers");
                }
                params.put(kind, set(current, key, value));
                return;
            }
            boolean applied = false;
            for (Map.Entry<OptimizerKind, Hyperparams> entry : params.entrySet()) {
                if (entry.getValue().has(target)) {
                    entry.setValue(set(entry.getValue(), target, value));
                    applied = true;
                }
            }
            if (!applied) {
                throw new UsageException("--set " + target + ": no chosen optimizer has the hyperparameter '" + target
                        + "' (see 'list')");
            }
        } catch (InvalidParamException e) {
            throw new UsageException("--set " + target + ": " + e.reason());
        } catch (UsageException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new UsageException("--set " + target + ": " + e.getMessage());
        }
    }

    private static Hyperparams set(Hyperparams params, String key, String value) {
        return params.with(key, params.spec(key).parse(value));
    }

    static Point parsePoint(String flag, String text) {
        double[] xy = parseNumbers(flag, text, 2, "X,Y");
        for (double v : xy) {
            String problem = Scenario.coordinateProblem(v);
            if (problem != null) {
                throw new UsageException(flag + ": " + problem + "; a run from there diverges at once");
            }
        }
        return new Point(xy[0], xy[1]);
    }

    /**
     * Exactly {@code count} numbers separated by commas, each in the one decimal syntax; an empty part (a trailing
     * comma) is refused like any other bad number.
     */
    static double[] parseNumbers(String flag, String text, int count, String form) {
        String[] parts = text.split(",", -1);
        if (parts.length != count) {
            throw new UsageException(flag + ": expected " + form + " (" + count + " numbers separated by commas), got "
                    + DecimalText.quote(text));
        }
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            try {
                values[i] = DecimalText.parse(parts[i]);
            } catch (NumberFormatException e) {
                throw new UsageException(flag + ": " + (parts[i].isBlank() ? "an empty number in "
                        + DecimalText.quote(text) : e.getMessage()));
            }
        }
        return values;
    }
}
