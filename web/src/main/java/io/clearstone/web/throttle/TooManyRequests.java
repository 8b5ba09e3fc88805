package io.clearstone.web.throttle;

import java.io.IOException;
import java.time.Duration;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;

import io.clearstone.web.problem.Problem;

/** Answers 429 in problem+json with {@code Retry-After}, for refusals made before a request reaches the API. */
final class TooManyRequests {

    static final int STATUS = 429;
    private static final String TITLE = "Too Many Requests";
    private static final Jsonb JSON = JsonbBuilder.create();

    private TooManyRequests() {
    }

    static void send(HttpServletResponse response, String type, String detail, Duration wait, String instance)
            throws IOException {
        Problem problem = new Problem(type, TITLE, STATUS, detail, instance, null, null);
        response.setStatus(STATUS);
        response.setHeader("Retry-After", Long.toString(RetryAfter.seconds(wait)));
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.toJson(problem));
    }
}
