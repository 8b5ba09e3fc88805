package io.clearstone.domain.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request field's name before a rename. The old name stays refused like any unknown field (a client that still
 * sends it must not have its value silently dropped or misread), but the refusal names the new field and why.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface FormerlyNamed {

    /** The old JSON name. */
    String value();

    /** Why it changed, told to the client that sends the old name. */
    String reason();
}
