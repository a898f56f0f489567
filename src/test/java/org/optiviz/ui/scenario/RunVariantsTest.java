package org.optiviz.ui.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.Trajectory;
import org.optiviz.io.scenario.BundledLessons;
import org.optiviz.io.scenario.Scenario;
import org.optiviz.plot.Palette;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.OptimizerEntry;

/** A scenario may race one optimizer twice (the AdaSmooth lesson's two β₁ maps); the window follows it and back. */
class RunVariantsTest {
    private static final int KINDS = OptimizerKind.values().length;
    private final MainViewModel model = new MainViewModel(Palette::color, Runnable::run, Runnable::run);

    private Scenario lesson() throws Exception {
        return BundledLessons.load("adasmooth-beta1-noise.json", ScenarioActions.JSON);
    }

    @Test
    void aSecondRunOfAKindBecomesAnEntryNamedByWhatSetsItApart() throws Exception {
        ScenarioBridge.apply(lesson(), model);

        List<OptimizerEntry> entries = model.entries();
        assertEquals(KINDS + 1, entries.size(), "every optimizer once, plus the variant");
        OptimizerEntry seed = model.entry(OptimizerKind.ADASMOOTH);
        OptimizerEntry full = entries.get(KINDS);
        assertSame(OptimizerKind.ADASMOOTH, full.kind());
        assertEquals("adasmooth", seed.key());
        assertEquals("adasmooth-2", full.key());
        assertEquals("AdaSmooth (seed)", seed.displayName());
        assertEquals("AdaSmooth (full)", full.displayName());
        assertEquals(0xFFA6D854, full.getColor(), "the lesson's own colour");
        assertEquals(List.of("adam", "adasmooth", "adasmooth-2"),
                model.visibleEntries().stream().map(OptimizerEntry::key).toList());
        assertSame(seed, model.getSelected(), "the lesson's selection");
    }

    @Test
    void bothVariantsStepAsTheScenarioDescribesBitForBit() throws Exception {
        Scenario lesson = lesson();
        ScenarioBridge.apply(lesson, model);
        model.stepBy(300);
        Race expected = lesson.race().toRace(true);
        expected.step(300, 300);
        Trajectory[] want = {expected.runs().get(0).trajectory(), expected.runs().get(1).trajectory()};
        Trajectory[] got = {model.entry(OptimizerKind.ADASMOOTH).run().trajectory(),
                model.entries().get(KINDS).run().trajectory()};
        for (int i = 0; i < 2; i++) {
            assertEquals(want[i].size(), got[i].size());
            assertArrayEquals(want[i].xs().copy(0, want[i].size()),
                    got[i].xs().copy(0, got[i].size()));
            assertArrayEquals(want[i].ys().copy(0, want[i].size()),
                    got[i].ys().copy(0, got[i].size()));
        }
        assertFalse(Arrays.equals(want[0].xs().copy(0, want[0].size()), want[1].xs().copy(0, want[1].size())), "the two maps go different ways");
    }

    @Test
    void aSavedScenarioKeepsTheVariantAndItsSelection() throws Exception {
        ScenarioBridge.apply(lesson(), model);
        model.selectedProperty().set(model.entries().get(KINDS));
        Scenario saved = ScenarioActions.JSON.parse(org.optiviz.io.scenario.ScenarioJson.toJson(ScenarioBridge.capture(model)));
        assertEquals(KINDS + 1, saved.race().runs().size());
        assertEquals(KINDS, saved.selected());

        MainViewModel reopened = new MainViewModel(Palette::color, Runnable::run, Runnable::run);
        ScenarioBridge.apply(saved, reopened);
        assertEquals("adasmooth-2", reopened.getSelected().key());
        assertEquals(model.getSetup(), reopened.getSetup());
    }

    @Test
    void changingAVariantsSettingRenamesItAndResetBringsBackOneRunPerOptimizer() throws Exception {
        ScenarioBridge.apply(lesson(), model);
        OptimizerEntry full = model.entries().get(KINDS);
        model.setParam(full, "lr", 0.2);
        assertEquals("AdaSmooth (lr=0.2, full)", full.displayName());

        List<OptimizerEntry> before = model.entries();
        model.resetToDefaults();
        assertEquals(KINDS, model.entries().size());
        assertNotSame(before, model.entries());
        assertTrue(model.entries().stream().allMatch(e -> e.nameSuffixProperty().get().isEmpty()));
        assertTrue(model.entries().contains(model.getSelected()));
        model.stepBy(10);
        assertEquals(10, model.getStep(), "the new entries follow the race");
    }
}
