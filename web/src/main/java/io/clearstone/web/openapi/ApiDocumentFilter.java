package io.clearstone.web.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import io.clearstone.web.problem.Problem;

/**
 * Completes the served OpenAPI document with what every operation shares, so that no resource has to repeat it: the
 * RFC 9457 problem responses (application/problem+json, types from docs/problems.md) each kind of operation can
 * answer, a description where an operation only has a summary, and the global list of the tags the operations use.
 */
public class ApiDocumentFilter implements OASFilter {

    static final String PROBLEM_SCHEMA = "Problem";

    /** The refusals every operation can give, by status: the API is behind HTTP Basic and roles. */
    private static final Map<String, String> ALWAYS = ordered(
            "401", "No or wrong credentials (`/problems/http/401`)",
            "403", "The caller's roles do not allow this operation (`/problems/http/403`, "
                    + "`/problems/security/forbidden`)",
            "500", "A fault on the server's side (`/problems/server/unexpected`): the detail carries an incident id");

    private static final Map<String, String> WITH_INPUT = ordered(
            "400", "A malformed or invalid request; the problem names the field at fault "
                    + "(`/problems/request/invalid-field`, `/problems/request/malformed-body`)",
            "422", "A well-formed request the domain refuses (`/problems/request/invalid-value`, "
                    + "`/problems/request/invalid-parameter` and the domain's types in docs/problems.md)");

    private static final Map<String, String> WITH_PATH_ID = ordered(
            "404", "No such resource, or one the caller may not see (`/problems/account/not-found`, "
                    + "`/problems/instrument/not-found`, ...)");

    private static final Map<String, String> WRITES = ordered(
            "409", "The request conflicts with the resource's state or a concurrent change "
                    + "(`/problems/request/concurrent-change`, `/problems/cluster/engine-elsewhere` and the domain's types)",
            "413", "The body is too large (`/problems/request/body-too-large`)",
            "415", "The body is not application/json (`/problems/http/415`)",
            "429", "Too many writes from this caller: retry after the Retry-After header "
                    + "(`/problems/request/rate-limited`)");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents()
                : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema(PROBLEM_SCHEMA, problemSchema());
        Set<String> tagsUsed = new TreeSet<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
                complete(path, method, op);
                if (op.getTags() != null) {
                    tagsUsed.addAll(op.getTags());
                }
            }));
        }
        for (String name : tagsUsed) {
            boolean declared = openAPI.getTags() != null
                    && openAPI.getTags().stream().anyMatch(tag -> name.equals(tag.getName()));
            if (!declared) {
                openAPI.addTag(OASFactory.createTag().name(name).description("Operations on " + name));
            }
        }
        if (openAPI.getTags() != null) {
            openAPI.setTags(openAPI.getTags().stream()
                    .sorted(java.util.Comparator.comparing(Tag::getName)).toList());
        }
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation op) {
        if (op.getDescription() == null && op.getSummary() != null) {
            op.setDescription(op.getSummary() + ".");
        }
        APIResponses responses = op.getResponses() == null ? OASFactory.createAPIResponses() : op.getResponses();
        op.setResponses(responses);
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean input = write || (op.getParameters() != null && !op.getParameters().isEmpty());
        addProblems(responses, ALWAYS);
        if (input) {
            addProblems(responses, WITH_INPUT);
        }
        if (path.contains("{")) {
            addProblems(responses, WITH_PATH_ID);
        }
        if (write) {
            addProblems(responses, WRITES);
        }
    }

    private static void addProblems(APIResponses responses, Map<String, String> problems) {
        problems.forEach((status, description) -> {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, problemResponse(description));
            }
        });
    }

    static APIResponse problemResponse(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(
                                OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM_SCHEMA))));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; `type` names the condition (catalogue: docs/problems.md), "
                        + "`field` the request field at fault")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("A relative URI naming the condition, e.g. /problems/validation"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty("field", text)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError))
                .required(List.of("type", "title", "status"));
    }

    private static Map<String, String> ordered(String... statusAndDescription) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < statusAndDescription.length; i += 2) {
            map.put(statusAndDescription[i], statusAndDescription[i + 1]);
        }
        return map;
    }
}
