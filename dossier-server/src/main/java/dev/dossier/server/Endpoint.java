package dev.dossier.server;

import java.util.List;
import java.util.Objects;

/**
 * One API operation: its route, the parameters it accepts, what it answers, and the code that
 * answers. The list of endpoints is both what the server routes and what {@link OpenApi}
 * publishes. Immutable.
 *
 * @param method HTTP method ("GET", "POST")
 * @param path Javalin/OpenAPI path with {@code {name}} parameters ("/api/articles/{id}")
 * @param tag the group it is listed under in the OpenAPI description
 * @param summary one line
 * @param description more detail, or ""
 * @param params the path and query parameters it accepts; any other query parameter is refused
 * @param response what a success answers
 * @param status the HTTP status of a success
 * @param auth whether it needs the bearer token
 * @param bodyTypes for a request with a body, the media types it accepts; otherwise empty
 * @param handler computes the answer
 */
public record Endpoint(String method, String path, String tag, String summary, String description,
    List<Param> params, Response response, int status, boolean auth, List<String> bodyTypes, Handler handler) {

  /** Computes an endpoint's answer from a checked request. */
  @FunctionalInterface
  public interface Handler {
    /**
     * @return the body, written as JSON (a {@link RawJson} is written as it is)
     * @throws ApiException for a request to refuse
     */
    Object handle(Request request) throws Exception;
  }

  /**
   * What an endpoint answers: a JSON value described by {@code type}.
   *
   * @param shape one value, a list, or a {@link Page} of them
   * @param type the record (or other class) of the value or of the items
   * @param description what it is, for the OpenAPI description
   */
  public record Response(Shape shape, Class<?> type, String description) {
    public Response {
      Objects.requireNonNull(shape, "shape");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(description, "description");
    }

    public static Response one(Class<?> type, String description) {
      return new Response(Shape.ONE, type, description);
    }

    public static Response page(Class<?> type, String description) {
      return new Response(Shape.PAGE, type, description);
    }
  }

  /** How many values a response holds. */
  public enum Shape {
    ONE,
    PAGE
  }

  public Endpoint {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(handler, "handler");
    params = List.copyOf(params);
    bodyTypes = List.copyOf(bodyTypes);
    for (Param p : params) {
      if (p.in() == Param.In.PATH && !path.contains("{" + p.name() + "}")) {
        throw new IllegalArgumentException(path + " has no {" + p.name() + "} for its path parameter");
      }
    }
  }

  /** A GET endpoint answering 200. */
  public static Endpoint get(String path, String tag, String summary, String description, List<Param> params,
      Response response, Handler handler) {
    return new Endpoint("GET", path, tag, summary, description, params, response, 200, false, List.of(), handler);
  }

  /** The declared parameter with this name, or null. */
  public Param param(String name) {
    for (Param p : params) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    return null;
  }
}
