package io.clearstone.web.request;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation whose legitimate bodies are bulk (a pool's loans, a servicer report, a graph import): it gets the
 * larger body limit, {@code clearstone.http.max-bulk-body-bytes}, instead of {@code clearstone.http.max-body-bytes}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BulkBody {
}
