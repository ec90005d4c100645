package org.opencounter.clients.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opencounter.clients.client.ClientKind;
import org.opencounter.clients.client.Education;
import org.opencounter.clients.client.Gender;
import org.opencounter.clients.client.IdType;
import org.opencounter.clients.client.IncomeBand;
import org.opencounter.clients.client.InvestorClass;
import org.opencounter.clients.client.Occupation;
import org.opencounter.clients.client.SourceOfFunds;
import org.opencounter.clients.client.TaxResidency;
import org.opencounter.clients.AmlRisk;
import org.opencounter.clients.kyc.InitialAmlRating;
import org.opencounter.clients.kyc.ProfessionalCategory;

class OnboardingRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    /** A complete, valid individual application: 310115199003071239 is a man born 1990-03-07. */
    static OnboardingForm individual() {
        OnboardingForm form = new OnboardingForm();
        form.setRequestKey("k-1");
        form.setKind(ClientKind.INDIVIDUAL);
        form.setName("张伟");
        form.setIdType(IdType.RESIDENT_ID);
        form.setIdNumber("310115199003071239");
        form.setIdExpiry(TODAY.plusYears(5));
        form.setMobile("13812345678");
        form.setAddress("上海市浦东新区世纪大道100号");
        form.setGender(Gender.MALE);
        form.setBirthDate(LocalDate.of(1990, 3, 7));
        form.setOccupation(Occupation.OFFICE_WORKER);
        form.setIncomeBand(IncomeBand.FROM_300K_TO_500K);
        form.setEducation(Education.BACHELOR);
        form.setTaxResidency(TaxResidency.CHINA_ONLY);
        form.setSourceOfFunds(SourceOfFunds.SALARY);
        form.setFinancialAssets(new BigDecimal("800000"));
        form.setAverageIncome(new BigDecimal("400000"));
        form.setInvestmentYears(5);
        form.setOwnerId(1L);
        form.setBank(org.opencounter.clients.client.Bank.ICBC);
        form.setCardNumber("6222020200112345679");
        return form;
    }

    /** A valid institutional application with one beneficial owner. */
    static OnboardingForm institution() {
        OnboardingForm form = individual();
        form.setKind(ClientKind.INSTITUTION);
        form.setName("上海浦江资本有限公司");
        form.setIdType(IdType.CREDIT_CODE);
        form.setIdNumber("91350100M000100Y43");
        form.setIdLongTerm(true);
        form.setLegalRepresentative("李强");
        form.setBusinessScope("投资管理");
        form.getOwners().get(0).setName("李强");
        form.getOwners().get(0).setIdNumber("11010519491231002X");
        form.getOwners().get(0).setShare(new BigDecimal("60"));
        return form;
    }

    private static List<String> fieldsWithProblems(OnboardingForm form) {
        return OnboardingRules.check(form, TODAY).stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void aCompleteIndividualApplicationPasses() {
        assertThat(OnboardingRules.check(individual(), TODAY)).isEmpty();
    }

    @Test
    void aCompleteInstitutionalApplicationPasses() {
        assertThat(OnboardingRules.check(institution(), TODAY)).isEmpty();
    }

    @Test
    void rejectsAnIdNumberWithAWrongCheckCharacter() {
        OnboardingForm form = individual();
        form.setIdNumber("310115199003071238");
        assertThat(fieldsWithProblems(form)).containsExactly("idNumber:clients.kyc.residentId.checkCharacter");
    }

    @Test
    void rejectsABirthDateThatDiffersFromTheIdNumber() {
        OnboardingForm form = individual();
        form.setBirthDate(LocalDate.of(1990, 3, 8));
        assertThat(fieldsWithProblems(form)).containsExactly("idNumber:clients.kyc.residentId.birthDateMismatch");
    }

    @Test
    void rejectsAGenderThatDiffersFromTheIdNumber() {
        OnboardingForm form = individual();
        form.setGender(Gender.FEMALE);
        assertThat(fieldsWithProblems(form)).containsExactly("gender:clients.kyc.residentId.genderMismatch");
    }

    @Test
    void rejectsAnIdThatExpiresToday() {
        OnboardingForm form = individual();
        form.setIdExpiry(TODAY);
        assertThat(fieldsWithProblems(form)).containsExactly("idExpiry:clients.onboarding.idExpiry.past");
    }

    @Test
    void acceptsAnIdThatExpiresTomorrow() {
        OnboardingForm form = individual();
        form.setIdExpiry(TODAY.plusDays(1));
        assertThat(fieldsWithProblems(form)).isEmpty();
    }

    @Test
    void longTermIdsNeedNoExpiry() {
        OnboardingForm form = individual();
        form.setIdExpiry(null);
        form.setIdLongTerm(true);
        assertThat(fieldsWithProblems(form)).isEmpty();
        form.setIdLongTerm(false);
        assertThat(fieldsWithProblems(form)).containsExactly("idExpiry:clients.onboarding.idExpiry.required");
    }

    @Test
    void refusesAMinorOpeningAlone() {
        // 310115200811250038: born 2008-11-25, turns 18 tomorrow
        OnboardingForm form = individual();
        form.setIdNumber("310115200811250038");
        form.setBirthDate(LocalDate.of(2008, 11, 25));
        assertThat(fieldsWithProblems(form)).containsExactly("birthDate:clients.onboarding.minor");
    }

    @Test
    void acceptsSomeoneWhoTurnsEighteenToday() {
        // 310115200811240032: born 2008-11-24, male
        OnboardingForm form = individual();
        form.setIdNumber("310115200811240032");
        form.setBirthDate(LocalDate.of(2008, 11, 24));
        assertThat(fieldsWithProblems(form)).isEmpty();
    }

    @Test
    void anInstitutionMustUseItsCreditCode() {
        OnboardingForm form = institution();
        form.setIdType(IdType.PASSPORT);
        assertThat(fieldsWithProblems(form)).containsExactly("idType:clients.onboarding.idType.institution");
    }

    @Test
    void anIndividualCannotUseACreditCode() {
        OnboardingForm form = individual();
        form.setIdType(IdType.CREDIT_CODE);
        assertThat(fieldsWithProblems(form)).containsExactly("idType:clients.onboarding.idType.individual");
    }

    @Test
    void rejectsACreditCodeWithAWrongCheckCharacter() {
        OnboardingForm form = institution();
        form.setIdNumber("91350100M000100Y44");
        assertThat(fieldsWithProblems(form)).containsExactly("idNumber:clients.kyc.creditCode.checkCharacter");
    }

    @Test
    void anInstitutionNeedsABeneficialOwner() {
        OnboardingForm form = institution();
        form.getOwners().get(0).setName(null);
        form.getOwners().get(0).setIdNumber(null);
        form.getOwners().get(0).setShare(null);
        assertThat(fieldsWithProblems(form)).containsExactly("owners:clients.onboarding.owners.required");
    }

    @Test
    void beneficialOwnersCannotHoldMoreThanAHundredPercent() {
        OnboardingForm form = institution();
        form.getOwners().get(1).setName("王芳");
        form.getOwners().get(1).setIdNumber("310115199003071239");
        form.getOwners().get(1).setShare(new BigDecimal("40.01"));
        assertThat(fieldsWithProblems(form)).containsExactly("owners:clients.onboarding.owners.over100");
        form.getOwners().get(1).setShare(new BigDecimal("40.00"));
        assertThat(fieldsWithProblems(form)).isEmpty();
    }

    @Test
    void aThirdPartyControllerMustBeNamed() {
        OnboardingForm form = individual();
        form.setControllerSelf(false);
        assertThat(fieldsWithProblems(form)).containsExactly("controller:clients.onboarding.required");
    }

    @Test
    void aProfessionalClassificationIsCheckedAgainstTheFigures() {
        OnboardingForm form = individual();
        form.setInvestorClass(InvestorClass.PROFESSIONAL);
        form.setProfessionalCategory(ProfessionalCategory.QUALIFIED_INDIVIDUAL);
        form.setProfessionalEvidence("资产证明");
        assertThat(fieldsWithProblems(form))
                .containsExactly("professionalCategory:clients.kyc.professional.individualAssets");
        form.setFinancialAssets(new BigDecimal("5000000"));
        assertThat(fieldsWithProblems(form)).isEmpty();
    }

    @Test
    void aBankCardMustPassTheLuhnCheck() {
        OnboardingForm form = individual();
        form.setCardNumber("6222020200112345678");
        assertThat(fieldsWithProblems(form)).containsExactly("cardNumber:clients.kyc.bankCard.checkDigit");
    }

    @Test
    void thirdPartyControlAndAnUnusualSourceMakeAMediumRisk() {
        OnboardingForm form = individual();
        form.setBeneficiarySelf(false);
        form.setBeneficiary("张强");
        form.setSourceOfFunds(SourceOfFunds.OTHER);
        assertThat(InitialAmlRating.of(OnboardingRules.amlFactors(form))).isEqualTo(AmlRisk.MEDIUM);
        form.setOccupation(Occupation.POLITICALLY_EXPOSED);
        assertThat(InitialAmlRating.of(OnboardingRules.amlFactors(form))).isEqualTo(AmlRisk.HIGH);
    }
}
