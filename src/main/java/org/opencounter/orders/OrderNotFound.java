package org.opencounter.orders;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such order, or one of a client the staff member may not see. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class OrderNotFound extends RuntimeException {

    public OrderNotFound(long id) {
        super("order " + id);
    }
}
