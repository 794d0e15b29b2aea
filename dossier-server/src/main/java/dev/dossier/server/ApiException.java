package dev.dossier.server;

/**
 * A request the API refuses, with the HTTP status to answer and a message for the caller. The
 * server turns it into a JSON error body ({@link ErrorBody}).
 */
public final class ApiException extends RuntimeException {
  private final int status;
  private final String parameter;

  /**
   * @param status HTTP status (4xx or 5xx)
   * @param message what was wrong, for a person; never null
   * @param parameter the request parameter at fault, or null
   */
  public ApiException(int status, String message, String parameter) {
    super(message);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("an error status must be 4xx or 5xx, got " + status);
    }
    this.status = status;
    this.parameter = parameter;
  }

  public ApiException(int status, String message) {
    this(status, message, null);
  }

  /** 400, naming the parameter. */
  public static ApiException badParameter(String parameter, String message) {
    return new ApiException(400, message, parameter);
  }

  /** 404 for a thing that is not in the store. */
  public static ApiException notFound(String message) {
    return new ApiException(404, message);
  }

  public int status() {
    return status;
  }

  /** The parameter at fault, or null. */
  public String parameter() {
    return parameter;
  }
}
