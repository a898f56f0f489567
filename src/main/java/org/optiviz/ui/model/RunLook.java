package org.optiviz.ui.model;

/**
 * How one run of the race is shown: whether its path is drawn, and its colour as packed 0xAARRGGBB (path, markers,
 * list swatch, loss curve). Not part of the race description: it never changes a path.
 */
public record RunLook(boolean shown, int argb) {
}
