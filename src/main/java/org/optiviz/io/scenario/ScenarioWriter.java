package org.optiviz.io.scenario;

import org.optiviz.plot.surface3d.Camera;
import org.optiviz.plot.sweep.SweepSpec;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.optiviz.core.data.DataModel;
import org.optiviz.core.function.TypedSurface;
import org.optiviz.core.param.ParamSpec;
import org.optiviz.core.race.RaceSetup.RunSetup;
import org.optiviz.core.race.RunNames;
import org.optiviz.io.scenario.Scenario.RunStyle;

/**
 * A {@link Scenario} as a JSON tree in the order of the format. Every hyperparameter is written, not only the
 * changed ones, so a file stays the same setup even if a default changes later.
 */
final class ScenarioWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ScenarioWriter() {
    }

    static ObjectNode toTree(Scenario scenario) {
        ObjectNode root = NODES.objectNode();
        root.put("version", Scenario.VERSION);
        if (scenario.lesson() != null) {
            root.set("title", text(scenario.lesson().title()));
            root.set("explanation", text(scenario.lesson().explanation()));
        }
        if (scenario.surface() instanceof TypedSurface typed) {
            root.put("function", typed.text());
        } else if (scenario.surface() instanceof DataModel model) {
            ObjectNode data = root.putObject("data");
            data.put("set", model.data().name());
            data.putArray("columns").add(model.data().xName()).add(model.data().yName());
            data.put("model", model.model().key());
            data.put("batch", model.batchSize());
            data.put("standardize", model.standardized());
        } else {
            root.put("surface", scenario.surface().key());
        }
        ObjectNode view = root.putObject("view");
        number(view, "xMin", scenario.view().xMin());
        number(view, "xMax", scenario.view().xMax());
        number(view, "yMin", scenario.view().yMin());
        number(view, "yMax", scenario.view().yMax());
        ObjectNode start = root.putObject("start");
        number(start, "x", scenario.start().x());
        number(start, "y", scenario.start().y());
        ArrayNode optimizers = root.putArray("optimizers");
        for (int i = 0; i < scenario.styles().size(); i++) {
            RunSetup run = scenario.race().runs().get(i);
            RunStyle style = scenario.styles().get(i);
            ObjectNode node = optimizers.addObject();
            node.put("key", run.kind().key());
            node.put("shown", style.shown());
            node.put("colour", style.colour());
            ObjectNode params = node.putObject("params");
            for (ParamSpec spec : run.params().specs()) {
                double value = run.params().get(spec.key());
                if (spec.isChoice()) {
                    params.put(spec.key(), spec.valueText(value));
                } else {
                    number(params, spec.key(), value);
                }
            }
        }
        if (scenario.selected() >= 0) {
            root.put("selected", RunNames.key(scenario.race().runs(), scenario.selected()));
        }
        ObjectNode noise = root.putObject("noise");
        number(noise, "sigma", scenario.noise().sigma());
        noise.put("seed", scenario.noise().seed());
        number(root, "stepsPerSecond", scenario.stepsPerSecond());
        root.put("stepLimit", scenario.stepLimit());
        root.put("layout", scenario.layout().key());
        if (!scenario.camera().equals(Camera.DEFAULT)) {
            CameraJson.write(root.putObject("camera"), scenario.camera());
        }
        if (!scenario.sweep().equals(SweepSpec.DEFAULT)) {
            SweepJson.write(root.putObject("sweep"), scenario.sweep());
        }
        return root;
    }

    /** Whole numbers as integers (5 rather than 5.0), everything else as the shortest exact decimal. */
    private static void number(ObjectNode node, String key, double value) {
        boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15 && !isNegativeZero(value);
        if (whole) {
            node.put(key, (long) value);
        } else {
            node.put(key, value);
        }
    }

    private static boolean isNegativeZero(double value) {
        return Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(-0.0);
    }

    private static ObjectNode text(LocalizedText text) {
        ObjectNode node = NODES.objectNode();
        node.put("en", text.en());
        if (text.zhCn() != null) {
            node.put("zh-CN", text.zhCn());
        }
        return node;
    }
}
