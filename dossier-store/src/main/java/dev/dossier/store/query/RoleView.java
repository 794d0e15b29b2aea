package dev.dossier.store.query;

import java.time.LocalDate;

/**
 * A role an actor was reported to hold.
 *
 * @param role the role ("head of government")
 * @param of whom or what for, or null
 * @param from first day from the knowledge base, or null
 * @param to last day, or null when still held
 * @param articles how many articles give it
 * @param lastSeen latest publication day of those articles, or null
 */
public record RoleView(String role, String of, String from, String to, long articles, LocalDate lastSeen) {}
