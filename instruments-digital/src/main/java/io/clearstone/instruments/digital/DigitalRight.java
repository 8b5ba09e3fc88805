package io.clearstone.instruments.digital;

/** Which side of the strike pays: a CALL pays if the index settles above it, a PUT below. */
public enum DigitalRight {
    CALL, PUT
}
