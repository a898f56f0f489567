package org.optiviz.core.optim;

/**
 * A typed handle on one of an optimizer's internals (an effective step size, Eve's αₜ, …): its name and its slot,
 * given in the order the optimizer declares them, so the count and the order can never disagree with the names.
 */
public final class Internal {
    private final int index;
    private final String name;

    Internal(int index, String name) {
        this.index = index;
        this.name = name;
    }

    public int index() {
        return index;
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
