package org.opencounter.clients.client;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencounter.clients.kyc.BankCardNumber;
import org.opencounter.clients.kyc.Masking;
import org.opencounter.clients.kyc.MobileNumber;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes of a client's contact and bank details at the counter (客户资料变更): a new mobile number, a new address, or
 * a new bank card for the third-party depository link (三方存管), each with its reason. Every change is kept in the
 * client's history and the audit trail - anti-money-laundering monitoring watches how often they come - and the same
 * request sent twice changes once.
 */
@Service
@Transactional
public class DetailChanges {

    private static final int MAX_ADDRESS = 200;
    private static final int MAX_REASON = 200;

    /** What the clerk asks for: the new value (for a bank card, the bank and the full number) and why. */
    public record Request(DetailField field, String value, Bank bank, String reason, String requestKey) {
    }

    private final ClientAccess access;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    DetailChanges(ClientAccess access, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.access = access;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Makes the change; answers its id.
     *
     * @throws DetailChangeRefused naming the field: no kind of change, a value that is not a mobile number, an
     *                             address or a bank card, the value the client already has, no reason; a
     *                             client not active
     */
    public long change(long clientId, Request request) {
        Optional<Long> earlier = jdbc.sql("select id from clients_detail_change where request_key = ?")
                .param(request.requestKey()).query(Long.class).optional();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Client client = access.visible(clientId);
        if (client.getStatus() != ClientStatus.ACTIVE) {
            throw new DetailChangeRefused(null, "clients.details.notActive");
        }
        if (request.field() == null) {
            throw new DetailChangeRefused("field", "clients.details.fieldRequired");
        }
        String reason = request.reason() == null ? "" : request.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw new DetailChangeRefused("reason", "clients.details.reasonRequired", MAX_REASON);
        }
        String value = request.value() == null ? "" : request.value().strip();
        Instant now = clock.instant();
        String before;
        String after;
        switch (request.field()) {
            case MOBILE -> {
                if (!MobileNumber.valid(value)) {
                    throw new DetailChangeRefused("value", "clients.kyc.mobile.format");
                }
                before = Masking.phone(client.getMobile());
                after = Masking.phone(value);
                refuseUnchanged(value.equals(client.getMobile()));
                setOnClient("mobile", value, clientId, now);
            }
            case ADDRESS -> {
                if (value.length() < 5 || value.length() > MAX_ADDRESS) {
                    throw new DetailChangeRefused("value", "clients.details.addressLength", MAX_ADDRESS);
                }
                before = client.getAddress();
                after = value;
                refuseUnchanged(value.equals(client.getAddress()));
                setOnClient("address", value, clientId, now);
            }
            case BANK_CARD -> {
                if (request.bank() == null) {
                    throw new DetailChangeRefused("bank", "clients.details.bankRequired");
                }
                Optional<String> problem = BankCardNumber.problem(value);
                if (problem.isPresent()) {
                    throw new DetailChangeRefused("value", problem.get());
                }
                String masked = new BankCardNumber(value).masked();
                before = jdbc.sql("select bank || ' ' || card_masked from clients_bank_link where client_id = ?")
                        .param(clientId).query(String.class).optional().orElse("");
                after = request.bank().name() + " " + masked;
                refuseUnchanged(after.equals(before));
                jdbc.sql("""
                                insert into clients_bank_link (client_id, bank, card_masked, linked_at)
                                values (?, ?, ?, ?)
                                on conflict (client_id) do update set bank = excluded.bank,
                                    card_masked = excluded.card_masked, linked_at = excluded.linked_at""")
                        .params(clientId, request.bank().name(), masked, Timestamp.from(now)).update();
            }
            default -> throw new IllegalStateException();
        }
        long id = jdbc.sql("""
                        insert into clients_detail_change (client_id, branch_id, field, before_value, after_value,
                            reason, request_key, changed_by, changed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(clientId, client.getBranchId(), request.field().name(), before, after, reason,
                        request.requestKey(), CurrentStaff.require().username(), Timestamp.from(now))
                .query(Long.class).single();
        audit.record(AuditRecord.change("clients.details.change", ClientAccess.ENTITY, clientId,
                Map.of("field", request.field(), "value", before),
                Map.of("field", request.field(), "value", after, "reason", reason)));
        return id;
    }

    /** The client's changes, the newest first. */
    @Transactional(readOnly = true)
    public Page<DetailChange> history(long clientId, Pageable page) {
        access.requireVisible(clientId);
        long total = jdbc.sql("select count(*) from clients_detail_change where client_id = ?").param(clientId)
                .query(Long.class).single();
        List<DetailChange> rows = jdbc.sql("""
                        select * from clients_detail_change where client_id = ?
                        order by changed_at desc, id desc limit ? offset ?""")
                .params(clientId, page.getPageSize(), page.getOffset())
                .query((row, n) -> new DetailChange(row.getLong("id"), DetailField.valueOf(row.getString("field")),
                        row.getString("before_value"), row.getString("after_value"), row.getString("reason"),
                        row.getString("changed_by"), row.getTimestamp("changed_at").toInstant()))
                .list();
        return new PageImpl<>(rows, page, total);
    }

    /** Sets one of the client's contact columns (mobile, address), a new version of the client. */
    private void setOnClient(String column, String value, long clientId, Instant now) {
        jdbc.sql("update clients_client set " + column + " = ?, version = version + 1, updated_at = ? where id = ?")
                .params(value, Timestamp.from(now), clientId).update();
    }

    private static void refuseUnchanged(boolean same) {
        if (same) {
            throw new DetailChangeRefused("value", "clients.details.unchanged");
        }
    }
}
