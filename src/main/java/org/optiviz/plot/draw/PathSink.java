package org.optiviz.plot.draw;

/**
 * Receives an outline as pen moves, so that the back ends share how a path is walked: Java2D's Path2D and
 * JavaFX's GraphicsContext take the moves as they are, SVG writes them as path data.
 */
public interface PathSink {
    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void closePath();

    /** One pen move to a point. */
    @FunctionalInterface
    interface Move {
        void to(double x, double y);
    }

    /** A sink from three moves, typically method references such as {@code path::moveTo}. */
    static PathSink of(Move moveTo, Move lineTo, Runnable closePath) {
        return new PathSink() {
            @Override
            public void moveTo(double x, double y) {
                moveTo.to(x, y);
            }

            @Override
            public void lineTo(double x, double y) {
                lineTo.to(x, y);
            }

            @Override
            public void closePath() {
                closePath.run();
            }
        };
    }
}
