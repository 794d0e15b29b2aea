package dev.dossier.model;

/** Types of named things Dossier finds. Evaluation maps them to CoNLL's PER, ORG, LOC, MISC. */
public enum EntityType {
  /** A person. */
  PERSON,
  /** An organisation: company, party, agency, outlet, pollster, armed group. */
  ORG,
  /** A geo-political entity: country, state, city as a polity. */
  GPE,
  /** A non-political location: region, body of water, building, estate (Mar-a-Lago). */
  LOC,
  /** A nationality, religious or political group used as a modifier (Israeli, Arab). */
  NORP,
  /** A named event (the Oct. 7 attack as a name, an election). */
  EVENT,
  /** A named law, treaty or agreement (Abraham Accords). */
  LAW,
  /** Any other named thing. */
  MISC;

  /** The CoNLL-2003 label this type is scored as. */
  public String conll() {
    return switch (this) {
      case PERSON -> "PER";
      case ORG -> "ORG";
      case GPE, LOC -> "LOC";
      case NORP, EVENT, LAW, MISC -> "MISC";
    };
  }
}
