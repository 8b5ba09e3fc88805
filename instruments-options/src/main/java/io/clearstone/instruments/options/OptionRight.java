package io.clearstone.instruments.options;

/** The right an option gives its holder. */
public enum OptionRight {
    CALL, PUT
}
