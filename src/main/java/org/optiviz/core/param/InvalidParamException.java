package org.optiviz.core.param;

/** A hyperparameter value or key that is not allowed; the message names the key and the reason. */
public class InvalidParamException extends IllegalArgumentException {
    private final String key;
    private final String reason;

    public InvalidParamException(String key, String reason) {
        super(key + ": " + reason);
        this.key = key;
        this.reason = reason;
    }

    public String key() {
        return key;
    }

    public String reason() {
        return reason;
    }
}
