package org.opencounter.clients.prospect;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opencounter.clients.client.AccountManagers;
import org.opencounter.clients.client.ClientAccess;
import org.opencounter.clients.client.ClientsProperties;
import org.opencounter.platform.AuditOutcome;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.StaffMember;
import org.opencounter.platform.StaffPrincipal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The prospect pipeline of a branch: records, stages, owners; every change audited. */
@Service
public class ProspectService {

    private static final String ENTITY = "Prospect";

    private final ProspectRepository prospects;
    private final AccountManagers accountManagers;
    private final AuditTrail audit;
    private final ClientsProperties properties;
    private final Clock clock;

    ProspectService(ProspectRepository prospects, AccountManagers accountManagers, AuditTrail audit,
                    ClientsProperties properties, Clock clock) {
        this.prospects = prospects;
        this.accountManagers = accountManagers;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<Prospect> search(ProspectFilter filter, Pageable pageable) {
        return prospects.findAll(filter.within(CurrentStaff.require().scopedBranchId(),
                properties.highNetWorthThreshold()), pageable);
    }

    /** Every stage with its count and estimated assets, zero where no prospect is. */
    @Transactional(readOnly = true)
    public List<PipelineStage> pipeline() {
        Map<ProspectStage, PipelineStage> found = prospects.pipeline(CurrentStaff.require().scopedBranchId())
                .stream().collect(Collectors.toMap(PipelineStage::stage, Function.identity()));
        return Arrays.stream(ProspectStage.values())
                .map(stage -> found.getOrDefault(stage, new PipelineStage(stage, 0, java.math.BigDecimal.ZERO)))
                .toList();
    }

    /** Account managers of the staff member's branch, who may own prospects. */
    @Transactional(readOnly = true)
    public List<StaffMember> possibleOwners() {
        return accountManagers.of(CurrentStaff.require().branchId());
    }

    @Transactional(readOnly = true)
    public Prospect visible(long id) {
        Prospect prospect = prospects.findById(id).orElseThrow(() -> new ProspectNotFound(id));
        if (!ClientAccess.mayReach(CurrentStaff.require(), prospect.getBranchId())) {
            audit.recordIndependently(new AuditRecord("clients.prospect.other-branch", ENTITY, String.valueOf(id),
                    null, null, AuditOutcome.DENIED, "branch " + prospect.getBranchId(), null));
            throw new ProspectNotFound(id);
        }
        return prospect;
    }

    /** The prospect, if visible and still open, for pre-filling the onboarding form. */
    @Transactional(readOnly = true)
    public Optional<Prospect> openFor(long id) {
        Prospect prospect = visible(id);
        return prospect.getStage().open() ? Optional.of(prospect) : Optional.empty();
    }

    @Transactional
    public long create(ProspectForm form) {
        StaffPrincipal me = CurrentStaff.require();
        requireOwner(form.getOwnerId(), me.branchId());
        Prospect prospect = prospects.saveAndFlush(new Prospect(form.details(), me.branchId(), form.getOwnerId(),
                clock.instant()));
        audit.record(AuditRecord.change("clients.prospect.create", ENTITY, prospect.getId(), null,
                ProspectSnapshot.of(prospect)));
        return prospect.getId();
    }

    /** Updates the details; the owner changes only through {@link #reassign}. */
    @Transactional
    public void update(long id, ProspectForm form) {
        Prospect prospect = visible(id);
        ProspectSnapshot before = ProspectSnapshot.of(prospect);
        prospect.describe(form.details(), clock.instant());
        audit.record(AuditRecord.change("clients.prospect.update", ENTITY, id, before, ProspectSnapshot.of(prospect)));
    }

    @Transactional
    public void move(long id, ProspectStage stage, String lostReason) {
        Prospect prospect = visible(id);
        ProspectSnapshot before = ProspectSnapshot.of(prospect);
        prospect.moveTo(stage, lostReason, clock.instant());
        audit.record(AuditRecord.change("clients.prospect.stage", ENTITY, id, before, ProspectSnapshot.of(prospect)));
    }

    @Transactional
    public void reassign(long id, long newOwnerId) {
        Prospect prospect = visible(id);
        requireOwner(newOwnerId, prospect.getBranchId());
        ProspectSnapshot before = ProspectSnapshot.of(prospect);
        Instant now = clock.instant();
        prospect.reassign(newOwnerId, now);
        audit.record(AuditRecord.change("clients.prospect.reassign", ENTITY, id, before, ProspectSnapshot.of(prospect)));
    }

    private void requireOwner(Long ownerId, long branchId) {
        if (!accountManagers.isOwnerFor(ownerId, branchId)) {
            throw new ProspectRuleViolation("ownerId", "clients.onboarding.owner.invalid");
        }
    }

    /** What the audit trail keeps of a prospect. */
    record ProspectSnapshot(String name, String stage, long ownerId, String source, java.math.BigDecimal assets,
                            String lostReason, Long clientId) {

        static ProspectSnapshot of(Prospect p) {
            return new ProspectSnapshot(p.getName(), p.getStage().name(), p.getOwnerId(), p.getSource().name(),
                    p.getEstimatedAssets(), p.getLostReason(), p.getClientId());
        }
    }
}
