package org.optiviz.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.optiviz.plot.surface3d.Camera;

/**
 * The "camera" object of a scenario: where its 3D layout looks from, {"azimuth": −60, "elevation": 30, "zoom": 1}
 * in degrees; a key left out keeps the default's value.
 */
final class CameraJson {
    private static final List<String> KEYS = List.of("azimuth", "elevation", "zoom");

    private CameraJson() {
    }

    static Camera read(JsonNode node) throws ScenarioException {
        JsonFields fields = JsonFields.of(node, "camera", KEYS);
        double azimuth = fields.number("azimuth", Camera.DEFAULT.azimuth());
        double elevation = fields.number("elevation", Camera.DEFAULT.elevation());
        double zoom = fields.number("zoom", Camera.DEFAULT.zoom());
        if (!Double.isFinite(azimuth)) {
            throw new ScenarioException("camera.azimuth", "must be a finite number of degrees");
        }
        if (!(elevation >= Camera.MIN_ELEVATION && elevation <= Camera.MAX_ELEVATION)) {
            throw new ScenarioException("camera.elevation", elevation + " is outside [" + (int) Camera.MIN_ELEVATION
                    + ", " + (int) Camera.MAX_ELEVATION + "]");
        }
        if (!(zoom >= Camera.MIN_ZOOM && zoom <= Camera.MAX_ZOOM)) {
            throw new ScenarioException("camera.zoom", zoom + " is outside [" + Camera.MIN_ZOOM + ", "
                    + Camera.MAX_ZOOM + "]");
        }
        return new Camera(azimuth, elevation, zoom);
    }

    static void write(ObjectNode node, Camera camera) {
        number(node, "azimuth", camera.azimuth());
        number(node, "elevation", camera.elevation());
        number(node, "zoom", camera.zoom());
    }

    /** Whole numbers as integers (−60 rather than −60.0), others as the shortest exact decimal. */
    private static void number(ObjectNode node, String key, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            node.put(key, (long) value);
        } else {
            node.put(key, value);
        }
    }
}
