package org.optiviz.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optiviz.core.data.DataModel;
import org.optiviz.core.data.Model;
import org.optiviz.core.surface.Surface;

/** The data editor without a window: choosing data, refitting, the batch size, and a bad file. */
class DataProblemModelTest {
    private final MainViewModel model = new MainViewModel(kind -> 0xFF000000, Runnable::run, Runnable::run);
    private final DataProblemModel data = new DataProblemModel(model, Runnable::run, Runnable::run);

    @Test
    void aBundledSetIsFittedWithItsModelAndFullBatches() {
        data.choose("iris-setosa-versicolor");
        DataModel fitted = assertInstanceOf(DataModel.class, model.getSurface());
        assertEquals(Model.LOGISTIC, fitted.model());
        assertEquals(fitted.data().size(), fitted.batchSize());
        assertEquals(fitted.data().size(), data.rowsProperty().get());
        assertEquals(2, data.columns().size());
        assertFalse(data.loadingProperty().get());
    }

    @Test
    void theBatchSizeChangesWithoutRefittingAndKeepsTheRace() {
        data.choose("old-faithful");
        model.setStart(new org.optiviz.core.surface.Point(1, 2));
        DataModel full = (DataModel) model.getSurface();
        data.setBatch(16);
        DataModel sixteen = (DataModel) model.getSurface();
        assertEquals(16, sixteen.batchSize());
        assertSame(full.data(), sixteen.data());
        assertEquals(new org.optiviz.core.surface.Point(1, 2), model.getStart());
        assertEquals(16, data.batchProperty().get());
    }

    @Test
    void standardisingRefitsTheSameRows() {
        data.choose("old-faithful");
        data.standardizeProperty().set(true);
        data.apply(32);
        DataModel z = (DataModel) model.getSurface();
        assertTrue(z.standardized());
        assertEquals(32, z.batchSize());
        double mean = 0;
        for (double x : z.data().xs()) {
            mean += x;
        }
        assertEquals(0, mean / z.data().size(), 1e-12);
    }

    @Test
    void aCsvFileOffersItsColumnsAndABadRowLeavesTheRaceAsItWas(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("houses.csv");
        Files.writeString(good, "name,size,price\na,1,2\nb,2,4.5\nc,3,5.5\n");
        data.choose(good.toString());
        assertEquals(List.of("name", "size", "price"), data.columns());
        DataModel fitted = (DataModel) model.getSurface();
        assertEquals("size", fitted.data().xName());
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "x,y\n1,2\n3,oops\n");
        Surface before = model.getSurface();
        data.choose(bad.toString());
        assertSame(before, model.getSurface());
        assertTrue(data.problemProperty().get().contains("line 3"), data.problemProperty().get());
    }
}
