package org.optiviz.ui.model;

import java.util.List;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.ViewBox;

/**
 * Functions to start from in the "Your own f(x, y)" editor, each with a view and a start that show it well: from
 * the start every optimizer at its suggested settings moves visibly and none diverges within the default steps.
 */
public final class FunctionExamples {
    /** One example: its name's message key, the text as a user would type it, its view and its start. */
    public record Example(String key, String text, ViewBox view, Point start) {
    }

    /** In the order the editor offers them. */
    public static final List<Example> ALL = List.of(
            new Example("example.booth", "(x + 2y - 7)^2 + (2x + y - 5)^2", new ViewBox(-5, 7, -3, 9),
                    new Point(-4, -2)),
            new Example("example.matyas", "0.26(x^2 + y^2) - 0.48x y", new ViewBox(-10, 10, -10, 10),
                    new Point(-8, -2)),
            new Example("example.threeHumpCamel", "2x^2 - 1.05x^4 + x^6/6 + x y + y^2", new ViewBox(-2.5, 2.5, -2.5,
                    2.5), new Point(-2.2, 1.6)),
            new Example("example.sixHumpCamel", "(4 - 2.1x^2 + x^4/3)x^2 + x y + (4y^2 - 4)y^2",
                    new ViewBox(-2.2, 2.2, -1.3, 1.3), new Point(-1.9, 1.1)),
            new Example("example.goldsteinPrice", "(1 + (x + y + 1)^2 (19 - 14x + 3x^2 - 14y + 6x y + 3y^2))"
                    + " * (30 + (2x - 3y)^2 (18 - 32x + 12x^2 + 48y - 36x y + 27y^2))",
                    new ViewBox(-2, 2, -2, 2), new Point(-1.2, 1.3)),
            new Example("example.ring", "(x^2 + y^2 - 1)^2", new ViewBox(-2, 2, -2, 2), new Point(1.6, 1.3)),
            new Example("example.rotatedEllipsoid",
                    "0.5(x cos(pi/6) + y sin(pi/6))^2 + 5(y cos(pi/6) - x sin(pi/6))^2",
                    new ViewBox(-3, 3, -3, 3), new Point(-2.5, 2)));

    private FunctionExamples() {
    }
}
