package org.opencounter.clients.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.opencounter.clients.AmlRisk;
import org.opencounter.clients.kyc.ProfessionalCategory;

/** A client of the firm from onboarding on: identity, KYC, classification, owner and branch. */
@Entity
@Table(name = "clients_client")
public class Client {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ClientKind kind;

    private String name;

    @Column(name = "branch_id")
    private long branchId;

    @Column(name = "owner_id")
    private long ownerId;

    @Enumerated(EnumType.STRING)
    private ClientStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_type")
    private IdType idType;

    @Column(name = "id_number")
    private String idNumber;

    @Column(name = "id_expiry")
    private LocalDate idExpiry;

    private String mobile;

    private String address;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    private String nationality;

    @Enumerated(EnumType.STRING)
    private Occupation occupation;

    private String employer;

    @Enumerated(EnumType.STRING)
    @Column(name = "income_band")
    private IncomeBand incomeBand;

    @Enumerated(EnumType.STRING)
    private Education education;

    @Enumerated(EnumType.STRING)
    @Column(name = "tax_residency")
    private TaxResidency taxResidency;

    private String controller;

    private String beneficiary;

    @Column(name = "legal_representative")
    private String legalRepresentative;

    @Column(name = "authorised_agents")
    private String authorisedAgents;

    @Column(name = "business_scope")
    private String businessScope;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_of_funds")
    private SourceOfFunds sourceOfFunds;

    @Column(name = "financial_assets")
    private BigDecimal financialAssets;

    @Column(name = "average_income")
    private BigDecimal averageIncome;

    @Column(name = "investment_years")
    private int investmentYears;

    @Enumerated(EnumType.STRING)
    @Column(name = "investor_class")
    private InvestorClass investorClass;

    @Enumerated(EnumType.STRING)
    @Column(name = "professional_category")
    private ProfessionalCategory professionalCategory;

    @Column(name = "professional_evidence")
    private String professionalEvidence;

    @Enumerated(EnumType.STRING)
    @Column(name = "kyc_status")
    private KycStatus kycStatus;

    @Column(name = "next_kyc_review")
    private LocalDate nextKycReview;

    @Enumerated(EnumType.STRING)
    @Column(name = "aml_risk")
    private AmlRisk amlRisk;

    @Column(name = "prospect_id")
    private Long prospectId;

    @Column(name = "request_key", updatable = false)
    private String requestKey;

    @Column(name = "submitted_by", updatable = false)
    private String submittedBy;

    @Column(name = "opened_at")
    private Instant openedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "client_id", nullable = false)
    @OrderBy("share desc")
    private List<BeneficialOwner> beneficialOwners = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Client() {
    }

    /** A pending client from a validated application; the KYC review is scheduled by the AML rating. */
    public Client(ClientApplication application, String submittedBy, LocalDate today, Instant now) {
        kind = application.kind();
        name = application.name();
        branchId = application.branchId();
        ownerId = application.ownerId();
        status = ClientStatus.PENDING;
        idType = application.idType();
        idNumber = application.idNumber();
        idExpiry = application.idExpiry();
        mobile = application.mobile();
        address = application.address();
        taxResidency = application.taxResidency();
        sourceOfFunds = application.sourceOfFunds();
        describeIndividual(application.individual());
        describeInstitution(application.institution());
        ClientApplication.Classification classification = application.classification();
        investorClass = classification.investorClass();
        professionalCategory = classification.category();
        professionalEvidence = classification.evidence();
        financialAssets = classification.financialAssets();
        averageIncome = classification.averageIncome();
        investmentYears = classification.investmentYears();
        kycStatus = KycStatus.PENDING_REVIEW;
        amlRisk = application.amlRisk();
        nextKycReview = amlRisk.nextReviewAfter(today);
        prospectId = application.prospectId();
        requestKey = application.requestKey();
        this.submittedBy = submittedBy;
        createdAt = now;
        updatedAt = now;
    }

    private void describeIndividual(ClientApplication.Individual individual) {
        if (individual == null) {
            return;
        }
        gender = individual.gender();
        birthDate = individual.birthDate();
        nationality = individual.nationality();
        occupation = individual.occupation();
        employer = individual.employer();
        incomeBand = individual.incomeBand();
        education = individual.education();
        controller = individual.controller();
        beneficiary = individual.beneficiary();
    }

    private void describeInstitution(ClientApplication.Institution institution) {
        if (institution == null) {
            return;
        }
        legalRepresentative = institution.legalRepresentative();
        authorisedAgents = institution.authorisedAgents();
        businessScope = institution.businessScope();
        institution.beneficialOwners().forEach(owner ->
                beneficialOwners.add(new BeneficialOwner(owner.name(), owner.idNumber(), owner.share())));
    }

    /** The checker approved the opening: the client is active and its KYC approved. */
    public void open(LocalDate today, Instant now) {
        requirePending();
        status = ClientStatus.ACTIVE;
        kycStatus = KycStatus.APPROVED;
        nextKycReview = amlRisk.nextReviewAfter(today);
        openedAt = now;
        updatedAt = now;
    }

    /** The checker rejected the opening (or it expired); the record stays, and the identity may apply again. */
    public void reject(Instant now) {
        requirePending();
        status = ClientStatus.REJECTED;
        updatedAt = now;
    }

    /** The accounts closed; the client and its history stay on record. */
    public void close(Instant now) {
        if (status != ClientStatus.ACTIVE) {
            throw new IllegalStateException("client " + id + " is " + status + ", not active");
        }
        status = ClientStatus.CLOSED;
        updatedAt = now;
    }

    /** The KYC review is due, or the identity document has expired: the file must be brought up to date. */
    public boolean kycOutdatedOn(LocalDate day) {
        return !nextKycReview.isAfter(day) || (idExpiry != null && !idExpiry.isAfter(day));
    }

    public void requireKycUpdate(Instant now) {
        kycStatus = KycStatus.NEEDS_UPDATE;
        updatedAt = now;
    }

    public void reassign(long newOwnerId, Instant now) {
        ownerId = newOwnerId;
        updatedAt = now;
    }

    private void requirePending() {
        if (status != ClientStatus.PENDING) {
            throw new IllegalStateException("client " + id + " is " + status + ", not pending");
        }
    }

    public boolean individual() {
        return kind == ClientKind.INDIVIDUAL;
    }

    public Long getId() {
        return id;
    }

    public ClientKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public long getBranchId() {
        return branchId;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public ClientStatus getStatus() {
        return status;
    }

    public IdType getIdType() {
        return idType;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public LocalDate getIdExpiry() {
        return idExpiry;
    }

    public String getMobile() {
        return mobile;
    }

    public String getAddress() {
        return address;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getNationality() {
        return nationality;
    }

    public Occupation getOccupation() {
        return occupation;
    }

    public String getEmployer() {
        return employer;
    }

    public IncomeBand getIncomeBand() {
        return incomeBand;
    }

    public Education getEducation() {
        return education;
    }

    public TaxResidency getTaxResidency() {
        return taxResidency;
    }

    public String getController() {
        return controller;
    }

    public String getBeneficiary() {
        return beneficiary;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public String getAuthorisedAgents() {
        return authorisedAgents;
    }

    public String getBusinessScope() {
        return businessScope;
    }

    public SourceOfFunds getSourceOfFunds() {
        return sourceOfFunds;
    }

    public BigDecimal getFinancialAssets() {
        return financialAssets;
    }

    public BigDecimal getAverageIncome() {
        return averageIncome;
    }

    public int getInvestmentYears() {
        return investmentYears;
    }

    public InvestorClass getInvestorClass() {
        return investorClass;
    }

    public ProfessionalCategory getProfessionalCategory() {
        return professionalCategory;
    }

    public String getProfessionalEvidence() {
        return professionalEvidence;
    }

    public KycStatus getKycStatus() {
        return kycStatus;
    }

    public LocalDate getNextKycReview() {
        return nextKycReview;
    }

    public AmlRisk getAmlRisk() {
        return amlRisk;
    }

    public Long getProspectId() {
        return prospectId;
    }

    public String getRequestKey() {
        return requestKey;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public List<BeneficialOwner> getBeneficialOwners() {
        return List.copyOf(beneficialOwners);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
