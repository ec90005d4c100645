package org.opencounter.clients.client;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A securities account (证券账户) at one exchange: SSE 'A' + 9 digits, SZSE 10 digits starting with 0. */
@Entity
@Table(name = "clients_securities_account")
public class SecuritiesAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", updatable = false)
    private long clientId;

    @Column(updatable = false)
    private String exchange;

    @Column(name = "account_number", updatable = false)
    private String accountNumber;

    @Column(name = "opened_at", updatable = false)
    private Instant openedAt;

    protected SecuritiesAccount() {
    }

    public SecuritiesAccount(long clientId, String exchange, String accountNumber, Instant now) {
        this.clientId = clientId;
        this.exchange = exchange;
        this.accountNumber = accountNumber;
        this.openedAt = now;
    }

    public String getExchange() {
        return exchange;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }
}
