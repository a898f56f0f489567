package org.optiviz.plot;

import org.optiviz.plot.draw.FilledPath;

/**
 * A straight arrow as one filled polygon (shaft and head), so every back end fills it alike and the window's
 * layers, which stroke only paths, never mistake it for one.
 */
final class ArrowShape {
    private ArrowShape() {
    }

    /**
     * The arrow from (x0, y0) to the tip (x1, y1) in pixels, its shaft {@code width} wide; a halo is the same call
     * with a wider shaft and {@code grow} pixels more around the head. Null when shorter than half a pixel.
     */
    static FilledPath of(double x0, double y0, double x1, double y1, double width, double grow, int argb,
                         String role) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double length = Math.hypot(dx, dy);
        if (!(length >= 0.5)) {
            return null;
        }
        double ux = dx / length;
        double uy = dy / length;
        double nx = -uy;
        double ny = ux;
        // The head keeps its shape on long arrows and shrinks with short ones so it never outgrows them.
        double head = Math.min(4.2 * (width - 2 * grow), 0.45 * length) + grow;
        double wing = 0.55 * head + grow;
        double half = width / 2;
        double tipX = x1 + ux * grow;
        double tipY = y1 + uy * grow;
        double baseX = x0 - ux * grow;
        double baseY = y0 - uy * grow;
        double neckX = tipX - ux * head;
        double neckY = tipY - uy * head;
        double[] xy = {
            baseX + nx * half, baseY + ny * half,
            neckX + nx * half, neckY + ny * half,
            neckX + nx * wing, neckY + ny * wing,
            tipX, tipY,
            neckX - nx * wing, neckY - ny * wing,
            neckX - nx * half, neckY - ny * half,
            baseX - nx * half, baseY - ny * half};
        return new FilledPath(xy, new int[] {7}, argb, role);
    }
}
