package org.opencounter.wealth.web;

import java.io.IOException;

import org.opencounter.platform.FileDownload;
import org.opencounter.platform.FileRefused;
import org.opencounter.platform.Flash;
import org.opencounter.wealth.product.ProductDocument;
import org.opencounter.wealth.product.ProductDocuments;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A product's documents: compliance uploads and withdraws them, everyone who sees the catalogue opens them. */
@Controller
@RequestMapping("/wealth/products/{id}/documents")
class ProductDocumentController {

    private final ProductPage productPage;
    private final ProductDocuments documents;

    ProductDocumentController(ProductPage productPage, ProductDocuments documents) {
        this.productPage = productPage;
        this.documents = documents;
    }

    @PostMapping
    String upload(@PathVariable long id, @Validated @ModelAttribute("documentForm") ProductDocumentForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) throws IOException {
        if (form.getFile() == null || form.getFile().isEmpty()) {
            errors.rejectValue("file", "platform.file.empty");
        }
        if (!errors.hasErrors()) {
            try {
                documents.upload(id, new ProductDocuments.Upload(form.getKind(), form.getTitle(),
                        form.getFile().getOriginalFilename(), form.getFile().getBytes(), form.getRequestKey()));
                Flash.success(redirect, "wealth.document.uploaded.flash", form.getFile().getOriginalFilename());
                return "redirect:/wealth/products/" + id + "#documents";
            } catch (FileRefused refused) {
                errors.rejectValue("file", refused.messageKey(), refused.arguments(), null);
            }
        }
        model.addAttribute("canKeep", true);
        return productPage.show(id, model);
    }

    @PostMapping("/{documentId}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable long documentId, RedirectAttributes redirect) {
        ProductDocument document = documents.find(id, documentId);
        documents.withdraw(id, documentId);
        Flash.success(redirect, "wealth.document.withdrawn", document.title());
        return "redirect:/wealth/products/" + id + "#documents";
    }

    /** The file itself: PDFs and pictures open in the browser, Word and Excel files download. */
    @GetMapping("/{documentId}")
    ResponseEntity<byte[]> open(@PathVariable long id, @PathVariable long documentId) {
        ProductDocument document = documents.find(id, documentId);
        return FileDownload.of(document.file(), documents.content(document), true);
    }
}
