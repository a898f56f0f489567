package org.optiviz.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.ParamSpec;

/** Slider and text editing of one hyperparameter. */
class ParamFieldTest {
    private final MainViewModel model = new MainViewModel(kind -> 0xFF000000);
    private final ParamEditorModel editors = new ParamEditorModel(model);

    @Test
    void typedValueIsAppliedAndBadTextRefused() {
        OptimizerEntry adam = model.entry(OptimizerKind.ADAM);
        ParamField beta1 = editors.field(adam, "beta1");
        beta1.textProperty().set("0.8");
        assertTrue(beta1.commit());
        assertEquals(0.8, adam.getParams().get("beta1"));
        for (String bad : new String[] {"abc", "NaN", "1.5", "", "-0.1"}) {
            beta1.textProperty().set(bad);
            assertFalse(beta1.commit(), bad);
            assertNotNull(beta1.getProblem(), bad);
            assertEquals(0.8, adam.getParams().get("beta1"), "last good value kept after " + bad);
        }
        beta1.textProperty().set("0.85");
        assertTrue(beta1.commit());
        assertNull(beta1.getProblem());
    }

    @Test
    void sliderOnALogScaleCoversDecades() {
        OptimizerEntry sgd = model.entry(OptimizerKind.SGD);
        ParamField lr = editors.field(sgd, "lr");
        assertTrue(lr.scale().isLog());
        lr.positionProperty().set(1);
        assertEquals(100, sgd.getParams().get("lr"), 1e-9);
        lr.positionProperty().set(0.5);
        double mid = sgd.getParams().get("lr");
        assertTrue(mid > 1e-3 && mid < 1, "log midpoint is a few decades down, got " + mid);
        assertEquals(lr.scale().toPosition(mid), lr.positionProperty().get(), 1e-3);
        assertEquals(mid, Double.parseDouble(lr.textProperty().get()), 0, "the field shows the exact value");
        assertEquals("1e-8", ParamText.of(OptimizerKind.ADAM.params().get(3), 1e-8));
        assertEquals("0.001", ParamText.of(OptimizerKind.ADAM.params().get(0), 0.001));
        assertEquals("100", ParamText.of(OptimizerKind.ADAM.params().get(0), 100));
    }

    @Test
    void openBoundsStayOutOfReachAndWeightDecayReachesZero() {
        ParamSpec beta2 = OptimizerKind.ADAM.params().get(2);
        SliderScale scale = new SliderScale(beta2);
        assertNull(beta2.problemWith(scale.toValue(1)), "β₂ slider end stays below 1");
        ParamSpec decay = OptimizerKind.ADAMW.params().get(4);
        SliderScale decayScale = new SliderScale(decay);
        assertTrue(decayScale.isLog());
        assertEquals(0, decayScale.toValue(0));
        assertEquals(10, decayScale.toValue(1), 1e-9);
        assertEquals(0.01, decayScale.toValue(decayScale.toPosition(0.01)), 1e-12);
    }

    @Test
    void choiceAndResetWork() {
        OptimizerEntry eve = model.entry(OptimizerKind.EVE);
        ParamField base = editors.field(eve, "base");
        assertTrue(base.choose(1));
        assertEquals(1, eve.getParams().get("base"));
        assertFalse(base.choose(5));
        assertEquals(1, eve.getParams().get("base"));
        base.reset();
        assertEquals(0, eve.getParams().get("base"));
    }

    @Test
    void fieldFollowsChangesMadeElsewhere() {
        OptimizerEntry rms = model.entry(OptimizerKind.RMSPROP);
        ParamField rho = editors.field(rms, "rho");
        model.setParam(rms, "rho", 0.5);
        assertEquals("0.5", rho.textProperty().get());
        assertEquals(rho.scale().toPosition(0.5), rho.positionProperty().get(), 1e-12);
    }
}
