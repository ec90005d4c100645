package org.opencounter.clients.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.opencounter.clients.client.InvestorClass;
import org.opencounter.clients.AmlRisk;

/**
 * A message to one client (clientId set) or to a segment of the branch's active clients: an account manager's
 * book, an AML rating, an investor class.
 */
public class MessageForm {

    @NotBlank
    @Size(max = 64)
    private String requestKey;

    @NotNull
    private MessageKind kind = MessageKind.NOTICE;

    @NotBlank
    @Size(max = 100)
    private String subject;

    @NotBlank
    @Size(max = 2000)
    private String body;

    @Size(max = 300)
    @Pattern(regexp = "|https?://\\S+|/\\S*", message = "{clients.message.link.format}")
    private String link = "";

    private Long clientId;

    private Long ownerId;

    private AmlRisk amlRisk;

    private InvestorClass investorClass;

    public String getRequestKey() {
        return requestKey;
    }

    public void setRequestKey(String requestKey) {
        this.requestKey = requestKey;
    }

    public MessageKind getKind() {
        return kind;
    }

    public void setKind(MessageKind kind) {
        this.kind = kind;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link == null ? "" : link.strip();
    }

    public Long getClientId() {
        return clientId;
    }

    public void setClientId(Long clientId) {
        this.clientId = clientId;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public AmlRisk getAmlRisk() {
        return amlRisk;
    }

    public void setAmlRisk(AmlRisk amlRisk) {
        this.amlRisk = amlRisk;
    }

    public InvestorClass getInvestorClass() {
        return investorClass;
    }

    public void setInvestorClass(InvestorClass investorClass) {
        this.investorClass = investorClass;
    }
}
