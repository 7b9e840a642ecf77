package org.coproduce.providers.entity;

import jakarta.persistence.Column;
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
import java.time.Instant;

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

    @Column(name = "id_scheme")
    private String idScheme;

    @Column(name = "external_id")
    private String externalId;

    /** When the register it was imported from stopped listing it: kept for its stories, offered for no new one. */
    @Column(name = "retired_at")
    private Instant retiredAt;

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

    /** The identifier another register gives it; set once, by the directory import. */
    public void identify(ExternalId id) {
        this.idScheme = id.scheme();
        this.externalId = id.code();
    }

    /** Its identifier in another register, or null. */
    public ExternalId externalId() {
        return idScheme == null ? null : new ExternalId(idScheme, externalId);
    }

    public void retire(Instant now) {
        if (retiredAt == null) {
            retiredAt = now;
        }
    }

    public void reinstate() {
        retiredAt = null;
    }

    public boolean retired() {
        return retiredAt != null;
    }

    public Instant retiredAt() {
        return retiredAt;
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
