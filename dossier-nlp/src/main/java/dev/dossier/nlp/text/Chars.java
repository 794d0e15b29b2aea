package dev.dossier.nlp.text;

/**
 * Character-class tests over a whole string, as plain loops over its UTF-16 chars: the same answers
 * as {@code s.chars().allMatch(Character::isLetter)} and the like, without a stream. Hot code calls
 * these once or more per token; a stream there makes the JIT inline the whole stream machinery into
 * the caller and recompile it whenever another predicate reaches the shared stream code.
 */
public final class Chars {

  private Chars() {
  }

  /** Whether every char is an ASCII digit (true for the empty string). */
  public static boolean allAsciiDigits(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether every char is a letter ({@link Character#isLetter(int)}; true for the empty string). */
  public static boolean allLetters(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isLetter((int) s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether every char is upper case ({@link Character#isUpperCase(int)}; true for the empty string). */
  public static boolean allUpperCase(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isUpperCase((int) s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether some char is a letter ({@link Character#isLetter(int)}). */
  public static boolean anyLetter(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter((int) s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
