package dev.dossier.model;

/** What kind of source a claim is attributed to. */
public enum SourceKind {
  /** A named person ("Netanyahu said"). */
  PERSON,
  /** A named news outlet or wire ("According to CNN", "Axios reported"). */
  OUTLET,
  /** A named organisation other than an outlet or a government (a party, a company, the UN). */
  ORGANIZATION,
  /** A government, ministry or state as a body ("Israel said", "the White House said"). */
  GOVERNMENT,
  /** A poll, survey, report or other document ("a Gallup poll showed"). */
  POLL_OR_DOCUMENT,
  /** Unnamed people ("officials close to the prime minister", "Israeli sources", "aides"). */
  ANONYMOUS,
  /** Anything else, or not resolved. */
  OTHER
}
