package org.opencounter.wealth.web;

import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Flash;
import org.opencounter.wealth.InvestmentVariety;
import org.opencounter.wealth.RiskLevel;
import org.opencounter.wealth.product.ProductCatalogue;
import org.opencounter.wealth.product.ProductForm;
import org.opencounter.wealth.product.ProductRefused;
import org.opencounter.wealth.product.ProductStatus;
import org.opencounter.wealth.product.ProductType;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The product catalogue (产品目录): everyone browses it, compliance keeps it. */
@Controller
@RequestMapping("/wealth/products")
class ProductController {

    private static final String FORM = "wealth/product-form";
    private static final int PRODUCTS_PER_PAGE = 20;

    private final ProductCatalogue catalogue;
    private final ProductPage productPage;

    ProductController(ProductCatalogue catalogue, ProductPage productPage) {
        this.catalogue = catalogue;
        this.productPage = productPage;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("types", ProductType.values());
        model.addAttribute("levels", RiskLevel.values());
        model.addAttribute("statuses", ProductStatus.values());
        model.addAttribute("varieties", InvestmentVariety.values());
        model.addAttribute("canKeep", CurrentStaff.require().hasAnyRole(WealthRoles.CATALOGUE_KEEPERS));
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) ProductType type,
                @RequestParam(required = false) RiskLevel risk, @RequestParam(required = false) ProductStatus status,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("products", catalogue.page(new ProductCatalogue.Filter(q, type, risk, status),
                PageRequest.of(Math.max(page, 0), PRODUCTS_PER_PAGE)));
        return "wealth/products";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("documentForm", new ProductDocumentForm());
        return productPage.show(id, model);
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", new ProductForm());
        return FORM;
    }

    @PostMapping("/new")
    String create(@Validated @ModelAttribute("form") ProductForm form, BindingResult errors,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            long id = catalogue.create(form);
            Flash.success(redirect, "wealth.product.created", form.getCode());
            return "redirect:/wealth/products/" + id;
        } catch (ProductRefused refused) {
            errors.rejectValue("code", refused.messageKey(), refused.arguments(), null);
            return FORM;
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", ProductForm.of(catalogue.find(id)));
        model.addAttribute("productId", id);
        return FORM;
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable long id, @Validated @ModelAttribute("form") ProductForm form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        model.addAttribute("productId", id);
        catalogue.find(id);
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            catalogue.update(id, form);
            Flash.success(redirect, "wealth.product.saved", form.getCode());
            return "redirect:/wealth/products/" + id;
        } catch (ProductRefused refused) {
            if ("wealth.product.codeTaken".equals(refused.messageKey())) {
                errors.rejectValue("code", refused.messageKey(), refused.arguments(), null);
            } else {
                errors.reject(refused.messageKey(), refused.arguments(), null);
            }
            return FORM;
        }
    }
}
