package org.optiviz.core.race;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.GaussianNoise;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surfaces;

class NoiseTest {
    private static double[] path(Run run) {
        double[] xy = new double[2 * run.trajectory().size()];
        for (int i = 0; i < run.trajectory().size(); i++) {
            xy[2 * i] = run.trajectory().x(i);
            xy[2 * i + 1] = run.trajectory().y(i);
        }
        return xy;
    }

    private static Race noisyRace(long seed) {
        Race race = new Race(Surfaces.byKey("ellipsoid"), new Point(-5, -2), 0.5, seed, true);
        for (OptimizerKind kind : OptimizerKind.values()) {
            race.add(kind);
        }
        race.step(200, 200);
        return race;
    }

    @Test
    void sameSeedSameTrajectoriesBitForBit() {
        Race a = noisyRace(7);
        Race b = noisyRace(7);
        for (int i = 0; i < a.runs().size(); i++) {
            assertArrayEquals(path(a.runs().get(i)), path(b.runs().get(i)), a.runs().get(i).kind().key());
        }
    }

    @Test
    void otherSeedOtherTrajectories() {
        Race a = noisyRace(7);
        Race b = noisyRace(8);
        assertNotEquals(Arrays.toString(path(a.runs().get(0))), Arrays.toString(path(b.runs().get(0))));
    }

    @Test
    void everyRunSeesTheSameNoiseAtTheSameStep() {
        // Momentum and NAG with momentum 0 are SGD; under shared noise all three paths must coincide exactly.
        Race race = new Race(Surfaces.byKey("rosenbrock"), new Point(-1.5, 2.5), 3, 11, true);
        Run sgd = race.add(OptimizerKind.SGD, OptimizerKind.SGD.defaults().with("lr", 0.0005));
        Run momentum = race.add(OptimizerKind.MOMENTUM,
                OptimizerKind.MOMENTUM.defaults().with("lr", 0.0005).with("momentum", 0));
        Run nag = race.add(OptimizerKind.NAG, OptimizerKind.NAG.defaults().with("lr", 0.0005).with("momentum", 0));
        race.step(300, 300);
        assertArrayEquals(path(sgd), path(momentum));
        assertArrayEquals(path(sgd), path(nag));
        Race quiet = new Race(Surfaces.byKey("rosenbrock"), new Point(-1.5, 2.5), 0, 11, true);
        Run plain = quiet.add(OptimizerKind.SGD, OptimizerKind.SGD.defaults().with("lr", 0.0005));
        quiet.step(300, 300);
        assertNotEquals(Arrays.toString(path(sgd)), Arrays.toString(path(plain)), "noise changes the path");
    }

    @Test
    void replayReproducesTheNoisyPath() {
        Race race = noisyRace(3);
        Run adam = race.runs().stream().filter(r -> r.kind() == OptimizerKind.ADAM).findFirst().orElseThrow();
        double[] before = path(adam);
        race.replay(adam, 200);
        assertArrayEquals(before, path(adam));
    }

    @Test
    void noiseIsStandardNormal() {
        double[] pair = new double[2];
        double sum = 0;
        double sumSq = 0;
        int n = 200_000;
        for (int t = 0; t < n; t++) {
            GaussianNoise.pair(99, t, pair);
            sum += pair[0] + pair[1];
            sumSq += pair[0] * pair[0] + pair[1] * pair[1];
        }
        double mean = sum / (2 * n);
        double variance = sumSq / (2 * n) - mean * mean;
        assertEquals(0, mean, 0.01);
        assertEquals(1, variance, 0.01);
        GaussianNoise.pair(99, 5, pair);
        double first = pair[0];
        GaussianNoise.pair(99, 5, pair);
        assertEquals(first, pair[0], 0, "addressed by step, not drawn from a stream");
        assertTrue(Double.isFinite(first));
    }
}
