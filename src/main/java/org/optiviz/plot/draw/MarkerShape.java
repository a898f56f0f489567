package org.optiviz.plot.draw;

/** Marker outlines as polygons around (0, 0) for a marker of size 1 (its width), except the circle. */
public enum MarkerShape {
    CIRCLE(new double[0]),
    SQUARE(new double[] {-0.5, -0.5, 0.5, -0.5, 0.5, 0.5, -0.5, 0.5}),
    DIAMOND(new double[] {0, -0.6, 0.6, 0, 0, 0.6, -0.6, 0}),
    TRIANGLE(new double[] {0, -0.6, 0.55, 0.4, -0.55, 0.4}),
    /** A ✕ with arms 0.22 wide, as one polygon so it can be filled and outlined like the others. */
    CROSS(cross(0.62, 0.13)),
    STAR(star(0.62, 0.26));

    private final double[] unitPolygon;

    MarkerShape(double[] unitPolygon) {
        this.unitPolygon = unitPolygon;
    }

    /** Polygon vertices (x0, y0, x1, y1, …) for a marker of this size centred on (cx, cy); empty for CIRCLE. */
    public double[] polygon(double cx, double cy, double size) {
        double[] out = new double[unitPolygon.length];
        for (int i = 0; i < out.length; i += 2) {
            out[i] = cx + unitPolygon[i] * size;
            out[i + 1] = cy + unitPolygon[i + 1] * size;
        }
        return out;
    }

    /** Walks the polygon for a marker of this size centred on (cx, cy) as a move, lines and a close. */
    public void trace(double cx, double cy, double size, PathSink sink) {
        double[] p = polygon(cx, cy, size);
        sink.moveTo(p[0], p[1]);
        for (int i = 2; i < p.length; i += 2) {
            sink.lineTo(p[i], p[i + 1]);
        }
        sink.closePath();
    }

    private static double[] cross(double r, double h) {
        // A plus sign with arms of half-width h reaching r, turned by 45 degrees.
        double[] plus = {h, -r, h, -h, r, -h, r, h, h, h, h, r, -h, r, -h, h, -r, h, -r, -h, -h, -h, -h, -r};
        double c = Math.sqrt(0.5);
        double[] p = new double[plus.length];
        for (int i = 0; i < plus.length; i += 2) {
            p[i] = c * (plus[i] - plus[i + 1]);
            p[i + 1] = c * (plus[i] + plus[i + 1]);
        }
        return p;
    }

    private static double[] star(double outer, double inner) {
        double[] p = new double[20];
        for (int k = 0; k < 10; k++) {
            double angle = -Math.PI / 2 + k * Math.PI / 5;
            double radius = k % 2 == 0 ? outer : inner;
            p[2 * k] = radius * Math.cos(angle);
            p[2 * k + 1] = radius * Math.sin(angle);
        }
        return p;
    }
}
