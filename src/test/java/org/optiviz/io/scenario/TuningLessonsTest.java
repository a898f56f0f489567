package org.optiviz.io.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optiviz.core.batch.LrTuning;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.core.race.RaceSetup.RunSetup;
import org.optiviz.core.race.RunStatus;
import org.optiviz.plot.view.Layout;

/**
 * The numbers the lessons on sweeps and tuning state, measured: what tuning picks and the losses before and after,
 * and what the heavy-ball sweep shows.
 */
class TuningLessonsTest {
    private static final ScenarioJson JSON = new ScenarioJson(kind -> 0x336699);

    @Test
    void theFairRaceLessonsNumbersAreWhatTuningPicksAndWhatTheRaceThenDoes() throws ScenarioException {
        Scenario lesson = BundledLessons.load("fair-race-tuned.json", JSON);
        RaceSetup setup = lesson.race();
        int steps = (int) lesson.stepLimit();
        assertEquals(100, steps);
        assertEquals(List.of(0.4, 0.05, 0.05, 0.1, 0.1),
                setup.runs().stream().map(r -> r.params().get("lr")).toList(), "the suggested lrs");
        assertEquals(List.of(1.4e-7, 4.7e-7, 8.2e-5, 4.8e-3, 2.9e-4), rounded(finalLosses(setup, steps),
                List.of(0, 2, 1, 3, 4)));
        List<RunSetup> tuned = new ArrayList<>();
        List<Double> chosen = new ArrayList<>();
        for (RunSetup run : setup.runs()) {
            LrTuning tuning = LrTuning.compute(setup.surface(), 0, 0, false, run.kind(), run.params(), setup.start(),
                    setup.surface().defaultView(), steps, 2, () -> false, (done, total) -> { });
            chosen.add(Double.parseDouble(String.format(java.util.Locale.ROOT, "%.3g", tuning.chosenLr())));
            tuned.add(new RunSetup(run.kind(), run.params().with("lr", tuning.chosenLr())));
        }
        assertEquals(List.of(0.316, 0.0178, 0.316, 0.1, 1.78), chosen, "SGD, Momentum, NAG, RMSProp, Adam");
        RaceSetup after = new RaceSetup(setup.surface(), setup.start(), 0, 0, tuned);
        // NAG, SGD, Adam, Momentum, RMSProp as the text orders them
        assertEquals(List.of(8.1e-8, 5.3e-6, 1.4e-5, 6.9e-5, 4.8e-3), rounded(finalLosses(after, steps),
                List.of(2, 0, 4, 1, 3)));
        String text = lesson.lesson().explanation().en();
        for (String stated : List.of("0.316", "0.0178", "1.78", "8.1·10⁻⁸", "5.3·10⁻⁶", "1.4·10⁻⁵", "6.9·10⁻⁵",
                "1.4·10⁻⁷", "4.7·10⁻⁷", "8.2·10⁻⁵", "2.9·10⁻⁴", "4.8·10⁻³")) {
            assertTrue(text.contains(stated), stated);
        }
    }

    @Test
    void theHeavyBallLessonOpensTheSweepOfMomentumOnTheEllipsoid() throws ScenarioException {
        Scenario lesson = BundledLessons.load("momentum-region-ellipsoid.json", JSON);
        assertEquals(Layout.SWEEP, lesson.layout());
        assertEquals("momentum", lesson.race().runs().get(lesson.selected()).kind().key());
        assertEquals("lr", lesson.sweep().x().key());
        assertEquals("momentum", lesson.sweep().y().key());
    }

    private static double[] finalLosses(RaceSetup setup, int steps) {
        Race race = setup.toRace(true);
        race.step(steps, steps);
        double floor = setup.surface().floor();
        double[] losses = new double[race.runs().size()];
        for (int i = 0; i < losses.length; i++) {
            assertTrue(race.runs().get(i).status() != RunStatus.DIVERGED);
            losses[i] = race.runs().get(i).trajectory().loss(steps) - floor;
        }
        return losses;
    }

    /** The losses in this order, to two significant digits. */
    private static List<Double> rounded(double[] losses, List<Integer> order) {
        return order.stream().map(i -> Double.parseDouble(String.format(java.util.Locale.ROOT, "%.2g",
                losses[i]))).toList();
    }
}
