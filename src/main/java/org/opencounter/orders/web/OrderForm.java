package org.opencounter.orders.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.opencounter.orders.CreditTrade;
import org.opencounter.orders.OrderType;
import org.opencounter.orders.PlaceOrder;
import org.opencounter.orders.Side;

/** The counter's order ticket as typed. */
public class OrderForm {

    @NotBlank(message = "{orders.form.account.required}")
    private String account;

    @NotBlank(message = "{orders.form.code.required}")
    @Pattern(regexp = "\\d{6}", message = "{orders.form.code.format}")
    private String code;

    @NotNull(message = "{orders.form.side.required}")
    private Side side = Side.BUY;

    @NotNull(message = "{orders.form.type.required}")
    private OrderType type = OrderType.LIMIT;

    @NotNull(message = "{orders.form.quantity.required}")
    @Positive(message = "{orders.form.quantity.positive}")
    private Long quantity;

    @DecimalMin(value = "0.001", message = "{orders.form.price.positive}")
    @Digits(integer = 8, fraction = 3, message = "{orders.form.price.digits}")
    private BigDecimal price;

    private String requestKey;

    /** What the order does on the client's credit account; none for the ordinary account. */
    private CreditTrade creditTrade;

    PlaceOrder toCommand(long clientId) {
        return new PlaceOrder(clientId, code, creditTrade == null ? side : creditTrade.side(), type, quantity, price,
                requestKey, creditTrade);
    }

    /** The order as far as it is typed, for the live panel: a missing quantity counts as none. */
    PlaceOrder toPreview(long clientId) {
        Side typed = side == null ? Side.BUY : side;
        return new PlaceOrder(clientId, code, creditTrade == null ? typed : creditTrade.side(),
                type == null ? OrderType.LIMIT : type, quantity == null ? 0 : quantity, price, requestKey, creditTrade);
    }

    public CreditTrade getCreditTrade() {
        return creditTrade;
    }

    public void setCreditTrade(CreditTrade creditTrade) {
        this.creditTrade = creditTrade;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account == null ? null : account.strip();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public Side getSide() {
        return side;
    }

    public void setSide(Side side) {
        this.side = side;
    }

    public OrderType getType() {
        return type;
    }

    public void setType(OrderType type) {
        this.type = type;
    }

    public Long getQuantity() {
        return quantity;
    }

    public void setQuantity(Long quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public String getRequestKey() {
        return requestKey;
    }

    public void setRequestKey(String requestKey) {
        this.requestKey = requestKey;
    }
}
