package org.coproduce.providers.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;

@Entity
@Table(name = "service")
public class Service {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String name;

    @Enumerated(EnumType.STRING)
    private ServiceCategory category;

    private String description;
    private String address;
    private String postcode;
    private String city;
    private String country;
    private BigDecimal latitude;
    private BigDecimal longitude;

    @Version
    private long version;

    protected Service() {
    }

    public Service(Organisation organisation, String name, ServiceCategory category) {
        this.organisation = organisation;
        this.name = name;
        this.category = category;
    }

    public void describe(Organisation organisation, String name, ServiceCategory category, String description) {
        this.organisation = organisation;
        this.name = name;
        this.category = category;
        this.description = description;
    }

    public void locate(String address, String postcode, String city, String country, GeoPoint point) {
        this.address = address;
        this.postcode = postcode;
        this.city = city;
        this.country = country;
        this.latitude = point == null ? null : BigDecimal.valueOf(point.latitude());
        this.longitude = point == null ? null : BigDecimal.valueOf(point.longitude());
    }

    public GeoPoint point() {
        return latitude == null || longitude == null ? null
                : new GeoPoint(latitude.doubleValue(), longitude.doubleValue());
    }

    public Long id() {
        return id;
    }

    public Organisation organisation() {
        return organisation;
    }

    public String name() {
        return name;
    }

    public ServiceCategory category() {
        return category;
    }

    public String description() {
        return description;
    }

    public String address() {
        return address;
    }

    public String postcode() {
        return postcode;
    }

    public String city() {
        return city;
    }

    public String country() {
        return country;
    }
}
