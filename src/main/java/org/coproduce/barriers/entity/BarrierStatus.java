package org.coproduce.barriers.entity;

/** Where a barrier stands, set by a responder of an organisation it was routed to; only forward. */
public enum BarrierStatus {
    REPORTED, CONFIRMED, BEING_FIXED, FIXED;

    public static java.util.Optional<BarrierStatus> parse(String text) {
        return java.util.Arrays.stream(values()).filter(s -> text != null && s.name().equalsIgnoreCase(text.strip())).findFirst();
    }
}
