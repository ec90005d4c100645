package org.opencounter.market.price;

import java.io.IOException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Upload of daily bars as CSV, with a line-by-line report. */
@Controller
@RequestMapping("/market/prices/import")
class PriceImportController {

    private final DailyBarImport importer;

    PriceImportController(DailyBarImport importer) {
        this.importer = importer;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("header", String.join(",", DailyBarImport.HEADER));
        return "market/price-import";
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        model.addAttribute("header", String.join(",", DailyBarImport.HEADER));
        if (file == null || file.isEmpty()) {
            model.addAttribute("outcome", new ImportOutcome(0, 0,
                    java.util.List.of(new ImportProblem(0, "market.import.noFile", ""))));
            return "market/price-import";
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("outcome", importer.importCsv(file.getOriginalFilename(), file.getInputStream()));
        return "market/price-import";
    }
}
