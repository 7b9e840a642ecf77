package org.coproduce.accounts.boundary;

/** Whether the caller's second factor is on, whether their role needs it, how many recovery codes are left. */
public record SecondFactorView(boolean enrolled, boolean required, int recoveryCodesLeft) {
}
