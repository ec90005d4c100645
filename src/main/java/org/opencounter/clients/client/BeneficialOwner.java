package org.opencounter.clients.client;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A natural person owning or controlling more than 25% of an institutional client. */
@Entity
@Table(name = "clients_beneficial_owner")
public class BeneficialOwner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "id_number")
    private String idNumber;

    private BigDecimal share;

    protected BeneficialOwner() {
    }

    BeneficialOwner(String name, String idNumber, BigDecimal share) {
        this.name = name;
        this.idNumber = idNumber;
        this.share = share;
    }

    public String getName() {
        return name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public BigDecimal getShare() {
        return share;
    }
}
