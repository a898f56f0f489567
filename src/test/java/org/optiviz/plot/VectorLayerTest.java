package org.optiviz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optiviz.core.inspect.StepVectors;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.Run;
import org.optiviz.core.surface.Ellipsoid;
import org.optiviz.plot.draw.ClipGroup;
import org.optiviz.plot.draw.FilledPath;
import org.optiviz.plot.draw.Item;
import org.optiviz.plot.draw.Marker;
import org.optiviz.plot.draw.SvgRenderer;
import org.optiviz.plot.draw.TextLabel;

/** The arrows as drawn: where they point, how long they are, and the factor the key states. */
class VectorLayerTest {
    private static PlotRequest request(Race race) {
        List<VectorOverlay.RunVectors> vectors = new ArrayList<>();
        for (Run run : race.runs()) {
            vectors.add(new VectorOverlay.RunVectors(run.kind().key(), StepVectors.of(run)));
        }
        return PlotRequest.of(new Ellipsoid(), 800, 600).withRuns(PlotFixtures.traces(race))
                .withVectors(VectorOverlay.all(vectors));
    }

    private static List<Item> flat(List<Item> items) {
        List<Item> out = new ArrayList<>();
        for (Item item : items) {
            if (item instanceof ClipGroup group) {
                out.addAll(flat(group.items()));
            } else {
                out.add(item);
            }
        }
        return out;
    }

    private static FilledPath arrow(List<Item> items, String role) {
        return (FilledPath) items.stream().filter(i -> i instanceof FilledPath p && p.role().equals(role))
                .findFirst().orElseThrow();
    }

    /** The tip is the polygon's fourth point, the base the middle of its first and last. */
    private static double[] tipAndBase(FilledPath p) {
        double[] xy = p.xy();
        return new double[] {xy[6], xy[7], (xy[0] + xy[12]) / 2, (xy[1] + xy[13]) / 2};
    }

    @Test
    void momentumArrowsCloseTheirTriangleAtTheCurrentPointAndTheLongestHasTheSetLength() {
        Race race = PlotFixtures.race(new Ellipsoid(), 3, OptimizerKind.MOMENTUM);
        PlotRequest r = request(race);
        ViewTransform t = PlotComposer.transform(r);
        List<Item> items = flat(PlotComposer.trajectories(r, t).items());
        Run run = race.runs().get(0);
        double[] step = tipAndBase(arrow(items, "vector-step"));
        double[] momentum = tipAndBase(arrow(items, "vector-momentum"));
        double[] gradient = tipAndBase(arrow(items, "vector-gradient"));
        assertEquals(t.toPixelX(run.x()), step[0], 1e-9);
        assertEquals(t.toPixelY(run.y()), step[1], 1e-9);
        // The momentum starts where the step starts; the gradient part goes from its tip to the current point.
        assertEquals(step[2], momentum[2], 1e-9);
        assertEquals(step[3], momentum[3], 1e-9);
        assertEquals(momentum[0], gradient[2], 1e-9);
        assertEquals(momentum[1], gradient[3], 1e-9);
        assertEquals(step[0], gradient[0], 1e-9);
        assertEquals(step[1], gradient[1], 1e-9);
        double longest = 0;
        for (double[] a : List.of(step, momentum, gradient)) {
            longest = Math.max(longest, Math.hypot(a[0] - a[2], a[1] - a[3]));
        }
        PixelRect area = t.area();
        assertEquals(VectorOverlay.LONGEST_FRACTION * Math.min(area.width(), area.height()), longest, 1e-9);
        // The key states the factor: drawn length over true length in pixels.
        StepVectors v = StepVectors.of(run);
        double k = VectorLayer.factor(r.vectors(), t);
        double trueStep = Math.hypot(v.step()[0] * t.scaleX(), v.step()[1] * t.scaleY());
        assertEquals(k * trueStep, Math.hypot(step[0] - step[2], step[1] - step[3]), 1e-9);
        assertTrue(items.stream().anyMatch(i -> i instanceof TextLabel l && l.role().equals("vector-scale")
                && l.text().equals("arrows ×" + VectorLayer.factorText(k))));
    }

    @Test
    void onlyTheKindsThatAreOnAreDrawnAndNagMarksItsLookAhead() {
        Race race = PlotFixtures.race(new Ellipsoid(), 4, OptimizerKind.NAG, OptimizerKind.ADAM);
        PlotRequest all = request(race);
        List<Item> items = flat(PlotComposer.compose(all).items());
        assertTrue(items.stream().anyMatch(i -> i instanceof Marker m && m.role().equals("vector-lookahead")));
        assertTrue(items.stream().anyMatch(i -> i.toString().contains("vector-box")));
        VectorOverlay only = all.vectors();
        PlotRequest stepsOnly = all.withVectors(new VectorOverlay(only.runs(), false, false, true, false, false,
                null));
        List<Item> fewer = flat(PlotComposer.compose(stepsOnly).items());
        assertTrue(fewer.stream().anyMatch(i -> i instanceof FilledPath p && p.role().equals("vector-step")));
        assertFalse(fewer.stream().anyMatch(i -> i instanceof FilledPath p && p.role().equals("vector-gradient")));
        assertFalse(fewer.stream().anyMatch(i -> i instanceof Marker m && m.role().equals("vector-lookahead")));
        String svg = SvgRenderer.render(PlotComposer.compose(all));
        assertTrue(svg.contains("class=\"vector-step\"") && svg.contains("class=\"vector-momentum\""));
    }

    @Test
    void withoutArrowsNothingChanges() {
        Race race = PlotFixtures.race(new Ellipsoid(), 4, OptimizerKind.SGD);
        PlotRequest plain = PlotRequest.of(new Ellipsoid(), 800, 600).withRuns(PlotFixtures.traces(race));
        assertEquals(SvgRenderer.render(PlotComposer.compose(plain)),
                SvgRenderer.render(PlotComposer.compose(plain.withVectors(null))));
        assertFalse(SvgRenderer.render(PlotComposer.compose(plain)).contains("vector-"));
    }
}
