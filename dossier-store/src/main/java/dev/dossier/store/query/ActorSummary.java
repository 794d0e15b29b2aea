package dev.dossier.store.query;

import java.time.LocalDate;

/**
 * An actor resolved across articles.
 *
 * @param id the store's actor id
 * @param name display name (the most frequent full name)
 * @param type entity type name ("PERSON", "ORG"...)
 * @param kbId knowledge-base id when linked, or null
 * @param articles how many articles mention it
 * @param mentions how many mentions in all
 * @param firstDay earliest publication day of an article mentioning it, or null
 * @param lastDay latest, or null
 */
public record ActorSummary(
    long id, String name, String type, String kbId, long articles, long mentions, LocalDate firstDay,
    LocalDate lastDay) {}
