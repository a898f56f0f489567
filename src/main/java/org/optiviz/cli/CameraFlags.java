package org.optiviz.cli;

import org.optiviz.io.scenario.Scenario;
import org.optiviz.plot.surface3d.Camera;
import org.optiviz.plot.view.LayoutKinds;

/** --azimuth, --elevation and --zoom: the camera of a 3D view, each replacing the scenario's when given. */
final class CameraFlags {
    private CameraFlags() {
    }

    /** The scenario seen through the camera with the given parts replaced (null keeps the scenario's). */
    static Scenario apply(Scenario scenario, Double azimuth, Double elevation, Double zoom) {
        if (azimuth == null && elevation == null && zoom == null) {
            return scenario;
        }
        String flag = azimuth != null ? "--azimuth" : elevation != null ? "--elevation" : "--zoom";
        if (!LayoutKinds.is3d(scenario.layout())) {
            throw new UsageException(flag + ": only the 3D view has a camera; add --view 3d");
        }
        Camera now = scenario.camera();
        double az = azimuth != null ? azimuth : now.azimuth();
        double el = elevation != null ? elevation : now.elevation();
        double z = zoom != null ? zoom : now.zoom();
        check("--azimuth", Camera.problem(az, now.elevation(), now.zoom()));
        check("--elevation", Camera.problem(now.azimuth(), el, now.zoom()));
        check("--zoom", Camera.problem(now.azimuth(), now.elevation(), z));
        return scenario.withCamera(new Camera(az, el, z));
    }

    private static void check(String flag, String problem) {
        if (problem != null) {
            throw new UsageException(flag + ": " + problem);
        }
    }
}
