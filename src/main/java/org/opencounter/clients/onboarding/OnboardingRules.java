package org.opencounter.clients.onboarding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.opencounter.clients.client.ClientKind;
import org.opencounter.clients.client.IdType;
import org.opencounter.clients.client.InvestorClass;
import org.opencounter.clients.kyc.Adulthood;
import org.opencounter.clients.kyc.BankCardNumber;
import org.opencounter.clients.kyc.CreditCode;
import org.opencounter.clients.kyc.InitialAmlRating;
import org.opencounter.clients.kyc.OtherIdentityDocuments;
import org.opencounter.clients.kyc.ProfessionalInvestorCriteria;
import org.opencounter.clients.kyc.ResidentIdNumber;

/**
 * The onboarding rules that look at more than one field: the identity document against its type, birth date and
 * gender; expiry in the future; no minor alone; what individuals and institutions must declare; the professional
 * investor tests; the bank card's check digit. Plain values in, problems out.
 */
public final class OnboardingRules {

    private OnboardingRules() {
    }

    public static List<FieldProblem> check(OnboardingForm form, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        identity(form, today, problems);
        expiry(form, today, problems);
        if (form.getKind() == ClientKind.INSTITUTION) {
            institution(form, problems);
        } else {
            individual(form, today, problems);
        }
        classification(form, problems);
        if (form.getCardNumber() != null && !form.getCardNumber().isBlank()) {
            BankCardNumber.problem(form.getCardNumber()).ifPresent(key -> problems.add(new FieldProblem("cardNumber", key)));
        }
        return problems;
    }

    /** The initial AML rating's factors as the form declares them. */
    public static InitialAmlRating.Factors amlFactors(OnboardingForm form) {
        boolean institution = form.getKind() == ClientKind.INSTITUTION;
        return new InitialAmlRating.Factors(institution,
                form.getIdType().foreign() || (!institution && !"CHN".equals(form.getNationality())),
                form.getTaxResidency() != org.opencounter.clients.client.TaxResidency.CHINA_ONLY,
                form.getSourceOfFunds() != null && form.getSourceOfFunds().unusual(),
                !institution && form.getOccupation() != null && form.getOccupation().sensitive(),
                !institution && (!form.isControllerSelf() || !form.isBeneficiarySelf()));
    }

    private static void identity(OnboardingForm form, LocalDate today, List<FieldProblem> problems) {
        String number = form.getIdNumber();
        if (form.getKind() == null || form.getIdType() == null || number == null || number.isBlank()) {
            return;
        }
        boolean institution = form.getKind() == ClientKind.INSTITUTION;
        if (institution != (form.getIdType() == IdType.CREDIT_CODE)) {
            problems.add(new FieldProblem("idType", institution ? "clients.onboarding.idType.institution"
                    : "clients.onboarding.idType.individual"));
            return;
        }
        Optional<String> problem = switch (form.getIdType()) {
            case RESIDENT_ID -> ResidentIdNumber.problem(number);
            case PASSPORT -> OtherIdentityDocuments.passportProblem(number);
            case HK_MACAU_PERMIT -> OtherIdentityDocuments.hongKongMacauPermitProblem(number);
            case TAIWAN_PERMIT -> OtherIdentityDocuments.taiwanPermitProblem(number);
            case CREDIT_CODE -> CreditCode.problem(number);
        };
        if (problem.isPresent()) {
            problems.add(new FieldProblem("idNumber", problem.get()));
            return;
        }
        if (form.getIdType() == IdType.RESIDENT_ID) {
            ResidentIdNumber id = new ResidentIdNumber(number);
            if (form.getBirthDate() != null && !form.getBirthDate().equals(id.birthDate())) {
                problems.add(new FieldProblem("idNumber", "clients.kyc.residentId.birthDateMismatch",
                        id.birthDate().toString()));
            }
            if (form.getGender() != null && (form.getGender() == org.opencounter.clients.client.Gender.MALE) != id.male()) {
                problems.add(new FieldProblem("gender", "clients.kyc.residentId.genderMismatch"));
            }
        }
    }

    private static void expiry(OnboardingForm form, LocalDate today, List<FieldProblem> problems) {
        if (form.isIdLongTerm()) {
            return;
        }
        if (form.getIdExpiry() == null) {
            problems.add(new FieldProblem("idExpiry", "clients.onboarding.idExpiry.required"));
        } else if (!form.getIdExpiry().isAfter(today)) {
            problems.add(new FieldProblem("idExpiry", "clients.onboarding.idExpiry.past"));
        }
    }

    private static void individual(OnboardingForm form, LocalDate today, List<FieldProblem> problems) {
        required(form.getGender(), "gender", problems);
        required(form.getOccupation(), "occupation", problems);
        required(form.getIncomeBand(), "incomeBand", problems);
        required(form.getEducation(), "education", problems);
        required(blankToNull(form.getNationality()), "nationality", problems);
        if (form.getBirthDate() == null) {
            problems.add(new FieldProblem("birthDate", "clients.onboarding.required"));
        } else if (form.getBirthDate().isAfter(today)) {
            problems.add(new FieldProblem("birthDate", "clients.onboarding.birthDate.future"));
        } else if (!Adulthood.isAdultOn(form.getBirthDate(), today)) {
            problems.add(new FieldProblem("birthDate", "clients.onboarding.minor", Adulthood.AGE));
        }
        if (!form.isControllerSelf()) {
            required(blankToNull(form.getController()), "controller", problems);
        }
        if (!form.isBeneficiarySelf()) {
            required(blankToNull(form.getBeneficiary()), "beneficiary", problems);
        }
    }

    private static void institution(OnboardingForm form, List<FieldProblem> problems) {
        required(blankToNull(form.getLegalRepresentative()), "legalRepresentative", problems);
        required(blankToNull(form.getBusinessScope()), "businessScope", problems);
        BigDecimal total = BigDecimal.ZERO;
        int filled = 0;
        for (int i = 0; i < form.getOwners().size(); i++) {
            OwnerRow row = form.getOwners().get(i);
            if (row.blank()) {
                continue;
            }
            filled++;
            String prefix = "owners[" + i + "].";
            required(blankToNull(row.getName()), prefix + "name", problems);
            required(blankToNull(row.getIdNumber()), prefix + "idNumber", problems);
            required(row.getShare(), prefix + "share", problems);
            if (row.getShare() != null) {
                total = total.add(row.getShare());
            }
        }
        if (filled == 0) {
            problems.add(new FieldProblem("owners", "clients.onboarding.owners.required"));
        } else if (total.compareTo(new BigDecimal("100")) > 0) {
            problems.add(new FieldProblem("owners", "clients.onboarding.owners.over100", total.toPlainString()));
        }
    }

    private static void classification(OnboardingForm form, List<FieldProblem> problems) {
        if (form.getInvestorClass() != InvestorClass.PROFESSIONAL) {
            return;
        }
        if (form.getProfessionalCategory() == null) {
            problems.add(new FieldProblem("professionalCategory", "clients.onboarding.required"));
            return;
        }
        required(blankToNull(form.getProfessionalEvidence()), "professionalEvidence", problems);
        if (form.getFinancialAssets() == null || form.getAverageIncome() == null || form.getInvestmentYears() == null) {
            return;
        }
        ProfessionalInvestorCriteria.Facts facts = new ProfessionalInvestorCriteria.Facts(
                form.getKind() == ClientKind.INSTITUTION, form.getFinancialAssets(), form.getAverageIncome(),
                form.getNetAssets() == null ? BigDecimal.ZERO : form.getNetAssets(), form.getInvestmentYears());
        ProfessionalInvestorCriteria.failure(form.getProfessionalCategory(), facts)
                .ifPresent(key -> problems.add(new FieldProblem("professionalCategory", key)));
    }

    private static void required(Object value, String field, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "clients.onboarding.required"));
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
