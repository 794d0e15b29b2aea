package dev.dossier.server;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * A request checked against its endpoint's declared parameters: unknown query parameters and
 * repeated ones that are not repeatable are refused when it is made, and each getter checks its
 * value, throwing {@link ApiException} (400) that names the parameter and the value. A getter for
 * a parameter the endpoint does not declare is a programming error ({@link IllegalStateException}),
 * which keeps the OpenAPI description honest. Used on one request thread.
 */
public final class Request {

  /** The most items a page may ask for. */
  public static final int MAX_LIMIT = 200;

  /** For lists the store cannot page, the furthest item a page may reach (offset + limit). */
  public static final int MAX_WINDOW = 2000;

  private final Context ctx;
  private final Endpoint endpoint;

  Request(Context ctx, Endpoint endpoint) {
    this.ctx = ctx;
    this.endpoint = endpoint;
    for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
      Param p = endpoint.param(e.getKey());
      if (p == null || p.in() != Param.In.QUERY) {
        throw ApiException.badParameter(e.getKey(), "unknown query parameter '" + e.getKey() + "'; "
            + endpoint.method() + " " + endpoint.path() + " takes " + names(endpoint));
      }
      if (e.getValue().size() > 1 && !p.repeatable()) {
        throw ApiException.badParameter(e.getKey(), "query parameter '" + e.getKey() + "' is given "
            + e.getValue().size() + " times; give it once");
      }
    }
    for (Param p : endpoint.params()) {
      if (p.required() && p.in() == Param.In.QUERY && blank(ctx.queryParam(p.name()))) {
        throw ApiException.badParameter(p.name(), "missing query parameter '" + p.name() + "': " + p.description());
      }
    }
  }

  private static String names(Endpoint e) {
    List<String> q = new ArrayList<>();
    for (Param p : e.params()) {
      if (p.in() == Param.In.QUERY) {
        q.add(p.name());
      }
    }
    return q.isEmpty() ? "no query parameters" : "only " + String.join(", ", q);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** The Javalin context, for what the checked getters do not cover (headers, body). */
  public Context context() {
    return ctx;
  }

  public Endpoint endpoint() {
    return endpoint;
  }

  private Param declared(String name, Param.Type type) {
    Param p = endpoint.param(name);
    if (p == null) {
      throw new IllegalStateException(endpoint.path() + " reads undeclared parameter " + name);
    }
    if (p.type() != type) {
      throw new IllegalStateException(endpoint.path() + " reads " + name + " as " + type + ", declared " + p.type());
    }
    return p;
  }

  private String raw(Param p) {
    String v = p.in() == Param.In.PATH ? ctx.pathParam(p.name()) : ctx.queryParam(p.name());
    if (blank(v)) {
      return p.defaultValue();
    }
    return v.strip();
  }

  /** A path parameter's value. */
  public String path(String name) {
    Param p = endpoint.param(name);
    if (p == null || p.in() != Param.In.PATH) {
      throw new IllegalStateException(endpoint.path() + " has no path parameter " + name);
    }
    String v = ctx.pathParam(name);
    if (blank(v)) {
      throw ApiException.badParameter(name, "empty path parameter '" + name + "'");
    }
    return v;
  }

  /** A string parameter's value, or null when absent. */
  public String text(String name) {
    return raw(declared(name, Param.Type.STRING));
  }

  /** An integer parameter's value (its default when absent), or null when absent without a default. */
  public Integer integer(String name) {
    Param p = declared(name, Param.Type.INTEGER);
    String v = raw(p);
    if (v == null) {
      return null;
    }
    long n;
    try {
      n = Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name, "'" + name + "' must be a whole number, got '" + v + "'");
    }
    if ((p.min() != null && n < p.min()) || (p.max() != null && n > p.max())) {
      throw ApiException.badParameter(name, "'" + name + "' must be between " + p.min() + " and " + p.max()
          + ", got " + v);
    }
    return (int) n;
  }

  /** A date parameter's value, or null when absent. */
  public LocalDate date(String name) {
    String v = raw(declared(name, Param.Type.DATE));
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter(name, "'" + name + "' must be a date YYYY-MM-DD, got '" + v + "'");
    }
  }

  /** A boolean parameter's value. */
  public boolean flag(String name) {
    String v = raw(declared(name, Param.Type.BOOLEAN));
    if (v == null || v.equalsIgnoreCase("false") || v.equals("0")) {
      return false;
    }
    if (v.equalsIgnoreCase("true") || v.equals("1")) {
      return true;
    }
    throw ApiException.badParameter(name, "'" + name + "' must be true or false, got '" + v + "'");
  }

  /** A choice parameter's value (lower case, one of the declared values), or null when absent. */
  public String choice(String name) {
    Param p = declared(name, Param.Type.CHOICE);
    String v = raw(p);
    return v == null ? null : check(p, v);
  }

  /** A repeatable choice parameter's values, each checked: repeated or comma-separated. */
  public List<String> choices(String name) {
    Param p = declared(name, Param.Type.CHOICE);
    List<String> out = new ArrayList<>();
    for (String v : ctx.queryParams(name)) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(check(p, part.strip()));
        }
      }
    }
    if (out.isEmpty() && p.defaultValue() != null) {
      out.add(p.defaultValue());
    }
    return out;
  }

  private static String check(Param p, String v) {
    String lower = v.toLowerCase(Locale.ROOT);
    if (!p.values().contains(lower)) {
      throw ApiException.badParameter(p.name(), "'" + p.name() + "' must be one of " + String.join(", ", p.values())
          + ", got '" + v + "'");
    }
    return lower;
  }

  /** {@code offset} (default 0) and {@code limit} (default 20), both declared by the endpoint. */
  public int offset() {
    return integer("offset");
  }

  public int limit() {
    return integer("limit");
  }

  /** A page of a list the store counts and pages itself. */
  public <T> Page<T> page(List<T> items, long total) {
    int offset = offset();
    int limit = limit();
    boolean more = offset + items.size() < total;
    return new Page<>(items, offset, limit, total, more ? nextLink(offset + limit) : null);
  }

  /**
   * A page of a list the store can only give from its start: {@code fetch} is called with
   * {@code offset + limit + 1} and the page is cut from what it returns.
   *
   * @throws ApiException if offset + limit is over {@link #MAX_WINDOW}
   */
  public <T> Page<T> window(IntFunction<List<T>> fetch) {
    int offset = offset();
    int limit = limit();
    if (offset + limit > MAX_WINDOW) {
      throw ApiException.badParameter("offset", "this list reaches at most " + MAX_WINDOW
          + " items: offset + limit must be at most " + MAX_WINDOW + ", got " + (offset + limit));
    }
    List<T> all = fetch.apply(offset + limit + 1);
    List<T> items = all.size() <= offset ? List.of() : all.subList(offset, Math.min(all.size(), offset + limit));
    boolean more = all.size() > offset + limit;
    return new Page<>(items, offset, limit, more ? null : (long) all.size(), more ? nextLink(offset + limit) : null);
  }

  /** This request's path and query with {@code offset} set to {@code next}. */
  String nextLink(int next) {
    StringBuilder sb = new StringBuilder(ctx.path()).append("?offset=").append(next);
    for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
      if (e.getKey().equals("offset")) {
        continue;
      }
      for (String v : e.getValue()) {
        sb.append('&').append(enc(e.getKey())).append('=').append(enc(v));
      }
    }
    return sb.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
