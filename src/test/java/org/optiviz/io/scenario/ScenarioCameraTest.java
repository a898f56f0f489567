package org.optiviz.io.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.optiviz.plot.surface3d.Camera;
import org.optiviz.plot.view.Layout;

/** A scenario's 3D layouts and camera in its JSON. */
class ScenarioCameraTest {
    private static final ScenarioJson JSON = ScenarioJson.standard();

    private static String file(String extra) {
        return "{\"version\": 1, \"surface\": \"rosenbrock\"" + extra + "}";
    }

    @Test
    void layoutAndCameraAreReadAndWrittenBack() throws Exception {
        Scenario read = JSON.parse(file(", \"layout\": \"3d-grid\", \"camera\": {\"azimuth\": 135, "
                + "\"elevation\": 12.5, \"zoom\": 2}"));
        assertEquals(Layout.GRID_3D, read.layout());
        assertEquals(new Camera(135, 12.5, 2), read.camera());
        String written = ScenarioJson.toJson(read);
        assertTrue(written.contains("\"layout\": \"3d-grid\""), written);
        assertTrue(written.contains("\"azimuth\": 135"), written);
        assertEquals(read, JSON.parse(written));
    }

    @Test
    void aMissingCameraOrPartIsTheDefaultsAndTheDefaultIsNotWritten() throws Exception {
        Scenario plain = JSON.parse(file(", \"layout\": \"3d\""));
        assertEquals(Camera.DEFAULT, plain.camera());
        assertFalse(ScenarioJson.toJson(plain).contains("camera"));
        assertEquals(new Camera(-60, 30, 3), JSON.parse(file(", \"camera\": {\"zoom\": 3}")).camera());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"elevation\": 95}|camera.elevation: 95.0 is outside [-90, 90]",
        "{\"zoom\": 0}|camera.zoom: 0.0 is outside [0.25, 8.0]",
        "{\"roll\": 3}|camera.roll: unknown key; allowed here: azimuth, elevation, zoom",
    })
    void aBadCameraIsRefusedByName(String camera, String message) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> JSON.parse(file(", \"camera\": " + camera)));
        assertEquals(message, e.getMessage());
    }

    @Test
    void anUnknownLayoutNamesEveryKnownOne() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> JSON.parse(file(", \"layout\": \"4d\"")));
        assertEquals("layout: unknown layout '4d'; known: overlay, grid, map, sweep, 3d, 3d-grid", e.getMessage());
    }
}
