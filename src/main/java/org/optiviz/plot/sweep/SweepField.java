package org.optiviz.plot.sweep;

import java.util.List;
import org.optiviz.core.batch.Sweep;
import org.optiviz.core.surface.Point;
import org.optiviz.plot.Field;

/**
 * A sweep heat map as the field of a scene: the sweep's cells and everything its picture needs (the loss at the
 * start for the top colour, the floor, the colouring, theory's boundary when there is one, the title and the
 * words). It is no field of the plane: {@link org.optiviz.plot.PlotComposer} draws it with {@link
 * org.optiviz.plot.SweepPicture} in place of contours, in the window and in every export alike.
 *
 * @param theory null when theory draws no boundary for this sweep
 */
public record SweepField(Sweep sweep, double floor, double startLoss, SweepColouring colouring, TheoryBoundary theory,
                         String title, SweepWords words) implements Field {
    @Override
    public double value(double x, double y) {
        return Double.NaN;
    }

    @Override
    public List<Point> marks() {
        return List.of();
    }

    @Override
    public String name() {
        return title;
    }

    @Override
    public String formula() {
        return "";
    }

    /** Cells are equal when computed for the same request: the window redraws only when a new sweep arrives. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SweepField other && sweep == other.sweep && colouring == other.colouring
                && java.util.Objects.equals(theory, other.theory) && title.equals(other.title)
                && words.equals(other.words) && Double.compare(floor, other.floor) == 0
                && Double.compare(startLoss, other.startLoss) == 0;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(sweep) * 31 + colouring.hashCode();
    }
}
