package org.optiviz.plot.surface3d;

/**
 * Where the 3D view looks from, as matplotlib's mplot3d names it: the azimuth (degrees about the vertical axis,
 * 0 looking along −x towards the origin from +x), the elevation (degrees above the x-y plane, 90 straight down)
 * and a zoom (1 fits the whole box whatever the angles).
 */
public record Camera(double azimuth, double elevation, double zoom) {
    /** mplot3d's default angles: the surface seen from the front left, a little from above. */
    public static final Camera DEFAULT = new Camera(-60, 30, 1);
    public static final double MIN_ELEVATION = -90;
    public static final double MAX_ELEVATION = 90;
    public static final double MIN_ZOOM = 0.25;
    public static final double MAX_ZOOM = 8;

    public Camera {
        String problem = problem(azimuth, elevation, zoom);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        azimuth = normalized(azimuth);
    }

    /** Why these numbers make no camera (one line naming the bad one), or null. */
    public static String problem(double azimuth, double elevation, double zoom) {
        if (!Double.isFinite(azimuth)) {
            return "azimuth must be a finite number of degrees, got " + azimuth;
        }
        if (!(elevation >= MIN_ELEVATION && elevation <= MAX_ELEVATION)) {
            return "elevation " + elevation + " is outside " + (int) MIN_ELEVATION + ".." + (int) MAX_ELEVATION
                    + " degrees";
        }
        if (!(zoom >= MIN_ZOOM && zoom <= MAX_ZOOM)) {
            return "zoom " + zoom + " is outside " + MIN_ZOOM + ".." + MAX_ZOOM;
        }
        return null;
    }

    /** Turned by these degrees about the vertical axis and up; the elevation stops at straight up or down. */
    public Camera orbit(double degreesAround, double degreesUp) {
        double el = Math.max(MIN_ELEVATION, Math.min(MAX_ELEVATION, elevation + degreesUp));
        return new Camera(azimuth + degreesAround, el, zoom);
    }

    /** Zoomed by this factor (above 1 enlarges), kept within the zoom limits. */
    public Camera zoomedBy(double factor) {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            return this;
        }
        return new Camera(azimuth, elevation, Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor)));
    }

    /** The angle in (−180, 180]. */
    private static double normalized(double degrees) {
        double a = degrees % 360;
        if (a > 180) {
            a -= 360;
        } else if (a <= -180) {
            a += 360;
        }
        return a == -0.0 ? 0 : a;
    }
}
