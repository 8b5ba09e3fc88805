package io.clearstone.web.throttle;

/**
 * Whose sign-in attempts are counted together: one identity as tried from one client address. Keying on both means a
 * guesser slows down only itself, never the identity's owner elsewhere, nor other identities from its address.
 */
record ThrottleKey(String address, String identity) {

    /** Longer names are cut: they cannot be real identities, and memory per tracked key stays small. */
    static final int MAX_IDENTITY_LENGTH = 128;

    static ThrottleKey of(String address, String identity) {
        return new ThrottleKey(address, identity.length() > MAX_IDENTITY_LENGTH
                ? identity.substring(0, MAX_IDENTITY_LENGTH) : identity);
    }
}
