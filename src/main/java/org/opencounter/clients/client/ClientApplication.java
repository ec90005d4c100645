package org.opencounter.clients.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.opencounter.clients.AmlRisk;
import org.opencounter.clients.kyc.ProfessionalCategory;

/** A validated account-opening application, as the onboarding form hands it to the domain. */
public record ClientApplication(ClientKind kind, String name, long branchId, long ownerId, IdType idType,
                                String idNumber, LocalDate idExpiry, String mobile, String address,
                                Individual individual, Institution institution, TaxResidency taxResidency,
                                SourceOfFunds sourceOfFunds, Classification classification, AmlRisk amlRisk,
                                Long prospectId, String requestKey) {

    /** What an individual client declares. */
    public record Individual(Gender gender, LocalDate birthDate, String nationality, Occupation occupation,
                             String employer, IncomeBand incomeBand, Education education, String controller,
                             String beneficiary) {
    }

    /** What an institutional client declares. */
    public record Institution(String legalRepresentative, String authorisedAgents, String businessScope,
                              List<Owner> beneficialOwners) {
    }

    /** A natural person owning or controlling more than 25% of an institution. */
    public record Owner(String name, String idNumber, BigDecimal share) {
    }

    /** Investor classification with the figures behind it. */
    public record Classification(InvestorClass investorClass, ProfessionalCategory category, String evidence,
                                 BigDecimal financialAssets, BigDecimal averageIncome, int investmentYears) {
    }
}
