package io.clearstone.domain.oracle;

/** Whether a quoted option is a call or a put. */
public enum OptionRight {
    CALL, PUT
}
