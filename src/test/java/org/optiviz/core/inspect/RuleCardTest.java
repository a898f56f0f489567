package org.optiviz.core.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.Run;
import org.optiviz.core.surface.Ellipsoid;

/** The card's numbers against the run's internals and state. */
class RuleCardTest {
    private static Run run(OptimizerKind kind, int steps) {
        Race race = Race.of(new Ellipsoid());
        Run run = race.add(kind);
        race.step(steps, steps);
        return run;
    }

    @Test
    void adamCardCarriesTheStepsMomentsAndSettings() {
        Run run = run(OptimizerKind.ADAM, 3);
        List<RuleLine> lines = RuleCard.of(run);
        assertEquals(7, lines.size());
        double[] m = run.optimizerState().get("m");
        double[] sHat = run.optimizerState().get("ŝ");
        assertEquals("g = " + RuleCard.vector(run.lastGradient(0), run.lastGradient(1)), lines.get(0).result());
        assertEquals("m = " + RuleCard.vector(m[0], m[1]), lines.get(1).result());
        assertEquals(List.of("β₁ = 0.9"), lines.get(1).scalars());
        assertEquals(List.of("t = 3"), lines.get(3).scalars());
        assertEquals("ŝ = " + RuleCard.vector(sHat[0], sHat[1]), lines.get(4).result());
        int lrT = OptimizerKind.ADAM.internals().indexOf("lr_t");
        assertEquals("lrₜ = " + RuleCard.number(run.internal(lrT)), lines.get(5).scalars().get(0));
        int n = run.trajectory().size();
        assertEquals("Δθ = " + RuleCard.vector(run.x() - run.trajectory().xs().get(n - 2),
                run.y() - run.trajectory().ys().get(n - 2)), lines.get(5).result());
        assertEquals("θ = " + RuleCard.vector(run.x(), run.y()), lines.get(6).result());
    }

    @Test
    void momentumCardShowsTheVelocityItsInternalsReport() {
        Run run = run(OptimizerKind.MOMENTUM, 4);
        List<RuleLine> lines = RuleCard.of(run);
        List<String> names = OptimizerKind.MOMENTUM.internals();
        assertEquals("v = " + RuleCard.vector(run.internal(names.indexOf("v_x")), run.internal(names.indexOf("v_y"))),
                lines.get(1).result());
        assertEquals("v ← μ·v − lrₜ·g    μ = 0.9, lrₜ = 0.05    ⇒ v = " + RuleCard.vector(
                run.internal(names.indexOf("v_x")), run.internal(names.indexOf("v_y"))), lines.get(1).text());
    }

    @Test
    void theNumbersChangeWithTheNextStep() {
        Race race = Race.of(new Ellipsoid());
        Run run = race.add(OptimizerKind.RMSPROP);
        race.step(1, 10);
        String before = RuleCard.text("RMSProp", RuleCard.of(run));
        race.step(1, 10);
        String after = RuleCard.text("RMSProp", RuleCard.of(run));
        assertFalse(before.equals(after));
        assertTrue(after.startsWith("RMSProp\ng = ∇f(θ)"), after);
    }

    @Test
    void everyRegisteredOptimizerHasACardThatReadsItsOwnValues() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            Run run = run(kind, 3);
            List<RuleLine> lines = RuleCard.of(run);
            assertTrue(lines.size() >= 3, kind.key());
            for (RuleLine line : lines) {
                assertFalse(line.text().contains("NaN"), kind.key() + ": " + line.text());
            }
            assertTrue(RuleCard.hasRule(kind), kind.key());
        }
        assertTrue(RuleCard.of(run(OptimizerKind.SGD, 0)).isEmpty());
    }

    @Test
    void numbersKeepFourDigitsAndARealMinus() {
        assertEquals("−0.1235", RuleCard.number(-0.123456));
        assertEquals("1.235e+7", RuleCard.number(12345678));
        assertEquals("0", RuleCard.number(0));
    }
}
