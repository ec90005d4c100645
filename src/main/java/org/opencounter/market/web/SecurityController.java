package org.opencounter.market.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;
import jakarta.validation.Valid;
import org.opencounter.market.Board;
import org.opencounter.market.DailyBar;
import org.opencounter.market.Exchange;
import org.opencounter.market.PriceBand;
import org.opencounter.market.PriceLimits;
import org.opencounter.market.Quote;
import org.opencounter.market.SecurityCode;
import org.opencounter.market.SecurityType;
import org.opencounter.market.TradingCalendar;
import org.opencounter.market.price.PriceHistory;
import org.opencounter.market.security.Security;
import org.opencounter.market.security.SecurityForm;
import org.opencounter.market.security.SecurityRepository;
import org.opencounter.market.security.SecurityService;
import org.opencounter.platform.Flash;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The securities master: search, detail with price chart, and admin maintenance. */
@Controller
@RequestMapping("/market/securities")
class SecurityController {

    private static final String FORM = "market/security-form";

    private final SecurityRepository securities;
    private final SecurityService service;
    private final PriceHistory prices;
    private final TradingCalendar calendar;
    private final PriceLimits limits;

    SecurityController(SecurityRepository securities, SecurityService service, PriceHistory prices,
                       TradingCalendar calendar, PriceLimits limits) {
        this.securities = securities;
        this.service = service;
        this.prices = prices;
        this.calendar = calendar;
        this.limits = limits;
    }

    @ModelAttribute("exchanges")
    Exchange[] exchanges() {
        return Exchange.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Exchange exchange,
                @RequestParam(required = false) Board board, @RequestParam(required = false) SecurityType type,
                @PageableDefault(size = 20, sort = "code") Pageable pageable, Model model) {
        Page<Security> page = securities.findAll(filter(q, exchange, board, type), pageable);
        model.addAttribute("page", page);
        model.addAttribute("rows", page.getContent().stream().map(this::row).toList());
        model.addAttribute("boards", Board.values());
        model.addAttribute("types", SecurityType.values());
        return "market/security-list";
    }

    @GetMapping("/{code}")
    String detail(@PathVariable String code, Model model) {
        Security security = find(code);
        model.addAttribute("row", row(security));
        model.addAttribute("lastBar", prices.lastBar(code).orElse(null));
        model.addAttribute("phase", calendar.phaseNow());
        return "market/security-detail";
    }

    /** Daily bars for the chart: [date, open, close, low, high, volume], the last year by default. */
    @GetMapping("/{code}/bars.json")
    @ResponseBody
    Map<String, Object> bars(@PathVariable String code, @RequestParam(defaultValue = "365") int days) {
        find(code);
        LocalDate to = calendar.today();
        List<DailyBar> bars = prices.bars(code, to.minusDays(Math.min(Math.max(days, 5), 3650)), to);
        return Map.of("code", code, "simulated", bars.stream().anyMatch(DailyBar::simulated),
                "bars", bars.stream().map(bar -> List.of(bar.tradeDate().toString(), bar.open(), bar.close(),
                        bar.low(), bar.high(), bar.volume())).toList());
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", new SecurityForm());
        return FORM;
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") SecurityForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            SecurityCode code = new SecurityCode(form.getExchange(), form.getCode());
            service.list(code, form.terms());
        } catch (SecurityCode.InvalidSecurityCode invalid) {
            errors.rejectValue("code", invalid.messageKey());
            return FORM;
        }
        Flash.success(redirect, "market.security.saved");
        return "redirect:/market/securities/" + form.getCode();
    }

    @GetMapping("/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        Security security = find(code);
        model.addAttribute("security", security);
        model.addAttribute("form", SecurityForm.of(security));
        return FORM;
    }

    @PostMapping("/{code}/edit")
    String update(@PathVariable String code, @Valid @ModelAttribute("form") SecurityForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Security security = find(code);
        if (errors.hasErrors()) {
            model.addAttribute("security", security);
            return FORM;
        }
        service.amend(code, form.terms());
        Flash.success(redirect, "market.security.saved");
        return "redirect:/market/securities/" + code;
    }

    private SecurityRow row(Security security) {
        Optional<Quote> quote = prices.quote(security.getCode());
        PriceBand band = quote.map(q -> limits.bandOn(security.getCode(), q.prevClose(), calendar.today()))
                .orElse(PriceBand.UNLIMITED);
        return new SecurityRow(security, quote.orElse(null), band);
    }

    private Security find(String code) {
        return securities.findById(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Specification<Security> filter(String q, Exchange exchange, Board board, SecurityType type) {
        return (root, query, cb) -> {
            List<Predicate> conditions = new java.util.ArrayList<>();
            if (q != null && !q.isBlank()) {
                String like = "%" + q.strip() + "%";
                conditions.add(cb.or(cb.like(root.get("code"), like), cb.like(root.get("name"), like)));
            }
            if (exchange != null) {
                conditions.add(cb.equal(root.get("exchange"), exchange));
            }
            if (board != null) {
                conditions.add(cb.equal(root.get("board"), board));
            }
            if (type != null) {
                conditions.add(cb.equal(root.get("type"), type));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        };
    }
}
