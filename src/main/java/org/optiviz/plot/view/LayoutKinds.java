package org.optiviz.plot.view;

/**
 * The layouts as two independent choices, as the window's buttons and the command line's flags offer them: one
 * plot or one per run (grid), and flat contours or a 3D surface.
 */
public final class LayoutKinds {
    private LayoutKinds() {
    }

    public static boolean is3d(Layout layout) {
        return layout == Layout.SURFACE_3D || layout == Layout.GRID_3D;
    }

    public static boolean isGrid(Layout layout) {
        return layout == Layout.GRID || layout == Layout.GRID_3D;
    }

    /** The layout with one plot per run or not, in 3D or not. */
    public static Layout of(boolean grid, boolean threeD) {
        if (threeD) {
            return grid ? Layout.GRID_3D : Layout.SURFACE_3D;
        }
        return grid ? Layout.GRID : Layout.OVERLAY;
    }

    /** This layout turned to 3D or flat, keeping grid or not. */
    public static Layout with3d(Layout layout, boolean threeD) {
        return of(isGrid(layout), threeD);
    }

    /** This layout as a grid or one plot, keeping 3D or flat. */
    public static Layout withGrid(Layout layout, boolean grid) {
        return of(grid, is3d(layout));
    }
}
