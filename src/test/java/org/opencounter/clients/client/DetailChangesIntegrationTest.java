package org.opencounter.clients.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.clients.ClientsFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A client's change of mobile number, address and depository bank card: each checked, kept in the history with the
 * numbers masked and in the audit trail, made once however often it is sent, and only within the staff member's
 * branch.
 */
@IntegrationTest
class DetailChangesIntegrationTest {

    private static int sequence = 462;

    @Autowired ApplicationContext context;
    @Autowired DetailChanges changes;
    @Autowired JdbcClient jdbc;

    private ClientsFixture staff() {
        return new ClientsFixture(context);
    }

    private void refused(long client, DetailChanges.Request request, String field, String key) {
        assertThatThrownBy(() -> staff().as("clerk", () -> changes.change(client, request)))
                .isInstanceOfSatisfying(DetailChangeRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo(field);
                    assertThat(refused.messageKey()).isEqualTo(key);
                });
    }

    @Test
    void mobileAddressAndBankCardChangeWithTheirHistory() {
        long client = staff().openClient(sequence++);
        String mobile = jdbc.sql("select mobile from clients_client where id = ?").param(client)
                .query(String.class).single();

        long first = staff().as("clerk", () -> changes.change(client, new DetailChanges.Request(DetailField.MOBILE,
                "13912345678", null, "原号码停用", "details-1")));
        long twice = staff().as("clerk", () -> changes.change(client, new DetailChanges.Request(DetailField.MOBILE,
                "13912345678", null, "原号码停用", "details-1")));
        assertThat(twice).as("the same request sent twice").isEqualTo(first);
        staff().as("clerk", () -> changes.change(client, new DetailChanges.Request(DetailField.ADDRESS,
                "上海市黄浦区南京东路200号", null, "搬家", "details-2")));
        staff().as("clerk", () -> changes.change(client, new DetailChanges.Request(DetailField.BANK_CARD,
                "6222020200112233446", Bank.CMB, "改用招商银行卡", "details-3")));

        assertThat(jdbc.sql("select mobile from clients_client where id = ?").param(client).query(String.class)
                .single()).isEqualTo("13912345678");
        assertThat(jdbc.sql("select bank || ' ' || card_masked from clients_bank_link where client_id = ?")
                .param(client).query(String.class).single()).isEqualTo("CMB 6222***********3446");
        List<DetailChange> history = staff().as("clerk", () -> changes.history(client, PageRequest.of(0, 10)))
                .getContent();
        assertThat(history).extracting(DetailChange::field)
                .containsExactly(DetailField.BANK_CARD, DetailField.ADDRESS, DetailField.MOBILE);
        DetailChange mobileChange = history.get(2);
        assertThat(mobileChange.before()).isEqualTo(mobile.substring(0, 3) + "****" + mobile.substring(7));
        assertThat(mobileChange.after()).isEqualTo("139****5678");
        assertThat(history.get(0).after()).doesNotContain("0200112233");
        assertThat(jdbc.sql("select count(*) from platform_audit_event where action = 'clients.details.change'"
                + " and entity_id = ?").param(String.valueOf(client)).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void badValuesAreRefusedNextToTheirFieldAndOtherBranchesCannotChange() {
        long client = staff().openClient(sequence++);
        refused(client, new DetailChanges.Request(null, "13912345678", null, "原因", "bad-1"), "field",
                "clients.details.fieldRequired");
        refused(client, new DetailChanges.Request(DetailField.MOBILE, "1391234567", null, "原因", "bad-2"), "value",
                "clients.kyc.mobile.format");
        refused(client, new DetailChanges.Request(DetailField.MOBILE, "13912345678", null, " ", "bad-3"), "reason",
                "clients.details.reasonRequired");
        refused(client, new DetailChanges.Request(DetailField.BANK_CARD, "6222020200112233445", Bank.CMB, "原因",
                "bad-4"), "value", "clients.kyc.bankCard.checkDigit");
        refused(client, new DetailChanges.Request(DetailField.BANK_CARD, "6222020200112233446", null, "原因",
                "bad-5"), "bank", "clients.details.bankRequired");
        refused(client, new DetailChanges.Request(DetailField.ADDRESS, "上海", null, "原因", "bad-6"), "value",
                "clients.details.addressLength");
        String mobile = jdbc.sql("select mobile from clients_client where id = ?").param(client)
                .query(String.class).single();
        refused(client, new DetailChanges.Request(DetailField.MOBILE, mobile, null, "原因", "bad-7"), "value",
                "clients.details.unchanged");
        assertThatThrownBy(() -> staff().as("advisor.bj", () -> changes.change(client, new DetailChanges.Request(
                DetailField.MOBILE, "13912345679", null, "原因", "bad-8")))).isInstanceOf(ClientNotFound.class);
        assertThat(jdbc.sql("select count(*) from clients_detail_change where client_id = ?").param(client)
                .query(Long.class).single()).as("nothing half-saved").isZero();
    }
}
