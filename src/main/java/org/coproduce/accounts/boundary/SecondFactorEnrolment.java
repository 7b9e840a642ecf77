package org.coproduce.accounts.boundary;

/** The new secret in base 32 (to type in) and as an otpauth:// link (to open or scan). */
public record SecondFactorEnrolment(String secret, String otpauthUri) {
}
