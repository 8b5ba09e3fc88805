package io.clearstone.web.problem;

import java.io.IOException;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes problem+json for the refusals the servlet container makes before a request reaches the API (no or wrong
 * credentials, no API role) and for paths that neither the API nor the console serves (404, 405); web.xml routes
 * those error pages here.
 */
@WebServlet("/problem-error")
public class ContainerErrorServlet extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final String REQUESTED_WITH = "X-Requested-With";
    private static final String CONSOLE = "clearstone-console";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : response.getStatus();
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Problem problem = new Problem(Problems.TYPE_PREFIX + "http/" + status, HttpProblems.title(status), status,
                HttpProblems.detail(status), uri == null ? null : uri.toString(), null, null);
        response.setStatus(status);
        if (CONSOLE.equals(request.getHeader(REQUESTED_WITH))) {
            // the console signs in with its own form: a Basic challenge would make the browser pop up its login box
            response.setHeader("WWW-Authenticate", null);
        }
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.toJson(problem));
    }
}
