package org.opencounter.orders.position;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PositionRepository extends JpaRepository<Position, PositionKey> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Position p where p.clientId = :clientId and p.code = :code")
    Optional<Position> lock(long clientId, String code);

    @Query("select p from Position p where p.clientId = :clientId and p.quantity > 0 order by p.code")
    List<Position> holdings(long clientId);
}
