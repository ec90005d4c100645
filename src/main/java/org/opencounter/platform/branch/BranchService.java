package org.opencounter.platform.branch;

import java.time.Clock;
import java.util.Map;

import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens and describes branches; every change is audited. */
@Service
public class BranchService {

    private final BranchRepository branches;
    private final AuditTrail audit;
    private final Clock clock;

    BranchService(BranchRepository branches, AuditTrail audit, Clock clock) {
        this.branches = branches;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens a branch; answers null when the code is taken. */
    @Transactional
    public Branch open(BranchForm form) {
        if (branches.existsByCode(form.getCode())) {
            return null;
        }
        Branch branch = branches.save(new Branch(form.getCode(), form.getName().strip(), form.getNameEn().strip(),
                form.getCity().strip(), form.isHeadOffice(), clock.instant()));
        audit.record(AuditRecord.change("platform.branch.create", "Branch", branch.getId(), null, snapshot(branch)));
        return branch;
    }

    @Transactional
    public void describe(long id, BranchForm form) {
        Branch branch = branches.findById(id).orElseThrow();
        Map<String, Object> before = snapshot(branch);
        branch.describe(form.getName().strip(), form.getNameEn().strip(), form.getCity().strip(), form.isHeadOffice());
        audit.record(AuditRecord.change("platform.branch.update", "Branch", id, before, snapshot(branch)));
    }

    private static Map<String, Object> snapshot(Branch branch) {
        return Map.of("code", branch.getCode(), "name", branch.getName(), "nameEn", branch.getNameEn(),
                "city", branch.getCity(), "headOffice", branch.isHeadOffice());
    }
}
