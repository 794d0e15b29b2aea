package dev.dossier.server;

/**
 * The JSON body of every error the server answers.
 *
 * @param status the HTTP status
 * @param error the status's reason phrase ("Bad Request")
 * @param message what was wrong, naming the value or parameter at fault
 * @param parameter the request parameter at fault, or null
 * @param path the request path
 */
public record ErrorBody(int status, String error, String message, String parameter, String path) {

  static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 406 -> "Not Acceptable";
      case 409 -> "Conflict";
      case 413 -> "Content Too Large";
      case 415 -> "Unsupported Media Type";
      case 422 -> "Unprocessable Content";
      case 429 -> "Too Many Requests";
      case 431 -> "Request Header Fields Too Large";
      case 500 -> "Internal Server Error";
      case 503 -> "Service Unavailable";
      default -> status < 500 ? "Client Error" : "Server Error";
    };
  }
}
