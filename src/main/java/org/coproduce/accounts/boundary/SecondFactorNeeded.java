package org.coproduce.accounts.boundary;

/** The password was right; the login waits for the second factor ({@code secondFactor: "totp"}). */
public record SecondFactorNeeded(String secondFactor) {
}
