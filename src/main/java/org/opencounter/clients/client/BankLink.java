package org.opencounter.clients.client;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The client's bank settlement account (三方存管): the bank and the masked card number. */
@Entity
@Table(name = "clients_bank_link")
public class BankLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", updatable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    private Bank bank;

    @Column(name = "card_masked")
    private String cardMasked;

    @Column(name = "linked_at")
    private Instant linkedAt;

    protected BankLink() {
    }

    public BankLink(long clientId, Bank bank, String cardMasked, Instant now) {
        this.clientId = clientId;
        this.bank = bank;
        this.cardMasked = cardMasked;
        this.linkedAt = now;
    }

    public Bank getBank() {
        return bank;
    }

    public String getCardMasked() {
        return cardMasked;
    }

    public Instant getLinkedAt() {
        return linkedAt;
    }
}
