package org.opencounter.orders.order;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.opencounter.orders.OrderStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface OrderRepository extends JpaRepository<Order, Long>, JpaSpecificationExecutor<Order> {

    Optional<Order> findByIdempotencyKey(String idempotencyKey);

    Optional<Order> findByClientOrderId(String clientOrderId);

    /** The order, locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Order o where o.clientOrderId = :clientOrderId")
    Optional<Order> lockByClientOrderId(String clientOrderId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Order o where o.id = :id")
    Optional<Order> lockById(long id);

    List<Order> findByStatusIn(List<OrderStatus> statuses);
}
