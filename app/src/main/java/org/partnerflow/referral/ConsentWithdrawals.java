package org.partnerflow.referral;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append and read only: a withdrawal is never changed or taken back; new consent is a new consent record. */
interface ConsentWithdrawals extends Repository<ConsentWithdrawal, Long> {

    ConsentWithdrawal save(ConsentWithdrawal withdrawal);

    List<ConsentWithdrawal> findByConcernIdOrderByRecordedAtAscIdAsc(Long concernId);
}
