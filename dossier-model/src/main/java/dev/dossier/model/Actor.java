package dev.dossier.model;

/**
 * A participant in an event: a resolved entity or a group ("ultra-nationalist partners").
 *
 * @param extent the words naming it in the sentence
 * @param entity index in the entities layer, or null for an unresolved or group actor
 * @param code CAMEO actor code ("ISRGOV", "USAGOV"), or null
 * @param name display name
 * @param group whether it is a group of unnamed members
 * @param affiliation for a group, whom it belongs to ("Israel", "Netanyahu's coalition"), or null
 */
public record Actor(Extent extent, Integer entity, String code, String name, boolean group, String affiliation) {}
