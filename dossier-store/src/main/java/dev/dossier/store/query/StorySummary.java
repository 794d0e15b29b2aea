package dev.dossier.store.query;

import java.time.LocalDate;

/**
 * A story: articles about the same developments, grouped over time.
 *
 * @param id story id
 * @param label the most characteristic actors and words
 * @param firstDay earliest article day, or null
 * @param lastDay latest article day, or null
 * @param articles how many articles it has
 */
public record StorySummary(long id, String label, LocalDate firstDay, LocalDate lastDay, long articles) {}
