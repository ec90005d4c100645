package org.opencounter.clients.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.opencounter.clients.client.AccountManagers;
import org.opencounter.clients.client.BankLink;
import org.opencounter.clients.client.BankLinkRepository;
import org.opencounter.clients.client.Client;
import org.opencounter.clients.client.ClientAccess;
import org.opencounter.clients.client.ClientApplication;
import org.opencounter.clients.client.ClientKind;
import org.opencounter.clients.client.ClientRepository;
import org.opencounter.clients.client.InvestorClass;
import org.opencounter.clients.kyc.BankCardNumber;
import org.opencounter.clients.kyc.InitialAmlRating;
import org.opencounter.clients.prospect.Prospect;
import org.opencounter.clients.prospect.ProspectRepository;
import org.opencounter.platform.ApprovalSubmission;
import org.opencounter.platform.Approvals;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.StaffMember;
import org.opencounter.platform.StaffPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes an account-opening application: checks it, records the client as pending with the bank link, links the
 * prospect it came from, and asks a branch manager to approve. Submitting the same form twice changes nothing.
 */
@Service
public class OnboardingService {

    private final ClientRepository clients;
    private final BankLinkRepository bankLinks;
    private final ProspectRepository prospects;
    private final Approvals approvals;
    private final AccountManagers accountManagers;
    private final AuditTrail audit;
    private final Clock clock;

    OnboardingService(ClientRepository clients, BankLinkRepository bankLinks, ProspectRepository prospects,
                      Approvals approvals, AccountManagers accountManagers, AuditTrail audit, Clock clock) {
        this.clients = clients;
        this.bankLinks = bankLinks;
        this.prospects = prospects;
        this.approvals = approvals;
        this.accountManagers = accountManagers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Account managers of the staff member's branch, who may own the new client. */
    @Transactional(readOnly = true)
    public List<StaffMember> possibleOwners(StaffPrincipal staff) {
        return accountManagers.of(staff.branchId());
    }

    /** Records the pending client and submits it for approval; answers the client's id. */
    @Transactional
    public long submit(OnboardingForm form) {
        Optional<Client> repeated = clients.findByRequestKey(form.getRequestKey());
        if (repeated.isPresent()) {
            return repeated.get().getId();
        }
        StaffPrincipal maker = CurrentStaff.require();
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>(OnboardingRules.check(form, today));
        if (!accountManagers.isOwnerFor(form.getOwnerId(), maker.branchId())) {
            problems.add(new FieldProblem("ownerId", "clients.onboarding.owner.invalid"));
        }
        Optional<Prospect> prospect = prospect(form.getProspectId(), maker);
        if (form.getProspectId() != null && prospect.isEmpty()) {
            problems.add(new FieldProblem(null, "clients.onboarding.prospect.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new OnboardingRefused(problems, null);
        }
        Optional<Client> existing = clients.findLive(form.getIdType(), form.getIdNumber());
        if (existing.isPresent()) {
            Long visible = ClientAccess.mayReach(maker, existing.get().getBranchId()) ? existing.get().getId() : null;
            throw new OnboardingRefused(List.of(new FieldProblem("idNumber", "clients.onboarding.duplicate")), visible);
        }
        Instant now = clock.instant();
        Client client = record(form, maker, today, now);
        prospect.ifPresent(p -> p.convert(client.getId(), now));
        approvals.submit(new ApprovalSubmission(AccountOpeningApproval.TYPE,
                client.getName() + " · " + client.getKind().name(), new AccountOpeningRequest(client.getId()),
                "-", client.getBranchId(), "/clients/" + client.getId()));
        return client.getId();
    }

    /** Records a checked application as a pending client with its bank link; the caller asks for the approval. */
    Client record(OnboardingForm form, StaffPrincipal maker, LocalDate today, Instant now) {
        Client client = clients.saveAndFlush(new Client(application(form, maker), maker.username(), today, now));
        bankLinks.save(new BankLink(client.getId(), form.getBank(),
                new BankCardNumber(form.getCardNumber()).masked(), now));
        audit.record(AuditRecord.change("clients.onboarding.submit", ClientAccess.ENTITY, client.getId(), null,
                ClientSnapshot.of(client)));
        return client;
    }

    private Optional<Prospect> prospect(Long prospectId, StaffPrincipal maker) {
        if (prospectId == null) {
            return Optional.empty();
        }
        return prospects.findById(prospectId).filter(p -> p.getBranchId() == maker.branchId())
                .filter(p -> p.getStage().open());
    }

    private ClientApplication application(OnboardingForm form, StaffPrincipal maker) {
        boolean institution = form.getKind() == ClientKind.INSTITUTION;
        ClientApplication.Individual individual = institution ? null : new ClientApplication.Individual(
                form.getGender(), form.getBirthDate(), form.getNationality(), form.getOccupation(),
                OnboardingRules.blankToNull(form.getEmployer()), form.getIncomeBand(), form.getEducation(),
                form.isControllerSelf() ? null : form.getController(),
                form.isBeneficiarySelf() ? null : form.getBeneficiary());
        ClientApplication.Institution institutional = !institution ? null : new ClientApplication.Institution(
                form.getLegalRepresentative(), OnboardingRules.blankToNull(form.getAuthorisedAgents()),
                form.getBusinessScope(),
                form.getOwners().stream().filter(row -> !row.blank())
                        .map(row -> new ClientApplication.Owner(row.getName(), row.getIdNumber(), row.getShare()))
                        .toList());
        boolean professional = form.getInvestorClass() == InvestorClass.PROFESSIONAL;
        ClientApplication.Classification classification = new ClientApplication.Classification(
                form.getInvestorClass(), professional ? form.getProfessionalCategory() : null,
                professional ? form.getProfessionalEvidence() : null, form.getFinancialAssets(),
                form.getAverageIncome(), form.getInvestmentYears());
        return new ClientApplication(form.getKind(), form.getName(), maker.branchId(), form.getOwnerId(),
                form.getIdType(), form.getIdNumber(), form.isIdLongTerm() ? null : form.getIdExpiry(),
                form.getMobile(), form.getAddress(), individual, institutional, form.getTaxResidency(),
                form.getSourceOfFunds(), classification, InitialAmlRating.of(OnboardingRules.amlFactors(form)),
                form.getProspectId(), form.getRequestKey());
    }
}
