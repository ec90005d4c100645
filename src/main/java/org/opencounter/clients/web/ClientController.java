package org.opencounter.clients.web;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.opencounter.clients.ClientPanel;
import org.opencounter.clients.ClientPanelView;
import org.opencounter.clients.ClientRef;
import org.opencounter.clients.client.AccountManagers;
import org.opencounter.clients.client.AccountRuleViolation;
import org.opencounter.clients.client.BankLinkRepository;
import org.opencounter.clients.client.ClientAssignment;
import org.opencounter.clients.client.Client;
import org.opencounter.clients.client.ClientAccess;
import org.opencounter.clients.client.ClientRepository;
import org.opencounter.clients.client.ClientSearch;
import org.opencounter.clients.client.ClientStatus;
import org.opencounter.clients.client.FundAccount;
import org.opencounter.clients.client.FundAccountRepository;
import org.opencounter.clients.client.RevealedField;
import org.opencounter.clients.client.SecuritiesAccountRepository;
import org.opencounter.clients.followup.FollowUpChannel;
import org.opencounter.clients.followup.FollowUpPurpose;
import org.opencounter.clients.followup.FollowUpRows;
import org.opencounter.clients.followup.FollowUpService;
import org.opencounter.clients.CashBalances;
import org.opencounter.clients.ledger.CashLedger;
import org.opencounter.platform.BranchInfo;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Flash;
import org.opencounter.platform.Organisation;
import org.opencounter.platform.StaffPrincipal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Client search and the client 360 page, with deliberate, audited reveals of identity and phone numbers. */
@Controller
@RequestMapping("/clients")
class ClientController {

    private final ClientRepository clients;
    private final ClientAccess access;
    private final FundAccountRepository fundAccounts;
    private final SecuritiesAccountRepository securitiesAccounts;
    private final BankLinkRepository bankLinks;
    private final CashLedger ledger;
    private final Organisation organisation;
    private final List<ClientPanel> panels;
    private final FollowUpService followUps;
    private final FollowUpRows followUpRows;
    private final ClientAssignment assignment;
    private final AccountManagers accountManagers;
    private final ClientRows clientRows;

    ClientController(ClientRepository clients, ClientAccess access, FundAccountRepository fundAccounts,
                     SecuritiesAccountRepository securitiesAccounts, BankLinkRepository bankLinks, CashLedger ledger,
                     Organisation organisation, List<ClientPanel> panels, FollowUpService followUps,
                     FollowUpRows followUpRows, ClientAssignment assignment, AccountManagers accountManagers,
                     ClientRows clientRows) {
        this.clientRows = clientRows;
        this.followUps = followUps;
        this.followUpRows = followUpRows;
        this.assignment = assignment;
        this.accountManagers = accountManagers;
        this.clients = clients;
        this.access = access;
        this.fundAccounts = fundAccounts;
        this.securitiesAccounts = securitiesAccounts;
        this.bankLinks = bankLinks;
        this.ledger = ledger;
        this.organisation = organisation;
        this.panels = panels;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) ClientStatus status,
                @RequestParam(required = false) Long owner, @RequestParam(required = false) Long branch,
                @PageableDefault(size = 20, sort = "id", direction = Sort.Direction.DESC) Pageable pageable,
                Model model) {
        StaffPrincipal me = CurrentStaff.require();
        Long scope = me.scopedBranchId();
        Page<Client> page = clients.findAll(new ClientSearch(q, status, owner, branch).within(scope), pageable);
        List<BranchInfo> branches = organisation.branches();
        model.addAttribute("page", page);
        model.addAttribute("rows", clientRows.of(page.getContent()));
        model.addAttribute("exportLink", org.springframework.web.servlet.support.ServletUriComponentsBuilder
                .fromCurrentRequest().replacePath("/clients/export.xlsx").replaceQueryParam("page")
                .replaceQueryParam("size").build().toUriString());
        model.addAttribute("statuses", ClientStatus.values());
        model.addAttribute("branchChoices", scope == null ? branches.stream()
                .filter(b -> !b.headOffice()).sorted(Comparator.comparing(BranchInfo::code)).toList() : List.of());
        model.addAttribute("ownerChoices", scope == null ? List.of() : accountManagers.of(scope));
        return "clients/client-list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @RequestParam(name = "journalPage", defaultValue = "0") int journalPage,
                  @RequestParam(name = "followUpPage", defaultValue = "0") int followUpPage, Model model) {
        Client client = access.viewed(id);
        Optional<FundAccount> account = fundAccounts.findByClientId(id);
        model.addAttribute("client", client);
        model.addAttribute("branch", organisation.branch(client.getBranchId()).orElse(null));
        model.addAttribute("ownerName", organisation.displayNames(Set.of(client.getOwnerId())).get(client.getOwnerId()));
        model.addAttribute("account", account.orElse(null));
        model.addAttribute("balances", account.map(a -> ledger.balances(a.getId())).orElse(CashBalances.NONE));
        model.addAttribute("journal", account.map(a -> ledger.history(a.getId(),
                PageRequest.of(Math.max(journalPage, 0), 10))).orElse(Page.empty()));
        model.addAttribute("securitiesAccounts", securitiesAccounts.findByClientIdOrderByExchangeAsc(id));
        model.addAttribute("bankLink", bankLinks.findByClientId(id).orElse(null));
        model.addAttribute("freezeKinds", org.opencounter.clients.client.FreezeKind.byHand());
        model.addAttribute("followUps", followUpRows.of(followUps.forClient(id,
                PageRequest.of(Math.max(followUpPage, 0), 5))));
        model.addAttribute("channels", FollowUpChannel.values());
        model.addAttribute("purposes", FollowUpPurpose.values());
        model.addAttribute("managers", accountManagers.of(client.getBranchId()));
        ClientRef ref = new ClientRef(id, client.getBranchId(), client.getName(),
                account.map(FundAccount::getAccountNumber).orElse(null));
        model.addAttribute("panels", panels.stream().map(panel -> panel.panelFor(ref)).flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(ClientPanelView::order)).toList());
        return "clients/client-detail";
    }

    /** Hands the selected clients (one from the client page, many from the list) to another account manager. */
    @PostMapping("/reassign")
    String reassign(@RequestParam(name = "clientIds", required = false) List<Long> clientIds,
                    @RequestParam(required = false) Long ownerId, RedirectAttributes redirect) {
        List<Long> selected = clientIds == null ? List.of() : clientIds;
        try {
            if (ownerId == null) {
                throw new AccountRuleViolation("clients.onboarding.owner.invalid");
            }
            int changed = assignment.reassign(selected, ownerId);
            Flash.success(redirect, "clients.reassign.done", changed);
        } catch (AccountRuleViolation violation) {
            Flash.error(redirect, violation.messageKey());
        }
        return selected.size() == 1 ? "redirect:/clients/" + selected.get(0) : "redirect:/clients";
    }

    /** The full value, for htmx to put in place of the masked one. */
    @PostMapping("/{id}/reveal")
    @ResponseBody
    String reveal(@PathVariable long id, @RequestParam RevealedField field) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(Objects.requireNonNull(access.reveal(id, field)));
    }
}
