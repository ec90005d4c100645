package org.opencounter.wealth.product;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such product in the catalogue. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ProductNotFound extends RuntimeException {

    public ProductNotFound(Object key) {
        super("product " + key);
    }
}
