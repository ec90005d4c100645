package org.opencounter.platform.branch;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A branch office (营业部), or the head office. */
@Entity
@Table(name = "platform_branch")
public class Branch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private String city;

    @Column(name = "head_office", nullable = false)
    private boolean headOffice;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Branch() {
    }

    public Branch(String code, String name, String nameEn, String city, boolean headOffice, Instant createdAt) {
        this.code = code;
        this.createdAt = createdAt;
        describe(name, nameEn, city, headOffice);
    }

    public void describe(String newName, String newNameEn, String newCity, boolean isHeadOffice) {
        this.name = newName;
        this.nameEn = newNameEn;
        this.city = newCity;
        this.headOffice = isHeadOffice;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getCity() {
        return city;
    }

    public boolean isHeadOffice() {
        return headOffice;
    }

    /** The branch name in the reader's language. */
    public String displayName(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? name : nameEn;
    }
}
