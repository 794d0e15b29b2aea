package dev.dossier.store.search;

/**
 * How many matching articles have a facet value.
 *
 * @param value the value ("Reuters", "2025-12", "ANONYMOUS", an actor's name)
 * @param count matching articles with it
 */
public record FacetCount(String value, long count) {}
