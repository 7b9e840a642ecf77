package org.coproduce.providers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;

@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.ALL, query = "select o from Organisation o order by o.name")
@NamedQuery(name = Organisation.COUNT, query = "select count(o) from Organisation o")
@NamedQuery(name = Organisation.CHILDREN, query = "select o.id from Organisation o where o.parent.id in :ids")
public class Organisation {

    public static final String ALL = "Organisation.all";
    public static final String COUNT = "Organisation.count";
    public static final String CHILDREN = "Organisation.childrenOf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Organisation parent;

    private String name;
    private String kind;
    private String city;
    private String country;
    private String website;

    @Column(name = "id_scheme")
    private String idScheme;

    @Column(name = "external_id")
    private String externalId;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String name, Organisation parent) {
        this.name = name;
        this.parent = parent;
    }

    public void describe(String name, String kind, String city, String country, String website) {
        this.name = name;
        this.kind = kind;
        this.city = city;
        this.country = country;
        this.website = website;
    }

    /** Moves the organisation under another; refuses a move that would make a cycle. */
    public void moveUnder(Organisation newParent) {
        for (Organisation o = newParent; o != null; o = o.parent) {
            if (o == this || (id != null && id.equals(o.id))) {
                throw new IllegalArgumentException("an organisation cannot be its own ancestor");
            }
        }
        this.parent = newParent;
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

    public Long id() {
        return id;
    }

    public Organisation parent() {
        return parent;
    }

    public String name() {
        return name;
    }

    public String kind() {
        return kind;
    }

    public String city() {
        return city;
    }

    public String country() {
        return country;
    }

    public String website() {
        return website;
    }
}
