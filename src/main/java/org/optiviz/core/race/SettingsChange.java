package org.optiviz.core.race;

import org.optiviz.core.param.Hyperparams;

/**
 * Hyperparameters a run took on once it had taken a number of steps: its first change is at step 0 (the settings
 * it started with); later ones come from changes made while it ran ("continue" mode in the window).
 */
public record SettingsChange(long afterStep, Hyperparams params) {
}
