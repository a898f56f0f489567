package org.optiviz.io.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.Run;
import org.optiviz.core.race.RunStatus;
import org.optiviz.core.race.Trajectory;

/** Every bundled lesson opens, is bilingual, and still shows what its explanation says. */
class BundledLessonsTest {
    private static final ScenarioJson JSON = new ScenarioJson(kind -> 0x336699);

    private static Race raced(String name) throws ScenarioException {
        Scenario lesson = BundledLessons.load(name, JSON);
        Race race = lesson.race().toRace(true);
        race.step((int) lesson.stepLimit(), lesson.stepLimit());
        return race;
    }

    private static Run run(Race race, OptimizerKind kind) {
        return race.runs().stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
    }

    /** The first step at which the condition holds on the recorded path, or −1. */
    private static int firstStep(Run run, java.util.function.IntPredicate condition) {
        for (int step = 0; step < run.trajectory().size(); step++) {
            if (condition.test(step)) {
                return step;
            }
        }
        return -1;
    }

    @Test
    void everyLessonOpensWithBothLanguages() throws ScenarioException {
        List<String> names = BundledLessons.names();
        assertEquals(15, names.size());
        for (String name : names) {
            Scenario lesson = BundledLessons.load(name, JSON);
            assertNotNull(lesson.lesson(), name);
            for (LocalizedText text : List.of(lesson.lesson().title(), lesson.lesson().explanation())) {
                assertNotNull(text.zhCn(), name + " has Chinese text");
                assertTrue(text.in(Locale.SIMPLIFIED_CHINESE).codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF),
                        name);
                assertTrue(text.en().codePoints().noneMatch(c -> c >= 0x4E00 && c <= 0x9FFF), name);
            }
            assertTrue(lesson.lesson().explanation().en().length() < 700, name + " stays short");
            assertEquals(lesson, JSON.parse(ScenarioJson.toJson(lesson)), name + " round-trips");
        }
    }

    @Test
    void momentumCrossesTheRavineFasterThanSgdAtTheSameRate() throws ScenarioException {
        Race race = raced("ravine-sgd-momentum.json");
        Run sgd = run(race, OptimizerKind.SGD);
        Run momentum = run(race, OptimizerKind.MOMENTUM);
        assertEquals(47, firstStep(sgd, s -> sgd.trajectory().loss(s) < 1e-3));
        assertEquals(19, firstStep(momentum, s -> momentum.trajectory().loss(s) < 1e-3));
        assertTrue(sgd.trajectory().y(1) > 0 && sgd.trajectory().y(2) < 0, "SGD zig-zags across the ravine");
    }

    @Test
    void onlyAdamFollowsRosenbrocksValleyToTheEnd() throws ScenarioException {
        Race race = raced("rosenbrock-valley.json");
        assertEquals(-1, run(race, OptimizerKind.SGD).x(), 0.1);
        assertEquals(0.4, run(race, OptimizerKind.MOMENTUM).x(), 0.05);
        Trajectory adam = run(race, OptimizerKind.ADAM).trajectory();
        assertTrue(Math.hypot(1 - adam.x(1000), 1 - adam.y(1000)) < 0.045);
        assertTrue(run(race, OptimizerKind.ADAM).loss() < 1e-9);
    }

    @Test
    void withoutNoiseTheSaddleHoldsEveryoneAndNoiseLetsThemOut() throws ScenarioException {
        for (Run run : raced("saddle-no-noise.json").runs()) {
            Trajectory t = run.trajectory();
            assertEquals(0.0, t.y(t.size() - 1), run.kind().key());
            assertTrue(Math.abs(t.x(t.size() - 1)) < 0.02, run.kind().key() + " ends at the saddle");
        }
        Race noisy = raced("saddle-with-noise.json");
        int adam = escape(run(noisy, OptimizerKind.ADAM));
        int momentum = escape(run(noisy, OptimizerKind.MOMENTUM));
        int sgd = escape(run(noisy, OptimizerKind.SGD));
        assertTrue(adam > 0 && adam < 50, "Adam within 50 steps: " + adam);
        assertTrue(momentum > 120 && momentum < 180, "Momentum around 150: " + momentum);
        assertTrue(sgd > 200 && sgd < 280, "SGD around 250: " + sgd);
    }

    private static int escape(Run run) {
        return firstStep(run, s -> Math.abs(run.trajectory().y(s)) > 0.3);
    }

    @Test
    void adagradsStepShrinksWhileRmspropArrives() throws ScenarioException {
        Race race = raced("adagrad-dying-step.json");
        Trajectory adagrad = run(race, OptimizerKind.ADAGRAD).trajectory();
        int stepX = OptimizerKind.ADAGRAD.internals().indexOf("step_x");
        assertEquals(0.1, adagrad.internal(1, stepX), 1e-6);
        assertTrue(adagrad.internal(400, stepX) < 0.01);
        assertTrue(adagrad.x(400) < -1.7);
        Trajectory rmsprop = run(race, OptimizerKind.RMSPROP).trajectory();
        assertTrue(Math.hypot(rmsprop.x(400), rmsprop.y(400)) < 0.1);
    }

    @Test
    void l2MovesAdamOffTheMinimumWhileAdamwStays() throws ScenarioException {
        Race race = raced("adam-l2-vs-adamw.json");
        Trajectory adam = run(race, OptimizerKind.ADAM).trajectory();
        Trajectory adamw = run(race, OptimizerKind.ADAMW).trajectory();
        assertEquals(0.998, adam.x(1), 1e-6, "a full-size first step from a zero gradient");
        assertEquals(0.9996, adamw.x(1), 1e-6, "AdamW only decays by lr·λ·θ");
        int last = adam.size() - 1;
        assertEquals(0.81, adam.x(last), 0.01);
        assertEquals(0.66, adam.y(last), 0.01);
        assertTrue(Math.hypot(1 - adamw.x(last), 1 - adamw.y(last)) < 0.03);
    }

    /** The lesson races AdaSmooth's two β₁ maps side by side; what its text says of each, without and with noise. */
    @Test
    void adasmoothsTwoBetaMapsAsTheLessonDescribesThem() throws ScenarioException {
        Scenario lesson = BundledLessons.load("adasmooth-beta1-noise.json", JSON);
        int beta = OptimizerKind.ADASMOOTH.internals().indexOf("beta1_t");
        assertEquals(0, lesson.noise().sigma(), "the lesson opens without noise");
        Race quiet = raced("adasmooth-beta1-noise.json");
        Trajectory seed = quiet.runs().get(0).trajectory();
        Trajectory full = quiet.runs().get(1).trajectory();
        assertEquals(0.7495, seed.internal(1, beta), 1e-9);
        assertEquals(0.75, seed.internal(300, beta), 0.01, "seed: about the middle of [0.5, 0.999]");
        assertTrue(Math.hypot(seed.x(300), seed.y(300)) < 1e-6, "seed: into the minimum");
        double farthest = 0;
        for (int step = 0; step <= 300; step++) {
            farthest = Math.max(farthest, full.x(step));
            assertTrue(full.x(step) >= lesson.view().xMin() && full.x(step) <= lesson.view().xMax()
                    && full.y(step) >= lesson.view().yMin() && full.y(step) <= lesson.view().yMax(),
                    "the view holds the full map's swing, step " + step);
        }
        assertTrue(full.internal(300, beta) > 0.99, "full: climbs to β₁max");
        assertEquals(8, farthest, 0.5, "full: out to x ≈ 8");

        Race noisy = lesson.race().withNoise(1, lesson.noise().seed()).toRace(true);
        noisy.step(300, 300);
        Trajectory seedNoisy = noisy.runs().get(0).trajectory();
        Trajectory fullNoisy = noisy.runs().get(1).trajectory();
        assertEquals(0.5, seedNoisy.internal(15, beta), 0.03, "noise: seed drops to β₁min");
        assertEquals(0.5, fullNoisy.internal(15, beta), 0.03, "noise: full drops to β₁min too");
        assertTrue(Math.hypot(seedNoisy.x(300) - fullNoisy.x(300), seedNoisy.y(300) - fullNoisy.y(300)) < 0.1,
                "noise: the two end close together");
    }

    @Test
    void eveTamesTheRateThatMakesSgdDiverge() throws ScenarioException {
        Race race = raced("eve-loss-feedback.json");
        Run sgd = run(race, OptimizerKind.SGD);
        assertEquals(RunStatus.DIVERGED, sgd.status());
        assertEquals(98, sgd.divergedAt());
        Run eve = run(race, OptimizerKind.EVE);
        assertTrue(eve.loss() < 1e-6);
        int alpha = OptimizerKind.EVE.internals().indexOf("alpha_t");
        assertEquals(0.275, eve.trajectory().internal(1, alpha), 1e-12);
        for (int step = 2; step < eve.trajectory().size(); step++) {
            double a = eve.trajectory().internal(step, alpha);
            assertTrue(a >= 0.35 && a <= 0.43, "step " + step + ": " + a);
        }
    }
}
