package org.optiviz.cli;

import org.optiviz.io.export.Exports;

/** The size checks of a picture a command draws, with the same limits as render's. */
final class PictureChecks {
    private PictureChecks() {
    }

    static void size(int width, int height) {
        for (int side : new int[] {width, height}) {
            if (side < PictureOptions.MIN_SIDE || side > PictureOptions.MAX_SIDE) {
                throw new UsageException((side == width ? "--width: " : "--height: ") + side + " is outside "
                        + PictureOptions.MIN_SIDE + ".." + PictureOptions.MAX_SIDE);
            }
        }
        String problem = Exports.sizeProblem(width, height, Exports.MAX_PIXELS);
        if (problem != null) {
            throw new UsageException("--width " + width + " --height " + height + ": " + problem);
        }
    }
}
