package org.partnerflow.notification;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The notifications table; read and written through {@link Notifications} only. */
interface NotificationRecords extends JpaRepository<Notification, Long> {

    long countByRecipientAndReadAtIsNull(String recipient);

    /** Newest first; the id breaks ties between notifications of one moment (one event, several people). */
    Page<Notification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable page);

    /** Marks one read unless it is already: one statement, so two tabs (or mark all) at once cannot clash. */
    @Modifying(clearAutomatically = true)
    @Query("update Notification n set n.readAt = :at, n.version = n.version + 1 where n.id = :id and n.readAt is null")
    int markRead(@Param("id") long id, @Param("at") Instant at);

    @Modifying(clearAutomatically = true)
    @Query("update Notification n set n.readAt = :at, n.version = n.version + 1 where n.recipient = :recipient and n.readAt is null")
    int markAllRead(@Param("recipient") String recipient, @Param("at") Instant at);
}
