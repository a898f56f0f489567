package org.optiviz.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.optiviz.core.batch.SweepAxis;
import org.optiviz.plot.sweep.SweepColouring;
import org.optiviz.plot.sweep.SweepSpec;

/**
 * The "sweep" object of a scenario: what its sweep layout shows, {"x": "lr=0.0005:5:log:64", "y":
 * "momentum=0:0.99:lin:64", "colour": "loss"}, each axis as the {@code sweep} command's --x and --y take it; an axis
 * left out is the selected optimizer's default, the colour "loss" or "steps".
 */
final class SweepJson {
    private static final List<String> KEYS = List.of("x", "y", "colour");

    private SweepJson() {
    }

    static SweepSpec read(JsonNode node) throws ScenarioException {
        JsonFields fields = JsonFields.of(node, "sweep", KEYS);
        SweepAxis x = axis(fields, "x");
        SweepAxis y = axis(fields, "y");
        if (x != null && y != null && x.key().equals(y.key())) {
            throw new ScenarioException("sweep.y", "sweeps the same hyperparameter '" + x.key() + "' as x");
        }
        SweepColouring colouring = SweepColouring.LOSS;
        if (fields.has("colour")) {
            colouring = SweepColouring.byKey(fields.text("colour"));
            if (colouring == null) {
                throw new ScenarioException("sweep.colour", "expected \"loss\" or \"steps\"");
            }
        }
        return new SweepSpec(x, y, colouring);
    }

    private static SweepAxis axis(JsonFields fields, String key) throws ScenarioException {
        if (!fields.has(key)) {
            return null;
        }
        try {
            return SweepAxis.parse(fields.text(key));
        } catch (IllegalArgumentException e) {
            throw new ScenarioException("sweep." + key, e.getMessage());
        }
    }

    static void write(ObjectNode node, SweepSpec spec) {
        if (spec.x() != null) {
            node.put("x", text(spec.x()));
        }
        if (spec.y() != null) {
            node.put("y", text(spec.y()));
        }
        node.put("colour", spec.colouring().key());
    }

    /** KEY=LO:HI:log|lin:N with the ends printed so that they read back to the same double. */
    static String text(SweepAxis axis) {
        return axis.key() + "=" + axis.lo() + ":" + axis.hi() + ":" + (axis.log() ? "log" : "lin") + ":" + axis.n();
    }
}
