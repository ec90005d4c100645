package org.opencounter.clients.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.opencounter.clients.onboarding.ClientImport;
import org.opencounter.clients.onboarding.ImportResult;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** Client import from CSV or Excel with a per-row report; all rows or none. */
@Controller
@RequestMapping("/clients/import")
class ImportController {


    private final ClientImport clientImport;

    ImportController(ClientImport clientImport) {
        this.clientImport = clientImport;
    }

    @GetMapping
    String form() {
        return "clients/import";
    }

    @GetMapping("/template.csv")
    ResponseEntity<byte[]> template() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = ImportTemplate.CSV.getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"client-import-template.csv\"")
                .body(file);
    }

    /** Reads the upload from the multipart request itself, so a post without a file gets a message, not an error. */
    @PostMapping
    String upload(HttpServletRequest request, Model model) throws IOException {
        MultipartFile file = request instanceof MultipartHttpServletRequest multipart ? multipart.getFile("file") : null;
        if (file == null || file.isEmpty()) {
            model.addAttribute("noFile", true);
            return "clients/import";
        }
        ImportResult result = clientImport.importFile(file.getOriginalFilename(), file.getBytes());
        model.addAttribute("result", result);
        return "clients/import";
    }
}
