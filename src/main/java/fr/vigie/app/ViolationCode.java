package fr.vigie.app;

/** A reason for refusing input; implemented by each feature's enum of codes, each code with one message per language. */
public interface ViolationCode {

    String name();
}
