package org.optiviz.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.optiviz.core.data.DataModel;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.ViewBox;
import org.optiviz.io.data.DataSets;
import org.optiviz.plot.Field;
import org.optiviz.plot.PlotComposer;
import org.optiviz.plot.PlotOptions;
import org.optiviz.plot.PlotRequest;
import org.optiviz.plot.draw.Drawing;
import org.optiviz.ui.I18n;
import org.optiviz.ui.OptiVizApp;
import org.optiviz.ui.model.MainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A data model's loss is sampled for its contours off the FX thread, once per view; the newest view wins and the
 * last picture stays until the new one is ready.
 */
@ExtendWith(ApplicationExtension.class)
class BackgroundPicturesTest {
    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = OptiVizApp.newModel();
        window = new MainWindow(model, new I18n(Locale.ENGLISH), new AppTheme());
        window.show(stage, 1280, 720);
    }

    @Stop
    void stop() {
        window.stop();
    }

    /** A slow field that notes where and how often it is sampled. */
    private static final class WatchedField implements Field {
        final AtomicBoolean onFxThread = new AtomicBoolean();
        final AtomicInteger samples = new AtomicInteger();
        final double tilt;

        WatchedField(double tilt) {
            this.tilt = tilt;
        }

        @Override
        public double value(double x, double y) {
            if (Platform.isFxApplicationThread()) {
                onFxThread.set(true);
            }
            samples.incrementAndGet();
            return x * x + tilt * y * y;
        }

        @Override
        public double floor() {
            return 0;
        }

        @Override
        public List<Point> marks() {
            return List.of();
        }

        @Override
        public String name() {
            return "watched";
        }

        @Override
        public String formula() {
            return "";
        }

        @Override
        public boolean slowToSample() {
            return true;
        }
    }

    @Test
    void onlyTheNewestRequestIsComposedAndShownAndNeverOnTheFxThread(FxRobot robot) {
        BackgroundPictures pictures = new BackgroundPictures();
        List<Drawing> shown = new CopyOnWriteArrayList<>();
        WatchedField[] fields = new WatchedField[5];
        robot.interact(() -> {
            for (int i = 0; i < fields.length; i++) {
                fields[i] = new WatchedField(1 + i);
                PlotRequest request = new PlotRequest(fields[i], new ViewBox(-1, 1, -1, 1), 300, 200, List.of(),
                        null, PlotOptions.defaults());
                pictures.compose(request, PlotComposer.transform(request), shown::add);
            }
        });
        for (int i = 0; i < 100 && shown.isEmpty(); i++) {
            WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
        }
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, shown.size(), "one picture, the newest");
        assertTrue(fields[4].samples.get() > 1000, "the newest view is sampled");
        for (WatchedField field : fields) {
            assertFalse(field.onFxThread.get(), "sampled on the FX thread");
        }
    }

    @Test
    void aDataProblemsContoursArriveFromTheBackground(FxRobot robot) throws Exception {
        DataModel data = DataModel.of(DataSets.load("iris-setosa-versicolor", null),
                org.optiviz.core.data.Model.LOGISTIC, 10, false);
        PlotCell cell = window.plotArea().cells().get(0);
        int before = cell.backgroundsPainted();
        robot.interact(() -> model.setSurface(data));
        for (int i = 0; i < 200 && cell.backgroundsPainted() == before; i++) {
            WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(cell.backgroundsPainted() > before, "the data model's contours were painted");
    }
}
