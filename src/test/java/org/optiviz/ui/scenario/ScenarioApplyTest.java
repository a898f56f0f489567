package org.optiviz.ui.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.Trajectory;
import org.optiviz.io.scenario.BundledLessons;
import org.optiviz.io.scenario.Scenario;
import org.optiviz.plot.Palette;
import org.optiviz.ui.model.MainViewModel;

/** Opening a scenario or a lesson is one apply: the race is derived once, the paths are drawn anew once. */
class ScenarioApplyTest {
    private final AtomicInteger backgroundTasks = new AtomicInteger();
    private final MainViewModel model = new MainViewModel(Palette::color, task -> {
        backgroundTasks.incrementAndGet();
        task.run();
    }, Runnable::run);

    @Test
    void openingALessonRestartsOnceAndReplaysNothing() throws Exception {
        model.stepBy(400);
        model.setParam(model.entry(OptimizerKind.ADAM), "lr", 0.2);
        Scenario lesson = BundledLessons.load("adam-l2-vs-adamw.json", ScenarioActions.JSON);
        AtomicInteger racesDerived = new AtomicInteger();
        AtomicInteger setups = new AtomicInteger();
        AtomicInteger rewrites = new AtomicInteger();
        AtomicInteger backgrounds = new AtomicInteger();
        model.raceProperty().addListener((obs, old, now) -> racesDerived.incrementAndGet());
        model.setupProperty().addListener((obs, old, now) -> setups.incrementAndGet());
        model.redraws().rewriteVersionProperty().addListener((obs, old, now) -> rewrites.incrementAndGet());
        model.redraws().backgroundVersionProperty().addListener((obs, old, now) -> backgrounds.incrementAndGet());
        backgroundTasks.set(0);

        ScenarioBridge.apply(lesson, model);

        assertEquals(1, racesDerived.get(), "one restart: one race derived from the description");
        assertEquals(1, setups.get(), "the description is replaced once");
        assertEquals(1, rewrites.get(), "the paths are drawn anew once (a replay would count too)");
        assertEquals(1, backgrounds.get(), "the background is drawn anew once");
        assertEquals(0, backgroundTasks.get(), "nothing replayed in the background either");
        assertEquals(0, model.getStep());
        assertFalse(model.isPlaying());
        assertEquals(lesson.race().surface(), model.getSurface());
    }

    @Test
    void theScenariosSelectedOptimizerIsSelected() throws Exception {
        Scenario scenario = ScenarioActions.JSON.parse("""
                {"version": 1, "surface": "rosenbrock",
                 "optimizers": [{"key": "sgd"}, {"key": "eve"}], "selected": "eve"}""");
        ScenarioBridge.apply(scenario, model);
        assertEquals(OptimizerKind.EVE, model.getSelected().kind());
        assertEquals(model.entry(OptimizerKind.EVE).index(), ScenarioBridge.capture(model).selected(),
                "a saved scenario keeps the selection");
    }

    @Test
    void aLessonSelectsTheOptimizerItsTextIsAbout() throws Exception {
        ScenarioBridge.apply(BundledLessons.load("eve-loss-feedback.json", ScenarioActions.JSON), model);
        assertEquals(OptimizerKind.EVE, model.getSelected().kind(), "its readout shows αₜ, as the text says");
        ScenarioBridge.apply(BundledLessons.load("adasmooth-beta1-noise.json", ScenarioActions.JSON), model);
        assertEquals(OptimizerKind.ADASMOOTH, model.getSelected().kind(), "its readout shows β₁,ₜ");
    }

    @Test
    void theAppliedRaceStepsAsTheScenarioDescribesBitForBit() throws Exception {
        Scenario lesson = BundledLessons.load("saddle-with-noise.json", ScenarioActions.JSON);
        ScenarioBridge.apply(lesson, model);
        model.stepBy(250);
        Race expected = lesson.race().toRace(true);
        expected.step(250, 250);
        for (var run : expected.runs()) {
            Trajectory want = run.trajectory();
            Trajectory got = model.entry(run.kind()).run().trajectory();
            assertEquals(want.size(), got.size());
            assertArrayEquals(want.xs().copy(0, want.size()), got.xs().copy(0, got.size()));
            assertArrayEquals(want.ys().copy(0, want.size()), got.ys().copy(0, got.size()));
        }
    }
}
