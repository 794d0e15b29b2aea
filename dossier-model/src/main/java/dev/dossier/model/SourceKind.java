package dev.dossier.model;

/** What kind of source a claim is attributed to. */
public enum SourceKind {
  /** A named person ("Netanyahu said"). */
  PERSON,
  /** A named news outlet or wire ("According to CNN", "Axios reported"). */
  OUTLET,
  /**
   * An organisation other than an outlet or a government (a party, a company, the UN), named or
   * only by a noun for it ("the union said").
   */
  ORGANIZATION,
  /** A government, ministry or state as a body ("Israel said", "the White House said", "the ministry said"). */
  GOVERNMENT,
  /** A poll, survey, report or other document ("a Gallup poll showed"). */
  POLL_OR_DOCUMENT,
  /** Unnamed people ("officials close to the prime minister", "Israeli sources", "aides"). */
  ANONYMOUS,
  /** Anything else, or not resolved. */
  OTHER
}
