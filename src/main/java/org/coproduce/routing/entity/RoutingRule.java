package org.coproduce.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.coproduce.providers.entity.GeoPoint;

/** An organisation takes stories of a category (any, if null), within an area if one is set. */
@Entity
@Table(name = "routing_rule")
public class RoutingRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id")
    private long organisationId;

    private String category;
    private BigDecimal latitude;
    private BigDecimal longitude;

    @Column(name = "radius_km")
    private BigDecimal radiusKm;

    protected RoutingRule() {
    }

    public RoutingRule(long organisationId, String category, GeoPoint centre, Double radiusKm) {
        this.organisationId = organisationId;
        this.category = category;
        this.latitude = centre == null ? null : BigDecimal.valueOf(centre.latitude());
        this.longitude = centre == null ? null : BigDecimal.valueOf(centre.longitude());
        this.radiusKm = radiusKm == null ? null : BigDecimal.valueOf(radiusKm);
    }

    /** Whether a story of these categories at this point falls under the rule. */
    public boolean covers(java.util.Set<String> categories, GeoPoint at) {
        if (category != null && !categories.contains(category)) {
            return false;
        }
        if (latitude == null || radiusKm == null) {
            return true;
        }
        return at != null && new GeoPoint(latitude.doubleValue(), longitude.doubleValue()).kilometresTo(at) <= radiusKm.doubleValue();
    }

    public Long id() {
        return id;
    }

    public long organisationId() {
        return organisationId;
    }

    public String category() {
        return category;
    }

    public Double latitude() {
        return latitude == null ? null : latitude.doubleValue();
    }

    public Double longitude() {
        return longitude == null ? null : longitude.doubleValue();
    }

    public Double radiusKm() {
        return radiusKm == null ? null : radiusKm.doubleValue();
    }
}
