package io.clearstone.domain.relay;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;

/**
 * Marks a CDI event fired again on this node for a change made on another node of the cluster. Observers without
 * qualifiers (the margin book's dirty accounts, the margin triggers, the live stream) see it like a local one; the
 * outbox writer does not write it back (which would loop).
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
public @interface Relayed {

    /** The qualifier as a value, to fire with. */
    final class Literal extends AnnotationLiteral<Relayed> implements Relayed {
        public static final Literal INSTANCE = new Literal();
        private static final long serialVersionUID = 1L;

        private Literal() {
        }
    }
}
