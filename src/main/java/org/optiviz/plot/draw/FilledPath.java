package org.optiviz.plot.draw;

import java.util.Arrays;

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

    /** Walks every ring of three points or more (fewer enclose nothing) as a move, lines and a close. */
    public void trace(PathSink sink) {
        for (int r = 0; r < ringEnds.length; r++) {
            int start = ringStart(r);
            int end = ringEnds[r];
            if (end - start < 3) {
                continue;
            }
            sink.moveTo(xy[2 * start], xy[2 * start + 1]);
            for (int i = start + 1; i < end; i++) {
                sink.lineTo(xy[2 * i], xy[2 * i + 1]);
            }
            sink.closePath();
        }
    }

    @Override
    public void accept(ItemVisitor visitor) {
        visitor.filledPath(this);
    }

    /** Equal when they fill the same rings (the points in use) in the same colour. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FilledPath p) || fillArgb != p.fillArgb || !role.equals(p.role)
                || !Arrays.equals(ringEnds, p.ringEnds)) {
            return false;
        }
        int used = 2 * (ringEnds.length == 0 ? 0 : ringEnds[ringEnds.length - 1]);
        return Arrays.equals(xy, 0, used, p.xy, 0, used);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * fillArgb + role.hashCode()) + Arrays.hashCode(ringEnds);
    }
}
