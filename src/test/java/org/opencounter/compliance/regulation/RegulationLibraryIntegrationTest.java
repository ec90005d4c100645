package org.opencounter.compliance.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.market.TradingCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The regulation library on the real database: a regulation opens a task for each affected policy's owner; the
 * owner closes it by revising the policy, which every staff member then acknowledges once, or with the reason it
 * needs no change; only the owner sees and closes it.
 */
@IntegrationTest
class RegulationLibraryIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired RegulationLibrary library;
    @Autowired Policies policies;
    @Autowired TradingCalendar calendar;
    @Autowired JdbcClient jdbc;

    private ClientsFixture staff() {
        return new ClientsFixture(context);
    }

    private long staffId(String username) {
        return jdbc.sql("select id from platform_staff_user where username = ?").param(username).query(Long.class)
                .single();
    }

    private long regulation(List<Long> policyIds, String effective) {
        return staff().as("compliance", () -> library.record(new RegulationLibrary.Entry("测试规定", "证监会",
                "证监会令第999号", LocalDate.parse("2026-01-01"), LocalDate.parse(effective), "要点", null, policyIds,
                UUID.randomUUID().toString())));
    }

    @Test
    void aRegulationOpensATaskForEachOwnerWhoRevisesAndStaffAcknowledge() {
        long policy = staff().as("compliance", () -> policies.create("TEST-01", "测试制度", staffId("wealth"), "要点"));
        long other = staff().as("compliance", () -> policies.create("TEST-02", "另一制度", staffId("risk"), "要点"));
        long regulation = regulation(List.of(policy, other), "2026-03-01");

        List<PolicyTask> tasks = library.tasks(regulation);
        assertThat(tasks).extracting(PolicyTask::policyCode, PolicyTask::ownerName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TEST-01", "郑理财"),
                        org.assertj.core.groups.Tuple.tuple("TEST-02", "钱风控"));
        assertThat(tasks.get(0).dueOn()).isEqualTo(calendar.today().plusDays(30));
        long task = tasks.get(0).id();

        assertThatThrownBy(() -> staff().as("risk", () -> {
            policies.complete(task, Policies.Outcome.NO_CHANGE, "x", null);
            return null;
        })).as("not the owner").isInstanceOf(LibraryNotFound.class);
        assertThat(staff().as("wealth", () -> policies.myTasks(PageRequest.of(0, 50)).getContent()))
                .extracting(PolicyTask::id).contains(task);
        assertThatThrownBy(() -> staff().as("wealth", () -> {
            policies.complete(task, Policies.Outcome.REVISED, "按新规修订", " ");
            return null;
        })).isInstanceOf(LibraryRefused.class).hasMessage("compliance.task.summaryRequired");

        staff().as("wealth", () -> {
            policies.complete(task, Policies.Outcome.REVISED, "按新规修订", "新增第五条：投资者转化的复核程序");
            return null;
        });
        Policy revised = policies.find(policy);
        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.summary()).isEqualTo("新增第五条：投资者转化的复核程序");
        assertThat(revised.acknowledged()).isZero();
        assertThatThrownBy(() -> staff().as("wealth", () -> {
            policies.complete(task, Policies.Outcome.NO_CHANGE, "again", null);
            return null;
        })).isInstanceOf(LibraryRefused.class).hasMessage("compliance.task.done");

        PolicyChange change = staff().as("clerk", () -> policies.toAcknowledge()).stream()
                .filter(c -> c.policyId() == policy).findFirst().orElseThrow();
        staff().as("clerk", () -> {
            policies.acknowledge(change.id());
            policies.acknowledge(change.id());
            return null;
        });
        assertThat(policies.find(policy).acknowledged()).isEqualTo(1);
        assertThat(staff().as("clerk", () -> policies.toAcknowledge())).noneMatch(c -> c.id() == change.id());
    }

    @Test
    void aRegulationNeedsItsFactsInOrder() {
        assertThatThrownBy(() -> staff().as("compliance", () -> library.record(new RegulationLibrary.Entry("规定", "证监会",
                "令", LocalDate.parse("2026-02-01"), LocalDate.parse("2026-01-31"), "要点", null, List.of(), "k1"))))
                .isInstanceOf(LibraryRefused.class).hasMessage("compliance.regulation.effectiveInvalid");
        assertThatThrownBy(() -> staff().as("compliance", () -> library.record(new RegulationLibrary.Entry(" ", "证监会",
                "令", LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-01"), "要点", null, List.of(), "k2"))))
                .isInstanceOf(LibraryRefused.class).hasMessage("compliance.regulation.titleRequired");
        assertThatThrownBy(() -> staff().as("compliance", () -> policies.create("AML-01", "重复", staffId("risk"), "要点")))
                .isInstanceOf(LibraryRefused.class).hasMessage("compliance.policy.codeTaken");
        long id = regulation(List.of(), "2026-03-01");
        assertThatThrownBy(() -> staff().as("compliance", () -> {
            library.repeal(id, LocalDate.parse("2026-02-28"));
            return null;
        })).isInstanceOf(LibraryRefused.class).hasMessage("compliance.regulation.repealInvalid");
    }

    @Test
    void theDemoLibraryHasTasksDoneOpenAndOverdueAndARevisionHalfAcknowledged() {
        assertThat(jdbc.sql("select distinct coalesce(outcome, status) from compliance_policy_task").query(String.class)
                .list()).contains("REVISED", "NO_CHANGE", "OPEN");
        assertThat(jdbc.sql("select count(*) from compliance_policy_task where status = 'OPEN' and due_on < ?")
                .param(java.sql.Date.valueOf(calendar.today())).query(Long.class).single()).isEqualTo(1);
        Policy aml = policies.all().stream().filter(p -> p.code().equals("AML-01")).findFirst().orElseThrow();
        assertThat(aml.version()).isEqualTo(2);
        assertThat(aml.acknowledged()).isEqualTo(6);
        assertThat(aml.fullyAcknowledged()).isFalse();
    }
}
