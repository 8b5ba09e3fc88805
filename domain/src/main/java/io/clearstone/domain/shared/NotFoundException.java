package io.clearstone.domain.shared;

/**
 * The thing asked for does not exist, or the caller may not know that it does (a trader asking for another owner's
 * account gets this too, so that account ids cannot be probed).
 */
public class NotFoundException extends ClearingException {

    public NotFoundException(String subsystem, String what, Object id) {
        super(subsystem + "/not-found", what + " not found", 404, null, what + " " + id + " does not exist");
    }
}
