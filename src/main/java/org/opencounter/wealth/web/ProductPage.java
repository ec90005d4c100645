package org.opencounter.wealth.web;

import org.opencounter.wealth.product.ProductCatalogue;
import org.opencounter.wealth.product.ProductDocumentKind;
import org.opencounter.wealth.product.ProductDocuments;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What a product's page shows: the catalogue entry and its current documents, with the kinds one may upload. */
@Component
class ProductPage {

    static final String TEMPLATE = "wealth/product-detail";

    private final ProductCatalogue catalogue;
    private final ProductDocuments documents;

    ProductPage(ProductCatalogue catalogue, ProductDocuments documents) {
        this.catalogue = catalogue;
        this.documents = documents;
    }

    String show(long productId, Model model) {
        model.addAttribute("product", catalogue.find(productId));
        model.addAttribute("documents", documents.current(productId));
        model.addAttribute("documentKinds", ProductDocumentKind.values());
        return TEMPLATE;
    }
}
