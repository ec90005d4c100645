package org.opencounter.clients;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.function.Supplier;

import org.opencounter.clients.ledger.BankTransfers;
import org.opencounter.clients.ledger.TransferDirection;
import org.opencounter.clients.onboarding.OnboardingForm;
import org.opencounter.clients.onboarding.OnboardingService;
import org.opencounter.platform.StaffPrincipal;
import org.opencounter.platform.TestStaff;
import org.opencounter.platform.approval.ApprovalService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.context.ApplicationContext;

/** Opens clients and moves cash the way the counter does, as real demo staff. */
public class ClientsFixture {

    private final OnboardingService onboarding;
    private final ApprovalService approvals;
    private final BankTransfers transfers;
    private final UserDetailsService staff;
    private final JdbcClient jdbc;

    public ClientsFixture(ApplicationContext context) {
        this.onboarding = context.getBean(OnboardingService.class);
        this.approvals = context.getBean(ApprovalService.class);
        this.transfers = context.getBean(BankTransfers.class);
        this.staff = context.getBean(UserDetailsService.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    public StaffPrincipal login(String username) {
        return (StaffPrincipal) staff.loadUserByUsername(username);
    }

    public <T> T as(String username, Supplier<T> work) {
        return TestStaff.actingAs(login(username), work);
    }

    public void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    /** A valid individual application for a man born 1990-03-07 with the given sequence digits (000–499). */
    public OnboardingForm individual(int sequence) {
        String first17 = "31011519900307" + String.format("%03d", sequence * 2 + 1);
        OnboardingForm form = org.opencounter.clients.onboarding.OnboardingFormSamples.individual();
        form.setIdNumber(first17 + org.opencounter.clients.kyc.ResidentIdNumber.checkCharacter(first17));
        form.setRequestKey(UUID.randomUUID().toString());
        form.setOwnerId(login("advisor").id());
        return form;
    }

    public long submit(String maker, OnboardingForm form) {
        return as(maker, () -> onboarding.submit(form));
    }

    public long approvalFor(long clientId) {
        return jdbc.sql("select id from platform_approval_request where type = 'clients.open-account' "
                + "and (payload ->> 'clientId')::bigint = ?").param(clientId).query(Long.class).single();
    }

    /** Submitted by the clerk, approved by the SH01 branch manager. */
    public long openClient(int sequence) {
        return openClient(individual(sequence));
    }

    /** A client of this name, born 1990-03-07, opened as {@link #openClient(int)} does. */
    public long openClient(int sequence, String name) {
        OnboardingForm form = individual(sequence);
        form.setName(name);
        return openClient(form);
    }

    private long openClient(OnboardingForm form) {
        long id = submit("clerk", form);
        as("manager", () -> approvals.approve(approvalFor(id), "ok"));
        return id;
    }

    public void deposit(long clientId, String amount) {
        as("clerk", () -> transfers.transfer(clientId, TransferDirection.IN, new BigDecimal(amount),
                UUID.randomUUID().toString()));
    }

    public void withdraw(long clientId, String amount) {
        as("clerk", () -> transfers.transfer(clientId, TransferDirection.OUT, new BigDecimal(amount),
                UUID.randomUUID().toString()));
    }
}
