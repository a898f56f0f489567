package org.optiviz.plot.data;

/** One run's current model θ = (w, b) on a data view, in the run's colour. */
public record ModelLine(String key, String label, int argb, double w, double b) {
}
