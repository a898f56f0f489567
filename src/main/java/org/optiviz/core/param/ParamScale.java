package org.optiviz.core.param;

/** How a hyperparameter's value is best explored: linearly, or by orders of magnitude (lr, eps, weight decay). */
public enum ParamScale {
    LINEAR,
    LOG
}
