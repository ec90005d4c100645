package org.opencounter.platform.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.opencounter.platform.DemoDataSet;
import org.opencounter.platform.Role;
import org.opencounter.platform.branch.Branch;
import org.opencounter.platform.branch.BranchRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo branches and one demo login per role (two admins, so maker-checker can be tried). */
@Component
class PlatformDemoData implements DemoDataSet {

    static final String DEMO_PASSWORD = "Demo2026pass";

    private record DemoBranch(String code, String name, String nameEn, String city, boolean headOffice) {
    }

    private record DemoUser(String username, String name, String employeeNumber, String branch, Role role,
                            String sacNumber) {
    }

    private static final List<DemoBranch> BRANCHES = List.of(
            new DemoBranch("HQ", "总部", "Head Office", "上海", true),
            new DemoBranch("SH01", "上海陆家嘴营业部", "Shanghai Lujiazui Branch", "上海", false),
            new DemoBranch("BJ01", "北京金融街营业部", "Beijing Financial Street Branch", "北京", false),
            new DemoBranch("SZ01", "深圳福田营业部", "Shenzhen Futian Branch", "深圳", false),
            new DemoBranch("HZ01", "杭州钱江新城营业部", "Hangzhou Qianjiang Branch", "杭州", false));

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "系统管理员", "E0001", "HQ", Role.ADMIN, null),
            new DemoUser("admin2", "复核管理员", "E0002", "HQ", Role.ADMIN, null),
            new DemoUser("manager", "王经理", "E1001", "SH01", Role.BRANCH_MANAGER, "S0010118080001"),
            new DemoUser("advisor", "李客户经理", "E1002", "SH01", Role.ACCOUNT_MANAGER, "S0010119030002"),
            new DemoUser("clerk", "张柜员", "E1003", "SH01", Role.COUNTER_CLERK, "S0010120050003"),
            new DemoUser("credit", "赵信用", "E0101", "HQ", Role.CREDIT_OFFICER, "S0010117020004"),
            new DemoUser("risk", "钱风控", "E0102", "HQ", Role.RISK_OFFICER, "S0010116070005"),
            new DemoUser("risk2", "复核风控", "E0108", "HQ", Role.RISK_OFFICER, "S0010118040016"),
            new DemoUser("compliance", "孙合规", "E0103", "HQ", Role.COMPLIANCE_OFFICER, "S0010115090006"),
            new DemoUser("compliance2", "复核合规", "E0107", "HQ", Role.COMPLIANCE_OFFICER, "S0010117030015"),
            new DemoUser("auditor", "周稽核", "E0104", "HQ", Role.AUDITOR, "S0010118110007"),
            new DemoUser("analyst", "吴研究", "E0105", "HQ", Role.RESEARCH_ANALYST, "S0010121010008"),
            new DemoUser("ops", "冯清算", "E0106", "HQ", Role.OPERATIONS, null),
            new DemoUser("wealth", "郑理财", "E1004", "BJ01", Role.WEALTH_ADVISER, "S0010122060009"),
            new DemoUser("advisor2", "陈客户经理", "E1005", "SH01", Role.ACCOUNT_MANAGER, "S0010121040010"),
            new DemoUser("manager.bj", "刘经理", "E2101", "BJ01", Role.BRANCH_MANAGER, "S0010117080011"),
            new DemoUser("advisor.bj", "黄客户经理", "E2102", "BJ01", Role.ACCOUNT_MANAGER, "S0010120110012"),
            new DemoUser("advisor.sz", "林客户经理", "E3101", "SZ01", Role.ACCOUNT_MANAGER, "S0010119060013"),
            new DemoUser("advisor.hz", "何客户经理", "E4101", "HZ01", Role.ACCOUNT_MANAGER, "S0010122020014"));

    private final BranchRepository branches;
    private final StaffUserRepository users;
    private final PasswordEncoder encoder;
    private final PasswordHistory history;
    private final Clock clock;

    PlatformDemoData(BranchRepository branches, StaffUserRepository users, PasswordEncoder encoder,
                     PasswordHistory history, Clock clock) {
        this.branches = branches;
        this.users = users;
        this.encoder = encoder;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional
    public void loadIfAbsent() {
        Instant now = clock.instant();
        for (DemoBranch branch : BRANCHES) {
            if (!branches.existsByCode(branch.code())) {
                branches.save(new Branch(branch.code(), branch.name(), branch.nameEn(), branch.city(),
                        branch.headOffice(), now));
            }
        }
        String hash = encoder.encode(DEMO_PASSWORD);
        for (DemoUser demo : USERS) {
            if (users.findByUsername(demo.username()).isPresent()) {
                continue;
            }
            Branch branch = branches.findByCode(demo.branch()).orElseThrow();
            StaffUser user = new StaffUser(demo.username(), new StaffProfile(demo.name(), demo.employeeNumber(),
                    demo.sacNumber(), demo.username() + "@opencounter.example", null), branch, hash, now);
            user.grant(demo.role(), now);
            user.changePassword(hash, now);
            users.saveAndFlush(user);
            history.remember(user.getId(), hash, now);
        }
    }
}
