package org.optiviz.plot.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.optiviz.core.data.DataModel;
import org.optiviz.core.data.DataSet;
import org.optiviz.core.data.Model;
import org.optiviz.plot.Field;

/** The contour field of a data model's loss agrees with the exact row-by-row loss. */
class DataLossFieldTest {
    private static DataSet data(int n, boolean labels) {
        Random random = new Random(n);
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = 50 + 10 * random.nextGaussian();
            ys[i] = labels ? (xs[i] + 5 * random.nextGaussian() > 52 ? 1 : 0) : 0.5 * xs[i] + 3 + random.nextGaussian();
        }
        return new DataSet("t", "x", "y", xs, ys, "");
    }

    @Test
    void theLinearLossFromMomentsIsTheExactLoss() {
        DataModel model = DataModel.of(data(20_000, false), Model.LINEAR, 32, false);
        Field field = Field.of(model);
        Random random = new Random(1);
        for (int k = 0; k < 200; k++) {
            double w = random.nextGaussian() * 2;
            double b = random.nextGaussian() * 20;
            double exact = model.value(w, b);
            assertEquals(exact, field.value(w, b), 1e-9 * Math.max(1, exact));
        }
    }

    @Test
    void aSmallLogisticSetIsSummedExactlyAndALargeOneClosely() {
        DataModel small = DataModel.of(data(300, true), Model.LOGISTIC, 300, true);
        DataModel large = DataModel.of(data(100_000, true), Model.LOGISTIC, 32, true);
        Random random = new Random(2);
        for (int k = 0; k < 100; k++) {
            double w = random.nextGaussian() * 3;
            double b = random.nextGaussian() * 3;
            assertEquals(small.value(w, b), Field.of(small).value(w, b));
            double exact = large.value(w, b);
            assertEquals(exact, Field.of(large).value(w, b), 2e-3 * Math.max(1, exact), "at " + w + ", " + b);
        }
    }

    @Test
    void fieldsOfOneLossAreEqualWhateverTheBatchAndOfAnotherNot() {
        DataModel a = DataModel.of(data(100, false), Model.LINEAR, 100, false);
        assertEquals(Field.of(a), Field.of(a.withBatchSize(10)));
        assertNotEquals(Field.of(a), Field.of(DataModel.of(data(100, false), Model.LINEAR, 100, false)));
    }
}
