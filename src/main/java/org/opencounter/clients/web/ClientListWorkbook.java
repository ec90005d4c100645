package org.opencounter.clients.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.opencounter.clients.kyc.Masking;
import org.opencounter.platform.DisplayFormat;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes the client list as an Excel workbook, in the reader's language, with identity and phone numbers masked. */
@Component
class ClientListWorkbook {

    private static final List<String> HEADERS = List.of("clients.client.name", "clients.client.kind",
            "clients.client.fundAccount", "clients.client.idType", "clients.client.idNumber", "clients.client.mobile",
            "clients.client.branch", "clients.client.owner", "clients.client.amlRisk", "clients.client.kycStatus",
            "clients.client.status", "clients.export.openedAt");

    private final MessageSource messages;
    private final DisplayFormat format;

    ClientListWorkbook(MessageSource messages, DisplayFormat format) {
        this.messages = messages;
        this.format = format;
    }

    void write(List<ClientRow> rows, Locale locale, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "OpenCounter", "1.0");
        Worksheet sheet = workbook.newWorksheet(text("clients.nav.clients", locale));
        for (int column = 0; column < HEADERS.size(); column++) {
            sheet.value(0, column, text(HEADERS.get(column), locale));
            sheet.style(0, column).bold().fillColor("E6EDF8").set();
        }
        int line = 1;
        for (ClientRow row : rows) {
            var client = row.client();
            List<String> values = List.of(client.getName(), text("clients.kind." + client.getKind(), locale),
                    row.fundAccountNumber() == null ? "" : row.fundAccountNumber(),
                    text("clients.idType." + client.getIdType(), locale), Masking.idNumber(client.getIdNumber()),
                    Masking.phone(client.getMobile()), row.branchName(), row.ownerName() == null ? "" : row.ownerName(),
                    text("clients.aml." + client.getAmlRisk(), locale),
                    text("clients.kycStatus." + client.getKycStatus(), locale),
                    text("clients.status." + client.getStatus(), locale), format.date(client.getOpenedAt()));
            for (int column = 0; column < values.size(); column++) {
                sheet.value(line, column, values.get(column));
            }
            line++;
        }
        sheet.freezePane(0, 1);
        workbook.finish();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
