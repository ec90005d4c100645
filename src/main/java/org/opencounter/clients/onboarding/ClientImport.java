package org.opencounter.clients.onboarding;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.opencounter.clients.client.AccountManagers;
import org.opencounter.clients.client.Bank;
import org.opencounter.clients.client.ClientKind;
import org.opencounter.clients.client.ClientRepository;
import org.opencounter.clients.client.Education;
import org.opencounter.clients.client.Gender;
import org.opencounter.clients.client.IdType;
import org.opencounter.clients.client.IncomeBand;
import org.opencounter.clients.client.Occupation;
import org.opencounter.clients.client.SourceOfFunds;
import org.opencounter.clients.client.TaxResidency;
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
 * Imports individual clients from CSV or Excel. Every row is checked with the same rules as the onboarding form, and
 * against the book and the rest of the file for duplicates; one bad row means nothing is recorded. A clean file
 * becomes pending clients and one approval request for the whole batch.
 */
@Service
public class ClientImport {

    /** Column → form field, so a rule broken by a field is reported under the column it came from. */
    private static final Map<String, String> FIELD_COLUMNS = Map.ofEntries(Map.entry("name", "name"),
            Map.entry("idType", "id_type"), Map.entry("idNumber", "id_number"), Map.entry("idExpiry", "id_expiry"),
            Map.entry("gender", "gender"), Map.entry("birthDate", "birth_date"),
            Map.entry("nationality", "nationality"), Map.entry("mobile", "mobile"), Map.entry("address", "address"),
            Map.entry("occupation", "occupation"), Map.entry("employer", "employer"),
            Map.entry("incomeBand", "income_band"), Map.entry("education", "education"),
            Map.entry("sourceOfFunds", "source_of_funds"), Map.entry("financialAssets", "financial_assets"),
            Map.entry("averageIncome", "average_income"), Map.entry("investmentYears", "investment_years"),
            Map.entry("ownerId", "owner_username"), Map.entry("bank", "bank"), Map.entry("cardNumber", "card_number"));

    private final OnboardingService onboarding;
    private final ClientRepository clients;
    private final AccountManagers accountManagers;
    private final Approvals approvals;
    private final AuditTrail audit;
    private final Validator validator;
    private final Clock clock;

    ClientImport(OnboardingService onboarding, ClientRepository clients, AccountManagers accountManagers,
                 Approvals approvals, AuditTrail audit, Validator validator, Clock clock) {
        this.onboarding = onboarding;
        this.clients = clients;
        this.accountManagers = accountManagers;
        this.approvals = approvals;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    public ImportResult importFile(String fileName, byte[] content) {
        StaffPrincipal me = CurrentStaff.require();
        List<ImportSheet.ImportRow> rows;
        try {
            rows = ImportSheet.read(fileName, new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException unreadable) {
            return refused(fileName, 0, List.of(new ImportProblem(0, "", "clients.import.unreadable", new Object[0], null)));
        }
        if (rows.isEmpty()) {
            return refused(fileName, 0, List.of(new ImportProblem(0, "", "clients.import.empty", new Object[0], null)));
        }
        List<String> missing = ImportSheet.COLUMNS.stream().filter(c -> !rows.get(0).values().containsKey(c)).toList();
        if (!missing.isEmpty()) {
            return refused(fileName, rows.size(), List.of(new ImportProblem(0, String.join(", ", missing),
                    "clients.import.missingColumns", new Object[] {String.join(", ", missing)}, null)));
        }
        String fileKey = HexFormat.of().formatHex(sha256(content)).substring(0, 16);
        Map<String, StaffMember> owners = new HashMap<>();
        accountManagers.of(me.branchId()).forEach(owner -> owners.put(owner.username(), owner));
        LocalDate today = LocalDate.now(clock);
        List<ImportProblem> problems = new ArrayList<>();
        List<OnboardingForm> forms = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ImportSheet.ImportRow row : rows) {
            OnboardingForm form = form(row, fileKey, owners, problems);
            for (ConstraintViolation<OnboardingForm> violation : validator.validate(form)) {
                String field = violation.getPropertyPath().toString();
                problems.add(new ImportProblem(row.line(), FIELD_COLUMNS.getOrDefault(field, field), null, null,
                        violation.getMessage()));
            }
            OnboardingRules.check(form, today).forEach(problem -> problems.add(new ImportProblem(row.line(),
                    FIELD_COLUMNS.getOrDefault(problem.field(), problem.field()), problem.messageKey(),
                    problem.arguments(), null)));
            if (form.getIdType() != null && form.getIdNumber() != null) {
                String identity = form.getIdType() + ":" + form.getIdNumber();
                Integer earlier = seen.putIfAbsent(identity, row.line());
                if (earlier != null) {
                    problems.add(new ImportProblem(row.line(), "id_number", "clients.import.duplicateInFile",
                            new Object[] {earlier}, null));
                } else if (clients.findLive(form.getIdType(), form.getIdNumber()).isPresent()) {
                    problems.add(new ImportProblem(row.line(), "id_number", "clients.onboarding.duplicate",
                            new Object[0], null));
                }
            }
            forms.add(form);
        }
        if (!problems.isEmpty()) {
            return refused(fileName, rows.size(), problems);
        }
        Instant now = clock.instant();
        List<Long> ids = forms.stream().map(form -> onboarding.record(form, me, today, now).getId()).toList();
        approvals.submit(new ApprovalSubmission(ImportBatchApproval.TYPE, fileName + " · " + ids.size(),
                new ImportBatch(fileName, ids), "-", me.branchId(), "/clients?status=PENDING"));
        audit.record(AuditRecord.change("clients.import", "ClientImport", fileKey, null,
                Map.of("file", fileName, "rows", ids.size())));
        return new ImportResult(fileName, rows.size(), List.of(), ids.size());
    }

    private ImportResult refused(String fileName, int rows, List<ImportProblem> problems) {
        audit.recordIndependently(new AuditRecord("clients.import", "ClientImport", fileName, null, null,
                org.opencounter.platform.AuditOutcome.FAILURE, "rows " + rows + ", problems " + problems.size(), null));
        return new ImportResult(fileName, rows, problems, 0);
    }

    private static OnboardingForm form(ImportSheet.ImportRow row, String fileKey, Map<String, StaffMember> owners,
                                       List<ImportProblem> problems) {
        OnboardingForm form = new OnboardingForm();
        form.setRequestKey("import-" + fileKey + "-" + row.line());
        form.setKind(ClientKind.INDIVIDUAL);
        form.setTaxResidency(TaxResidency.CHINA_ONLY);
        form.setName(row.get("name"));
        form.setIdNumber(row.get("id_number"));
        form.setMobile(row.get("mobile"));
        form.setAddress(row.get("address"));
        form.setEmployer(row.get("employer"));
        form.setNationality(Optional.ofNullable(row.get("nationality")).orElse("CHN"));
        form.setCardNumber(row.get("card_number"));
        parse(row, "id_type", code(IdType::valueOf), form::setIdType, problems);
        parse(row, "gender", code(Gender::valueOf), form::setGender, problems);
        parse(row, "occupation", code(Occupation::valueOf), form::setOccupation, problems);
        parse(row, "income_band", code(IncomeBand::valueOf), form::setIncomeBand, problems);
        parse(row, "education", code(Education::valueOf), form::setEducation, problems);
        parse(row, "source_of_funds", code(SourceOfFunds::valueOf), form::setSourceOfFunds, problems);
        parse(row, "bank", code(Bank::valueOf), form::setBank, problems);
        parse(row, "birth_date", LocalDate::parse, form::setBirthDate, problems);
        parse(row, "financial_assets", BigDecimal::new, form::setFinancialAssets, problems);
        parse(row, "average_income", BigDecimal::new, form::setAverageIncome, problems);
        parse(row, "investment_years", Integer::valueOf, form::setInvestmentYears, problems);
        if (row.get("id_expiry") == null) {
            form.setIdLongTerm(true);
        } else {
            parse(row, "id_expiry", LocalDate::parse, form::setIdExpiry, problems);
        }
        String owner = row.get("owner_username");
        if (owner != null && owners.containsKey(owner)) {
            form.setOwnerId(owners.get(owner).id());
        } else if (owner != null) {
            problems.add(new ImportProblem(row.line(), "owner_username", "clients.onboarding.owner.invalid",
                    new Object[0], null));
        }
        return form;
    }

    /** Reads one typed cell; a value that does not parse is a problem in its column, an empty one is left to the rules. */
    private static <T> void parse(ImportSheet.ImportRow row, String column, Function<String, T> parser,
                                  Consumer<T> setter, List<ImportProblem> problems) {
        String text = row.get(column);
        if (text == null) {
            return;
        }
        try {
            setter.accept(parser.apply(text));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problems.add(new ImportProblem(row.line(), column, "clients.import.badValue", new Object[] {text}, null));
        }
    }

    /** Enum codes are read case-insensitively: resident_id and RESIDENT_ID are the same. */
    private static <T> Function<String, T> code(Function<String, T> valueOf) {
        return text -> valueOf.apply(text.toUpperCase(java.util.Locale.ROOT));
    }

    private static byte[] sha256(byte[] content) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
