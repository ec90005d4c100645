package org.opencounter.wealth.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.opencounter.clients.ClientProfiles;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.DisplayFormat;
import org.opencounter.platform.Flash;
import org.opencounter.wealth.product.Product;
import org.opencounter.wealth.product.ProductCatalogue;
import org.opencounter.wealth.product.ProductType;
import org.opencounter.wealth.sales.ProductHolding;
import org.opencounter.wealth.sales.ProductOrder;
import org.opencounter.wealth.sales.ProductSales;
import org.opencounter.wealth.sales.SaleRefused;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A client's catalogue products (产品持仓): holdings at the latest NAV, subscriptions and redemptions, the orders. */
@Controller
@RequestMapping("/wealth/clients/{id}/products")
class SalesController {

    private static final int ORDERS_PER_PAGE = 10;

    private final ClientProfiles clients;
    private final ProductSales sales;
    private final ProductCatalogue catalogue;
    private final DisplayFormat format;

    SalesController(ClientProfiles clients, ProductSales sales, ProductCatalogue catalogue, DisplayFormat format) {
        this.clients = clients;
        this.sales = sales;
        this.catalogue = catalogue;
        this.format = format;
    }

    @GetMapping
    String page(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("client", clients.visible(id));
        List<ProductHolding> holdings = sales.holdings(id);
        model.addAttribute("holdings", holdings);
        model.addAttribute("total", holdings.stream().map(ProductHolding::value).reduce(BigDecimal.ZERO,
                BigDecimal::add));
        Page<ProductOrder> orders = sales.orders(id, PageRequest.of(Math.max(page, 0), ORDERS_PER_PAGE));
        model.addAttribute("orders", orders);
        model.addAttribute("orderProducts", catalogue.byIds(orders.map(ProductOrder::productId).toList()));
        model.addAttribute("products", catalogue.onSale().stream()
                .filter(product -> product.type() != ProductType.LISTED_FUND).toList());
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        model.addAttribute("canSell", CurrentStaff.require().hasAnyRole(WealthRoles.ADVISERS));
        return "wealth/products-held";
    }

    @PostMapping("/subscribe")
    String subscribe(@PathVariable long id, @RequestParam(required = false) Long productId,
                     @RequestParam(required = false) BigDecimal amount, @RequestParam String requestKey,
                     RedirectAttributes redirect) {
        try {
            if (productId == null) {
                throw new SaleRefused("wealth.suitability.productRequired");
            }
            ProductOrder order = sales.subscribe(id, productId, amount, requestKey);
            Product product = catalogue.find(productId);
            Flash.success(redirect, "wealth.sale.subscribed", product.code(), format.money(order.amount()),
                    order.units().toPlainString());
        } catch (SaleRefused refused) {
            Flash.error(redirect, refused.messageKey(), refused.figures(format));
        }
        return "redirect:/wealth/clients/" + id + "/products";
    }

    @PostMapping("/redeem")
    String redeem(@PathVariable long id, @RequestParam long productId, @RequestParam(required = false) BigDecimal units,
                  @RequestParam String requestKey, RedirectAttributes redirect) {
        try {
            ProductOrder order = sales.redeem(id, productId, units, requestKey);
            Flash.success(redirect, "wealth.sale.redeemed", order.units().toPlainString(),
                    format.money(order.amount()), format.date(order.settlesOn()));
        } catch (SaleRefused refused) {
            Flash.error(redirect, refused.messageKey(), refused.figures(format));
        }
        return "redirect:/wealth/clients/" + id + "/products";
    }
}
