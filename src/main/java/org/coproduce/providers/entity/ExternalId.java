package org.coproduce.providers.entity;

/** An organisation's or a service's identifier in another register: a scheme (such as ODS) and a code unique within it. */
public record ExternalId(String scheme, String code) {
}
