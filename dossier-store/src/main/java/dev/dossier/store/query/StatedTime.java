package dev.dossier.store.query;

/**
 * A time expression of a stored article with the sentence it is in.
 *
 * @param articleId the article's id
 * @param value its TIMEX3 value
 * @param text its words
 * @param sentence its sentence, whitespace collapsed (the expression itself when no sentence holds it)
 */
public record StatedTime(String articleId, String value, String text, String sentence) {}
