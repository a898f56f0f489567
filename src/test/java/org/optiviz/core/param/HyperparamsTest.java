package org.optiviz.core.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.OptimizerKind;

class HyperparamsTest {
    @Test
    void defaultsAreTheDocumentedOnes() {
        Hyperparams adam = OptimizerKind.ADAM.defaults();
        assertEquals(0.9, adam.get("beta1"));
        assertEquals(0.999, adam.get("beta2"));
        assertEquals(1e-8, adam.get("eps"));
        assertEquals(0, adam.get("weight_decay"));
        assertEquals(0.01, OptimizerKind.ADAMW.defaults().get("weight_decay"));
        assertEquals(1.0, OptimizerKind.ADADELTA.defaults().get("lr"));
        assertEquals(1e-7, OptimizerKind.ADAGRAD.defaults().get("eps"));
        assertEquals(1e-6, OptimizerKind.RMSPROP.defaults().get("eps"));
        Hyperparams eve = OptimizerKind.EVE.defaults();
        assertEquals(0.9, eve.get("beta"));
        assertEquals(0.99, eve.get("gamma"));
        assertEquals(1, eve.get("k"));
        assertEquals("sgd", eve.spec("base").valueText(eve.get("base")));
        Hyperparams smooth = OptimizerKind.ADASMOOTH.defaults();
        assertEquals(0.9, smooth.get("beta1_min"));
        assertEquals(0.999, smooth.get("beta1_max"));
        assertEquals(0.9, smooth.get("gamma"));
    }

    @Test
    void outOfRangeValuesAreRefusedWithTheAllowedRange() {
        Hyperparams adam = OptimizerKind.ADAM.defaults();
        InvalidParamException e = assertThrows(InvalidParamException.class, () -> adam.with("beta1", 1));
        assertEquals("beta1: 1 is outside [0, 1)", e.getMessage());
        assertEquals("lr: -0.1 is outside (0, 100]",
                assertThrows(InvalidParamException.class, () -> adam.with("lr", -0.1)).getMessage());
        assertEquals("lr: NaN is not a finite number",
                assertThrows(InvalidParamException.class, () -> adam.with("lr", Double.NaN)).getMessage());
        assertEquals("rho: unknown hyperparameter; known: lr, beta1, beta2, eps, weight_decay, warmup, decay, "
                        + "decay_steps, decay_rate",
                assertThrows(InvalidParamException.class, () -> adam.with("rho", 0.5)).getMessage());
        assertEquals(0.9, adam.get("beta1"), "the original is unchanged");
    }

    @Test
    void parseReadsNumbersAndChoices() {
        ParamSpec base = OptimizerKind.EVE.defaults().spec("base");
        assertEquals(1, base.parse("adam"));
        assertEquals("base: 'rmsprop' is not one of sgd, adam",
                assertThrows(InvalidParamException.class, () -> base.parse("rmsprop")).getMessage());
        ParamSpec lr = OptimizerKind.SGD.defaults().spec("lr");
        assertEquals(0.25, lr.parse(" 0.25 "));
        assertEquals("lr: 'fast' is not a number",
                assertThrows(InvalidParamException.class, () -> lr.parse("fast")).getMessage());
        assertNull(lr.problemWith(100));
        assertEquals("sgd|adam", base.rangeText());
    }

    @Test
    void withKeepsIdentityWhenNothingChangesAndIsAValue() {
        Hyperparams sgd = OptimizerKind.SGD.defaults();
        assertSame(sgd, sgd.with("lr", sgd.get("lr")));
        assertEquals(sgd.with("lr", 0.5), sgd.with("lr", 0.5));
        assertEquals("lr=0.5;warmup=0;decay=none;decay_steps=1000;decay_rate=0.5", sgd.with("lr", 0.5).toString());
    }
}
