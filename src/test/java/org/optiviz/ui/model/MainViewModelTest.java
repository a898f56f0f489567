package org.optiviz.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.InvalidParamException;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.core.race.RunStatus;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.core.surface.ViewBox;

/** The window's state without a window. */
class MainViewModelTest {
    private static final double FRAME = 1 / 60.0;
    private final MainViewModel model = new MainViewModel(kind -> 0xFF000000 | kind.ordinal() * 0x080808);

    @Test
    void startsWithEveryOptimizerVisibleAtStepZero() {
        assertEquals(OptimizerKind.values().length, model.entries().size());
        assertEquals(OptimizerKind.values().length, model.visibleEntries().size());
        assertEquals(0, model.getStep());
        assertEquals(model.getSurface().defaultStart(), model.getStart());
        assertEquals(model.getSurface().defaultView(), model.getView());
        for (OptimizerEntry entry : model.entries()) {
            assertEquals(1, entry.run().trajectory().size());
        }
    }

    @Test
    void belowOneStepPerFrameTheFractionAddsUp() {
        model.setStepsPerSecond(2);
        model.setPlaying(true);
        assertTrue(model.advanceFrame(FRAME), "the first step shows at once");
        assertEquals(1, model.getStep());
        for (int frame = 0; frame < 60; frame++) {
            model.advanceFrame(FRAME);
        }
        assertEquals(3, model.getStep(), "one second at 2 steps/s later");
        model.advanceFrame(5.0);
        assertEquals(3, model.getStep(), "a stalled frame counts as 0.1 s: 0.2 steps, none yet");
        model.setPlaying(false);
        model.advanceFrame(FRAME);
        model.setPlaying(true);
        model.advanceFrame(FRAME);
        assertEquals(4, model.getStep(), "pausing drops the fraction; playing again steps at once");
    }

    @Test
    void playingStepsBySpeedPerFrameAndStopsAtTheLimit() {
        model.setStepsPerSecond(7 * 60);
        model.setStepLimit(20);
        assertFalse(model.advanceFrame(FRAME), "paused: nothing moves");
        model.setPlaying(true);
        assertTrue(model.advanceFrame(FRAME));
        assertEquals(7, model.getStep());
        assertEquals(7, model.entry(OptimizerKind.ADAM).stepProperty().get());
        model.advanceFrame(FRAME);
        model.advanceFrame(FRAME);
        assertEquals(20, model.getStep(), "never past the limit");
        assertFalse(model.isPlaying(), "stops at the limit");
        assertEquals(21, model.entry(OptimizerKind.SGD).run().trajectory().size());
    }

    @Test
    void stepOncePausesAndResetGoesBackToZero() {
        model.setPlaying(true);
        model.stepOnce();
        assertFalse(model.isPlaying());
        assertEquals(1, model.getStep());
        model.reset();
        assertEquals(0, model.getStep());
        assertEquals(1, model.entry(OptimizerKind.EVE).run().trajectory().size());
    }

    @Test
    void replayModeRerunsThePathWithTheNewValue() {
        model.stepBy(50);
        OptimizerEntry sgd = model.entry(OptimizerKind.SGD);
        double before = sgd.run().x();
        model.setParam(sgd, "lr", sgd.getParams().get("lr") / 4);
        assertEquals(50, sgd.run().step(), "replayed up to the current step");
        assertNotEquals(before, sgd.run().x());
        Race fresh = new Race(model.getSurface(), model.getStart(), 0, 0, false);
        var run = fresh.add(OptimizerKind.SGD, sgd.getParams());
        fresh.step(50, 1000);
        assertEquals(run.x(), sgd.run().x(), 0, "same as a run that had the new value from the start");
    }

    @Test
    void continueModeKeepsThePathSoFar() {
        model.liveModeProperty().set(LiveMode.CONTINUE);
        model.stepBy(30);
        OptimizerEntry adam = model.entry(OptimizerKind.ADAM);
        double x = adam.run().x();
        model.setParam(adam, "lr", 0.5);
        assertEquals(x, adam.run().x(), 0, "nothing re-run");
        assertEquals(31, adam.run().trajectory().size());
        assertEquals(0.5, adam.getParams().get("lr"));
    }

    @Test
    void badValuesAreRefusedAndTheOldValueKept() {
        OptimizerEntry adam = model.entry(OptimizerKind.ADAM);
        double beta1 = adam.getParams().get("beta1");
        InvalidParamException e = assertThrows(InvalidParamException.class,
                () -> model.setParam(adam, "beta1", 1.5));
        assertTrue(e.getMessage().contains("outside"), e.getMessage());
        assertEquals(beta1, adam.getParams().get("beta1"));
        assertThrows(IllegalArgumentException.class, () -> model.setStepsPerSecond(0.5));
        assertThrows(IllegalArgumentException.class, () -> model.setStepsPerSecond(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> model.setStepLimit(-5));
        assertThrows(IllegalArgumentException.class, () -> model.setNoise(Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> model.setStart(new Point(Double.POSITIVE_INFINITY, 0)));
        assertThrows(IllegalArgumentException.class, () -> model.setStart(new Point(0, 1e300)));
        assertThrows(IllegalArgumentException.class, () -> model.setStepLimit(MainViewModel.MAX_STEP_LIMIT + 1));
        assertEquals(PlaySpeed.DEFAULT, model.getStepsPerSecond());
    }

    @Test
    void sameForAllAppliesAKeyToEveryOptimizerThatHasIt() {
        model.sameForAllProperty().set(true);
        model.setParam(model.entry(OptimizerKind.RMSPROP), "eps", 1e-4);
        assertEquals(1e-4, model.entry(OptimizerKind.ADAM).getParams().get("eps"));
        assertEquals(1e-4, model.entry(OptimizerKind.EVE).getParams().get("eps"));
        assertFalse(model.entry(OptimizerKind.SGD).getParams().has("eps"));
    }

    @Test
    void startSurfaceAndNoiseRestartEveryRun() {
        model.stepBy(10);
        model.setStart(new Point(1, 1));
        assertEquals(0, model.getStep());
        assertEquals(1, model.entry(OptimizerKind.NAG).run().x());
        model.stepBy(10);
        model.setNoise(0.5, 42);
        assertEquals(0, model.getStep());
        assertEquals(0.5, model.noiseSigmaProperty().get());
        assertEquals(42, model.noiseSeedProperty().get());
        int background = model.redraws().backgroundVersionProperty().get();
        model.setSurface(Surfaces.byKey("rosenbrock"));
        assertEquals(Surfaces.byKey("rosenbrock").defaultStart(), model.getStart());
        assertEquals(Surfaces.byKey("rosenbrock").defaultView(), model.getView());
        assertTrue(model.redraws().backgroundVersionProperty().get() > background);
        assertEquals(OptimizerKind.SGD.defaultsFor(Surfaces.byKey("rosenbrock")).get("lr"),
                model.entry(OptimizerKind.SGD).getParams().get("lr"), "suggested lr follows the surface");
    }

    @Test
    void aLearningRateTheUserSetSurvivesASurfaceChange() {
        OptimizerEntry adam = model.entry(OptimizerKind.ADAM);
        model.setParam(adam, "lr", 0.0123);
        model.setSurface(Surfaces.byKey("beale"));
        assertEquals(0.0123, adam.getParams().get("lr"));
    }

    @Test
    void divergedRunsStopWhileTheOthersGoOn() {
        OptimizerEntry sgd = model.entry(OptimizerKind.SGD);
        model.setParam(sgd, "lr", 100);
        model.stepBy(200);
        assertEquals(RunStatus.DIVERGED, sgd.getStatus());
        assertTrue(sgd.divergedAtProperty().get() > 0);
        assertEquals(200, model.entry(OptimizerKind.ADAM).stepProperty().get());
    }

    @Test
    void viewChangesMarkTheBackgroundAndHidingMarksThePaths() {
        int paths = model.redraws().pathsVersionProperty().get();
        model.entry(OptimizerKind.EVE).setVisible(false);
        assertTrue(model.redraws().pathsVersionProperty().get() > paths);
        assertEquals(OptimizerKind.values().length - 1, model.visibleEntries().size());
        int background = model.redraws().backgroundVersionProperty().get();
        model.setView(new ViewBox(-1, 1, -1, 1));
        assertTrue(model.redraws().backgroundVersionProperty().get() > background);
        model.fitView();
        assertEquals(model.getSurface().defaultView(), model.getView());
    }

    @Test
    void lowerStepLimitTakesRunsBack() {
        model.stepBy(100);
        model.setStepLimit(40);
        assertEquals(40, model.getStep());
        assertEquals(41, model.entry(OptimizerKind.ADAGRAD).run().trajectory().size());
    }

    @Test
    void internalsAreReadAfterEachFrame() {
        OptimizerEntry eve = model.entry(OptimizerKind.EVE);
        assertTrue(Double.isNaN(eve.internalsProperty().get()[0]), "nothing inside before the first step");
        model.stepBy(3);
        assertEquals(eve.run().internal(0), eve.internalsProperty().get()[0]);
        assertEquals("alpha_t", eve.internalNames().get(0));
    }

    @Test
    void fittingTheViewLeavesTheRaceAlone() {
        model.stepBy(50);
        Race race = model.race();
        model.setView(new ViewBox(-1, 1, -1, 1));
        model.fitView();
        assertEquals(50, model.getStep());
        assertSame(race, model.race());
    }

    @Test
    void aMomentPutsBackTheVeryRaceItWasTakenFrom() {
        model.stepBy(30);
        Race race = model.race();
        Point start = model.getStart();
        RaceMoment before = model.moment();
        model.setStart(new Point(1, 1));
        assertEquals(0, model.getStep());
        model.restore(before);
        assertEquals(30, model.getStep());
        assertSame(race, model.race());
        assertEquals(start, model.getStart());
        assertEquals(30, model.entry(OptimizerKind.NAG).stepProperty().get(), "entries follow the race put back");
    }

    @Test
    void afterALessonAnotherSurfaceBringsItsDefaultRace() {
        model.setParam(model.entry(OptimizerKind.SGD), "lr", 0.0005);
        model.setStepsPerSecond(5);
        model.entry(OptimizerKind.ADAM).setVisible(false);
        model.lessonOpenProperty().set(true);
        var beale = Surfaces.byKey("beale");
        model.setSurface(beale);
        assertEquals(RaceSetup.defaults(beale, List.of(OptimizerKind.values())), model.getSetup());
        assertEquals(PlaySpeed.DEFAULT, model.getStepsPerSecond());
        assertTrue(model.entry(OptimizerKind.ADAM).isVisible());
        assertFalse(model.lessonOpenProperty().get(), "the lesson is over");
    }

    @Test
    void aStateThatDoesNotFitTheWindowIsRefusedWholesale() {
        RaceSetup before = model.getSetup();
        RaceSetup two = new RaceSetup(before.surface(), before.start(), 0, 0, before.runs().subList(0, 2));
        List<RunLook> looks = List.of(new RunLook(true, 0xFF000000), new RunLook(true, 0xFF000000));
        assertThrows(IllegalArgumentException.class, () -> model.apply(two, before.surface().defaultView(), looks));
        assertSame(before, model.getSetup());
    }
}
