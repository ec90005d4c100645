package org.opencounter.wealth.product;

/** Whether the product takes new money. */
public enum ProductStatus {
    ON_SALE, CLOSED
}
