package io.clearstone.web.problem;

import jakarta.ws.rs.core.Response;

/** Title and detail of the problems the HTTP layer itself raises, the same wherever they come from. */
final class HttpProblems {

    private HttpProblems() {
    }

    static String title(int status) {
        Response.StatusType info = Response.Status.fromStatusCode(status);
        return info == null ? "HTTP " + status : info.getReasonPhrase();
    }

    static String detail(int status) {
        return switch (status) {
            case 401 -> "authenticate with HTTP Basic to use the API";
            case 403 -> "the caller's roles do not allow this operation";
            case 404 -> "there is no resource at this path";
            case 405 -> "this resource does not accept this HTTP method";
            case 406 -> "this resource answers in application/json only";
            case 415 -> "send the request body as application/json";
            default -> title(status);
        };
    }
}
