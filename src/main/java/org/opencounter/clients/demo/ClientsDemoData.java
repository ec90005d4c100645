package org.opencounter.clients.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.opencounter.clients.client.AccountLifecycle;
import org.opencounter.clients.client.Bank;
import org.opencounter.clients.client.Education;
import org.opencounter.clients.client.KycReviews;
import org.opencounter.clients.client.IncomeBand;
import org.opencounter.clients.client.Occupation;
import org.opencounter.clients.client.SourceOfFunds;
import org.opencounter.clients.kyc.Adulthood;
import org.opencounter.clients.AmlRisk;
import org.opencounter.clients.kyc.InitialAmlRating;
import org.opencounter.clients.ledger.CashLedger;
import org.opencounter.clients.onboarding.AccountNumbers;
import org.opencounter.clients.prospect.ProspectSource;
import org.opencounter.clients.prospect.ProspectStage;
import org.opencounter.platform.BranchInfo;
import org.opencounter.platform.DemoDataSet;
import org.opencounter.platform.Organisation;
import org.opencounter.platform.Role;
import org.opencounter.platform.StaffMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * About 300 opened clients across the branches (individuals and institutions with valid ID numbers and credit
 * codes), their accounts and bank links, a cash history of balanced journal entries, and prospects in every stage.
 * Written with plain inserts because it is reloaded before every test class; the same seed gives the same book.
 */
@Component
class ClientsDemoData implements DemoDataSet {

    private static final Logger log = LoggerFactory.getLogger(ClientsDemoData.class);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private record BranchPlan(String code, String city, String areaCode, int clients) {
    }

    private static final List<BranchPlan> PLAN = List.of(
            new BranchPlan("SH01", "上海", "310115", 120),
            new BranchPlan("BJ01", "北京", "110102", 60),
            new BranchPlan("SZ01", "深圳", "440304", 60),
            new BranchPlan("HZ01", "杭州", "330106", 60));

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final AccountNumbers numbers;
    private final CashLedger ledger;
    private final AccountLifecycle lifecycle;
    private final KycReviews kycReviews;
    private final DemoBankTransfers bankTransfers;
    private final Clock clock;

    ClientsDemoData(JdbcClient jdbc, Organisation organisation, AccountNumbers numbers, CashLedger ledger,
                    AccountLifecycle lifecycle, KycReviews kycReviews, DemoBankTransfers bankTransfers, Clock clock) {
        this.bankTransfers = bankTransfers;
        this.kycReviews = kycReviews;
        this.ledger = ledger;
        this.lifecycle = lifecycle;
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.numbers = numbers;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    @Transactional
    public void loadIfAbsent() {
        if (jdbc.sql("select exists (select 1 from clients_client)").query(Boolean.class).single()) {
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(20261124);
        DemoPeople people = new DemoPeople(random);
        LocalDate today = LocalDate.now(clock);
        long bank = ledger.bankSettlementAccount();
        int clientCount = 0;
        int entryCount = 0;
        for (BranchPlan plan : PLAN) {
            BranchInfo branch = organisation.branches().stream().filter(b -> b.code().equals(plan.code()))
                    .findFirst().orElse(null);
            List<StaffMember> managers = branch == null ? List.of()
                    : organisation.activeStaff(branch.id(), Role.ACCOUNT_MANAGER);
            if (managers.isEmpty()) {
                continue;
            }
            List<Long> opened = new ArrayList<>();
            for (int i = 0; i < plan.clients(); i++) {
                StaffMember owner = managers.get(i % managers.size());
                LocalDate openedOn = today.minusDays(30 + random.nextInt(1000));
                long clientId = i % 10 == 9 ? institution(people, random, plan, branch, owner, openedOn)
                        : individual(people, random, plan, branch, owner, openedOn, today);
                entryCount += openAccounts(clientId, branch.id(), people, random, openedOn, today, bank, owner);
                opened.add(clientId);
                clientCount++;
            }
            prospects(people, random, branch, managers, opened, today);
            marketNotice(branch, managers.get(0), opened.subList(0, Math.min(opened.size(), 25)), today);
        }
        int dormant = lifecycle.markDormantAccounts();
        int kycDue = kycReviews.markOutdated();
        freezeOne("BJ01", "JUDICIAL", "法院协助执行冻结", "(2026)京0102执保456号");
        freezeOne("SZ01", "RISK", "疑似异常交易，待核查", null);
        log.info("Demo clients loaded: {} clients ({} dormant, {} due for KYC review), {} journal entries in {} ms",
                clientCount, dormant, kycDue, entryCount,
                (System.nanoTime() - started) / 1_000_000);
    }

    private long individual(DemoPeople people, Random random, BranchPlan plan, BranchInfo branch, StaffMember owner,
                            LocalDate openedOn, LocalDate today) {
        LocalDate birth = people.birthDate();
        while (!Adulthood.isAdultOn(birth, openedOn)) {
            birth = birth.minusYears(10);
        }
        boolean male = random.nextBoolean();
        String idNumber = people.residentId(plan.areaCode(), birth, male);
        Occupation occupation = random.nextInt(40) == 0 ? Occupation.CASH_INTENSIVE_BUSINESS
                : people.pick(List.of(Occupation.OFFICE_WORKER, Occupation.PROFESSIONAL, Occupation.CIVIL_SERVANT,
                Occupation.BUSINESS_OWNER, Occupation.FINANCE, Occupation.FREELANCER, Occupation.RETIRED));
        SourceOfFunds source = random.nextInt(8) == 0 ? SourceOfFunds.PROPERTY_SALE
                : people.pick(List.of(SourceOfFunds.SALARY, SourceOfFunds.SAVINGS, SourceOfFunds.BUSINESS_INCOME,
                SourceOfFunds.INVESTMENT_INCOME));
        boolean thirdParty = random.nextInt(30) == 0;
        AmlRisk risk = InitialAmlRating.of(new InitialAmlRating.Factors(false, false, false, source.unusual(),
                occupation.sensitive(), thirdParty));
        BigDecimal assets = BigDecimal.valueOf(50_000L + (long) (Math.pow(random.nextDouble(), 3) * 12_000_000L));
        boolean professional = assets.compareTo(new BigDecimal("5000000")) >= 0 && random.nextBoolean();
        LocalDate expiry = birth.plusYears(46).isBefore(today) ? null : today.plusYears(1 + random.nextInt(15));
        return jdbc.sql("""
                        insert into clients_client (kind, name, branch_id, owner_id, status, id_type, id_number, id_expiry,
                            mobile, address, gender, birth_date, nationality, occupation, employer, income_band, education,
                            tax_residency, controller, beneficiary, source_of_funds, financial_assets, average_income,
                            investment_years, investor_class, professional_category, professional_evidence, kyc_status,
                            next_kyc_review, aml_risk, request_key, submitted_by, opened_at, created_at, updated_at)
                        values ('INDIVIDUAL', ?, ?, ?, 'ACTIVE', 'RESIDENT_ID', ?, ?, ?, ?, ?, ?, 'CHN', ?, ?, ?, ?,
                            'CHINA_ONLY', ?, null, ?, ?, ?, ?, ?, ?, ?, 'APPROVED', ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(people.personName(), branch.id(), owner.id(), idNumber, date(expiry), people.mobile(),
                        plan.city() + "市" + people.pick(List.of("人民路", "中山路", "建设路", "解放路", "和平路"))
                                + (1 + random.nextInt(900)) + "号",
                        male ? "MALE" : "FEMALE", date(birth), occupation.name(),
                        people.pick(List.of("某科技公司", "某医院", "某设计院", "某贸易公司", "某大学")),
                        people.pick(List.of(IncomeBand.values())).name(), people.pick(List.of(Education.values())).name(),
                        thirdParty ? people.personName() : null, source.name(), assets.setScale(2),
                        BigDecimal.valueOf(80_000L + random.nextInt(900_000)).setScale(2), 1 + random.nextInt(20),
                        professional ? "PROFESSIONAL" : "ORDINARY", professional ? "QUALIFIED_INDIVIDUAL" : null,
                        professional ? "金融资产证明（银行存款及证券资产）" : null, date(risk.nextReviewAfter(openedOn)),
                        risk.name(), "demo-client-" + idNumber, owner.username(), moment(openedOn), moment(openedOn),
                        moment(openedOn))
                .query(Long.class).single();
    }

    private long institution(DemoPeople people, Random random, BranchPlan plan, BranchInfo branch, StaffMember owner,
                             LocalDate openedOn) {
        String code = people.creditCode(plan.areaCode());
        boolean professional = random.nextInt(3) == 0;
        AmlRisk risk = InitialAmlRating.of(new InitialAmlRating.Factors(true, false, random.nextInt(5) == 0, false,
                false, false));
        long id = jdbc.sql("""
                        insert into clients_client (kind, name, branch_id, owner_id, status, id_type, id_number, id_expiry,
                            mobile, address, tax_residency, legal_representative, authorised_agents, business_scope,
                            source_of_funds, financial_assets, average_income, investment_years, investor_class,
                            professional_category, professional_evidence, kyc_status, next_kyc_review, aml_risk,
                            request_key, submitted_by, opened_at, created_at, updated_at)
                        values ('INSTITUTION', ?, ?, ?, 'ACTIVE', 'CREDIT_CODE', ?, null, ?, ?, 'CHINA_ONLY', ?, ?, ?,
                            'BUSINESS_INCOME', ?, ?, ?, ?, ?, ?, 'APPROVED', ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(people.companyName(plan.city()), branch.id(), owner.id(), code, people.mobile(),
                        plan.city() + "市金融大道" + (1 + random.nextInt(300)) + "号", people.personName(),
                        people.personName(), "投资管理；资产管理；企业管理咨询",
                        BigDecimal.valueOf(15_000_000L + random.nextInt(80_000_000)).setScale(2),
                        BigDecimal.valueOf(2_000_000L + random.nextInt(10_000_000)).setScale(2), 3 + random.nextInt(10),
                        professional ? "PROFESSIONAL" : "ORDINARY", professional ? "FINANCIAL_PRODUCT" : null,
                        professional ? "私募基金备案证明" : null, date(risk.nextReviewAfter(openedOn)), risk.name(),
                        "demo-client-" + code, owner.username(), moment(openedOn), moment(openedOn), moment(openedOn))
                .query(Long.class).single();
        BigDecimal first = BigDecimal.valueOf(30 + random.nextInt(40));
        insertOwner(id, people.personName(), people.residentId(plan.areaCode(), people.birthDate(), true), first);
        insertOwner(id, people.personName(), people.residentId(plan.areaCode(), people.birthDate(), false),
                BigDecimal.valueOf(26 + random.nextInt(100 - first.intValue() - 25)));
        return id;
    }

    private void insertOwner(long clientId, String name, String idNumber, BigDecimal share) {
        jdbc.sql("insert into clients_beneficial_owner (client_id, name, id_number, share) values (?, ?, ?, ?)")
                .params(clientId, name, idNumber, share).update();
    }

    /** Opens the accounts and writes a cash history; answers how many journal entries it wrote. */
    private int openAccounts(long clientId, long branchId, DemoPeople people, Random random, LocalDate openedOn,
                             LocalDate today, long bank, StaffMember owner) {
        Timestamp at = moment(openedOn);
        String fundNumber = numbers.fundAccount(branchId);
        long fundId = jdbc.sql("""
                        insert into clients_fund_account (client_id, account_number, status, opened_at, last_activity_at)
                        values (?, ?, 'ACTIVE', ?, ?) returning id""")
                .params(clientId, fundNumber, at, at).query(Long.class).single();
        jdbc.sql("insert into clients_securities_account (client_id, exchange, account_number, opened_at) values (?, 'SSE', ?, ?)")
                .params(clientId, numbers.sseAccount(), at).update();
        jdbc.sql("insert into clients_securities_account (client_id, exchange, account_number, opened_at) values (?, 'SZSE', ?, ?)")
                .params(clientId, numbers.szseAccount(), at).update();
        jdbc.sql("insert into clients_bank_link (client_id, bank, card_masked, linked_at) values (?, ?, ?, ?)")
                .params(clientId, people.pick(List.of(Bank.values())).name(), people.maskedCard(), at).update();
        long available = jdbc.sql("""
                        insert into clients_ledger_account (code, kind, fund_account_id) values (?, 'CLIENT_AVAILABLE', ?)
                        returning id""").params(fundNumber + "-CLIENT_AVAILABLE", fundId).query(Long.class).single();
        jdbc.sql("insert into clients_ledger_account (code, kind, fund_account_id) values (?, 'CLIENT_FROZEN', ?)")
                .params(fundNumber + "-CLIENT_FROZEN", fundId).update();
        followUps(clientId, branchId, owner, random, openedOn, today);
        return cashHistory(fundId, available, bank, random, openedOn, today, owner);
    }

    /** A past follow-up for many clients, and for some one that is planned, a few of them overdue. */
    private void followUps(long clientId, long branchId, StaffMember owner, Random random, LocalDate openedOn,
                           LocalDate today) {
        List<String> outcomes = List.of("客户对服务满意，关注市场波动", "提醒客户更新身份证件有效期", "介绍固收+产品，客户表示考虑",
                "客户咨询融资融券开通条件", "客户反馈 App 登录偶有卡顿，已登记");
        if (random.nextInt(3) == 0) {
            LocalDate done = openedOn.plusDays(7 + random.nextInt(60));
            if (done.isBefore(today)) {
                jdbc.sql("""
                                insert into clients_follow_up (client_id, branch_id, owner_id, channel, purpose, due_date, status,
                                    outcome, satisfaction, done_at, done_by, created_by, created_at)
                                values (?, ?, ?, 'PHONE', 'ONBOARDING_CALLBACK', ?, 'DONE', ?, ?, ?, ?, ?, ?)""")
                        .params(clientId, branchId, owner.id(), date(done), oneOf(outcomes, random),
                                3 + random.nextInt(3), moment(done), owner.username(), owner.username(), moment(openedOn))
                        .update();
            }
        }
        int plan = random.nextInt(6);
        if (plan <= 1) {
            LocalDate due = plan == 0 ? today.minusDays(1 + random.nextInt(20)) : today.plusDays(random.nextInt(30));
            jdbc.sql("""
                            insert into clients_follow_up (client_id, branch_id, owner_id, channel, purpose, due_date, status,
                                created_by, created_at)
                            values (?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?)""")
                    .params(clientId, branchId, owner.id(), plan == 0 ? "PHONE" : "VISIT",
                            plan == 0 ? "KYC_REVIEW" : "ROUTINE", date(due), owner.username(),
                            moment(today.minusDays(30)))
                    .update();
        }
    }

    /** A market notice an account manager sent to part of the book last week, as the outbox records it. */
    private void marketNotice(BranchInfo branch, StaffMember sender, List<Long> recipients, LocalDate today) {
        Timestamp at = Timestamp.from(today.minusDays(7).atTime(16, 10).atZone(SHANGHAI).toInstant());
        long id = jdbc.sql("""
                        insert into clients_message (kind, subject, body, link, audience, branch_id, recipients, sender,
                            sent_by, sent_at, request_key) values ('NOTICE', ?, ?, null, ?, ?, ?, 'record-only', ?, ?, ?)
                        returning id""")
                .params("本周市场回顾与下周展望", "本周沪深两市震荡整理，成交额维持高位。下周关注宏观数据发布及年末流动性变化，请注意控制仓位。",
                        "segment owner:" + sender.id(), branch.id(), recipients.size(), sender.username(), at,
                        "demo-notice-" + branch.code())
                .query(Long.class).single();
        for (long client : recipients) {
            jdbc.sql("""
                            insert into clients_message_delivery (message_id, client_id, channel, status, delivered_at)
                            values (?, ?, 'SMS', 'RECORDED', ?)""").params(id, client, at).update();
        }
    }

    private static String oneOf(List<String> choices, Random random) {
        return choices.get(random.nextInt(choices.size()));
    }

    private int cashHistory(long fundId, long available, long bank, Random random, LocalDate openedOn, LocalDate today,
                            StaffMember owner) {
        BigDecimal balance = BigDecimal.ZERO;
        int transfers = 1 + random.nextInt(5);
        int written = 0;
        long span = Math.max(1, today.toEpochDay() - openedOn.toEpochDay() - 1);
        LocalDate day = openedOn;
        Instant lastActivity = moment(openedOn).toInstant();
        for (int n = 0; n < transfers; n++) {
            boolean in = n == 0 || balance.signum() == 0 || random.nextInt(3) > 0;
            BigDecimal amount = in
                    ? BigDecimal.valueOf(5_000L + (long) (Math.pow(random.nextDouble(), 2) * 800_000L))
                    : balance.multiply(BigDecimal.valueOf(10 + random.nextInt(60))).divide(BigDecimal.valueOf(100), 0,
                    RoundingMode.DOWN);
            if (amount.signum() <= 0) {
                continue;
            }
            amount = amount.setScale(2);
            balance = in ? balance.add(amount) : balance.subtract(amount);
            Timestamp at = Timestamp.from(day.atTime(10, 30).atZone(SHANGHAI).toInstant());
            bankTransfers.book(fundId, available, bank, in, amount, day, at, "demo-" + fundId + "-" + n,
                    owner.username());
            lastActivity = at.toInstant();
            written++;
            // spread the transfers over the account's whole life, the last within days of today, so most of the
            // book is active and accounts with a single deposit long ago are the dormant ones
            LocalDate next = openedOn.plusDays(span * (n + 1) / Math.max(1, transfers - 1) - random.nextInt(10));
            day = next.isAfter(day) ? next : day.plusDays(1);
            if (!day.isBefore(today)) {
                break;
            }
        }
        jdbc.sql("update clients_ledger_account set balance = ? where id = ?").params(balance, available).update();
        jdbc.sql("update clients_fund_account set last_activity_at = ? where id = ?")
                .params(Timestamp.from(lastActivity), fundId).update();
        return written;
    }

    private void prospects(DemoPeople people, Random random, BranchInfo branch, List<StaffMember> managers,
                           List<Long> clients, LocalDate today) {
        ProspectStage[] stages = {ProspectStage.LEAD, ProspectStage.LEAD, ProspectStage.LEAD, ProspectStage.CONTACTED,
                ProspectStage.CONTACTED, ProspectStage.CONTACTED, ProspectStage.QUALIFIED, ProspectStage.QUALIFIED,
                ProspectStage.CONVERTED, ProspectStage.CONVERTED, ProspectStage.LOST, ProspectStage.LOST};
        Map<ProspectStage, String> notes = Map.of(ProspectStage.LEAD, "客户转介绍，待首次联系",
                ProspectStage.CONTACTED, "已电话沟通，关注固收类产品", ProspectStage.QUALIFIED, "有开户意向，约见面谈",
                ProspectStage.CONVERTED, "已完成开户", ProspectStage.LOST, "已在他处开户");
        for (int i = 0; i < stages.length; i++) {
            ProspectStage stage = stages[i];
            StaffMember owner = managers.get(i % managers.size());
            Long clientId = stage == ProspectStage.CONVERTED ? clients.get(i) : null;
            Instant created = moment(today.minusDays(5 + random.nextInt(120))).toInstant();
            BigDecimal assets = BigDecimal.valueOf(100_000L + (long) (Math.pow(random.nextDouble(), 2) * 15_000_000L))
                    .setScale(2);
            long id = jdbc.sql("""
                            insert into clients_prospect (name, phone, source, estimated_assets, branch_id, owner_id, stage,
                                lost_reason, next_contact, notes, client_id, created_at, updated_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(people.personName(), people.mobile(), people.pick(List.of(ProspectSource.values())).name(),
                            assets, branch.id(), owner.id(), stage.name(),
                            stage == ProspectStage.LOST ? "已在他处开户" : null,
                            stage.open() ? date(today.plusDays(random.nextInt(21) - 5)) : null, notes.get(stage),
                            clientId, Timestamp.from(created), Timestamp.from(created))
                    .query(Long.class).single();
            if (clientId != null) {
                jdbc.sql("update clients_client set prospect_id = ? where id = ?").params(id, clientId).update();
            }
        }
    }

    /** Freezes the fund account of the branch's first active client, as a court order or a risk decision would. */
    private void freezeOne(String branchCode, String kind, String reason, String document) {
        jdbc.sql("""
                        update clients_fund_account set status = 'FROZEN', freeze_kind = ?, freeze_reason = ?,
                            freeze_document = ?
                        where id = (select f.id from clients_fund_account f join clients_client c on c.id = f.client_id
                            join platform_branch b on b.id = c.branch_id
                            where b.code = ? and f.status = 'ACTIVE' order by f.id limit 1)""")
                .params(kind, reason, document, branchCode).update();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static Timestamp moment(LocalDate day) {
        return Timestamp.from(day.atTime(9, 30).atZone(SHANGHAI).toInstant());
    }
}
