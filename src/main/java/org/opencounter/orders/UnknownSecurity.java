package org.opencounter.orders;

/** The order names a security the securities master does not know. */
public class UnknownSecurity extends RuntimeException {

    public UnknownSecurity(String code) {
        super("Unknown security " + code);
    }
}
