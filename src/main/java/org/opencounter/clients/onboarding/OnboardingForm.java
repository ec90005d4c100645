package org.opencounter.clients.onboarding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.opencounter.clients.client.Bank;
import org.opencounter.clients.client.ClientKind;
import org.opencounter.clients.client.Education;
import org.opencounter.clients.client.Gender;
import org.opencounter.clients.client.IdType;
import org.opencounter.clients.client.IncomeBand;
import org.opencounter.clients.client.InvestorClass;
import org.opencounter.clients.client.Occupation;
import org.opencounter.clients.client.SourceOfFunds;
import org.opencounter.clients.client.TaxResidency;
import org.opencounter.clients.kyc.ProfessionalCategory;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the counter types to open an account, individual or institutional. Bean Validation checks each field;
 * {@link OnboardingRules} checks the rules that tie fields together (ID number against birth date, expiry, age).
 */
public class OnboardingForm {

    @NotBlank
    @Size(max = 64)
    private String requestKey;

    private Long prospectId;

    @NotNull
    private ClientKind kind = ClientKind.INDIVIDUAL;

    @NotBlank
    @Size(max = 100)
    private String name;

    @NotNull
    private IdType idType = IdType.RESIDENT_ID;

    @NotBlank
    @Size(max = 32)
    private String idNumber;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate idExpiry;

    private boolean idLongTerm;

    @NotBlank
    @Pattern(regexp = "|1[0-9]{10}", message = "{clients.kyc.mobile.format}")
    private String mobile;

    @NotBlank
    @Size(max = 200)
    private String address;

    private Gender gender;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;

    @Pattern(regexp = "|[A-Z]{3}", message = "{clients.onboarding.nationality.format}")
    private String nationality = "CHN";

    private Occupation occupation;

    @Size(max = 100)
    private String employer;

    private IncomeBand incomeBand;

    private Education education;

    private boolean controllerSelf = true;

    @Size(max = 100)
    private String controller;

    private boolean beneficiarySelf = true;

    @Size(max = 100)
    private String beneficiary;

    @Size(max = 50)
    private String legalRepresentative;

    @Size(max = 200)
    private String authorisedAgents;

    @Size(max = 500)
    private String businessScope;

    @Valid
    private List<OwnerRow> owners = OwnerRow.blank(3);

    @NotNull
    private TaxResidency taxResidency = TaxResidency.CHINA_ONLY;

    @NotNull
    private SourceOfFunds sourceOfFunds;

    @NotNull
    private InvestorClass investorClass = InvestorClass.ORDINARY;

    private ProfessionalCategory professionalCategory;

    @Size(max = 200)
    private String professionalEvidence;

    @NotNull
    @PositiveOrZero
    @Digits(integer = 18, fraction = 2)
    private BigDecimal financialAssets;

    @NotNull
    @PositiveOrZero
    @Digits(integer = 18, fraction = 2)
    private BigDecimal averageIncome;

    @PositiveOrZero
    @Digits(integer = 18, fraction = 2)
    private BigDecimal netAssets;

    @NotNull
    @Min(0)
    @Max(80)
    private Integer investmentYears;

    @NotNull
    private Long ownerId;

    @NotNull
    private Bank bank;

    @NotBlank
    private String cardNumber;

    public String getRequestKey() {
        return requestKey;
    }

    public void setRequestKey(String requestKey) {
        this.requestKey = requestKey;
    }

    public Long getProspectId() {
        return prospectId;
    }

    public void setProspectId(Long prospectId) {
        this.prospectId = prospectId;
    }

    public ClientKind getKind() {
        return kind;
    }

    public void setKind(ClientKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public IdType getIdType() {
        return idType;
    }

    public void setIdType(IdType idType) {
        this.idType = idType;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber == null ? null : idNumber.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public LocalDate getIdExpiry() {
        return idExpiry;
    }

    public void setIdExpiry(LocalDate idExpiry) {
        this.idExpiry = idExpiry;
    }

    public boolean isIdLongTerm() {
        return idLongTerm;
    }

    public void setIdLongTerm(boolean idLongTerm) {
        this.idLongTerm = idLongTerm;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile == null ? null : mobile.strip();
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address == null ? null : address.strip();
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality == null ? null : nationality.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public Occupation getOccupation() {
        return occupation;
    }

    public void setOccupation(Occupation occupation) {
        this.occupation = occupation;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer == null ? null : employer.strip();
    }

    public IncomeBand getIncomeBand() {
        return incomeBand;
    }

    public void setIncomeBand(IncomeBand incomeBand) {
        this.incomeBand = incomeBand;
    }

    public Education getEducation() {
        return education;
    }

    public void setEducation(Education education) {
        this.education = education;
    }

    public boolean isControllerSelf() {
        return controllerSelf;
    }

    public void setControllerSelf(boolean controllerSelf) {
        this.controllerSelf = controllerSelf;
    }

    public String getController() {
        return controller;
    }

    public void setController(String controller) {
        this.controller = controller == null ? null : controller.strip();
    }

    public boolean isBeneficiarySelf() {
        return beneficiarySelf;
    }

    public void setBeneficiarySelf(boolean beneficiarySelf) {
        this.beneficiarySelf = beneficiarySelf;
    }

    public String getBeneficiary() {
        return beneficiary;
    }

    public void setBeneficiary(String beneficiary) {
        this.beneficiary = beneficiary == null ? null : beneficiary.strip();
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
        this.legalRepresentative = legalRepresentative == null ? null : legalRepresentative.strip();
    }

    public String getAuthorisedAgents() {
        return authorisedAgents;
    }

    public void setAuthorisedAgents(String authorisedAgents) {
        this.authorisedAgents = authorisedAgents == null ? null : authorisedAgents.strip();
    }

    public String getBusinessScope() {
        return businessScope;
    }

    public void setBusinessScope(String businessScope) {
        this.businessScope = businessScope == null ? null : businessScope.strip();
    }

    public List<OwnerRow> getOwners() {
        return owners;
    }

    public void setOwners(List<OwnerRow> owners) {
        this.owners = owners;
    }

    public TaxResidency getTaxResidency() {
        return taxResidency;
    }

    public void setTaxResidency(TaxResidency taxResidency) {
        this.taxResidency = taxResidency;
    }

    public SourceOfFunds getSourceOfFunds() {
        return sourceOfFunds;
    }

    public void setSourceOfFunds(SourceOfFunds sourceOfFunds) {
        this.sourceOfFunds = sourceOfFunds;
    }

    public InvestorClass getInvestorClass() {
        return investorClass;
    }

    public void setInvestorClass(InvestorClass investorClass) {
        this.investorClass = investorClass;
    }

    public ProfessionalCategory getProfessionalCategory() {
        return professionalCategory;
    }

    public void setProfessionalCategory(ProfessionalCategory professionalCategory) {
        this.professionalCategory = professionalCategory;
    }

    public String getProfessionalEvidence() {
        return professionalEvidence;
    }

    public void setProfessionalEvidence(String professionalEvidence) {
        this.professionalEvidence = professionalEvidence == null ? null : professionalEvidence.strip();
    }

    public BigDecimal getFinancialAssets() {
        return financialAssets;
    }

    public void setFinancialAssets(BigDecimal financialAssets) {
        this.financialAssets = financialAssets;
    }

    public BigDecimal getAverageIncome() {
        return averageIncome;
    }

    public void setAverageIncome(BigDecimal averageIncome) {
        this.averageIncome = averageIncome;
    }

    public BigDecimal getNetAssets() {
        return netAssets;
    }

    public void setNetAssets(BigDecimal netAssets) {
        this.netAssets = netAssets;
    }

    public Integer getInvestmentYears() {
        return investmentYears;
    }

    public void setInvestmentYears(Integer investmentYears) {
        this.investmentYears = investmentYears;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public Bank getBank() {
        return bank;
    }

    public void setBank(Bank bank) {
        this.bank = bank;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public void setCardNumber(String cardNumber) {
        this.cardNumber = cardNumber == null ? null : cardNumber.replace(" ", "");
    }

}
