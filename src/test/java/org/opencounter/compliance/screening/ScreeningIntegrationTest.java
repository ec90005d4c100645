package org.opencounter.compliance.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.clients.client.AccountLifecycle;
import org.opencounter.clients.client.FreezeKind;
import org.opencounter.platform.Refusal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Screening on the real database: a list's new version screens every client at once and keeps each hit once; a
 * dismissed hit stays dismissed until its entry changes; a confirmed hit freezes the account, which only compliance
 * lifts; a bad file saves nothing; a client opened later is screened against the lists in force.
 */
@IntegrationTest
class ScreeningIntegrationTest {

    private static final String HEADER = "reference,name,aliases,id_number,birth,nationality,note\n";

    @Autowired ApplicationContext context;
    @Autowired WatchLists lists;
    @Autowired ScreeningHits hits;
    @Autowired AccountLifecycle accounts;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private ClientsFixture staff() {
        return new ClientsFixture(context);
    }

    private ListImport importList(WatchListKind kind, String csv, String key) {
        return staff().as("compliance", () -> lists.importVersion(kind, "test.csv",
                csv.getBytes(StandardCharsets.UTF_8), new BigDecimal("0.88"), key));
    }

    private List<Map<String, Object>> hitsOf(long client) {
        return jdbc.sql("""
                        select h.id, h.status, h.reasons, h.score, h.trigger, e.reference
                        from compliance_screening_hit h
                        join compliance_watch_list_entry e on e.id = h.entry_id where h.client_id = ? order by h.id""")
                .param(client).query().listOfRows();
    }

    private Map<String, Object> fundAccount(long client) {
        return jdbc.sql("select status, freeze_kind, freeze_reason from clients_fund_account where client_id = ?")
                .param(client).query().singleRow();
    }

    @Test
    void aListVersionScreensEveryClientAndKeepsEachHitOnce() {
        long listed = staff().openClient(470, "欧阳建国");
        long lookAlike = staff().openClient(471, "欧阳建华");
        String csv = HEADER + "S-1,OUYANG Jianguo,,,1990,CN,测试\nS-2,Ivan PETROV,,,1968-04-12,RU,测试\n";
        String key = UUID.randomUUID().toString();
        int before = lists.active().get(WatchListKind.SANCTIONS).version();

        ListImport first = importList(WatchListKind.SANCTIONS, csv, key);
        assertThat(first.accepted()).isTrue();
        assertThat(first.version().version()).isEqualTo(before + 1);
        assertThat(first.version().entries()).isEqualTo(2);
        assertThat(first.version().hits()).isEqualTo(1);
        assertThat(first.version().screenedNames()).isGreaterThan(100);
        assertThat(hitsOf(listed)).singleElement().satisfies(hit -> {
            assertThat(hit.get("reference")).isEqualTo("S-1");
            assertThat(hit.get("reasons")).isEqualTo("NAME,BIRTH");
            assertThat((BigDecimal) hit.get("score")).isEqualByComparingTo("1.000");
            assertThat(hit.get("trigger")).isEqualTo("LIST_CHANGE");
        });
        assertThat(hitsOf(lookAlike)).as("欧阳建华 scores 0.87 against Ouyang Jianguo").isEmpty();

        ListImport again = importList(WatchListKind.SANCTIONS, csv, key);
        assertThat(again.repeated()).isTrue();
        assertThat(again.version().id()).isEqualTo(first.version().id());

        ListImport sameEntries = importList(WatchListKind.SANCTIONS, csv, UUID.randomUUID().toString());
        assertThat(sameEntries.version().version()).isEqualTo(before + 2);
        assertThat(sameEntries.version().hits()).as("the entry as it stands was raised already").isZero();
        assertThat(lists.find(first.version().id()).status()).isEqualTo("SUPERSEDED");
        assertThat(lists.active().get(WatchListKind.SANCTIONS).id()).isEqualTo(sameEntries.version().id());

        long hit = (Long) hitsOf(listed).get(0).get("id");
        staff().as("compliance", () -> hits.dismiss(hit, "同名，出生日期月份不同，非同一人"));
        ListImport changed = importList(WatchListKind.SANCTIONS, HEADER
                + "S-1,OUYANG Jianguo,Au Yeung Kin Kwok,,1990,CN,增加别名\n", UUID.randomUUID().toString());
        assertThat(changed.version().hits()).as("the entry changed: raised again").isEqualTo(1);
        assertThat(hitsOf(listed)).extracting(row -> row.get("status")).containsExactly("DISMISSED", "OPEN");
    }

    @Test
    void confirmingAHitFreezesTheAccountAndOnlyComplianceLiftsIt() {
        long client = staff().openClient(472, "上官明辉");
        String idNumber = jdbc.sql("select id_number from clients_client where id = ?").param(client)
                .query(String.class).single();
        importList(WatchListKind.BLACKLIST, HEADER + "B-1,上官明辉,,," + "\nB-2,Someone Else,," + idNumber + ",,,\n",
                UUID.randomUUID().toString());
        List<Map<String, Object>> raised = hitsOf(client);
        assertThat(raised).extracting(row -> row.get("reference")).containsExactly("B-1", "B-2");
        assertThat(raised.get(1).get("reasons")).as("the ID number alone").isEqualTo("ID_NUMBER");
        long hit = (Long) raised.get(1).get("id");

        assertThatThrownBy(() -> staff().as("compliance", () -> hits.confirm(hit, " ")))
                .isInstanceOf(ScreeningRefused.class).hasMessage("compliance.screening.reasonRequired");
        ScreeningHit confirmed = staff().as("compliance", () -> hits.confirm(hit, "身份证号码与黑名单一致，确认"));
        assertThat(confirmed.status()).isEqualTo("CONFIRMED");
        assertThat(confirmed.decidedBy()).isEqualTo("compliance");
        assertThat(fundAccount(client)).containsEntry("status", "FROZEN").containsEntry("freeze_kind", "SANCTIONS");
        assertThatThrownBy(() -> staff().as("compliance", () -> hits.confirm(hit, "again")))
                .isInstanceOf(ScreeningRefused.class).hasMessage("compliance.screening.decided");
        assertThat(jdbc.sql("select count(*) from platform_audit_event where action = 'clients.account.freeze-list-hit'"
                + " and entity_id = ?").param(String.valueOf(client)).query(Long.class).single()).isEqualTo(1);

        assertThatThrownBy(() -> staff().as("manager", () -> accounts.unfreeze(client)))
                .isInstanceOf(Refusal.class).hasMessage("clients.account.listHitUnfreeze");
        assertThatThrownBy(() -> staff().as("manager", () -> accounts.freeze(client, FreezeKind.SANCTIONS, "x", null)))
                .isInstanceOf(Refusal.class).hasMessage("clients.account.listFreezeByScreening");
        staff().as("compliance", () -> accounts.unfreeze(client));
        assertThat(fundAccount(client)).containsEntry("status", "ACTIVE");
    }

    @Test
    void aListHitTakesThePlaceOfAnEarlierFreezeKeepingItsReason() {
        long client = staff().openClient(473, "令狐冲");
        staff().as("manager", () -> accounts.freeze(client, FreezeKind.JUDICIAL, "法院冻结", "(2026)沪01执1号"));
        importList(WatchListKind.SANCTIONS, HEADER + "S-9,LINGHU Chong,,,1990-03-07,CN,\n",
                UUID.randomUUID().toString());
        long hit = (Long) hitsOf(client).get(0).get("id");
        staff().as("compliance", () -> hits.confirm(hit, "确认"));
        assertThat(fundAccount(client)).containsEntry("freeze_kind", "SANCTIONS");
        assertThat((String) fundAccount(client).get("freeze_reason")).endsWith("原冻结：法院冻结");
    }

    @Test
    void aBadFileOrThresholdSavesNothing() {
        long versions = jdbc.sql("select count(*) from compliance_watch_list_version").query(Long.class).single();
        ListImport refused = importList(WatchListKind.PEP, HEADER + "P-1,Someone,,,,,\nP-1,Another,,,,,\n",
                UUID.randomUUID().toString());
        assertThat(refused.accepted()).isFalse();
        assertThat(refused.problems()).extracting(ListProblem::messageKey).containsExactly("compliance.list.duplicate");
        assertThatThrownBy(() -> staff().as("compliance", () -> lists.importVersion(WatchListKind.PEP, "x.csv",
                (HEADER + "P-1,Someone,,,,,\n").getBytes(StandardCharsets.UTF_8), new BigDecimal("0.69"),
                UUID.randomUUID().toString()))).isInstanceOf(ScreeningRefused.class)
                .hasMessage("compliance.list.threshold.range");
        assertThat(jdbc.sql("select count(*) from compliance_watch_list_version").query(Long.class).single())
                .isEqualTo(versions);
    }

    @Test
    void aClientOpenedLaterIsScreenedAgainstTheListsInForce() {
        importList(WatchListKind.PEP, HEADER + "P-7,SIMA Zhiyuan,,,1990,CN,某市原副市长\n", UUID.randomUUID().toString());
        long client = staff().openClient(474, "司马志远");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !hitsOf(client).isEmpty());
        assertThat(hitsOf(client)).singleElement().satisfies(hit -> {
            assertThat(hit.get("trigger")).isEqualTo("ONBOARDING");
            assertThat(hit.get("reference")).isEqualTo("P-7");
        });
    }

    @Test
    void theDemoHasHitsInEveryStateAndTheConfirmedAccountFrozen() throws Exception {
        assertThat(jdbc.sql("select distinct status from compliance_screening_hit").query(String.class).list())
                .contains("OPEN", "CONFIRMED", "DISMISSED");
        long confirmed = jdbc.sql("select client_id from compliance_screening_hit where status = 'CONFIRMED'")
                .query(Long.class).list().get(0);
        assertThat(fundAccount(confirmed)).containsEntry("freeze_kind", "SANCTIONS");
        assertThat(lists.active()).containsOnlyKeys(WatchListKind.values());

        var officer = user(staff().login("compliance"));
        String page = mvc.perform(get("/compliance/screening/check").param("name", "Ahmed Karimi").with(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("OC-SAN-0003").contains("1.000");
        long open = jdbc.sql("select min(id) from compliance_screening_hit where status = 'OPEN'").query(Long.class)
                .single();
        mvc.perform(get("/compliance/screening/hits/" + open).with(officer)).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from platform_audit_event where action = 'compliance.screening.hit.view'"
                + " and entity_id = ?").param(String.valueOf(open)).query(Long.class).single()).isEqualTo(1);
    }
}
