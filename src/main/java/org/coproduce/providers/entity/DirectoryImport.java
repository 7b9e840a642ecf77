package org.coproduce.providers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One uploaded directory file: its text, what its preview counted and, once applied, what applying
 * it did. Applied at most once; applying it again changes nothing and answers the first result.
 */
@Entity
@Table(name = "directory_import")
public class DirectoryImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name")
    private String fileName;

    private String content;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "preview_added")
    private int previewAdded;

    @Column(name = "preview_changed")
    private int previewChanged;

    @Column(name = "preview_retired")
    private int previewRetired;

    @Column(name = "applied_at")
    private Instant appliedAt;

    @Column(name = "applied_added")
    private Integer appliedAdded;

    @Column(name = "applied_changed")
    private Integer appliedChanged;

    @Column(name = "applied_retired")
    private Integer appliedRetired;

    @Version
    private long version;

    protected DirectoryImport() {
    }

    public DirectoryImport(String fileName, String content, Long createdBy, Instant now, ImportCounts preview) {
        this.fileName = fileName;
        this.content = content;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.previewAdded = preview.added();
        this.previewChanged = preview.changed();
        this.previewRetired = preview.retired();
    }

    public void applied(ImportCounts counts, Instant now) {
        if (appliedAt != null) {
            throw new IllegalStateException("applied already");
        }
        appliedAt = now;
        appliedAdded = counts.added();
        appliedChanged = counts.changed();
        appliedRetired = counts.retired();
    }

    public boolean isApplied() {
        return appliedAt != null;
    }

    public ImportCounts preview() {
        return new ImportCounts(previewAdded, previewChanged, previewRetired);
    }

    /** What applying it did, or null before. */
    public ImportCounts appliedCounts() {
        return appliedAt == null ? null : new ImportCounts(appliedAdded, appliedChanged, appliedRetired);
    }

    public Long id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public String content() {
        return content;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant appliedAt() {
        return appliedAt;
    }
}
