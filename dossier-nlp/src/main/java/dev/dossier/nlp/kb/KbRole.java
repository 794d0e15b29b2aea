package dev.dossier.nlp.kb;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.dossier.model.Role;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A role an actor holds over a dated interval, as the knowledge base stores it.
 *
 * @param role what the role is, lower case: "head of state", "head of government", "foreign
 *     minister", "secretary-general", "leader"; never null
 * @param of the id of the actor the role is held for ("israel", "un"), or null
 * @param title the title news writers use for it ("Prime Minister", "President", "Chancellor"),
 *     or null
 * @param from first day, ISO 8601 at day, month or year precision; null when unknown
 * @param to last day, same forms; null while the role is still held
 * @param code CAMEO actor code while in the role ("ISRGOV"), or null
 * @param note a remark for reviewers (uncertainty, acting capacity), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"role", "of", "title", "from", "to", "code", "note"})
public record KbRole(String role, String of, String title, String from, String to, String code, String note) {

  /**
   * @throws NullPointerException if role is null
   * @throws IllegalArgumentException if a date is malformed or {@code to} is before {@code from}
   */
  public KbRole {
    Objects.requireNonNull(role, "role");
    LocalDate f = KbDates.first(from);
    LocalDate t = KbDates.last(to);
    if (f != null && t != null && t.isBefore(f)) {
      throw new IllegalArgumentException("role '" + role + "' ends (" + to + ") before it starts (" + from + ")");
    }
  }

  /** First day of the interval, or {@link LocalDate#MIN} when unknown. */
  @JsonIgnore
  public LocalDate start() {
    LocalDate f = KbDates.first(from);
    return f == null ? LocalDate.MIN : f;
  }

  /** Last day of the interval, inclusive, or {@link LocalDate#MAX} while still held. */
  @JsonIgnore
  public LocalDate end() {
    LocalDate t = KbDates.last(to);
    return t == null ? LocalDate.MAX : t;
  }

  /** Whether the role was held on {@code date} (both ends inclusive). */
  public boolean heldOn(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /** This role as the Analysis model records it, with {@code ofName} for the holder's polity. */
  public Role toRole(String ofName) {
    return new Role(role, ofName, from, to);
  }
}
