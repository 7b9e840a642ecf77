package org.coproduce.analysis.entity;

public enum PersonalDataKind {
    email, phone, date_of_birth, nhs_number, record_number, postal_address, postcode, name
}
