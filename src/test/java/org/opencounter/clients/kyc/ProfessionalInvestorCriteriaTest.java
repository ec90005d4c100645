package org.opencounter.clients.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ProfessionalInvestorCriteriaTest {

    private static ProfessionalInvestorCriteria.Facts person(String assets, String income, int years) {
        return new ProfessionalInvestorCriteria.Facts(false, new BigDecimal(assets), new BigDecimal(income),
                BigDecimal.ZERO, years);
    }

    private static ProfessionalInvestorCriteria.Facts institution(String netAssets, String assets, int years) {
        return new ProfessionalInvestorCriteria.Facts(true, new BigDecimal(assets), BigDecimal.ZERO,
                new BigDecimal(netAssets), years);
    }

    @Test
    void individualQualifiesWithExactlyFiveMillionOfFinancialAssets() {
        assertThat(ProfessionalInvestorCriteria.failure(ProfessionalCategory.QUALIFIED_INDIVIDUAL,
                person("5000000.00", "0", 2))).isEmpty();
    }

    @Test
    void individualOneCentShortOfFiveMillionAndOfTheIncomeDoesNotQualify() {
        assertThat(ProfessionalInvestorCriteria.failure(ProfessionalCategory.QUALIFIED_INDIVIDUAL,
                person("4999999.99", "499999.99", 5))).contains("clients.kyc.professional.individualAssets");
    }

    @Test
    void individualQualifiesByIncomeOfExactlyFiveHundredThousand() {
        assertThat(ProfessionalInvestorCriteria.failure(ProfessionalCategory.QUALIFIED_INDIVIDUAL,
                person("100000", "500000", 2))).isEmpty();
    }

    @Test
    void individualNeedsTwoYearsOfExperience() {
        assertThat(ProfessionalInvestorCriteria.failure(ProfessionalCategory.QUALIFIED_INDIVIDUAL,
                person("8000000", "0", 1))).contains("clients.kyc.professional.experience");
    }

    @Test
    void institutionNeedsTwentyMillionNetAndTenMillionFinancialAssets() {
        assertThat(ProfessionalInvestorCriteria.failure(ProfessionalCategory.QUALIFIED_INSTITUTION,
                institution("20000000", "10000000", 2))).isEmpty();
        assertThat(ProfessionalInvestorCriteria.failure(ProfessionalCategory.QUALIFIED_INSTITUTION,
                institution("19999999.99", "10000000", 2))).contains("clients.kyc.professional.institutionAssets");
        assertThat(ProfessionalInvestorCriteria.failure(ProfessionalCategory.QUALIFIED_INSTITUTION,
                institution("20000000", "9999999.99", 2))).contains("clients.kyc.professional.institutionAssets");
    }

    @Test
    void licensedInstitutionsQualifyByWhatTheyAre() {
        assertThat(ProfessionalInvestorCriteria.failure(ProfessionalCategory.FINANCIAL_INSTITUTION,
                institution("0", "0", 0))).isEmpty();
    }

    @Test
    void anIndividualCannotTakeAnInstitutionalCategory() {
        assertThat(ProfessionalInvestorCriteria.failure(ProfessionalCategory.FINANCIAL_PRODUCT,
                person("9000000", "0", 5))).contains("clients.kyc.professional.wrongKind");
    }
}
