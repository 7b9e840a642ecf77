package org.coproduce.barriers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.coproduce.providers.entity.GeoPoint;

/** An organisation takes the barriers of a category (null: every category) whose point lies in a box, edges included. */
@Entity
@Table(name = "barrier_route")
public class BarrierRoute {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id")
    private long organisationId;

    private String category;

    @Column(name = "min_latitude")
    private BigDecimal minLatitude;

    @Column(name = "min_longitude")
    private BigDecimal minLongitude;

    @Column(name = "max_latitude")
    private BigDecimal maxLatitude;

    @Column(name = "max_longitude")
    private BigDecimal maxLongitude;

    @Column(name = "created_at")
    private Instant createdAt;

    protected BarrierRoute() {
    }

    public BarrierRoute(long organisationId, String category, double minLatitude, double minLongitude, double maxLatitude,
            double maxLongitude, Instant now) {
        this.organisationId = organisationId;
        this.category = category;
        this.minLatitude = BigDecimal.valueOf(minLatitude);
        this.minLongitude = BigDecimal.valueOf(minLongitude);
        this.maxLatitude = BigDecimal.valueOf(maxLatitude);
        this.maxLongitude = BigDecimal.valueOf(maxLongitude);
        this.createdAt = now;
    }

    public boolean takes(String barrierCategory, GeoPoint point) {
        return (category == null || category.equals(barrierCategory))
                && point.latitude() >= minLatitude.doubleValue() && point.latitude() <= maxLatitude.doubleValue()
                && point.longitude() >= minLongitude.doubleValue() && point.longitude() <= maxLongitude.doubleValue();
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

    public double minLatitude() {
        return minLatitude.doubleValue();
    }

    public double minLongitude() {
        return minLongitude.doubleValue();
    }

    public double maxLatitude() {
        return maxLatitude.doubleValue();
    }

    public double maxLongitude() {
        return maxLongitude.doubleValue();
    }
}
