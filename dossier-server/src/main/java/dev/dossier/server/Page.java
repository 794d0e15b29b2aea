package dev.dossier.server;

import java.util.List;

/**
 * One page of a list. Follow {@code next} for the following page; it is null on the last one.
 *
 * @param items the items of this page
 * @param offset how many items come before this page
 * @param limit the most items a page holds
 * @param total how many items there are in all, or null when the list does not count them
 * @param next the path and query of the next page, or null on the last page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, int offset, int limit, Long total, String next) {
  public Page {
    items = List.copyOf(items);
  }
}
