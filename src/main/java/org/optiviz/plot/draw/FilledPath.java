package org.optiviz.plot.draw;

/**
 * Closed rings filled together with the even-odd rule, so a ring inside another makes a hole. Ring r holds
 * the points from {@code ringEnds[r-1]} (or 0) up to {@code ringEnds[r]} (exclusive) of {@code xy}
 * (x0, y0, x1, y1, …). Arrays are shared, not copied.
 */
public record FilledPath(double[] xy, int[] ringEnds, int fillArgb, String role) implements Item {
    public FilledPath {
        int last = ringEnds.length == 0 ? 0 : ringEnds[ringEnds.length - 1];
        if (xy.length < 2 * last) {
            throw new IllegalArgumentException("filled path ends past its coordinates");
        }
    }

    public int ringStart(int ring) {
        return ring == 0 ? 0 : ringEnds[ring - 1];
    }

    @Override
    public void accept(ItemVisitor visitor) {
        visitor.filledPath(this);
    }
}
