package org.optiviz.io.scenario;

import org.optiviz.plot.surface3d.Camera;
import org.optiviz.plot.sweep.SweepSpec;
import org.optiviz.plot.view.Layout;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.optiviz.core.function.TypedSurface;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.param.InvalidParamException;
import org.optiviz.core.param.ParamSpec;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.core.race.RaceSetup.RunSetup;
import org.optiviz.core.race.RunNames;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.core.surface.ViewBox;
import org.optiviz.io.scenario.Scenario.Lesson;
import org.optiviz.io.scenario.Scenario.Noise;
import org.optiviz.io.scenario.Scenario.RunStyle;

/**
 * Turns a parsed JSON tree into a {@link Scenario}, validating every field. Keys are checked object by object
 * (unknown keys first, then the known ones in the order of the format), and the first problem ends the reading.
 */
final class ScenarioReader {
    static final List<String> ROOT_KEYS = List.of("version", "title", "explanation", "surface", "function", "data",
            "view", "start", "optimizers", "selected", "noise", "stepsPerSecond", "speed", "stepLimit", "layout",
            "camera", "sweep");
    private static final List<String> VIEW_KEYS = List.of("xMin", "xMax", "yMin", "yMax");
    private static final List<String> POINT_KEYS = List.of("x", "y");
    private static final List<String> OPTIMIZER_KEYS = List.of("key", "shown", "colour", "params");
    private static final List<String> NOISE_KEYS = List.of("sigma", "seed");
    private static final List<String> TEXT_KEYS = List.of("en", "zh-CN");

    private final ToIntFunction<OptimizerKind> defaultColour;

    ScenarioReader(ToIntFunction<OptimizerKind> defaultColour) {
        this.defaultColour = defaultColour;
    }

    Scenario read(JsonNode root) throws ScenarioException {
        JsonFields fields = JsonFields.of(root, "", ROOT_KEYS);
        JsonNode version = fields.require("version", Scenario.VERSION + "");
        if (!version.isIntegralNumber() || version.asLong() != Scenario.VERSION) {
            throw new ScenarioException("version", JsonFields.shown(version) + " is not supported (expected "
                    + Scenario.VERSION + ")");
        }
        Surface surface = surface(fields);
        ViewBox view = fields.has("view") ? view(fields.get("view")) : surface.defaultView();
        Point start = fields.has("start") ? start(fields.get("start")) : surface.defaultStart();
        List<RunSetup> runs = new ArrayList<>();
        List<RunStyle> styles = new ArrayList<>();
        if (fields.has("optimizers")) {
            optimizers(fields.get("optimizers"), surface, runs, styles);
        } else {
            allOptimizers(surface, runs, styles);
        }
        int selected = selected(fields, runs, styles);
        Noise noise = fields.has("noise") ? noise(fields.get("noise")) : Noise.NONE;
        double stepsPerSecond = stepsPerSecond(fields);
        long stepLimit = fields.integer("stepLimit", Scenario.DEFAULT_STEP_LIMIT, 1, Scenario.MAX_STEP_LIMIT);
        Layout layout = layout(fields);
        Lesson lesson = lesson(fields);
        RaceSetup race = new RaceSetup(surface, start, noise.sigma(), noise.seed(), runs);
        Camera camera = fields.has("camera") ? CameraJson.read(fields.get("camera")) : Camera.DEFAULT;
        SweepSpec sweep = fields.has("sweep") ? SweepJson.read(fields.get("sweep")) : SweepSpec.DEFAULT;
        return new Scenario(race, view, styles, selected, stepsPerSecond, stepLimit, layout, lesson, camera, sweep);
    }

    /** A built-in surface by key, or a typed function over the file's view. */
    private static Surface surface(JsonFields fields) throws ScenarioException {
        if ((fields.has("surface") ? 1 : 0) + (fields.has("function") ? 1 : 0) + (fields.has("data") ? 1 : 0) > 1) {
            throw new ScenarioException("", "a scenario has one of surface, function and data, not more");
        }
        if (fields.has("data")) {
            return DataProblems.read(fields.get("data"));
        }
        if (fields.has("function")) {
            String text = fields.requireText("function", "a function of x and y, such as \"0.1x^2 + 2y^2\"");
            ViewBox view = fields.has("view") ? view(fields.get("view")) : null;
            try {
                return TypedSurface.of(text, view, null);
            } catch (IllegalArgumentException e) { // an ExpressionException names the column
                throw new ScenarioException("function", e.getMessage());
            }
        }
        String key = fields.requireText("surface", "one of " + Surfaces.keys() + ", or a function or data");
        try {
            return Surfaces.byKey(key);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException("surface", e.getMessage());
        }
    }

    private static ViewBox view(JsonNode node) throws ScenarioException {
        JsonFields fields = JsonFields.of(node, "view", VIEW_KEYS);
        double[] v = new double[VIEW_KEYS.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = bounded(fields, VIEW_KEYS.get(i));
        }
        if (!(v[1] - v[0] >= Scenario.MIN_VIEW_SIZE)) {
            throw new ScenarioException("view", "xMax (" + v[1] + ") must exceed xMin (" + v[0] + ")");
        }
        if (!(v[3] - v[2] >= Scenario.MIN_VIEW_SIZE)) {
            throw new ScenarioException("view", "yMax (" + v[3] + ") must exceed yMin (" + v[2] + ")");
        }
        return new ViewBox(v[0], v[1], v[2], v[3]);
    }

    private static Point start(JsonNode node) throws ScenarioException {
        JsonFields fields = JsonFields.of(node, "start", POINT_KEYS);
        return new Point(bounded(fields, "x"), bounded(fields, "y"));
    }

    private static double bounded(JsonFields fields, String key) throws ScenarioException {
        double value = fields.requireNumber(key);
        String problem = Scenario.coordinateProblem(value);
        if (problem != null) {
            throw new ScenarioException(fields.path(key), problem);
        }
        return value;
    }

    /**
     * Reads the list into runs and their styles. A kind may appear more than once (a lesson comparing two settings
     * of one optimizer side by side); the window races every registered kind once, plus the repeats.
     */
    private void optimizers(JsonNode node, Surface surface, List<RunSetup> runs, List<RunStyle> styles)
            throws ScenarioException {
        if (!node.isArray()) {
            throw new ScenarioException("optimizers", "expected a list [ ... ], got " + JsonFields.shown(node));
        }
        for (int i = 0; i < node.size(); i++) {
            String path = "optimizers[" + i + "]";
            if (i == Scenario.MAX_RUNS) {
                throw new ScenarioException(path, "a race holds at most " + Scenario.MAX_RUNS + " optimizers");
            }
            runs.add(optimizer(node.get(i), path, surface, styles));
        }
    }

    private RunSetup optimizer(JsonNode node, String path, Surface surface, List<RunStyle> styles)
            throws ScenarioException {
        JsonFields fields = JsonFields.of(node, path, OPTIMIZER_KEYS);
        OptimizerKind kind;
        try {
            kind = OptimizerKind.byKey(fields.requireText("key", "one of " + OptimizerKind.keys()));
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(fields.path("key"), e.getMessage());
        }
        boolean shown = fields.bool("shown", true);
        String colour = fields.text("colour");
        if (colour == null) {
            colour = Scenario.colourOf(defaultColour.applyAsInt(kind));
        } else if (!Scenario.isColour(colour.toUpperCase(Locale.ROOT))) {
            throw new ScenarioException(fields.path("colour"), "\"" + colour + "\" is not a colour like \"#1F77B4\"");
        }
        Hyperparams params = kind.defaultsFor(surface);
        if (fields.has("params")) {
            params = params(fields.get("params"), fields.path("params"), params);
        }
        styles.add(new RunStyle(shown, colour.toUpperCase(Locale.ROOT)));
        return new RunSetup(kind, params);
    }

    private static Hyperparams params(JsonNode node, String path, Hyperparams defaults) throws ScenarioException {
        if (!node.isObject()) {
            throw new ScenarioException(path,
                    "expected an object { \"key\": value, ... }, got " + JsonFields.shown(node));
        }
        Hyperparams params = defaults;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            String keyPath = path + "." + key;
            if (!params.has(key)) {
                throw new ScenarioException(keyPath, "unknown hyperparameter; known: " + keys(params));
            }
            ParamSpec spec = params.spec(key);
            JsonNode value = field.getValue();
            try {
                if (spec.isChoice()) {
                    if (!value.isTextual()) {
                        throw new ScenarioException(keyPath, "expected one of \""
                                + String.join("\", \"", spec.choices())
                                + "\", got " + JsonFields.shown(value));
                    }
                    params = params.with(key, spec.parse(value.textValue()));
                } else {
                    params = params.with(key, JsonFields.number(value, keyPath));
                }
            } catch (InvalidParamException e) {
                throw new ScenarioException(keyPath, e.reason());
            }
        }
        return params;
    }

    private static String keys(Hyperparams params) {
        return String.join(", ", params.asMap().keySet());
    }

    private void allOptimizers(Surface surface, List<RunSetup> runs, List<RunStyle> styles) {
        for (OptimizerKind kind : OptimizerKind.values()) {
            runs.add(new RunSetup(kind, kind.defaultsFor(surface)));
            styles.add(new RunStyle(true, Scenario.colourOf(defaultColour.applyAsInt(kind))));
        }
    }

    /** The optimizer named by "selected", or else the first one shown (the first listed when none is). */
    private static int selected(JsonFields fields, List<RunSetup> runs, List<RunStyle> styles)
            throws ScenarioException {
        String key = fields.text("selected");
        if (key == null) {
            for (int i = 0; i < styles.size(); i++) {
                if (styles.get(i).shown()) {
                    return i;
                }
            }
            return runs.isEmpty() ? -1 : 0;
        }
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            if (RunNames.key(runs, i).equals(key)) {
                return i;
            }
            listed.add(RunNames.key(runs, i));
        }
        throw new ScenarioException("selected", "'" + key + "' is not among the optimizers listed: " + listed);
    }

    private static Noise noise(JsonNode node) throws ScenarioException {
        JsonFields fields = JsonFields.of(node, "noise", NOISE_KEYS);
        double sigma = fields.number("sigma", 0);
        if (sigma < 0) {
            throw new ScenarioException("noise.sigma", sigma + " is outside [0, ∞)");
        }
        long seed = fields.integer("seed", 0, Long.MIN_VALUE, Long.MAX_VALUE);
        return new Noise(sigma, seed);
    }

    private static Layout layout(JsonFields fields) throws ScenarioException {
        String key = fields.text("layout");
        if (key == null) {
            return Layout.OVERLAY;
        }
        Layout layout = Layout.byKey(key);
        if (layout == null) {
            throw new ScenarioException("layout", "unknown layout '" + key + "'; known: " + knownLayouts());
        }
        return layout;
    }

    private static String knownLayouts() {
        List<String> keys = new ArrayList<>();
        for (Layout known : Layout.values()) {
            keys.add(known.key());
        }
        return String.join(", ", keys);
    }

    private static Lesson lesson(JsonFields fields) throws ScenarioException {
        boolean title = fields.has("title");
        boolean explanation = fields.has("explanation");
        if (!title && !explanation) {
            return null;
        }
        if (!title || !explanation) {
            String missing = title ? "explanation" : "title";
            throw new ScenarioException(missing, "missing; a lesson needs both a title and an explanation");
        }
        return new Lesson(text(fields.get("title"), "title"), text(fields.get("explanation"), "explanation"));
    }

    private static LocalizedText text(JsonNode node, String path) throws ScenarioException {
        JsonFields fields = JsonFields.of(node, path, TEXT_KEYS);
        String en = fields.requireText("en", "the English text");
        if (en.isBlank()) {
            throw new ScenarioException(fields.path("en"), "is empty");
        }
        String zh = fields.text("zh-CN");
        return new LocalizedText(en, zh == null || zh.isBlank() ? null : zh);
    }

    /** "stepsPerSecond", or an older file's "speed" in whole steps per frame of a 60 Hz display. */
    private static double stepsPerSecond(JsonFields fields) throws ScenarioException {
        if (fields.has("stepsPerSecond")) {
            double value = fields.number("stepsPerSecond", Scenario.DEFAULT_STEPS_PER_SECOND);
            if (!(value >= Scenario.MIN_STEPS_PER_SECOND && value <= Scenario.MAX_STEPS_PER_SECOND)) {
                throw new ScenarioException("stepsPerSecond", JsonFields.shown(fields.get("stepsPerSecond"))
                        + " is outside 1.." + (long) Scenario.MAX_STEPS_PER_SECOND);
            }
            return value;
        }
        long perFrame = fields.integer("speed", 0, 1, (long) Scenario.MAX_STEPS_PER_SECOND / Scenario.FRAMES_PER_SECOND);
        return perFrame == 0 ? Scenario.DEFAULT_STEPS_PER_SECOND : perFrame * (double) Scenario.FRAMES_PER_SECOND;
    }
}
