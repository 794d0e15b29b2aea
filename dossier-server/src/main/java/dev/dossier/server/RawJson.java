package dev.dossier.server;

/**
 * A response body that is JSON already (an Analysis in its own contract), written as it is.
 *
 * @param json the JSON text
 */
public record RawJson(String json) {}
