package org.opencounter.wealth.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.opencounter.platform.IdempotentForm;
import org.opencounter.wealth.product.ProductDocumentKind;
import org.springframework.web.multipart.MultipartFile;

/** A document to upload to a product: what it is, its title (the file name when blank) and the file. */
public class ProductDocumentForm extends IdempotentForm {

    @NotNull
    private ProductDocumentKind kind;
    @Size(max = 200)
    private String title;
    private MultipartFile file;

    public ProductDocumentKind getKind() {
        return kind;
    }

    public void setKind(ProductDocumentKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }
}
